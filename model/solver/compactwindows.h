// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formulation.h"
#include "primaryobjective.h"
#include "solverun.h"

namespace warmshell::solver {

// Fix-and-optimise on small sub-models (issue 14: "re-optimising one hall or zone at a time with
// the rest fixed"): improves the best plan so far (`found`, not empty) by solving windows of
// consecutive rack groups of `compact` exactly, each as its own small MILP in GLPK — the
// window's columns and the lots' columns free, every row they touch kept with the use of every
// other column (fixed at the plan) taken off its right-hand side, every other row and column
// left out. So a window costs what its own rows and columns cost, whatever the size of the
// site, unlike a window of the whole model with its other columns fixed (fixandoptimise.h).
//
// `compact` is a formulation of the same project, date and options as `f` in which every group
// is counted (SolveOptions::patternBudget 0: one column per rack and shape, and the racks' own
// rows), so a window of a few hundred columns holds tens of racks, where a pattern group of a
// rack in the thermal model alone may have hundreds of columns. Plans move between the two by
// rack (the same Rack objects and variants; a plan is exact in both). The windows are runs of
// consecutive groups in formulation order — the racks of a row follow each other, and the
// racks across a hot aisle come in the next row — of at most about kWindowColumns columns,
// overlapping by half; each gets GLPK's preprocessor and at most kWindowSeconds. Passes over
// all windows repeat while one improves, for at most `seconds` in all (never past the run's
// deadline or cancel flag).
//
// Each improved plan is filled greedily on `f` (every limit checked again, so the plan offered
// is feasible by construction whatever the floating-point error of the windows) and offered to
// `found`, which keeps it only when better. Returns the number of windows that improved.
int improveByCompactWindows(const SolveRun &run, const Formulation &f, const Formulation &compact,
    const PrimaryObjective &primary, BestPlan &found, double seconds);

// improveByCompactWindows() with the run's compact formulation (SolveRun::compact(); `f` itself
// when it has no pattern columns), for 15 % of the time left and at most 3 s; 0 when there is
// none and for the heuristic method, which is meant to be instant.
int improveByRunWindows(const SolveRun &run, const Formulation &f, const PrimaryObjective &primary, BestPlan &found);

// `a`, a plan of `from`, as a plan of `to` (a formulation of the same project and date): each
// rack's contents go to the same rack; racks `to` does not hold are left out. Unchecked.
Assignment movePlan(const Formulation &from, const Assignment &a, const Formulation &to);

// Whether `f` has pattern columns (else it is compact already and is its own compact twin).
bool hasPatternColumns(const Formulation &f);

} // namespace warmshell::solver
