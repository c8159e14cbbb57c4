// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QString>

namespace warmshell {
struct Project;
}

namespace warmshell::ui {

// One field of an override as the Scenarios dock shows it ("2026-04-01", "10", "—" when an
// optional field is unset), by the kind's spec (kOverrideKinds).
QString overrideFieldText(const ScenarioOverride &o, const OverrideFieldSpec &field);
// The override in one line: "Add lot (purchase): Lot id lot-new · System model sys-a · …".
QString overrideSummary(const ScenarioOverride &o);
// A new override of `kind` that names the first object of the project it can name, dated
// the site's plan start, with the kind's usual amounts (3 months, a 1,000 kW rating, a lot
// of 1 system of the fleet's first model, the first cooling unit's own capacity), so it
// applies as soon as it is added.
ScenarioOverride defaultOverride(OverrideKind kind, const Project &project);

} // namespace warmshell::ui
