// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackgroups.h"

#include "clusters.h"
#include "facilityload.h"
#include "flatlist.h"
#include "problemtext.h"
#include "rackslots.h"

#include <algorithm>
#include <map>
#include <span>
#include <string>
#include <unordered_map>

namespace warmshell::solver {

namespace {

constexpr double kMargin = 1e-6; // kW, or °C: how far a limit must be passed to bind

// A map key built from raw bytes (numbers formatted as text cost more than the rest of the
// grouping on a 40,000-rack site). Equal keys mean equal values, field by field.
class BinaryKey
{
public:
    BinaryKey &operator<<(double x) { return raw(&x, sizeof x); }
    BinaryKey &operator<<(int x) { return raw(&x, sizeof x); }
    BinaryKey &operator<<(const QString &x)
    {
        *this << int(x.size());
        return raw(x.constData(), size_t(x.size()) * sizeof(QChar));
    }
    BinaryKey &operator<<(std::span<const int> list)
    {
        *this << int(list.size());
        return raw(list.data(), list.size() * sizeof(int));
    }
    const std::string &bytes() const { return m_bytes; }

private:
    BinaryKey &raw(const void *data, size_t size)
    {
        m_bytes.append(static_cast<const char *>(data), size);
        return *this;
    }
    std::string m_bytes;
};

// Per power node: the node and every energized node it draws from, sorted; found once per node.
class UpstreamNodes
{
public:
    UpstreamNodes(const PowerChain::Graph &g, const std::vector<bool> &energized) : m_g(g), m_energized(energized) { }

    // (A reference valid until the next call.)
    const std::vector<int> &of(int v)
    {
        auto it = m_cache.find(v);
        if (it == m_cache.end())
            it = m_cache.insert(v, search(PowerChain::Vertex(v)));
        return *it;
    }

private:
    std::vector<int> search(PowerChain::Vertex v) const
    {
        std::vector<int> out{ int(v) };
        std::vector<bool> seen(m_energized.size(), false);
        seen[v] = true;
        std::vector<PowerChain::Vertex> stack{ v };
        while (!stack.empty()) {
            const auto x = stack.back();
            stack.pop_back();
            for (auto e : boost::make_iterator_range(boost::in_edges(x, m_g))) {
                const auto u = boost::source(e, m_g);
                if (!seen[u] && m_energized[u]) {
                    seen[u] = true;
                    out.push_back(int(u));
                    stack.push_back(u);
                }
            }
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    const PowerChain::Graph &m_g;
    const std::vector<bool> &m_energized;
    QHash<int, std::vector<int>> m_cache;
};

// Per rack (site.racks order): the live cooling units serving it, in unit order.
struct LiveUnits
{
    FlatList<int> air, liquid;
};

LiveUnits liveUnitsPerRack(const Formulation &f, const Site &site)
{
    QHash<RackId, int> rackIndex;
    rackIndex.reserve(qsizetype(site.racks.size()));
    for (size_t i = 0; i < site.racks.size(); ++i)
        rackIndex.insert(site.racks[i].id, int(i));
    FlatListBuilder<int> air(site.racks.size()), liquid(site.racks.size());
    // Calls visit(list of its medium, rack, unit) for every rack a live unit serves, in unit order.
    auto forServedRacks = [&](auto visit) {
        for (size_t i = 0; i < site.coolingUnits.size(); ++i) {
            const CoolingUnit &u = site.coolingUnits[i];
            if (!f.unitLive[i])
                continue;
            FlatListBuilder<int> &list = heatMedium(u.kind) == HeatMedium::Liquid ? liquid : air;
            for (const RackId &r : u.serves)
                if (const int k = rackIndex.value(r, -1); k >= 0)
                    visit(list, size_t(k), int(i));
        }
    };
    forServedRacks([](FlatListBuilder<int> &list, size_t rack, int) { list.count(rack); });
    air.allocate();
    liquid.allocate();
    forServedRacks([](FlatListBuilder<int> &list, size_t rack, int unit) { list.fill(rack, unit); });
    return { air.take(), liquid.take() };
}

// The supply of a rack fed from node a (and b, when b ≥ 0) and cooled by these units.
Formulation::Supply supplyOf(const Formulation &f, int a, int b, std::span<const int> air, std::span<const int> liquid,
    UpstreamNodes &upstream, NodeMultipliers &multipliers)
{
    Formulation::Supply supply;
    supply.loads = rackNodeLoads(f, a, b, air, liquid, multipliers);
    supply.normalItLoads = normalOperationItLoads(a, b, multipliers);
    supply.nodes = upstream.of(a);
    if (b >= 0) {
        const auto &more = upstream.of(b);
        std::vector<int> merged;
        std::set_union(supply.nodes.begin(), supply.nodes.end(), more.begin(), more.end(), std::back_inserter(merged));
        supply.nodes = std::move(merged);
    }
    supply.airUnits.assign(air.begin(), air.end());
    supply.liquidUnits.assign(liquid.begin(), liquid.end());
    return supply;
}

// What of a rack's supply can bind: nodes, and the units of each medium unless a unit that
// cannot bind serves the rack too (then that heat is unconstrained).
struct BindingSupply
{
    std::vector<int> nodes, air, liquid;
    std::vector<NodeLoad> loads; // parallel to nodes
    bool airFree = false, liquidFree = false;
};

BindingSupply bindingSupply(const Formulation &f, const Formulation::Supply &supply)
{
    BindingSupply s;
    for (const NodeLoad &load : supply.loads)
        if (f.nodeCanBind[size_t(load.node)]) {
            s.nodes.push_back(load.node);
            s.loads.push_back(load);
        }
    s.airFree
        = std::any_of(supply.airUnits.begin(), supply.airUnits.end(), [&](int u) { return !f.unitCanBind[size_t(u)]; });
    s.liquidFree = std::any_of(
        supply.liquidUnits.begin(), supply.liquidUnits.end(), [&](int u) { return !f.unitCanBind[size_t(u)]; });
    if (!s.airFree)
        s.air = supply.airUnits;
    if (!s.liquidFree)
        s.liquid = supply.liquidUnits;
    return s;
}

// How far the site's systems can load a rack: the most kW and kg per U of the systems that
// are not whole racks, and the most kW and kg of one whole-rack system.
struct ShapeReach
{
    double kwPerU = 0, kgPerU = 0, wholeRackKw = 0, wholeRackKg = 0;
};

ShapeReach shapeReach(const std::vector<Shape> &shapes)
{
    ShapeReach reach;
    for (const Shape &s : shapes)
        if (s.wholeRack) {
            reach.wholeRackKw = std::max(reach.wholeRackKw, s.powerKw);
            reach.wholeRackKg = std::max(reach.wholeRackKg, s.weightKg);
        } else {
            reach.kwPerU = std::max(reach.kwPerU, s.powerKw / std::max(s.heightU, 1));
            reach.kgPerU = std::max(reach.kgPerU, s.weightKg / std::max(s.heightU, 1));
        }
    return reach;
}

// A rack's power (kW) and weight (kg) limits as far as they can bind, -1 for a limit that no
// contents fitting the rack's height can reach: racks that differ only in such limits hold
// exactly the same contents, so they share a group and a pattern list.
struct BindingLimits
{
    double kw, kg;
};

BindingLimits bindingLimits(const Rack &rack, const ShapeReach &reach)
{
    const double height = rack.height.value();
    const double kw = rack.powerLimit.value(), kg = rack.weightLimit.value();
    return { kw >= std::max(reach.wholeRackKw, height * reach.kwPerU) ? -1 : kw,
        kg >= std::max(reach.wholeRackKg, height * reach.kgPerU) ? -1 : kg };
}

// Equal for racks that can share a group; a rack with thermal terms (`alone`) shares none.
std::string groupKey(const Rack &rack, const BindingLimits &limits, const Formulation::Supply &supply,
    const BindingSupply &s, bool alone, int reservedFor, int fabricKey)
{
    BinaryKey key;
    key << reservedFor << fabricKey << limits.kw << rack.height.value() << limits.kg << int(rack.cooling)
        << int(s.airFree) << int(s.liquidFree) << int(!supply.liquidUnits.empty()) << s.nodes << s.air << s.liquid
        << int(rack.pinned.size());
    for (const NodeLoad &load : s.loads) // racks that weigh differently on a node are not interchangeable
        key << load.it << load.perAirKw << load.perLiquidKw;
    for (const PinnedSystems &pin : rack.pinned)
        key << pin.model.toString() << pin.count;
    if (alone)
        key << rack.id.toString();
    return key.bytes();
}

RackGroup newGroup(const Formulation &f, const Formulation::Supply &supply, BindingSupply s)
{
    RackGroup g;
    g.nodes = std::move(s.nodes);
    g.nodeLoads = std::move(s.loads);
    g.airUnits = std::move(s.air);
    g.liquidUnits = std::move(s.liquid);
    g.airFree = s.airFree;
    g.liquidFree = s.liquidFree;
    g.hasAir = !supply.airUnits.empty();
    g.hasLiquid = !supply.liquidUnits.empty();
    g.pinnedPerRack.assign(f.variants.size(), 0);
    return g;
}

// The group's racks as the planner named them (objectName()): "Rack B-01" alone, else
// "Rack 1A-01 … Rack 1A-06 (6 racks)".
QString groupLabel(const RackGroup &g)
{
    const Rack &first = *g.racks.front();
    return g.racks.size() == 1
        ? objectName(first)
        : QStringLiteral("%1 … %2 (%3 racks)").arg(objectName(first), objectName(*g.racks.back())).arg(g.racks.size());
}

// Fills g.variants with the variants its racks can hold; returns their shapes, ascending.
std::vector<int> allowVariants(const Formulation &f, RackGroup &g)
{
    const Rack &proto = *g.racks.front();
    std::vector<int> allowedShapes;
    for (size_t v = 0; v < f.variants.size(); ++v) {
        const Variant &var = f.variants[v];
        const Shape &s = f.shapes[size_t(var.shape)];
        const double lf = var.model->liquidFraction;
        if (s.needsLiquid && proto.cooling != CoolingType::Liquid)
            continue;
        if (g.reservedFor >= 0 && var.tenant != g.reservedFor)
            continue; // a reserved rack holds its tenant's systems alone
        if (var.cluster >= 0 && clusterDomainOfGroup(f, var.cluster, g) < 0)
            continue; // a cluster's systems stand in its domains alone
        if (lf > 0 && !g.hasLiquid)
            continue;
        if (lf < 1 && !g.hasAir)
            continue;
        g.variants.push_back(int(v));
        if (std::find(allowedShapes.begin(), allowedShapes.end(), var.shape) == allowedShapes.end())
            allowedShapes.push_back(var.shape);
    }
    std::sort(allowedShapes.begin(), allowedShapes.end());
    return allowedShapes;
}

// Fills g.pinnedPerRack from its racks' pinned contents; returns the systems each rack must
// hold, per shape.
std::vector<int> pinContents(const Formulation &f, RackGroup &g, const FullPowerVariants &fullPowerVariant)
{
    std::vector<int> required(f.shapes.size(), 0);
    for (const PinnedSystems &pin : g.racks.front()->pinned) {
        const auto found = fullPowerVariant.find(std::pair(pin.model, g.reservedFor));
        const int v = found == fullPowerVariant.end() ? -1 : found->second;
        if (v < 0 || std::find(g.variants.begin(), g.variants.end(), v) == g.variants.end())
            continue; // reported by the solver's pinned check
        g.pinnedPerRack[size_t(v)] += pin.count;
        required[size_t(f.variants[size_t(v)].shape)] += pin.count;
    }
    return required;
}

PatternList sharedList(std::vector<std::vector<int>> list)
{
    return PatternList(std::make_shared<const std::vector<std::vector<int>>>(std::move(list)));
}

// Equal for racks with the same pattern list.
QString patternKey(const Rack &proto, const BindingLimits &limits, const std::vector<int> &allowedShapes,
    const std::vector<int> &required)
{
    QString key
        = QStringLiteral("%1|%2|%3|").arg(limits.kw, 0, 'g', 17).arg(proto.height.value()).arg(limits.kg, 0, 'g', 17);
    for (int s : allowedShapes)
        key += QString::number(s) + QLatin1Char(',');
    key += QLatin1Char('|');
    for (int r : required)
        key += QString::number(r) + QLatin1Char(',');
    return key;
}

// Whether the fixed load of a node the supply's load reaches already passes its capacity.
bool reachesOverloadedNode(const Formulation &f, const Formulation::Supply &supply)
{
    return std::any_of(supply.loads.begin(), supply.loads.end(),
        [&](const NodeLoad &l) { return f.nodeAvailableKw[size_t(l.node)] < -kMargin; });
}

} // namespace

UsableRacks addSupplies(Formulation &f, const Site &site, NodeMultipliers &multipliers)
{
    const LiveUnits units = liveUnitsPerRack(f, site);
    UpstreamNodes upstream(site.power.graph(), f.nodeEnergized);
    std::unordered_map<std::string, int> supplyByKey;
    UsableRacks usable;
    for (const Rack &rack : site.racks) {
        const int a = f.nodeIndex.value(rack.feedA, -1);
        const int b = rack.isDualFed() ? f.nodeIndex.value(rack.feedB, -1) : -2;
        const size_t k = size_t(&rack - site.racks.data());
        const std::span<const int> air = units.air[k], liquid = units.liquid[k];
        if (a < 0 || !f.nodeEnergized[size_t(a)] || b == -1 || (b >= 0 && !f.nodeEnergized[size_t(b)]) || air.empty()) {
            f.deadRacks.push_back(&rack);
            continue;
        }
        BinaryKey key;
        key << a << b << air << liquid;
        auto [it, inserted] = supplyByKey.emplace(key.bytes(), int(f.supplies.size()));
        if (inserted)
            f.supplies.push_back(supplyOf(f, a, b, air, liquid, upstream, multipliers));
        if (reachesOverloadedNode(f, f.supplies[size_t(it->second)])) {
            f.deadRacks.push_back(&rack);
            continue;
        }
        usable.emplace_back(&rack, it->second);
    }
    return usable;
}

void markBindingCapacities(Formulation &f, const UsableRacks &usable)
{
    // A rack never draws (or sends as heat) more than its power limit; on a node that is at
    // most its limit × the larger of its weights for all-air and all-liquid heat.
    std::vector<double> possibleLoad(f.nodes.size(), 0.0), possibleHeat(f.units.size(), 0.0);
    for (const auto &[rack, supplyIndex] : usable) {
        const Formulation::Supply &supply = f.supplies[size_t(supplyIndex)];
        for (const NodeLoad &l : supply.loads)
            possibleLoad[size_t(l.node)] += rack->powerLimit.value() * std::max(l.perSystemKw(0.0), l.perSystemKw(1.0));
        std::vector<int> plants; // each plant the rack's heat reaches counts its limit once
        for (const auto *units : { &supply.airUnits, &supply.liquidUnits })
            for (int u : *units) {
                possibleHeat[size_t(u)] += rack->powerLimit.value();
                if (const int plant = f.unitPlant[size_t(u)];
                    plant >= 0 && std::find(plants.begin(), plants.end(), plant) == plants.end())
                    plants.push_back(plant);
            }
        for (int plant : plants)
            possibleHeat[size_t(plant)] += rack->powerLimit.value();
    }
    f.nodeCanBind.resize(f.nodes.size());
    for (size_t n = 0; n < f.nodes.size(); ++n)
        f.nodeCanBind[n] = possibleLoad[n] > std::min(f.nodeAvailableKw[n], f.nodeReserveAvailableKw[n]) + kMargin;
    f.unitCanBind.resize(f.units.size());
    for (size_t u = 0; u < f.units.size(); ++u)
        f.unitCanBind[u] = possibleHeat[u] > f.unitUsableKw[u] + kMargin;
    // A room unit whose plant can bind keeps its heat terms (the plant's row sums them).
    for (size_t u = 0; u < f.units.size(); ++u)
        if (const int plant = f.unitPlant[u]; plant >= 0 && f.unitCanBind[size_t(plant)])
            f.unitCanBind[u] = true;
}

// With every usable rack at its power limit (all of it air heat, the most any rack can
// exhaust), does some inlet pass the limit? Racks whose exhaust reaches such an inlet are kept
// apart (own group, own terms).
ThermalTerms addThermalLimits(Formulation &f, const Site &site, const UsableRacks &usable)
{
    ThermalTerms termsOf;
    if (!site.thermal.enabled)
        return termsOf;
    const Eigen::SparseMatrix<double> d = recirculationMatrix(site);
    QHash<const Rack *, int> siteIndex;
    for (size_t i = 0; i < site.racks.size(); ++i)
        siteIndex.insert(&site.racks[i], int(i));
    Eigen::VectorXd worst = Eigen::VectorXd::Zero(d.cols());
    std::vector<bool> isUsable(site.racks.size(), false);
    for (const auto &[rack, supplyIndex] : usable) {
        worst[siteIndex.value(rack)] = rack->powerLimit.value();
        isUsable[size_t(siteIndex.value(rack))] = true;
    }
    const Eigen::VectorXd rise = d * worst;
    const double headroom = site.thermal.inletLimit.value() - site.thermal.supply.value();
    const Eigen::SparseMatrix<double, Eigen::RowMajor> byInlet(d);
    for (Eigen::Index i = 0; i < byInlet.rows(); ++i) {
        if (rise[i] <= headroom + kMargin)
            continue;
        const int row = int(f.thermal.size());
        f.thermal.push_back({ &site.racks[size_t(i)], headroom });
        for (Eigen::SparseMatrix<double, Eigen::RowMajor>::InnerIterator it(byInlet, i); it; ++it)
            if (isUsable[size_t(it.col())] && it.value() > 0)
                termsOf[&site.racks[size_t(it.col())]].emplace_back(row, it.value());
    }
    return termsOf;
}

void groupRacks(Formulation &f, const UsableRacks &usable, const ThermalTerms &thermal, const Site &site,
    const std::vector<int> &reservedFor, const std::vector<int> &fabricKey)
{
    const ShapeReach reach = shapeReach(f.shapes);
    std::unordered_map<std::string, int> groupByKey;
    for (const auto &[rack, supplyIndex] : usable) {
        const Formulation::Supply &supply = f.supplies[size_t(supplyIndex)];
        BindingSupply binding = bindingSupply(f, supply);
        const auto terms = thermal.constFind(rack);
        const bool alone = terms != thermal.cend();
        const int tenant = reservedFor.empty() ? -1 : reservedFor[size_t(rack - site.racks.data())];
        const int fabric = fabricKey.empty() ? -1 : fabricKey[size_t(rack - site.racks.data())];
        auto [it, inserted] = groupByKey.emplace(
            groupKey(*rack, bindingLimits(*rack, reach), supply, binding, alone, tenant, fabric), int(f.groups.size()));
        if (inserted) {
            f.groups.push_back(newGroup(f, supply, std::move(binding)));
            f.groups.back().reservedFor = tenant;
            if (alone)
                f.groups.back().thermal = *terms;
        }
        f.groups[size_t(it->second)].racks.push_back(rack);
        f.groups[size_t(it->second)].rackSupply.push_back(supplyIndex);
    }
}

void markHalls(Formulation &f, const Site &site)
{
    QHash<HallId, int> hallIndex;
    for (size_t i = 0; i < site.halls.size(); ++i)
        hallIndex.insert(site.halls[i].id, int(i));
    QHash<RowId, int> hallOfRow; // rows whose hall exists
    for (const Row &row : site.rows)
        if (const int h = hallIndex.value(row.hall, -1); h >= 0)
            hallOfRow.insert(row.id, h);
    for (RackGroup &g : f.groups) {
        g.hall = g.racks.empty() ? -1 : hallOfRow.value(g.racks.front()->row, -1);
        for (const Rack *rack : g.racks)
            if (hallOfRow.value(rack->row, -1) != g.hall)
                g.hall = -1;
    }
}

namespace {

// Counts the racks of `groups` (racks in the thermal model, each a group of its own with more
// than kThermalRackPatterns patterns; with the shapes each can hold) when their patterns
// together pass kThermalPatternColumns (rackslots.h).
void countThermalRacks(std::vector<std::pair<RackGroup *, std::vector<int>>> &groups)
{
    size_t columns = 0;
    for (const auto &[g, shapes] : groups)
        columns += g->patterns.size();
    if (columns <= kThermalPatternColumns)
        return;
    for (auto &[g, shapes] : groups) {
        g->patterns = {};
        g->slotShapes = std::move(shapes);
    }
}

} // namespace

void addPatterns(Formulation &f, const FullPowerVariants &fullPowerVariant, size_t patternBudget)
{
    // Racks in the thermal model with many patterns, and the shapes each can hold.
    std::vector<std::pair<RackGroup *, std::vector<int>>> manyPatterns;
    const ShapeReach reach = shapeReach(f.shapes);
    // Pattern lists by rack limits, allowed shapes and required contents; a list cut at the
    // limit it was enumerated with is kept empty and marked incomplete.
    struct Cached
    {
        PatternList list;
        bool complete = true;
    };
    std::map<QString, Cached> cache;
    size_t budget = patternBudget; // patterns enumerated (kept or cut) or reused, left for the site
    for (RackGroup &g : f.groups) {
        const Rack &proto = *g.racks.front();
        g.label = groupLabel(g);
        std::vector<int> allowedShapes = allowVariants(f, g);
        const std::vector<int> required = pinContents(f, g, fullPowerVariant);
        const QString key = patternKey(proto, bindingLimits(proto, reach), allowedShapes, required);
        // (A rack that can hold nothing has one pattern, the empty one, whatever the budget.)
        const size_t limit = allowedShapes.empty() ? 1 : std::min(kPatternsPerRackType, budget);
        auto it = cache.find(key);
        const bool enumerated = it == cache.end();
        if (enumerated) {
            auto list = rackPatterns(f.shapes, allowedShapes, proto.powerLimit.value(), proto.height.value(),
                proto.weightLimit.value(), required, limit + 1);
            budget -= std::min(budget, list.size());
            const bool complete = list.size() <= limit;
            if (!complete)
                list.clear();
            it = cache.emplace(key, Cached{ sharedList(std::move(list)), complete }).first;
        }
        const Cached &cached = it->second;
        if (cached.complete && (enumerated || cached.list.size() <= budget)) {
            g.patterns = cached.list;
            if (!enumerated)
                budget -= std::min(budget, cached.list.size());
            if (g.racks.size() == 1 && !g.thermal.empty() && g.patterns.size() > kThermalRackPatterns)
                manyPatterns.emplace_back(&g, std::move(allowedShapes));
        } else {
            g.slotShapes = std::move(allowedShapes); // counted: more patterns than the budget holds
        }
    }
    countThermalRacks(manyPatterns);
}

} // namespace warmshell::solver
