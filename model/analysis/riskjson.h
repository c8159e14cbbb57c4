// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/risk.h"

#include <QJsonObject>

namespace warmshell {

// The run as JSON (docs/risk.md): seed, samples, threads, seconds, the cache's figures, the
// uncertain dates with their distributions, per period the percentiles, per lot the shares
// fully energized by each period; with problems, only the header and "problems".
QJsonObject riskToJson(const RiskResult &risk);

} // namespace warmshell
