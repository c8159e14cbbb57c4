// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formulation.h"
#include "primaryobjective.h"
#include "solvedplan.h"
#include "solverun.h"
#include "stageobjectives.h"

namespace warmshell::solver {

// The LP path: GLPK's LP relaxation gives the bound and the row duals; the greedy fill and
// round and fill give plans at once, offered to `found` (which may hold plans of earlier steps,
// each with its headroom). The best of them is the answer when the method is heuristic, when
// the LP did not finish in time, when the deadline has passed, or when it is within the gap of
// the LP bound (one objective); otherwise the lexicographic MILP starts from it, and the
// MILP's plan is the answer unless that one is better by the primary objective. Never returns
// a plan worse than one offered to `found`; takes the plan out of `found`. Sets the plan's
// method, bound, status, objective value, gap, timedOut and cancelled. `lagrangianBound`
// (reporting units, NaN for none) is the bound certifyByBound() found, used when the LP does
// not finish. `stage` is the primary objective's stage.
// The deadline of branch-and-cut's first slice, which certifies most plans at once: a fifth of
// the time left, at most 2 s (then the windows, then the search again for the time left).
Deadline firstSliceDeadline(const SolveRun &run);

SolvedPlan solveByLpAndMilp(const SolveRun &run, const Formulation &f, const PrimaryObjective &primary,
    const StageObjective &stage, double lagrangianBound, BestPlan &found, CapacityPlan &plan);

} // namespace warmshell::solver
