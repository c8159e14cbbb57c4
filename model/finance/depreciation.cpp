// SPDX-License-Identifier: GPL-3.0-or-later
#include "depreciation.h"

#include <algorithm>
#include <cmath>

namespace warmshell {

namespace {

// Whole and fractional calendar months from `from` to `to`, for from ≤ to (both valid).
double elapsedMonths(const QDate &from, const QDate &to)
{
    // Whole months n: the largest n with from.addMonths(n) ≤ to. from.addMonths(n0) lands in
    // to's month, so n is n0 or n0 − 1.
    int n = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (from.addMonths(n) > to)
        --n;
    const QDate anchor = from.addMonths(n);
    const QDate next = from.addMonths(n + 1);
    return n + double(anchor.daysTo(to)) / double(anchor.daysTo(next));
}

// Share of the cost written off after `years` (≥ 0) under a custom schedule, in [0, 1].
double customWrittenOff(const std::vector<double> &schedule, double years)
{
    double writtenOff = 0.0;
    for (std::size_t k = 0; k < schedule.size() && double(k) < years; ++k)
        writtenOff += std::max(0.0, schedule[k]) * std::min(1.0, years - double(k));
    return std::min(1.0, writtenOff);
}

// Lot book value at `at` ignoring the retirement write-off: the value the lot's accrual stops
// at from its retire date on.
double lotCarryingValue(const FleetLot &lot, const QDate &at)
{
    const QDate date = lot.retire.isValid() ? std::min(at, lot.retire) : at;
    return lot.count * bookValue(lot.depreciation, lot.unitCost, lot.delivered, date).value();
}

} // namespace

double elapsedYears(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return 0.0;
    if (to < from)
        return -elapsedMonths(to, from) / 12.0;
    return elapsedMonths(from, to) / 12.0;
}

Money bookValue(const DepreciationPolicy &policy, Money cost, const QDate &acquired, const QDate &at)
{
    if (!acquired.isValid() || !at.isValid() || at <= acquired)
        return cost;
    const double years = elapsedYears(acquired, at);
    const Money salvage = cost * policy.salvageFraction;
    switch (policy.method) {
    case DepreciationMethod::StraightLine:
        if (policy.lifeYears <= 0.0)
            return salvage;
        return cost - (cost - salvage) * std::min(1.0, years / policy.lifeYears);
    case DepreciationMethod::DecliningBalance: {
        if (years >= policy.lifeYears)
            return salvage;
        const double rate = std::clamp(policy.rate, 0.0, 1.0);
        return std::max(salvage, cost * std::pow(1.0 - rate, years));
    }
    case DepreciationMethod::Custom:
        return cost * (1.0 - customWrittenOff(policy.schedule, years));
    }
    return cost;
}

Money depreciationBetween(
    const DepreciationPolicy &policy, Money cost, const QDate &acquired, const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return Money(0);
    return bookValue(policy, cost, acquired, from) - bookValue(policy, cost, acquired, to);
}

Money monthlyDepreciation(const DepreciationPolicy &policy, Money cost, const QDate &acquired, const QDate &at)
{
    return depreciationBetween(policy, cost, acquired, at, at.addMonths(1));
}

Money lotDepreciationBetween(const FleetLot &lot, const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return Money(0);
    return Money(lotCarryingValue(lot, from) - lotCarryingValue(lot, to));
}

Money lotBookValue(const FleetLot &lot, const QDate &at)
{
    if (lot.retire.isValid() && at >= lot.retire)
        return Money(0);
    return Money(lotCarryingValue(lot, at));
}

Money retirementWriteOff(const FleetLot &lot)
{
    if (!lot.retire.isValid())
        return Money(0);
    return Money(lotCarryingValue(lot, lot.retire));
}

Eigen::MatrixXd depreciationSchedule(const std::vector<FleetLot> &lots, const std::vector<QDate> &periodBoundaries)
{
    const auto rows = Eigen::Index(lots.size());
    const auto boundaries = Eigen::Index(periodBoundaries.size());
    if (boundaries < 2)
        return Eigen::MatrixXd::Zero(rows, 0);
    // Carrying value of each lot at each boundary; a period's depreciation is the drop from
    // one boundary to the next. Equal boundaries give an empty period (0).
    Eigen::MatrixXd carrying(rows, boundaries);
    for (Eigen::Index i = 0; i < rows; ++i)
        for (Eigen::Index k = 0; k < boundaries; ++k)
            carrying(i, k) = lotCarryingValue(lots[std::size_t(i)], periodBoundaries[std::size_t(k)]);
    return carrying.leftCols(boundaries - 1) - carrying.rightCols(boundaries - 1);
}

} // namespace warmshell
