// SPDX-License-Identifier: GPL-3.0-or-later
#include "certifybybound.h"

#include "compactwindows.h"
#include "decomposedbound.h"
#include "greedyfill.h"
#include "lagrangianbound.h"
#include "roundandfill.h"
#include "solvewarmstart.h"

#include <algorithm>

namespace warmshell::solver {

namespace {

// Formulations at least this large take the Lagrangian path first when a gap is allowed.
constexpr size_t kLagrangianColumns = 100'000;
constexpr size_t kLagrangianRows = 5'000;
// From this size a gap target first tries the decomposed bound (cheap when the site splits
// into halls; it declines at once when it does not).
constexpr size_t kDecompositionColumns = 5'000;

// Offers the greedy plan (with its headroom) to `best`.
void considerGreedy(const SolveRun &run, const Formulation &f, const PrimaryObjective &primary, BestPlan &best)
{
    Headroom room(f);
    Assignment greedy = greedyFill(f, primary.objective(), primary.precision(), nullptr, &room);
    best.consider(std::move(greedy), std::move(room));
    run.phase("greedy done");
}

// A bound on every plan (maximised, scaled as the stage; NaN for none) and its name.
struct NamedBound
{
    LagrangianBound bound;
    QString name;
    QHash<QString, double> multipliers; // see BoundCertificate::multipliers
};

// The exact decomposition (fleet rows priced, each distinct hall's LP solved by GLPK; on
// `large` sites, whose whole LP is slow, also the rows linking halls), which converges to the
// LP bound and rounds its LP points into plans on the way; the greedy plan
// too when those are not within the gap. Nothing when the site does not decompose.
std::optional<NamedBound> decomposedStep(const SolveRun &run, const Formulation &f, const PrimaryObjective &primary,
    const StageObjective &stage, double remaining, bool large, BestPlan &best)
{
    const SolveOptions &options = run.options();
    auto roundPrimal = [&](std::span<const double> primal) {
        Headroom room(f);
        Assignment rounded = roundAndFill(f, primal, primary.objective(), primary.precision(), &room);
        best.consider(std::move(rounded), std::move(room));
        run.phase("round-and-fill done");
        return best.stageValue(stage.scale);
    };
    QHash<QString, double> start;
    if (const SolveWarmStart *warm = run.warmStart())
        for (auto it = warm->multipliers.cbegin(); it != warm->multipliers.cend(); ++it)
            start.insert(it.key(), it.value() * stage.scale);
    const double target = best.empty() ? -INFINITY : best.stageValue(stage.scale);
    auto decomposed = decomposedBound(f, stage.coefficients, target, options.relativeGap, 0.5 * remaining,
        options.cancel, roundPrimal, options.threads, large, &start);
    if (!decomposed)
        return std::nullopt;
    if (run.tracing())
        qInfo("solver: decomposition into %d parts, %d distinct (set up in %.3f s), %d evaluations on %d "
              "thread(s), %s",
            decomposed->parts, decomposed->distinctParts, decomposed->setupSeconds, decomposed->iterations,
            decomposed->threads, decomposed->converged ? "converged" : "stopped");
    NamedBound out;
    for (size_t k = 0; k < decomposed->relaxedRows.size(); ++k)
        out.multipliers.insert(
            f.rows[size_t(decomposed->relaxedRows[k])].name, decomposed->multipliers[k] / stage.scale);
    out.name = QStringLiteral("a Lagrangian bound over %1 independent parts (%2 distinct LPs)")
                   .arg(decomposed->parts)
                   .arg(decomposed->distinctParts);
    out.bound = std::move(*decomposed);
    const double bound = primary.reported(out.bound.value / stage.scale);
    const double value = best.value();
    if (best.empty() || std::abs(bound - value) > options.relativeGap * std::max(std::abs(value), 1e-9))
        considerGreedy(run, f, primary, best);
    return out;
}

// The greedy plan, and on large sites the subgradient bound (no bound on the others: the LP
// path gives it).
NamedBound subgradientStep(const SolveRun &run, const Formulation &f, const PrimaryObjective &primary,
    const StageObjective &stage, double remaining, bool large, BestPlan &best)
{
    considerGreedy(run, f, primary, best);
    NamedBound out;
    if (large) {
        const double budget = std::min(10.0, 0.2 * remaining);
        out.bound = lagrangianBound(f, stage.coefficients, best.stageValue(stage.scale), run.options().relativeGap,
            budget, run.options().cancel);
        out.name = QStringLiteral("a Lagrangian bound");
    } else {
        out.bound.value = NAN; // no bound without the LP: the LP path
    }
    return out;
}

} // namespace

BoundCertificate certifyByBound(const SolveRun &run, const Formulation &f, const PrimaryObjective &primary,
    const StageObjective &stage, BestPlan &best, CapacityPlan &plan)
{
    const SolveOptions &options = run.options();
    const bool large = f.columns.size() >= kLagrangianColumns || f.rows.size() >= kLagrangianRows;
    if (!(!f.columns.empty() && options.relativeGap > 0 && objectivesOf(options).size() == 1
            && (large || f.columns.size() >= kDecompositionColumns)))
        return {};
    const double remaining = run.secondsLeft();
    std::optional<NamedBound> found = decomposedStep(run, f, primary, stage, remaining, large, best);
    if (!found)
        found = subgradientStep(run, f, primary, stage, remaining, large, best);
    LagrangianBound &lb = found->bound;
    run.phase("lagrangian bound");
    BoundCertificate out;
    out.multipliers = std::move(found->multipliers);
    out.bound = primary.reported(lb.value / stage.scale);
    double gap = std::isnan(out.bound) ? INFINITY : relativeGap(out.bound, best.value());
    if (!(gap <= options.relativeGap) && std::isfinite(gap) && !run.expired()) {
        improveByRunWindows(run, f, primary, best); // the bound did not certify it
        gap = relativeGap(out.bound, best.value());
    }
    const double value = best.value();
    if (run.tracing())
        qInfo("solver: lagrangian bound %.6g after %d iterations (%.3f s), heuristic %.6g, gap %.4f%%", out.bound,
            lb.iterations, lb.seconds, value, 100 * gap);
    if (!(gap <= options.relativeGap))
        return out;
    out.certified = true;
    plan.method = QStringLiteral("heuristic, certified by ") + found->name;
    plan.bound = out.bound;
    plan.status = gap < 1e-9 ? PlanStatus::Optimal : PlanStatus::Feasible;
    plan.objectiveValue = value;
    plan.gap = gap < 1e-9 ? 0 : gap;
    out.solved = { best.take(), std::move(lb.duals), RowPrices::LagrangianMultipliers };
    return out;
}

} // namespace warmshell::solver
