// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capacityplan.h"
#include "project.h"

#include <QString>

#include <vector>

namespace warmshell {

class Catalog;

// One broken constraint of a plan.
struct PlanViolation
{
    QString object; // id of the rack, power node, cooling unit, model, generation or objective
    QString constraint; // "rack-power", "rack-space", "rack-weight", "whole-rack",
                        // "rack-cooling-type", "pinned", "dead-rack", "power-node",
                        // "power-node-failure", "cooling",
                        // "fleet", "operating-point", "inlet-temperature",
                        // "reservation", "quota", "cluster",
                        // "unknown-reference", "totals", "objective"
    QString message; // a sentence with the numbers: "rack rack-1 draws 41.0 kW, limit 40.0 kW"
};

// Re-checks `plan` against `project` at plan.date (options.date, then site.planStart, when
// null), rack by rack, independently of the solver's formulation: rack power, height, weight,
// whole-rack and cooling type; pinned contents; live feeds and air cooling of every rack that
// holds systems; operating-point power; load on every energized power node (a rack counts
// once on each node upstream of either feed) — with the site's reserve policy, a redundant
// node against installed capacity × derating, and with one module failed, against its other
// modules × derating with each interruptible system's IT kW cut to its lot's cap; the air and liquid heat split over
// the live cooling units that serve each rack (exact, by max flow); with the thermal model, every rack's inlet
// temperature (supply + recirculated air heat) against the limit and the plan's reported inlets; the fleet available at
// the date, per model and owner (a tenant's systems against its own lots); tenants' reservations and quotas
// (tenantcheck.h; minimums only for a plan that is not infeasible or failed); the generation totals; and, unless the
// plan is infeasible or failed, the value of the first objective. Physical limits are checked with the power recomputed
// from the catalog, not the plan's figures, and allow 1e-6 relative slack. Returns an empty list for a valid plan; the
// order is deterministic (project order, then plan order). Pure function.
std::vector<PlanViolation> checkPlan(const Project &project, const Catalog &catalog, const CapacityPlan &plan);

// "constraint object: message", one violation per line; "(no violations)" when empty.
QString describe(const std::vector<PlanViolation> &violations);

} // namespace warmshell
