// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formulation.h"
#include "primaryobjective.h"
#include "solverun.h"

namespace warmshell::solver {

// Whether branch-and-cut should search the run's compact formulation (every group counted;
// SolveRun::compact()) instead of `f`: with one objective, on a site with inlet rows, when the
// compact model fits GLPK's preprocessor (`presolveMaxNonzeros`) and `f`'s pattern columns
// make its model too large for it or several times larger than the compact one.
// Racks in the thermal model are groups of their own, each with all its patterns: on a
// 50-rack recirculation campus (bench/campussite, seed 12) the pattern model has 22,738
// columns and 110,338 nonzeros, the compact one 424 and 7,380; in 30 s GLPK's search left the
// first 18–21 % below its LP bound and reached 4.5 % on the second.
bool searchesCompactModel(const SolveRun &run, const Formulation &f, int fNonzeros, int presolveMaxNonzeros);

// Branch-and-cut with GLPK's preprocessor on the run's compact formulation (searchesCompactModel()
// true), for the time left, told the value of the best plan so far (`found`, not empty) so it
// stops once its bound certifies that plan. Every plan GLPK finds goes to `f` rack by rack
// (compactwindows.h: movePlan) and is filled greedily there — every limit checked again, so it
// is feasible by construction — before it is offered to `found`. Both models are exact models
// of the same problem, so GLPK's proven bound bounds every plan of `f`. Returns the lower of
// `lpBound` and that bound (maximised, unscaled) and sets the plan's method, status, timedOut
// and cancelled.
double compactBranchAndCut(const SolveRun &run, const Formulation &f, const PrimaryObjective &primary, BestPlan &found,
    double lpBound, CapacityPlan &plan);

} // namespace warmshell::solver
