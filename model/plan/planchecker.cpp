// SPDX-License-Identifier: GPL-3.0-or-later
#include "planchecker.h"

#include "clustercheck.h"
#include "tenantcheck.h"

#include "catalog.h"
#include "enumkeys.h"
#include "finance/depreciation.h"
#include "plan/heatflow.h"

#include <boost/graph/adjacency_list.hpp>

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>
#include <map>
#include <set>
#include <tuple>

// An independent re-check of a plan: nothing here is shared with the solver's formulation.
// Every figure is recomputed from the project, the catalog and the placements.

namespace warmshell {

namespace {

constexpr double kRelativeSlack = 1e-6;

// True if `value` exceeds `limit` by more than the relative slack.
bool exceeds(double value, double limit)
{
    return value > limit + kRelativeSlack * std::max(1.0, std::abs(limit));
}

bool differs(double a, double b)
{
    return std::abs(a - b) > kRelativeSlack * std::max({ 1.0, std::abs(a), std::abs(b) });
}

// Two numbers with one decimal, or as many more (up to 6) as it takes to tell them apart.
std::pair<QString, QString> numbers(double a, double b)
{
    for (int decimals = 1; decimals < 6; ++decimals) {
        const QString x = QString::number(a, 'f', decimals), y = QString::number(b, 'f', decimals);
        if (x != y)
            return { x, y };
    }
    return { QString::number(a, 'f', 6), QString::number(b, 'f', 6) };
}

QString number(double v)
{
    return QString::number(v, 'f', 1);
}

QString fullPowerName()
{
    return QStringLiteral("full power");
}

bool isLiveAt(const QDate &commissioned, const QDate &date)
{
    return commissioned.isNull() || !date.isValid() || commissioned <= date;
}

bool lotAvailableAt(const FleetLot &lot, const QDate &date)
{
    return lot.delivered.isValid() && lot.delivered <= date && (lot.retire.isNull() || lot.retire > date);
}

// What the checker knows about one placed group of systems, recomputed from the catalog.
struct Group
{
    const SystemModel *model = nullptr;
    const PlacedSystems *placed = nullptr;
    double powerKw = 0; // count × model power × power fraction
    double performanceFraction = 1; // of the operating point (1 if unknown)
};

// Systems of one model owned by one tenant (null: the operator's own), set aside for one
// cluster (null: loose).
using Pool = std::tuple<SystemModelId, TenantId, ClusterId>;

// Everything placed in one rack of the project.
struct RackLoad
{
    const Rack *rack = nullptr;
    std::vector<Group> groups;
    int systems = 0;
    double powerKw = 0;
    int heightU = 0;
    double weightKg = 0;
    double airHeatKw = 0;
    double liquidHeatKw = 0;
    // Reserve policy: IT kW the runbook frees by capping (or shedding) the rack's
    // interruptible systems to what their lots declare.
    double interruptibleReliefKw = 0;
};

class Checker
{
public:
    Checker(const Project &project, const Catalog &catalog, const CapacityPlan &plan)
        : m_project(project), m_catalog(catalog), m_plan(plan), m_site(project.site)
    {
        m_date = plan.date.isValid() ? plan.date : plan.options.date.isValid() ? plan.options.date : m_site.planStart;
        m_setAside = setAsideForClusters(project, catalog, m_date);
        for (const CoolingUnit &u : m_site.coolingUnits)
            for (const RackId &rack : u.serves)
                m_servedBy[rack].push_back(&u);
    }

    std::vector<PlanViolation> run()
    {
        collectPlacements();
        findEnergizedNodes();
        checkRacks();
        checkPowerNodes();
        checkCooling(HeatMedium::Air);
        checkCooling(HeatMedium::Liquid);
        checkHeatRejection();
        checkInlets();
        checkFleetAndTotals();
        const bool claimsPlan = m_plan.status != PlanStatus::Infeasible && m_plan.status != PlanStatus::Failed;
        for (PlanViolation &v : checkTenantRules(m_project, m_catalog, m_plan, claimsPlan))
            m_violations.push_back(std::move(v));
        for (PlanViolation &v : checkClusterRules(m_project, m_catalog, m_plan))
            m_violations.push_back(std::move(v));
        if (claimsPlan)
            checkObjective();
        return std::move(m_violations);
    }

private:
    void report(const QString &object, const char *constraint, const QString &message)
    {
        m_violations.push_back({ object, QString::fromLatin1(constraint), message });
    }

    // Resolves every placement; unknown racks and models are reported and left out of the
    // rack checks (a known model still counts for the fleet, the totals and the objective).
    void collectPlacements()
    {
        for (std::size_t i = 0; i < m_site.racks.size(); ++i) {
            m_rackIndex.insert(m_site.racks[i].id, static_cast<int>(i));
            m_racks.push_back({ &m_site.racks[i], {}, 0, 0, 0, 0, 0, 0 });
        }
        for (const RackPlacement &placement : m_plan.placements) {
            const auto rackIt = m_rackIndex.constFind(placement.rack);
            if (rackIt == m_rackIndex.constEnd())
                report(placement.rack.toString(), "unknown-reference",
                    QStringLiteral("the plan places systems in rack %1, which does not exist")
                        .arg(placement.rack.toString()));
            for (const PlacedSystems &s : placement.systems) {
                const SystemModel *model = m_project.model(s.model, m_catalog);
                if (!model) {
                    report(s.model.toString(), "unknown-reference",
                        QStringLiteral("rack %1 holds %2 systems of model %3, which is in neither the project nor "
                                       "the catalog")
                            .arg(placement.rack.toString())
                            .arg(s.count)
                            .arg(s.model.toString()));
                    continue;
                }
                if (s.count < 0) {
                    report(placement.rack.toString(), "totals",
                        QStringLiteral("rack %1 holds a negative count (%2) of %3")
                            .arg(placement.rack.toString())
                            .arg(s.count)
                            .arg(model->id.toString()));
                    continue;
                }
                Group g;
                g.model = model;
                g.placed = &s;
                g.powerKw = resolvePower(placement.rack, *model, s, g.performanceFraction);
                m_placedByModel[{ model->id, s.tenant, s.cluster }] += s.count;
                m_placedByGeneration[model->generation] += s.count;
                m_groups.push_back(g);
                if (s.gpus != s.count * model->gpusPerSystem)
                    report(placement.rack.toString(), "totals",
                        QStringLiteral("rack %1 reports %2 GPUs for %3 × %4, expected %5")
                            .arg(placement.rack.toString())
                            .arg(s.gpus)
                            .arg(s.count)
                            .arg(model->id.toString())
                            .arg(s.count * model->gpusPerSystem));
                if (rackIt == m_rackIndex.constEnd())
                    continue;
                RackLoad &r = m_racks[*rackIt];
                r.groups.push_back(g);
                r.systems += s.count;
                r.powerKw += g.powerKw;
                r.heightU += s.count * model->height.value();
                r.weightKg += s.count * model->weight.value();
                const double liquidShare = std::clamp(model->liquidFraction, 0.0, 1.0);
                r.liquidHeatKw += g.powerKw * liquidShare;
                r.airHeatKw += g.powerKw * (1.0 - liquidShare);
                r.interruptibleReliefKw += g.powerKw - cappedPower(*model, s.count, g.powerKw);
            }
        }
    }

    // Power of the whole group at its operating point, from the catalog; reports an unknown
    // operating point or a power figure that disagrees. Falls back to the plan's figure for
    // an unknown operating point.
    double resolvePower(const RackId &rack, const SystemModel &model, const PlacedSystems &s, double &performance)
    {
        double powerFraction = 1.0;
        performance = 1.0;
        if (s.operatingPoint != fullPowerName()) {
            const auto op = std::find_if(model.operatingPoints.begin(), model.operatingPoints.end(),
                [&](const OperatingPoint &p) { return p.name == s.operatingPoint; });
            if (op == model.operatingPoints.end()) {
                report(rack.toString(), "operating-point",
                    QStringLiteral("rack %1 runs %2 at operating point \"%3\", which the model does not have")
                        .arg(rack.toString(), model.id.toString(), s.operatingPoint));
                return s.power.value();
            }
            powerFraction = op->powerFraction;
            performance = op->performanceFraction;
        }
        const double expected = s.count * model.power.value() * powerFraction;
        if (differs(s.power.value(), expected)) {
            const auto [got, want] = numbers(s.power.value(), expected);
            report(rack.toString(), "operating-point",
                QStringLiteral("rack %1 reports %2 kW for %3 × %4 at %5, expected %6 kW")
                    .arg(rack.toString(), got)
                    .arg(s.count)
                    .arg(model.id.toString(), s.operatingPoint, want));
        }
        return expected;
    }

    // kW that `count` systems of `model` drawing `powerKw` together still draw once a failure
    // caps them: all of it for a critical model or with the reserve policy off; for a model
    // whose lots are interruptible, the declared operating point's power (no more than they
    // draw), or 0 when shed. Read from the project's lots.
    double cappedPower(const SystemModel &model, int count, double powerKw) const
    {
        if (!m_site.allowInterruptibleOnReserve)
            return powerKw;
        for (const FleetLot &lot : m_project.fleet) {
            if (lot.model != model.id || lot.loadClass != LoadClass::Interruptible)
                continue;
            for (const OperatingPoint &op : model.operatingPoints)
                if (!lot.cappedTo.isEmpty() && op.name == lot.cappedTo)
                    return std::min(powerKw, count * model.power.value() * op.powerFraction);
            return 0.0;
        }
        return powerKw;
    }

    // Live nodes reachable from a live source through live nodes, walking downstream.
    void findEnergizedNodes()
    {
        const PowerChain::Graph &g = m_site.power.graph();
        std::deque<PowerChain::Vertex> queue;
        for (auto [v, end] = boost::vertices(g); v != end; ++v) {
            const PowerNode &n = g[*v];
            if (isSource(n.kind) && isLiveAt(n.commissioned, m_date) && !m_energized.contains(*v)) {
                m_energized.insert(*v);
                queue.push_back(*v);
            }
        }
        while (!queue.empty()) {
            const PowerChain::Vertex v = queue.front();
            queue.pop_front();
            for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
                const PowerChain::Vertex w = boost::target(*e, g);
                if (!m_energized.contains(w) && isLiveAt(g[w].commissioned, m_date)) {
                    m_energized.insert(w);
                    queue.push_back(w);
                }
            }
        }
    }

    // Why a feed cannot power a rack at the date; empty when it is energized.
    QString feedProblem(const char *side, const PowerNodeId &feed) const
    {
        const QString label = QString::fromLatin1(side);
        if (feed.isNull())
            return QStringLiteral("%1 is not connected").arg(label);
        const auto v = m_site.power.vertexOf(feed);
        if (!v)
            return QStringLiteral("%1 names power node %2, which does not exist").arg(label, feed.toString());
        const PowerNode &n = m_site.power.graph()[*v];
        if (!isLiveAt(n.commissioned, m_date))
            return QStringLiteral("%1 %2 is commissioned on %3, after %4")
                .arg(label, feed.toString(), n.commissioned.toString(Qt::ISODate), m_date.toString(Qt::ISODate));
        if (!m_energized.contains(*v))
            return QStringLiteral("%1 %2 is not fed from a live source").arg(label, feed.toString());
        return {};
    }

    // Commissioned, and with a feed only while that feed is energized; a room unit that
    // rejects to a plant only while that plant is live.
    bool unitIsLive(const CoolingUnit &u) const
    {
        if (!isLiveAt(u.commissioned, m_date) || u.isOutAt(m_date))
            return false;
        if (const CoolingUnit *plant = plantOf(u); plant && !unitIsLive(*plant))
            return false;
        if (u.feed.isNull())
            return true;
        const auto v = m_site.power.vertexOf(u.feed);
        return v && m_energized.contains(*v);
    }

    // The chiller, dry cooler or tower a room unit names in rejectsTo; null for none.
    const CoolingUnit *plantOf(const CoolingUnit &u) const
    {
        if (u.rejectsTo.isNull())
            return nullptr;
        for (const CoolingUnit &other : m_site.coolingUnits)
            if (other.id == u.rejectsTo && isPlant(other.kind) && !isPlant(u.kind))
                return &other;
        return nullptr;
    }

    // Hot days: the largest (`highest`) or smallest monthly factor of `profile` over the
    // months from the plan's date through options.climateThrough (at most 12; the date's
    // month alone when that is null or earlier); 1 without a profile.
    double worstFactor(const std::vector<double> &profile, bool highest) const
    {
        if (profile.size() != 12)
            return 1.0;
        const QDate through = m_plan.options.climateThrough;
        QDate month(m_date.year(), m_date.month(), 1);
        double worst = profile[std::size_t(month.month() - 1)];
        for (int k = 1; k < 12 && through.isValid() && month.addMonths(1) <= through; ++k) {
            month = month.addMonths(1);
            const double f = profile[std::size_t(month.month() - 1)];
            worst = highest ? std::max(worst, f) : std::min(worst, f);
        }
        return worst;
    }

    // The units whose serves list names the rack (live or not, any medium).
    const std::vector<const CoolingUnit *> &unitsServing(const RackId &rack) const
    {
        static const std::vector<const CoolingUnit *> none;
        const auto it = m_servedBy.constFind(rack);
        return it == m_servedBy.cend() ? none : *it;
    }

    void checkRacks()
    {
        for (const RackLoad &r : m_racks) {
            const Rack &rack = *r.rack;
            const QString id = rack.id.toString();
            checkPinned(r);
            if (r.systems == 0)
                continue;

            QStringList dead;
            if (const QString p = feedProblem("feed A", rack.feedA); !p.isEmpty())
                dead << p;
            if (rack.isDualFed())
                if (const QString p = feedProblem("feed B", rack.feedB); !p.isEmpty())
                    dead << p;
            const auto &serving = unitsServing(rack.id);
            const bool aired = std::any_of(serving.begin(), serving.end(),
                [&](const CoolingUnit *u) { return heatMedium(u->kind) == HeatMedium::Air && unitIsLive(*u); });
            if (!aired)
                dead << QStringLiteral("no live air-side cooling unit serves it");
            if (!dead.isEmpty())
                report(id, "dead-rack",
                    QStringLiteral("rack %1 holds %2 systems on %3 but cannot run them: %4")
                        .arg(id)
                        .arg(r.systems)
                        .arg(m_date.toString(Qt::ISODate), dead.join(QStringLiteral("; "))));

            if (exceeds(r.powerKw, rack.powerLimit.value())) {
                const auto [got, limit] = numbers(r.powerKw, rack.powerLimit.value());
                report(id, "rack-power", QStringLiteral("rack %1 draws %2 kW, limit %3 kW").arg(id, got, limit));
            }
            if (r.heightU > rack.height.value())
                report(id, "rack-space",
                    QStringLiteral("rack %1 uses %2 U, height %3 U").arg(id).arg(r.heightU).arg(rack.height.value()));
            if (exceeds(r.weightKg, rack.weightLimit.value())) {
                const auto [got, limit] = numbers(r.weightKg, rack.weightLimit.value());
                report(id, "rack-weight", QStringLiteral("rack %1 weighs %2 kg, limit %3 kg").arg(id, got, limit));
            }
            for (const Group &g : r.groups) {
                if (g.model->wholeRack && g.placed->count > 0 && r.systems != 1) {
                    report(id, "whole-rack",
                        QStringLiteral("rack %1 holds %2 systems, but %3 fills a whole rack and must be alone")
                            .arg(id)
                            .arg(r.systems)
                            .arg(g.model->id.toString()));
                    break;
                }
            }
            for (const Group &g : r.groups) {
                if (g.model->cooling == CoolingType::Liquid && rack.cooling != CoolingType::Liquid
                    && g.placed->count > 0)
                    report(id, "rack-cooling-type",
                        QStringLiteral("rack %1 is air-cooled but holds %2 liquid-cooled %3")
                            .arg(id)
                            .arg(g.placed->count)
                            .arg(g.model->id.toString()));
            }
        }
    }

    // Each pinned model must be present in full and marked pinned at full power; nothing else
    // may be marked pinned.
    void checkPinned(const RackLoad &r)
    {
        std::map<SystemModelId, int> required, marked, markedFull;
        for (const PinnedSystems &p : r.rack->pinned)
            required[p.model] += p.count;
        for (const Group &g : r.groups) {
            if (!g.placed->pinned)
                continue;
            marked[g.model->id] += g.placed->count;
            if (g.placed->operatingPoint == fullPowerName())
                markedFull[g.model->id] += g.placed->count;
        }
        const QString id = r.rack->id.toString();
        for (const auto &[model, count] : required) {
            const int present = markedFull[model];
            if (present < count)
                report(id, "pinned",
                    QStringLiteral("rack %1 pins %2 × %3, the plan holds %4 of them pinned at full power")
                        .arg(id)
                        .arg(count)
                        .arg(model.toString())
                        .arg(present));
        }
        for (const auto &[model, count] : marked) {
            const auto it = required.find(model);
            const int allowed = it == required.end() ? 0 : it->second;
            if (count > allowed)
                report(id, "pinned",
                    QStringLiteral("rack %1 marks %2 × %3 as pinned, the rack pins %4")
                        .arg(id)
                        .arg(count)
                        .arg(model.toString())
                        .arg(allowed));
        }
    }

    // Vertex -> the largest factor by which a kW carried at `from` weighs on it: 1 at `from`,
    // and going up through a node × 1/its efficiency, over every path of energized nodes
    // (each path walked on its own; chains are small and acyclic).
    std::map<PowerChain::Vertex, double> factorsUp(PowerChain::Vertex from) const
    {
        const PowerChain::Graph &g = m_site.power.graph();
        std::map<PowerChain::Vertex, double> factors;
        std::vector<std::pair<PowerChain::Vertex, double>> stack{ { from, 1.0 } };
        while (!stack.empty()) {
            const auto [v, factor] = stack.back();
            stack.pop_back();
            double &best = factors[v];
            best = std::max(best, factor);
            for (auto [e, end] = boost::in_edges(v, g); e != end; ++e)
                if (m_energized.contains(boost::source(*e, g)))
                    stack.emplace_back(boost::source(*e, g), factor / g[v].efficiency);
        }
        return factors;
    }

    // `kw` carried at node `at` (if energized), on it and every node above.
    void carry(std::vector<double> &load, const PowerNodeId &at, double kw) const
    {
        const auto v = m_site.power.vertexOf(at);
        if (kw <= 0 || at.isNull() || !v || !m_energized.contains(*v))
            return;
        for (const auto &[u, factor] : factorsUp(*v))
            load[u] += kw * factor;
    }

    // A rack's systems on every node above either feed (the worse path of the two), and the
    // draw of the live units serving it: of each medium's heat, an equal share per unit.
    void addRackLoad(std::vector<double> &load, const RackLoad &r) const
    {
        std::map<PowerChain::Vertex, double> worst;
        for (const PowerNodeId &feed : { r.rack->feedA, r.rack->feedB }) {
            const auto v = feed.isNull() ? std::nullopt : m_site.power.vertexOf(feed);
            if (v && m_energized.contains(*v))
                for (const auto &[u, factor] : factorsUp(*v))
                    worst[u] = std::max(worst[u], factor);
        }
        for (const auto &[u, factor] : worst)
            load[u] += r.powerKw * factor;
        for (const HeatMedium medium : { HeatMedium::Air, HeatMedium::Liquid }) {
            std::vector<const CoolingUnit *> live;
            for (const CoolingUnit *u : unitsServing(r.rack->id))
                if (unitIsLive(*u) && heatMedium(u->kind) == medium)
                    live.push_back(u);
            const double heat = medium == HeatMedium::Air ? r.airHeatKw : r.liquidHeatKw;
            for (const CoolingUnit *u : live) {
                carry(load, u->feed, u->drawKwPerKw * heat / double(live.size()));
                if (const CoolingUnit *plant = plantOf(*u))
                    carry(load, plant->feed,
                        plant->drawKwPerKw * worstFactor(plant->monthlyDrawFactor, true) * heat / double(live.size()));
            }
        }
    }

    // Every rack's systems and their cooling draw, the house loads and the fixed draw of live
    // units, on every energized node they reach, through the efficiencies of the nodes between;
    // each node must carry it within its usable capacity.
    void checkPowerNodes()
    {
        const PowerChain::Graph &g = m_site.power.graph();
        std::vector<double> load(boost::num_vertices(g), 0.0), placed(boost::num_vertices(g), 0.0);
        for (const RackLoad &r : m_racks)
            if (r.systems != 0 && r.powerKw != 0)
                addRackLoad(placed, r);
        for (auto [v, end] = boost::vertices(g); v != end; ++v)
            carry(load, g[*v].id, g[*v].houseLoad(m_date).value());
        for (const CoolingUnit &u : m_site.coolingUnits)
            if (unitIsLive(u))
                carry(load, u.feed, u.drawKw);
        const std::vector<double> relief
            = m_site.allowInterruptibleOnReserve ? reliefOnFailure() : std::vector<double>();
        const std::vector<double> credit = measuredDiversityCredit();
        for (auto [v, end] = boost::vertices(g); v != end; ++v) {
            if (!m_energized.contains(*v) || placed[*v] == 0)
                continue; // a fixed load alone over capacity leaves the racks below dark, no violation
            const PowerNode &n = g[*v];
            const int modules = n.redundancy.installedModules();
            const bool onReserve = m_site.allowInterruptibleOnReserve && modules > 1;
            const double usable
                = (onReserve ? n.installedCapacity(m_date).value() * n.derating : n.usableCapacity(m_date).value())
                + credit[*v];
            if (exceeds(load[*v] + placed[*v], usable)) {
                const auto [got, limit] = numbers(load[*v] + placed[*v], usable);
                report(n.id.toString(), "power-node",
                    QStringLiteral(
                        "power node %1 carries %2 kW, usable %3 kW (IT, cooling draw, house load and losses)")
                        .arg(n.id.toString(), got, limit));
            }
            if (onReserve)
                checkModuleFailure(n, load[*v] + placed[*v] - relief[*v]);
        }
    }

    // Measured diversity (Site::measuredDiversity, the plan's options.measuredRackPeakKw): per
    // vertex, kW added to the normal capacity of an energized node above the rack level — of the
    // measured racks whose feeds reach it, Σ factor × (nameplate of the pinned systems −
    // measured peak × (1 + margin)), never negative; zeros with the policy off.
    std::vector<double> measuredDiversityCredit() const
    {
        const PowerChain::Graph &g = m_site.power.graph();
        std::vector<double> credit(boost::num_vertices(g), 0.0);
        if (!m_site.measuredDiversity.enabled)
            return credit;
        for (const Rack &rack : m_site.racks) {
            const auto peak = m_plan.options.measuredRackPeakKw.find(rack.id);
            if (peak == m_plan.options.measuredRackPeakKw.end())
                continue;
            double installedKw = 0;
            for (const PinnedSystems &pin : rack.pinned)
                if (const SystemModel *model = m_project.model(pin.model, m_catalog))
                    installedKw += pin.count * model->power.value();
            std::map<PowerChain::Vertex, double> above;
            for (const PowerNodeId &feed : { rack.feedA, rack.feedB }) {
                const auto v = feed.isNull() ? std::nullopt : m_site.power.vertexOf(feed);
                if (v && m_energized.contains(*v))
                    for (const auto &[u, factor] : factorsUp(*v))
                        above[u] = std::max(above[u], factor);
            }
            for (const auto &[u, factor] : above)
                credit[u] += factor * (installedKw - peak->second * (1 + m_site.measuredDiversity.margin));
        }
        for (auto [v, end] = boost::vertices(g); v != end; ++v)
            credit[*v] = countsMeasuredDiversity(g[*v].kind) ? std::max(0.0, credit[*v]) : 0.0;
        return credit;
    }

    // Reserve policy: per node, the IT kW that capping the interruptible systems of every rack
    // below it frees (a rack counts on every node above either of its feeds).
    std::vector<double> reliefOnFailure() const
    {
        const PowerChain::Graph &g = m_site.power.graph();
        std::vector<double> relief(boost::num_vertices(g), 0.0);
        for (const RackLoad &r : m_racks) {
            if (r.interruptibleReliefKw <= 0)
                continue;
            std::set<PowerChain::Vertex> above;
            for (const PowerNodeId &feed : { r.rack->feedA, r.rack->feedB }) {
                const auto v = feed.isNull() ? std::nullopt : m_site.power.vertexOf(feed);
                if (v && m_energized.contains(*v))
                    for (const auto &[u, factor] : factorsUp(*v))
                        above.insert(u);
            }
            for (PowerChain::Vertex u : above)
                relief[u] += r.interruptibleReliefKw;
        }
        return relief;
    }

    // Reserve policy: with one module of `n` failed, its other modules × derating must carry
    // `loadKw`, its load with the interruptible systems below it capped.
    void checkModuleFailure(const PowerNode &n, double loadKw)
    {
        const int modules = n.redundancy.installedModules();
        const double surviving = n.moduleCapacity(m_date).value() * (modules - 1) * n.derating;
        if (!exceeds(loadKw, surviving))
            return;
        const auto [got, limit] = numbers(loadKw, surviving);
        report(n.id.toString(), "power-node-failure",
            QStringLiteral("power node %1 carries %2 kW with one of its %3 modules failed and its interruptible "
                           "systems capped, more than the %4 kW its other modules carry")
                .arg(n.id.toString(), got)
                .arg(modules)
                .arg(limit));
    }

    // The live units of one medium and the racks that shed heat to it and have such a unit.
    struct CoolingProblem
    {
        std::vector<int> units; // indices into site.coolingUnits
        std::vector<double> usableKw; // per unit: capacity × usable modules
        std::vector<int> racks; // indices into m_racks
        std::vector<double> heatKw; // per rack, of this medium
        std::vector<std::vector<int>> serving; // per rack: positions in `units` of its units
    };

    // Can the heat of this medium be split over the live units that serve each rack? Decided
    // by a max flow (heatFlow). On failure the units on the source side of the minimum
    // cut are overloaded: the racks there produce more heat than those units, which are all
    // that serve them, may remove.
    void checkCooling(HeatMedium medium)
    {
        const CoolingProblem problem = coolingProblem(medium);
        if (problem.racks.empty())
            return;
        const HeatFlow flow = heatFlow(problem.heatKw, problem.serving, problem.usableKw);
        if (static_cast<double>(flow.heat - flow.removed) > kRelativeSlack * static_cast<double>(flow.heat))
            reportOverload(medium, problem, flow);
    }

    // A liquid rack with no live CDU is reported here; an air rack without air-side cooling
    // is a dead rack, reported with the racks.
    CoolingProblem coolingProblem(HeatMedium medium)
    {
        const bool liquid = medium == HeatMedium::Liquid;
        CoolingProblem p;
        QHash<const CoolingUnit *, int> position; // unit → its index in `units`
        for (std::size_t i = 0; i < m_site.coolingUnits.size(); ++i) {
            const CoolingUnit &u = m_site.coolingUnits[i];
            if (heatMedium(u.kind) == medium && unitIsLive(u)) {
                position.insert(&u, static_cast<int>(p.units.size()));
                p.units.push_back(static_cast<int>(i));
                p.usableKw.push_back(u.capacity.value() * u.redundancy.usableModules());
            }
        }
        for (std::size_t i = 0; i < m_racks.size(); ++i) {
            const RackLoad &r = m_racks[i];
            const double heat = liquid ? r.liquidHeatKw : r.airHeatKw;
            if (heat <= 0)
                continue;
            std::vector<int> serving;
            for (const CoolingUnit *u : unitsServing(r.rack->id))
                if (const auto it = position.constFind(u); it != position.cend())
                    serving.push_back(*it);
            if (serving.empty()) {
                if (liquid)
                    report(r.rack->id.toString(), "cooling",
                        QStringLiteral("rack %1 sheds %2 kW to liquid, but no live CDU serves it")
                            .arg(r.rack->id.toString(), number(heat)));
                continue;
            }
            p.racks.push_back(static_cast<int>(i));
            p.heatKw.push_back(heat);
            p.serving.push_back(std::move(serving));
        }
        return p;
    }

    // One line per overloaded unit: the racks and units on the source side of the cut.
    void reportOverload(HeatMedium medium, const CoolingProblem &p, const HeatFlow &flow)
    {
        const QString mediumName = medium == HeatMedium::Liquid ? QStringLiteral("liquid") : QStringLiteral("air");
        QStringList rackIds, unitIds;
        double heatKw = 0, removableKw = 0;
        for (std::size_t k = 0; k < p.racks.size(); ++k) {
            if (!flow.rackInCut[k])
                continue;
            rackIds << m_racks[p.racks[k]].rack->id.toString();
            heatKw += p.heatKw[k];
        }
        std::vector<std::size_t> cut;
        for (std::size_t j = 0; j < p.units.size(); ++j) {
            if (!flow.unitInCut[j])
                continue;
            cut.push_back(j);
            unitIds << m_site.coolingUnits[p.units[j]].id.toString();
            removableKw += p.usableKw[j];
        }
        const auto [heat, removable] = numbers(heatKw, removableKw);
        for (std::size_t j : cut) {
            const QString id = m_site.coolingUnits[p.units[j]].id.toString();
            report(id, "cooling",
                QStringLiteral("cooling unit %1 is overloaded: racks %2 shed %3 kW to %4 and are served only by "
                               "%5, which may remove %6 kW")
                    .arg(id, rackIds.join(QStringLiteral(", ")), heat, mediumName, unitIds.join(QStringLiteral(", ")),
                        removable));
        }
    }

    // Heat rejection: can each medium's heat be split over the live room units serving each
    // rack so that no room unit and no plant unit (the heat of the room units naming it) is
    // over its usable capacity (a plant's × its worst monthly capacity factor)? Decided by one
    // max flow over both media, rack → room unit → its plant, if any (heatFlow's plant layer);
    // plants on the source side of the minimum cut are overloaded. Room units alone were
    // checked per medium above.
    void checkHeatRejection()
    {
        std::vector<double> heat, roomUsable, plantUsable;
        std::vector<std::vector<int>> serving;
        std::vector<int> plantOfRoom;
        std::vector<const CoolingUnit *> plants;
        QHash<const CoolingUnit *, int> roomPosition;
        for (const CoolingUnit &u : m_site.coolingUnits) {
            if (isPlant(u.kind) || !unitIsLive(u))
                continue;
            int plantPosition = -1;
            if (const CoolingUnit *plant = plantOf(u)) {
                auto at = std::find(plants.begin(), plants.end(), plant);
                if (at == plants.end()) {
                    plants.push_back(plant);
                    plantUsable.push_back(plant->capacity.value() * plant->redundancy.usableModules()
                        * worstFactor(plant->monthlyCapacityFactor, false));
                    at = plants.end() - 1;
                }
                plantPosition = int(at - plants.begin());
            }
            roomPosition.insert(&u, int(roomUsable.size()));
            roomUsable.push_back(u.capacity.value() * u.redundancy.usableModules());
            plantOfRoom.push_back(plantPosition);
        }
        if (plants.empty())
            return;
        for (const RackLoad &r : m_racks)
            for (const HeatMedium medium : { HeatMedium::Air, HeatMedium::Liquid }) {
                const double kw = medium == HeatMedium::Air ? r.airHeatKw : r.liquidHeatKw;
                std::vector<int> units;
                for (const CoolingUnit *u : unitsServing(r.rack->id))
                    if (heatMedium(u->kind) == medium)
                        if (const auto it = roomPosition.constFind(u); it != roomPosition.cend())
                            units.push_back(*it);
                if (kw > 0 && !units.empty()) {
                    heat.push_back(kw);
                    serving.push_back(std::move(units));
                }
            }
        const HeatFlow flow = heatFlow(heat, serving, roomUsable, plantOfRoom, plantUsable);
        if (static_cast<double>(flow.heat - flow.removed) <= kRelativeSlack * static_cast<double>(flow.heat))
            return;
        for (std::size_t k = 0; k < plants.size(); ++k)
            if (flow.plantInCut[k]) {
                const QString id = plants[k]->id.toString();
                const auto [got, limit] = numbers(static_cast<double>(flow.heat - flow.removed) / 1e6, plantUsable[k]);
                report(id, "cooling",
                    QStringLiteral("plant unit %1 is overloaded: it may reject %2 kW at its worst month, and the heat "
                                   "of the racks its room units serve cannot be placed by %3 kW")
                        .arg(id, limit, got));
            }
    }

    void checkFleetAndTotals()
    {
        std::map<Pool, int> availableByModel;
        std::map<QString, int> availableByGeneration;
        for (const FleetLot &lot : m_project.fleet) {
            if (!lotAvailableAt(lot, m_date))
                continue;
            const SystemModel *model = m_project.model(lot.model, m_catalog);
            if (!model) {
                report(lot.id.toString(), "unknown-reference",
                    QStringLiteral("lot %1 holds model %2, which is in neither the project nor the catalog")
                        .arg(lot.id.toString(), lot.model.toString()));
                continue;
            }
            for (const auto &[pool, count] : poolsOfLot(size_t(&lot - m_project.fleet.data()), *model))
                availableByModel[pool] += count;
            availableByGeneration[model->generation] += lot.count;
        }
        for (const auto &[pool, placed] : m_placedByModel) {
            const auto &[modelId, tenant, cluster] = pool;
            const int available = availableByModel.contains(pool) ? availableByModel.at(pool) : 0;
            QString owner = tenant.isNull() ? QString() : QStringLiteral(" of tenant \"%1\"").arg(tenant.toString());
            if (!cluster.isNull())
                owner += QStringLiteral(" set aside for cluster \"%1\"").arg(cluster.toString());
            else if (!m_project.clusters.empty())
                owner += QStringLiteral(" not set aside for a cluster");
            if (placed > available)
                report(modelId.toString(), "fleet",
                    QStringLiteral("the plan places %1 × %2%5, only %3 are delivered and not retired on %4")
                        .arg(placed)
                        .arg(modelId.toString())
                        .arg(available)
                        .arg(m_date.toString(Qt::ISODate), owner));
        }

        QSet<QString> listed;
        for (const GenerationResult &g : m_plan.generations) {
            listed.insert(g.generation);
            const int available
                = availableByGeneration.contains(g.generation) ? availableByGeneration.at(g.generation) : 0;
            const int placed = m_placedByGeneration.contains(g.generation) ? m_placedByGeneration.at(g.generation) : 0;
            if (g.energizedSystems != placed)
                report(g.generation, "totals",
                    QStringLiteral("generation %1 reports %2 energized systems, the placements hold %3")
                        .arg(g.generation)
                        .arg(g.energizedSystems)
                        .arg(placed));
            if (g.energizedSystems + g.idleSystems != available)
                report(g.generation, "totals",
                    QStringLiteral("generation %1 reports %2 energized + %3 idle systems, %4 are available on %5")
                        .arg(g.generation)
                        .arg(g.energizedSystems)
                        .arg(g.idleSystems)
                        .arg(available)
                        .arg(m_date.toString(Qt::ISODate)));
        }
        QSet<QString> generations;
        for (const auto &[generation, count] : availableByGeneration)
            if (count > 0)
                generations.insert(generation);
        for (const auto &[generation, count] : m_placedByGeneration)
            if (count > 0)
                generations.insert(generation);
        QStringList missing(generations.begin(), generations.end());
        missing.sort();
        for (const QString &generation : missing)
            if (!listed.contains(generation))
                report(generation, "totals",
                    QStringLiteral("generation %1 has systems but is missing from the plan's totals").arg(generation));
    }

    // Thermal model: inlet of rack i = supply + Σ_j D[i][j] · air heat of j, with D summed
    // entry by entry from the explicit coefficients and, when derived from the layout, over
    // every pair of racks in the same row (plain loops; the solver uses a sparse matrix).
    // Each inlet must stay at the limit or below, and the plan's reported inlets must agree.
    void checkInlets()
    {
        const ThermalModel &t = m_site.thermal;
        if (!t.enabled)
            return;
        const std::size_t n = m_racks.size();
        std::vector<double> inlet(n, t.supply.value());
        for (const Recirculation &e : t.recirculation) {
            const auto to = m_rackIndex.constFind(e.to), from = m_rackIndex.constFind(e.from);
            if (to != m_rackIndex.constEnd() && from != m_rackIndex.constEnd())
                inlet[std::size_t(*to)] += e.coefficient * m_racks[std::size_t(*from)].airHeatKw;
        }
        if (t.deriveFromLayout)
            for (std::size_t i = 0; i < n; ++i)
                for (std::size_t j = 0; j < n; ++j) {
                    const Rack &a = *m_racks[i].rack, &b = *m_racks[j].rack;
                    if (a.row != b.row || m_racks[j].airHeatKw <= 0)
                        continue;
                    const Row *row = m_site.row(a.row);
                    const double d = std::hypot(
                        a.position.x.value() - b.position.x.value(), a.position.y.value() - b.position.y.value());
                    inlet[i] += layoutCoefficient(row ? row->containment : Containment::None, d) * m_racks[j].airHeatKw;
                }
        for (std::size_t i = 0; i < n; ++i)
            if (exceeds(inlet[i], t.inletLimit.value())) {
                const auto [got, limit] = numbers(inlet[i], t.inletLimit.value());
                report(m_racks[i].rack->id.toString(), "inlet-temperature",
                    QStringLiteral("rack %1 takes in air at %2 °C, limit %3 °C")
                        .arg(m_racks[i].rack->id.toString(), got, limit));
            }
        if (m_plan.status == PlanStatus::Failed)
            return;
        if (m_plan.inlets.size() != n) {
            report(QStringLiteral("inlets"), "totals",
                QStringLiteral("the plan reports %1 inlet temperatures for %2 racks").arg(m_plan.inlets.size()).arg(n));
            return;
        }
        for (std::size_t i = 0; i < n; ++i)
            if (m_plan.inlets[i].rack != m_racks[i].rack->id
                || std::abs(m_plan.inlets[i].temperature.value() - inlet[i]) > 1e-6) {
                report(m_racks[i].rack->id.toString(), "totals",
                    QStringLiteral("the plan reports an inlet of %1 °C for rack %2, the placements give %3 °C")
                        .arg(QString::number(m_plan.inlets[i].temperature.value(), 'f', 4),
                            m_plan.inlets[i].rack.toString(), QString::number(inlet[i], 'f', 4)));
            }
    }

    // A lot's systems per pool: its clusters' shares (clustercheck.h), the rest loose.
    std::vector<std::pair<Pool, int>> poolsOfLot(size_t lot, const SystemModel &model) const
    {
        const FleetLot &l = m_project.fleet[lot];
        std::vector<std::pair<Pool, int>> out;
        int loose = l.count;
        if (const auto shares = m_setAside.find(lot); shares != m_setAside.end())
            for (const auto &[cluster, n] : shares->second) {
                out.push_back({ { model.id, l.tenant, cluster }, n });
                loose -= n;
            }
        out.push_back({ { model.id, l.tenant, ClusterId() }, loose });
        return out;
    }

    void checkObjective()
    {
        const Objective objective
            = m_plan.options.objectives.empty() ? Objective::Compute : m_plan.options.objectives.front();
        double expected = 0;
        QString unit;
        switch (objective) {
        case Objective::Compute:
            unit = QStringLiteral("PFLOPS");
            for (const Group &g : m_groups)
                expected += g.placed->count * g.model->gpusPerSystem
                    * g.model->tflopsPerGpu(m_plan.options.precision).value() * g.performanceFraction / 1000.0;
            break;
        case Objective::Gpus:
            unit = QStringLiteral("GPUs");
            for (const Group &g : m_groups)
                expected += g.placed->count * g.model->gpusPerSystem;
            break;
        case Objective::IdleCost:
            unit = QStringLiteral("per month");
            expected = idleCost();
            break;
        }
        if (differs(m_plan.objectiveValue, expected)) {
            const auto [got, want] = numbers(m_plan.objectiveValue, expected);
            const QString key = keyOf(objective);
            report(key, "objective",
                QStringLiteral("the plan reports %1 %2 of %3, the placements give %4 %2").arg(got, unit, key, want));
        }
    }

    // Monthly depreciation of the idle systems: energized systems of a model are charged to
    // its available lots with the highest monthly depreciation first.
    double idleCost() const
    {
        struct Share
        {
            int count;
            double perSystem;
        };
        std::map<Pool, std::vector<Share>> lots;
        for (const FleetLot &lot : m_project.fleet) {
            if (!lotAvailableAt(lot, m_date))
                continue;
            const SystemModel *model = m_project.model(lot.model, m_catalog);
            if (!model)
                continue;
            const double perSystem = monthlyDepreciation(lot.depreciation, lot.unitCost, lot.delivered, m_date).value();
            for (const auto &[pool, count] : poolsOfLot(size_t(&lot - m_project.fleet.data()), *model))
                lots[pool].push_back({ count, perSystem });
        }
        double idle = 0;
        for (auto &[model, shares] : lots) {
            std::stable_sort(
                shares.begin(), shares.end(), [](const Share &a, const Share &b) { return a.perSystem > b.perSystem; });
            int energized = m_placedByModel.contains(model) ? m_placedByModel.at(model) : 0;
            for (const Share &s : shares) {
                const int charged = std::clamp(energized, 0, s.count);
                energized -= charged;
                idle += (s.count - charged) * s.perSystem;
            }
        }
        return idle;
    }

    const Project &m_project;
    const Catalog &m_catalog;
    const CapacityPlan &m_plan;
    const Site &m_site;
    QDate m_date;

    QHash<RackId, int> m_rackIndex;
    QHash<RackId, std::vector<const CoolingUnit *>> m_servedBy; // the units whose serves list names the rack
    std::vector<RackLoad> m_racks; // one per project rack, in project order
    std::vector<Group> m_groups; // every resolved placement, in plan order
    // Systems per (model, owner): a tenant's systems are charged to its own lots only.
    std::map<Pool, int> m_placedByModel;
    // Per lot (index into the fleet): its systems set aside for clusters at the date.
    std::map<size_t, std::vector<std::pair<ClusterId, int>>> m_setAside;
    std::map<QString, int> m_placedByGeneration;
    QSet<PowerChain::Vertex> m_energized;
    std::vector<PlanViolation> m_violations;
};

} // namespace

std::vector<PlanViolation> checkPlan(const Project &project, const Catalog &catalog, const CapacityPlan &plan)
{
    return Checker(project, catalog, plan).run();
}

QString describe(const std::vector<PlanViolation> &violations)
{
    if (violations.empty())
        return QStringLiteral("(no violations)");
    QStringList lines;
    for (const PlanViolation &v : violations)
        lines << QStringLiteral("%1 %2: %3").arg(v.constraint, v.object, v.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace warmshell
