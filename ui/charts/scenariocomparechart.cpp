// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariocomparechart.h"

#include "chartstyle.h"
#include "timelinechart.h"

#include <qcustomplot.h>

#include <algorithm>

namespace warmshell::ui::charts {

namespace {

QString graphName(int index)
{
    return QStringLiteral("energizedGpus-%1").arg(index);
}

} // namespace

void buildScenarioCompareChart(QCustomPlot *plot, const ScenarioSideBySide &view, PlanningPeriod period)
{
    resetChart(plot, tr("Energized GPUs per period, by scenario"));
    QStringList labels;
    double top = 0;
    for (size_t i = 0; i < view.variants.size(); ++i) {
        const SideBySideVariant &v = view.variants[i];
        auto *graph = new QCPGraph(plot->xAxis, plot->yAxis);
        graph->setObjectName(graphName(int(i)));
        graph->setName(v.name);
        const QColor colour = variantColor(int(i));
        graph->setPen(QPen(colour, 2, i == 0 ? Qt::SolidLine : Qt::DashLine));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, colour, 5));
        for (size_t k = 0; k < v.periods.size(); ++k) {
            graph->addData(double(k + 1), v.periods[k].energizedGpus);
            top = std::max(top, double(v.periods[k].energizedGpus));
            if (labels.size() <= qsizetype(k))
                labels << periodLabel(v.periods[k].start, period);
        }
    }
    showLegendAbove(plot);
    setCategoryTicks(plot->xAxis, labels);
    setAxisTitle(plot->xAxis, tr("Period start"), tr("Period"));
    setAxisTitle(plot->yAxis, tr("Energized GPUs"), tr("GPUs"));
    finishChart(plot, top);
}

QCPGraph *scenarioEnergizedGraph(QCustomPlot *plot, int index)
{
    return plottableNamed<QCPGraph>(plot, graphName(index));
}

} // namespace warmshell::ui::charts
