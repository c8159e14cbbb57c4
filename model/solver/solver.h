// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outputfile.h"
#include "plan/capacityplan.h"
#include "plan/solveoptions.h"
#include "project.h"

namespace warmshell {

class Catalog;

// Decides which systems of the fleet go into which racks at options.date so that the
// objectives are best within every power, cooling, rack and fleet limit. A pure function of
// its arguments: no globals, no signals; safe to call on a worker thread with a snapshot.
// Never throws: a project with validation problems gives status Failed, pinned contents
// that cannot all run give Infeasible, each with explanations naming what is involved.
CapacityPlan solve(const Project &project, const Catalog &catalog, const SolveOptions &options);

struct SolveWarmStart;
// The same solve, started from what the previous solve of the same document left in
// `warmStart` (model/solver/solvewarmstart.h: its plan, kept where every limit still allows it,
// and its bound's multipliers), which it then replaces with its own (unchanged when the project
// is refused). The plan is as valid as a cold solve's and never worse than the previous plan
// when that plan still fits the site; the bound is a bound whatever `warmStart` holds.
CapacityPlan solve(
    const Project &project, const Catalog &catalog, const SolveOptions &options, SolveWarmStart &warmStart);

enum class ModelFormat { Lp, Mps };
// Writes the exact MILP that solve() hands to GLPK for the primary objective (CPLEX LP or
// free MPS format), so it can be run in another solver, through an OutputFile (`guard`: the
// inputs it must not replace). Returns an empty string on success, else the reason.
QString writeModel(const Project &project, const Catalog &catalog, const SolveOptions &options, const QString &fileName,
    ModelFormat format, const OutputGuard &guard = {});

} // namespace warmshell
