// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/contingency.h"

#include <QJsonObject>

namespace warmshell {

// The JSON form of a contingency analysis, as documented in docs/contingencies.md: the date,
// the count of failures and of those that lose something, the worst one (null when none
// loses anything) and every result in the analysis' order (most impact first). Power in kW,
// money in the site currency per month, racks by id.
QJsonObject contingenciesToJson(const ContingencyAnalysis &analysis);
QJsonObject contingencyToJson(const ContingencyResult &result);

} // namespace warmshell
