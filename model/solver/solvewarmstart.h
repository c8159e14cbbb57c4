// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assignment.h"
#include "formulation.h"
#include "plan/capacityplan.h"
#include "plan/solveoptions.h"
#include "project.h"

#include <QHash>

#include <vector>

namespace warmshell {

// What one solve() of a document leaves for the next solve of the same document, such as the
// app's live solve after an edit: the plan it returned, rack by rack, and the multipliers of
// the decomposed bound's relaxed rows, by row name. Owned by the caller, who keeps one per
// document and hands it to that document's solves one at a time (solve() reads it and replaces
// it with its own); never shared between threads at once.
//
// It only ever gives the solver a place to start, so a plan is exactly as valid as a cold
// solve's: the previous plan is offered through the greedy fill, which keeps of it only what
// every limit of the edited site allows (a plan still feasible is kept whole, so the answer is
// never worse than it), and the multipliers are any starting point of the bound's search, whose
// bound is a bound for every multiplier. It is ignored as a whole when the site's racks are not
// the same ids in the same order (racks added, removed or reordered) or when the primary
// objective or precision differ.
struct SolveWarmStart
{
    std::vector<RackId> racks; // the site's racks, in order, when it was filled
    Objective objective = Objective::Compute; // the primary objective it was solved for
    Precision precision = Precision::Bf16;
    // The plan returned, per rack that holds systems: (model, operating point, count).
    struct Systems
    {
        SystemModelId model;
        QString operatingPoint;
        int count = 0;
    };
    QHash<RackId, std::vector<Systems>> placements;
    // The decomposed bound's best multipliers per relaxed row name (RowInfo::name), in units of
    // the primary objective per row unit (the stage's scale divided out); empty when the last
    // solve did not decompose.
    QHash<QString, double> multipliers;

    bool isEmpty() const { return racks.empty(); }
    void clear() { *this = SolveWarmStart(); }
};

namespace solver {

// Whether `warm` was left by a solve of a site with the same racks (ids, order) for the same
// primary objective and precision.
bool warmStartApplies(const SolveWarmStart &warm, const Site &site, Objective objective, Precision precision);

// The previous plan's systems on the racks of `f` (a rack's entry that names a model or
// operating point no variant of its group has is dropped): a start for greedyFill(), which
// keeps of it what every limit allows. Empty racks where the plan had nothing.
Assignment previousPlanStart(const Formulation &f, const SolveWarmStart &warm);

// The warm start a solve leaves: the site's racks, `plan`'s placements, and `multipliers`.
SolveWarmStart warmStartFrom(const Site &site, Objective objective, Precision precision, const CapacityPlan &plan,
    QHash<QString, double> multipliers);

} // namespace solver

} // namespace warmshell
