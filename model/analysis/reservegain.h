// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/capacityplan.h"
#include "plan/solveoptions.h"

#include <QString>

#include <map>

namespace warmshell {

class Catalog;
struct Project;

// What the reserve policy (Site::allowInterruptibleOnReserve) adds to a plan: the plan against
// the same site solved with the policy off, with the same options.
struct ReserveGain
{
    bool computed = false; // the site's policy is on and the solve without it gave a plan
    std::map<QString, int> extraGpus; // per generation: energized with the policy minus without
    double idleSavedPerMonth = 0; // idle depreciation per month, without minus with (currency)
    int totalExtraGpus() const;
};

// Solves `project` once more with its policy off and compares with `plan` (solved for it with
// `options`). Nothing computed (and no solve) when the policy is off or that solve fails.
ReserveGain reserveGain(
    const Project &project, const Catalog &catalog, const CapacityPlan &plan, const SolveOptions &options);

} // namespace warmshell
