// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/contingency.h"
#include "maintenance.h"

#include <QStringList>

#include <vector>

namespace warmshell {

class Catalog;

// What a maintenance window (model/maintenance.h) costs, worked out on one plan with the
// contingency machinery (analysis/contingency.h): the window is the single failure of its
// object — the whole power node or cooling unit, or one module / one 2N side of it — so the
// racks that go dark or lose cooling and the runbook (cap to the lowest operating point, then
// shed, lowest PFLOPS per kW first) are exactly those of that failure, with the same rules.
//
// The rules of a window:
// - It is analysed on the plan given (the CLI: the plan solved at the window's start date; the
//   timeline: the plan of each period it touches, from the period's start; the app: the
//   current plan, with its date shown beside the window's). Capacity changes dated inside the
//   window are not seen: the plan's date is the one that counts.
// - Hours are those of [start, end) (or of the span given, clipped to it); GPU-hours lost are
//   the GPUs no longer energized × those hours (capped systems keep their GPUs).
// - Idle cost: the depreciation the systems no longer energized accrue during those hours,
//   systemDepreciationDuring (finance/idlecost.h) per system of the lot charged
//   (ContingencyResult::lots: the energized lots with the least monthly depreciation first).
// - One window at a time: windows on different objects that overlap in time are each analysed
//   alone, and each names the others in `overlapping` (their joint effect is not computed).
//   Two windows on one object may not overlap (maintenanceProblems refuses them).
struct MaintenanceLotCost
{
    LotId lot;
    QString name;
    int systems = 0; // no longer energized during the window
    Money idleDepreciation{ 0 }; // systems × depreciation of one system during the hours
};

struct MaintenanceImpact
{
    MaintenanceWindow window;
    Failure failure; // the failure the window stands for
    QDate planDate; // date of the plan it was analysed on
    QDateTime from, to; // the hours counted: the window, or its part inside a span
    double hours = 0;
    bool objectLive = false; // false: the object is not in service at planDate, nothing is lost
    ContingencyResult impact; // the plan for the window: what goes dark, the runbook, the losses
    std::vector<MaintenanceLotCost> lots; // lots that lose systems, in ContingencyResult::lots order
    double lostGpuHours = 0;
    Money idleCost{ 0 }; // sum of lots' idleDepreciation
    QStringList overlapping; // ids of windows on other objects that share some time with it

    int lostGpus() const { return impact.lostGpus(); }
};

// The failure a window stands for: PowerNode / PowerModule for a power node, CoolingUnit /
// CoolingModule for a cooling unit (module 0: the whole object). A window naming nothing
// gives a PowerNode failure of that id, which analyseFailure finds no impact for.
Failure maintenanceFailure(const Project &project, const MaintenanceWindow &window);

// One window on `plan`. `from`/`to` clip the hours counted (the timeline passes a period);
// invalid: the window's own. `project.maintenanceWindows` gives `overlapping`. Pure function.
MaintenanceImpact analyseMaintenanceWindow(const Project &project, const Catalog &catalog, const CapacityPlan &plan,
    const MaintenanceWindow &window, const QDateTime &from = {}, const QDateTime &to = {});

// The windows of `project` that share some time with `window` on other objects (ids).
QStringList overlappingWindows(const Project &project, const MaintenanceWindow &window);

} // namespace warmshell
