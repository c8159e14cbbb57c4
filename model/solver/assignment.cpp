// SPDX-License-Identifier: GPL-3.0-or-later
#include "assignment.h"

#include <algorithm>
#include <cmath>

namespace warmshell::solver {

void addSystems(RackContent &c, const Formulation &f, int variant, int count, bool pinned)
{
    if (count <= 0)
        return;
    const Shape &s = f.shapes[size_t(f.variants[size_t(variant)].shape)];
    bool found = false;
    for (auto &[v, n] : c.systems)
        if (v == variant) {
            n += count;
            found = true;
        }
    if (!found)
        c.systems.emplace_back(variant, count);
    if (pinned) {
        c.pinned.resize(f.variants.size(), 0);
        c.pinned[size_t(variant)] += count;
    }
    c.kw += s.powerKw * count;
    c.units += s.heightU * count;
    c.kg += s.weightKg * count;
    c.wholeRack = c.wholeRack || s.wholeRack;
}

Assignment emptyAssignment(const Formulation &f)
{
    Assignment a(f.groups.size());
    for (size_t g = 0; g < f.groups.size(); ++g)
        a[g].resize(f.groups[g].racks.size());
    return a;
}

std::vector<int> placedByModel(const Formulation &f, const Assignment &a)
{
    std::vector<int> placed(f.models.size(), 0);
    for (const auto &group : a)
        for (const RackContent &c : group)
            for (const auto &[v, n] : c.systems)
                placed[size_t(f.variants[size_t(v)].pool)] += n;
    return placed;
}

std::vector<LotCharge> chargeLots(const Formulation &f, std::vector<int> placed)
{
    std::vector<size_t> order(f.lots.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
        [&](size_t p, size_t q) { return f.lots[p].monthlyDepreciation > f.lots[q].monthlyDepreciation; });
    std::vector<LotCharge> charges;
    charges.reserve(order.size());
    for (size_t i : order) {
        int &left = placed[size_t(f.lots[i].pool)];
        const int take = std::min(left, f.lots[i].available);
        left -= take;
        charges.push_back({ i, take });
    }
    return charges;
}

namespace {

// The slots per shape of each rack of group `gi`: its patterns in order, y[p] racks each, or
// a counted group's slot columns (in a one-rack counted group: its systems). `whole(column)` reads a column as a whole
// number.
template <typename Whole> std::vector<std::vector<int>> rackSlots(const Formulation &f, int gi, const Whole &whole)
{
    const RackGroup &g = f.groups[size_t(gi)];
    std::vector<std::vector<int>> perRack;
    for (size_t p = 0; p < g.patterns.size(); ++p) {
        const int racks = whole(f.columnOf(ColumnKind::Pattern, gi, int(p)));
        for (int k = 0; k < racks && perRack.size() < g.racks.size(); ++k)
            perRack.push_back(g.patterns[p]);
    }
    perRack.resize(g.racks.size(), std::vector<int>(f.shapes.size(), 0));
    const size_t shapes = g.slotShapes.size();
    for (size_t r = 0; g.hasSlotColumns() && r < g.racks.size(); ++r)
        for (size_t k = 0; k < shapes; ++k)
            perRack[r][size_t(g.slotShapes[k])] = whole(f.columnOf(ColumnKind::RackSlots, gi, int(r * shapes + k)));
    if (g.counted() && !g.hasSlotColumns()) // the rack's rows hold its systems: each has a slot
        for (int v : g.variants)
            perRack[0][size_t(f.variants[size_t(v)].shape)] += whole(f.columnOf(ColumnKind::Systems, gi, v));
    return perRack;
}

// Records rack `r` of group `gi`, holding `shapes` (systems per shape), in `x`: the first
// pattern that holds them, or its slot columns. False if no pattern holds them.
bool recordRack(const Formulation &f, int gi, size_t r, const std::vector<int> &shapes, std::vector<double> &x)
{
    const RackGroup &g = f.groups[size_t(gi)];
    if (g.counted()) {
        for (size_t k = 0; k < g.slotShapes.size() && g.hasSlotColumns(); ++k)
            x[size_t(f.columnOf(ColumnKind::RackSlots, gi, int(r * g.slotShapes.size() + k)))]
                = shapes[size_t(g.slotShapes[k])];
        return true;
    }
    size_t p = 0;
    while (p < g.patterns.size()
        && !std::equal(
            shapes.begin(), shapes.end(), g.patterns[p].begin(), [](int need, int have) { return need <= have; }))
        ++p;
    if (p == g.patterns.size())
        return false;
    x[size_t(f.columnOf(ColumnKind::Pattern, gi, int(p)))] += 1;
    return true;
}

} // namespace

Assignment fromColumns(const Formulation &f, std::span<const double> x, Rounding rounding)
{
    auto whole = [&](int j) {
        return rounding == Rounding::Down ? int(std::floor(x[size_t(j)] + 1e-7)) : int(std::lround(x[size_t(j)]));
    };
    Assignment a = emptyAssignment(f);
    for (size_t gi = 0; gi < f.groups.size(); ++gi) {
        const RackGroup &g = f.groups[gi];
        std::vector<std::vector<int>> freeSlots = rackSlots(f, int(gi), whole); // per rack, per shape
        std::vector<int> remaining(f.variants.size(), 0);
        for (int v : g.variants)
            remaining[size_t(v)] = whole(f.columnOf(ColumnKind::Systems, int(gi), v));
        for (size_t r = 0; r < g.racks.size(); ++r)
            for (int v : g.variants) {
                const int n = std::min(g.pinnedPerRack[size_t(v)], remaining[size_t(v)]);
                const int s = f.variants[size_t(v)].shape;
                addSystems(a[gi][r], f, v, n, true);
                freeSlots[r][size_t(s)] -= n;
                remaining[size_t(v)] -= n;
            }
        for (int v : g.variants) {
            const int s = f.variants[size_t(v)].shape;
            for (size_t r = 0; r < g.racks.size() && remaining[size_t(v)] > 0; ++r) {
                const int n = std::min(std::max(freeSlots[r][size_t(s)], 0), remaining[size_t(v)]);
                addSystems(a[gi][r], f, v, n);
                freeSlots[r][size_t(s)] -= n;
                remaining[size_t(v)] -= n;
            }
        }
    }
    return a;
}

Headroom::Headroom(const Formulation &f)
    : node(f.nodeAvailableKw), unit(f.unitUsableKw), reserve(f.nodeReserveAvailableKw), fleet(f.models.size(), 0)
{
    for (double &kw : reserve) // as the reserve row's upper bound
        kw = std::max(0.0, kw);
    for (const Formulation::ThermalLimit &t : f.thermal)
        thermal.push_back(t.headroomC);
    for (const LotInfo &l : f.lots)
        fleet[size_t(l.pool)] += l.available;
}

std::vector<double> toColumns(const Formulation &f, const Assignment &a, const Headroom &h)
{
    std::vector<double> x(f.columns.size(), 0.0);
    for (size_t gi = 0; gi < f.groups.size(); ++gi) {
        const RackGroup &g = f.groups[gi];
        std::vector<int> systems(f.variants.size(), 0);
        for (size_t r = 0; r < a[gi].size(); ++r) {
            std::vector<int> shapes(f.shapes.size(), 0);
            for (const auto &[v, n] : a[gi][r].systems) {
                shapes[size_t(f.variants[size_t(v)].shape)] += n;
                systems[size_t(v)] += n;
            }
            if (!recordRack(f, int(gi), r, shapes, x))
                return {};
        }
        for (int v : g.variants)
            x[size_t(f.columnOf(ColumnKind::Systems, int(gi), v))] = systems[size_t(v)];
    }
    for (const LotCharge &charge : chargeLots(f, placedByModel(f, a)))
        x[size_t(f.columnOf(ColumnKind::LotUse, -1, int(charge.lot)))] = charge.systems;
    for (const auto &[key, kw] : h.heatShare)
        if (const int col = f.columnOf(ColumnKind::HeatShare, key.first, key.second); col >= 0)
            x[size_t(col)] = kw;
    return x;
}

} // namespace warmshell::solver
