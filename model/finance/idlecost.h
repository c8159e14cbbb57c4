// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lot.h"

#include <Eigen/Core>

#include <QDate>
#include <QDateTime>

#include <vector>

namespace warmshell {

// Idle cost of a fleet over planning periods, vectorised over lots × periods. Lots are the
// rows (in the order given), periods the columns; periodBoundaries holds periods + 1
// non-decreasing dates, period k being [periodBoundaries[k], periodBoundaries[k + 1]).
// energizedSystems(i, k) is the number of systems of lot i energized throughout period k
// (from the plan at the period's start); it is clamped to [0, lots[i].count].
//
// Idle depreciation (i, k) = depreciationSchedule(i, k) × (1 − energized(i, k) / count_i):
// the share of the lot's depreciation in the period accrued by systems that are not
// energized. Depreciation accrues only between delivery and retirement (see
// depreciationSchedule), so a lot delivered mid-period counts as idle from delivery to the
// period's end unless the plan at the period's start already energized it (it cannot: it
// was not there). Site currency. A lot with count 0 has no idle cost.
Eigen::MatrixXd idleDepreciation(const std::vector<FleetLot> &lots, const std::vector<QDate> &periodBoundaries,
    const Eigen::MatrixXd &energizedSystems);

// Hours of each period in which lot i is in service (delivered and not retired), lots ×
// periods; days × 24, from 00:00 of the later of period start and delivery to 00:00 of the
// earlier of period end and retirement.
Eigen::MatrixXd inServiceHours(const std::vector<FleetLot> &lots, const std::vector<QDate> &periodBoundaries);

// Idle GPU-hours (i, k) = (count_i − energized(i, k)) × gpusPerSystem[i] × inServiceHours(i, k).
// The opportunity cost of idle GPUs is this times the price of a GPU-hour the user sets; it
// is reported separately from depreciation and never added to it.
Eigen::MatrixXd idleGpuHours(const std::vector<FleetLot> &lots, const std::vector<int> &gpusPerSystem,
    const std::vector<QDate> &periodBoundaries, const Eigen::MatrixXd &energizedSystems);

// Depreciation one system of `lot` accrues in the hours [from, to) (UTC date-times): each
// calendar day d the span touches contributes (its hours in the span / 24) ×
// depreciationBetween(d, d + 1), the day's depreciation spread evenly over its 24 hours;
// nothing before delivery or from the retire date on. The idle cost of a maintenance window
// is this times the systems it idles. 0 when to ≤ from or either is invalid. Site currency.
Money systemDepreciationDuring(const FleetLot &lot, const QDateTime &from, const QDateTime &to);

} // namespace warmshell
