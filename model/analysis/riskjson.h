// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/risk.h"
#include "export/table.h"

#include <QJsonObject>

namespace warmshell {

// The run as JSON (docs/risk.md): seed, samples, threads, seconds, the cache's figures, the
// uncertain dates with their distributions, per period the percentiles, per lot the shares
// fully energized by each period; with problems, only the header and "problems".
QJsonObject riskToJson(const RiskResult &risk);

// One row per period: the percentiles of each figure and, per lot, the share of samples in
// which it is fully energized by the period's start (column fully_energized_share_LOTID).
Table riskTable(const RiskResult &risk);

} // namespace warmshell
