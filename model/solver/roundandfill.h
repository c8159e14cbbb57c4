// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assignment.h"
#include "formulation.h"

#include <span>

namespace warmshell::solver {

// Round and fill, a primal heuristic from an LP point `lp` (per column): every row but the lot
// and heat links is a packing row, so the point rounded down fits; greedyFill() then keeps what
// every limit allows of it and fills what is left. A second start rounds each group's pattern
// columns by largest remainder (a rack whose LP point mixes patterns keeps the likeliest one
// instead of none) and its systems to the nearest whole number; greedyFill() keeps of it only
// what every limit allows. The better of the two plans by `objective` is returned (a tie
// keeps the first). Feasible by construction; `headroomOut` (may be null) as for greedyFill().
Assignment roundAndFill(
    const Formulation &f, std::span<const double> lp, Objective objective, Precision precision, Headroom *headroomOut);

} // namespace warmshell::solver
