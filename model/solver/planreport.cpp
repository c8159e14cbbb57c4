// SPDX-License-Identifier: GPL-3.0-or-later
#include "planreport.h"

#include "clusterreport.h"

#include "explanationtext.h"

#include <algorithm>

namespace warmshell::solver {

void PlanReport::readDuals(const std::vector<double> &duals)
{
    // Without duals (nothing could be placed) every capacity counts as valuable; with them a
    // capacity that has no row (it cannot bind) is worth nothing.
    const Formulation &f = m_f;
    const bool haveDuals = duals.size() == f.rows.size() && !f.rows.empty();
    m_nodeDual.assign(f.nodes.size(), haveDuals ? 0.0 : 1.0);
    m_unitDual.assign(f.units.size(), haveDuals ? 0.0 : 1.0);
    m_thermalDual.assign(f.thermal.size(), haveDuals ? 0.0 : 1.0);
    if (haveDuals)
        for (size_t row = 0; row < f.rows.size(); ++row) {
            if (f.rows[row].kind == RowKind::PowerNode)
                m_nodeDual[size_t(f.rows[row].object)] += duals[row]; // its normal and reserve rows
            else if (f.rows[row].kind == RowKind::CoolingUnit)
                m_unitDual[size_t(f.rows[row].object)] = duals[row];
            else if (f.rows[row].kind == RowKind::Thermal)
                m_thermalDual[size_t(f.rows[row].object)] = duals[row];
        }
}

// Plant units with a monthly profile: the month and factor each was planned for (the CLI, the
// results summary and the timeline say it with designMonthText).
void PlanReport::plantDesignMonths()
{
    const Formulation &f = m_f;
    for (size_t u = 0; u < f.units.size(); ++u) {
        const PlantCondition &c = f.unitCondition[u];
        if (c.drawMonth > 0 || c.capacityMonth > 0)
            m_plan.designMonths.push_back({ f.units[u]->id.toString(), f.units[u]->name, c.drawMonth, c.drawFactor,
                c.capacityMonth, c.capacityFactor });
    }
}

// Each plant unit's load: the heat its room units remove (after the shared zones' split).
void PlanReport::plantLoads()
{
    for (size_t u = 0; u < m_f.units.size(); ++u)
        if (const int plant = m_f.unitPlant[u]; plant >= 0)
            m_unitLoad[size_t(plant)] += m_unitLoad[u];
}

void PlanReport::placementsAndLoads()
{
    // Loads go to every node and unit of each rack's supply, including those that cannot bind.
    m_nodeLoad.assign(m_f.nodes.size(), 0);
    m_unitLoad.assign(m_f.units.size(), 0);
    m_placedByModel.assign(m_f.models.size(), 0);
    fixedLoads();
    for (size_t gi = 0; gi < m_f.groups.size(); ++gi)
        for (size_t r = 0; r < m_f.groups[gi].racks.size(); ++r)
            if (!m_a[gi][r].systems.empty())
                placeRack(gi, r);
    rackInlets();
    splitSharedZones();
    plantLoads();
    facilityTotals();
}

// House loads and fixed cooling draws, on every node they reach.
void PlanReport::fixedLoads()
{
    const Formulation &f = m_f;
    m_nodeIt.assign(f.nodes.size(), 0);
    m_nodeMechanical = f.nodeFixedDrawKw;
    m_nodeHouse = f.nodeHouseKw;
    for (size_t n = 0; n < f.nodes.size(); ++n)
        m_nodeLoad[n] = f.nodeFixedKw[n];
    m_nodeNormalLoad = m_nodeLoad; // house loads and fixed draws: one path, the same either way
    for (size_t u = 0; u < f.units.size(); ++u)
        if (f.unitLive[u] && !f.units[u]->feed.isNull())
            m_plan.facilityLoad.cooling += Kilowatts(f.units[u]->drawKw);
    for (size_t n = 0; n < f.nodes.size(); ++n)
        if (f.nodeEnergized[n])
            m_plan.facilityLoad.house += f.nodes[n].houseLoad(f.date);
}

// A rack's IT load (`air` + `liquid` kW of heat) and its cooling units' draw, on every node
// they reach, at design (each side of 2N all of it) and in normal operation (half each); the
// draw also in the plan's cooling total.
void PlanReport::rackFacilityLoad(const Formulation::Supply &supply, double air, double liquid)
{
    const double kw = air + liquid;
    for (const NodeLoad &l : supply.loads) {
        const size_t n = size_t(l.node);
        const double draw = air * l.perAirKw + liquid * l.perLiquidKw;
        m_nodeLoad[n] += kw * l.it + draw;
        m_nodeNormalLoad[n] += draw;
        m_nodeIt[n] += kw * l.rawIt;
        m_nodeMechanical[n] += air * l.rawPerAirKw + liquid * l.rawPerLiquidKw;
    }
    for (const auto &[node, perKw] : supply.normalItLoads)
        m_nodeNormalLoad[size_t(node)] += kw * perKw;
    for (const auto &[units, heat] : { std::pair{ &supply.airUnits, air }, std::pair{ &supply.liquidUnits, liquid } })
        for (int u : *units)
            for (const int drawing : { u, m_f.unitPlant[size_t(u)] }) // the unit, then its plant
                if (drawing >= 0 && !m_f.units[size_t(drawing)]->feed.isNull())
                    m_plan.facilityLoad.cooling
                        += Kilowatts(m_f.unitDrawPerKw[size_t(drawing)] * heat / double(units->size()));
}

// IT and losses of the whole plan, the losses from each node's normal-operation load.
void PlanReport::facilityTotals()
{
    const Formulation &f = m_f;
    for (const RackPlacement &p : m_plan.placements)
        m_plan.facilityLoad.it += p.load;
    for (size_t n = 0; n < f.nodes.size(); ++n)
        if (f.nodeEnergized[n] && f.nodes[n].efficiency < 1)
            m_plan.facilityLoad.losses += Kilowatts(m_nodeNormalLoad[n] * (1 / f.nodes[n].efficiency - 1));
}

void PlanReport::placeRack(size_t gi, size_t r)
{
    const Formulation &f = m_f;
    const RackGroup &g = f.groups[gi];
    const RackContent &c = m_a[gi][r];
    RackPlacement placement;
    placement.rack = g.racks[r]->id;
    double air = 0, liquid = 0;
    for (const auto &[v, n] : c.systems) {
        const Variant &var = f.variants[size_t(v)];
        const int pinned = size_t(v) < c.pinned.size() ? c.pinned[size_t(v)] : 0;
        for (int part = 0; part < 2; ++part) {
            const int count = part == 0 ? pinned : n - pinned;
            if (count <= 0)
                continue;
            placement.systems.push_back({ var.model->id, var.operatingPoint, count, Kilowatts(var.powerKw * count),
                count * var.model->gpusPerSystem, part == 0,
                var.tenant < 0 ? TenantId() : f.tenants[size_t(var.tenant)]->id,
                var.cluster < 0 ? ClusterId() : f.clusters[size_t(var.cluster)].cluster->id });
        }
        liquid += n * var.powerKw * var.model->liquidFraction;
        air += n * var.powerKw * (1 - var.model->liquidFraction);
        m_placedByModel[size_t(var.pool)] += n;
    }
    m_airHeatOf.insert(g.racks[r], air);
    placement.load = Kilowatts(c.kw);
    placement.usedHeight = RackUnits(c.wholeRack ? g.racks[r]->height.value() : c.units);
    m_plan.placements.push_back(std::move(placement));
    const Formulation::Supply &supply = f.supplies[size_t(g.rackSupply[r])];
    rackFacilityLoad(supply, air, liquid);
    for (const auto &[units, heat] : { std::pair{ &supply.airUnits, air }, std::pair{ &supply.liquidUnits, liquid } }) {
        if (units->size() == 1)
            m_unitLoad[size_t(units->front())] += heat;
        else if (units->size() > 1 && heat > 0)
            m_pending.push_back({ units, heat });
    }
}

// Inlet temperatures of every rack (thermal model on).
void PlanReport::rackInlets()
{
    const Site &site = m_project.site;
    if (!site.thermal.enabled)
        return;
    std::vector<double> airHeat(site.racks.size(), 0.0);
    for (size_t i = 0; i < site.racks.size(); ++i)
        airHeat[i] = m_airHeatOf.value(&site.racks[i], 0.0);
    const std::vector<double> inlet = inletTemperatures(site, airHeat);
    for (size_t i = 0; i < site.racks.size(); ++i) {
        RackInlet in{ site.racks[i].id, Celsius(inlet[i]), site.thermal.inletLimit, false };
        in.binding = inlet[i] >= site.thermal.inletLimit.value() - 0.05;
        m_plan.inlets.push_back(in);
    }
}

// Heat of racks served by several units of one medium: split in proportion to headroom.
void PlanReport::splitSharedZones()
{
    for (const Pending &p : m_pending) {
        double room = 0;
        for (int u : *p.units)
            room += std::max(0.0, m_f.unitUsableKw[size_t(u)] - m_unitLoad[size_t(u)]);
        for (int u : *p.units) {
            const double share = room > 0 ? std::max(0.0, m_f.unitUsableKw[size_t(u)] - m_unitLoad[size_t(u)]) / room
                                          : 1.0 / double(p.units->size());
            m_unitLoad[size_t(u)] += p.heat * share;
        }
    }
}

namespace {

// Adds `result` to the plan's lots; a cluster's share of a lot (`share`) adds to the lot's entry.
void addLotResult(std::vector<LotResult> &lots, const LotResult &result, bool share)
{
    const auto same = share
        ? std::find_if(lots.begin(), lots.end(), [&](const LotResult &r) { return r.lot == result.lot; })
        : lots.end();
    if (same == lots.end()) {
        lots.push_back(result);
        return;
    }
    same->available += result.available;
    same->energized += result.energized;
}

} // namespace

void PlanReport::generationsAndLots()
{
    const Formulation &f = m_f;
    m_energizedOfLot.assign(f.lots.size(), 0);
    for (const LotCharge &charge : chargeLots(f, m_placedByModel))
        m_energizedOfLot[charge.lot] = charge.systems;
    listGenerations();
    for (size_t i = 0; i < f.lots.size(); ++i) {
        const LotInfo &l = f.lots[i];
        addLotResult(
            m_plan.lots, { l.lot->id, l.available, m_energizedOfLot[i], Money(l.monthlyDepreciation) }, l.cluster >= 0);
        GenerationResult &g = m_generations[l.model->generation];
        const int idle = l.available - m_energizedOfLot[i];
        g.energizedSystems += m_energizedOfLot[i];
        g.idleSystems += idle;
        g.energizedGpus += m_energizedOfLot[i] * l.model->gpusPerSystem;
        g.idleGpus += idle * l.model->gpusPerSystem;
        g.idleDepreciationPerMonth += Money(idle * l.monthlyDepreciation);
    }
    const Precision precision = m_plan.options.precision;
    for (const auto &group : m_a)
        for (const RackContent &c : group)
            for (const auto &[v, n] : c.systems) {
                const Variant &var = f.variants[size_t(v)];
                GenerationResult &g = m_generations[var.model->generation];
                g.energizedPower += Kilowatts(n * var.powerKw);
                g.energizedPflops += n * var.model->gpusPerSystem * var.model->tflopsPerGpu(precision).value()
                    * var.performance / 1000.0;
            }
    for (auto &[name, g] : m_generations)
        m_plan.generations.push_back(g);
    std::stable_sort(m_plan.generations.begin(), m_plan.generations.end(),
        [&](const auto &x, const auto &y) { return m_released[x.generation] < m_released[y.generation]; });
}

// Per owner (each tenant, then the operator's own lots): GPUs energized and idle from the lots'
// charges, kW from the placements, and the quota the plan sits at.
void PlanReport::tenantResults()
{
    const Formulation &f = m_f;
    if (!f.hasTenants())
        return;
    std::vector<TenantResult> out(f.tenants.size() + 1);
    for (size_t t = 0; t < f.tenants.size(); ++t)
        out[t] = { f.tenants[t]->id, f.tenants[t]->name, f.tenants[t]->priority, 0, 0, Kilowatts(0), Money(0), {} };
    out.back().name = QStringLiteral("operator's own");
    auto of = [&](int tenant) -> TenantResult & { return out[tenant < 0 ? f.tenants.size() : size_t(tenant)]; };
    for (size_t i = 0; i < f.lots.size(); ++i) {
        const LotInfo &l = f.lots[i];
        const int idle = l.available - m_energizedOfLot[i];
        of(l.tenant).energizedGpus += m_energizedOfLot[i] * l.model->gpusPerSystem;
        of(l.tenant).idleGpus += idle * l.model->gpusPerSystem;
        of(l.tenant).idleDepreciationPerMonth += Money(idle * l.monthlyDepreciation);
    }
    for (const auto &group : m_a)
        for (const RackContent &c : group)
            for (const auto &[v, n] : c.systems)
                of(f.variants[size_t(v)].tenant).energizedPower += Kilowatts(n * f.variants[size_t(v)].powerKw);
    for (size_t t = 0; t < f.tenants.size(); ++t) {
        const Tenant &tenant = *f.tenants[t];
        TenantResult &r = out[t];
        if (tenant.maxGpus && r.energizedGpus >= *tenant.maxGpus)
            r.bindingQuota = QStringLiteral("maxGpus");
        else if (tenant.maxMegawatts && r.energizedPower.value() >= *tenant.maxMegawatts * 1000 * (1 - 1e-6))
            r.bindingQuota = QStringLiteral("maxMegawatts");
        else if (tenant.minGpus && r.energizedGpus == *tenant.minGpus)
            r.bindingQuota = QStringLiteral("minGpus");
    }
    m_plan.tenants = std::move(out);
}

// Every generation of the fleet appears, even one with nothing delivered yet.
void PlanReport::listGenerations()
{
    for (const FleetLot &lot : m_project.fleet)
        if (const SystemModel *m = m_project.model(lot.model, m_catalog))
            if (!m_generations.count(m->generation)) {
                m_generations[m->generation].generation = m->generation;
                m_released[m->generation] = m->released;
            }
    for (const Variant &var : m_f.variants)
        if (!m_generations.count(var.model->generation)) {
            m_generations[var.model->generation].generation = var.model->generation;
            m_released[var.model->generation] = var.model->released;
        }
}
void describePlan(CapacityPlan &plan, const Project &project, const Catalog &catalog, const Formulation &f,
    const Assignment &a, const std::vector<double> &duals)
{
    PlanReport(plan, project, catalog, f, a).run(duals);
    plan.clusters = clusterResults(f, a);
}

} // namespace warmshell::solver
