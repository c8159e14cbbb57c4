// SPDX-License-Identifier: GPL-3.0-or-later
#include "planjson.h"

#include "planorder.h"

#include <QJsonArray>

namespace warmshell {

namespace {
QJsonArray capacityUses(const std::vector<CapacityUse> &uses)
{
    QJsonArray out;
    for (const CapacityUse &u : uses)
        out.append(QJsonObject{ { QStringLiteral("id"), u.object }, { QStringLiteral("name"), u.name },
            { QStringLiteral("kind"), u.kind }, { QStringLiteral("installed_kw"), u.installed.value() },
            { QStringLiteral("usable_kw"), u.usable.value() }, { QStringLiteral("load_kw"), u.load.value() },
            { QStringLiteral("utilisation"), u.utilisation() }, { QStringLiteral("live"), u.live },
            { QStringLiteral("binding"), u.binding } });
    return out;
}

// Power nodes as capacityUses, with what their load is made of (IT, mechanical, house, losses).
QJsonArray powerNodeUses(const std::vector<CapacityUse> &uses)
{
    QJsonArray out = capacityUses(uses);
    for (qsizetype i = 0; i < out.size(); ++i) {
        const CapacityUse &u = uses[size_t(i)];
        QJsonObject o = out[i].toObject();
        o.insert(QStringLiteral("it_kw"), u.itLoad.value());
        o.insert(QStringLiteral("mechanical_kw"), u.mechanicalLoad.value());
        o.insert(QStringLiteral("house_kw"), u.houseLoad.value());
        o.insert(QStringLiteral("losses_kw"), u.lossesLoad.value());
        o.insert(QStringLiteral("normal_load_kw"), u.normalLoad.value());
        if (u.measuredCredit.value() > 0) // measured diversity: already in usable_kw
            o.insert(QStringLiteral("measured_credit_kw"), u.measuredCredit.value());
        out[i] = o;
    }
    return out;
}

// The plan's whole load: IT, cooling draw, house, losses, facility (their sum) and PUE.
QJsonObject facilityToJson(const CapacityPlan &plan)
{
    const FacilityLoad &f = plan.facilityLoad;
    return QJsonObject{ { QStringLiteral("it_kw"), f.it.value() }, { QStringLiteral("cooling_kw"), f.cooling.value() },
        { QStringLiteral("house_kw"), f.house.value() }, { QStringLiteral("losses_kw"), f.losses.value() },
        { QStringLiteral("facility_kw"), f.facility().value() }, { QStringLiteral("pue"), f.pue() } };
}
// Results per tenant (projects with tenants), docs/solver.md "JSON output".
QJsonArray tenantResultsToJson(const std::vector<TenantResult> &results)
{
    QJsonArray out;
    for (const TenantResult &t : results)
        out.append(QJsonObject{ { QStringLiteral("tenant"), t.tenant.toString() }, { QStringLiteral("name"), t.name },
            { QStringLiteral("priority"), t.priority }, { QStringLiteral("energized_gpus"), t.energizedGpus },
            { QStringLiteral("idle_gpus"), t.idleGpus }, { QStringLiteral("energized_kw"), t.energizedPower.value() },
            { QStringLiteral("idle_depreciation_per_month"), t.idleDepreciationPerMonth.value() },
            { QStringLiteral("binding_quota"), t.bindingQuota } });
    return out;
}

// Per cluster (projects with clusters), docs/solver.md "Clusters": where it stands or why not.
QJsonArray clusterResultsToJson(const std::vector<ClusterResult> &clusters)
{
    QJsonArray out;
    for (const ClusterResult &c : clusters) {
        QJsonArray room;
        for (const auto &[domain, most] : c.room)
            room.append(QJsonObject{ { QStringLiteral("domain"), domain }, { QStringLiteral("systems"), most } });
        QJsonObject o{ { QStringLiteral("cluster"), c.cluster.toString() }, { QStringLiteral("name"), c.name },
            { QStringLiteral("model"), c.model.toString() }, { QStringLiteral("systems"), c.systems },
            { QStringLiteral("set_aside_systems"), c.setAside }, { QStringLiteral("placed"), c.placed },
            { QStringLiteral("domain"), c.domain }, { QStringLiteral("reason"), c.reason },
            { QStringLiteral("best_room"), c.bestRoom }, { QStringLiteral("room"), room } };
        if (!c.tenant.isNull())
            o.insert(QStringLiteral("tenant"), c.tenant.toString());
        out.append(o);
    }
    return out;
}

// Every rack with systems; a placed system names its tenant and cluster when it has them.
QJsonArray placementsToJson(const std::vector<RackPlacement> &racks)
{
    QJsonArray placements;
    for (const RackPlacement &p : racks) {
        QJsonArray systems;
        for (const PlacedSystems &s : p.systems) {
            QJsonObject o{ { QStringLiteral("model"), s.model.toString() },
                { QStringLiteral("operating_point"), s.operatingPoint }, { QStringLiteral("count"), s.count },
                { QStringLiteral("gpus"), s.gpus }, { QStringLiteral("kw"), s.power.value() },
                { QStringLiteral("pinned"), s.pinned } };
            if (!s.tenant.isNull())
                o.insert(QStringLiteral("tenant"), s.tenant.toString());
            if (!s.cluster.isNull())
                o.insert(QStringLiteral("cluster"), s.cluster.toString());
            systems.append(o);
        }
        placements.append(
            QJsonObject{ { QStringLiteral("rack"), p.rack.toString() }, { QStringLiteral("load_kw"), p.load.value() },
                { QStringLiteral("used_u"), p.usedHeight.value() }, { QStringLiteral("systems"), systems } });
    }
    return placements;
}

} // namespace

// Hot days: each plant unit's month and factor, and the sentence the CLI and the app show.
static QJsonObject designMonthsToJson(const std::vector<PlantDesignMonth> &months)
{
    QJsonArray units;
    for (const PlantDesignMonth &m : months)
        units.append(QJsonObject{ { QStringLiteral("unit"), m.object }, { QStringLiteral("name"), m.name },
            { QStringLiteral("draw_month"), m.drawMonth }, { QStringLiteral("draw_factor"), m.drawFactor },
            { QStringLiteral("capacity_month"), m.capacityMonth },
            { QStringLiteral("capacity_factor"), m.capacityFactor } });
    return { { QStringLiteral("text"), designMonthText(months) }, { QStringLiteral("units"), units } };
}

QJsonObject planToJson(const CapacityPlan &plan)
{
    QJsonArray generations, lots, binding, marginal, stranded, objectives;
    for (const GenerationResult &g : plan.generations)
        generations.append(QJsonObject{ { QStringLiteral("generation"), g.generation },
            { QStringLiteral("energized_gpus"), g.energizedGpus }, { QStringLiteral("idle_gpus"), g.idleGpus },
            { QStringLiteral("energized_systems"), g.energizedSystems },
            { QStringLiteral("idle_systems"), g.idleSystems },
            { QStringLiteral("energized_kw"), g.energizedPower.value() },
            { QStringLiteral("energized_pflops"), g.energizedPflops },
            { QStringLiteral("idle_depreciation_per_month"), g.idleDepreciationPerMonth.value() } });
    for (const LotResult &l : plan.lots)
        lots.append(QJsonObject{ { QStringLiteral("lot"), l.lot.toString() },
            { QStringLiteral("available_systems"), l.available }, { QStringLiteral("energized_systems"), l.energized },
            { QStringLiteral("idle_systems"), l.available - l.energized },
            { QStringLiteral("depreciation_per_system_per_month"), l.monthlyDepreciationPerSystem.value() } });
    for (const BindingConstraint &b : plan.binding)
        binding.append(QJsonObject{ { QStringLiteral("kind"), b.kind }, { QStringLiteral("object"), b.object },
            { QStringLiteral("text"), b.text } });
    for (const MarginalValue &m : plan.marginalValues)
        marginal.append(QJsonObject{ { QStringLiteral("node"), m.object },
            { QStringLiteral("dual_per_mw"), m.dualPerKw * 1000 }, { QStringLiteral("resolved"), m.resolved },
            { QStringLiteral("objective_gain_per_mw"), m.objectiveGain },
            { QStringLiteral("extra_gpus_per_mw"), m.extraGpus },
            { QStringLiteral("extra_pflops_per_mw"), m.extraPflops },
            { QStringLiteral("by_generation"), m.byGeneration }, { QStringLiteral("text"), m.text } });
    for (const StrandedCapacity &s : plan.stranded)
        stranded.append(QJsonObject{ { QStringLiteral("object"), s.object }, { QStringLiteral("kind"), s.kind },
            { QStringLiteral("kw"), s.amount.value() }, { QStringLiteral("reason"), s.reason } });
    const auto &objectiveList
        = plan.options.objectives.empty() ? std::vector<Objective>{ Objective::Compute } : plan.options.objectives;
    for (Objective o : objectiveList)
        objectives.append(keyOf(o));
    QJsonArray inlets;
    for (const RackInlet &in : plan.inlets)
        inlets.append(QJsonObject{ { QStringLiteral("rack"), in.rack.toString() },
            { QStringLiteral("inlet_c"), in.temperature.value() }, { QStringLiteral("limit_c"), in.limit.value() },
            { QStringLiteral("binding"), in.binding } });
    QJsonObject out{
        { QStringLiteral("status"), keyOf(plan.status) },
        { QStringLiteral("date"), plan.date.toString(Qt::ISODate) },
        { QStringLiteral("method"), plan.method },
        { QStringLiteral("objectives"), objectives },
        { QStringLiteral("precision"), keyOf(plan.options.precision) },
        { QStringLiteral("objective"),
            QJsonObject{ { QStringLiteral("kind"), keyOf(plan.objective) },
                { QStringLiteral("value"), plan.objectiveValue }, { QStringLiteral("bound"), plan.bound },
                { QStringLiteral("gap"), plan.gap }, { QStringLiteral("gap_target"), plan.options.relativeGap },
                { QStringLiteral("certification"), certificationText(plan) } } },
        { QStringLiteral("seconds"), plan.seconds },
        { QStringLiteral("timed_out"), plan.timedOut },
        { QStringLiteral("cancelled"), plan.cancelled },
        { QStringLiteral("totals"),
            QJsonObject{ { QStringLiteral("energized_gpus"), plan.energizedGpus() },
                { QStringLiteral("idle_gpus"), plan.idleGpus() },
                { QStringLiteral("energized_kw"), plan.energizedPower().value() },
                { QStringLiteral("idle_depreciation_per_month"), plan.idleDepreciationPerMonth().value() } } },
        { QStringLiteral("generations"), generations },
        { QStringLiteral("lots"), lots },
        { QStringLiteral("placements"), placementsToJson(plan.placements) },
        { QStringLiteral("facility"), facilityToJson(plan) },
        { QStringLiteral("design_months"), designMonthsToJson(plan.designMonths) },
        { QStringLiteral("power_nodes"), powerNodeUses(plan.powerNodes) },
        { QStringLiteral("cooling_units"), capacityUses(plan.coolingUnits) },
        { QStringLiteral("binding_constraints"), binding },
        { QStringLiteral("marginal_values"), marginal },
        { QStringLiteral("stranded_capacity"), stranded },
        { QStringLiteral("inlet_temperatures"), inlets },
        { QStringLiteral("explanations"), QJsonArray::fromStringList(plan.explanations) },
    };
    if (!plan.tenants.empty()) // projects with tenants only, so plans without any read as before
        out.insert(QStringLiteral("tenants"), tenantResultsToJson(plan.tenants));
    if (!plan.clusters.empty()) // projects with clusters only
        out.insert(QStringLiteral("clusters"), clusterResultsToJson(plan.clusters));
    return out;
}

} // namespace warmshell
