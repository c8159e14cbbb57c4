// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodeutilisationchart.h"

#include "chartstyle.h"

#include <QCoreApplication>

#include <qcustomplot.h>

#include <algorithm>

namespace warmshell::ui::charts {

namespace {
const QString kUtilisationName = QStringLiteral("utilisation");
const QString kBindingName = QStringLiteral("binding");
const QString kLimitName = QStringLiteral("limit");

} // namespace

namespace {

// The live nodes with usable capacity, most utilised first (ties: site order), at most
// `maxBars` of them (all when maxBars <= 0).
std::vector<std::size_t> topNodes(const std::vector<CapacityUse> &uses, int maxBars)
{
    std::vector<std::size_t> shown;
    for (std::size_t i = 0; i < uses.size(); ++i) {
        if (uses[i].live && uses[i].usable.value() > 0)
            shown.push_back(i);
    }
    std::stable_sort(shown.begin(), shown.end(),
        [&](std::size_t a, std::size_t b) { return uses[a].utilisation() > uses[b].utilisation(); });
    if (maxBars > 0 && int(shown.size()) > maxBars)
        shown.resize(std::size_t(maxBars));
    return shown;
}

QCPBars *addBars(QCustomPlot *plot, const QString &objectName, const QString &name, const QColor &colour)
{
    // Horizontal: the key (node) runs down the left axis, the value (%) along the bottom.
    auto *bars = new QCPBars(plot->yAxis, plot->xAxis);
    bars->setObjectName(objectName);
    bars->setName(name);
    bars->setBrush(colour);
    bars->setPen(QPen(seriesOutline(colour)));
    bars->setWidth(0.6);
    return bars;
}

} // namespace

void buildNodeUtilisationChart(
    QCustomPlot *plot, const std::vector<CapacityUse> &uses, const QString &title, int maxBars)
{
    resetChart(plot, title);
    const std::vector<std::size_t> shown = topNodes(uses, maxBars);
    auto *normal = addBars(plot, kUtilisationName, tr("Utilisation"), utilisationColor());
    auto *binding = addBars(plot, kBindingName, tr("Binding limit"), overLimitColor());

    QStringList labels;
    double top = 100;
    for (std::size_t k = 0; k < shown.size(); ++k) {
        const CapacityUse &use = uses[shown[k]];
        const double percent = use.utilisation() * 100.0;
        (use.binding ? binding : normal)->addData(double(k + 1), percent);
        labels << (use.name.isEmpty() ? use.object : use.name);
        top = std::max(top, percent);
    }
    setCategoryTicks(plot->yAxis, labels);
    plot->yAxis->setTickLabelRotation(0); // names read across, however many
    plot->yAxis->setRangeReversed(true); // the most utilised on top

    auto *limit = new QCPGraph(plot->yAxis, plot->xAxis); // vertical, at 100 %
    limit->setObjectName(kLimitName);
    limit->setName(tr("100 % of usable"));
    limit->setPen(QPen(overLimitColor(), 1.5, Qt::DashLine));
    limit->addData(plot->yAxis->range().lower, 100);
    limit->addData(plot->yAxis->range().upper, 100);

    setAxisTitle(plot->yAxis, tr("Node"), tr("Node"));
    setAxisTitle(plot->xAxis, tr("Utilisation of usable capacity (%)"), tr("Utilisation (%)"));
    showLegendAbove(plot);
    plot->xAxis->setRange(0, top * 1.1);
    plot->replot();
}

QCPBars *utilisationBars(QCustomPlot *plot)
{
    return plottableNamed<QCPBars>(plot, kUtilisationName);
}

QCPBars *bindingBars(QCustomPlot *plot)
{
    return plottableNamed<QCPBars>(plot, kBindingName);
}

QCPGraph *limitLine(QCustomPlot *plot)
{
    return plottableNamed<QCPGraph>(plot, kLimitName);
}

} // namespace warmshell::ui::charts
