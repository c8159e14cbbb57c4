// SPDX-License-Identifier: GPL-3.0-or-later
#include "procurementjson.h"

#include "enumkeys.h"

#include <QJsonArray>

#include <cmath>

namespace warmshell {

namespace {

QJsonValue numberOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

QJsonObject orderToJson(const ProcurementOrder &o)
{
    return { { QStringLiteral("model"), o.model.toString() }, { QStringLiteral("quarter"), o.quarter },
        { QStringLiteral("placed"), o.placed.toString(Qt::ISODate) },
        { QStringLiteral("delivered"), o.delivered.toString(Qt::ISODate) }, { QStringLiteral("count"), o.count },
        { QStringLiteral("costUsd"), o.cost } };
}

QJsonObject periodToJson(const ProcurementPeriod &p)
{
    return { { QStringLiteral("quarter"), p.quarter }, { QStringLiteral("start"), p.start.toString(Qt::ISODate) },
        { QStringLiteral("energizedSystems"), p.energizedSystems },
        { QStringLiteral("energizedGpus"), p.energizedGpus }, { QStringLiteral("energizedPflops"), p.energizedPflops },
        { QStringLiteral("orderedDelivered"), p.orderedDelivered },
        { QStringLiteral("orderedEnergized"), p.orderedEnergized }, { QStringLiteral("idleSystems"), p.idleSystems },
        { QStringLiteral("idleDepreciationUsd"), p.idleDepreciation },
        { QStringLiteral("pflopsYears"), p.computeYears },
        { QStringLiteral("bindingPowerNodes"), QJsonArray::fromStringList(p.bindingPowerNodes) },
        { QStringLiteral("marginalPerMw"), numberOrNull(p.marginalPerMw) } };
}

QJsonObject outcomeToJson(const ProcurementOutcome &o)
{
    QJsonArray orders, quarters;
    for (const ProcurementOrder &order : o.orders)
        orders.append(orderToJson(order));
    for (const ProcurementPeriod &p : o.periods)
        quarters.append(periodToJson(p));
    return { { QStringLiteral("name"), o.name }, { QStringLiteral("description"), o.description },
        { QStringLiteral("solved"), o.solved }, { QStringLiteral("capitalUsd"), o.capital },
        { QStringLiteral("pflopsYears"), o.computeYears },
        { QStringLiteral("idleDepreciationUsd"), o.idleDepreciation }, { QStringLiteral("objective"), o.objective },
        { QStringLiteral("gap"), o.gap }, { QStringLiteral("orders"), orders },
        { QStringLiteral("quarters"), quarters } };
}

} // namespace

QJsonObject procurementToJson(const ProcurementPlan &plan, const ProcurementInput &input)
{
    QJsonArray candidates;
    for (const ProcurementVerdict &v : plan.verdicts)
        candidates.append(
            QJsonObject{ { QStringLiteral("model"), v.model.toString() }, { QStringLiteral("ordered"), v.ordered },
                { QStringLiteral("binding"), v.binding }, { QStringLiteral("reason"), v.reason } });
    return { { QStringLiteral("currency"), plan.currency }, { QStringLiteral("objective"), keyOf(input.objective) },
        { QStringLiteral("precision"), keyOf(input.precision) }, { QStringLiteral("discountRate"), input.discountRate },
        { QStringLiteral("horizonQuarters"), input.horizonQuarters }, { QStringLiteral("bound"), plan.bound },
        { QStringLiteral("gap"), plan.gap }, { QStringLiteral("gapTarget"), input.relativeGap },
        { QStringLiteral("optimal"), plan.optimal }, { QStringLiteral("timedOut"), plan.timedOut },
        { QStringLiteral("seconds"), plan.seconds }, { QStringLiteral("columns"), plan.columns },
        { QStringLiteral("rows"), plan.rows }, { QStringLiteral("marginalMethod"), plan.marginalMethod },
        { QStringLiteral("plan"), outcomeToJson(plan.plan) },
        { QStringLiteral("mostEfficientNow"), outcomeToJson(plan.mostEfficientNow) },
        { QStringLiteral("fileOrdersOnly"), outcomeToJson(plan.fileOrdersOnly) },
        { QStringLiteral("candidates"), candidates } };
}

Table procurementTable(const ProcurementPlan &plan)
{
    Table t;
    t.name = QStringLiteral("procurement");
    t.columns = QStringList{ QStringLiteral("record"), QStringLiteral("quarter"), QStringLiteral("date"),
        QStringLiteral("model"), QStringLiteral("count"), QStringLiteral("cost_usd"), QStringLiteral("delivered"),
        QStringLiteral("ordered_delivered"), QStringLiteral("energized_systems"), QStringLiteral("energized_gpus"),
        QStringLiteral("energized_pflops"), QStringLiteral("ordered_energized"), QStringLiteral("idle_systems"),
        QStringLiteral("idle_depreciation_usd"), QStringLiteral("binding_power_nodes"),
        QStringLiteral("marginal_per_mw") };
    const TableCell none = QString();
    for (const ProcurementOrder &o : plan.plan.orders)
        t.rows.push_back({ QStringLiteral("order"), qint64(o.quarter), o.placed.toString(Qt::ISODate),
            o.model.toString(), qint64(o.count), TableNumber{ o.cost, 2 }, o.delivered.toString(Qt::ISODate), none,
            none, none, none, none, none, none, none, none });
    for (const ProcurementPeriod &p : plan.plan.periods)
        t.rows.push_back({ QStringLiteral("quarter"), qint64(p.quarter), p.start.toString(Qt::ISODate), none, none,
            none, none, qint64(p.orderedDelivered), qint64(p.energizedSystems), qint64(p.energizedGpus),
            TableNumber{ p.energizedPflops, 3 }, qint64(p.orderedEnergized), qint64(p.idleSystems),
            TableNumber{ p.idleDepreciation, 2 }, p.bindingPowerNodes.join(u' '),
            std::isfinite(p.marginalPerMw) ? TableCell(TableNumber{ p.marginalPerMw, 4 }) : none });
    return t;
}

} // namespace warmshell
