// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capacityplan.h"
#include "planchecker.h"
#include "project.h"

#include <vector>

namespace warmshell {

class Catalog;

// The plan checker's part for tenants (issue 20 §3), by its own code — it shares nothing with
// the solver's formulation or model/tenant.cpp: the rack reserved for each tenant found from
// its reservedRacks and, through each rack's row, its reservedHalls; then
//   "reservation": a rack reserved for one tenant holding systems of another tenant or of the
//                  operator's own lots (object: the rack);
//   "quota":       a tenant's energized GPUs (placements of its systems, GPUs from the catalog)
//                  above maxGpus or — when `withMinimums`, for a plan that claims to be one —
//                  below minGpus, or its systems' kW (count × model power × the operating
//                  point's power fraction) above maxMegawatts × 1000 (object: the tenant);
//   "unknown-reference": a placement naming a tenant the project does not have.
// Physical figures allow 1e-6 relative slack, as the rest of the checker.
std::vector<PlanViolation> checkTenantRules(
    const Project &project, const Catalog &catalog, const CapacityPlan &plan, bool withMinimums);

} // namespace warmshell
