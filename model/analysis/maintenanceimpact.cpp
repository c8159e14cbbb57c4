// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/maintenanceimpact.h"

#include "catalog.h"
#include "finance/idlecost.h"

#include <algorithm>

namespace warmshell {

Failure maintenanceFailure(const Project &project, const MaintenanceWindow &window)
{
    const bool unit = std::any_of(project.site.coolingUnits.begin(), project.site.coolingUnits.end(),
        [&](const CoolingUnit &u) { return u.id.toString() == window.object; });
    if (unit && !project.site.power.contains(PowerNodeId(window.object)))
        return { window.module > 0 ? FailureKind::CoolingModule : FailureKind::CoolingUnit, window.object };
    return { window.module > 0 ? FailureKind::PowerModule : FailureKind::PowerNode, window.object };
}

QStringList overlappingWindows(const Project &project, const MaintenanceWindow &window)
{
    QStringList ids;
    for (const MaintenanceWindow &other : project.maintenanceWindows)
        if (other.id != window.id && other.object != window.object && other.overlaps(window))
            ids << other.id;
    return ids;
}

MaintenanceImpact analyseMaintenanceWindow(const Project &project, const Catalog &catalog, const CapacityPlan &plan,
    const MaintenanceWindow &window, const QDateTime &from, const QDateTime &to)
{
    MaintenanceImpact m;
    m.window = window;
    m.failure = maintenanceFailure(project, window);
    m.planDate = plan.date.isValid()  ? plan.date
        : plan.options.date.isValid() ? plan.options.date
                                      : project.site.planStart;
    m.from = from.isValid() ? std::max(from, window.start) : window.start;
    m.to = to.isValid() ? std::min(to, window.end) : window.end;
    m.hours = m.to > m.from ? double(m.from.secsTo(m.to)) / 3600.0 : 0.0;
    m.overlapping = overlappingWindows(project, window);
    if (plan.status != PlanStatus::Failed && plan.status != PlanStatus::Infeasible)
        m.impact = analyseFailure(project, catalog, plan, m.failure);
    // analyseFailure names only an element live at the plan's date.
    m.objectLive = !m.impact.description.isEmpty();
    m.lostGpuHours = m.lostGpus() * m.hours;
    for (const LotLoss &loss : m.impact.lots) {
        const auto lot = std::find_if(
            project.fleet.begin(), project.fleet.end(), [&](const FleetLot &l) { return l.id == loss.lot; });
        if (lot == project.fleet.end())
            continue;
        const Money perSystem = m.hours > 0 ? systemDepreciationDuring(*lot, m.from, m.to) : Money(0);
        m.lots.push_back({ lot->id, lot->name, loss.systems, perSystem * double(loss.systems) });
        m.idleCost += m.lots.back().idleDepreciation;
    }
    return m;
}

} // namespace warmshell
