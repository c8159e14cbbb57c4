// SPDX-License-Identifier: GPL-3.0-or-later
#include "risk.h"

#include "catalog.h"
#include "fieldlimits.h"
#include "finance/depreciation.h"
#include "solver/glpkmodel.h"
#include "solver/solver.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <mutex>
#include <random>
#include <thread>

namespace warmshell {

namespace {

// ---- the random stream of one sample ---------------------------------------------------------

// SplitMix64's output function: a bijection of 64-bit words that spreads nearby inputs apart.
std::uint64_t splitMix(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// The generator of sample `sample` of a run seeded `seed`: a function of those two alone.
std::mt19937_64 sampleStream(std::uint64_t seed, int sample)
{
    return std::mt19937_64(splitMix(splitMix(seed) ^ splitMix(std::uint64_t(sample) + 1)));
}

// A uniform number in [0, 1) from the top 53 bits of one draw (the same on every platform,
// unlike std::uniform_real_distribution).
double uniform(std::mt19937_64 &stream)
{
    return double(stream() >> 11) * 0x1.0p-53;
}

// ---- the period cache ----------------------------------------------------------------------

void appendRaw(QByteArray &key, const void *data, size_t size)
{
    key.append(static_cast<const char *>(data), qsizetype(size));
}

template <typename T> void append(QByteArray &key, T value)
{
    appendRaw(key, &value, sizeof value);
}

bool lotAvailableAt(const FleetLot &lot, const QDate &date)
{
    return lot.delivered.isValid() && lot.delivered <= date && (lot.retire.isNull() || lot.retire > date);
}

// Whether a plan may depend on the calendar months its period covers: only through a plant
// unit's monthly profile (hot days, PlantCondition).
bool hasMonthlyProfiles(const Project &project)
{
    return std::any_of(project.site.coolingUnits.begin(), project.site.coolingUnits.end(),
        [](const CoolingUnit &u) { return !u.monthlyDrawFactor.empty() || !u.monthlyCapacityFactor.empty(); });
}

// What tells two period problems of one run apart (see risk.h): the effective state at the
// period's start of everything solve() reads through a date — each power node's commissioning,
// module capacity (capacity changes, a removed node's zero) and house load; each cooling unit's
// being live (commissioned, not out); each lot's being delivered, on order or gone, and its
// monthly depreciation (the weight of its idle systems, to the cent); the months the period
// covers when a plant unit has a monthly profile — and every rack's pinned systems. The date
// itself is not part of it: the same site state at two period starts (every period after the
// last dated change, say) is one problem, whose plan differs only in the date its texts name.
QByteArray periodKey(const Project &project, const SolveOptions &options, bool monthsMatter)
{
    const QDate date = options.date.isValid() ? options.date : project.site.planStart;
    QByteArray key;
    key.reserve(1024);
    if (monthsMatter)
        for (const int month : monthsCovered(date, options.climateThrough))
            append(key, month);
    append(key, -1); // ends the months
    for (const PowerNode &node : project.site.power.nodes()) {
        append(key, node.isCommissionedBy(date));
        append(key, node.moduleCapacity(date).value());
        append(key, node.houseLoad(date).value());
    }
    for (const CoolingUnit &unit : project.site.coolingUnits)
        append(key, (unit.commissioned.isNull() || unit.commissioned <= date) && !unit.isOutAt(date));
    for (const FleetLot &lot : project.fleet) {
        const bool available = lotAvailableAt(lot, date);
        append(key, qint8(available ? 1 : lot.isOnOrderAt(date) ? 2 : 0));
        if (available) // to the cent: the same policy gives bits that differ with the delivery date
            append(key,
                std::llround(100 * monthlyDepreciation(lot.depreciation, lot.unitCost, lot.delivered, date).value()));
    }
    for (size_t r = 0; r < project.site.racks.size(); ++r) {
        const Rack &rack = project.site.racks[r];
        if (rack.pinned.empty())
            continue;
        append(key, qint64(r));
        for (const PinnedSystems &p : rack.pinned) {
            const QByteArray model = p.model.toString().toUtf8();
            append(key, qint64(model.size()));
            key.append(model);
            append(key, p.count);
        }
    }
    return key;
}

// Period plans by problem, shared by every worker of one run. A miss is solved outside the
// lock; two workers that miss the same key at once both solve it (solve() is deterministic,
// so both plans are the same) and the first one stored is kept. A plan taken from the cache is
// dated with the date asked for; its explanation texts may name the date it was solved for.
class PeriodCache
{
public:
    PeriodCache(int capacity, bool monthsMatter) : m_capacity(capacity), m_monthsMatter(monthsMatter) { }

    CapacityPlan solve(const Project &project, const Catalog &catalog, const SolveOptions &options)
    {
        const QByteArray key = periodKey(project, options, m_monthsMatter);
        {
            std::lock_guard lock(m_mutex);
            ++m_lookups;
            if (const auto it = m_plans.constFind(key); it != m_plans.constEnd()) {
                CapacityPlan plan = **it;
                plan.date = options.date.isValid() ? options.date : project.site.planStart;
                return plan;
            }
        }
        CapacityPlan plan = warmshell::solve(project, catalog, options);
        std::lock_guard lock(m_mutex);
        ++m_solves;
        // A plan stopped by cancel or its time limit is not what an unhurried solve would give.
        const bool cancelled = options.cancel && options.cancel->load();
        if (m_plans.size() < m_capacity && !plan.timedOut && !cancelled)
            m_plans.insert(key, std::make_shared<const CapacityPlan>(plan));
        return plan;
    }

    int lookups() const { return m_lookups; }
    int solves() const { return m_solves; }

private:
    const int m_capacity;
    const bool m_monthsMatter; // the project has a plant unit with a monthly profile
    std::mutex m_mutex;
    QHash<QByteArray, std::shared_ptr<const CapacityPlan>> m_plans;
    int m_lookups = 0;
    int m_solves = 0;
};

// ---- the run -------------------------------------------------------------------------------

// The figures of one sample's timeline.
RiskSample sampleOf(const Timeline &t, std::vector<double> months)
{
    RiskSample s;
    s.delayMonths = std::move(months);
    for (const TimelinePeriod &p : t.periods) {
        s.energizedGpus.push_back(p.energizedGpus);
        s.idleGpus.push_back(p.idleGpus);
        s.idleDepreciation.push_back(p.idleDepreciation.value());
    }
    for (const TimelineLot &lot : t.lots)
        s.fullyEnergized.push_back(lot.fullyEnergized);
    s.worstGap = t.worstGap;
    s.periodsTimedOut = t.periodsTimedOut;
    return s;
}

// Runs the samples on a pool of threads; one object per computeRisk() call.
class RiskRun
{
public:
    RiskRun(const Project &project, const Catalog &catalog, const RiskOptions &options)
        : m_project(project), m_catalog(catalog), m_options(options),
          m_cache(options.cacheCapacity, hasMonthlyProfiles(project)), m_samples(size_t(std::max(options.samples, 0)))
    {
        m_timeline = options.timeline;
        m_timeline.progress = {};
        m_timeline.totalTimeLimitSeconds = 0;
        m_timeline.periodSolver
            = [this](const Project &p, const Catalog &c, const SolveOptions &o) { return m_cache.solve(p, c, o); };
    }

    RiskResult run()
    {
        QElapsedTimer clock;
        clock.start();
        m_result.seed = m_options.seed;
        m_result.uncertainDates = uncertainDates(m_project);
        if (!checkOptions())
            return std::move(m_result);
        runWorkers();
        m_result.seconds = double(clock.elapsed()) / 1000.0;
        m_result.solves = m_cache.solves();
        m_result.cacheHits = m_cache.lookups() - m_cache.solves();
        m_result.periodProblems = m_cache.lookups();
        if (!m_problems.isEmpty()) {
            m_result.problems = m_problems;
            return std::move(m_result);
        }
        if (int done = m_done.load(); done < m_options.samples) {
            m_result.problems << QStringLiteral("cancelled after %1 of %2 samples").arg(done).arg(m_options.samples);
            return std::move(m_result);
        }
        gather();
        return std::move(m_result);
    }

private:
    bool checkOptions()
    {
        if (m_options.samples < 1 || m_options.samples > limits::maxRiskSamples)
            m_result.problems << QStringLiteral("the run needs from 1 to %1 samples, got %2")
                                     .arg(limits::maxRiskSamples)
                                     .arg(m_options.samples);
        const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
        m_result.threads = std::clamp(m_options.threads > 0 ? m_options.threads : cores, 1, limits::maxRiskThreads);
        m_result.threads = std::min(m_result.threads, std::max(m_options.samples, 1));
        return m_result.problems.isEmpty();
    }

    bool stopping() const
    {
        const std::atomic<bool> *cancel = m_options.timeline.solve.cancel;
        return m_failed.load() || (cancel && cancel->load());
    }

    void runWorkers()
    {
        std::vector<std::thread> workers;
        for (int t = 1; t < m_result.threads; ++t)
            workers.emplace_back([this] {
                work();
                // GLPK's environment of this thread is not freed when it ends (no problem of
                // it is alive now); in a build without per-thread environments it is shared.
                if (solver::glpkIsThreadLocal())
                    solver::glpkFreeEnvironment();
            });
        work(); // the calling thread is one of the workers
        for (std::thread &w : workers)
            w.join();
    }

    // Takes samples by index until none is left or the run stops.
    void work()
    {
        for (int i = m_next++; i < m_options.samples && !stopping(); i = m_next++) {
            std::vector<double> months = drawDelays(m_result.uncertainDates, m_options.seed, i);
            const Project sample = projectWithDelays(m_project, m_result.uncertainDates, months);
            const Timeline t = computeTimeline(sample, m_catalog, m_timeline);
            if (!t.problems.isEmpty()) {
                fail(i, t.problems);
                return;
            }
            m_samples[size_t(i)] = sampleOf(t, std::move(months));
            const int done = ++m_done;
            if (m_options.progress) {
                std::lock_guard lock(m_progressMutex);
                m_options.progress(done, m_options.samples);
            }
        }
    }

    // A sample's timeline failed: the run stops and says why (the first failure kept; a
    // cancelled timeline is a cancelled run, not a failure).
    void fail(int sample, const QStringList &problems)
    {
        if (stopping() && !m_failed.load())
            return;
        std::lock_guard lock(m_progressMutex);
        if (m_failed.exchange(true))
            return;
        m_problems << QStringLiteral("sample %1: the timeline could not be computed:").arg(sample + 1);
        for (const QString &p : problems)
            m_problems << QStringLiteral("  ") + p;
    }

    // Percentiles per period and shares per lot from the samples, in sample order.
    void gather()
    {
        const Timeline shape = computeTimelineShape();
        m_result.currency = m_project.site.currency;
        m_result.period = m_options.timeline.period.value_or(m_project.site.period);
        m_result.boundaries = shape.boundaries;
        const size_t periods = shape.boundaries.empty() ? 0 : shape.boundaries.size() - 1;
        for (const RiskSample &s : m_samples) {
            m_result.worstGap = std::max(m_result.worstGap, s.worstGap);
            m_result.samplesTimedOut += s.periodsTimedOut > 0 ? 1 : 0;
        }
        for (size_t k = 0; k < periods; ++k)
            m_result.periods.push_back(gatherPeriod(k));
        for (size_t l = 0; l < m_project.fleet.size(); ++l)
            m_result.lots.push_back(gatherLot(l, periods));
        m_result.samples = std::move(m_samples);
    }

    // The boundaries alone (no solve): the horizon and period the samples used.
    Timeline computeTimelineShape() const
    {
        Timeline t;
        const int periods
            = m_options.timeline.horizonPeriods > 0 ? m_options.timeline.horizonPeriods : m_project.site.horizonPeriods;
        t.boundaries = periodBoundaries(
            m_project.site.planStart, m_options.timeline.period.value_or(m_project.site.period), periods);
        return t;
    }

    RiskPeriod gatherPeriod(size_t k) const
    {
        RiskPeriod p;
        p.index = int(k);
        p.start = m_result.boundaries[k];
        p.end = m_result.boundaries[k + 1];
        std::vector<double> on, idle, depreciation, cumulative;
        for (const RiskSample &s : m_samples) {
            on.push_back(s.energizedGpus[k]);
            idle.push_back(s.idleGpus[k]);
            depreciation.push_back(s.idleDepreciation[k]);
            double sum = 0;
            for (size_t j = 0; j <= k; ++j)
                sum += s.idleDepreciation[j];
            cumulative.push_back(sum);
        }
        p.energizedGpus = percentilesOf(std::move(on));
        p.idleGpus = percentilesOf(std::move(idle));
        p.idleDepreciation = percentilesOf(std::move(depreciation));
        p.cumulativeIdleDepreciation = percentilesOf(std::move(cumulative));
        return p;
    }

    RiskLot gatherLot(size_t l, size_t periods) const
    {
        const FleetLot &lot = m_project.fleet[l];
        RiskLot out{ lot.id, lot.name, lot.count, {} };
        for (size_t k = 0; k < periods; ++k) {
            int by = 0;
            for (const RiskSample &s : m_samples)
                by += s.fullyEnergized[l].isValid() && s.fullyEnergized[l] <= m_result.boundaries[k] ? 1 : 0;
            out.fullyEnergizedBy.push_back(double(by) / double(m_samples.size()));
        }
        return out;
    }

    const Project &m_project;
    const Catalog &m_catalog;
    const RiskOptions &m_options;
    TimelineOptions m_timeline; // every sample's, solving through m_cache
    PeriodCache m_cache;
    std::vector<RiskSample> m_samples; // by sample index, each written by the worker that ran it
    RiskResult m_result;
    std::atomic<int> m_next{ 0 };
    std::atomic<int> m_done{ 0 };
    std::atomic<bool> m_failed{ false };
    std::mutex m_progressMutex; // progress calls and m_problems
    QStringList m_problems;
};

// ---- moving the dates of one sample ----------------------------------------------------------

void delayCapacityChanges(PowerNode &node, const std::vector<UncertainDate> &dates, const std::vector<double> &months)
{
    QDate previous;
    for (size_t c = 0; c < node.capacityChanges.size(); ++c) {
        CapacityChange &change = node.capacityChanges[c];
        for (size_t d = 0; d < dates.size(); ++d)
            if (dates[d].kind == UncertainDate::Kind::CapacityChange && dates[d].changeIndex == int(c)
                && dates[d].object == node.id.toString())
                change.from = delayedDate(dates[d].date, months[d]);
        if (previous.isValid() && change.from < previous)
            change.from = previous;
        previous = change.from;
    }
}

} // namespace

Percentiles percentilesOf(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    const auto at = [&](int percent) {
        const size_t n = values.size();
        const size_t rank = (size_t(percent) * n + 99) / 100; // ceil(percent × n / 100), >= 1
        return values[std::max<size_t>(rank, 1) - 1];
    };
    return { at(10), at(50), at(90) };
}

std::vector<UncertainDate> uncertainDates(const Project &project)
{
    std::vector<UncertainDate> out;
    const auto nodes = project.site.power.nodes();
    const auto nodePath = [](size_t i) { return QStringLiteral("$.site.powerNodes[%1]").arg(i); };
    for (size_t i = 0; i < nodes.size(); ++i) {
        const PowerNode &n = nodes[i];
        if (n.commissioningDelay)
            out.push_back(
                { UncertainDate::Kind::NodeCommissioning, nodePath(i) + QStringLiteral(".commissioningDelayMonths"),
                    n.id.toString(), n.commissioned, *n.commissioningDelay, int(i), 0 });
        for (size_t c = 0; c < n.capacityChanges.size(); ++c)
            if (n.capacityChanges[c].delay)
                out.push_back({ UncertainDate::Kind::CapacityChange,
                    nodePath(i) + QStringLiteral(".capacityChanges[%1].delayMonths").arg(c), n.id.toString(),
                    n.capacityChanges[c].from, *n.capacityChanges[c].delay, int(i), int(c) });
    }
    const auto &units = project.site.coolingUnits;
    for (size_t i = 0; i < units.size(); ++i)
        if (units[i].commissioningDelay)
            out.push_back({ UncertainDate::Kind::CoolingCommissioning,
                QStringLiteral("$.site.coolingUnits[%1].commissioningDelayMonths").arg(i), units[i].id.toString(),
                units[i].commissioned, *units[i].commissioningDelay, int(i), 0 });
    for (size_t i = 0; i < project.fleet.size(); ++i)
        if (project.fleet[i].deliveryDelay)
            out.push_back({ UncertainDate::Kind::LotDelivery, QStringLiteral("$.fleet[%1].deliveryDelayMonths").arg(i),
                project.fleet[i].id.toString(), project.fleet[i].delivered, *project.fleet[i].deliveryDelay, int(i),
                0 });
    return out;
}

Project projectWithDelays(
    const Project &project, const std::vector<UncertainDate> &dates, const std::vector<double> &months)
{
    Project out = project;
    for (size_t d = 0; d < dates.size() && d < months.size(); ++d) {
        const UncertainDate &u = dates[d];
        const QDate moved = delayedDate(u.date, months[d]);
        switch (u.kind) {
        case UncertainDate::Kind::NodeCommissioning:
            if (PowerNode *node = out.site.power.node(PowerNodeId(u.object)))
                node->commissioned = moved;
            break;
        case UncertainDate::Kind::CoolingCommissioning:
            out.site.coolingUnits[size_t(u.index)].commissioned = moved;
            break;
        case UncertainDate::Kind::LotDelivery:
            out.fleet[size_t(u.index)].delivered = moved;
            break;
        case UncertainDate::Kind::CapacityChange:
            break; // below, node by node, so that a change never lands before the one before it
        }
    }
    for (const PowerNode &node : project.site.power.nodes())
        if (PowerNode *moved = out.site.power.node(node.id); moved && !node.capacityChanges.empty())
            delayCapacityChanges(*moved, dates, months);
    return out;
}

std::vector<double> drawDelays(const std::vector<UncertainDate> &dates, std::uint64_t seed, int sample)
{
    std::mt19937_64 stream = sampleStream(seed, sample);
    std::vector<double> months;
    months.reserve(dates.size());
    for (const UncertainDate &d : dates)
        months.push_back(d.delay.monthsAt(uniform(stream)));
    return months;
}

RiskResult computeRisk(const Project &project, const Catalog &catalog, const RiskOptions &options)
{
    return RiskRun(project, catalog, options).run();
}

} // namespace warmshell
