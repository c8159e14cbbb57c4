// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deadline.h"
#include "enumkeys.h"
#include "ids.h"
#include "systemmodel.h"

#include <QDate>

#include <atomic>
#include <map>
#include <vector>

namespace warmshell {

// What the solver maximises (IdleCost: minimises the idle fleet's depreciation per month).
enum class Objective { Compute, Gpus, IdleCost };
constexpr std::pair<Objective, const char *> kObjectives[]
    = { { Objective::Compute, "compute" }, { Objective::Gpus, "gpus" }, { Objective::IdleCost, "idle-cost" } };
inline std::span<const std::pair<Objective, const char *>> enumKeys(Objective)
{
    return kObjectives;
}

enum class SolveMethod {
    Exact, // GLPK branch-and-cut on the aggregated MILP: proven optimum within the time limit
    Heuristic, // greedy, structure-aware: instant, feasible, with the LP bound for its gap
};

// The relative gap every solve aims for unless asked otherwise (CLI, app, report, timeline,
// comparison, scenarios): stop once the plan is proven within 0.1 % of the best possible.
// Measured on both site generators at 50 to 40,000 racks (docs/solver.md, "The default gap"):
// it certifies in about a second where the exact search (relativeGap 0) may run to its time
// limit and gain a few hundredths of a percent.
inline constexpr double kDefaultRelativeGap = 0.001;

struct SolveOptions
{
    // Objectives in priority order (lexicographic): each later one is optimised among the
    // plans that keep every earlier one at its optimum. Empty means {Compute}.
    std::vector<Objective> objectives{ Objective::Compute };
    Precision precision = Precision::Bf16; // for Compute
    QDate date; // the day the site is planned for; null: site.planStart
    // Hot days: plant units (chillers, dry coolers, towers) with monthly profiles are planned
    // for the worst of the months from `date`'s through this date's (a timeline sets the last
    // day of each period); null or before `date`: `date`'s month alone.
    QDate climateThrough;
    SolveMethod method = SolveMethod::Exact;
    // Seconds for the whole solve, every phase included; the solve ends within about a second of
    // the earlier of this and `deadline`, with the best plan found so far.
    double timeLimitSeconds = 60;
    // A deadline shared with other solves (a timeline, comparison or scenario run sets it for all
    // of theirs); never() by default.
    Deadline deadline;
    // Stop when the plan is proven within this relative gap (0: search for the proven optimum).
    double relativeGap = kDefaultRelativeGap;
    bool marginalValues = true; // re-solve with +1 MW at binding nodes
    // Threads for the part LPs of a site that decomposes (≤ 0: one per core). The plan and its
    // bound do not depend on it; everything else runs on the calling thread.
    int threads = 0;
    // Set to true from another thread to stop; the best plan found so far is returned.
    // Not owned; may be null.
    const std::atomic<bool> *cancel = nullptr;
    // The caller has run validateProject() on this very project with the same catalog and it
    // found no problem (the app's document validates each edit for its Problems dock): solve()
    // does not validate again (on 40,000 racks about 0.1 s). Never set it for a project that was
    // not so validated: the solver's later steps assume a valid project.
    bool projectValidated = false;
    // Most rack patterns the formulation enumerates or reuses over the whole site
    // (model/solver/rackslots.h); racks past it are counted per rack instead, which is exact too
    // and bounds the model's size. 0: every rack that can hold something is counted.
    size_t patternBudget = 1'000'000;
    // Measured peak kW of racks (issue 18 §4): from an imported measurement window
    // (model/import/measuredpower.h), by rack id, each ≥ 0. Read only when the site's
    // measuredDiversity policy is on: then every power node above the rack level gets the
    // constant credit measuredDiversityCreditKw describes (docs/measured-power.md). Empty:
    // nameplate everywhere, as before.
    std::map<RackId, double> measuredRackPeakKw;
};

} // namespace warmshell
