// SPDX-License-Identifier: GPL-3.0-or-later
// The Monte Carlo run (model/analysis/risk.h) on the campus example's 12-quarter timeline,
// with delays on its uncertain dates: the second utility feed's commissioning (triangular 0 /
// 3 / 12 months), the second chiller's (0 / 1 / 6) and the 2026 GB200 lot's delivery (0 / 2 /
// 8). Prints the seconds, the period problems, the solves and the cache hit rate. Peers
// measured in the same run: the same first samples with the cache off (what each sample's
// timeline costs alone), and the run on one thread (the answer must be the same: exit 1 if not).
//
// Usage: bench_risk [--samples N] [--seed S] [--threads T] [--peer-samples M]
//        bench_risk --site synthetic [--mw X] [--periods Q] [--samples N] [--seed S] [--threads T]
// Defaults: 1,000 samples, seed 1, one thread per core, 100 peer samples. Target: 1,000
// samples in under 30 s on a 2-core machine (issue 19 §2).
//
// --site synthetic: the generated campus of bench/syntheticsite.h (default 100 MW) over 20
// quarters (--periods), with delays: the UPS of the second half of the halls (both
// sides) commissioned a year after planStart (each triangular 0 / 3 / 12 months late), the GB300 lot delivered
// 2026-06-01 (0 / 2 / 6) and the B300 lot on order (2026-09-01, 0 / 2 / 8). Each period solved to a 0.5 % gap, at most
// 10 s. Prints the same line (no peers). Target: 1,000 samples in under 5 minutes (issue 19 §2).
#include "analysis/risk.h"
#include "campusdelays.h"
#include "catalog.h"
#include "projectfile.h"
#include "syntheticsite.h"

#include <QCoreApplication>

#include <cstdio>
#include <functional>

using namespace warmshell;

namespace {

Project campusWithDelays()
{
    std::optional<Project> campus
        = bench::loadCampusWithDelays(QStringLiteral(WARMSHELL_SOURCE_DIR "/resources/examples/campus.warmshell.json"));
    if (!campus) {
        std::fprintf(stderr, "bench_risk: the campus example does not load with its three uncertain dates\n");
        std::exit(1);
    }
    return std::move(*campus);
}

Project syntheticWithDelays(double megawatts, int periods)
{
    Project p = bench::makeSyntheticSiteByPower(megawatts);
    p.site.period = PlanningPeriod::Quarter;
    p.site.horizonPeriods = periods;
    // The halls' UPS (ups-HALL-SIDE, downstream of transformer and generator), the second half a year late.
    int upsCount = 0;
    for (const PowerNode &n : p.site.power.nodes())
        upsCount += n.kind == PowerNodeKind::Ups;
    int seen = 0;
    for (const PowerNode &n : p.site.power.nodes())
        if (n.kind == PowerNodeKind::Ups && seen++ >= upsCount / 2) {
            PowerNode *node = p.site.power.node(n.id);
            node->commissioned = p.site.planStart.addMonths(12);
            node->commissioningDelay = DelayDistribution{ 0, 3, 12, {} };
        }
    for (FleetLot &lot : p.fleet) {
        if (lot.id.toString() == QLatin1String("lot-gb300")) {
            lot.delivered = QDate(2026, 6, 1);
            lot.deliveryDelay = DelayDistribution{ 0, 2, 6, {} };
        } else if (lot.id.toString() == QLatin1String("lot-b300-order"))
            lot.deliveryDelay = DelayDistribution{ 0, 2, 8, {} };
    }
    return p;
}

RiskResult run(const Project &p, int samples, std::uint64_t seed, int threads, int cacheCapacity,
    const std::function<void(RiskOptions &)> &adjust = {})
{
    RiskOptions o;
    if (adjust)
        adjust(o);
    o.samples = samples;
    o.seed = seed;
    o.threads = threads;
    o.cacheCapacity = cacheCapacity;
    return computeRisk(p, Catalog::builtIn(), o);
}

void print(const char *label, const RiskResult &r)
{
    std::printf("%-28s %6zu samples %2d thread(s) %8.2f s  %6d period problems  %6d solves  %6d cache hits (%.1f %%)"
                "  worst gap %.3f %%  timed out %d\n",
        label, r.samples.size(), r.threads, r.seconds, r.periodProblems, r.solves, r.cacheHits,
        r.periodProblems > 0 ? 100.0 * r.cacheHits / r.periodProblems : 0.0, 100 * r.worstGap, r.samplesTimedOut);
}

bool sameAnswer(const RiskResult &a, const RiskResult &b)
{
    if (a.samples.size() != b.samples.size())
        return false;
    for (size_t i = 0; i < a.samples.size(); ++i)
        if (a.samples[i].energizedGpus != b.samples[i].energizedGpus
            || a.samples[i].idleDepreciation != b.samples[i].idleDepreciation
            || a.samples[i].delayMonths != b.samples[i].delayMonths)
            return false;
    return true;
}

// The --site synthetic case: one run, its line, the last period's fan.
int runSynthetic(double megawatts, int periods, int samples, std::uint64_t seed, int threads)
{
    const Project project = syntheticWithDelays(megawatts, periods);
    const RiskResult r = run(project, samples, seed, threads, 4096, [](RiskOptions &o) {
        o.timeline.solve.relativeGap = 0.005;
        o.timeline.solve.timeLimitSeconds = 10;
    });
    if (!r.problems.isEmpty()) {
        std::fprintf(stderr, "bench_risk: %s\n", qPrintable(r.problems.join(QStringLiteral("; "))));
        return 1;
    }
    print(qPrintable(QStringLiteral("synthetic %1 MW, %2 quarters").arg(megawatts).arg(periods)), r);
    std::printf("%zu uncertain dates\n", r.uncertainDates.size());
    for (const RiskPeriod &p : r.periods)
        std::printf("  %s energized GPUs P10/P50/P90: %.0f / %.0f / %.0f\n", qPrintable(p.start.toString(Qt::ISODate)),
            p.energizedGpus.p10, p.energizedGpus.p50, p.energizedGpus.p90);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    auto option = [&](const char *flag, const QString &fallback) { return bench::optionValue(args, flag, fallback); };
    const int samples = option("--samples", QStringLiteral("1000")).toInt();
    const auto seed = option("--seed", QStringLiteral("1")).toULongLong();
    const int threads = option("--threads", QStringLiteral("0")).toInt();
    const int peerSamples = option("--peer-samples", QStringLiteral("100")).toInt();
    if (option("--site", QStringLiteral("campus")) == QLatin1String("synthetic"))
        return runSynthetic(option("--mw", QStringLiteral("100")).toDouble(),
            option("--periods", QStringLiteral("20")).toInt(), samples, seed, threads);
    const Project project = campusWithDelays();

    const RiskResult main = run(project, samples, seed, threads, 4096);
    if (!main.problems.isEmpty()) {
        std::fprintf(stderr, "bench_risk: %s\n", qPrintable(main.problems.join(QStringLiteral("; "))));
        return 1;
    }
    print("campus, cache on", main);
    const RiskResult noCache = run(project, peerSamples, seed, threads, 0);
    print("campus, cache off (peer)", noCache);
    const RiskResult oneThread = run(project, samples, seed, 1, 4096);
    print("campus, cache on, 1 thread", oneThread);
    const double perSampleNoCache = noCache.seconds / std::max<size_t>(noCache.samples.size(), 1);
    std::printf("estimated %d samples without the cache: %.1f s (%.1fx the cached run)\n", samples,
        perSampleNoCache * samples, perSampleNoCache * samples / std::max(main.seconds, 1e-9));
    const RiskPeriod &last = main.periods.back();
    std::printf("last period energized GPUs P10/P50/P90: %.0f / %.0f / %.0f\n", last.energizedGpus.p10,
        last.energizedGpus.p50, last.energizedGpus.p90);
    if (!sameAnswer(main, oneThread)) {
        std::fprintf(stderr, "bench_risk: 1 thread and %d threads disagree\n", main.threads);
        return 1;
    }
    std::printf("1 thread and %d threads: the same samples\n", main.threads);
    return 0;
}
