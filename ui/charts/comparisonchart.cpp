// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonchart.h"

#include "chartstyle.h"
#include "enumkeys.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <qcustomplot.h>

namespace warmshell::ui::charts {

namespace {
const QString kPflopsName = QStringLiteral("pflopsPerMw");
const QString kFacilityName = QStringLiteral("pflopsPerFacilityMw");
const QString kPueName = QStringLiteral("pue");
const QString kCostName = QStringLiteral("costPerPflopYear");

// One of the top panel's two bar series, half a category wide.
QCPBars *perMwBars(QCustomPlot *plot, const QString &objectName, const QString &name, const QColor &colour)
{
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setObjectName(objectName);
    bars->setName(name);
    bars->setBrush(colour);
    bars->setPen(QPen(seriesOutline(colour)));
    bars->setWidth(0.35);
    return bars;
}

// Each generation's PUE as points on the lower panel's right axis.
QCPGraph *pueGraph(QCPAxis *key, QCPAxis *value, bool assumed)
{
    auto *pue = new QCPGraph(key, value);
    pue->setObjectName(kPueName);
    pue->setName(assumed ? tr("PUE (assumed, right axis)") : tr("PUE (right axis)"));
    pue->setLineStyle(QCPGraph::lsNone);
    pue->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, neutralColor(), 8));
    pue->removeFromLegend(); // its axis says what it is; the legend stays short enough for the panels
    return pue;
}

} // namespace

void buildComparisonChart(QCustomPlot *plot, const Comparison &comparison)
{
    const QString currency = comparison.currency.isEmpty() ? QStringLiteral("USD") : comparison.currency;
    const QString precision = keyOf(comparison.precision).toUpper();
    resetChart(plot,
        comparison.basis.isEmpty() ? tr("Generation comparison")
                                   : tr("Generation comparison on %1 (%2)").arg(comparison.basis, precision));

    // Per IT MW and per facility MW side by side: the gap between them is the overhead.
    QCPBars *pflops = perMwBars(plot, kPflopsName, tr("PFLOPS per IT MW (%1, top)").arg(precision), energizedColor());
    QCPBars *perFacility = perMwBars(plot, kFacilityName,
        comparison.pueBasis == QLatin1String("assumed")
            ? tr("per facility MW (PUE %1 assumed)").arg(QLocale().toString(comparison.assumedPue, 'g', 3))
            : tr("per facility MW"),
        utilisationColor());
    auto *group = new QCPBarsGroup(plot);
    group->append(pflops);
    group->append(perFacility);
    showLegendAbove(plot);
    QCPAxisRect *lower = addLowerPanel(plot);
    QCPAxis *pueAxis = lower->axis(QCPAxis::atRight);
    QCPAxis *lowerKey = lower->axis(QCPAxis::atBottom);
    QCPAxis *costAxis = lower->axis(QCPAxis::atLeft);
    auto *cost = new QCPBars(lowerKey, costAxis);
    cost->setObjectName(kCostName);
    cost->setName(tr("Cost per PFLOP-year (%1, bottom)").arg(currency));
    cost->setBrush(moneyColor());
    cost->setPen(QPen(seriesOutline(moneyColor())));
    cost->setWidth(0.6);
    QCPGraph *pue = pueGraph(lowerKey, pueAxis, comparison.pueBasis == QLatin1String("assumed"));

    QSet<QString> seen, repeated;
    for (const GenerationFigures &row : comparison.rows) {
        if (seen.contains(row.generation))
            repeated.insert(row.generation);
        seen.insert(row.generation);
    }
    QStringList labels;
    double topPflops = 0, topCost = 0, topPue = 0;
    for (std::size_t i = 0; i < comparison.rows.size(); ++i) {
        const GenerationFigures &row = comparison.rows[i];
        const double key = double(i + 1);
        if (row.pflops > 0) {
            pflops->addData(key, row.pflopsPerMw);
            perFacility->addData(key, row.pflopsPerFacilityMw);
            pue->addData(key, row.pue);
            topPue = std::max(topPue, row.pue);
            cost->addData(key, row.costPerPflopYear);
        } else {
            // No bar: say why where it would stand.
            auto *note = new QCPItemText(plot);
            note->setClipToAxisRect(false);
            note->position->setAxes(plot->xAxis, plot->yAxis);
            note->position->setCoords(key, 0);
            note->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            note->setFont(plot->xAxis->tickLabelFont());
            // One word per line: a category is about a bar wide.
            QString why = tr("none energized");
            if (!row.binding.isEmpty() && row.binding != QStringLiteral("none"))
                why += QStringLiteral(" (") + row.binding + QLatin1Char(')');
            note->setText(why.replace(QLatin1Char(' '), QLatin1Char('\n')));
        }
        labels << (repeated.contains(row.generation) ? row.modelName : row.generation);
        topPflops = std::max(topPflops, row.pflopsPerMw);
        topCost = std::max(topCost, row.costPerPflopYear);
    }
    setCategoryTicks(plot->xAxis, labels);
    setCategoryTicks(lowerKey, labels);
    plot->xAxis->setTickLabels(false);
    setAxisTitle(lowerKey, tr("GPU generation (best PFLOPS per facility MW first)"), tr("Generation"));
    setAxisTitle(plot->yAxis, tr("PFLOPS per MW"), tr("PFLOPS/MW"));
    setAxisTitle(costAxis, tr("%1 per PFLOP-year").arg(currency), tr("%1/PFLOP-yr").arg(currency));
    costAxis->setNumberFormat(QStringLiteral("f"));
    costAxis->setNumberPrecision(0);
    costAxis->setRange(0, std::max(topCost, 1.0) * 1.1);
    setAxisTitle(pueAxis, tr("PUE"), tr("PUE"));
    pueAxis->setRange(1, std::max(topPue * 1.1, 2.0));
    finishChart(plot, topPflops);
}

QCPBars *pflopsPerMwBars(QCustomPlot *plot)
{
    return plottableNamed<QCPBars>(plot, kPflopsName);
}

QCPBars *pflopsPerFacilityMwBars(QCustomPlot *plot)
{
    return plottableNamed<QCPBars>(plot, kFacilityName);
}

QCPGraph *comparisonPueGraph(QCustomPlot *plot)
{
    return plottableNamed<QCPGraph>(plot, kPueName);
}

QCPBars *costPerPflopYearBars(QCustomPlot *plot)
{
    return plottableNamed<QCPBars>(plot, kCostName);
}

} // namespace warmshell::ui::charts
