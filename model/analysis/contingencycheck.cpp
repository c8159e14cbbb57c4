// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/contingencycheck.h"

#include "catalog.h"

#include <algorithm>
#include <utility>

// Deliberately naive: a copy of the whole project and plan per question, and the plan
// checker's own walks over the whole site. Nothing here is shared with contingency.cpp.

namespace warmshell {

namespace {

bool isPowerFailure(FailureKind kind)
{
    return kind == FailureKind::PowerNode || kind == FailureKind::PowerModule;
}

// Installed modules of an element after the failure: one fewer for the failed module.
int survivingModules(const Redundancy &redundancy, bool failedModule)
{
    return redundancy.installedModules() - (failedModule ? 1 : 0);
}

void rebuildPower(PowerChain &chain, const Failure &failure, const QDate &date)
{
    const bool power = isPowerFailure(failure.kind);
    for (const PowerNode &original : chain.nodes()) {
        PowerNode *n = chain.node(original.id);
        const bool failed = power && n->id.toString() == failure.object;
        if (failed && failure.kind == FailureKind::PowerNode) {
            n->commissioned = date.addDays(1);
            continue;
        }
        if (!n->isCommissionedBy(date))
            continue;
        const int modules = survivingModules(n->redundancy, failed);
        n->rating = PowerRating::kilowatts(Kilowatts(n->moduleCapacity(date).value() * modules));
        n->capacityChanges.clear();
        n->redundancy = Redundancy::n();
    }
}

void rebuildCooling(std::vector<CoolingUnit> &units, const Failure &failure, const QDate &date)
{
    for (CoolingUnit &u : units) {
        const bool failed = !isPowerFailure(failure.kind) && u.id.toString() == failure.object;
        if (failed && failure.kind == FailureKind::CoolingUnit) {
            u.commissioned = date.addDays(1);
            continue;
        }
        u.capacity = Kilowatts(u.capacity.value() * survivingModules(u.redundancy, failed));
        u.redundancy = Redundancy::n();
    }
}

RackPlacement *placementOf(CapacityPlan &plan, const RackId &rack)
{
    const auto it = std::find_if(
        plan.placements.begin(), plan.placements.end(), [&](const RackPlacement &p) { return p.rack == rack; });
    return it == plan.placements.end() ? nullptr : &*it;
}

// Keeps in each listed rack only the systems `keep` accepts.
template <typename Keep> void emptyRacks(CapacityPlan &plan, const std::vector<RackId> &racks, Keep keep)
{
    for (const RackId &rack : racks)
        if (RackPlacement *p = placementOf(plan, rack))
            std::erase_if(p->systems, [&](const PlacedSystems &s) { return !keep(s); });
}

double powerFractionOf(const SystemModel &model, const QString &operatingPoint)
{
    for (const OperatingPoint &op : model.operatingPoints)
        if (op.name == operatingPoint)
            return op.powerFraction;
    return 1.0;
}

void applyAction(CapacityPlan &plan, const Project &project, const Catalog &catalog, const ContingencyAction &a)
{
    RackPlacement *p = placementOf(plan, a.rack);
    const SystemModel *model = project.model(a.model, catalog);
    if (!p || !model)
        return;
    int left = a.count;
    for (PlacedSystems &s : p->systems)
        if (s.model == a.model && s.operatingPoint == a.operatingPoint && left > 0) {
            const int taken = std::min(left, s.count);
            s.count -= taken;
            s.gpus = s.count * model->gpusPerSystem;
            s.power = Kilowatts(s.count * model->power.value() * powerFractionOf(*model, s.operatingPoint));
            left -= taken;
        }
    std::erase_if(p->systems, [](const PlacedSystems &s) { return s.count <= 0; });
    if (!a.cappedTo.isEmpty())
        p->systems.push_back({ a.model, a.cappedTo, a.count,
            Kilowatts(a.count * model->power.value() * powerFractionOf(*model, a.cappedTo)),
            a.count * model->gpusPerSystem, false });
}

// The plan after the losses; with `runbook`, after the runbook too.
CapacityPlan planAfter(const Project &project, const Catalog &catalog, const CapacityPlan &plan,
    const ContingencyResult &result, bool runbook)
{
    CapacityPlan after = plan;
    emptyRacks(after, result.darkRacks, [](const PlacedSystems &) { return false; });
    const CoolingUnit *unit = nullptr;
    for (const CoolingUnit &u : project.site.coolingUnits)
        if (!isPowerFailure(result.failure.kind) && u.id.toString() == result.failure.object)
            unit = &u;
    const bool liquid = unit && heatMedium(unit->kind) == HeatMedium::Liquid;
    emptyRacks(after, result.uncooledRacks, [&](const PlacedSystems &s) {
        const SystemModel *m = project.model(s.model, catalog);
        return liquid && m && m->liquidFraction <= 0;
    });
    if (runbook)
        for (const ContingencyAction &a : result.actions)
            applyAction(after, project, catalog, a);
    return after;
}

bool isCapacityViolation(const PlanViolation &v)
{
    return v.constraint == QLatin1String("power-node") || v.constraint == QLatin1String("cooling")
        || v.constraint == QLatin1String("dead-rack") || v.constraint == QLatin1String("operating-point");
}

// Only the listed racks, with the systems the original plan gave them.
CapacityPlan probe(const CapacityPlan &plan, const std::vector<RackId> &racks)
{
    CapacityPlan p = plan;
    std::erase_if(p.placements,
        [&](const RackPlacement &r) { return std::find(racks.begin(), racks.end(), r.rack) == racks.end(); });
    return p;
}

bool reported(const std::vector<PlanViolation> &violations, const RackId &rack, const QString &fragment)
{
    return std::any_of(violations.begin(), violations.end(),
        [&](const PlanViolation &v) { return v.object == rack.toString() && v.message.contains(fragment); });
}

// Every dark rack must be dead on every feed; every uncooled rack without its medium.
void checkLostRacks(const Project &after, const Catalog &catalog, const CapacityPlan &plan,
    const ContingencyResult &result, std::vector<PlanViolation> &out)
{
    const std::vector<PlanViolation> dark = checkPlan(after, catalog, probe(plan, result.darkRacks));
    for (const RackId &id : result.darkRacks) {
        const Rack *rack = after.site.rack(id);
        const bool deadA = reported(dark, id, QStringLiteral("feed A"));
        const bool deadB = !rack || !rack->isDualFed() || reported(dark, id, QStringLiteral("feed B"));
        if (!deadA || !deadB)
            out.push_back({ id.toString(), QStringLiteral("contingency"),
                QStringLiteral("rack %1 is listed dark but keeps a live feed path").arg(id.toString()) });
    }
    const std::vector<PlanViolation> uncooled = checkPlan(after, catalog, probe(plan, result.uncooledRacks));
    for (const RackId &id : result.uncooledRacks)
        if (!reported(uncooled, id, QStringLiteral("no live air-side cooling unit"))
            && !reported(uncooled, id, QStringLiteral("no live CDU")))
            out.push_back({ id.toString(), QStringLiteral("contingency"),
                QStringLiteral("rack %1 is listed without cooling but keeps a live unit").arg(id.toString()) });
}

// A dual-fed rack runs on the side that keeps a path to a source: the other feed is dropped
// (the plan checker wants both feeds of a dual-fed rack live in normal operation).
void dropDeadSides(Site &site, const Failure &failure, const QDate &date)
{
    std::vector<PowerNodeId> out;
    for (const PowerNode &n : site.power.nodes())
        if (!n.isCommissionedBy(date) || (failure.kind == FailureKind::PowerNode && n.id.toString() == failure.object))
            out.push_back(n.id);
    for (Rack &rack : site.racks) {
        if (!rack.isDualFed())
            continue;
        const bool liveA = site.power.reachesSource(rack.feedA, out);
        const bool liveB = site.power.reachesSource(rack.feedB, out);
        if (liveA && !liveB)
            rack.feedB = PowerNodeId();
        else if (liveB && !liveA)
            rack.feedA = std::exchange(rack.feedB, PowerNodeId());
    }
}

} // namespace

Project projectAfterFailure(const Project &project, const Failure &failure, const QDate &date)
{
    Project p = project;
    rebuildPower(p.site.power, failure, date);
    rebuildCooling(p.site.coolingUnits, failure, date);
    dropDeadSides(p.site, failure, date);
    return p;
}

CapacityPlan planAfterFailure(
    const Project &project, const Catalog &catalog, const CapacityPlan &plan, const ContingencyResult &result)
{
    return planAfter(project, catalog, plan, result, true);
}

std::vector<PlanViolation> checkContingency(
    const Project &project, const Catalog &catalog, const CapacityPlan &plan, const ContingencyResult &result)
{
    const QDate date = plan.date.isValid() ? plan.date
        : plan.options.date.isValid()      ? plan.options.date
                                           : project.site.planStart;
    const Project after = projectAfterFailure(project, result.failure, date);
    std::vector<PlanViolation> out;
    for (const PlanViolation &v : checkPlan(after, catalog, planAfter(project, catalog, plan, result, true)))
        if (isCapacityViolation(v))
            out.push_back(v);
    checkLostRacks(after, catalog, plan, result, out);
    if (!result.actions.empty()) {
        const auto without = checkPlan(after, catalog, planAfter(project, catalog, plan, result, false));
        if (std::none_of(without.begin(), without.end(), [](const PlanViolation &v) {
                return v.constraint == QLatin1String("power-node") || v.constraint == QLatin1String("cooling");
            }))
            out.push_back({ result.failure.object, QStringLiteral("contingency"),
                QStringLiteral("the runbook caps or sheds %1 steps, but nothing is over capacity without it")
                    .arg(result.actions.size()) });
    }
    return out;
}

} // namespace warmshell
