// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/contingency.h"

#include "catalog.h"
#include "enumkeys.h"
#include "plan/heatflow.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>
#include <thread>

// The rules are stated in contingency.h. The site is indexed once (SiteIndex); each failure
// then touches only what lies below the failed node (its downstream closure and the racks fed
// from it) or the cooling units connected to the failed unit through shared racks.

namespace warmshell {

namespace {

constexpr double kSlack = 1e-6;

// Systems of one model at one operating point in one rack, as the failure leaves them.
struct Group
{
    const SystemModel *model = nullptr;
    QString operatingPoint;
    int count = 0;
    double powerPerSystem = 0; // kW at the operating point
    double powerFraction = 1; // of the operating point
    double performanceFraction = 1;
};

enum class Medium { Power, Air, Liquid };

// Share of a system's electrical power that `medium` must carry (heat for cooling).
double shareOf(const Group &g, Medium medium)
{
    const double liquid = std::clamp(g.model->liquidFraction, 0.0, 1.0);
    return medium == Medium::Power ? 1.0 : medium == Medium::Liquid ? liquid : 1.0 - liquid;
}

struct UnitInfo
{
    const CoolingUnit *unit = nullptr;
    Medium medium = Medium::Air;
    bool live = false; // commissioned and, with a feed, that feed energized (as the plan checker)
    int feed = -1; // vertex of the power node it draws from; −1: its draw is not on the chain
    std::vector<int> racks; // racks with systems it serves
};

// What every failure reads: the chain, the racks with systems and their feeds, the cooling
// units, the plan's node loads and the energized lots. Read-only once built.
struct SiteIndex
{
    SiteIndex(const Project &p, const Catalog &c, const CapacityPlan &plan);

    const Project &project;
    const Site &site;
    const CapacityPlan &plan;
    QDate date;
    Precision precision = Precision::Bf16;
    std::vector<char> energized; // per vertex
    std::vector<std::vector<int>> racksByFeed; // per vertex: racks with systems fed from it
    std::vector<std::array<int, 2>> feeds; // per rack: vertex of feed A and B, −1 when none
    std::vector<std::vector<Group>> groups; // per rack: its systems (empty: none)
    std::vector<double> planLoad; // per vertex, kW; NaN when the plan does not report it
    std::vector<UnitInfo> units; // site order
    std::vector<std::vector<int>> unitsOfRack; // per rack: live units serving it
    struct EnergizedLot
    {
        double monthlyPerSystem = 0;
        int energized = 0;
        LotId lot;
    };
    std::map<SystemModelId, std::vector<EnergizedLot>> energizedLots; // ascending cost
    // Reserve policy on: each interruptible model's declared cap (an operating point name of
    // the model; empty: shed), from its lots. Empty with the policy off.
    std::map<SystemModelId, QString> interruptibleCap;

private:
    void indexChain();
    void indexRacks(const Catalog &catalog);
    void indexCooling();
    void indexLots(const Catalog &catalog);
};

SiteIndex::SiteIndex(const Project &p, const Catalog &c, const CapacityPlan &pl)
    : project(p), site(p.site), plan(pl), precision(pl.options.precision)
{
    date = plan.date.isValid() ? plan.date : plan.options.date.isValid() ? plan.options.date : site.planStart;
    indexChain();
    indexRacks(c);
    indexCooling();
    indexLots(c);
    if (site.allowInterruptibleOnReserve)
        for (const FleetLot &lot : project.fleet)
            if (lot.isInterruptible())
                interruptibleCap.emplace(lot.model, lot.cappedTo);
}

// Energized nodes (live, reachable from a live source through live nodes) and the plan's loads.
void SiteIndex::indexChain()
{
    // The plan checker's walk (planchecker.cpp findEnergizedNodes), kept here rather than in
    // PowerChain so that powerchain.h, included almost everywhere, does not change.
    const PowerChain::Graph &g = site.power.graph();
    const std::size_t n = boost::num_vertices(g);
    energized.assign(n, 0);
    std::vector<PowerChain::Vertex> stack;
    for (auto v : boost::make_iterator_range(boost::vertices(g)))
        if (isSource(g[v].kind) && g[v].isCommissionedBy(date)) {
            energized[v] = 1;
            stack.push_back(v);
        }
    while (!stack.empty()) {
        const auto v = stack.back();
        stack.pop_back();
        for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
            if (const auto w = boost::target(e, g); !energized[w] && g[w].isCommissionedBy(date)) {
                energized[w] = 1;
                stack.push_back(w);
            }
    }
    planLoad.assign(n, std::nan(""));
    for (const CapacityUse &use : plan.powerNodes)
        if (const auto v = site.power.vertexOf(PowerNodeId(use.object)))
            planLoad[*v] = use.load.value();
}

// The plan's systems per rack, with power and performance of their operating points.
void SiteIndex::indexRacks(const Catalog &catalog)
{
    QHash<RackId, int> rackIndex;
    for (std::size_t i = 0; i < site.racks.size(); ++i)
        rackIndex.insert(site.racks[i].id, int(i));
    groups.assign(site.racks.size(), {});
    for (const RackPlacement &placement : plan.placements) {
        const auto it = rackIndex.constFind(placement.rack);
        if (it == rackIndex.cend())
            continue;
        for (const PlacedSystems &s : placement.systems) {
            const SystemModel *model = project.model(s.model, catalog);
            if (!model || s.count <= 0)
                continue;
            Group g{ model, s.operatingPoint, s.count, s.power.value() / s.count, 1, 1 };
            for (const OperatingPoint &op : model->operatingPoints)
                if (op.name == s.operatingPoint) {
                    g.powerFraction = op.powerFraction;
                    g.performanceFraction = op.performanceFraction;
                }
            groups[std::size_t(*it)].push_back(g);
        }
    }
    racksByFeed.assign(energized.size(), {});
    feeds.assign(site.racks.size(), { -1, -1 });
    for (std::size_t i = 0; i < site.racks.size(); ++i) {
        const Rack &rack = site.racks[i];
        for (int side = 0; side < 2; ++side) {
            const PowerNodeId &feed = side == 0 ? rack.feedA : rack.feedB;
            const auto v = feed.isNull() ? std::nullopt : site.power.vertexOf(feed);
            if (!v)
                continue;
            feeds[i][std::size_t(side)] = int(*v);
            if (!groups[i].empty() && (side == 0 || feeds[i][0] != int(*v)))
                racksByFeed[*v].push_back(int(i));
        }
    }
}

void SiteIndex::indexCooling()
{
    QHash<RackId, int> rackIndex;
    for (std::size_t i = 0; i < site.racks.size(); ++i)
        rackIndex.insert(site.racks[i].id, int(i));
    unitsOfRack.assign(site.racks.size(), {});
    for (std::size_t u = 0; u < site.coolingUnits.size(); ++u) {
        const CoolingUnit &unit = site.coolingUnits[u];
        UnitInfo info{ &unit, heatMedium(unit.kind) == HeatMedium::Liquid ? Medium::Liquid : Medium::Air,
            (unit.commissioned.isNull() || !date.isValid() || unit.commissioned <= date) && !unit.isOutAt(date), -1,
            {} };
        if (const auto v = unit.feed.isNull() ? std::nullopt : site.power.vertexOf(unit.feed)) {
            info.feed = int(*v);
            info.live = info.live && energized[*v];
        }
        for (const RackId &id : unit.serves) {
            const auto it = rackIndex.constFind(id);
            if (it == rackIndex.cend() || groups[std::size_t(*it)].empty() || !info.live)
                continue;
            info.racks.push_back(*it);
            unitsOfRack[std::size_t(*it)].push_back(int(u));
        }
        units.push_back(std::move(info));
    }
}

// Energized systems per lot of each model, the cheapest monthly depreciation first: a lost
// system frees the least expensive charge (chargeLots charges the most expensive first).
void SiteIndex::indexLots(const Catalog &catalog)
{
    QHash<LotId, SystemModelId> modelOfLot;
    for (const FleetLot &lot : project.fleet)
        if (const SystemModel *m = project.model(lot.model, catalog))
            modelOfLot.insert(lot.id, m->id);
    for (const LotResult &lot : plan.lots)
        if (lot.energized > 0 && modelOfLot.contains(lot.lot))
            energizedLots[modelOfLot.value(lot.lot)].push_back(
                { lot.monthlyDepreciationPerSystem.value(), lot.energized, lot.lot });
    for (auto &[model, lots] : energizedLots)
        std::stable_sort(lots.begin(), lots.end(),
            [](const EnergizedLot &a, const EnergizedLot &b) { return a.monthlyPerSystem < b.monthlyPerSystem; });
}

// A capping or shedding candidate: one group of one rack.
struct Candidate
{
    int rack;
    std::size_t group;
    double valuePerKw;
};

// One medium's heat problem around a failed cooling unit, as heatFlow() takes it.
struct CoolingFlow
{
    std::vector<int> racks; // racks with heat of the medium
    std::vector<double> heatKw; // per rack
    std::vector<std::vector<int>> serving; // per rack: positions in `units`
    std::vector<int> units; // indices into SiteIndex::units
    std::vector<double> usableKw; // per unit, on failure
};

// One failure worked out: the racks it changes are copied on first change.
class FailureRun
{
public:
    FailureRun(const SiteIndex &index, const Failure &failure) : s(index) { r.failure = failure; }

    ContingencyResult run();

private:
    void powerNodeFails(PowerChain::Vertex failed);
    void powerModuleFails(PowerChain::Vertex node);
    void coolingFails(int unit, double survivingCapacityKw);
    void unitsLosePower(const QHash<PowerChain::Vertex, bool> &dead);
    bool unitDown(int unit) const { return !m_unitDown.empty() && m_unitDown[std::size_t(unit)]; }
    CoolingFlow coolingFlow(const std::vector<int> &racks, int unit, double survivingKw, Medium medium) const;
    std::vector<int> racksBelow(PowerChain::Vertex node) const;
    double loadOf(PowerChain::Vertex node) const;
    std::vector<int> coolingComponent(int unit, const std::vector<int> &startRacks) const;
    std::vector<Group> &groupsOf(int rack);
    const std::vector<Group> &currentGroups(int rack) const;
    double heatOf(int rack, Medium medium) const;
    void lose(int rack, Medium medium);
    double relieve(std::vector<int> racks, double excess, Medium medium);
    double capStep(const Candidate &c, double excess, Medium medium, const OperatingPoint *to = nullptr);
    double relieveInterruptible(const std::vector<int> &racks, double excess, Medium medium);
    const OperatingPoint *declaredCap(const Group &g, bool &shed) const;
    double shedStep(const Candidate &c, double excess, Medium medium);
    std::vector<Candidate> candidates(const std::vector<int> &racks, Medium medium, bool capping) const;
    void recordLoss(const Group &g, int count);
    void finish();

    const SiteIndex &s;
    ContingencyResult r;
    std::map<int, std::vector<Group>> m_changed; // rack → its groups after the failure
    std::map<SystemModelId, std::pair<QString, int>> m_lostByModel; // model → generation, systems lost
    std::map<QString, GenerationLoss> m_generations;
    std::vector<int> m_dark, m_uncooled, m_capped, m_shed;
    std::vector<char> m_unitDown; // per unit: out with the failure (empty: none is)
};

const std::vector<Group> &FailureRun::currentGroups(int rack) const
{
    const auto it = m_changed.find(rack);
    return it == m_changed.end() ? s.groups[std::size_t(rack)] : it->second;
}

std::vector<Group> &FailureRun::groupsOf(int rack)
{
    const auto it = m_changed.find(rack);
    if (it != m_changed.end())
        return it->second;
    return m_changed.emplace(rack, s.groups[std::size_t(rack)]).first->second;
}

double FailureRun::heatOf(int rack, Medium medium) const
{
    double kw = 0;
    for (const Group &g : currentGroups(rack))
        kw += g.count * g.powerPerSystem * shareOf(g, medium);
    return kw;
}

double pflopsPerSystem(const Group &g, Precision precision)
{
    return g.model->gpusPerSystem * g.model->tflopsPerGpu(precision).value() * g.performanceFraction / 1000.0;
}

void FailureRun::recordLoss(const Group &g, int count)
{
    GenerationLoss &loss = m_generations[g.model->generation];
    loss.generation = g.model->generation;
    loss.systems += count;
    loss.gpus += count * g.model->gpusPerSystem;
    loss.pflops += count * pflopsPerSystem(g, s.precision);
    m_lostByModel[g.model->id].first = g.model->generation;
    m_lostByModel[g.model->id].second += count;
    r.lostPower += Kilowatts(count * g.powerPerSystem);
}

// The rack loses its power (Medium::Power), its air cooling (every system) or its liquid
// cooling (the systems that send heat to liquid).
void FailureRun::lose(int rack, Medium medium)
{
    std::vector<Group> &groups = groupsOf(rack);
    for (Group &g : groups)
        if (g.count > 0 && (medium != Medium::Liquid || shareOf(g, Medium::Liquid) > 0)) {
            recordLoss(g, g.count);
            g.count = 0;
        }
    (medium == Medium::Power ? m_dark : m_uncooled).push_back(rack);
}

// Nodes that lose every live input when `failed` goes (its downstream closure, in topological
// order), then the racks whose every feed is among them.
void FailureRun::powerNodeFails(PowerChain::Vertex failed)
{
    const PowerChain::Graph &g = s.site.power.graph();
    std::vector<PowerChain::Vertex> postorder;
    QHash<PowerChain::Vertex, bool> dead; // closure member → lost its power
    std::vector<std::pair<PowerChain::Vertex, bool>> stack{ { failed, false } };
    dead.insert(failed, true);
    while (!stack.empty()) {
        auto [v, expanded] = stack.back();
        stack.pop_back();
        if (expanded) {
            postorder.push_back(v);
            continue;
        }
        stack.push_back({ v, true });
        for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
            const auto w = boost::target(e, g);
            if (!dead.contains(w) && s.energized[w]) {
                dead.insert(w, true);
                stack.push_back({ w, false });
            }
        }
    }
    for (auto it = postorder.rbegin(); it != postorder.rend(); ++it) {
        if (*it == failed)
            continue;
        bool fed = false;
        for (auto e : boost::make_iterator_range(boost::in_edges(*it, g))) {
            const auto u = boost::source(e, g);
            fed = fed || (s.energized[u] && !dead.value(u, false));
        }
        dead[*it] = !fed;
    }
    std::vector<int> racks;
    for (auto it = dead.cbegin(); it != dead.cend(); ++it)
        if (it.value())
            racks.insert(racks.end(), s.racksByFeed[it.key()].begin(), s.racksByFeed[it.key()].end());
    std::sort(racks.begin(), racks.end());
    racks.erase(std::unique(racks.begin(), racks.end()), racks.end());
    for (int rack : racks) {
        bool powered = false;
        for (int feed : s.feeds[std::size_t(rack)])
            powered = powered || (feed >= 0 && s.energized[std::size_t(feed)] && !dead.value(feed, false));
        if (!powered)
            lose(rack, Medium::Power);
    }
    unitsLosePower(dead);
}

// The live cooling units whose feed lost its power stop (facility load, issue 17): each fails
// as a whole unit, all of them at once (a rack served only by stopped units of a medium loses
// that cooling; the others share its heat).
void FailureRun::unitsLosePower(const QHash<PowerChain::Vertex, bool> &dead)
{
    std::vector<int> stopped;
    for (std::size_t u = 0; u < s.units.size(); ++u)
        if (s.units[u].live && s.units[u].feed >= 0 && dead.value(PowerChain::Vertex(s.units[u].feed), false))
            stopped.push_back(int(u));
    if (stopped.empty())
        return;
    m_unitDown.assign(s.units.size(), 0);
    for (int u : stopped)
        m_unitDown[std::size_t(u)] = 1;
    for (int u : stopped)
        coolingFails(u, 0);
}

// Racks with systems whose load counts on `node`: those fed from its downstream closure.
std::vector<int> FailureRun::racksBelow(PowerChain::Vertex node) const
{
    const PowerChain::Graph &g = s.site.power.graph();
    std::vector<char> seen(s.energized.size(), 0);
    std::vector<PowerChain::Vertex> stack{ node };
    seen[node] = 1;
    std::vector<int> racks;
    while (!stack.empty()) {
        const auto v = stack.back();
        stack.pop_back();
        racks.insert(racks.end(), s.racksByFeed[v].begin(), s.racksByFeed[v].end());
        for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
            if (const auto w = boost::target(e, g); !seen[w] && s.energized[w]) {
                seen[w] = 1;
                stack.push_back(w);
            }
    }
    std::sort(racks.begin(), racks.end());
    racks.erase(std::unique(racks.begin(), racks.end()), racks.end());
    return racks;
}

// The plan's load on the node, or (not reported) the racks below it summed.
double FailureRun::loadOf(PowerChain::Vertex node) const
{
    if (!std::isnan(s.planLoad[node]))
        return s.planLoad[node];
    double kw = 0;
    for (int rack : racksBelow(node))
        kw += heatOf(rack, Medium::Power);
    return kw;
}

// The node keeps its installed modules − 1 (× derating); a node of one module fails whole.
void FailureRun::powerModuleFails(PowerChain::Vertex node)
{
    const PowerNode &n = s.site.power.graph()[node];
    if (n.redundancy.installedModules() <= 1)
        return powerNodeFails(node);
    const double capacity = n.moduleCapacity(s.date).value() * (n.redundancy.installedModules() - 1) * n.derating;
    const double excess = loadOf(node) - capacity;
    if (excess <= kSlack * std::max(1.0, capacity))
        return;
    r.overloaded = n.id.toString();
    r.excess = Kilowatts(excess);
    relieve(racksBelow(node), excess, Medium::Power);
}

// The racks connected to `startRacks` through live units of the failed unit's medium (a rack
// leads to its units, a unit to its racks), `failedUnit` not followed: the racks whose heat
// the failure may move. The units are read back from the racks (coolingFlow).
std::vector<int> FailureRun::coolingComponent(int failedUnit, const std::vector<int> &startRacks) const
{
    std::vector<int> racks, stackUnits;
    QHash<int, bool> seenRack, seenUnit;
    seenUnit.insert(failedUnit, true);
    for (int rack : startRacks)
        if (!seenRack.contains(rack)) {
            seenRack.insert(rack, true);
            racks.push_back(rack);
        }
    for (std::size_t k = 0; k < racks.size(); ++k)
        for (int u : s.unitsOfRack[std::size_t(racks[k])]) {
            if (seenUnit.contains(u) || unitDown(u)
                || s.units[std::size_t(u)].medium != s.units[std::size_t(failedUnit)].medium)
                continue;
            seenUnit.insert(u, true);
            for (int rack : s.units[std::size_t(u)].racks)
                if (!seenRack.contains(rack)) {
                    seenRack.insert(rack, true);
                    racks.push_back(rack);
                }
        }
    return racks;
}

// The heat of `racks` (those with heat of `medium`) over the live units of that medium that
// serve them, `unit` rated `survivingKw` (left out when 0), every other unit at all its
// installed modules.
CoolingFlow FailureRun::coolingFlow(const std::vector<int> &racks, int unit, double survivingKw, Medium medium) const
{
    CoolingFlow f;
    QHash<int, int> position; // unit → its index in f.units
    for (int rack : racks) {
        const double heat = heatOf(rack, medium);
        if (heat <= 0)
            continue;
        std::vector<int> serving;
        for (int u : s.unitsOfRack[std::size_t(rack)]) {
            if (s.units[std::size_t(u)].medium != medium || (u == unit && survivingKw <= 0) || unitDown(u))
                continue;
            if (!position.contains(u)) {
                position.insert(u, int(f.units.size()));
                f.units.push_back(u);
                const CoolingUnit &cu = *s.units[std::size_t(u)].unit;
                f.usableKw.push_back(u == unit ? survivingKw : cu.capacity.value() * cu.redundancy.installedModules());
            }
            serving.push_back(position.value(u));
        }
        f.racks.push_back(rack);
        f.heatKw.push_back(heat);
        f.serving.push_back(std::move(serving));
    }
    return f;
}

// A whole unit (survivingKw 0): its racks with no other live unit of its medium lose that
// cooling. The rest of its racks, and every rack and unit sharing them, split their heat as a
// max flow, relieved by the rule (from the racks of the minimum cut) until it fits.
void FailureRun::coolingFails(int unit, double survivingKw)
{
    const Medium medium = s.units[std::size_t(unit)].medium;
    std::vector<int> start;
    for (int rack : s.units[std::size_t(unit)].racks) {
        if (!m_unitDown.empty() && heatOf(rack, Medium::Power) <= 0)
            continue; // dark with the failed node, or emptied by an earlier stopped unit
        const auto &serving = s.unitsOfRack[std::size_t(rack)];
        const bool other = std::any_of(serving.begin(), serving.end(),
            [&](int u) { return u != unit && !unitDown(u) && s.units[std::size_t(u)].medium == medium; });
        if (survivingKw <= 0 && !other) {
            if (medium == Medium::Air || heatOf(rack, Medium::Liquid) > 0)
                lose(rack, medium);
        } else {
            start.push_back(rack);
        }
    }
    if (start.empty())
        return;
    const std::vector<int> racks = coolingComponent(unit, start);
    for (int round = 0; round < 64; ++round) {
        const CoolingFlow f = coolingFlow(racks, unit, survivingKw, medium);
        const HeatFlow flow = heatFlow(f.heatKw, f.serving, f.usableKw);
        const double deficit = double(flow.heat - flow.removed) / 1e6;
        if (deficit <= kSlack * std::max(1.0, double(flow.heat) / 1e6))
            return;
        std::vector<int> cutRacks;
        for (std::size_t k = 0; k < f.racks.size(); ++k)
            if (flow.rackInCut[k])
                cutRacks.push_back(f.racks[k]);
        if (round == 0) {
            QStringList ids;
            for (std::size_t j = 0; j < f.units.size(); ++j)
                if (flow.unitInCut[j])
                    ids << s.units[std::size_t(f.units[j])].unit->id.toString();
            r.overloaded = ids.join(QStringLiteral(", "));
            r.excess = Kilowatts(deficit);
        }
        if (relieve(cutRacks, deficit, medium) <= 0)
            return; // nothing left to relieve (cannot happen: a cut rack has heat)
    }
}

// The groups of `racks` that `medium` sees, in the order of the rule: lowest PFLOPS per kW
// first, then rack id, model id and operating point. With `capping`, only groups that have
// an operating point drawing less than the one they run at.
std::vector<Candidate> FailureRun::candidates(const std::vector<int> &racks, Medium medium, bool capping) const
{
    std::vector<Candidate> out;
    for (int rack : racks) {
        const std::vector<Group> &groups = currentGroups(rack);
        for (std::size_t k = 0; k < groups.size(); ++k) {
            const Group &g = groups[k];
            if (g.count <= 0 || g.powerPerSystem <= 0 || shareOf(g, medium) <= 0)
                continue;
            const bool lower = std::any_of(g.model->operatingPoints.begin(), g.model->operatingPoints.end(),
                [&](const OperatingPoint &op) { return op.powerFraction < g.powerFraction; });
            if (capping && !lower)
                continue;
            out.push_back({ rack, k, pflopsPerSystem(g, s.precision) / g.powerPerSystem });
        }
    }
    std::sort(out.begin(), out.end(), [&](const Candidate &a, const Candidate &b) {
        if (a.valuePerKw != b.valuePerKw)
            return a.valuePerKw < b.valuePerKw;
        const Group &x = currentGroups(a.rack)[a.group], &y = currentGroups(b.rack)[b.group];
        const RackId &ra = s.site.racks[std::size_t(a.rack)].id, &rb = s.site.racks[std::size_t(b.rack)].id;
        if (ra != rb)
            return ra < rb;
        if (x.model->id != y.model->id)
            return x.model->id < y.model->id;
        return x.operatingPoint < y.operatingPoint;
    });
    return out;
}

// Reserve policy: the operating point an interruptible group is capped to, or null with
// `shed` when its lots say shed; null without `shed` when the group is critical or already at
// or below its cap.
const OperatingPoint *FailureRun::declaredCap(const Group &g, bool &shed) const
{
    shed = false;
    const auto it = s.interruptibleCap.find(g.model->id);
    if (it == s.interruptibleCap.end())
        return nullptr;
    for (const OperatingPoint &op : g.model->operatingPoints)
        if (!it->second.isEmpty() && op.name == it->second)
            return op.powerFraction < g.powerFraction ? &op : nullptr;
    shed = true;
    return nullptr;
}

// Reserve policy: the interruptible systems of `racks` go first, each to its declared cap (or
// shed), lowest PFLOPS per kW first, as many as `excess` needs. Returns kW relieved.
double FailureRun::relieveInterruptible(const std::vector<int> &racks, double excess, Medium medium)
{
    double relieved = 0;
    for (const Candidate &c : candidates(racks, medium, false)) {
        if (excess - relieved <= kSlack * std::max(1.0, excess))
            break;
        bool shed = false;
        const OperatingPoint *cap = declaredCap(currentGroups(c.rack)[c.group], shed);
        if (cap)
            relieved += capStep(c, excess - relieved, medium, cap);
        else if (shed)
            relieved += shedStep(c, excess - relieved, medium);
    }
    return relieved;
}

// Relieves `excess` kW of `medium` from `racks`: with the reserve policy the interruptible
// systems first (relieveInterruptible), then capping, then shedding. Returns kW relieved.
double FailureRun::relieve(std::vector<int> racks, double excess, Medium medium)
{
    double relieved = s.interruptibleCap.empty() ? 0.0 : relieveInterruptible(racks, excess, medium);
    for (const bool capping : { true, false })
        for (const Candidate &c : candidates(racks, medium, capping)) {
            if (excess - relieved <= kSlack * std::max(1.0, excess))
                return relieved;
            relieved += capping ? capStep(c, excess - relieved, medium) : shedStep(c, excess - relieved, medium);
        }
    return relieved;
}

// As many systems of the group as `excess` needs go to operating point `to`, or (null) the
// model's lowest-power operating point.
double FailureRun::capStep(const Candidate &c, double excess, Medium medium, const OperatingPoint *to)
{
    std::vector<Group> &groups = groupsOf(c.rack);
    const Group from = groups[c.group];
    const OperatingPoint *lowest = to;
    for (const OperatingPoint &op : from.model->operatingPoints)
        if (!to && (!lowest || op.powerFraction < lowest->powerFraction))
            lowest = &op;
    const double fullPower = from.powerPerSystem / from.powerFraction;
    const double saved = fullPower * (from.powerFraction - lowest->powerFraction);
    const double perSystem = saved * shareOf(from, medium);
    const int n = std::min(from.count, int(std::ceil(excess / perSystem - 1e-9)));
    Group capped{ from.model, lowest->name, n, fullPower * lowest->powerFraction, lowest->powerFraction,
        lowest->performanceFraction };
    groups[c.group].count -= n;
    groups.push_back(capped);
    m_generations[from.model->generation].generation = from.model->generation;
    m_generations[from.model->generation].pflops
        += n * (pflopsPerSystem(from, s.precision) - pflopsPerSystem(capped, s.precision));
    r.lostPower += Kilowatts(n * saved);
    r.actions.push_back({ s.site.racks[std::size_t(c.rack)].id, from.model->id, from.operatingPoint, n, lowest->name,
        Kilowatts(n * saved) });
    m_capped.push_back(c.rack);
    return n * perSystem;
}

// As many whole systems of the group as `excess` needs are shed.
double FailureRun::shedStep(const Candidate &c, double excess, Medium medium)
{
    Group &g = groupsOf(c.rack)[c.group];
    const double perSystem = g.powerPerSystem * shareOf(g, medium);
    const int n = std::min(g.count, int(std::ceil(excess / perSystem - 1e-9)));
    recordLoss(g, n);
    g.count -= n;
    r.actions.push_back({ s.site.racks[std::size_t(c.rack)].id, g.model->id, g.operatingPoint, n, QString(),
        Kilowatts(n * g.powerPerSystem) });
    m_shed.push_back(c.rack);
    return n * perSystem;
}

std::vector<RackId> rackIds(const Site &site, std::vector<int> racks, const std::vector<int> &except = {})
{
    std::sort(racks.begin(), racks.end());
    racks.erase(std::unique(racks.begin(), racks.end()), racks.end());
    std::vector<RackId> ids;
    for (int rack : racks)
        if (!std::binary_search(except.begin(), except.end(), rack))
            ids.push_back(site.racks[std::size_t(rack)].id);
    return ids;
}

// Idle depreciation of the lost systems, the rack lists in site order, the generations.
void FailureRun::finish()
{
    for (const auto &[model, lost] : m_lostByModel) {
        double cost = 0;
        int left = lost.second;
        if (const auto it = s.energizedLots.find(model); it != s.energizedLots.end())
            for (const SiteIndex::EnergizedLot &lot : it->second) {
                const int freed = std::min(left, lot.energized);
                cost += freed * lot.monthlyPerSystem;
                left -= freed;
                if (freed > 0)
                    r.lots.push_back({ lot.lot, freed });
            }
        m_generations[lost.first].idleDepreciationPerMonth += Money(cost);
    }
    std::vector<int> shed = m_shed;
    std::sort(shed.begin(), shed.end());
    r.darkRacks = rackIds(s.site, m_dark);
    r.uncooledRacks = rackIds(s.site, m_uncooled);
    r.shedRacks = rackIds(s.site, m_shed);
    r.cappedRacks = rackIds(s.site, m_capped, shed);
    for (auto &[name, loss] : m_generations)
        r.generations.push_back(loss);
}

QString nodeKindName(PowerNodeKind kind)
{
    switch (kind) {
    case PowerNodeKind::Utility:
        return QStringLiteral("utility feed");
    case PowerNodeKind::Ups:
        return QStringLiteral("UPS");
    case PowerNodeKind::Pdu:
        return QStringLiteral("PDU");
    default:
        return keyOf(kind);
    }
}

QString unitKindName(CoolingUnitKind kind)
{
    return kind == CoolingUnitKind::RearDoor ? QStringLiteral("rear door") : keyOf(kind).toUpper();
}

// "one side fails (2N)", "one of 3 modules fails", "one of 4 blocks fails".
QString moduleText(const Redundancy &redundancy)
{
    if (redundancy.scheme == Redundancy::Scheme::TwoN)
        return QStringLiteral("one side fails (2N)");
    return QStringLiteral("one of %1 %2 fails")
        .arg(redundancy.installedModules())
        .arg(redundancy.scheme == Redundancy::Scheme::Block ? QStringLiteral("blocks") : QStringLiteral("modules"));
}

ContingencyResult FailureRun::run()
{
    const Failure &f = r.failure;
    if (f.kind == FailureKind::PowerNode || f.kind == FailureKind::PowerModule) {
        const auto v = s.site.power.vertexOf(PowerNodeId(f.object));
        if (!v || !s.energized[*v])
            return r;
        const PowerNode &n = s.site.power.graph()[*v];
        r.name = n.name;
        const QString what = nodeKindName(n.kind) + QLatin1Char(' ') + n.id.toString();
        if (f.kind == FailureKind::PowerNode) {
            r.description = what
                + (n.kind == PowerNodeKind::Generator ? QStringLiteral(" fails to start") : QStringLiteral(" fails"));
            powerNodeFails(*v);
        } else {
            r.description = what + QStringLiteral(": ") + moduleText(n.redundancy);
            powerModuleFails(*v);
        }
    } else {
        const auto it = std::find_if(
            s.units.begin(), s.units.end(), [&](const UnitInfo &u) { return u.unit->id.toString() == f.object; });
        if (it == s.units.end() || !it->live)
            return r;
        const CoolingUnit &u = *it->unit;
        r.name = u.name;
        const QString what = unitKindName(u.kind) + QLatin1Char(' ') + u.id.toString();
        const bool whole = f.kind == FailureKind::CoolingUnit;
        r.description = what + (whole ? QStringLiteral(" fails") : QStringLiteral(": ") + moduleText(u.redundancy));
        coolingFails(
            int(it - s.units.begin()), whole ? 0.0 : u.capacity.value() * (u.redundancy.installedModules() - 1));
    }
    finish();
    return r;
}

bool moreImpact(const ContingencyResult &a, const ContingencyResult &b)
{
    const double pa = a.lostPflops(), pb = b.lostPflops();
    if (std::abs(pa - pb) > 1e-9 * std::max({ 1.0, pa, pb }))
        return pa > pb;
    if (a.lostGpus() != b.lostGpus())
        return a.lostGpus() > b.lostGpus();
    const double ca = a.lostIdleDepreciationPerMonth().value(), cb = b.lostIdleDepreciationPerMonth().value();
    if (std::abs(ca - cb) > 1e-9 * std::max({ 1.0, ca, cb }))
        return ca > cb;
    if (a.lostPower != b.lostPower)
        return a.lostPower > b.lostPower;
    if (a.failure.kind != b.failure.kind)
        return a.failure.kind < b.failure.kind;
    return a.failure.object < b.failure.object;
}

} // namespace

QString failureKindKey(FailureKind kind)
{
    switch (kind) {
    case FailureKind::PowerNode:
        return QStringLiteral("node");
    case FailureKind::PowerModule:
        return QStringLiteral("node-module");
    case FailureKind::CoolingUnit:
        return QStringLiteral("cooling-unit");
    case FailureKind::CoolingModule:
        return QStringLiteral("cooling-module");
    }
    return {};
}

int ContingencyResult::lostGpus() const
{
    int n = 0;
    for (const GenerationLoss &g : generations)
        n += g.gpus;
    return n;
}

double ContingencyResult::lostPflops() const
{
    double p = 0;
    for (const GenerationLoss &g : generations)
        p += g.pflops;
    return p;
}

Money ContingencyResult::lostIdleDepreciationPerMonth() const
{
    Money m{ 0 };
    for (const GenerationLoss &g : generations)
        m += g.idleDepreciationPerMonth;
    return m;
}

std::vector<Failure> singleFailures(const Project &project, const QDate &date)
{
    CapacityPlan dated;
    dated.date = date;
    const SiteIndex index(project, Catalog::builtIn(), dated);
    std::vector<Failure> out;
    const PowerChain::Graph &g = project.site.power.graph();
    for (const bool modules : { false, true })
        for (auto v : boost::make_iterator_range(boost::vertices(g)))
            if (index.energized[v] && (!modules || g[v].redundancy.installedModules() > 1))
                out.push_back({ modules ? FailureKind::PowerModule : FailureKind::PowerNode, g[v].id.toString() });
    for (const bool modules : { false, true })
        for (const UnitInfo &u : index.units)
            if (u.live && (!modules || u.unit->redundancy.installedModules() > 1))
                out.push_back(
                    { modules ? FailureKind::CoolingModule : FailureKind::CoolingUnit, u.unit->id.toString() });
    return out;
}

ContingencyResult analyseFailure(
    const Project &project, const Catalog &catalog, const CapacityPlan &plan, const Failure &failure)
{
    const SiteIndex index(project, catalog, plan);
    return FailureRun(index, failure).run();
}

ContingencyAnalysis analyseContingencies(const Project &project, const Catalog &catalog, const CapacityPlan &plan,
    int threads, const std::atomic<bool> *cancel)
{
    QElapsedTimer timer;
    timer.start();
    ContingencyAnalysis analysis;
    const SiteIndex index(project, catalog, plan);
    analysis.date = index.date;
    if (plan.status == PlanStatus::Failed || plan.status == PlanStatus::Infeasible)
        return analysis;
    const std::vector<Failure> failures = singleFailures(project, index.date);
    analysis.results.resize(failures.size());
    std::atomic<std::size_t> next{ 0 };
    std::atomic<bool> stopped{ false };
    const auto work = [&] {
        for (std::size_t i = next++; i < failures.size(); i = next++) {
            if (cancel && cancel->load()) {
                stopped = true;
                return;
            }
            analysis.results[i] = FailureRun(index, failures[i]).run();
        }
    };
    const int hardware = int(std::max(1u, std::thread::hardware_concurrency()));
    const int workers = threads > 0 ? threads : failures.size() < 256 ? 1 : std::min(8, hardware);
    std::vector<std::thread> pool;
    for (int t = 1; t < workers; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    if (stopped) {
        analysis.results.clear();
        analysis.cancelled = true;
    }
    std::stable_sort(analysis.results.begin(), analysis.results.end(), moreImpact);
    analysis.seconds = double(timer.nsecsElapsed()) / 1e9;
    return analysis;
}

} // namespace warmshell
