// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/risk.h"
#include "export/table.h"

namespace warmshell {

// The Monte Carlo run (analysis/risk.h) as a table, one row per period: the P10/P50/P90 of each
// figure and, per lot, the share of samples in which it is fully energized by the period's start
// (column fully_energized_share_LOTID). Money with 2 decimals, shares with 4.
Table riskTable(const RiskResult &risk);

} // namespace warmshell
