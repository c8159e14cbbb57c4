// SPDX-License-Identifier: GPL-3.0-or-later
#include "idlecost.h"

#include "depreciation.h"

#include <algorithm>

namespace warmshell {

namespace {

// Lot sizes as a column, and energized systems clamped to [0, count] as a share of the lot.
Eigen::MatrixXd energizedShare(const std::vector<FleetLot> &lots, const Eigen::MatrixXd &energized)
{
    Eigen::VectorXd counts(Eigen::Index(lots.size()));
    for (size_t i = 0; i < lots.size(); ++i)
        counts(Eigen::Index(i)) = std::max(0, lots[i].count);
    const Eigen::VectorXd safe = counts.cwiseMax(1.0);
    Eigen::MatrixXd share = energized.cwiseMax(0.0);
    share = share.cwiseMin(counts.replicate(1, energized.cols()));
    share.array().colwise() /= safe.array();
    // An empty lot is "fully energized": nothing of it is idle.
    for (Eigen::Index i = 0; i < counts.size(); ++i)
        if (counts(i) == 0)
            share.row(i).setOnes();
    return share;
}

} // namespace

Eigen::MatrixXd idleDepreciation(const std::vector<FleetLot> &lots, const std::vector<QDate> &periodBoundaries,
    const Eigen::MatrixXd &energizedSystems)
{
    const Eigen::MatrixXd schedule = depreciationSchedule(lots, periodBoundaries);
    if (schedule.cols() == 0 || energizedSystems.rows() != schedule.rows()
        || energizedSystems.cols() != schedule.cols())
        return Eigen::MatrixXd::Zero(schedule.rows(), schedule.cols());
    return schedule.cwiseProduct((1.0 - energizedShare(lots, energizedSystems).array()).matrix());
}

Eigen::MatrixXd inServiceHours(const std::vector<FleetLot> &lots, const std::vector<QDate> &periodBoundaries)
{
    const auto rows = Eigen::Index(lots.size());
    const auto periods = Eigen::Index(std::max<size_t>(periodBoundaries.size(), 1) - 1);
    Eigen::MatrixXd hours = Eigen::MatrixXd::Zero(rows, periods);
    for (Eigen::Index i = 0; i < rows; ++i) {
        const FleetLot &lot = lots[size_t(i)];
        if (!lot.delivered.isValid())
            continue;
        for (Eigen::Index k = 0; k < periods; ++k) {
            const QDate from = std::max(periodBoundaries[size_t(k)], lot.delivered);
            QDate to = periodBoundaries[size_t(k) + 1];
            if (lot.retire.isValid())
                to = std::min(to, lot.retire);
            if (to > from)
                hours(i, k) = 24.0 * double(from.daysTo(to));
        }
    }
    return hours;
}

Eigen::MatrixXd idleGpuHours(const std::vector<FleetLot> &lots, const std::vector<int> &gpusPerSystem,
    const std::vector<QDate> &periodBoundaries, const Eigen::MatrixXd &energizedSystems)
{
    const Eigen::MatrixXd hours = inServiceHours(lots, periodBoundaries);
    if (energizedSystems.rows() != hours.rows() || energizedSystems.cols() != hours.cols()
        || gpusPerSystem.size() != lots.size())
        return Eigen::MatrixXd::Zero(hours.rows(), hours.cols());
    Eigen::VectorXd counts(hours.rows()), gpus(hours.rows());
    for (size_t i = 0; i < lots.size(); ++i) {
        counts(Eigen::Index(i)) = std::max(0, lots[i].count);
        gpus(Eigen::Index(i)) = std::max(0, gpusPerSystem[i]);
    }
    const Eigen::MatrixXd energized = energizedSystems.cwiseMax(0.0).cwiseMin(counts.replicate(1, hours.cols()));
    Eigen::MatrixXd idle = counts.replicate(1, hours.cols()) - energized;
    idle.array().colwise() *= gpus.array();
    return idle.cwiseProduct(hours);
}

Money systemDepreciationDuring(const FleetLot &lot, const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || to <= from || !lot.delivered.isValid())
        return Money(0);
    const QDateTime start = from.toUTC(), end = to.toUTC();
    double total = 0;
    for (QDate day = start.date(); day <= end.date(); day = day.addDays(1)) {
        if (day < lot.delivered || (lot.retire.isValid() && day >= lot.retire))
            continue;
        const QDateTime dayStart(day, QTime(0, 0), Qt::UTC), dayEnd(day.addDays(1), QTime(0, 0), Qt::UTC);
        const qint64 seconds = std::max(start, dayStart).secsTo(std::min(end, dayEnd));
        if (seconds <= 0)
            continue;
        const Money perDay = depreciationBetween(lot.depreciation, lot.unitCost, lot.delivered, day, day.addDays(1));
        total += perDay.value() * double(seconds) / 86400.0;
    }
    return Money(total);
}

} // namespace warmshell
