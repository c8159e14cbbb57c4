// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/table.h"
#include "procurement.h"

#include <QJsonObject>

namespace warmshell {

// The procurement plan as JSON: {"currency", "objective", "bound", "gap", "optimal",
// "timedOut", "seconds", "columns", "rows", "marginalMethod", "plan", "mostEfficientNow",
// "fileOrdersOnly", "candidates"}; each schedule with its "orders" and "quarters"; money in
// USD, compute in PFLOPS-years (discounted over the horizon; per quarter not discounted).
// Marginal values that were not computed are null.
QJsonObject procurementToJson(const ProcurementPlan &plan, const ProcurementInput &input);

// One row per order ("order") and per quarter ("quarter") of the plan's schedule, for CSV.
Table procurementTable(const ProcurementPlan &plan);

} // namespace warmshell
