// SPDX-License-Identifier: GPL-3.0-or-later
#include "energizedidlechart.h"

#include "chartstyle.h"

#include <QCoreApplication>

#include <qcustomplot.h>

namespace warmshell::ui::charts {

namespace {
const QString kEnergizedName = QStringLiteral("energized");
const QString kIdleName = QStringLiteral("idle");

} // namespace

void buildEnergizedIdleChart(QCustomPlot *plot, const std::vector<GenerationResult> &generations)
{
    resetChart(plot, tr("Energized and idle GPUs per generation"));
    auto *energized = new QCPBars(plot->xAxis, plot->yAxis);
    energized->setObjectName(kEnergizedName);
    energized->setName(tr("Energized GPUs"));
    energized->setBrush(energizedColor());
    energized->setPen(QPen(seriesOutline(energizedColor())));
    auto *idle = new QCPBars(plot->xAxis, plot->yAxis);
    idle->setObjectName(kIdleName);
    idle->setName(tr("Idle GPUs"));
    idle->setBrush(idleColor());
    idle->setPen(QPen(seriesOutline(idleColor())));
    idle->moveAbove(energized);
    for (QCPBars *bars : { energized, idle })
        bars->setWidth(0.6);

    QStringList labels;
    double top = 0;
    for (std::size_t i = 0; i < generations.size(); ++i) {
        const GenerationResult &g = generations[i];
        const double key = double(i + 1);
        energized->addData(key, g.energizedGpus);
        idle->addData(key, g.idleGpus);
        labels << g.generation;
        top = std::max(top, double(g.energizedGpus + g.idleGpus));
    }
    setCategoryTicks(plot->xAxis, labels);
    setAxisTitle(plot->xAxis, tr("GPU generation"), tr("Generation"));
    setAxisTitle(plot->yAxis, tr("GPUs"), tr("GPUs"));
    showLegendAbove(plot);
    finishChart(plot, top);
}

QCPBars *energizedBars(QCustomPlot *plot)
{
    return plottableNamed<QCPBars>(plot, kEnergizedName);
}

QCPBars *idleBars(QCustomPlot *plot)
{
    return plottableNamed<QCPBars>(plot, kIdleName);
}

} // namespace warmshell::ui::charts
