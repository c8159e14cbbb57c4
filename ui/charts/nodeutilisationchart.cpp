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

void buildNodeUtilisationChart(
    QCustomPlot *plot, const std::vector<CapacityUse> &uses, const QString &title, int maxBars)
{
    resetChart(plot, title);
    std::vector<std::size_t> shown;
    for (std::size_t i = 0; i < uses.size(); ++i) {
        if (uses[i].live && uses[i].usable.value() > 0)
            shown.push_back(i);
    }
    if (maxBars > 0 && int(shown.size()) > maxBars) {
        std::stable_sort(shown.begin(), shown.end(),
            [&](std::size_t a, std::size_t b) { return uses[a].utilisation() > uses[b].utilisation(); });
        shown.resize(std::size_t(maxBars));
        std::sort(shown.begin(), shown.end());
    }

    auto *normal = new QCPBars(plot->xAxis, plot->yAxis);
    normal->setObjectName(kUtilisationName);
    normal->setName(tr("Utilisation"));
    normal->setBrush(utilisationColor());
    normal->setPen(QPen(utilisationColor().darker(130)));
    auto *binding = new QCPBars(plot->xAxis, plot->yAxis);
    binding->setObjectName(kBindingName);
    binding->setName(tr("Binding (no further system fits)"));
    binding->setBrush(overLimitColor());
    binding->setPen(QPen(overLimitColor().darker(130)));
    for (QCPBars *bars : { normal, binding })
        bars->setWidth(0.6);

    QStringList labels;
    double top = 100;
    for (std::size_t k = 0; k < shown.size(); ++k) {
        const CapacityUse &use = uses[shown[k]];
        const double percent = use.utilisation() * 100.0;
        (use.binding ? binding : normal)->addData(double(k + 1), percent);
        labels << (use.name.isEmpty() ? use.object : use.name);
        top = std::max(top, percent);
    }
    setCategoryTicks(plot->xAxis, labels);

    auto *limit = new QCPGraph(plot->xAxis, plot->yAxis);
    limit->setObjectName(kLimitName);
    limit->setName(tr("Usable capacity (100 %)"));
    QPen pen(overLimitColor(), 1.5, Qt::DashLine);
    limit->setPen(pen);
    limit->addData(plot->xAxis->range().lower, 100);
    limit->addData(plot->xAxis->range().upper, 100);

    setAxisTitle(plot->xAxis, tr("Node"), tr("Node"));
    setAxisTitle(plot->yAxis, tr("Utilisation of usable capacity (%)"), tr("Utilisation (%)"));
    showLegendAbove(plot);
    finishChart(plot, top);
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
