// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline.h"

#include "catalog.h"
#include "finance/idlecost.h"
#include "solver/solver.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
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
    QElapsedTimer clock;
    clock.start();
    Timeline t;
    t.currency = project.site.currency;
    t.period = options.period.value_or(project.site.period);
    t.allowMoves = options.allowMoves;
    const int periods = options.horizonPeriods > 0 ? options.horizonPeriods : project.site.horizonPeriods;
    t.boundaries = periodBoundaries(project.site.planStart, t.period, periods);
    if (t.boundaries.size() < 2) {
        t.problems << QStringLiteral(
            "$.site.planStart: the timeline needs a valid plan start date and at least one period");
        return t;
    }

    const auto lotCount = Eigen::Index(project.fleet.size());
    Eigen::MatrixXd energized = Eigen::MatrixXd::Zero(lotCount, periods);
    QHash<LotId, int> lotRow;
    std::vector<const SystemModel *> lotModel;
    for (Eigen::Index i = 0; i < lotCount; ++i) {
        lotRow.insert(project.fleet[size_t(i)].id, int(i));
        lotModel.push_back(project.model(project.fleet[size_t(i)].model, catalog));
    }
    QHash<RackId, int> rackIndex;
    for (size_t r = 0; r < project.site.racks.size(); ++r)
        rackIndex.insert(project.site.racks[r].id, int(r));

    RackContents previous; // empty: nothing carried (first period, or moves allowed)
    for (int k = 0; k < periods; ++k) {
        const QDate date = t.boundaries[size_t(k)];
        TimelinePeriod period;
        period.index = k;
        period.start = date;
        period.end = t.boundaries[size_t(k) + 1];

        std::map<QString, int> available;
        for (const FleetLot &lot : project.fleet)
            if (availableAt(lot, date))
                available[lot.model.toString()] += lot.count;

        SolveOptions solveOptions = options.solve;
        solveOptions.date = date;
        if (options.totalTimeLimitSeconds > 0) {
            const double left = std::max(0.0, options.totalTimeLimitSeconds - double(clock.elapsed()) / 1000.0);
            solveOptions.timeLimitSeconds = std::max(0.05,
                std::min(options.solve.timeLimitSeconds, k == 0 && periods > 1 ? left / 2 : left / (periods - k)));
        }

        // Carry the previous placement as pinned contents, without systems of retired lots
        // (taken out of the last racks first).
        Project carried;
        bool carrying = !options.allowMoves && !previous.empty();
        if (carrying) {
            std::map<QString, int> total;
            for (const auto &rack : previous)
                for (const auto &[model, n] : rack)
                    total[model] += n;
            for (auto &[model, n] : total) {
                int excess = n - available[model];
                for (size_t r = previous.size(); r-- > 0 && excess > 0;) {
                    auto it = previous[r].find(model);
                    if (it == previous[r].end())
                        continue;
                    const int take = std::min(excess, it->second);
                    it->second -= take;
                    excess -= take;
                    period.systemsRemovedAtRetirement += take;
                }
            }
            carried = project;
            for (size_t r = 0; r < previous.size(); ++r) {
                Rack &rack = carried.site.racks[r];
                for (const auto &[model, n] : previous[r]) {
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
            if (period.systemsRemovedAtRetirement > 0)
                period.notes << QStringLiteral("%1 system(s) of retired lots leave their racks on %2")
                                    .arg(period.systemsRemovedAtRetirement)
                                    .arg(date.toString(Qt::ISODate));
        }

        CapacityPlan plan = solve(carrying ? carried : project, catalog, solveOptions);
        if (carrying && plan.status == PlanStatus::Infeasible) {
            // The systems already running cannot all stay: say why, then re-plan the period
            // with moves allowed rather than report nothing.
            period.carryOverInfeasible = true;
            period.notes << QStringLiteral(
                "the %1 system(s) energized in the previous period cannot all stay in place on %2:")
                                .arg(period.systemsCarried)
                                .arg(date.toString(Qt::ISODate));
            for (const QString &e : plan.explanations)
                period.notes << QStringLiteral("  ") + e;
            period.notes << QStringLiteral("re-planned this period with moves allowed");
            const double spent = plan.seconds;
            plan = solve(project, catalog, solveOptions);
            plan.seconds += spent;
        }
        if (plan.status == PlanStatus::Failed) {
            t.problems << plan.explanations;
            if (t.problems.isEmpty())
                t.problems << QStringLiteral("the solver failed on %1").arg(date.toString(Qt::ISODate));
            t.periods.clear();
            t.plans.clear();
            t.seconds = double(clock.elapsed()) / 1000.0;
            return t;
        }
        if (plan.status == PlanStatus::Infeasible) {
            period.notes
                << QStringLiteral("no plan on %1; every system counts as idle:").arg(date.toString(Qt::ISODate));
            for (const QString &e : plan.explanations)
                period.notes << QStringLiteral("  ") + e;
            plan.placements.clear();
            plan.lots.clear();
        }
        period.status = plan.status;
        period.method = plan.method;
        period.gap = plan.gap;
        period.seconds = plan.seconds;
        t.worstGap = std::max(t.worstGap, plan.gap);

        RackContents now = contentsOf(plan, rackIndex, project.site.racks.size());
        if (!previous.empty())
            for (size_t r = 0; r < previous.size(); ++r)
                for (const auto &[model, n] : previous[r]) {
                    const auto it = now[r].find(model);
                    period.systemsMoved += std::max(0, n - (it == now[r].end() ? 0 : it->second));
                }
        previous = std::move(now); // carried only when moves are not allowed

        for (const LotResult &l : plan.lots)
            if (const int row = lotRow.value(l.lot, -1); row >= 0)
                energized(row, k) = l.energized;

        // Per generation from the lots available at the date; PFLOPS from the plan.
        std::map<QString, TimelineGeneration> gens;
        for (Eigen::Index i = 0; i < lotCount; ++i) {
            const FleetLot &lot = project.fleet[size_t(i)];
            const SystemModel *m = lotModel[size_t(i)];
            if (!m || !availableAt(lot, date))
                continue;
            TimelineGeneration &g = gens[m->generation];
            g.generation = m->generation;
            const int on = std::clamp(int(energized(i, k)), 0, lot.count);
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
        period.powerUsed = plan.energizedPower();
        for (const PowerNode &node : project.site.power.nodes())
            if (node.kind == PowerNodeKind::Utility)
                period.powerAvailable += node.usableCapacity(date);
        t.periods.push_back(std::move(period));
        t.plans.push_back(std::move(plan));
    }

    // Idle cost, lots × periods at once.
    std::vector<int> gpus;
    for (const SystemModel *m : lotModel)
        gpus.push_back(m ? m->gpusPerSystem : 0);
    t.idleDepreciation = idleDepreciation(project.fleet, t.boundaries, energized);
    t.idleGpuHours = idleGpuHours(project.fleet, gpus, t.boundaries, energized);
    const Eigen::RowVectorXd perPeriod = t.idleDepreciation.colwise().sum();
    const Eigen::RowVectorXd hoursPerPeriod = t.idleGpuHours.colwise().sum();
    double cumulative = 0, cumulativeOpportunity = 0;
    for (int k = 0; k < periods; ++k) {
        TimelinePeriod &p = t.periods[size_t(k)];
        p.idleDepreciation = Money(perPeriod(k));
        cumulative += perPeriod(k);
        p.cumulativeIdleDepreciation = Money(cumulative);
        p.idleGpuHours = hoursPerPeriod(k);
        p.opportunityCost = Money(hoursPerPeriod(k) * options.gpuHourPrice);
        cumulativeOpportunity += p.opportunityCost.value();
        p.cumulativeOpportunityCost = Money(cumulativeOpportunity);
    }
    t.totalIdleDepreciation = Money(cumulative);
    t.totalOpportunityCost = Money(cumulativeOpportunity);

    for (Eigen::Index i = 0; i < lotCount; ++i) {
        const FleetLot &lot = project.fleet[size_t(i)];
        TimelineLot l;
        l.lot = lot.id;
        l.name = lot.name;
        l.generation = lotModel[size_t(i)] ? lotModel[size_t(i)]->generation : QString();
        l.count = lot.count;
        l.delivered = lot.delivered;
        l.retire = lot.retire;
        for (int k = 0; k < periods; ++k) {
            l.energized.push_back(int(energized(i, k)));
            l.idleDepreciation.push_back(t.idleDepreciation(i, k));
            if (l.fullyEnergized.isNull() && lot.count > 0 && availableAt(lot, t.boundaries[size_t(k)])
                && int(energized(i, k)) >= lot.count)
                l.fullyEnergized = t.boundaries[size_t(k)];
        }
        l.totalIdleDepreciation = t.idleDepreciation.row(i).sum();
        t.lots.push_back(std::move(l));
    }
    t.seconds = double(clock.elapsed()) / 1000.0;
    return t;
}

} // namespace warmshell
