// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/capacityplan.h"
#include "plan/solveoptions.h"
#include "plan/solveprogress.h"
#include "project.h"

#include <Eigen/Core>

#include <QDate>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace warmshell {

class Catalog;

struct TimelineOptions
{
    // Objectives, precision, method, gap and per-period time limit of every period's solve;
    // its date is ignored (each period is solved at its start date). Marginal values are
    // off by default: they re-solve once per binding node and the timeline does not show them.
    SolveOptions solve = [] {
        SolveOptions o;
        o.marginalValues = false;
        return o;
    }();
    std::optional<PlanningPeriod> period; // null: the site's period
    int horizonPeriods = 0; // 0: the site's horizon
    // false (default): a system energized in a period stays in its rack in every later period
    // (carried over as pinned contents) until its lot retires. true: every period is planned
    // from scratch and systems may move between racks.
    bool allowMoves = false;
    double gpuHourPrice = 0; // site currency per idle GPU-hour, for the opportunity cost; 0: none
    // Wall-clock budget for the whole timeline, seconds; 0: none. It and solve.deadline (a
    // deadline shared with other timelines) make one deadline that every period's solve ends by.
    // The first period (solved from scratch, the hardest) may use up to half of what is left;
    // each later period then gets min(solve.timeLimitSeconds, what is left / periods left), so
    // late periods are not starved; the gap each period reached is reported.
    double totalTimeLimitSeconds = 0;
    SolveProgress progress; // told after each period (total: the periods)
    // Solves each period's problem (the project, with carried systems pinned, and the period's
    // options); null: solve() of model/solver. The Monte Carlo run (analysis/risk.h) passes one
    // that reuses the plans of identical problems; it must answer as solve() would.
    std::function<CapacityPlan(const Project &, const Catalog &, const SolveOptions &)> periodSolver;
};

struct TimelineGeneration
{
    QString generation;
    int energizedGpus = 0;
    int idleGpus = 0;
    int energizedSystems = 0;
    int idleSystems = 0;
    double energizedPflops = 0;
};

// A maintenance window's part in one period (analysis/maintenanceimpact.h), worked out on the
// period's plan: the hours of the window inside the period, the GPUs it idles, GPU-hours
// lost (GPUs × hours) and the depreciation those systems accrue in those hours.
struct TimelineWindow
{
    QString id;
    QString object;
    double hours = 0;
    int lostGpus = 0;
    double lostGpuHours = 0;
    Money idleDepreciation{ 0 };
};

// One period [start, end) of the timeline, planned at `start`.
//
// Maintenance windows (the rule, docs/maintenance.md): a period's headline counts (energized
// GPUs, systems, PFLOPS, power used) are those of its plan and do not change for a window —
// windows last hours, periods months — but its idle depreciation, idle GPU-hours and
// opportunity cost include what its windows idle for their hours in the period, listed in
// `windows`; so do the lots' idle depreciation and the totals.
struct TimelinePeriod
{
    int index = 0;
    QDate start;
    QDate end;
    PlanStatus status = PlanStatus::Failed; // of the plan used for the period
    QString method;
    double gap = 0;
    double seconds = 0;
    std::vector<TimelineGeneration> generations;
    int energizedGpus = 0;
    int idleGpus = 0; // delivered, not retired, not energized at `start`
    double energizedPflops = 0;
    Kilowatts powerUsed{ 0 }; // energized IT load at `start`
    Kilowatts powerAvailable{ 0 }; // usable capacity of the live utility feeds at `start`
    // The plan's whole load at `start`, kW at the meter: IT + cooling draw + house loads +
    // losses (CapacityPlan::facilityLoad); equals powerUsed on a site without facility figures.
    Kilowatts facilityPowerUsed{ 0 };
    double pue = 0; // facilityPowerUsed / powerUsed; 0 with nothing energized
    Money idleDepreciation{ 0 }; // accrued in the period by systems not energized
    Money cumulativeIdleDepreciation{ 0 };
    double idleGpuHours = 0;
    Money opportunityCost{ 0 }; // idleGpuHours × gpuHourPrice; never part of idleDepreciation
    Money cumulativeOpportunityCost{ 0 };
    std::vector<TimelineWindow> windows; // windows with hours in the period, in project order
    double maintenanceGpuHours = 0; // part of idleGpuHours
    Money maintenanceIdleDepreciation{ 0 }; // part of idleDepreciation
    int systemsCarried = 0; // systems held in place from the previous period (pinned)
    int systemsMoved = 0; // systems of the previous period no longer in the same rack
    int systemsRemovedAtRetirement = 0;
    // The carried placement could not all run at `start` (a capacity drop, a retired feed):
    // the solver's explanation is in `notes` and the period was re-planned with moves allowed.
    bool carryOverInfeasible = false;
    QStringList notes;
};

struct TimelineLot
{
    LotId lot;
    QString name;
    QString generation;
    int count = 0;
    QDate delivered;
    QDate retire;
    std::vector<int> energized; // systems per period
    std::vector<double> idleDepreciation; // per period, site currency
    double totalIdleDepreciation = 0;
    QDate fullyEnergized; // first period start with every system energized; null: never within horizon
};

struct Timeline
{
    QString currency;
    PlanningPeriod period = PlanningPeriod::Quarter;
    bool allowMoves = false;
    std::vector<QDate> boundaries; // periods + 1 dates
    std::vector<TimelinePeriod> periods;
    std::vector<TimelineLot> lots; // in fleet order
    Eigen::MatrixXd idleDepreciation; // lots × periods, site currency
    Eigen::MatrixXd idleGpuHours; // lots × periods
    Money totalIdleDepreciation{ 0 };
    Money totalOpportunityCost{ 0 };
    double seconds = 0;
    double worstGap = 0; // largest relative gap of any period's plan
    // Periods whose solve stopped at its time limit or the timeline's deadline (each still has
    // the best plan found by then).
    int periodsTimedOut = 0;
    std::vector<CapacityPlan> plans; // the plan used for each period
    // Why the timeline could not be computed, or "cancelled after k of n periods" when
    // solve.cancel stopped it (no later period starts); empty when it was computed.
    QStringList problems;
};

// The dates that bound `periods` periods from `start`: start, start + 1 period, ...
std::vector<QDate> periodBoundaries(const QDate &start, PlanningPeriod period, int periods);

// Solves the project period by period (see TimelineOptions). Never throws. A project that does
// not validate gives problems and no periods; a period whose solve fails keeps the previous
// placement out and says why in its notes.
Timeline computeTimeline(const Project &project, const Catalog &catalog, const TimelineOptions &options);

} // namespace warmshell
