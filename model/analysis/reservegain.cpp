// SPDX-License-Identifier: GPL-3.0-or-later
#include "reservegain.h"

#include "catalog.h"
#include "project.h"
#include "solver/solver.h"

namespace warmshell {

int ReserveGain::totalExtraGpus() const
{
    int n = 0;
    for (const auto &[generation, gpus] : extraGpus)
        n += gpus;
    return n;
}

ReserveGain reserveGain(
    const Project &project, const Catalog &catalog, const CapacityPlan &plan, const SolveOptions &options)
{
    ReserveGain gain;
    if (!project.site.allowInterruptibleOnReserve)
        return gain;
    Project without = project;
    without.site.allowInterruptibleOnReserve = false;
    const CapacityPlan off = solve(without, catalog, options);
    if (off.status == PlanStatus::Failed || off.status == PlanStatus::Infeasible)
        return gain;
    gain.computed = true;
    for (const GenerationResult &g : plan.generations)
        gain.extraGpus[g.generation] += g.energizedGpus;
    for (const GenerationResult &g : off.generations)
        gain.extraGpus[g.generation] -= g.energizedGpus;
    gain.idleSavedPerMonth = off.idleDepreciationPerMonth().value() - plan.idleDepreciationPerMonth().value();
    return gain;
}

} // namespace warmshell
