// SPDX-License-Identifier: GPL-3.0-or-later
#include "planorder.h"

namespace warmshell {

bool isBetterValue(Objective objective, double x, double y)
{
    return objective == Objective::IdleCost ? x < y - 1e-9 : x > y + 1e-9;
}

namespace {

bool hasValue(const CapacityPlan &plan)
{
    return plan.status == PlanStatus::Optimal || plan.status == PlanStatus::Feasible;
}

// A relative gap as a percentage with as few digits as it needs: 0.001 -> "0.1".
QString percent(double gap)
{
    return QString::number(100 * gap, 'g', 3);
}

} // namespace

bool isBetterPlan(const CapacityPlan &candidate, const CapacityPlan &kept)
{
    if (!hasValue(candidate))
        return false;
    if (!hasValue(kept))
        return true;
    if (candidate.objective != kept.objective || candidate.options.precision != kept.options.precision)
        return false;
    return isBetterValue(candidate.objective, candidate.objectiveValue, kept.objectiveValue);
}

QString certificationText(const CapacityPlan &plan)
{
    if (!hasValue(plan))
        return {};
    const double target = plan.options.relativeGap;
    if (plan.status == PlanStatus::Optimal && plan.gap == 0)
        return QStringLiteral("proven optimal");
    if (plan.gap <= target + 1e-12)
        return QStringLiteral("certified within %1 % (%2)")
            .arg(percent(target),
                target == kDefaultRelativeGap ? QStringLiteral("default gap") : QStringLiteral("requested gap"));
    const QString why = plan.cancelled ? QStringLiteral("cancelled")
        : plan.timedOut                ? QStringLiteral("time limit reached")
                                       : QStringLiteral("not searched further");
    const QString aim = target == 0 ? QStringLiteral("not proven optimal")
                                    : QStringLiteral("not the %1 % target").arg(percent(target));
    return QStringLiteral("within %1 % of the best possible, %2 (%3)")
        .arg(QString::number(100 * plan.gap, 'f', 2), aim, why);
}

} // namespace warmshell
