// SPDX-License-Identifier: GPL-3.0-or-later
#include "formulation.h"

#include "catalog.h"
#include "clusters.h"
#include "facilityload.h"
#include "finance/depreciation.h"
#include "formulationmatrix.h"
#include "measuredcredit.h"
#include "rackgroups.h"
#include "rackslots.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <map>

namespace warmshell::solver {

namespace {

// Energized nodes: commissioned by `date` and fed from a commissioned source through
// commissioned nodes.
std::vector<bool> energizedNodes(const PowerChain &chain, const std::vector<PowerNode> &nodes, const QDate &date)
{
    const auto &g = chain.graph();
    std::vector<bool> energized(nodes.size(), false);
    std::vector<PowerChain::Vertex> stack;
    for (auto v : boost::make_iterator_range(boost::vertices(g)))
        if (isSource(g[v].kind) && g[v].isCommissionedBy(date)) {
            energized[v] = true;
            stack.push_back(v);
        }
    while (!stack.empty()) {
        const auto v = stack.back();
        stack.pop_back();
        for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
            const auto w = boost::target(e, g);
            if (!energized[w] && g[w].isCommissionedBy(date) && !isSource(g[w].kind)) {
                energized[w] = true;
                stack.push_back(w);
            }
        }
    }
    return energized;
}

QString operatingPointLabel()
{
    return QStringLiteral("full power");
}

// Whether `node` gets a reserve row under the policy: energized with more than one module.
bool hasReserve(const Formulation &f, size_t node)
{
    return f.reservePolicy && f.nodeEnergized[node] && f.nodes[node].redundancy.installedModules() > 1;
}

// Power nodes at the date: energized or not, and their usable capacity (with the reserve
// policy, a redundant node's installed capacity × derating).
void addPowerNodes(Formulation &f, const PowerChain &chain)
{
    f.nodes = chain.nodes();
    f.nodeEnergized = energizedNodes(chain, f.nodes, f.date);
    for (size_t i = 0; i < f.nodes.size(); ++i) {
        f.nodeIndex.insert(f.nodes[i].id, int(i));
        const PowerNode &n = f.nodes[i];
        f.nodeUsableKw.push_back(!f.nodeEnergized[i] ? 0.0
                : hasReserve(f, i)                   ? n.installedCapacity(f.date).value() * n.derating
                                                     : n.usableCapacity(f.date).value());
    }
}

// With the reserve policy: what each redundant node keeps for racks when one module fails.
// Needs the fixed loads.
void addReserveCapacities(Formulation &f)
{
    f.nodeReserveAvailableKw.assign(f.nodes.size(), std::numeric_limits<double>::infinity());
    for (size_t i = 0; i < f.nodes.size(); ++i)
        if (hasReserve(f, i)) {
            const PowerNode &n = f.nodes[i];
            f.nodeReserveAvailableKw[i]
                = n.moduleCapacity(f.date).value() * (n.redundancy.installedModules() - 1) * n.derating
                - f.nodeFixedKw[i];
        }
}

// The class of each model's systems (the class of its lots; validation makes every lot of a
// model agree): the kW per system a failure leaves of each variant.
void setFailurePower(Formulation &f, const Project &project)
{
    for (Variant &v : f.variants) {
        v.failureKw = v.powerKw;
        if (!f.reservePolicy)
            continue;
        const auto lot = std::find_if(project.fleet.begin(), project.fleet.end(),
            [&](const FleetLot &l) { return l.model == v.model->id && l.isInterruptible(); });
        if (lot == project.fleet.end())
            continue;
        const auto point = std::find_if(v.model->operatingPoints.begin(), v.model->operatingPoints.end(),
            [&](const OperatingPoint &op) { return op.name == lot->cappedTo; });
        const double capped = lot->cappedTo.isEmpty() || point == v.model->operatingPoints.end()
            ? 0.0
            : v.model->power.value() * point->powerFraction;
        v.failureKw = std::min(v.powerKw, capped);
    }
}

// Cooling units at the date: live (commissioned, and fed when they have a feed) or not, and
// their usable capacity.
// Plant units at their worst month of f.months (capacity and draw factors); a room unit whose
// plant is not live is not live.
void addCoolingUnits(Formulation &f, const std::vector<CoolingUnit> &units)
{
    for (size_t i = 0; i < units.size(); ++i) {
        const CoolingUnit &u = units[i];
        f.units.push_back(&u);
        f.unitIndex.insert(u.id, int(i));
        // A unit with a feed runs only while its feed is energized.
        const int feed = f.nodeIndex.value(u.feed, -1);
        const bool live = (u.commissioned.isNull() || u.commissioned <= f.date) && !u.isOutAt(f.date)
            && (u.feed.isNull() || (feed >= 0 && f.nodeEnergized[size_t(feed)]));
        f.unitLive.push_back(live);
        f.unitCondition.push_back(isPlant(u.kind) ? plantCondition(u, f.months) : PlantCondition{});
        f.unitDrawPerKw.push_back(u.drawKwPerKw * f.unitCondition.back().drawFactor);
    }
    for (size_t i = 0; i < units.size(); ++i) {
        const CoolingUnit &u = units[i];
        const int plant = isPlant(u.kind) || u.rejectsTo.isNull() ? -1 : f.unitIndex.value(u.rejectsTo, -1);
        f.unitPlant.push_back(plant);
        if (plant >= 0 && !f.unitLive[size_t(plant)])
            f.unitLive[i] = false;
        f.unitUsableKw.push_back(
            f.unitLive[i] ? u.usableCapacity(f.date).value() * f.unitCondition[i].capacityFactor : 0.0);
    }
}

// The project's tenants and their priority tiers: distinct priorities, highest first, then the
// operator's own lots.
void addTenants(Formulation &f, const Project &project)
{
    std::vector<int> priorities;
    for (const Tenant &t : project.tenants) {
        f.tenants.push_back(&t);
        priorities.push_back(t.priority);
    }
    std::sort(priorities.begin(), priorities.end(), std::greater<>());
    priorities.erase(std::unique(priorities.begin(), priorities.end()), priorities.end());
    for (const Tenant &t : project.tenants)
        f.tenantTier.push_back(int(std::find(priorities.begin(), priorities.end(), t.priority) - priorities.begin()));
    f.tiers = int(priorities.size()) + 1;
}

// Lots available at the date, and the fleet pools (model, owner) they bring.
void addLots(Formulation &f, const Project &project, const Catalog &catalog)
{
    const QDate date = f.date;
    std::map<std::pair<SystemModelId, int>, int> poolIndex;
    for (const FleetLot &lot : project.fleet) {
        const SystemModel *m = project.model(lot.model, catalog);
        if (!m || !lot.delivered.isValid() || lot.delivered > date || (lot.retire.isValid() && lot.retire <= date))
            continue;
        LotInfo info;
        info.lot = &lot;
        info.model = m;
        info.available = lot.count;
        info.monthlyDepreciation = monthlyDepreciation(lot.depreciation, lot.unitCost, lot.delivered, date).value();
        info.tenant = tenantIndex(project, lot.tenant);
        const auto [pool, added] = poolIndex.emplace(std::pair(m->id, info.tenant), int(f.models.size()));
        if (added) {
            f.models.push_back(m);
            f.modelTenant.push_back(info.tenant);
        }
        info.pool = pool->second;
        f.lots.push_back(info);
    }
}

// Variants (full power and operating points) of each pool and their shapes; returns each
// pool's full-power variant.
FullPowerVariants addVariants(Formulation &f)
{
    auto shapeOf = [&](const Shape &s) {
        const auto it = std::find(f.shapes.begin(), f.shapes.end(), s);
        if (it != f.shapes.end())
            return int(it - f.shapes.begin());
        f.shapes.push_back(s);
        return int(f.shapes.size() - 1);
    };
    FullPowerVariants fullPowerVariant;
    for (size_t pool = 0; pool < f.models.size(); ++pool) {
        const SystemModel *m = f.models[pool];
        auto add = [&](const QString &name, bool full, double powerFraction, double performance) {
            Variant v;
            v.model = m;
            v.pool = int(pool);
            v.tenant = f.modelTenant[pool];
            v.cluster = f.clusterOfPool(pool);
            v.operatingPoint = name;
            v.fullPower = full;
            v.powerKw = m->power.value() * powerFraction;
            v.performance = performance;
            v.shape = shapeOf({ v.powerKw, m->wholeRack ? 0 : m->height.value(), m->weight.value(), m->wholeRack,
                m->cooling == CoolingType::Liquid });
            if (full && v.cluster < 0) // pinned systems are loose, never a cluster's
                fullPowerVariant.emplace(std::pair(m->id, v.tenant), int(f.variants.size()));
            f.variants.push_back(v);
        };
        add(operatingPointLabel(), true, 1.0, 1.0);
        for (const OperatingPoint &op : m->operatingPoints)
            add(op.name, false, op.powerFraction, op.performanceFraction);
    }
    return fullPowerVariant;
}

} // namespace

LargeVector<double> Formulation::objectiveCoefficients(Objective objective, Precision precision, int tier) const
{
    LargeVector<double> c(columns.size(), 0.0);
    for (size_t j = 0; j < columns.size(); ++j) {
        const ColumnInfo &col = columns[j];
        if (objective == Objective::IdleCost) {
            if (col.kind == ColumnKind::LotUse && (tier < 0 || tierOf(lots[size_t(col.index)].tenant) == tier))
                c[j] = lots[size_t(col.index)].monthlyDepreciation;
            continue;
        }
        if (col.kind != ColumnKind::Systems)
            continue;
        const Variant &v = variants[size_t(col.index)];
        if (tier >= 0 && tierOf(v.tenant) != tier)
            continue;
        if (objective == Objective::Gpus)
            c[j] = v.model->gpusPerSystem;
        else
            c[j] = v.model->gpusPerSystem * v.model->tflopsPerGpu(precision).value() * v.performance / 1000.0;
    }
    return c;
}

double Formulation::totalMonthlyDepreciation() const
{
    double total = 0;
    for (const LotInfo &l : lots)
        total += l.available * l.monthlyDepreciation;
    return total;
}

Eigen::SparseMatrix<double, Eigen::RowMajor> Formulation::matrix() const
{
    Eigen::SparseMatrix<double, Eigen::RowMajor> m(Eigen::Index(rows.size()), Eigen::Index(columns.size()));
    m.setFromTriplets(entries.begin(), entries.end());
    return m;
}

int Formulation::columnOf(ColumnKind kind, int group, int index) const
{
    if (kind == ColumnKind::LotUse)
        return index >= 0 && size_t(index) < lots.size() ? groupFirstColumn.back() + index : -1;
    if (kind == ColumnKind::ClusterDomain)
        return clusterColumn(*this, index);
    if (group < 0 || size_t(group) >= groups.size() || index < 0)
        return -1;
    const int first = groupFirstColumn[size_t(group)];
    switch (kind) {
    case ColumnKind::Pattern:
        return size_t(index) < groups[size_t(group)].patterns.size() ? first + index : -1;
    case ColumnKind::Systems:
        return size_t(index) < variants.size() ? systemsColumn[size_t(group) * variants.size() + size_t(index)] : -1;
    case ColumnKind::RackSlots: {
        const RackGroup &g = groups[size_t(group)];
        return g.hasSlotColumns() && size_t(index) < g.racks.size() * g.slotShapes.size() ? first + index : -1;
    }
    case ColumnKind::HeatShare:
        for (int j = first; j < groupFirstColumn[size_t(group) + 1]; ++j)
            if (columns[size_t(j)].kind == ColumnKind::HeatShare && columns[size_t(j)].index == index)
                return j;
        return -1;
    case ColumnKind::LotUse:
    case ColumnKind::ClusterDomain:
        break;
    }
    return -1;
}

QString Formulation::columnName(int j) const
{
    const ColumnInfo &c = columns[size_t(j)];
    switch (c.kind) {
    case ColumnKind::Pattern:
        return QStringLiteral("y_g%1_p%2").arg(c.group).arg(c.index);
    case ColumnKind::Systems:
        return QStringLiteral("z_g%1_%2_v%3")
            .arg(c.group)
            .arg(variants[size_t(c.index)].model->id.toString())
            .arg(c.index);
    case ColumnKind::RackSlots: {
        const size_t shapes = groups[size_t(c.group)].slotShapes.size();
        return QStringLiteral("c_g%1_r%2_s%3")
            .arg(c.group)
            .arg(size_t(c.index) / shapes)
            .arg(groups[size_t(c.group)].slotShapes[size_t(c.index) % shapes]);
    }
    case ColumnKind::HeatShare:
        return QStringLiteral("h_g%1_%2").arg(c.group).arg(units[size_t(c.index)]->id.toString());
    case ColumnKind::LotUse:
        return lots[size_t(c.index)].cluster < 0
            ? QStringLiteral("u_%1").arg(lots[size_t(c.index)].lot->id.toString())
            : QStringLiteral("u_%1_%2").arg(lots[size_t(c.index)].lot->id.toString(),
                clusters[size_t(lots[size_t(c.index)].cluster)].cluster->id.toString());
    case ColumnKind::ClusterDomain:
        return clusterColumnName(*this, c.index);
    }
    return {};
}

Formulation buildFormulation(const Project &project, const Catalog &catalog, const SolveOptions &options)
{
    Formulation f;
    const Site &site = project.site;
    f.date = options.date.isValid() ? options.date : site.planStart;
    f.months = monthsCovered(f.date, options.climateThrough);
    f.reservePolicy = site.allowInterruptibleOnReserve;
    addPowerNodes(f, site.power);
    addCoolingUnits(f, site.coolingUnits);
    NodeMultipliers multipliers(f, site.power);
    addFixedLoads(f, site, multipliers);
    addMeasuredCredits(f, project, catalog, options, multipliers);
    addReserveCapacities(f);
    addTenants(f, project);
    addLots(f, project, catalog);
    addClusterPools(f, project, catalog);
    const FullPowerVariants fullPowerVariant = addVariants(f);
    setFailurePower(f, project);
    const UsableRacks usable = addSupplies(f, site, multipliers);
    markBindingCapacities(f, usable);
    const ThermalTerms thermal = addThermalLimits(f, site, usable);
    groupRacks(f, usable, thermal, site, f.hasTenants() ? rackReservations(project) : std::vector<int>{},
        clusterRackKeys(f, project));
    markHalls(f, site);
    addPatterns(f, fullPowerVariant, options.patternBudget);
    f.tooLarge = modelSizeRefusal(f);
    if (!f.tooLarge.isEmpty())
        return f;
    addColumns(f);
    addRows(f);
    return f;
}

} // namespace warmshell::solver
