// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capacityplan.h"

#include <QJsonObject>

namespace warmshell {

// The documented JSON form of a plan (docs/solver.md): snake_case keys, kW, site currency.
QJsonObject planToJson(const CapacityPlan &plan);

} // namespace warmshell
