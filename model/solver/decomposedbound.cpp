// SPDX-License-Identifier: GPL-3.0-or-later
#include "decomposedbound.h"

#include "cuttingplanes.h"
#include "decomposition.h"
#include "glpkmodel.h"
#include "partition.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

namespace warmshell::solver {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// When the search stops, besides convergence.
struct Limits
{
    const QElapsedTimer *timer = nullptr;
    double seconds = 0;
    const std::atomic<bool> *cancel = nullptr;
    double relativeGap = 0;
};

// The threads to solve the parts on: `threads` (≤ 0: one per core), or one when GLPK keeps one
// environment for the whole process.
int threadsToUse(int threads)
{
    if (threads <= 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    return glpkIsThreadLocal() ? threads : 1;
}

// The multiplier search of decomposedBound(), from the evaluation at λ = 0 to the bound, its
// duals and the primal point (rounded on the way when the caller gives a rounding).
class BoundSearch
{
public:
    // `first`: L at `start`; the trust region's half-width starts at `radiusFactor` × each
    // multiplier's scale.
    BoundSearch(Decomposition &d, DecomposedBound &out, const Limits &limits, const PrimalRounding &round,
        double target, const std::vector<double> &start, double radiusFactor, Decomposition::Evaluation first)
        : m_d(d), m_out(out), m_limits(limits), m_round(round), m_target(target), m_n(d.relaxedCount()),
          m_lambda(m_n, 0.0),
          m_search(lowerBounds(d), upperBounds(d), initialRadius(radiusFactor), start, first.value, first.subgradient)
    {
        m_out.value = first.value;
        m_out.iterations = 1;
        m_bestDuals = m_d.duals(m_search.best());
        m_history.push_back(std::move(first));
    }

    // Multipliers start at 0 (no system has a price) or where a warm start puts them, and stay
    // within ±4× their row's value scale (a fleet row's price per system cannot exceed what a
    // system is worth).
    static std::vector<double> upperBounds(const Decomposition &d)
    {
        std::vector<double> upper(d.relaxedCount());
        for (size_t k = 0; k < upper.size(); ++k)
            upper[k] = 4 * d.multiplierScale(k);
        return upper;
    }
    static std::vector<double> lowerBounds(const Decomposition &d)
    {
        std::vector<double> lower(d.relaxedCount());
        for (size_t k = 0; k < lower.size(); ++k)
            lower[k] = d.relaxedIsFree(k) ? -4 * d.multiplierScale(k) : 0;
        return lower;
    }

    void run()
    {
        // The parts' maximisers at the starting multipliers (0, or a warm start's) are rounded
        // once before the search: on a 1,000-rack recirculation campus (seed 12) that plan
        // was 54,300 PFLOPS where the rounded points of the converged search gave 51,000
        // (bound 55,265): each hall filled as if alone keeps whole racks together. Not when the
        // plan the caller has is already within the gap of L there (a warm start's previous
        // plan after a small edit): that rounding took 0.23 s of a 0.5 s warm solve of a
        // 40,000-rack site and could only give another plan within the gap.
        if (m_round && !reached()) {
            const std::vector<const Decomposition::Evaluation *> first{ &m_history.front() };
            roundPrimal(m_d.combine(first, { 1.0 }));
        }
        while (!reached() && !outOfTime()) {
            if (!iterate())
                break;
        }
        finish();
    }

private:
    std::vector<double> initialRadius(double factor) const
    {
        std::vector<double> radius(m_n);
        for (size_t k = 0; k < m_n; ++k)
            radius[k] = factor * m_d.multiplierScale(k);
        return radius;
    }

    // Some plan is certified within the gap (−∞: no plan yet, nothing to certify).
    bool reached() const
    {
        return m_target > -kInf && m_out.value - m_target <= m_limits.relativeGap * std::max(std::abs(m_target), 1e-9);
    }
    bool outOfTime() const
    {
        return !(m_limits.timer->nsecsElapsed() / 1e9 < m_limits.seconds)
            || (m_limits.cancel && m_limits.cancel->load(std::memory_order_relaxed));
    }

    // The maximisers weighted by the duals of the cuts (Dantzig–Wolfe), after a next():
    // at convergence an optimum of the whole LP; before, a near-feasible point to round.
    LargeVector<double> primal() const
    {
        std::vector<const Decomposition::Evaluation *> evaluations;
        for (const auto &h : m_history)
            evaluations.push_back(&h);
        return m_d.combine(evaluations, m_search.cutWeights());
    }

    void roundPrimal(std::span<const double> point)
    {
        m_roundedAtCuts = m_history.size();
        m_target = std::max(m_target, m_round(point));
    }

    // One step: the model's minimum, rounding when it is near, then L there. False to stop.
    bool iterate()
    {
        double theta = 0;
        if (!m_search.next(&m_lambda, &theta))
            return false;
        const double tolerance = 1e-7 * std::max(1.0, std::abs(m_out.value));
        if (theta >= m_out.value - tolerance) { // best is minimal in a box around it, so everywhere
            m_out.converged = true;
            return false;
        }
        // Rounding is tried once the model says L is within half the target gap of its minimum,
        // then each time that estimate shrinks fourfold; a better plan raises the target.
        if (m_round && m_out.value - theta <= m_nextRounding * std::abs(m_out.value)) {
            roundPrimal(primal());
            m_nextRounding /= 4;
            if (reached())
                return false;
        }
        Decomposition::Evaluation e = m_d.evaluate(m_lambda, *m_limits.timer, m_limits.seconds, m_limits.cancel);
        if (!e.ok)
            return false;
        ++m_out.iterations;
        const bool moved = m_search.add(m_lambda, e.value, e.subgradient, theta);
        m_history.push_back(std::move(e));
        if (moved) {
            m_out.value = m_search.bestValue();
            m_bestDuals = m_d.duals(m_search.best());
        }
        return true;
    }

    // The duals at the best λ; the primal point of the model's last minimum, rounded once
    // more if the target is still missed and cuts came since the last rounding.
    void finish()
    {
        m_out.duals = std::move(m_bestDuals);
        m_out.multipliers = m_search.best();
        for (size_t k = 0; k < m_n; ++k)
            m_out.relaxedRows.push_back(m_d.relaxedRow(k));
        std::vector<double> probe(m_n);
        double theta = 0;
        if (!m_search.next(&probe, &theta))
            return;
        m_out.primal = primal();
        if (m_round && !reached() && m_roundedAtCuts != m_history.size())
            roundPrimal(m_out.primal);
    }

    Decomposition &m_d;
    DecomposedBound &m_out; // value: L at the best λ
    const Limits m_limits;
    const PrimalRounding &m_round;
    double m_target;
    const size_t m_n; // multipliers
    std::vector<double> m_lambda;
    MultiplierSearch m_search;
    std::vector<Decomposition::Evaluation> m_history; // one per cut, in order
    std::vector<double> m_bestDuals;
    double m_nextRounding = 0.5 * m_limits.relativeGap;
    size_t m_roundedAtCuts = 0;
};

} // namespace

// With the hall links relaxed the search converges more slowly (a multiplier per linking row)
// and the caller's LP path is its fallback: it takes this share of its `seconds`, leaving the
// LP the rest (a 1,000-rack recirculation campus: the decomposition converges in 4–5 s, the
// whole LP needs 4–8 s, on a loaded 2-core machine).
constexpr double kHallLinksShare = 0.6;
constexpr double kSlowFirstEvaluation = 0.05;

// A warm start's trust region, as a share of the cold one: the optimum is expected near.
constexpr double kWarmRadius = 0.1;

namespace {

// The multipliers a search starts from: 0, or `start`'s value by row name clipped to the box.
std::vector<double> startingMultipliers(
    const Formulation &f, const Decomposition &d, const QHash<QString, double> *start)
{
    std::vector<double> lambda(d.relaxedCount(), 0.0);
    if (!start || start->isEmpty())
        return lambda;
    const std::vector<double> lower = BoundSearch::lowerBounds(d), upper = BoundSearch::upperBounds(d);
    for (size_t k = 0; k < lambda.size(); ++k) {
        const double x = start->value(f.rows[size_t(d.relaxedRow(k))].name, 0.0);
        lambda[k] = std::isfinite(x) ? std::clamp(x, lower[k], upper[k]) : 0.0;
    }
    return lambda;
}

} // namespace

std::optional<DecomposedBound> decomposedBound(const Formulation &f, std::span<const double> c, double target,
    double relativeGap, double seconds, const std::atomic<bool> *cancel, const PrimalRounding &round, int threads,
    bool relaxHallLinks, const QHash<QString, double> *start)
{
    QElapsedTimer timer;
    timer.start();
    std::optional<Partition> partition = partitionFormulation(f, c, relaxHallLinks);
    if (!partition)
        return std::nullopt;
    if (partition->hallLinksRelaxed)
        seconds *= kHallLinksShare;
    Decomposition d(std::move(*partition));
    d.start(threadsToUse(threads));
    DecomposedBound out;
    out.setupSeconds = timer.nsecsElapsed() / 1e9;
    out.parts = d.partCount();
    out.distinctParts = int(d.classCount());
    out.threads = d.threadCount();

    const std::vector<double> lambda0 = startingMultipliers(f, d, start);
    const bool warm = std::any_of(lambda0.begin(), lambda0.end(), [](double x) { return x != 0; });
    Decomposition::Evaluation first = d.evaluate(lambda0, timer, seconds, cancel);
    if (!first.ok)
        return std::nullopt;
    // The search over the hall links needs tens of evaluations: when the first one alone took
    // more than a twentieth of the time left after the set-up it cannot converge, so it stops
    // there and leaves the time to the LP path (its bound is still a bound). The set-up (the
    // partition, the parts' models) is not an evaluation: counted in, a cold heap's set-up
    // alone passed the mark on a 5 GW site (0.75 s of 0.89 s) and sent it to a 44 s LP where
    // the search converges in 4 s.
    const double firstSeconds = timer.nsecsElapsed() / 1e9 - out.setupSeconds;
    if (partition->hallLinksRelaxed && firstSeconds > kSlowFirstEvaluation * (seconds - out.setupSeconds))
        seconds = timer.nsecsElapsed() / 1e9;
    BoundSearch(d, out, { &timer, seconds, cancel, relativeGap }, round, target, lambda0, warm ? kWarmRadius : 1.0,
        std::move(first))
        .run();
    out.seconds = timer.nsecsElapsed() / 1e9;
    return out;
}

} // namespace warmshell::solver
