// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assignment.h"
#include "formulation.h"

namespace warmshell::solver {

// The greedy fill, a primal heuristic that knows the site's structure: pinned systems first,
// then the systems of `start` (if any, e.g. a rounded-down LP point) where every limit still
// allows them, then variants by value per kW for `objective`, each filling its eligible racks
// one by one while every limit along the chain has room. Every placement is checked against
// the rack, the power nodes, the cooling units, the inlet limits and the fleet, so the plan
// is feasible by construction. `headroomOut` (may be null) receives what is left and the heat
// split, for toColumns().
Assignment greedyFill(const Formulation &f, Objective objective, Precision precision, const Assignment *start = nullptr,
    Headroom *headroomOut = nullptr);

// One system to try after the start and before the fill by value per kW: of `variant` in the
// first rack of group `group` it fits.
struct PlacementTry
{
    int group = 0;
    int variant = 0;
};

// greedyFill() that, between the start and the fill by value per kW, tries `tries` in order,
// placing each where every limit allows it (and skipping it where none does).
Assignment greedyFillTrying(const Formulation &f, Objective objective, Precision precision, const Assignment &start,
    const std::vector<PlacementTry> &tries, Headroom *headroomOut = nullptr);

} // namespace warmshell::solver
