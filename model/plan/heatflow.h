// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace warmshell {

// How much of the heat racks shed to one medium the cooling units serving them may remove, as
// a max flow source → rack (its heat) → unit (unbounded) → sink (the unit's usable heat
// removal). Capacities are whole milliwatts, so the flow is exact.
struct HeatFlow
{
    long long heat = 0; // mW, all the racks shed
    long long removed = 0; // mW, the most the units may remove (the maximum flow)
    // On the source side of the minimum cut (reachable from the source in the residual graph):
    // when heat > removed, the racks there shed more than the units there, which are all that
    // serve them, may remove.
    std::vector<bool> rackInCut, unitInCut;
    std::vector<bool> plantInCut; // with a plant layer, per plant
};

// `heatKw` and `serving` (positions in `usableKw` of the units that serve it) per rack;
// `usableKw` per unit (below 0 counts as 0). Figures above 1e12 kW count as 1e12 kW.
// With a plant layer (`plantOf` per unit: a position in `plantUsableKw`, or -1), a unit's heat
// flows on to its plant, which passes at most its usable heat to the sink: source → rack →
// unit → (unit's usable) → plant → (plant's usable) → sink; a unit without a plant passes its
// heat straight to the sink.
HeatFlow heatFlow(const std::vector<double> &heatKw, const std::vector<std::vector<int>> &serving,
    const std::vector<double> &usableKw, const std::vector<int> &plantOf = {},
    const std::vector<double> &plantUsableKw = {});

} // namespace warmshell
