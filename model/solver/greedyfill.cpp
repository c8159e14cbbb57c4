// SPDX-License-Identifier: GPL-3.0-or-later
#include "greedyfill.h"

#include "primaryobjective.h"

#include <algorithm>

namespace warmshell::solver {

namespace {

// Heat of one medium, `heat` kW, split over `units` (most room first): each unit takes what
// fits within its own headroom and what its plant has left after `plantUsed` (kW already
// promised to plants by this placement, updated). The takes go to `takes`; false when the
// units cannot absorb it all.
bool splitHeat(const Formulation &f, const Headroom &h, const std::vector<int> &units, double heat,
    std::vector<std::pair<int, double>> &takes, std::vector<std::pair<int, double>> &plantUsed)
{
    if (heat <= 0)
        return true;
    auto usedOn = [&](int plant) -> double & {
        for (auto &[p, used] : plantUsed)
            if (p == plant)
                return used;
        return plantUsed.emplace_back(plant, 0.0).second;
    };
    auto room = [&](int u) {
        const int plant = f.unitPlant[size_t(u)];
        const double own = std::max(0.0, h.unit[size_t(u)]);
        return plant < 0 ? own : std::min(own, std::max(0.0, h.unit[size_t(plant)] - usedOn(plant)));
    };
    std::vector<int> order = units;
    std::sort(order.begin(), order.end(), [&](int a, int b) { return room(a) > room(b); });
    for (int u : order) {
        const double take = std::min(heat, room(u));
        if (take <= 0)
            continue;
        takes.emplace_back(u, take);
        if (const int plant = f.unitPlant[size_t(u)]; plant >= 0)
            usedOn(plant) += take;
        heat -= take;
        if (heat <= kEps)
            return true;
    }
    return heat <= kEps;
}

// Takes the split heat of group `gi` from its units and their plants.
void takeHeat(const Formulation &f, Headroom &h, int gi, const std::vector<int> &units,
    const std::vector<std::pair<int, double>> &takes)
{
    for (const auto &[u, take] : takes) {
        h.unit[size_t(u)] -= take;
        if (const int plant = f.unitPlant[size_t(u)]; plant >= 0)
            h.unit[size_t(plant)] -= take;
        if (units.size() > 1)
            h.heatShare[{ gi, u }] += take;
    }
}

// Places one system of variant v in rack r of group g if every limit allows it.
bool tryPlace(const Formulation &f, Headroom &h, Assignment &a, int gi, size_t r, int v, bool pinned = false)
{
    const RackGroup &g = f.groups[size_t(gi)];
    const Variant &var = f.variants[size_t(v)];
    const Shape &s = f.shapes[size_t(var.shape)];
    const int m = var.pool;
    if (h.fleet[size_t(m)] <= 0 || !fits(*g.racks[r], a[size_t(gi)][r], s))
        return false;
    const double lf = var.model->liquidFraction;
    for (const NodeLoad &load : g.nodeLoads)
        if (h.node[size_t(load.node)] + kEps < var.powerKw * load.perSystemKw(lf)
            || h.reserve[size_t(load.node)] + kEps < reserveLoadKw(var, load))
            return false;
    const double liquid = var.powerKw * var.model->liquidFraction;
    const double air = var.powerKw - liquid;
    for (const auto &[t, coefficient] : g.thermal)
        if (h.thermal[size_t(t)] + kEps < coefficient * air)
            return false;
    // (Air-side units and CDUs are different units, but may reject to one plant: both split
    // against what the other leaves the plants, then both taken.)
    std::vector<std::pair<int, double>> airTakes, liquidTakes, plantUsed;
    if (!(g.airFree || splitHeat(f, h, g.airUnits, air, airTakes, plantUsed))
        || !(g.liquidFree || splitHeat(f, h, g.liquidUnits, liquid, liquidTakes, plantUsed)))
        return false;
    takeHeat(f, h, gi, g.airUnits, airTakes);
    takeHeat(f, h, gi, g.liquidUnits, liquidTakes);
    for (const NodeLoad &load : g.nodeLoads) {
        h.node[size_t(load.node)] -= var.powerKw * load.perSystemKw(lf);
        h.reserve[size_t(load.node)] -= reserveLoadKw(var, load);
    }
    for (const auto &[t, coefficient] : g.thermal)
        h.thermal[size_t(t)] -= coefficient * air;
    h.fleet[size_t(m)] -= 1;
    addSystems(a[size_t(gi)][r], f, v, 1, pinned);
    return true;
}

void placePinned(const Formulation &f, Headroom &h, Assignment &a)
{
    for (size_t gi = 0; gi < f.groups.size(); ++gi)
        for (size_t r = 0; r < f.groups[gi].racks.size(); ++r)
            for (int v : f.groups[gi].variants)
                for (int k = 0; k < f.groups[gi].pinnedPerRack[size_t(v)]; ++k)
                    tryPlace(f, h, a, int(gi), r, v, true);
}

void placeStart(const Formulation &f, Headroom &h, Assignment &a, const Assignment &start)
{
    for (size_t gi = 0; gi < f.groups.size(); ++gi)
        for (size_t r = 0; r < f.groups[gi].racks.size(); ++r)
            for (const auto &[v, n] : start[gi][r].systems) {
                const int already = a[gi][r].countOf(v);
                for (int k = already; k < n; ++k)
                    if (!tryPlace(f, h, a, int(gi), r, v))
                        break;
            }
}

// Variants by value per kW for `objective`, best first (ties in variant order).
std::vector<int> byValuePerKw(const Formulation &f, Objective objective, Precision precision)
{
    std::vector<int> order(f.variants.size());
    for (size_t v = 0; v < order.size(); ++v)
        order[v] = int(v);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        const double vx = variantValue(f, x, objective, precision) / std::max(f.variants[size_t(x)].powerKw, kEps);
        const double vy = variantValue(f, y, objective, precision) / std::max(f.variants[size_t(y)].powerKw, kEps);
        return vx > vy;
    });
    return order;
}

// Each try of `tries` in the first rack of its group that takes it.
void placeTries(const Formulation &f, Headroom &h, Assignment &a, const std::vector<PlacementTry> &tries)
{
    for (const PlacementTry &t : tries)
        for (size_t r = 0; r < f.groups[size_t(t.group)].racks.size(); ++r)
            if (tryPlace(f, h, a, t.group, r, t.variant))
                break;
}

// The fill by value per kW: each variant fills its eligible racks one by one.
void fillByValue(const Formulation &f, Objective objective, Precision precision, Headroom &h, Assignment &a)
{
    for (int v : byValuePerKw(f, objective, precision))
        for (size_t gi = 0; gi < f.groups.size(); ++gi) {
            const auto &allowed = f.groups[gi].variants;
            if (std::find(allowed.begin(), allowed.end(), v) == allowed.end())
                continue;
            for (size_t r = 0; r < f.groups[gi].racks.size(); ++r)
                while (tryPlace(f, h, a, int(gi), r, v)) { }
        }
}

} // namespace

Assignment greedyFill(
    const Formulation &f, Objective objective, Precision precision, const Assignment *start, Headroom *headroomOut)
{
    return greedyFillTrying(f, objective, precision, start ? *start : emptyAssignment(f), {}, headroomOut);
}

Assignment greedyFillTrying(const Formulation &f, Objective objective, Precision precision, const Assignment &start,
    const std::vector<PlacementTry> &tries, Headroom *headroomOut)
{
    Assignment a = emptyAssignment(f);
    Headroom h(f);
    placePinned(f, h, a);
    placeStart(f, h, a, start);
    placeTries(f, h, a, tries);
    fillByValue(f, objective, precision, h, a);
    if (headroomOut)
        *headroomOut = std::move(h);
    return a;
}

} // namespace warmshell::solver
