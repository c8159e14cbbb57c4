// SPDX-License-Identifier: GPL-3.0-or-later
// A 20-quarter timeline of the 100 MW synthetic campus (makeSyntheticSiteByPower): every
// period solved at its start with the previous placement carried over as pinned contents.
// Peer measured in the same run: the same 20 dates solved independently (no carry-over, the
// same solve options), i.e. what the timeline would cost as 20 separate single-date solves.
// Second peer: one from-scratch solve of the first date with the full per-period limit, × N.
// Prints the times, the ratios and the worst relative gap of any period.
//
// Usage: bench_timeline [--mw X] [--periods N] [--method exact|heuristic] [--gap G]
//                       [--time-limit S] [--total-time-limit S]
// Defaults: 100 MW, 20 quarters, exact (GLPK) with a relative gap of 0.5 %, 2 s per period,
// 2.5 s for the whole timeline (each period gets what is left / periods left).
#include "analysis/timeline.h"
#include "campusdelays.h"
#include "catalog.h"
#include "solver/solver.h"
#include "syntheticsite.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace warmshell;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    auto option = [&](const char *flag, const QString &fallback) { return bench::optionValue(args, flag, fallback); };
    const double mw = option("--mw", QStringLiteral("100")).toDouble();
    const int periods = option("--periods", QStringLiteral("20")).toInt();
    const bool heuristic = option("--method", QStringLiteral("exact")) == QLatin1String("heuristic");
    const double gap = option("--gap", QStringLiteral("0.005")).toDouble();
    const double perPeriod = option("--time-limit", QStringLiteral("2")).toDouble();
    const double total = option("--total-time-limit", QStringLiteral("2.5")).toDouble();

    QElapsedTimer clock;
    clock.start();
    Project project = bench::makeSyntheticSiteByPower(mw);
    project.site.horizonPeriods = periods;
    project.site.period = PlanningPeriod::Quarter;
    const double buildSeconds = double(clock.nsecsElapsed()) / 1e9;
    const Catalog &catalog = Catalog::builtIn();

    TimelineOptions options;
    options.solve.method = heuristic ? SolveMethod::Heuristic : SolveMethod::Exact;
    options.solve.relativeGap = gap;
    options.solve.timeLimitSeconds = perPeriod;
    options.solve.marginalValues = false;
    options.totalTimeLimitSeconds = total;

    clock.restart();
    const Timeline timeline = computeTimeline(project, catalog, options);
    const double timelineSeconds = double(clock.nsecsElapsed()) / 1e9;
    if (!timeline.problems.isEmpty()) {
        std::fprintf(stderr, "timeline failed: %s\n", qPrintable(timeline.problems.join(QStringLiteral("; "))));
        return 1;
    }

    // Peer: the same dates, solved one by one from scratch, each with the per-period time the
    // timeline gave its own first period.
    clock.restart();
    double peerWorstGap = 0;
    int peerLastGpus = 0;
    for (const TimelinePeriod &p : timeline.periods) {
        SolveOptions o = options.solve;
        o.date = p.start;
        o.timeLimitSeconds = std::min(perPeriod, total / periods);
        const CapacityPlan plan = solve(project, catalog, o);
        peerWorstGap = std::max(peerWorstGap, plan.gap);
        peerLastGpus = plan.energizedGpus();
    }
    const double peerSeconds = double(clock.nsecsElapsed()) / 1e9;

    // Second peer: one solve from scratch of the first date with the full per-period limit,
    // × periods (what a timeline of unconstrained exact solves would cost).
    clock.restart();
    SolveOptions one = options.solve;
    one.date = project.site.planStart;
    const CapacityPlan single = solve(project, catalog, one);
    const double singleSeconds = double(clock.nsecsElapsed()) / 1e9;

    int carried = 0, moved = 0, infeasible = 0;
    for (const TimelinePeriod &p : timeline.periods) {
        carried += p.systemsCarried;
        moved += p.systemsMoved;
        infeasible += p.carryOverInfeasible ? 1 : 0;
    }
    const TimelinePeriod &last = timeline.periods.back();
    std::printf("bench_timeline: %.0f MW synthetic campus, %zu racks, %d quarters, %s (relative gap %.2f%%, "
                "%.1f s per period, %.1f s in all); site built in %.2f s\n",
        mw, project.site.racks.size(), periods, heuristic ? "heuristic" : "glpk-milp", 100 * gap, perPeriod, total,
        buildSeconds);
    std::printf("timeline (carry-over)         %8.3f s  worst gap %.3f%%  last period %d GPUs on, %d idle; "
                "idle depreciation %.0f %s\n",
        timelineSeconds, 100 * timeline.worstGap, last.energizedGpus, last.idleGpus,
        timeline.totalIdleDepreciation.value(), qPrintable(timeline.currency));
    std::printf("peer: %d independent solves   %8.3f s  worst gap %.3f%%  last period %d GPUs on\n", periods,
        peerSeconds, 100 * peerWorstGap, peerLastGpus);
    std::printf("peer: one solve x %-2d          %8.3f s  (one solve %.3f s, gap %.3f%%, %s)\n", periods,
        singleSeconds * periods, singleSeconds, 100 * single.gap, qPrintable(keyOf(single.status)));
    std::printf("ratio one solve x %d / timeline = %.2fx\n", periods,
        singleSeconds * periods / std::max(timelineSeconds, 1e-9));
    std::printf("ratio peer / timeline = %.2fx; systems carried %d, moved %d, carry-over infeasible in %d period(s); "
                "target < 3 s: %s\n",
        peerSeconds / std::max(timelineSeconds, 1e-9), carried, moved, infeasible,
        timelineSeconds < 3.0 ? "met" : "NOT met");
    return 0;
}
