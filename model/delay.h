// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"

#include <QDate>

#include <vector>

namespace warmshell {

// One possible delay of a discrete distribution: `months` late with `probability`.
struct DelayOutcome
{
    double months = 0; // >= 0
    double probability = 0; // (0, 1]; the outcomes of one distribution add up to 1
    friend bool operator==(const DelayOutcome &, const DelayOutcome &) = default;
};

// How late a dated event (a power node's or cooling unit's commissioning, a capacity change, a
// lot's delivery) may come, in months after its date. Either triangular — min <= mode <= max,
// the most likely delay `mode` — or, when `outcomes` is not empty, a discrete distribution
// (min, mode and max are then unused). Delays are never negative: the date in the file is the
// earliest the event can happen. A distribution with max 0 and no outcomes is certain: the
// event happens on its date. Read by the Monte Carlo run (analysis/risk.h); a plan or a
// timeline uses the date as written.
struct DelayDistribution
{
    double minMonths = 0;
    double modeMonths = 0;
    double maxMonths = 0;
    std::vector<DelayOutcome> outcomes;

    bool isDiscrete() const { return !outcomes.empty(); }
    // The largest delay that can be drawn, months.
    double largestMonths() const;
    // The delay whose cumulative probability first reaches `u` in [0, 1): the inverse of the
    // distribution function (triangular: closed form; discrete: outcomes in the order listed).
    double monthsAt(double u) const;

    friend bool operator==(const DelayDistribution &, const DelayDistribution &) = default;
};

// `date` moved `months` later: whole months by the calendar (QDate::addMonths, so 2027-01-31
// + 1 month is 2027-02-28), the fraction of a month as round(fraction × 30.4375) days.
QDate delayedDate(const QDate &date, double months);

// What is wrong with `d` (path: the distribution's own JSON path, e.g.
// "$.fleet[2].deliveryDelayMonths"): a number out of [0, limits::eventDelayMonths] or not finite,
// min > mode or mode > max, an outcome's probability out of (0, 1], probabilities that do not
// add up to 1. Shared by the file reader and validation.
std::vector<Problem> delayProblems(const DelayDistribution &d, const QString &path);

} // namespace warmshell
