// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/comparison.h"
#include "analysis/scenarioresults.h"
#include "analysis/timeline.h"

#include <QJsonObject>

namespace warmshell {

// JSON forms of the timeline, comparison, swap and scenario results, as documented in
// docs/timeline.md. Money in the site currency, power in kW, dates YYYY-MM-DD, null for
// "never within the horizon".
QJsonObject timelineToJson(const Timeline &timeline);
QJsonObject comparisonToJson(const Comparison &comparison);
QJsonObject swapToJson(const SwapResult &swap);
QJsonObject scenarioComparisonToJson(const ScenarioComparison &comparison);

} // namespace warmshell
