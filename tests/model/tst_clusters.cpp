// SPDX-License-Identifier: GPL-3.0-or-later
// Clusters (issue 20 §2) against exhaustive enumeration: on tiny random sites every placement
// of the loose systems and of every cluster's systems is tried, a cluster counting only when
// all its systems stand in one domain of its scope, and solve()'s plan must reach the same
// energized GPUs, pass the plan checker, and the per-rack model written for other solvers must
// reach the same optimum. Hand cases check what a planner reads in docs/solver.md.
#include "catalog.h"
#include "lpoptimum.h"
#include "plan/planchecker.h"
#include "plan/planjson.h"
#include "projectfile.h"
#include "solver/perrackmodel.h"
#include "solver/solver.h"
#include "testsupport.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <random>

using namespace warmshell;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Two halls: hall-1 with rows row-1a and row-1b, hall-2 with row-2a; racks of `rackKw` in the
// rows `rackRow` names (index into those three), one PDU of `pduKw` per hall (pdu-1, pdu-2)
// under one utility, one CRAH cooling everything; models box-10 (10 kW, 8 GPUs) and box-5
// (5 kW, 4 GPUs).
Project site(const std::vector<double> &rackKw, const std::vector<int> &rackRow, double pdu1Kw, double pdu2Kw)
{
    Project p;
    p.site.name = s("clusters");
    p.site.planStart = QDate(2026, 1, 1);
    p.site.halls = { { HallId(s("hall-1")), s("Hall 1"), {}, { Metres(10), Metres(10) } },
        { HallId(s("hall-2")), s("Hall 2"), { Metres(20), Metres(0) }, { Metres(10), Metres(10) } } };
    p.site.rows = { { RowId(s("row-1a")), HallId(s("hall-1")), s("Row 1a") },
        { RowId(s("row-1b")), HallId(s("hall-1")), s("Row 1b") },
        { RowId(s("row-2a")), HallId(s("hall-2")), s("Row 2a") } };
    test::addNode(p, "util", PowerNodeKind::Utility, 10000);
    test::addNode(p, "pdu-1", PowerNodeKind::Pdu, pdu1Kw, { "util" });
    test::addNode(p, "pdu-2", PowerNodeKind::Pdu, pdu2Kw, { "util" });
    CoolingUnit crah;
    crah.id = CoolingUnitId(s("crah"));
    crah.name = s("CRAH");
    crah.capacity = Kilowatts(10000);
    for (size_t i = 0; i < rackKw.size(); ++i) {
        Rack r;
        r.id = RackId(QStringLiteral("rack-%1").arg(i + 1));
        r.name = r.id.toString();
        r.row = p.site.rows[size_t(rackRow[i])].id;
        r.position = { Metres(1 + 0.6 * double(i)), Metres(2 + 2 * rackRow[i]) };
        r.powerLimit = Kilowatts(rackKw[i]);
        r.feedA = PowerNodeId(rackRow[i] < 2 ? s("pdu-1") : s("pdu-2"));
        p.site.racks.push_back(r);
        crah.serves.push_back(r.id);
    }
    p.site.coolingUnits.push_back(crah);
    p.customModels = { test::boxModel("box-10", 10, 8), test::boxModel("box-5", 5, 4) };
    return p;
}

FleetLot lot(const QString &id, const char *model, int count)
{
    FleetLot l;
    l.id = LotId(id);
    l.model = SystemModelId(s(model));
    l.count = count;
    l.unitCost = Money(60000);
    l.delivered = QDate(2025, 1, 1);
    return l;
}

Cluster cluster(const char *id, int systems, ClusterScope scope)
{
    Cluster c;
    c.id = ClusterId(s(id));
    c.systems = systems;
    c.scope = scope;
    return c;
}

SolveOptions exactGpus()
{
    SolveOptions o;
    o.objectives = { Objective::Gpus };
    o.relativeGap = 0;
    o.marginalValues = false;
    o.timeLimitSeconds = 30;
    return o;
}

// ---- brute force ------------------------------------------------------------------------

// Systems that go into racks together: a model's loose systems, or one cluster's.
struct Pool
{
    double kw = 0;
    int gpus = 0;
    int available = 0;
    int cluster = -1; // index into Project::clusters, −1: loose
    std::vector<QString> domainOfRack; // per rack (cluster pools): its domain, "" outside all
};

// The test's own reading of the set-aside rule (docs/file-format.md): clusters in project
// order take from their lot, or their model's lots in fleet order, what earlier ones left.
std::vector<int> setAside(const Project &p, std::vector<int> &looseOfLot)
{
    looseOfLot.clear();
    for (const FleetLot &l : p.fleet)
        looseOfLot.push_back(l.count);
    std::vector<int> share(p.clusters.size(), 0);
    for (size_t c = 0; c < p.clusters.size(); ++c)
        for (size_t l = 0; l < p.fleet.size(); ++l) {
            const Cluster &cl = p.clusters[c];
            if (!(cl.lot.isNull() ? p.fleet[l].model == cl.model : p.fleet[l].id == cl.lot))
                continue;
            const int n = std::min(looseOfLot[l], cl.systems - share[c]);
            share[c] += n;
            looseOfLot[l] -= n;
        }
    return share;
}

std::vector<Pool> poolsOf(const Project &p)
{
    std::vector<int> loose;
    const std::vector<int> share = setAside(p, loose);
    std::vector<Pool> pools;
    std::map<QString, size_t> looseOfModel;
    for (size_t l = 0; l < p.fleet.size(); ++l) {
        const SystemModel *m = p.model(p.fleet[l].model, Catalog::builtIn());
        auto [it, added] = looseOfModel.emplace(m->id.toString(), pools.size());
        if (added)
            pools.push_back({ m->power.value(), m->gpusPerSystem, 0, -1, {} });
        pools[it->second].available += loose[l];
    }
    for (size_t c = 0; c < p.clusters.size(); ++c) {
        const Cluster &cl = p.clusters[c];
        SystemModelId model = cl.model;
        for (const FleetLot &l : p.fleet)
            if (l.id == cl.lot)
                model = l.model;
        const SystemModel *m = p.model(model, Catalog::builtIn());
        Pool pool{ m->power.value(), m->gpusPerSystem, share[c] >= cl.systems ? share[c] : 0, int(c), {} };
        for (const Rack &r : p.site.racks) {
            QString domain;
            if (cl.scope == ClusterScope::Row)
                domain = r.row.toString();
            else if (cl.scope == ClusterScope::Hall)
                domain = r.row.toString().startsWith(s("row-1")) ? s("hall-1") : s("hall-2");
            else
                for (const FabricDomain &d : p.fabricDomains)
                    if (std::find(d.racks.begin(), d.racks.end(), r.id) != d.racks.end())
                        domain = d.id.toString();
            pool.domainOfRack.push_back(domain);
        }
        pools.push_back(pool);
    }
    return pools;
}

// Most energized GPUs over every placement (rack power limits, the two PDUs, the fleet) in
// which each cluster has none of its systems placed or all of them in one domain.
int bruteForce(const Project &p, double pdu1Kw, double pdu2Kw, int *clustersPlaced = nullptr)
{
    const std::vector<Pool> pools = poolsOf(p);
    const auto &racks = p.site.racks;
    std::vector<std::vector<int>> count(racks.size(), std::vector<int>(pools.size(), 0));
    std::vector<int> used(pools.size(), 0);
    int best = -1;
    auto evaluate = [&] {
        int gpus = 0, placed = 0;
        for (size_t q = 0; q < pools.size(); ++q) {
            gpus += used[q] * pools[q].gpus;
            if (pools[q].cluster < 0 || used[q] == 0)
                continue;
            if (used[q] != p.clusters[size_t(pools[q].cluster)].systems)
                return;
            QString domain;
            for (size_t r = 0; r < racks.size(); ++r)
                if (count[r][q] > 0) {
                    if (!domain.isEmpty() && domain != pools[q].domainOfRack[r])
                        return;
                    domain = pools[q].domainOfRack[r];
                }
            ++placed;
        }
        if (gpus > best) {
            best = gpus;
            if (clustersPlaced)
                *clustersPlaced = placed;
        }
    };
    std::function<void(size_t, size_t, double, double, double)> visit
        = [&](size_t r, size_t q, double rackLeft, double left1, double left2) {
              if (r == racks.size())
                  return evaluate();
              if (q == pools.size())
                  return visit(r + 1, 0, r + 1 < racks.size() ? racks[r + 1].powerLimit.value() : 0, left1, left2);
              const bool onPdu1 = racks[r].feedA.toString() == s("pdu-1");
              const double pduLeft = onPdu1 ? left1 : left2;
              int most = 0;
              if (pools[q].cluster < 0 || !pools[q].domainOfRack[r].isEmpty())
                  while (used[q] + most < pools[q].available && (most + 1) * pools[q].kw <= rackLeft + 1e-9
                      && (most + 1) * pools[q].kw <= pduLeft + 1e-9)
                      ++most;
              for (int k = 0; k <= most; ++k) {
                  used[q] += k;
                  count[r][q] = k;
                  const double kw = k * pools[q].kw;
                  visit(r, q + 1, rackLeft - kw, onPdu1 ? left1 - kw : left1, onPdu1 ? left2 : left2 - kw);
                  used[q] -= k;
                  count[r][q] = 0;
              }
          };
    visit(0, 0, racks.empty() ? 0 : racks[0].powerLimit.value(), pdu1Kw, pdu2Kw);
    return best;
}

// Systems of each cluster in a plan, by rack.
int placedOf(const CapacityPlan &plan, const char *cluster)
{
    int n = 0;
    for (const RackPlacement &r : plan.placements)
        for (const PlacedSystems &sys : r.systems)
            if (sys.cluster.toString() == s(cluster))
                n += sys.count;
    return n;
}

} // namespace

class TestClusters : public QObject
{
    Q_OBJECT

private slots:
    void placedInTheDomainThatHoldsIt();
    void unplacedClusterIsExplained();
    void checkerRejectsSplitAndShortClusters();
    void validationNamesTheField();
    void fileRoundTrip();
    void randomSitesMatchBruteForce();
};

// Hall 1 has two 20 kW racks (4 boxes), hall 2 three (6 boxes). A cluster of 5 box-10 within
// a hall can only stand in hall 2; the 2 loose boxes of the lot go to hall 1: 56 GPUs.
void TestClusters::placedInTheDomainThatHoldsIt()
{
    Project p = site({ 20, 20, 20, 20, 20 }, { 0, 1, 2, 2, 2 }, 1000, 1000);
    p.fleet = { lot(s("lot-a"), "box-10", 7) };
    Cluster c = cluster("c1", 5, ClusterScope::Hall);
    c.lot = LotId(s("lot-a"));
    p.clusters = { c };
    QCOMPARE(test::describe(validateProject(p, Catalog::builtIn())), s("(no problems)"));
    const CapacityPlan plan = solve(p, Catalog::builtIn(), exactGpus());
    QCOMPARE(plan.status, PlanStatus::Optimal);
    QCOMPARE(plan.energizedGpus(), 56);
    QCOMPARE(placedOf(plan, "c1"), 5);
    QCOMPARE(plan.clusters.size(), size_t(1));
    QVERIFY(plan.clusters[0].placed);
    QCOMPARE(plan.clusters[0].domain, s("hall \"hall-2\" (Hall 2)"));
    for (const RackPlacement &r : plan.placements)
        for (const PlacedSystems &sys : r.systems)
            if (!sys.cluster.isNull())
                QVERIFY2(r.rack.toString() >= s("rack-3"), qPrintable(r.rack.toString()));
    QCOMPARE(describe(checkPlan(p, Catalog::builtIn(), plan)), s("(no violations)"));
    // The lot's one entry counts all 7 (5 set aside, 2 loose), every one energized.
    QCOMPARE(plan.lots.size(), size_t(1));
    QCOMPARE(plan.lots[0].available, 7);
    QCOMPARE(plan.lots[0].energized, 7);
    // By idle cost too: the checker's own charging of the lot (5 set aside for the cluster, 2
    // loose) gives the plan's value; everything runs, so nothing idles.
    SolveOptions idle = exactGpus();
    idle.objectives = { Objective::IdleCost };
    const CapacityPlan byCost = solve(p, Catalog::builtIn(), idle);
    QCOMPARE(byCost.status, PlanStatus::Optimal);
    QCOMPARE(placedOf(byCost, "c1"), 5);
    QVERIFY(std::abs(byCost.objectiveValue) < 1e-6);
    QCOMPARE(describe(checkPlan(p, Catalog::builtIn(), byCost)), s("(no violations)"));
    // The plan JSON names the cluster's domain and each placed system's cluster.
    const QJsonObject json = planToJson(plan);
    QCOMPARE(
        json.value(s("clusters")).toArray()[0].toObject().value(s("domain")).toString(), s("hall \"hall-2\" (Hall 2)"));
    QVERIFY(QJsonDocument(json).toJson().contains("\"cluster\": \"c1\""));

    // Within a row instead: row-2a (three racks, 6 boxes) holds it. With rack-5 moved to row-1b
    // the largest rows hold 4 and validation refuses the cluster, naming the first of them.
    p.clusters[0].scope = ClusterScope::Row;
    QCOMPARE(solve(p, Catalog::builtIn(), exactGpus()).energizedGpus(), 56);
    p.site.racks[4].row = RowId(s("row-1b"));
    p.site.racks[4].feedA = PowerNodeId(s("pdu-1"));
    const QString problems = test::describe(validateProject(p, Catalog::builtIn()));
    QVERIFY2(problems.contains(s("$.clusters[0].systems: is 5 × \"box-10\", more than any row can hold by rack slots: "
                                 "the largest, row \"row-1b\" (Row 1b), holds 4")),
        qPrintable(problems));
}

// Separate PDUs: hall 1's two 20 kW racks hold 4 boxes; hall 2's three racks are held to 4
// boxes by its 40 kW PDU. A cluster of 6 fits no hall; it stays dark and the reason names the
// best hall's room, 4 of 6; the loose lot of 4 boxes takes hall 1 or hall 2: 32 GPUs.
void TestClusters::unplacedClusterIsExplained()
{
    Project p = site({ 20, 20, 20, 20, 20 }, { 0, 1, 2, 2, 2 }, 1000, 40);
    p.fleet = { lot(s("lot-c"), "box-10", 6), lot(s("lot-loose"), "box-10", 4) };
    Cluster c = cluster("c1", 6, ClusterScope::Hall);
    c.lot = LotId(s("lot-c"));
    c.name = s("Training pod");
    p.clusters = { c };
    QCOMPARE(test::describe(validateProject(p, Catalog::builtIn())), s("(no problems)"));
    const CapacityPlan plan = solve(p, Catalog::builtIn(), exactGpus());
    QCOMPARE(plan.status, PlanStatus::Optimal);
    QCOMPARE(plan.energizedGpus(), 32); // the 4 loose boxes
    QCOMPARE(placedOf(plan, "c1"), 0);
    QVERIFY(!plan.clusters[0].placed);
    QCOMPARE(plan.clusters[0].bestRoom, 4);
    QCOMPARE(plan.clusters[0].room.size(), size_t(2));
    QCOMPARE(plan.clusters[0].room[0].second, 4);
    QCOMPARE(plan.clusters[0].room[1].second, 4);
    QVERIFY2(plan.clusters[0].reason.startsWith(
                 s("no hall holds it whole: the best, hall \"hall-1\" (Hall 1), has room for 4 of its 6 systems")),
        qPrintable(plan.clusters[0].reason));
    QVERIFY2(plan.explanations.join(u'\n').contains(s("cluster \"c1\" (Training pod) (6 × box-10) is not placed")),
        qPrintable(plan.explanations.join(u'\n')));
    QCOMPARE(describe(checkPlan(p, Catalog::builtIn(), plan)), s("(no violations)"));

    // Too few systems delivered: the cluster's lot arrives later; the reason says how many.
    p.fleet[0].delivered = QDate(2027, 1, 1);
    p.fleet[1].count = 8;
    const CapacityPlan later = solve(p, Catalog::builtIn(), exactGpus());
    QCOMPARE(later.energizedGpus(), 64); // the 8 loose boxes: 4 per hall
    QVERIFY2(later.clusters[0].reason.startsWith(s("only 0 of its 6 systems are delivered")),
        qPrintable(later.clusters[0].reason));
}

void TestClusters::checkerRejectsSplitAndShortClusters()
{
    Project p = site({ 20, 20, 20, 20, 20 }, { 0, 1, 2, 2, 2 }, 1000, 1000);
    p.fleet = { lot(s("lot-a"), "box-10", 4) };
    Cluster c = cluster("c1", 4, ClusterScope::Hall);
    c.model = SystemModelId(s("box-10"));
    p.clusters = { c };
    const CapacityPlan plan = solve(p, Catalog::builtIn(), exactGpus());
    QCOMPARE(placedOf(plan, "c1"), 4);
    QCOMPARE(describe(checkPlan(p, Catalog::builtIn(), plan)), s("(no violations)"));
    // Split: the cluster's systems in its first rack moved to the other hall.
    CapacityPlan split = plan;
    const bool inHall1 = split.placements[0].rack.toString() <= s("rack-2");
    split.placements[0].rack = RackId(inHall1 ? s("rack-5") : s("rack-1"));
    const QString splitText = describe(checkPlan(p, Catalog::builtIn(), split));
    QVERIFY2(splitText.contains(s("cluster c1: cluster \"c1\" is split over 2 domains")), qPrintable(splitText));
    // Short: one system fewer.
    CapacityPlan shortPlan = plan;
    shortPlan.placements[0].systems[0].count -= 1;
    shortPlan.placements[0].systems[0].gpus -= 8;
    shortPlan.placements[0].systems[0].power = Kilowatts(shortPlan.placements[0].systems[0].power.value() - 10);
    const QString shortText = describe(checkPlan(p, Catalog::builtIn(), shortPlan));
    QVERIFY2(shortText.contains(s("cluster \"c1\" has 3 of its 4 systems placed; a cluster is placed whole or not")),
        qPrintable(shortText));
    // Loose: the cluster's systems placed as loose ones use systems no lot has left loose.
    CapacityPlan loose = plan;
    for (RackPlacement &r : loose.placements)
        for (PlacedSystems &sys : r.systems)
            sys.cluster = ClusterId();
    const QString looseText = describe(checkPlan(p, Catalog::builtIn(), loose));
    QVERIFY2(looseText.contains(s("the plan places 4 × box-10 not set aside for a cluster, only 0 are delivered")),
        qPrintable(looseText));
    // A cluster the project does not have.
    CapacityPlan unknown = plan;
    unknown.placements[0].systems[0].cluster = ClusterId(s("ghost"));
    const QString unknownText = describe(checkPlan(p, Catalog::builtIn(), unknown));
    QVERIFY2(unknownText.contains(s("unknown-reference ghost: rack "))
            && unknownText.contains(s("holds systems of cluster "
                                      "\"ghost\", which the "
                                      "project does not have")),
        qPrintable(unknownText));
}

void TestClusters::validationNamesTheField()
{
    Project p = site({ 20, 20, 20 }, { 0, 1, 2 }, 1000, 1000);
    p.fleet = { lot(s("lot-a"), "box-10", 4) };
    p.fabricDomains = { { FabricDomainId(s("pod-1")), s("Pod 1"), { RackId(s("rack-1")), RackId(s("rack-2")) } },
        { FabricDomainId(s("pod-2")), QString(), { RackId(s("rack-2")), RackId(s("rack-9")) } } };
    Cluster a = cluster("a", 3, ClusterScope::FabricDomain);
    a.lot = LotId(s("lot-a"));
    Cluster b = cluster("b", 2, ClusterScope::Hall);
    b.lot = LotId(s("lot-a"));
    b.fabricDomains = { FabricDomainId(s("pod-1")) };
    Cluster both = cluster("c", 1, ClusterScope::Hall);
    both.lot = LotId(s("lot-a"));
    both.model = SystemModelId(s("box-10"));
    Cluster unknown = cluster("d", 1, ClusterScope::FabricDomain);
    unknown.model = SystemModelId(s("box-99"));
    unknown.fabricDomains = { FabricDomainId(s("pod-7")) };
    p.clusters = { a, b, both, unknown };
    const QString text = test::describe(validateProject(p, Catalog::builtIn()));
    for (const char *expected : {
             "$.fabricDomains[1].racks[0]: names rack \"rack-2\", already in fabric domain \"pod-1\"; declared fabric "
             "domains must not overlap",
             "$.fabricDomains[1].racks[1]: names rack \"rack-9\", which the site does not have",
             "$.clusters[1].systems: is 2; with the clusters before it, lot \"lot-a\" would give 5 systems of its 4",
             "$.clusters[1].fabricDomains: is given, but the cluster stands within a hall",
             "$.clusters[2]: names both a model and a lot; give one",
             "$.clusters[3].fabricDomains[0]: names fabric domain \"pod-7\", which the project does not declare",
             "$.clusters[3].model: names model \"box-99\", which neither the project nor the built-in catalog has",
         })
        QVERIFY2(text.contains(s(expected)), qPrintable(text + s("\n--- missing: ") + s(expected)));
}

void TestClusters::fileRoundTrip()
{
    Project p = site({ 20, 20, 20 }, { 0, 1, 2 }, 1000, 1000);
    p.fleet = { lot(s("lot-a"), "box-10", 4) };
    p.fabricDomains = { { FabricDomainId(s("pod-1")), s("Pod 1"), { RackId(s("rack-1")), RackId(s("rack-2")) } } };
    Cluster a = cluster("a", 3, ClusterScope::FabricDomain);
    a.lot = LotId(s("lot-a"));
    a.name = s("Pod A");
    a.fabricDomains = { FabricDomainId(s("pod-1")) };
    p.clusters = { a };
    const LoadResult back = parseProject(serializeProject(p));
    QVERIFY2(back.ok(), qPrintable(test::describe(back.errors)));
    QVERIFY(back.project->clusters == p.clusters);
    QVERIFY(back.project->fabricDomains == p.fabricDomains);
    const CapacityPlan plan = solve(*back.project, Catalog::builtIn(), exactGpus());
    QCOMPARE(placedOf(plan, "a"), 3);
    QCOMPARE(plan.energizedGpus(), 32); // 2 racks of pod-1 hold 4; the loose one goes anywhere
}

// ≥ 30 random tiny sites: solve() reaches the exhaustive optimum, its plan passes the checker,
// and the per-rack model's optimum is the same.
void TestClusters::randomSitesMatchBruteForce()
{
    std::mt19937 rng(20261204);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    int rounds = 0, placedSomewhere = 0, leftOut = 0, rejected = 0;
    const ClusterScope scopes[] = { ClusterScope::Hall, ClusterScope::Row, ClusterScope::FabricDomain };
    while (rounds < 36) {
        std::vector<double> rackKw(size_t(pick(3, 5)));
        std::vector<int> rackRow(rackKw.size());
        for (size_t r = 0; r < rackKw.size(); ++r) {
            rackKw[r] = 5.0 * pick(2, 4);
            rackRow[r] = pick(0, 2);
        }
        const double pdu1 = 5.0 * pick(2, 8), pdu2 = 5.0 * pick(2, 8);
        Project p = site(rackKw, rackRow, pdu1, pdu2);
        const int lots = pick(1, 2);
        for (int l = 0; l < lots; ++l)
            p.fleet.push_back(lot(QStringLiteral("lot-%1").arg(l + 1), pick(0, 1) ? "box-10" : "box-5", pick(1, 4)));
        const int clusters = pick(1, 2);
        for (int c = 0; c < clusters; ++c) {
            Cluster cl = cluster(c == 0 ? "c1" : "c2", pick(1, 3), scopes[pick(0, 2)]);
            const FleetLot &from = p.fleet[size_t(pick(0, lots - 1))];
            if (pick(0, 1))
                cl.lot = from.id;
            else
                cl.model = from.model;
            p.clusters.push_back(cl);
        }
        // Declared domains: the racks in a random order, cut into one or two pods (some racks left out).
        std::vector<RackId> ids;
        for (const Rack &r : p.site.racks)
            if (pick(0, 3) != 0)
                ids.push_back(r.id);
        std::shuffle(ids.begin(), ids.end(), rng);
        const size_t cut = ids.empty() ? 0 : size_t(pick(0, int(ids.size())));
        if (cut > 0)
            p.fabricDomains.push_back({ FabricDomainId(s("pod-1")), s("Pod 1"), { ids.begin(), ids.begin() + cut } });
        if (cut < ids.size())
            p.fabricDomains.push_back({ FabricDomainId(s("pod-2")), QString(), { ids.begin() + cut, ids.end() } });
        if (!validateProject(p, Catalog::builtIn()).empty()) {
            ++rejected; // too large for its domains, or its lot: drawn again
            continue;
        }
        ++rounds;
        int placed = 0;
        const int brute = bruteForce(p, pdu1, pdu2, &placed);
        const CapacityPlan plan = solve(p, Catalog::builtIn(), exactGpus());
        QVERIFY2(plan.status == PlanStatus::Optimal,
            qPrintable(QStringLiteral("round %1: %2").arg(rounds).arg(plan.explanations.join(u' '))));
        QVERIFY2(plan.energizedGpus() == brute,
            qPrintable(QStringLiteral("round %1: solve %2, brute force %3\n%4")
                           .arg(rounds)
                           .arg(plan.energizedGpus())
                           .arg(brute)
                           .arg(QString::fromUtf8(serializeProject(p)))));
        QCOMPARE(describe(checkPlan(p, Catalog::builtIn(), plan)), s("(no violations)"));
        int planPlaced = 0;
        for (const ClusterResult &r : plan.clusters) {
            planPlaced += r.placed ? 1 : 0;
            QCOMPARE(placedOf(plan, qPrintable(r.cluster.toString())), r.placed ? r.systems : 0);
            QVERIFY(r.placed || !r.reason.isEmpty());
        }
        placedSomewhere += planPlaced > 0 ? 1 : 0;
        leftOut += planPlaced < int(plan.clusters.size()) ? 1 : 0;
        QTemporaryDir dir;
        const QString file = dir.filePath(s("per-rack.lp"));
        QCOMPARE(writePerRackModel(p, Catalog::builtIn(), exactGpus(), file, ModelFormat::Lp), QString());
        const double perRack = test::glpkOptimum(file);
        QVERIFY2(std::abs(perRack - brute) < 1e-6,
            qPrintable(QStringLiteral("round %1: per-rack %2, brute force %3").arg(rounds).arg(perRack).arg(brute)));
    }
    qInfo("%d rounds (%d drawn again), %d with a cluster placed, %d with one left out", rounds, rejected,
        placedSomewhere, leftOut);
    QVERIFY(placedSomewhere >= 10); // the sample exercises both answers
    QVERIFY(leftOut >= 5);
}

QTEST_GUILESS_MAIN(TestClusters)
#include "tst_clusters.moc"
