// SPDX-License-Identifier: GPL-3.0-or-later
#include "facilityload.h"

#include <algorithm>
#include <map>

namespace warmshell::solver {

const std::vector<std::pair<int, double>> &NodeMultipliers::of(int v)
{
    auto it = m_cache.find(v);
    if (it == m_cache.end())
        it = m_cache.insert(v, search(v));
    return *it;
}

std::vector<std::pair<int, double>> NodeMultipliers::search(int v) const
{
    // Largest product along any path: relax upwards until nothing grows (the chain is acyclic,
    // so this ends; validation refuses cycles before the solver runs).
    std::map<int, double> best{ { v, 1.0 } };
    std::vector<int> stack{ v };
    while (!stack.empty()) {
        const int x = stack.back();
        stack.pop_back();
        const double passedUp = best[x] / m_f.nodes[size_t(x)].efficiency;
        for (auto e : boost::make_iterator_range(boost::in_edges(PowerChain::Vertex(x), m_g))) {
            const int u = int(boost::source(e, m_g));
            if (!m_f.nodeEnergized[size_t(u)])
                continue;
            auto [at, inserted] = best.emplace(u, passedUp);
            if (!inserted && at->second >= passedUp)
                continue;
            at->second = passedUp;
            stack.push_back(u);
        }
    }
    return { best.begin(), best.end() };
}

void addFixedLoads(Formulation &f, const Site &site, NodeMultipliers &multipliers)
{
    const size_t n = f.nodes.size();
    f.nodeFixedKw.assign(n, 0.0);
    f.nodeHouseKw.assign(n, 0.0);
    f.nodeFixedDrawKw.assign(n, 0.0);
    auto carry = [&](int at, double kw, std::vector<double> &raw) {
        if (kw <= 0)
            return;
        for (const auto &[node, multiplier] : multipliers.of(at)) {
            f.nodeFixedKw[size_t(node)] += kw * multiplier;
            raw[size_t(node)] += kw;
        }
    };
    for (size_t i = 0; i < n; ++i)
        if (f.nodeEnergized[i])
            carry(int(i), f.nodes[i].houseLoad(f.date).value(), f.nodeHouseKw);
    for (size_t u = 0; u < site.coolingUnits.size(); ++u) {
        const int feed = f.nodeIndex.value(site.coolingUnits[u].feed, -1);
        if (f.unitLive[u] && feed >= 0)
            carry(feed, site.coolingUnits[u].drawKw, f.nodeFixedDrawKw);
    }
    f.nodeAvailableKw.resize(n);
    for (size_t i = 0; i < n; ++i)
        f.nodeAvailableKw[i] = f.nodeUsableKw[i] - f.nodeFixedKw[i];
}

std::vector<NodeLoad> rackNodeLoads(const Formulation &f, int a, int b, std::span<const int> air,
    std::span<const int> liquid, NodeMultipliers &multipliers)
{
    std::map<int, NodeLoad> loads;
    auto at = [&](int node) -> NodeLoad & {
        NodeLoad &l = loads[node];
        l.node = node;
        return l;
    };
    for (int feed : { a, b })
        if (feed >= 0)
            for (const auto &[node, multiplier] : multipliers.of(feed)) {
                NodeLoad &l = at(node);
                l.it = std::max(l.it, multiplier);
                l.rawIt = 1;
            }
    // The draw of each unit of a medium per kW of the rack's heat of that medium: its kW per
    // kW × the 1/k share of the heat when k live units of the medium serve the rack; and the
    // same share of the heat passed to the unit's plant, at the plant's kW per kW.
    auto draw = [&](std::span<const int> units, double NodeLoad::*withLoss, double NodeLoad::*raw) {
        auto add = [&](int u, double share) {
            const int feed = f.nodeIndex.value(f.units[size_t(u)]->feed, -1);
            const double perKw = f.unitDrawPerKw[size_t(u)] * share;
            if (feed < 0 || perKw <= 0)
                return;
            for (const auto &[node, multiplier] : multipliers.of(feed)) {
                NodeLoad &l = at(node);
                l.*withLoss += perKw * multiplier;
                l.*raw += perKw;
            }
        };
        for (int u : units) {
            add(u, 1.0 / double(units.size()));
            if (const int plant = f.unitPlant[size_t(u)]; plant >= 0)
                add(plant, 1.0 / double(units.size()));
        }
    };
    draw(air, &NodeLoad::perAirKw, &NodeLoad::rawPerAirKw);
    draw(liquid, &NodeLoad::perLiquidKw, &NodeLoad::rawPerLiquidKw);
    std::vector<NodeLoad> out;
    out.reserve(loads.size());
    for (const auto &[node, load] : loads)
        out.push_back(load);
    return out;
}

std::vector<std::pair<int, double>> normalOperationItLoads(int a, int b, NodeMultipliers &multipliers)
{
    std::map<int, double> loads;
    const double share = b >= 0 ? 0.5 : 1.0;
    for (int feed : { a, b })
        if (feed >= 0)
            for (const auto &[node, multiplier] : multipliers.of(feed))
                loads[node] += share * multiplier;
    return { loads.begin(), loads.end() };
}

} // namespace warmshell::solver
