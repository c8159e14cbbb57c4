// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/scenariosidebyside.h"
#include "export/table.h"

namespace warmshell {

// The side-by-side view as a table, one row per variant × period × generation (a period with no
// generation delivered gives one row with an empty generation and zeros): the generation's
// energized and idle GPUs and idle depreciation, then the period's totals and facility power
// (repeated on each of its rows). Money with 2 decimals, MW with 4.
Table scenarioSideBySideTable(const ScenarioSideBySide &view);

} // namespace warmshell
