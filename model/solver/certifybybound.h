// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formulation.h"
#include "primaryobjective.h"
#include "solvedplan.h"
#include "solverun.h"
#include "stageobjectives.h"

#include <cmath>

namespace warmshell::solver {

// What certifyByBound() found.
struct BoundCertificate
{
    bool certified = false; // `solved` is the plan, within the gap of `bound`
    SolvedPlan solved; // when certified: the heuristic plan and the bound's multipliers
    double bound = NAN; // a valid bound in reporting units, when one was computed
    // The decomposed bound's best multipliers by relaxed row name, in units of the maximised
    // primary objective (unscaled) per row unit, for the next solve's warm start; empty when the
    // site did not decompose.
    QHash<QString, double> multipliers;
};

// Sites of 5,000 columns or more with a gap target and one objective: a heuristic plan
// certified by a Lagrangian bound (decomposed by hall, or by subgradient on sites of 100,000
// columns or 5,000 rows that do not split), which needs no LP of the whole site (that of a
// 5 GW site takes tens of seconds in GLPK). When the bound reaches the target, sets the plan's
// method, bound, status, objective value and gap and returns the plan, taken out of `best`;
// otherwise returns the bound alone (or none), for the LP path, and leaves every plan it built
// (greedy, rounded decomposition points, each with its headroom) offered to `best`, so the LP
// path starts from the best of them. `stage` is the primary objective's stage. With a warm
// start (run.warmStart()) the decomposition's search starts from its multipliers, and aims from
// the start at the best plan `best` already holds (the previous plan, kept where it fits).
BoundCertificate certifyByBound(const SolveRun &run, const Formulation &f, const PrimaryObjective &primary,
    const StageObjective &stage, BestPlan &best, CapacityPlan &plan);

} // namespace warmshell::solver
