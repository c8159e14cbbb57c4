// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/solveoptions.h"
#include "project.h"
#include "solver.h"

#include <QString>

namespace warmshell {

class Catalog;

// Size of a written per-rack model, and how its objective maps to CapacityPlan::objectiveValue.
struct PerRackModelSummary
{
    int racks = 0; // usable racks at the date (each has its own columns)
    int rows = 0;
    int columns = 0;
    int integerColumns = 0;
    int nonzeros = 0;
    // solve()'s objectiveValue = reportedOffset + reportedScale × (the written file's optimum):
    // compute is in TFLOPS here (PFLOPS in the plan); idle-cost maximises the depreciation of
    // energized systems here (the plan reports that of idle ones); the MPS file minimises the
    // negated objective (reportedScale carries the sign).
    double reportedOffset = 0;
    double reportedScale = 1;
    // With tenants the file holds what solve() does by stages in one objective: columns of a
    // rack reserved for a tenant for that tenant's systems only, fleet rows per (model, owner),
    // quota rows (quota_min_gpus_ID as −GPUs ≤ −min, quota_max_gpus_ID, quota_max_kw_ID), and
    // each priority tier's objective weighted above all the tiers below can reach (the
    // operator's own lots weigh 1), so its optimum is solve()'s lexicographic one whenever tier
    // values are whole numbers. reportedOffset/reportedScale then map nothing: the optimum is
    // Σ tier weight × tier value.
};

// Writes the plain per-rack MILP of the same problem solve() solves, for the primary
// objective of `options`, built independently of the solver's aggregated formulation: an
// integer column per usable rack and system variant (full power and each operating point),
// rack power/space/weight rows, one row per energized power node over every rack whose
// feedA or feedB draws through it (with the site's reserve policy, a redundant node against
// installed capacity × derating, plus its reserve row: with one module failed, its other
// modules × derating against every system with interruptible ones at their caps), cooling rows (with continuous heat
// shares where a rack has several units of one medium), fleet rows, pinned contents as lower bounds. The LP file
// maximises the objective; free MPS has no standard objective sense, so the MPS file
// minimises its negation (its first comment line says so), which every MPS reader takes as
// is. Meant for other solvers and as
// a second-method check of solve(); it is much larger than the aggregated model (identical racks are not grouped).
// Written through an OutputFile (`guard`: the inputs it must not replace). Returns an empty
// string on success, else the reason; `summary` (may be null) is filled on success.
QString writePerRackModel(const Project &project, const Catalog &catalog, const SolveOptions &options,
    const QString &fileName, ModelFormat format, PerRackModelSummary *summary = nullptr, const OutputGuard &guard = {});

} // namespace warmshell
