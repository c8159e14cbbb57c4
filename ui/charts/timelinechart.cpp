// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinechart.h"

#include "chartstyle.h"

#include <QCoreApplication>

#include <algorithm>

#include <qcustomplot.h>

namespace warmshell::ui::charts {

namespace {
const QString kAvailableName = QStringLiteral("powerAvailable");
const QString kUsedName = QStringLiteral("powerUsed");
const QString kFacilityName = QStringLiteral("facilityPowerUsed");
const QString kPueName = QStringLiteral("pue");
const QString kIdleName = QStringLiteral("idleGpus");
const QString kCumulativeName = QStringLiteral("cumulativeIdleDepreciation");

QCPGraph *lineGraph(QCPAxis *key, QCPAxis *value, const QString &objectName, const QString &name, const QColor &colour,
    Qt::PenStyle style, QCPScatterStyle::ScatterShape shape)
{
    auto *graph = new QCPGraph(key, value);
    graph->setObjectName(objectName);
    graph->setName(name);
    graph->setPen(QPen(colour, 2, style));
    graph->setScatterStyle(QCPScatterStyle(shape, colour, colour, 5));
    return graph;
}
// PUE per period on the top panel's right axis (no point where nothing is energized).
QCPGraph *addPueGraph(QCustomPlot *plot)
{
    plot->yAxis2->setVisible(true);
    plot->yAxis2->setTickLabelFont(plot->yAxis->tickLabelFont());
    plot->yAxis2->setLabelFont(plot->yAxis->labelFont());
    return lineGraph(plot->xAxis, plot->yAxis2, kPueName, tr("PUE (right axis)"), neutralColor(), Qt::DotLine,
        QCPScatterStyle::ssTriangle);
}
} // namespace

QString periodLabel(const QDate &start, PlanningPeriod period)
{
    if (period == PlanningPeriod::Quarter)
        return QStringLiteral("%1 Q%2").arg(start.year()).arg((start.month() - 1) / 3 + 1);
    return start.toString(QStringLiteral("yyyy-MM"));
}

void buildTimelineChart(QCustomPlot *plot, const Timeline &timeline)
{
    const QString currency = timeline.currency.isEmpty() ? QStringLiteral("USD") : timeline.currency;
    resetChart(plot,
        tr("Timeline: power, idle GPUs and idle depreciation per %1")
            .arg(timeline.period == PlanningPeriod::Quarter ? tr("quarter") : tr("month")));

    // Top panel: power in MW.
    // Available is what the utility feeds may deliver at the meter; facility power used is the
    // plan's whole load there (IT, cooling draw, house, losses), IT power used its systems.
    QCPGraph *available = lineGraph(plot->xAxis, plot->yAxis, kAvailableName, tr("Facility power available (MW)"),
        utilisationColor(), Qt::DashLine, QCPScatterStyle::ssNone);
    QCPGraph *facility = lineGraph(plot->xAxis, plot->yAxis, kFacilityName, tr("Facility power used (MW)"),
        moneyColor(), Qt::SolidLine, QCPScatterStyle::ssSquare);
    QCPGraph *used = lineGraph(plot->xAxis, plot->yAxis, kUsedName, tr("IT power used (MW)"), energizedColor(),
        Qt::SolidLine, QCPScatterStyle::ssCircle);
    // Each figure holds for its whole period: a level across the period's category.
    available->setLineStyle(QCPGraph::lsStepCenter);
    facility->setLineStyle(QCPGraph::lsStepCenter);
    used->setLineStyle(QCPGraph::lsStepCenter);
    used->setBrush(QColor(energizedColor().red(), energizedColor().green(), energizedColor().blue(), 40));
    QCPGraph *pue = addPueGraph(plot);

    showLegendAbove(plot);
    QCPAxisRect *lower = addLowerPanel(plot);
    QCPAxis *lowerKey = lower->axis(QCPAxis::atBottom);
    QCPAxis *gpuAxis = lower->axis(QCPAxis::atLeft);
    QCPAxis *moneyAxis = lower->axis(QCPAxis::atRight);

    auto *idle = new QCPBars(lowerKey, gpuAxis);
    idle->setObjectName(kIdleName);
    idle->setName(tr("Idle GPUs (left axis)"));
    idle->setBrush(idleColor());
    idle->setPen(QPen(seriesOutline(idleColor())));
    idle->setWidth(0.6);
    QCPGraph *cumulative = lineGraph(lowerKey, moneyAxis, kCumulativeName,
        tr("Cumulative idle depreciation (right axis, %1)").arg(currency), moneyColor(), Qt::SolidLine,
        QCPScatterStyle::ssDiamond);

    QStringList labels;
    double topPower = 0, topIdle = 0, topMoney = 0, topPue = 0;
    for (std::size_t i = 0; i < timeline.periods.size(); ++i) {
        const TimelinePeriod &p = timeline.periods[i];
        const double key = double(i + 1);
        const double availableMw = p.powerAvailable.value() / 1000.0;
        const double usedMw = p.powerUsed.value() / 1000.0;
        const double facilityMw = p.facilityPowerUsed.value() / 1000.0;
        available->addData(key, availableMw);
        facility->addData(key, facilityMw);
        used->addData(key, usedMw);
        if (p.pue > 0)
            pue->addData(key, p.pue);
        topPue = std::max(topPue, p.pue);
        idle->addData(key, p.idleGpus);
        cumulative->addData(key, p.cumulativeIdleDepreciation.value());
        labels << periodLabel(p.start, timeline.period);
        topPower = std::max({ topPower, availableMw, usedMw, facilityMw });
        topIdle = std::max(topIdle, double(p.idleGpus));
        topMoney = std::max(topMoney, p.cumulativeIdleDepreciation.value());
    }

    setCategoryTicks(plot->xAxis, labels);
    setCategoryTicks(lowerKey, labels);
    plot->xAxis->setTickLabels(false); // the lower panel names the periods
    plot->xAxis->grid()->setVisible(true);
    lowerKey->grid()->setVisible(true);
    setAxisTitle(lowerKey, tr("Period start"), tr("Period"));
    setAxisTitle(plot->yAxis, tr("Power (MW)"), tr("MW"));
    setAxisTitle(plot->yAxis2, tr("PUE"), tr("PUE"));
    plot->yAxis2->setRange(1, std::max(topPue * 1.1, 2.0));
    setAxisTitle(gpuAxis, tr("Idle GPUs"), tr("GPUs"));
    setAxisTitle(moneyAxis, tr("Cumulative idle depreciation (%1)").arg(currency), currency);
    // Thousands separators and no exponent on money ("1,250,000", not "1.25e+06").
    moneyAxis->setNumberFormat(QStringLiteral("f"));
    moneyAxis->setNumberPrecision(0);
    gpuAxis->setRange(0, std::max(topIdle, 1.0) * 1.15);
    moneyAxis->setRange(0, std::max(topMoney, 1.0) * 1.15);
    finishChart(plot, topPower);
}

QCPGraph *availablePowerGraph(QCustomPlot *plot)
{
    return plottableNamed<QCPGraph>(plot, kAvailableName);
}

QCPGraph *usedPowerGraph(QCustomPlot *plot)
{
    return plottableNamed<QCPGraph>(plot, kUsedName);
}

QCPGraph *facilityPowerGraph(QCustomPlot *plot)
{
    return plottableNamed<QCPGraph>(plot, kFacilityName);
}

QCPGraph *pueGraph(QCustomPlot *plot)
{
    return plottableNamed<QCPGraph>(plot, kPueName);
}

QCPBars *idleGpuBars(QCustomPlot *plot)
{
    return plottableNamed<QCPBars>(plot, kIdleName);
}

QCPGraph *cumulativeIdleGraph(QCustomPlot *plot)
{
    return plottableNamed<QCPGraph>(plot, kCumulativeName);
}

} // namespace warmshell::ui::charts
