// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportcharts.h"

#include "charts/chartstyle.h"
#include "enumkeys.h"
#include "format.h"

#include <QCoreApplication>

#include <qcustomplot.h>

namespace warmshell::ui::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("warmshell::ui::report", text);
}

QCPBars *addBars(QCustomPlot *plot, QCPAxis *valueAxis, const QString &name, const QColor &colour)
{
    auto *bars = new QCPBars(plot->xAxis, valueAxis);
    bars->setName(name);
    bars->setBrush(colour);
    bars->setPen(QPen(colour.darker(130)));
    bars->setWidth(0.6);
    return bars;
}

QCPGraph *addLine(QCustomPlot *plot, QCPAxis *valueAxis, const QString &name, const QColor &colour)
{
    QCPGraph *graph = plot->addGraph(plot->xAxis, valueAxis);
    graph->setName(name);
    graph->setPen(QPen(colour, 2));
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, Qt::white, 6));
    return graph;
}

// Shows `axis` (the right one) from 0 to max(top, 1) × 1.1 with `label` and the body fonts.
void showRightAxis(QCustomPlot *plot, const QString &label, double top)
{
    QCPAxis *axis = plot->yAxis2;
    axis->setVisible(true);
    axis->setTickLabelFont(plot->yAxis->tickLabelFont());
    axis->setLabelFont(plot->yAxis->labelFont());
    axis->setLabel(label);
    axis->setRange(0, std::max(top, 1.0) * 1.1);
}

} // namespace

QString periodLabel(const TimelinePeriod &p, PlanningPeriod period)
{
    if (p.start.day() == 1 && period == PlanningPeriod::Quarter && (p.start.month() - 1) % 3 == 0)
        return QStringLiteral("%1 Q%2").arg(p.start.year()).arg((p.start.month() - 1) / 3 + 1);
    if (p.start.day() == 1 && period == PlanningPeriod::Month)
        return p.start.toString(QStringLiteral("yyyy-MM"));
    return format::date(p.start);
}

void buildTimelinePowerChart(QCustomPlot *plot, const Timeline &t)
{
    charts::resetChart(plot, tr("IT power per period: used against available"));
    QCPBars *used = addBars(plot, plot->yAxis, tr("Used: energized IT load (kW)"), charts::energizedColor());
    QCPGraph *available = addLine(
        plot, plot->yAxis, tr("Available: usable capacity of the live utility feeds (kW)"), charts::overLimitColor());
    QCPGraph *facility = addLine(plot, plot->yAxis,
        tr("Facility: IT, cooling draw, house load and losses at the meter (kW)"), charts::utilisationColor());
    QStringList labels;
    double top = 0;
    for (std::size_t i = 0; i < t.periods.size(); ++i) {
        const TimelinePeriod &p = t.periods[i];
        used->addData(double(i + 1), p.powerUsed.value());
        available->addData(double(i + 1), p.powerAvailable.value());
        facility->addData(double(i + 1), p.facilityPowerUsed.value());
        labels << periodLabel(p, t.period);
        top = std::max({ top, p.powerUsed.value(), p.powerAvailable.value(), p.facilityPowerUsed.value() });
    }
    charts::setCategoryTicks(plot->xAxis, labels);
    plot->xAxis->setLabel(tr("Period (planned at its start)"));
    plot->yAxis->setLabel(tr("kW"));
    charts::showLegendAbove(plot);
    charts::finishChart(plot, top);
}

void buildTimelineIdleChart(QCustomPlot *plot, const Timeline &t, const QString &currency)
{
    charts::resetChart(plot, tr("Idle GPUs and cumulative idle depreciation"));
    QCPBars *idle = addBars(plot, plot->yAxis, tr("Idle GPUs"), charts::idleColor());
    QCPGraph *cumulative = addLine(
        plot, plot->yAxis2, tr("Cumulative idle depreciation (M %1)").arg(currency), charts::utilisationColor());
    QStringList labels;
    double top = 0, topMoney = 0;
    for (std::size_t i = 0; i < t.periods.size(); ++i) {
        const TimelinePeriod &p = t.periods[i];
        idle->addData(double(i + 1), p.idleGpus);
        cumulative->addData(double(i + 1), p.cumulativeIdleDepreciation.value() / 1e6);
        labels << periodLabel(p, t.period);
        top = std::max(top, double(p.idleGpus));
        topMoney = std::max(topMoney, p.cumulativeIdleDepreciation.value() / 1e6);
    }
    charts::setCategoryTicks(plot->xAxis, labels);
    plot->xAxis->setLabel(tr("Period (planned at its start)"));
    plot->yAxis->setLabel(tr("Idle GPUs"));
    showRightAxis(plot, tr("M %1").arg(currency), topMoney);
    charts::showLegendAbove(plot);
    charts::finishChart(plot, top);
}

void buildFacilityPowerChart(QCustomPlot *plot, const std::vector<SourceLoad> &sources)
{
    charts::resetChart(plot, tr("Facility power per source: what the plan draws against what it may draw"));
    // Stacked from the bottom: IT, cooling, losses, house.
    QCPBars *it = addBars(plot, plot->yAxis, tr("IT (kW)"), charts::energizedColor());
    QCPBars *cooling = addBars(plot, plot->yAxis, tr("Cooling draw (kW)"), charts::utilisationColor());
    QCPBars *losses = addBars(plot, plot->yAxis, tr("Losses (kW)"), charts::overLimitColor());
    QCPBars *house = addBars(plot, plot->yAxis, tr("House load (kW)"), charts::idleColor());
    cooling->moveAbove(it);
    losses->moveAbove(cooling);
    house->moveAbove(losses);
    QCPGraph *usable = addLine(plot, plot->yAxis, tr("Usable capacity (kW)"), QColor(0x33, 0x33, 0x33));
    usable->setLineStyle(QCPGraph::lsNone);
    usable->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCross, QPen(QColor(0x33, 0x33, 0x33), 3), QBrush(), 14));
    QStringList labels;
    double top = 0;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const SourceLoad &s = sources[i];
        const double key = double(i + 1);
        it->addData(key, s.it.value());
        cooling->addData(key, s.cooling.value());
        losses->addData(key, s.losses.value());
        house->addData(key, s.house.value());
        usable->addData(key, s.usable.value());
        labels << s.name;
        top = std::max({ top, s.total().value(), s.usable.value() });
    }
    charts::setCategoryTicks(plot->xAxis, labels);
    plot->xAxis->setLabel(tr("Source (utility feed or generator)"));
    plot->yAxis->setLabel(tr("kW"));
    charts::showLegendAbove(plot);
    charts::finishChart(plot, top);
}

void buildComparisonChart(QCustomPlot *plot, const Comparison &c)
{
    charts::resetChart(plot, tr("Generation comparison: compute per MW and cost of compute"));
    QCPBars *perMw = addBars(plot, plot->yAxis, tr("PFLOPS per MW"), charts::utilisationColor());
    QCPGraph *cost = addLine(
        plot, plot->yAxis2, tr("Cost per PFLOP-year (thousand %1)").arg(c.currency), charts::overLimitColor());
    cost->setLineStyle(QCPGraph::lsNone);
    cost->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDiamond, charts::overLimitColor(), charts::overLimitColor(), 10));
    QStringList labels;
    double top = 0, topCost = 0;
    for (std::size_t i = 0; i < c.rows.size(); ++i) {
        const GenerationFigures &g = c.rows[i];
        perMw->addData(double(i + 1), g.pflopsPerMw);
        if (g.pflops > 0)
            cost->addData(double(i + 1), g.costPerPflopYear / 1e3);
        labels << g.generation;
        top = std::max(top, g.pflopsPerMw);
        topCost = std::max(topCost, g.costPerPflopYear / 1e3);
    }
    charts::setCategoryTicks(plot->xAxis, labels);
    plot->xAxis->setLabel(tr("Generation (best PFLOPS per MW first)"));
    plot->yAxis->setLabel(tr("PFLOPS per MW (%1)").arg(keyOf(c.precision).toUpper()));
    showRightAxis(plot, tr("thousand %1 per PFLOP-year").arg(c.currency), topCost);
    charts::showLegendAbove(plot);
    charts::finishChart(plot, top);
}

} // namespace warmshell::ui::report
