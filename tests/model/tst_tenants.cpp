// SPDX-License-Identifier: GPL-3.0-or-later
// Tenants, reservations and quotas (issue 20 §3) against exhaustive enumeration: on tiny random
// sites every placement of every owner's systems is tried, the lexicographic optimum of the
// priority tiers' GPUs is taken, and solve()'s plan must reach the same tier values, pass the
// plan checker, and the per-rack model written for other solvers must reach the same weighted
// optimum. Hand cases check the rules a planner reads in docs/solver.md.
#include "catalog.h"
#include "lpoptimum.h"
#include "plan/planchecker.h"
#include "solver/perrackmodel.h"
#include "solver/solver.h"
#include "testsupport.h"
#include "validation.h"

#include <glpk.h>

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

// A site of `rackKw.size()` racks (the first half in hall-1, the rest in hall-2) under one PDU
// of `pduKw`, with one CRAH that cools everything; the two box models in the catalog.
Project site(const std::vector<double> &rackKw, double pduKw)
{
    Project p;
    p.site.name = s("tenants");
    p.site.planStart = QDate(2026, 1, 1);
    p.site.halls = { { HallId(s("hall-1")), s("Hall 1"), {}, { Metres(10), Metres(10) } },
        { HallId(s("hall-2")), s("Hall 2"), { Metres(20), Metres(0) }, { Metres(10), Metres(10) } } };
    p.site.rows = { { RowId(s("row-1")), HallId(s("hall-1")), s("Row 1") },
        { RowId(s("row-2")), HallId(s("hall-2")), s("Row 2") } };
    test::addNode(p, "util", PowerNodeKind::Utility, 10000);
    test::addNode(p, "pdu", PowerNodeKind::Pdu, pduKw, { "util" });
    CoolingUnit crah;
    crah.id = CoolingUnitId(s("crah"));
    crah.name = s("CRAH");
    crah.capacity = Kilowatts(10000);
    for (size_t i = 0; i < rackKw.size(); ++i) {
        Rack r;
        r.id = RackId(QStringLiteral("rack-%1").arg(i + 1));
        r.name = r.id.toString();
        r.row = RowId(i < (rackKw.size() + 1) / 2 ? s("row-1") : s("row-2"));
        r.position = { Metres(1 + 0.6 * double(i)), Metres(2) };
        r.powerLimit = Kilowatts(rackKw[i]);
        r.feedA = PowerNodeId(s("pdu"));
        p.site.racks.push_back(r);
        crah.serves.push_back(r.id);
    }
    p.site.coolingUnits.push_back(crah);
    p.customModels = { test::boxModel("box-10", 10, 8), test::boxModel("box-5", 5, 4) };
    return p;
}

FleetLot lot(const QString &id, const char *model, int count, const QString &tenant)
{
    FleetLot l;
    l.id = LotId(id);
    l.model = SystemModelId(s(model));
    l.count = count;
    l.unitCost = Money(60000);
    l.delivered = QDate(2025, 1, 1);
    l.tenant = TenantId(tenant);
    return l;
}

Tenant tenant(const char *id, int priority)
{
    Tenant t;
    t.id = TenantId(s(id));
    t.priority = priority;
    return t;
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

// Energized GPUs per owner in a plan: tenant id, "" for the operator's own.
std::map<QString, int> gpusByOwner(const CapacityPlan &plan)
{
    std::map<QString, int> out;
    for (const RackPlacement &r : plan.placements)
        for (const PlacedSystems &p : r.systems)
            out[p.tenant.toString()] += p.gpus;
    return out;
}

// The brute force's own tiers: distinct tenant priorities, highest first, then the
// operator's own lots. The tier of `owner` (a tenant id, null for the operator's own).
size_t tierOf(const Project &p, const TenantId &owner)
{
    std::vector<int> priorities;
    for (const Tenant &t : p.tenants)
        priorities.push_back(t.priority);
    std::sort(priorities.rbegin(), priorities.rend());
    priorities.erase(std::unique(priorities.begin(), priorities.end()), priorities.end());
    for (const Tenant &t : p.tenants)
        if (t.id == owner && !owner.isNull())
            return size_t(std::find(priorities.begin(), priorities.end(), t.priority) - priorities.begin());
    return priorities.size();
}

size_t tierCount(const Project &p)
{
    return tierOf(p, TenantId()) + 1;
}

// ---- brute force ------------------------------------------------------------------------

// One owner's systems of one model: what a rack may hold.
struct Pool
{
    QString owner; // tenant id, "" for the operator's own
    double kw = 0;
    int gpus = 0;
    int available = 0;
    int tier = 0; // 0 highest
};

struct Exhaustive
{
    bool feasible = false;
    std::vector<int> tierGpus; // the lexicographic optimum
};

// Every placement of every pool's systems into the racks (rack power limits, reservations, the
// PDU, the fleet), kept when every quota holds; the lexicographically best tier vector.
Exhaustive bruteForce(const Project &p, double pduKw)
{
    std::vector<Pool> pools;
    const int tiers = int(tierCount(p));
    for (const FleetLot &l : p.fleet) {
        const SystemModel *m = p.model(l.model, Catalog::builtIn());
        auto it = std::find_if(pools.begin(), pools.end(),
            [&](const Pool &q) { return q.owner == l.tenant.toString() && q.kw == m->power.value(); });
        if (it == pools.end()) {
            pools.push_back({ l.tenant.toString(), m->power.value(), m->gpusPerSystem, 0, int(tierOf(p, l.tenant)) });
            it = pools.end() - 1;
        }
        it->available += l.count;
    }
    // Owner of each rack: its tenant's own list, then its hall's (row-1: hall-1).
    std::vector<QString> rackOwner(p.site.racks.size());
    for (size_t r = 0; r < p.site.racks.size(); ++r)
        for (const Tenant &t : p.tenants) {
            const QString hall = p.site.racks[r].row.toString() == s("row-1") ? s("hall-1") : s("hall-2");
            for (const RackId &id : t.reservedRacks)
                if (id == p.site.racks[r].id)
                    rackOwner[r] = t.id.toString();
            for (const HallId &h : t.reservedHalls)
                if (h.toString() == hall)
                    rackOwner[r] = t.id.toString();
        }
    Exhaustive best;
    std::vector<int> used(pools.size(), 0);
    auto evaluate = [&] {
        std::map<QString, int> gpus;
        std::map<QString, double> kw;
        std::vector<int> tierGpus(size_t(tiers), 0);
        for (size_t i = 0; i < pools.size(); ++i) {
            gpus[pools[i].owner] += used[i] * pools[i].gpus;
            kw[pools[i].owner] += used[i] * pools[i].kw;
            tierGpus[size_t(pools[i].tier)] += used[i] * pools[i].gpus;
        }
        for (const Tenant &t : p.tenants) {
            const QString id = t.id.toString();
            if ((t.minGpus && gpus[id] < *t.minGpus) || (t.maxGpus && gpus[id] > *t.maxGpus)
                || (t.maxMegawatts && kw[id] > *t.maxMegawatts * 1000 + 1e-9))
                return;
        }
        if (!best.feasible || tierGpus > best.tierGpus)
            best = { true, tierGpus };
    };
    const auto &racks = p.site.racks;
    std::function<void(size_t, size_t, double, double)> visit
        = [&](size_t r, size_t q, double rackLeft, double pduLeft) {
              if (r == racks.size())
                  return evaluate();
              if (q == pools.size())
                  return visit(r + 1, 0, r + 1 < racks.size() ? racks[r + 1].powerLimit.value() : 0, pduLeft);
              int most = 0;
              if (rackOwner[r].isEmpty() || rackOwner[r] == pools[q].owner)
                  while (used[q] + most < pools[q].available && (most + 1) * pools[q].kw <= rackLeft + 1e-9
                      && (most + 1) * pools[q].kw <= pduLeft + 1e-9)
                      ++most;
              for (int k = 0; k <= most; ++k) {
                  used[q] += k;
                  visit(r, q + 1, rackLeft - k * pools[q].kw, pduLeft - k * pools[q].kw);
                  used[q] -= k;
              }
          };
    visit(0, 0, racks.empty() ? 0 : racks[0].powerLimit.value(), pduKw);
    return best;
}

} // namespace

class TestTenants : public QObject
{
    Q_OBJECT

private slots:
    void handCases();
    void randomSitesMatchBruteForce();
};

// A tiny random site: 2–4 racks of 10–20 kW, a PDU of 15–40 kW, 2–3 tenants of random
// priorities (ties possible) with a lot each, maybe the operator's own lot, rack and hall
// reservations, and quotas that validation accepts.
static Project randomProject(std::mt19937 &rng, double &pduKw)
{
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    std::vector<double> rackKw(size_t(pick(2, 4)));
    for (double &kw : rackKw)
        kw = 5.0 * pick(2, 4);
    pduKw = 5.0 * pick(3, 8);
    Project p = site(rackKw, pduKw);
    const int tenants = pick(2, 3);
    const char *ids[] = { "t1", "t2", "t3" };
    for (int t = 0; t < tenants; ++t) {
        Tenant tn = tenant(ids[t], pick(1, 3));
        const bool big = pick(0, 1) == 1;
        const int count = pick(1, 3);
        p.fleet.push_back(lot(QStringLiteral("lot-%1").arg(s(ids[t])), big ? "box-10" : "box-5", count, s(ids[t])));
        const int own = count * (big ? 8 : 4);
        if (pick(0, 2) == 0)
            tn.maxGpus = 4 * pick(1, 3);
        if (pick(0, 2) == 0)
            tn.minGpus = std::min({ 4 * pick(1, 4), own, tn.maxGpus.value_or(own) });
        if (pick(0, 4) == 0)
            tn.maxMegawatts = 0.01;
        p.tenants.push_back(tn);
    }
    if (pick(0, 1) == 1)
        p.fleet.push_back(lot(s("lot-own"), pick(0, 1) ? "box-10" : "box-5", pick(1, 3), QString()));
    const bool hallReserved = pick(0, 3) == 0;
    if (hallReserved)
        p.tenants[size_t(pick(0, tenants - 1))].reservedHalls.push_back(HallId(s("hall-2")));
    for (const Rack &r : p.site.racks)
        if ((!hallReserved || r.row.toString() == s("row-1")) && pick(0, 2) == 0)
            p.tenants[size_t(pick(0, tenants - 1))].reservedRacks.push_back(r.id);
    return p;
}

// The per-rack file's tier weights, by the rule perrackmodel.h states: the lowest tier 1, each
// higher one 1 + every tier below at its most (every available system's GPUs) times its weight.
static std::vector<double> tierWeights(const Project &p)
{
    std::vector<double> most(tierCount(p), 0.0);
    for (const FleetLot &l : p.fleet)
        most[tierOf(p, l.tenant)] += l.count * p.model(l.model, Catalog::builtIn())->gpusPerSystem;
    std::vector<double> weight(most.size(), 1.0);
    double below = 0;
    for (size_t k = most.size(); k-- > 0;) {
        weight[k] = 1 + below;
        below += weight[k] * most[k];
    }
    return weight;
}

// Energized GPUs per tier of a plan (tiers as bruteForce counts them).
static std::vector<int> planTiers(const Project &p, const CapacityPlan &plan)
{
    std::vector<int> out(tierCount(p), 0);
    for (const auto &[owner, gpus] : gpusByOwner(plan))
        out[tierOf(p, TenantId(owner))] += gpus;
    return out;
}

static QString tiersText(const std::vector<int> &tiers)
{
    QStringList parts;
    for (int t : tiers)
        parts << QString::number(t);
    return parts.join(u", ");
}

void TestTenants::handCases()
{
    // The fixture, by hand: the PDU carries 6 boxes. Acme (priority 10, hall 2 and open rack-2)
    // energizes its 3 (24 GPUs); Beta (priority 5, rack-1 and rack-2) is capped at 16 GPUs (2
    // boxes) by maxGpus; the operator's own lots take the last 10 kW (one box, rack-2).
    const Project fixture = test::loadFixture(s("good/tenants.warmshell.json"));
    CapacityPlan plan = solve(fixture, Catalog::builtIn(), exactGpus());
    QCOMPARE(plan.status, PlanStatus::Optimal);
    std::map<QString, int> byOwner = gpusByOwner(plan);
    QCOMPARE(byOwner[s("acme")], 24);
    QCOMPARE(byOwner[s("beta")], 16);
    QCOMPARE(byOwner[s("")], 8);
    QCOMPARE(describe(checkPlan(fixture, Catalog::builtIn(), plan)), s("(no violations)"));
    // Results per tenant: each box depreciates 120,000 / 72 months; beta leaves 2 idle, the
    // operator 3; beta sits at its maxGpus.
    QCOMPARE(plan.tenants.size(), size_t(3));
    QCOMPARE(plan.tenants[0].tenant.toString(), s("acme"));
    QCOMPARE(plan.tenants[0].idleGpus, 0);
    QCOMPARE(plan.tenants[0].energizedPower.value(), 30.0);
    QCOMPARE(plan.tenants[1].energizedGpus, 16);
    QCOMPARE(plan.tenants[1].idleGpus, 16);
    QCOMPARE(plan.tenants[1].bindingQuota, s("maxGpus"));
    QVERIFY(std::abs(plan.tenants[1].idleDepreciationPerMonth.value() - 2 * 120000.0 / 72) < 1e-6);
    QVERIFY(plan.tenants[2].tenant.isNull());
    QCOMPARE(plan.tenants[2].energizedGpus, 8);
    QVERIFY(std::abs(plan.tenants[2].idleDepreciationPerMonth.value() - 3 * 120000.0 / 72) < 1e-6);
    QVERIFY(plan.tenants[0].bindingQuota.isEmpty() && plan.tenants[2].bindingQuota.isEmpty());
    // The checker names the rack and tenant of a broken reservation, and the tenant of a broken
    // quota: beta's systems moved into rack-4 (acme's hall), then one more of beta's placed.
    CapacityPlan broken = plan;
    for (RackPlacement &r : broken.placements)
        for (PlacedSystems &sys : r.systems)
            if (sys.tenant.toString() == s("beta"))
                r.rack = RackId(s("rack-4"));
    QVERIFY2(describe(checkPlan(fixture, Catalog::builtIn(), broken))
                 .contains(s("reservation rack-4: rack rack-4 is reserved for tenant \"acme\" but holds 2 × box-10 "
                             "of tenant \"beta\"")),
        qPrintable(describe(checkPlan(fixture, Catalog::builtIn(), broken))));
    broken = plan;
    for (RackPlacement &r : broken.placements)
        for (PlacedSystems &sys : r.systems)
            if (sys.tenant.toString() == s("beta")) {
                sys.count += 1;
                sys.gpus += 8;
                sys.power = Kilowatts(sys.power.value() + 10);
            }
    QVERIFY2(describe(checkPlan(fixture, Catalog::builtIn(), broken))
                 .contains(s("quota beta: tenant \"beta\" has 24 GPUs energized, above its maxGpus of 16")),
        qPrintable(describe(checkPlan(fixture, Catalog::builtIn(), broken))));

    // A reservation leaves a rack empty although another owner's systems wait: rack-2 is
    // reserved for "t", which has nothing; the operator's 4 boxes fit rack-1 only (2 of them).
    Project empty = site({ 20, 20 }, 100);
    empty.tenants = { tenant("t", 1) };
    empty.tenants[0].reservedRacks = { RackId(s("rack-2")) };
    empty.fleet = { lot(s("own"), "box-10", 4, QString()) };
    plan = solve(empty, Catalog::builtIn(), exactGpus());
    QCOMPARE(plan.status, PlanStatus::Optimal);
    QCOMPARE(plan.energizedGpus(), 16);
    for (const RackPlacement &r : plan.placements)
        QCOMPARE(r.rack.toString(), s("rack-1"));
    empty.tenants[0].reservedRacks.clear(); // without the reservation all four run
    QCOMPARE(solve(empty, Catalog::builtIn(), exactGpus()).energizedGpus(), 32);

    // A minimum quota takes power from a higher priority, exactly as much as it needs: the PDU
    // carries 2 boxes; A (priority 10) and B (priority 1) own 2 each.
    Project quota = site({ 20, 20 }, 20);
    quota.tenants = { tenant("A", 10), tenant("B", 1) };
    quota.fleet = { lot(s("a"), "box-10", 2, s("A")), lot(s("b"), "box-10", 2, s("B")) };
    auto split = [&](std::optional<int> bMin) {
        quota.tenants[1].minGpus = bMin;
        const CapacityPlan q = solve(quota, Catalog::builtIn(), exactGpus());
        std::map<QString, int> g = gpusByOwner(q);
        return std::pair(g[s("A")], g[s("B")]);
    };
    QCOMPARE(split(std::nullopt), std::pair(16, 0)); // priority alone: A takes all
    QCOMPARE(split(8), std::pair(8, 8)); // B's minimum of one box, A the rest
    QCOMPARE(split(16), std::pair(0, 16));
    quota.tenants[1].priority = 20; // B first by priority: it takes all, its minimum is moot
    QCOMPARE(split(8), std::pair(0, 16));

    // Minimums that hold one by one but not together are named, with their limits.
    quota.tenants[1].priority = 1;
    quota.tenants[0].minGpus = 16;
    quota.tenants[1].minGpus = 8;
    plan = solve(quota, Catalog::builtIn(), exactGpus());
    QCOMPARE(plan.status, PlanStatus::Infeasible);
    const QString why = plan.explanations.join(u'\n');
    QVERIFY2(why.contains(s("tenant \"A\": at least 16 GPUs energized (minGpus)"))
            && why.contains(s("tenant \"B\": at least 8 GPUs energized (minGpus)"))
            && why.contains(s("each of these limits can hold without the others")),
        qPrintable(why));
    // One minimum beyond what its open racks allow: rack-2 is B's, so A has rack-1 (2 boxes).
    quota.tenants[1].minGpus.reset();
    quota.tenants[0].minGpus = 16;
    quota.fleet[0].count = 3;
    quota.site.power.node(PowerNodeId(s("pdu")))->rating = PowerRating::kilowatts(Kilowatts(100));
    quota.tenants[1].reservedRacks = { RackId(s("rack-2")) };
    quota.tenants[0].minGpus = 24;
    plan = solve(quota, Catalog::builtIn(), exactGpus());
    QCOMPARE(plan.status, PlanStatus::Infeasible);
    QVERIFY2(plan.explanations.join(u'\n').contains(
                 s("tenant \"A\": at least 24 GPUs energized (minGpus), but at most 16 of its GPUs can be energized")),
        qPrintable(plan.explanations.join(u'\n')));
    QVERIFY(plan.placements.empty());
}

// ≥ 30 random tiny sites: solve() reaches the exhaustive lexicographic optimum of the tiers'
// GPUs (or says infeasible exactly when no placement meets every quota), its plan passes the
// checker, and the per-rack model's optimum is the same tiers weighted.
void TestTenants::randomSitesMatchBruteForce()
{
    std::mt19937 rng(20261204);
    int feasible = 0, infeasible = 0, withQuota = 0;
    for (int round = 0; round < 40; ++round) {
        double pduKw = 0;
        const Project p = randomProject(rng, pduKw);
        QCOMPARE(test::describe(validateProject(p, Catalog::builtIn())), s("(no problems)"));
        withQuota += std::any_of(p.tenants.begin(), p.tenants.end(), [](const Tenant &t) { return t.hasQuota(); });
        const Exhaustive brute = bruteForce(p, pduKw);
        const CapacityPlan plan = solve(p, Catalog::builtIn(), exactGpus());
        QTemporaryDir dir;
        const QString file = dir.filePath(s("per-rack.lp"));
        QCOMPARE(writePerRackModel(p, Catalog::builtIn(), exactGpus(), file, ModelFormat::Lp), QString());
        const double perRack = test::glpkOptimum(file);
        if (!brute.feasible) {
            ++infeasible;
            QVERIFY2(plan.status == PlanStatus::Infeasible, qPrintable(QStringLiteral("round %1").arg(round)));
            QVERIFY(plan.explanations.join(u' ').contains(s("quota")));
            QVERIFY2(std::isnan(perRack), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(perRack)));
            continue;
        }
        ++feasible;
        QVERIFY2(plan.status == PlanStatus::Optimal,
            qPrintable(QStringLiteral("round %1: %2").arg(round).arg(plan.explanations.join(u' '))));
        QVERIFY2(planTiers(p, plan) == brute.tierGpus,
            qPrintable(QStringLiteral("round %1: solve %2, brute force %3")
                           .arg(round)
                           .arg(tiersText(planTiers(p, plan)), tiersText(brute.tierGpus))));
        QCOMPARE(describe(checkPlan(p, Catalog::builtIn(), plan)), s("(no violations)"));
        const std::vector<double> w = tierWeights(p);
        double expected = 0;
        for (size_t k = 0; k < w.size(); ++k)
            expected += w[k] * brute.tierGpus[k];
        QVERIFY2(std::abs(perRack - expected) < 1e-6 * std::max(1.0, expected),
            qPrintable(QStringLiteral("round %1: per-rack %2, expected %3").arg(round).arg(perRack).arg(expected)));
    }
    qInfo("%d feasible, %d infeasible, %d with quotas", feasible, infeasible, withQuota);
    QVERIFY(feasible >= 25); // the sample exercises both answers and the quotas
    QVERIFY(infeasible >= 1);
    QVERIFY(withQuota >= 15);
}

QTEST_GUILESS_MAIN(TestTenants)
#include "tst_tenants.moc"
