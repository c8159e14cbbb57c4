// SPDX-License-Identifier: GPL-3.0-or-later
#include "delay.h"

#include "fieldlimits.h"

#include <algorithm>
#include <cmath>

namespace warmshell {

namespace {

// Average days in a month of the Gregorian calendar (365.2425 / 12, rounded to 30.4375 as
// written in docs/file-format.md).
constexpr double kDaysPerMonth = 30.4375;

QString member(const QString &path, const char *key)
{
    return path + QLatin1Char('.') + QLatin1String(key);
}

} // namespace

double DelayDistribution::largestMonths() const
{
    if (!isDiscrete())
        return maxMonths;
    double largest = 0;
    for (const DelayOutcome &o : outcomes)
        largest = std::max(largest, o.months);
    return largest;
}

double DelayDistribution::monthsAt(double u) const
{
    if (isDiscrete()) {
        double cumulative = 0;
        for (const DelayOutcome &o : outcomes) {
            cumulative += o.probability;
            if (u < cumulative)
                return o.months;
        }
        return outcomes.back().months; // u beyond a sum rounded just under 1
    }
    const double a = minMonths, c = modeMonths, b = maxMonths;
    if (b <= a)
        return a;
    // Triangular: F(x) = (x-a)² / ((b-a)(c-a)) up to the mode, 1 - (b-x)² / ((b-a)(b-c)) after.
    const double atMode = (c - a) / (b - a);
    if (u < atMode)
        return a + std::sqrt(u * (b - a) * (c - a));
    return b - std::sqrt((1 - u) * (b - a) * (b - c));
}

QDate delayedDate(const QDate &date, double months)
{
    if (!date.isValid() || !(months > 0))
        return date;
    const double whole = std::floor(months);
    const auto days = qint64(std::llround((months - whole) * kDaysPerMonth));
    return date.addMonths(int(whole)).addDays(days);
}

std::vector<Problem> delayProblems(const DelayDistribution &d, const QString &path)
{
    std::vector<Problem> problems;
    const auto check = [&](const QString &p, double value, const FieldRange &range) {
        if (!range.contains(value)) {
            problems.push_back({ p, range.violation(value) });
            return false;
        }
        return true;
    };
    if (d.isDiscrete()) {
        const QString base = member(path, "outcomes");
        if (d.outcomes.size() > size_t(limits::maxDelayOutcomes))
            problems.push_back({ base,
                QStringLiteral("lists %1 outcomes; at most %2").arg(d.outcomes.size()).arg(limits::maxDelayOutcomes) });
        double sum = 0;
        bool numbersOk = true;
        for (size_t k = 0; k < d.outcomes.size(); ++k) {
            const QString p = base + QStringLiteral("[%1]").arg(k);
            numbersOk &= check(member(p, "months"), d.outcomes[k].months, limits::eventDelayMonths);
            numbersOk &= check(member(p, "probability"), d.outcomes[k].probability, limits::delayProbability);
            sum += d.outcomes[k].probability;
        }
        if (numbersOk && std::abs(sum - 1) > 1e-9)
            problems.push_back({ base,
                QStringLiteral("the probabilities add up to %1; they must add up to 1")
                    .arg(QString::number(sum, 'g', 12)) });
        return problems;
    }
    const bool ok = check(member(path, "min"), d.minMonths, limits::eventDelayMonths)
        & check(member(path, "mode"), d.modeMonths, limits::eventDelayMonths)
        & check(member(path, "max"), d.maxMonths, limits::eventDelayMonths);
    if (!ok)
        return problems;
    if (d.minMonths > d.modeMonths)
        problems.push_back({ member(path, "mode"),
            QStringLiteral("must be at least min (%1), got %2")
                .arg(QString::number(d.minMonths, 'g', 12), QString::number(d.modeMonths, 'g', 12)) });
    if (d.modeMonths > d.maxMonths)
        problems.push_back({ member(path, "max"),
            QStringLiteral("must be at least mode (%1), got %2")
                .arg(QString::number(d.modeMonths, 'g', 12), QString::number(d.maxMonths, 'g', 12)) });
    return problems;
}

} // namespace warmshell
