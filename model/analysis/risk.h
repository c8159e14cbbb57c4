// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/timeline.h"
#include "delay.h"

#include <QDate>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <vector>

namespace warmshell {

class Catalog;

// A Monte Carlo run over the timeline (issue 19 §2, docs/risk.md). Each sample draws every
// uncertain date of the project (a power node's or cooling unit's commissioning, a capacity
// change, a lot's delivery: the delays of model/delay.h), computes the timeline of the project
// with those dates, and the run reports per period the P10/P50/P90 of the samples' figures and
// per lot the share of samples in which it is fully energized by each period.
//
// Reproducible: sample i draws from a random stream that depends only on (seed, i), its dates
// are drawn in a fixed order (uncertainDates()), samples are gathered in sample order, so the
// answer does not depend on the thread count or on which thread ran which sample — provided
// every period's solve ends by itself (proven within its gap), not at its time limit; samples
// whose solves stopped at a limit are counted in RiskResult::samplesTimedOut.
//
// Work is shared between samples and between periods: the plan of a period depends only on the
// effective state of the site at its start (each node's live flag, module capacity and house
// load, each cooling unit's live flag, each lot's availability and monthly depreciation), the
// months it covers when a plant unit has a monthly profile, and the systems carried from the
// previous period — not on the date itself; identical problems are solved once
// (RiskResult::solves, cacheHits), also when they fall in different periods.

struct RiskOptions
{
    // Every sample's timeline: solve options, period, horizon, moves, GPU-hour price. Its
    // progress is not called and its totalTimeLimitSeconds is ignored (each period keeps its
    // solve.timeLimitSeconds); solve.cancel stops the run.
    TimelineOptions timeline;
    int samples = 1000; // [1, limits::maxRiskSamples]
    std::uint64_t seed = 1;
    int threads = 0; // samples run at once; <= 0: one per core
    // Told after each sample, from the worker thread that finished it, one call at a time (a
    // mutex serialises them), `done` rising from 1 to `samples`. A receiver on another thread
    // hands the figures over itself.
    SolveProgress progress;
    // Most period plans the cache keeps; once full, new problems are solved but not kept.
    int cacheCapacity = 4096;
};

// One date of the project that may come late.
struct UncertainDate
{
    enum class Kind { NodeCommissioning, CapacityChange, CoolingCommissioning, LotDelivery };
    Kind kind = Kind::LotDelivery;
    QString path; // JSON path of its distribution, e.g. "$.fleet[2].deliveryDelayMonths"
    QString object; // id of the power node, cooling unit or lot
    QDate date; // as written
    DelayDistribution delay;
    int index = 0; // lot or cooling unit index, power node index in the chain's nodes()
    int changeIndex = 0; // CapacityChange only: index in the node's capacityChanges
};

// P10, P50 and P90 of the samples' values: nearest rank, the value at sorted position
// ceil(q × n) − 1 (q = 0.1, 0.5, 0.9; n samples), so each is one of the samples' values.
struct Percentiles
{
    double p10 = 0;
    double p50 = 0;
    double p90 = 0;
};

Percentiles percentilesOf(std::vector<double> values);

struct RiskPeriod
{
    int index = 0;
    QDate start;
    QDate end;
    Percentiles energizedGpus;
    Percentiles idleGpus; // delivered, not retired, not energized at `start`
    Percentiles idleDepreciation; // accrued in the period, site currency (TimelinePeriod's)
    Percentiles cumulativeIdleDepreciation; // from the first period through this one
};

struct RiskLot
{
    LotId lot;
    QString name;
    int count = 0;
    // Per period: share of samples in which the lot was fully energized at some period start
    // on or before this period's start (TimelineLot::fullyEnergized <= start), in [0, 1].
    std::vector<double> fullyEnergizedBy;
};

// What one sample drew and what its timeline gave, for tables, checks and export.
struct RiskSample
{
    std::vector<double> delayMonths; // per uncertain date, in uncertainDates order
    std::vector<int> energizedGpus; // per period
    std::vector<int> idleGpus;
    std::vector<double> idleDepreciation;
    std::vector<QDate> fullyEnergized; // per lot; null: not within the horizon
    double worstGap = 0;
    int periodsTimedOut = 0;
};

struct RiskResult
{
    QString currency;
    PlanningPeriod period = PlanningPeriod::Quarter;
    std::vector<QDate> boundaries; // periods + 1 dates
    std::vector<UncertainDate> uncertainDates;
    std::vector<RiskPeriod> periods;
    std::vector<RiskLot> lots; // in fleet order
    std::vector<RiskSample> samples; // in sample order
    std::uint64_t seed = 0;
    int threads = 0; // threads used
    // The period plans the samples asked for: samples × periods, plus one for each period whose
    // carried placement could not stay and was planned again with moves allowed.
    int periodProblems = 0;
    int solves = 0; // of which solved
    int cacheHits = 0; // of which taken from the cache: the solves the cache saved
    int samplesTimedOut = 0; // samples with a period solve stopped at its time limit
    double worstGap = 0; // largest relative gap of any sample's period plan
    double seconds = 0;
    // Why there is no result (a project that does not validate, a failed solve, "cancelled
    // after k of n samples"); empty when the run completed. With problems, periods, lots and
    // samples are empty.
    QStringList problems;
};

// The project's dates that carry a delay, in a fixed order: power nodes in the chain's
// order (commissioning, then each capacity change), cooling units, lots.
std::vector<UncertainDate> uncertainDates(const Project &project);

// `project` with each uncertain date moved by the months drawn for it (`months`, in
// uncertainDates order; delayedDate). A capacity change never lands before the change listed
// before it: its date is the later of its own delayed date and the previous change's.
Project projectWithDelays(
    const Project &project, const std::vector<UncertainDate> &dates, const std::vector<double> &months);

// The delays sample `sample` of a run seeded `seed` draws, in `dates` order: one uniform
// number per date from the sample's own stream, through DelayDistribution::monthsAt.
std::vector<double> drawDelays(const std::vector<UncertainDate> &dates, std::uint64_t seed, int sample);

// Runs the Monte Carlo (see above). Never throws.
RiskResult computeRisk(const Project &project, const Catalog &catalog, const RiskOptions &options);

} // namespace warmshell
