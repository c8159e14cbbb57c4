// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "procurement.h"

#include <QStringList>

namespace warmshell {

// The independent check of a procurement plan's schedule against its input, by its own code
// (nothing shared with the MILP's builder): every order names a candidate, is placed within the
// horizon and delivered inside it at placed + lead quarters, costs count × price and stays within
// the quarter's availability; the orders stay within each quarter's budget and the total; each
// quarter's ordered systems held equal the orders delivered by its start, those energized are
// at most those held and at most the systems energized; the quarter's PFLOPS-years are 0.25 ×
// its PFLOPS and the totals their discounted sums. Returns one line per violation; empty: the
// schedule is consistent. `startDate`: the site's planStart.
QStringList checkProcurementSchedule(
    const ProcurementInput &input, const QDate &startDate, const ProcurementOutcome &outcome);

} // namespace warmshell
