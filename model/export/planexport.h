// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/timeline.h"
#include "export/table.h"
#include "plan/capacityplan.h"
#include "problem.h"
#include "project.h"

#include <optional>
#include <span>
#include <utility>

namespace warmshell {

class Catalog;

// The tables a plan exports to. Each kind has one builder: placements, generations, nodes and
// tenants come from one plan (planTable), the timeline from a period-by-period Timeline
// (timelineTable).
enum class PlanTableKind { Placements, Generations, Nodes, Tenants, Timeline };
constexpr std::pair<PlanTableKind, const char *> kPlanTableKinds[] = { { PlanTableKind::Placements, "placements" },
    { PlanTableKind::Generations, "generations" }, { PlanTableKind::Nodes, "nodes" },
    { PlanTableKind::Tenants, "tenants" }, { PlanTableKind::Timeline, "timeline" } };
inline std::span<const std::pair<PlanTableKind, const char *>> enumKeys(PlanTableKind)
{
    return kPlanTableKinds;
}

struct PlanTableResult
{
    std::optional<Table> table;
    QString unavailable; // why there is no table (empty when there is one)
};

// Builds the table `kind` of `plan`, solved for `project`; `builtIn` resolves model names.
//  placements:  site, hall, row, rack_id, rack, system_model_id, system_model, generation,
//               operating_point, count, gpus, power_kw, pinned — one row per rack, model and
//               operating point, racks in plan order; with tenant_id (the owner of the systems,
//               empty for the operator's own) last when the project has tenants.
//  generations: generation, energized/idle GPUs and systems, energized_kw, energized_pflops,
//               idle_depreciation_per_month_<currency>.
//  nodes:       every power node and cooling unit with installed, usable and load kW,
//               utilisation_pct, live, binding.
//  tenants:     CapacityPlan::tenants, one row per tenant then one for the operator's own lots
//               (tenant_id empty, priority "last"): tenant_id, tenant, priority, energized_gpus,
//               idle_gpus, energized_kw, idle_depreciation_per_month_<currency>, binding_quota
//               (maxGpus, maxMegawatts, minGpus or empty). No table, with the reason, when the
//               project has no tenants.
// Timeline yields no table and a reason: it needs a Timeline, see timelineTable().
PlanTableResult planTable(PlanTableKind kind, const CapacityPlan &plan, const Project &project, const Catalog &builtIn);

// The timeline table of `timeline`: per period (in order) one row per generation of the period,
// then a row with generation "total". Columns: period_start, period_end (exclusive, ISO dates),
// status, generation, energized_gpus, idle_gpus, energized_pflops (3 decimals), power_used_kw,
// power_available_kw (3 decimals; the same on every row of a period), idle_depreciation_<cur>,
// cumulative_idle_depreciation_<cur> (2 decimals, the period's figures on every row of it,
// <cur> = the timeline's currency in lower case), systems_moved. A timeline with problems (no
// periods) gives a header only.
Table timelineTable(const Timeline &timeline);

// Reads a placements CSV as written by planTable(Placements) back into rack placements:
// one RackPlacement per rack_id in order of first appearance, its systems in row order, load =
// the sum of their power_kw (usedHeight is left 0). Needs the columns rack_id,
// system_model_id, operating_point, count, gpus, power_kw and pinned, in any order; reads
// tenant_id when there is one (else every system is the operator's own); other columns are
// ignored. Any malformed record refuses the whole file with every problem found,
// each naming the line and the column.
struct PlacementsReadResult
{
    std::vector<RackPlacement> placements;
    std::vector<Problem> errors;
    bool ok() const { return errors.empty(); }
};
PlacementsReadResult readPlacementsCsv(const QString &text);

} // namespace warmshell
