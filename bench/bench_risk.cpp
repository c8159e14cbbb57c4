// SPDX-License-Identifier: GPL-3.0-or-later
// The Monte Carlo run (model/analysis/risk.h) on the campus example's 12-quarter timeline,
// with delays on its uncertain dates: the second utility feed's commissioning (triangular 0 /
// 3 / 12 months), the second chiller's (0 / 1 / 6) and the 2026 GB200 lot's delivery (0 / 2 /
// 8). Prints the seconds, the period problems, the solves and the cache hit rate. Peers
// measured in the same run: the same first samples with the cache off (what each sample's
// timeline costs alone), and the run on one thread (the answer must be the same: exit 1 if not).
//
// Usage: bench_risk [--samples N] [--seed S] [--threads T] [--peer-samples M]
// Defaults: 1,000 samples, seed 1, one thread per core, 100 peer samples. Target: 1,000
// samples in under 30 s on a 2-core machine (issue 19 §2).
#include "analysis/risk.h"
#include "catalog.h"
#include "projectfile.h"

#include <QCoreApplication>

#include <cstdio>

using namespace warmshell;

namespace {

Project campusWithDelays()
{
    LoadResult r = loadProject(QStringLiteral(WARMSHELL_SOURCE_DIR "/resources/examples/campus.warmshell.json"));
    if (!r.ok()) {
        std::fprintf(stderr, "bench_risk: the campus example does not load\n");
        std::exit(1);
    }
    Project p = std::move(*r.project);
    p.site.power.node(PowerNodeId(QStringLiteral("util-2")))->commissioningDelay = DelayDistribution{ 0, 3, 12, {} };
    for (CoolingUnit &u : p.site.coolingUnits)
        if (u.id.toString() == QLatin1String("chiller-2"))
            u.commissioningDelay = DelayDistribution{ 0, 1, 6, {} };
    for (FleetLot &lot : p.fleet)
        if (lot.id.toString() == QLatin1String("lot-gb200-2026"))
            lot.deliveryDelay = DelayDistribution{ 0, 2, 8, {} };
    return p;
}

RiskResult run(const Project &p, int samples, std::uint64_t seed, int threads, int cacheCapacity)
{
    RiskOptions o;
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    auto option = [&](const char *flag, const QString &fallback) {
        const int i = int(args.indexOf(QLatin1String(flag)));
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    const int samples = option("--samples", QStringLiteral("1000")).toInt();
    const auto seed = option("--seed", QStringLiteral("1")).toULongLong();
    const int threads = option("--threads", QStringLiteral("0")).toInt();
    const int peerSamples = option("--peer-samples", QStringLiteral("100")).toInt();
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
