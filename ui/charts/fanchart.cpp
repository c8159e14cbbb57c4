// SPDX-License-Identifier: GPL-3.0-or-later
#include "fanchart.h"

#include "chartstyle.h"

#include <qcustomplot.h>

#include <algorithm>

namespace warmshell::ui::charts {

namespace {

QColor figureColour(RiskFigure figure)
{
    switch (figure) {
    case RiskFigure::EnergizedGpus:
        return energizedColor();
    case RiskFigure::IdleGpus:
        return idleColor();
    case RiskFigure::IdleDepreciation:
        return moneyColor();
    }
    return energizedColor();
}

QCPGraph *fanGraph(QCustomPlot *plot, const char *objectName, const QString &name, const QPen &pen)
{
    auto *graph = plot->addGraph();
    graph->setObjectName(QLatin1String(objectName));
    graph->setName(name);
    graph->setPen(pen);
    return graph;
}

} // namespace

QString riskFigureName(RiskFigure figure, const QString &currency)
{
    switch (figure) {
    case RiskFigure::EnergizedGpus:
        return tr("Energized GPUs");
    case RiskFigure::IdleGpus:
        return tr("Idle GPUs");
    case RiskFigure::IdleDepreciation:
        return tr("Idle depreciation (%1)").arg(currency);
    }
    return {};
}

const Percentiles &riskPercentiles(const RiskPeriod &period, RiskFigure figure)
{
    switch (figure) {
    case RiskFigure::IdleGpus:
        return period.idleGpus;
    case RiskFigure::IdleDepreciation:
        return period.idleDepreciation;
    case RiskFigure::EnergizedGpus:
        break;
    }
    return period.energizedGpus;
}

QString periodStartLabel(const QDate &start, PlanningPeriod period)
{
    if (period == PlanningPeriod::Quarter && start.day() == 1 && (start.month() - 1) % 3 == 0)
        return QStringLiteral("%1 Q%2").arg(start.year()).arg((start.month() - 1) / 3 + 1);
    return start.toString(Qt::ISODate);
}

void drawRiskFan(QCustomPlot *plot, const RiskResult &risk, RiskFigure figure)
{
    const QString name = riskFigureName(figure, risk.currency);
    resetChart(plot, tr("%1 per period: P10–P90 band and P50").arg(name));
    const QColor colour = figureColour(figure);
    QColor band = colour;
    band.setAlpha(70);
    QCPGraph *p10 = fanGraph(plot, kFanP10Name, tr("P10"), QPen(colour, 1));
    p10->removeFromLegend();
    // The band: P90's graph filled down to P10's; its legend entry stands for the band.
    QCPGraph *p90 = fanGraph(plot, kFanP90Name, tr("P10–P90"), QPen(colour, 1));
    p90->setBrush(band);
    p90->setChannelFillGraph(p10);
    QCPGraph *p50 = fanGraph(plot, kFanP50Name, tr("P50"), QPen(seriesEmphasis(colour), 2.5));
    p50->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
    QStringList labels;
    double top = 0;
    for (const RiskPeriod &period : risk.periods) {
        const Percentiles &v = riskPercentiles(period, figure);
        const double key = period.index + 1;
        p10->addData(key, v.p10);
        p50->addData(key, v.p50);
        p90->addData(key, v.p90);
        top = std::max(top, v.p90);
        labels << periodStartLabel(period.start, risk.period);
    }
    showLegendAbove(plot);
    setCategoryTicks(plot->xAxis, labels);
    plot->xAxis->setRange(0.5, double(labels.size()) + 0.5);
    setAxisTitle(plot->yAxis, name, name);
    finishChart(plot, top);
}

} // namespace warmshell::ui::charts
