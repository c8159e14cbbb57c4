// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formulation.h"
#include "primaryobjective.h"
#include "solvedplan.h"
#include "solverun.h"
#include "stageobjectives.h"

namespace warmshell::solver {

// Prices capacity: the marginal value of +1 MW at up to eight power nodes, highest price
// first, appended to plan.marginalValues (in units of the primary objective per kW).
// With RowPrices::LagrangianMultipliers the nodes priced above zero, by their multiplier (no
// re-solve at the sizes that take this path). With RowPrices::LpDuals the binding nodes and
// those with a positive LP dual, by the dual; and, for an exact optimal plan while time is
// left and the run is not cancelled, by re-solving the MILP with 1 MW more at the node (at
// most half the time left, 10 s, each), which gives the GPUs and PFLOPS gained per generation.
// `stage` is the primary objective's stage (its coefficients and scale, as `solved.duals`).
void priceCapacity(const SolveRun &run, const Formulation &f, const PrimaryObjective &primary,
    const StageObjective &stage, const SolvedPlan &solved, CapacityPlan &plan);

} // namespace warmshell::solver
