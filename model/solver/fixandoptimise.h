// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formulation.h"
#include "primaryobjective.h"
#include "solverun.h"
#include "stageobjectives.h"

namespace warmshell::solver {

class GlpkModel;

// Fix-and-optimise: improves the best plan so far (`found`, which must hold a plan with its
// headroom or come with its `columns`) by solving a few rack groups at a time exactly in GLPK while every other group's
// columns stay fixed at the plan's values; the lots and the free groups' heat shares move.
// The windows are runs of consecutive groups in formulation order — the racks of a row follow
// each other there, so a window holds neighbours that share busways, cooling units and a hot
// aisle — each with at most about 500 free columns, overlapping by half; each window's MILP
// runs with GLPK's preprocessor and at most a quarter of a second. A window's plan is offered to
// `found` (kept only when better, so the answer is never worse). Passes over all windows
// repeat while one improved, for at most `seconds` in all (and never past the run's deadline
// or cancel flag). `model` holds the primary stage's objective (`stage`); every column's
// bounds are given back before returning. Returns the number of windows that improved.
// `columns`: the column values of found's plan when it has no headroom (a plan from GLPK), else null.
int improveByWindows(const SolveRun &run, GlpkModel &model, const Formulation &f, const StageObjective &stage,
    BestPlan &found, double seconds, const std::vector<double> *columns = nullptr);

} // namespace warmshell::solver
