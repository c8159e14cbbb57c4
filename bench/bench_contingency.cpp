// SPDX-License-Identifier: GPL-3.0-or-later
// Contingency analysis (model/analysis/contingency.h) on the synthetic campuses: every single
// failure of a solved plan, against the naive recomputation measured in the same run — for a
// failure, the site rebuilt as the failure leaves it and every node's load, every rack's feed
// path and the cooling split recomputed from scratch by the plan checker
// (projectAfterFailure + planAfterFailure + checkPlan, model/analysis/contingencycheck.h).
// The naive run is timed on `--naive N` failures spread evenly over the list (all when N ≥
// the count) and extrapolated per failure; the ratio is naive per failure / analysis per
// failure. Targets (issue 18): every failure of the 5 GW site in < 10 s, 1,000 racks in < 0.5 s.
//
// Usage: bench_contingency [--sizes RACKS,...] [--mw MW,...] [--naive N] [--threads T]
// Defaults: --sizes 1000 --mw 5000 --naive 40 --threads 0 (the analysis' default).
#include "analysis/contingency.h"
#include "analysis/contingencycheck.h"
#include "catalog.h"
#include "solver/solver.h"
#include "syntheticsite.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace warmshell;

namespace {

double seconds(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e9;
}

// The naive recomputation of `sample` failures spread over the analysis' results; seconds each.
double naivePerFailure(
    const Project &project, const CapacityPlan &plan, const ContingencyAnalysis &a, int sample, int &violations)
{
    const std::size_t n = a.results.size();
    const std::size_t count = std::min<std::size_t>(n, std::size_t(std::max(1, sample)));
    QElapsedTimer clock;
    clock.start();
    for (std::size_t k = 0; k < count; ++k) {
        const ContingencyResult &r = a.results[k * n / count];
        const Project after = projectAfterFailure(project, r.failure, a.date);
        const auto found = checkPlan(after, Catalog::builtIn(), planAfterFailure(project, Catalog::builtIn(), plan, r));
        violations += int(std::count_if(found.begin(), found.end(), [](const PlanViolation &v) {
            return v.constraint == QLatin1String("power-node") || v.constraint == QLatin1String("cooling");
        }));
    }
    return seconds(clock) / double(count);
}

void run(const char *label, const Project &project, int naiveSample, int threads)
{
    SolveOptions options;
    options.marginalValues = false;
    options.timeLimitSeconds = 120;
    QElapsedTimer clock;
    clock.start();
    const CapacityPlan plan = solve(project, Catalog::builtIn(), options);
    const double solveSeconds = seconds(clock);
    clock.restart();
    const ContingencyAnalysis a = analyseContingencies(project, Catalog::builtIn(), plan, threads);
    const double analysisSeconds = seconds(clock);
    clock.restart();
    const ContingencyAnalysis single = analyseContingencies(project, Catalog::builtIn(), plan, 1);
    const double singleSeconds = seconds(clock);
    int violations = 0;
    const double naive = naivePerFailure(project, plan, a, naiveSample, violations);
    const double perFailure = analysisSeconds / double(std::max<std::size_t>(1, a.results.size()));
    int withImpact = 0;
    for (const ContingencyResult &r : a.results)
        withImpact += r.hasImpact();
    std::printf("%s: %zu racks, plan %s in %.2f s; %zu single failures (%d lose something), worst: %s\n", label,
        project.site.racks.size(), qPrintable(keyOf(plan.status)), solveSeconds, a.results.size(), withImpact,
        a.results.empty() ? "-" : qPrintable(a.results.front().description));
    std::printf("  analysis: %.3f s all failures (%.3f s on one thread), %.1f µs per failure\n", analysisSeconds,
        singleSeconds, perFailure * 1e6);
    std::printf("  naive recomputation: %.1f ms per failure (%d sampled, %d capacity violations left), "
                "%.1f s extrapolated to all\n",
        naive * 1e3, int(std::min<std::size_t>(a.results.size(), std::size_t(naiveSample))), violations,
        naive * double(a.results.size()));
    std::printf("  ratio naive / analysis per failure: %.0f×\n", naive / std::max(perFailure, 1e-12));
}

QList<double> numbers(const QStringList &args, const char *flag, const QString &fallback)
{
    const int i = int(args.indexOf(QLatin1String(flag)));
    const QString text = i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    QList<double> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << part.toDouble();
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const int naive = int(numbers(args, "--naive", QStringLiteral("40")).value(0, 40));
    const int threads = int(numbers(args, "--threads", QStringLiteral("0")).value(0, 0));
    for (double racks : numbers(args, "--sizes", QStringLiteral("1000")))
        run(qPrintable(QStringLiteral("%1 racks").arg(racks)), bench::makeSyntheticSite(int(racks)), naive, threads);
    for (double mw : numbers(args, "--mw", QStringLiteral("5000")))
        run(qPrintable(QStringLiteral("%1 MW").arg(mw)), bench::makeSyntheticSiteByPower(mw), naive, threads);
    return 0;
}
