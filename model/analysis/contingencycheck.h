// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/contingency.h"
#include "plan/planchecker.h"

#include <vector>

namespace warmshell {

class Catalog;

// The site as `failure` leaves it at `date`, for a from-scratch recomputation: the failed node
// or unit out of service (commissioned the day after `date`); the node or unit of a failed
// module rated at its surviving modules (rating × (installed − 1), scheme N, derating kept);
// every other node and unit live at `date` rated at all its installed modules as one module
// (scheme N), the capacity on failure of contingency.h. Capacity changes are folded into the
// rating at `date`; a dual-fed rack keeps only a feed that still reaches a live source
// (PowerChain::reachesSource), when one of them does not. Unknown ids change nothing but the
// ratings.
Project projectAfterFailure(const Project &project, const Failure &failure, const QDate &date);

// The plan as `result` leaves it: its dark racks emptied, its uncooled racks emptied of the
// systems that need the lost medium (air: all; liquid: those with a liquid fraction), its
// runbook applied (systems shed, or moved to the operating point they are capped to, with
// power recomputed from the catalog).
CapacityPlan planAfterFailure(
    const Project &project, const Catalog &catalog, const CapacityPlan &plan, const ContingencyResult &result);

// An independent check of one result of analyseContingencies, sharing nothing with
// contingency.cpp but the model types: the plan checker (checkPlan) walks the rebuilt site
// above with the rebuilt plan and recomputes every node's load, every rack's feed paths and
// the cooling split from scratch. Reports (constraint "contingency" unless the plan checker
// names it): every power-node, cooling, dead-rack or operating-point violation of the plan
// after the failure; a dark rack that still has a live path on either feed; an uncooled rack
// that still has a live unit of the lost medium; a runbook when, without it, nothing would
// be over capacity. Empty when the result holds. Pure function; costs one checkPlan per
// question (about three per failure): a naive recomputation, for tests and benchmarks.
std::vector<PlanViolation> checkContingency(
    const Project &project, const Catalog &catalog, const CapacityPlan &plan, const ContingencyResult &result);

} // namespace warmshell
