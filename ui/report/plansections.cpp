// SPDX-License-Identifier: GPL-3.0-or-later
#include "plansections.h"

#include "charts/fanchart.h"
#include "format.h"
#include "report/pagewriter.h"

#include <QCoreApplication>
#include <QLocale>

#include <qcustomplot.h>

namespace warmshell::ui::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("warmshell::ui::report", text);
}

QString whole(double v)
{
    return QLocale().toString(v, 'f', 0);
}

void riskIntroduction(PageWriter &page, const RiskResult &risk)
{
    page.paragraph(tr("%1 samples of %2 %3s, seed %4 (the same seed gives the same figures). Each sample draws "
                      "every uncertain date below and plans the timeline with those dates; the figures are "
                      "the 10th, 50th and 90th percentiles over the samples.")
                       .arg(risk.samples.size())
                       .arg(risk.periods.size())
                       .arg(risk.period == PlanningPeriod::Quarter ? tr("quarter") : tr("month"))
                       .arg(risk.seed));
    QStringList dates;
    for (const UncertainDate &d : risk.uncertainDates)
        dates << QStringLiteral("%1 (%2)").arg(d.object, format::date(d.date));
    page.paragraph(tr("Uncertain dates: %1.").arg(dates.isEmpty() ? tr("none") : dates.join(QStringLiteral(", "))));
    if (risk.samplesTimedOut > 0)
        page.paragraph(tr("%1 samples had a period solve stopped at its time limit: their figures may differ from "
                          "run to run.")
                           .arg(risk.samplesTimedOut),
            true);
}

} // namespace

QList<QStringList> riskPercentileRows(const RiskResult &risk)
{
    QList<QStringList> rows;
    for (const RiskPeriod &p : risk.periods) {
        QStringList row{ charts::periodStartLabel(p.start, risk.period) };
        for (const Percentiles *v : { &p.energizedGpus, &p.idleGpus, &p.idleDepreciation })
            row << whole(v->p10) << whole(v->p50) << whole(v->p90);
        rows << row;
    }
    return rows;
}

void writeRiskSection(PageWriter &page, const RiskResult &risk)
{
    page.newPage();
    page.heading(tr("Risk: delays with odds"));
    if (!risk.problems.isEmpty()) {
        page.paragraph(tr("No risk result: %1").arg(risk.problems.join(QStringLiteral("; "))));
        return;
    }
    riskIntroduction(page, risk);
    QCustomPlot plot;
    plot.resize(page.width(), 300);
    charts::drawRiskFan(&plot, risk, charts::RiskFigure::EnergizedGpus);
    page.chart(&plot, 300);
    const QString gpus = tr("energized GPUs"), idle = tr("idle GPUs"), money = tr("idle dep. (%1)").arg(risk.currency);
    QStringList headers{ tr("Period") };
    for (const QString &figure : { gpus, idle, money })
        for (const char *q : { "P10", "P50", "P90" })
            headers << QStringLiteral("%1 %2").arg(figure, QLatin1String(q));
    page.table(headers, riskPercentileRows(risk), { 1, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 1.2, 1.2, 1.2 },
        { false, true, true, true, true, true, true, true, true, true });
}

QList<QStringList> procurementOrderRows(const ProcurementPlan &plan)
{
    QList<QStringList> rows;
    for (const ProcurementOrder &o : plan.plan.orders)
        rows << QStringList{ o.model.toString(),
            QStringLiteral("%1 Q%2").arg(o.placed.year()).arg((o.placed.month() - 1) / 3 + 1),
            o.delivered.toString(Qt::ISODate), QLocale().toString(o.count), whole(o.cost) };
    return rows;
}

void writeProcurementSection(PageWriter &page, const ProcurementPlan &plan)
{
    page.newPage();
    page.heading(tr("Procurement: what to buy when"));
    if (!plan.problems.empty()) {
        QStringList lines;
        for (const Problem &p : plan.problems)
            lines << p.toString();
        page.paragraph(tr("No procurement plan: %1").arg(lines.join(QStringLiteral("; "))));
        return;
    }
    page.paragraph(
        tr("The plan delivers %1 PFLOPS-years (discounted over the horizon), %2 within %3 % of the best "
           "possible, for %4 USD of orders. Idle depreciation %5 USD, %6 USD less than buying the most "
           "efficient model now.")
            .arg(QLocale().toString(plan.plan.computeYears, 'f', 1), plan.optimal ? tr("proven") : tr("NOT proven"),
                QLocale().toString(100 * plan.gap, 'f', 2), whole(plan.plan.capital), whole(plan.plan.idleDepreciation),
                whole(plan.mostEfficientNow.idleDepreciation - plan.plan.idleDepreciation)));
    if (plan.plan.orders.empty()) {
        page.paragraph(tr("The plan orders nothing."));
        return;
    }
    page.table({ tr("Model"), tr("Ordered"), tr("Delivered"), tr("Systems"), tr("Cost (USD)") },
        procurementOrderRows(plan), { 2, 1, 1.2, 0.8, 1.4 }, { false, false, false, true, true });
}

} // namespace warmshell::ui::report
