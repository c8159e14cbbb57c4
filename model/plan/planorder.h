// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capacityplan.h"
#include "solveoptions.h"

#include <QString>

namespace warmshell {

// Which of two plans is better: the one place that says so. Every path that picks between
// plans found on the way (the solver's BestPlan, the app's two passes) asks these, so no answer
// is ever worse than a plan found before it.

// Whether value `x` of `objective` (reporting units: PFLOPS, GPUs, or the idle depreciation per
// month, which is minimised) is better than `y` by more than 1e-9.
bool isBetterValue(Objective objective, double x, double y);

// Whether `candidate` is a better plan than `kept` by their primary objective: false when
// `candidate` has no plan (failed or infeasible) or the two speak of different objectives or
// precisions; true when only `candidate` has a plan. A tie is not better.
bool isBetterPlan(const CapacityPlan &candidate, const CapacityPlan &kept);

// What a plan's gap means to a planner, one phrase: "certified within 0.1 % (default gap)",
// "proven optimal", "certified within 0.5 % (requested gap)", or, when the target was not
// reached, "within 3.20 % of the best possible, not the 0.1 % target (time limit reached)".
// Empty for a plan without a value (failed or infeasible).
QString certificationText(const CapacityPlan &plan);

} // namespace warmshell
