// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formulation.h"

#include <QHash>

#include <span>
#include <utility>
#include <vector>

namespace warmshell::solver {

// How a kW carried at one node weighs on it and on every energized node above it: 1 on the
// node itself, and on a node above the product of 1/efficiency of the nodes from it up to (not
// including) that node — of several paths, the largest (each side of 2N carries the whole
// load). Found once per node and kept.
class NodeMultipliers
{
public:
    explicit NodeMultipliers(const Formulation &f, const PowerChain &chain) : m_f(f), m_g(chain.graph()) { }

    // (node, multiplier) of node `v` and every energized node above it; a reference valid
    // until the next call.
    const std::vector<std::pair<int, double>> &of(int v);

private:
    std::vector<std::pair<int, double>> search(int v) const;

    const Formulation &m_f;
    const PowerChain::Graph &m_g;
    QHash<int, std::vector<std::pair<int, double>>> m_cache;
};

// Fills f.nodeFixedKw, nodeHouseKw, nodeFixedDrawKw and nodeAvailableKw: the house loads of
// energized nodes and the fixed draw of live units with a feed, carried up the chain. Needs
// the power nodes and cooling units of `f`.
void addFixedLoads(Formulation &f, const Site &site, NodeMultipliers &multipliers);

// What a rack fed from node a (and b, when b ≥ 0) and cooled by the live units `air` and
// `liquid` puts on each node (see NodeLoad), sorted by node.
std::vector<NodeLoad> rackNodeLoads(const Formulation &f, int a, int b, std::span<const int> air,
    std::span<const int> liquid, NodeMultipliers &multipliers);

// What one kW of a rack's systems puts on each node in normal operation, losses included,
// sorted by node: fed from a alone (b < 0), all of it on a and every energized node above it,
// as in rackNodeLoads; fed from a and b (both live), half through each side, so a node above
// one side only carries half of it and a node above both sides carries all of it. Each half
// is carried up its side through the efficiencies (worst path, as NodeMultipliers).
std::vector<std::pair<int, double>> normalOperationItLoads(int a, int b, NodeMultipliers &multipliers);

} // namespace warmshell::solver
