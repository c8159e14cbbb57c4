// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lot.h"
#include "units.h"

#include <Eigen/Core>

#include <QDate>

#include <vector>

namespace warmshell {

// Book depreciation of GPU systems. Pure functions of their arguments; amounts are Money in
// the site currency, times are calendar dates, no rounding is applied (the caller rounds for
// display).
//
// Time. The age of an asset at a date is elapsedYears(acquired, date) = elapsedMonths / 12,
// where elapsedMonths counts the whole calendar months from the acquisition date
// (QDate::addMonths, so 2024-01-31 + 1 month = 2024-02-29) plus the fraction of the next month
// by days: 2024-01-15 → 2024-04-15 is exactly 3 months, 2024-01-01 → 2024-01-16 is 15/31 of a
// month, 2024-02-01 → 2024-02-15 is 14/29 (leap year). The age is continuous and
// non-decreasing in the date.
//
// Book value at a date, for a cost C acquired on `acquired` (salvage S = salvageFraction · C,
// age y years):
// - at or before acquisition (y ≤ 0), or with an invalid date: C; nothing accrues before
//   acquisition;
// - StraightLine: C − (C − S) · min(1, y / lifeYears); S from the end of life on;
// - DecliningBalance: max(S, C · (1 − rate)^y), continuous in fractional years; at the end of
//   life (y ≥ lifeYears) whatever remains above S is written off at once, so the book value
//   drops to S there and stays;
// - Custom: schedule[k] is the share of C written off during year k (k = 0, 1, ...), linearly
//   within that year; after the last year of the schedule the book value stays where it is.
//   lifeYears and salvageFraction do not apply. Negative shares count as 0 and the book value
//   never goes below 0 (a schedule summing to more than 1 stops at 0).
// A non-positive lifeYears writes the asset down to S at acquisition; rate is clamped to [0, 1].
//
// Depreciation over an interval [from, to) is book(from) − book(to); it is 0 when to ≤ from.

// Age in years from `from` to `to` as defined above; negative (−elapsedYears(to, from)) when
// `to` is before `from`; 0 if either date is invalid.
double elapsedYears(const QDate &from, const QDate &to);

// Book value at `at` of an asset bought for `cost` on `acquired` (see above).
Money bookValue(const DepreciationPolicy &policy, Money cost, const QDate &acquired, const QDate &at);

// Depreciation accrued in [from, to): bookValue(from) − bookValue(to); 0 when to ≤ from.
// Dates before acquisition count as the acquisition date (nothing accrues before it).
Money depreciationBetween(
    const DepreciationPolicy &policy, Money cost, const QDate &acquired, const QDate &from, const QDate &to);

// Depreciation accrued in the month starting at `at`: depreciationBetween(at, at.addMonths(1)).
Money monthlyDepreciation(const DepreciationPolicy &policy, Money cost, const QDate &acquired, const QDate &at);

// Depreciation of a whole lot (count × unitCost, acquired on `delivered`, lot.depreciation)
// accrued in [from, to). A retired lot accrues nothing from its retire date on: the interval
// is cut at lot.retire, and the book value left then is reported by retirementWriteOff, not
// here. 0 when to ≤ from, for an empty lot or a lot with an invalid delivery date.
Money lotDepreciationBetween(const FleetLot &lot, const QDate &from, const QDate &to);

// Book value of the whole lot at `at`: count × bookValue(...); 0 from its retire date on.
Money lotBookValue(const FleetLot &lot, const QDate &at);

// Book value of the whole lot written off at once on its retire date (count × bookValue at
// lot.retire); 0 for a lot that is kept (null retire date). For a retired lot,
// lotDepreciationBetween(lot, delivered, retire) + retirementWriteOff(lot) = count × unitCost.
Money retirementWriteOff(const FleetLot &lot);

// Depreciation per lot and period for the timeline. periodBoundaries holds periods + 1
// non-decreasing dates; the result has lots.size() rows and periods columns (0 columns for
// fewer than 2 boundaries), and entry (i, k) is
// lotDepreciationBetween(lots[i], periodBoundaries[k], periodBoundaries[k + 1]) in site
// currency, so each row sums to the lot's depreciation between the first and last boundary.
Eigen::MatrixXd depreciationSchedule(const std::vector<FleetLot> &lots, const std::vector<QDate> &periodBoundaries);

} // namespace warmshell
