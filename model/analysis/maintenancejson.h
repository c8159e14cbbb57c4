// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/maintenanceimpact.h"

#include <QJsonArray>
#include <QJsonObject>

namespace warmshell {

// The JSON form of maintenance windows' impacts, as documented in docs/maintenance.md: per
// window its id, name, object, module, start, end, hours, the plan date it was analysed on,
// whether the object was live, GPUs and GPU-hours lost, the idle cost of the window (site
// currency) with its lots, the windows it overlaps and "plan": the window's contingency
// result (contingencyToJson: dark, uncooled, capped and shed racks and the runbook).
QJsonObject maintenanceImpactToJson(const MaintenanceImpact &impact);
QJsonObject maintenanceImpactsToJson(const std::vector<MaintenanceImpact> &impacts, const QString &currency);

} // namespace warmshell
