// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline.h"

#include "analysis/maintenanceimpact.h"
#include "catalog.h"
#include "finance/idlecost.h"
#include "solver/solver.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace warmshell {

namespace {

// Systems per model in each rack: rack index -> model id -> count.
using RackContents = std::vector<std::map<QString, int>>;

RackContents contentsOf(const CapacityPlan &plan, const QHash<RackId, int> &rackIndex, size_t racks)
{
    RackContents contents(racks);
    for (const RackPlacement &p : plan.placements) {
        const int r = rackIndex.value(p.rack, -1);
        if (r < 0)
            continue;
        for (const PlacedSystems &s : p.systems)
            contents[size_t(r)][s.model.toString()] += s.count;
    }
    return contents;
}

bool availableAt(const FleetLot &lot, const QDate &date)
{
    return lot.delivered.isValid() && lot.delivered <= date && (lot.retire.isNull() || lot.retire > date);
}

// Computes a timeline period by period; one object per computeTimeline() call.
class TimelineBuilder
{
public:
    TimelineBuilder(const Project &project, const Catalog &catalog, const TimelineOptions &options)
        : m_project(project), m_catalog(catalog), m_options(options),
          m_periods(options.horizonPeriods > 0 ? options.horizonPeriods : project.site.horizonPeriods),
          m_deadline(
              (options.totalTimeLimitSeconds > 0 ? Deadline::after(options.totalTimeLimitSeconds) : Deadline::never())
                  .earlier(options.solve.deadline))
    {
        m_clock.start();
    }

    Timeline run()
    {
        if (!begin())
            return std::move(m_t);
        for (int k = 0; k < m_periods; ++k) {
            if (cancelled()) {
                m_t.problems << QStringLiteral("cancelled after %1 of %2 periods").arg(k).arg(m_periods);
                return std::move(m_t);
            }
            if (!planPeriod(k))
                return std::move(m_t);
            if (m_options.progress)
                m_options.progress(k + 1, m_periods);
        }
        addIdleCosts();
        addLots();
        m_t.seconds = elapsedSeconds();
        return std::move(m_t);
    }

private:
    double elapsedSeconds() const { return double(m_clock.elapsed()) / 1000.0; }
    // The shared cancel flag is set: no further period starts (each would only build its model).
    bool cancelled() const { return m_options.solve.cancel && m_options.solve.cancel->load(); }

    // The timeline's header and the lot and rack indices; false (with a problem) without a
    // valid plan start or a period.
    bool begin()
    {
        m_t.currency = m_project.site.currency;
        m_t.period = m_options.period.value_or(m_project.site.period);
        m_t.allowMoves = m_options.allowMoves;
        m_t.boundaries = periodBoundaries(m_project.site.planStart, m_t.period, m_periods);
        if (m_t.boundaries.size() < 2) {
            m_t.problems << QStringLiteral(
                "$.site.planStart: the timeline needs a valid plan start date and at least one period");
            return false;
        }
        const auto lotCount = Eigen::Index(m_project.fleet.size());
        m_energized = Eigen::MatrixXd::Zero(lotCount, m_periods);
        for (Eigen::Index i = 0; i < lotCount; ++i) {
            m_lotRow.insert(m_project.fleet[size_t(i)].id, int(i));
            m_lotModel.push_back(m_project.model(m_project.fleet[size_t(i)].model, m_catalog));
        }
        for (size_t r = 0; r < m_project.site.racks.size(); ++r)
            m_rackIndex.insert(m_project.site.racks[r].id, int(r));
        return true;
    }

    // Plans period `k` and appends it with its plan; false (the timeline then has problems and
    // no periods) when the solver failed.
    bool planPeriod(int k)
    {
        const QDate date = m_t.boundaries[size_t(k)];
        TimelinePeriod period;
        period.index = k;
        period.start = date;
        period.end = m_t.boundaries[size_t(k) + 1];
        CapacityPlan plan = solvePeriod(period, k);
        if (plan.status == PlanStatus::Failed) {
            m_t.problems << plan.explanations;
            if (m_t.problems.isEmpty())
                m_t.problems << QStringLiteral("the solver failed on %1").arg(date.toString(Qt::ISODate));
            m_t.periods.clear();
            m_t.plans.clear();
            m_t.seconds = elapsedSeconds();
            return false;
        }
        if (plan.status == PlanStatus::Infeasible) {
            period.notes
                << QStringLiteral("no plan on %1; every system counts as idle:").arg(date.toString(Qt::ISODate));
            for (const QString &e : plan.explanations)
                period.notes << QStringLiteral("  ") + e;
            plan.placements.clear();
            plan.lots.clear();
        }
        if (const QString months = designMonthText(plan.designMonths); !months.isEmpty())
            period.notes << QStringLiteral("the period's worst month for the cooling plant: ") + months;
        period.status = plan.status;
        period.method = plan.method;
        period.gap = plan.gap;
        period.seconds = plan.seconds;
        m_t.worstGap = std::max(m_t.worstGap, plan.gap);
        m_t.periodsTimedOut += plan.timedOut ? 1 : 0;
        countMoves(period, plan);
        for (const LotResult &l : plan.lots)
            if (const int row = m_lotRow.value(l.lot, -1); row >= 0)
                m_energized(row, k) = l.energized;
        tallyGenerations(period, plan, k);
        period.powerUsed = plan.energizedPower();
        period.facilityPowerUsed = plan.facilityLoad.facility();
        period.pue = plan.facilityLoad.pue();
        for (const PowerNode &node : m_project.site.power.nodes())
            if (node.kind == PowerNodeKind::Utility)
                period.powerAvailable += node.usableCapacity(date);
        m_t.periods.push_back(std::move(period));
        m_t.plans.push_back(std::move(plan));
        return true;
    }

    // The period's solve options: its date, its months for the hot days (plant units at the
    // worst month of the period), and its share of the total time budget.
    SolveOptions solveOptions(int k, const QDate &date) const
    {
        SolveOptions o = m_options.solve;
        o.date = date;
        o.climateThrough = m_t.boundaries[size_t(k) + 1].addDays(-1);
        o.deadline = m_deadline;
        if (const double left = m_deadline.secondsLeft(); std::isfinite(left))
            o.timeLimitSeconds = std::min(
                m_options.solve.timeLimitSeconds, k == 0 && m_periods > 1 ? left / 2 : left / (m_periods - k));
        return o;
    }

    // The plan of period `k`, with the previous placement carried over when moves are not
    // allowed; if that cannot stand, says why in the notes and plans with moves allowed rather
    // than report nothing.
    CapacityPlan solvePeriod(TimelinePeriod &period, int k)
    {
        const SolveOptions options = solveOptions(k, period.start);
        const bool carrying = !m_options.allowMoves && !m_previous.empty();
        if (!carrying)
            return solveProject(m_project, options);
        removeRetired(period);
        CapacityPlan plan = solveProject(carriedProject(period), options);
        if (plan.status != PlanStatus::Infeasible)
            return plan;
        period.carryOverInfeasible = true;
        period.notes << QStringLiteral(
            "the %1 system(s) energized in the previous period cannot all stay in place on %2:")
                            .arg(period.systemsCarried)
                            .arg(period.start.toString(Qt::ISODate));
        for (const QString &e : plan.explanations)
            period.notes << QStringLiteral("  ") + e;
        period.notes << QStringLiteral("re-planned this period with moves allowed");
        const double spent = plan.seconds;
        plan = solveProject(m_project, options);
        plan.seconds += spent;
        return plan;
    }

    CapacityPlan solveProject(const Project &project, const SolveOptions &options) const
    {
        return m_options.periodSolver ? m_options.periodSolver(project, m_catalog, options)
                                      : solve(project, m_catalog, options);
    }

    // Takes the systems of lots no longer available at the period's start out of the previous
    // placement, from the last racks first.
    void removeRetired(TimelinePeriod &period)
    {
        std::map<QString, int> available;
        for (const FleetLot &lot : m_project.fleet)
            if (availableAt(lot, period.start))
                available[lot.model.toString()] += lot.count;
        std::map<QString, int> total;
        for (const auto &rack : m_previous)
            for (const auto &[model, n] : rack)
                total[model] += n;
        for (auto &[model, n] : total) {
            int excess = n - available[model];
            for (size_t r = m_previous.size(); r-- > 0 && excess > 0;) {
                auto it = m_previous[r].find(model);
                if (it == m_previous[r].end())
                    continue;
                const int take = std::min(excess, it->second);
                it->second -= take;
                excess -= take;
                period.systemsRemovedAtRetirement += take;
            }
        }
        if (period.systemsRemovedAtRetirement > 0)
            period.notes << QStringLiteral("%1 system(s) of retired lots leave their racks on %2")
                                .arg(period.systemsRemovedAtRetirement)
                                .arg(period.start.toString(Qt::ISODate));
    }

    // The project with the previous placement as pinned contents (a pin already there for the
    // model is raised to the count carried).
    Project carriedProject(TimelinePeriod &period) const
    {
        Project carried = m_project;
        for (size_t r = 0; r < m_previous.size(); ++r) {
            Rack &rack = carried.site.racks[r];
            for (const auto &[model, n] : m_previous[r]) {
                if (n <= 0)
                    continue;
                const QString &modelId = model; // (clang 14 cannot capture a structured binding)
                auto pin = std::find_if(rack.pinned.begin(), rack.pinned.end(),
                    [&](const PinnedSystems &p) { return p.model.toString() == modelId; });
                if (pin == rack.pinned.end())
                    rack.pinned.push_back({ SystemModelId(model), n });
                else
                    pin->count = std::max(pin->count, n);
                period.systemsCarried += n;
            }
        }
        return carried;
    }

    // Systems of the previous period no longer in the same rack; the plan's placement becomes
    // the previous one (carried only when moves are not allowed).
    void countMoves(TimelinePeriod &period, const CapacityPlan &plan)
    {
        RackContents now = contentsOf(plan, m_rackIndex, m_project.site.racks.size());
        if (!m_previous.empty())
            for (size_t r = 0; r < m_previous.size(); ++r)
                for (const auto &[model, n] : m_previous[r]) {
                    const auto it = now[r].find(model);
                    period.systemsMoved += std::max(0, n - (it == now[r].end() ? 0 : it->second));
                }
        m_previous = std::move(now);
    }

    // Per generation from the lots available at the period's start; PFLOPS from the plan.
    void tallyGenerations(TimelinePeriod &period, const CapacityPlan &plan, int k) const
    {
        std::map<QString, TimelineGeneration> gens;
        for (size_t i = 0; i < m_project.fleet.size(); ++i) {
            const FleetLot &lot = m_project.fleet[i];
            const SystemModel *m = m_lotModel[i];
            if (!m || !availableAt(lot, period.start))
                continue;
            TimelineGeneration &g = gens[m->generation];
            g.generation = m->generation;
            const int on = std::clamp(int(m_energized(Eigen::Index(i), k)), 0, lot.count);
            g.energizedSystems += on;
            g.idleSystems += lot.count - on;
            g.energizedGpus += on * m->gpusPerSystem;
            g.idleGpus += (lot.count - on) * m->gpusPerSystem;
        }
        for (const GenerationResult &g : plan.generations)
            if (auto it = gens.find(g.generation); it != gens.end())
                it->second.energizedPflops = g.energizedPflops;
        for (auto &[name, g] : gens) {
            period.energizedGpus += g.energizedGpus;
            period.idleGpus += g.idleGpus;
            period.energizedPflops += g.energizedPflops;
            period.generations.push_back(g);
        }
    }

    // Idle depreciation and GPU-hours, lots × periods at once, and their running totals.
    void addIdleCosts()
    {
        std::vector<int> gpus;
        for (const SystemModel *m : m_lotModel)
            gpus.push_back(m ? m->gpusPerSystem : 0);
        m_t.idleDepreciation = idleDepreciation(m_project.fleet, m_t.boundaries, m_energized);
        m_t.idleGpuHours = idleGpuHours(m_project.fleet, gpus, m_t.boundaries, m_energized);
        addMaintenance();
        const Eigen::RowVectorXd perPeriod = m_t.idleDepreciation.colwise().sum();
        const Eigen::RowVectorXd hoursPerPeriod = m_t.idleGpuHours.colwise().sum();
        double cumulative = 0, cumulativeOpportunity = 0;
        for (int k = 0; k < m_periods; ++k) {
            TimelinePeriod &p = m_t.periods[size_t(k)];
            p.idleDepreciation = Money(perPeriod(k));
            cumulative += perPeriod(k);
            p.cumulativeIdleDepreciation = Money(cumulative);
            p.idleGpuHours = hoursPerPeriod(k);
            p.opportunityCost = Money(hoursPerPeriod(k) * m_options.gpuHourPrice);
            cumulativeOpportunity += p.opportunityCost.value();
            p.cumulativeOpportunityCost = Money(cumulativeOpportunity);
        }
        m_t.totalIdleDepreciation = Money(cumulative);
        m_t.totalOpportunityCost = Money(cumulativeOpportunity);
    }

    // Each maintenance window's hours in each period it touches, on that period's plan, added
    // to the period's windows and to the lots' idle depreciation and GPU-hours (the rule in
    // timeline.h). Periods start and end at 00:00 UTC of their dates.
    void addMaintenance()
    {
        for (const MaintenanceWindow &window : m_project.maintenanceWindows)
            for (int k = 0; k < m_periods; ++k) {
                const QDateTime from(m_t.boundaries[size_t(k)], QTime(0, 0), Qt::UTC);
                const QDateTime to(m_t.boundaries[size_t(k) + 1], QTime(0, 0), Qt::UTC);
                if (!(window.start < to && from < window.end))
                    continue;
                const MaintenanceImpact m
                    = analyseMaintenanceWindow(m_project, m_catalog, m_t.plans[size_t(k)], window, from, to);
                TimelinePeriod &p = m_t.periods[size_t(k)];
                p.windows.push_back({ window.id, window.object, m.hours, m.lostGpus(), m.lostGpuHours, m.idleCost });
                p.maintenanceGpuHours += m.lostGpuHours;
                p.maintenanceIdleDepreciation += m.idleCost;
                for (const MaintenanceLotCost &lot : m.lots)
                    if (const int row = m_lotRow.value(lot.lot, -1); row >= 0) {
                        m_t.idleDepreciation(row, k) += lot.idleDepreciation.value();
                        const SystemModel *model = m_lotModel[size_t(row)];
                        m_t.idleGpuHours(row, k) += lot.systems * (model ? model->gpusPerSystem : 0) * m.hours;
                    }
            }
    }

    void addLots()
    {
        for (Eigen::Index i = 0; i < Eigen::Index(m_project.fleet.size()); ++i) {
            const FleetLot &lot = m_project.fleet[size_t(i)];
            TimelineLot l;
            l.lot = lot.id;
            l.name = lot.name;
            l.generation = m_lotModel[size_t(i)] ? m_lotModel[size_t(i)]->generation : QString();
            l.count = lot.count;
            l.delivered = lot.delivered;
            l.retire = lot.retire;
            for (int k = 0; k < m_periods; ++k) {
                l.energized.push_back(int(m_energized(i, k)));
                l.idleDepreciation.push_back(m_t.idleDepreciation(i, k));
                if (l.fullyEnergized.isNull() && lot.count > 0 && availableAt(lot, m_t.boundaries[size_t(k)])
                    && int(m_energized(i, k)) >= lot.count)
                    l.fullyEnergized = m_t.boundaries[size_t(k)];
            }
            l.totalIdleDepreciation = m_t.idleDepreciation.row(i).sum();
            m_t.lots.push_back(std::move(l));
        }
    }

    const Project &m_project;
    const Catalog &m_catalog;
    const TimelineOptions &m_options;
    const int m_periods;
    const Deadline m_deadline; // every period's solve ends by it
    QElapsedTimer m_clock; // since the start of computeTimeline()
    Timeline m_t;
    Eigen::MatrixXd m_energized; // systems energized, lots × periods
    QHash<LotId, int> m_lotRow; // lot -> its row in m_energized (its index in the fleet)
    std::vector<const SystemModel *> m_lotModel; // per lot; null: unknown model
    QHash<RackId, int> m_rackIndex; // rack -> its index in the site
    RackContents m_previous; // empty: nothing carried (first period, or moves allowed)
};

} // namespace

std::vector<QDate> periodBoundaries(const QDate &start, PlanningPeriod period, int periods)
{
    std::vector<QDate> dates;
    if (!start.isValid() || periods < 1)
        return dates;
    const int months = period == PlanningPeriod::Quarter ? 3 : 1;
    for (int k = 0; k <= periods; ++k)
        dates.push_back(start.addMonths(k * months));
    return dates;
}

Timeline computeTimeline(const Project &project, const Catalog &catalog, const TimelineOptions &options)
{
    return TimelineBuilder(project, catalog, options).run();
}

} // namespace warmshell
