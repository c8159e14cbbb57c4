// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace warmshell {
class Catalog;
struct ContingencyResult;
struct Project;
} // namespace warmshell

// The words the app uses for one failure's result (model/analysis/contingency.h), shared by
// the "What if this fails?" dock and the contingencies table. Objects are named as the planner
// wrote them; ids go to tooltips.
namespace warmshell::ui::contingencytext {

// "UPS A fails", "Generator 1 fails to start", "UPS A: one of 3 modules fails"; the
// model's description when the failed object has no name.
QString title(const ContingencyResult &result);

// "64 GPUs · 64.0 PFLOPS · USD 12,000 idle depreciation per month lost" (money in `currency`).
QString losses(const ContingencyResult &result, const QString &currency);

// "4 racks dark, 1 without cooling, 0 capped, 2 shedding".
QString rackCounts(const ContingencyResult &result);

// The runbook's first `maxSteps` steps, one line each ("Rack R-01: shed 2 × HGX H100
// (20.4 kW)"; racks and models by name), then "… and N more steps" when there are more.
QString runbook(const ContingencyResult &result, const Project &project, const Catalog &builtIn, int maxSteps);

// The whole text of the What-If dock: title, losses, rack counts, runbook head; or that
// nothing is lost.
QString summary(const ContingencyResult &result, const Project &project, const Catalog &builtIn);

} // namespace warmshell::ui::contingencytext
