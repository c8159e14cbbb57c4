// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formulation.h"
#include "primaryobjective.h"
#include "solvedplan.h"
#include "solverun.h"
#include "stageobjectives.h"

namespace warmshell::solver {

// The LP path: GLPK's LP relaxation gives the bound and the row duals; the greedy fill and
// round and fill give a plan at once, the better of which is the answer when the method is
// heuristic, when the LP did not finish in time, or when it is within the gap of the LP bound
// (one objective); otherwise the lexicographic MILP starts from it. Sets the plan's method,
// bound, status, objective value, gap, timedOut and cancelled. `lagrangianBound` (reporting
// units, NaN for none) is the bound certifyByBound() found, used when the LP does not finish.
// `stage` is the primary objective's stage.
SolvedPlan solveByLpAndMilp(const SolveRun &run, const Formulation &f, const PrimaryObjective &primary,
    const StageObjective &stage, double lagrangianBound, CapacityPlan &plan);

} // namespace warmshell::solver
