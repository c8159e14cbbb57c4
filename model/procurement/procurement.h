// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "procurementinput.h"
#include "project.h"

#include <QDate>
#include <QStringList>

#include <atomic>
#include <cmath>
#include <vector>

namespace warmshell {

// One order of the schedule.
struct ProcurementOrder
{
    SystemModelId model;
    int quarter = 0; // placed in this quarter from the plan start (paid then)
    QDate placed; // the quarter's first day
    QDate delivered; // the first day of quarter + lead: usable from then on
    int count = 0; // systems
    double cost = 0; // USD, count × unit price
};

// What a schedule energizes in one quarter (the per-quarter figures are not discounted).
struct ProcurementPeriod
{
    int quarter = 0;
    QDate start;
    int energizedSystems = 0; // of every lot, the file's and the orders'
    int energizedGpus = 0;
    double energizedPflops = 0; // at the input's precision, operating points counted at their performance
    int orderedDelivered = 0; // systems of the schedule's orders delivered by the quarter's start
    int orderedEnergized = 0; // of those, energized
    int idleSystems = 0; // held (the file's lots available then, and orders delivered) and not energized
    double idleDepreciation = 0; // USD accrued by the idle systems in the quarter
    double computeYears = 0; // energizedPflops × 0.25, PFLOPS-years
    // Power nodes whose row has less headroom than one more system of any model would need.
    QStringList bindingPowerNodes;
    // Objective units (PFLOPS-years or USD, discounted) per MW on each binding power node of this
    // quarter, by the LP dual (ProcurementPlan::marginalMethod). NaN: power does not bind, or not
    // computed.
    double marginalPerMw = std::nan("");
};

// One schedule and what it delivers.
struct ProcurementOutcome
{
    QString name; // "procurement plan", "most efficient model now", "the file's orders only"
    QString description; // how the schedule was made
    bool solved = false; // the placement of every quarter was found (within the gap)
    std::vector<ProcurementOrder> orders;
    std::vector<ProcurementPeriod> periods;
    double capital = 0; // USD ordered
    double computeYears = 0; // discounted PFLOPS-years over the horizon
    double idleDepreciation = 0; // discounted USD over the horizon
    double objective = 0; // the input's objective: computeYears, or value × computeYears − idleDepreciation
    double gap = 0; // relative gap of the placements' solve
};

// Why a candidate got no order (or how many it got).
struct ProcurementVerdict
{
    SystemModelId model;
    int ordered = 0; // systems over the horizon
    // "" when ordered; else one of "lead time", "budget", "space", "power", "cooling", "objective".
    QString binding;
    QString reason; // a sentence a planner reads
};

// The answer: the optimised schedule, the two comparisons and every candidate's verdict.
struct ProcurementPlan
{
    std::vector<Problem> problems; // bad input or a site that cannot be planned: nothing else is set
    QString currency;
    ProcurementOutcome plan;
    ProcurementOutcome mostEfficientNow; // the best PFLOPS per kW candidate, all the money at once
    ProcurementOutcome fileOrdersOnly; // no new order: the owned and on-order lots of the file
    std::vector<ProcurementVerdict> verdicts; // parallel to the input's candidates
    double bound = 0; // proven upper bound of the objective (the MILP's)
    double gap = 0; // (bound − objective) / |objective|
    bool optimal = false; // proven within the requested gap
    bool timedOut = false;
    double seconds = 0;
    int columns = 0, rows = 0; // the multi-period MILP's size
    QString marginalMethod; // how marginal values were obtained
    // What the independent check (procurementcheck.h) finds wrong with the plan's schedule; empty
    // when it is consistent, as it should always be.
    QStringList checkFindings;
};

// Plans what to buy when (ProcurementModel explains the MILP). Pure; never throws; stops on the
// input's time limit or on `cancel` (not owned; may be null) with the best schedule found.
ProcurementPlan planProcurement(const Project &project, const Catalog &catalog, const ProcurementInput &input,
    const std::atomic<bool> *cancel = nullptr);

} // namespace warmshell
