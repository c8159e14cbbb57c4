// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/contingency.h"
#include "analysis/contingencycheck.h"
#include "campussite.h"
#include "catalog.h"
#include "plan/planchecker.h"
#include "solver/solver.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <map>

using namespace warmshell;

// Contingency analysis (model/analysis/contingency.h). The hand cases build their plans by
// hand (the placements a planner would read off the floor) and compute every expected figure
// in the comment beside it. Models: "old" 10 kW, 8 GPUs × 500 TFLOPS = 4 PFLOPS a system
// (0.4 PFLOPS per kW); "new" 10 kW, 8 GPUs × 1,000 TFLOPS = 8 PFLOPS a system (0.8 per kW).
// Every lot depreciates 100 a month per system. The brute-force part solves generated campus
// sites and checks every single failure against a naive recomputation: the site rebuilt as
// the failure leaves it and the plan checker's own walk from scratch (checkContingency).

namespace {

const QDate kDate(2026, 6, 1);

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

SystemModel model(const char *id, double tflops)
{
    SystemModel m;
    m.id = SystemModelId(s(id));
    m.name = s(id);
    m.generation = s(id).toUpper();
    m.gpusPerSystem = 8;
    m.power = Kilowatts(10);
    m.height = RackUnits(1);
    m.weight = Kilograms(20);
    m.bf16 = Teraflops(tflops);
    m.released = QDate(2024, 1, 1);
    return m;
}

// A site with one hall and two rows, models old and new, 20 of each in one lot.
Project baseProject()
{
    Project p;
    p.site.name = s("contingency test");
    p.site.planStart = kDate;
    p.site.halls.push_back({ HallId(s("hall-1")), s("Hall 1"), {}, { Metres(100), Metres(20) } });
    for (const char *row : { "row-1", "row-2" }) {
        Row r;
        r.id = RowId(s(row));
        r.hall = HallId(s("hall-1"));
        p.site.rows.push_back(r);
    }
    p.customModels = { model("old", 500), model("new", 1000) };
    for (const char *m : { "old", "new" }) {
        FleetLot lot;
        lot.id = LotId(s("lot-") + s(m));
        lot.model = SystemModelId(s(m));
        lot.count = 20;
        lot.unitCost = Money(7200); // 100 a month over 72 months
        lot.delivered = QDate(2025, 1, 1);
        p.fleet.push_back(lot);
    }
    return p;
}

using test::addNode;

void addRack(Project &p, const char *id, const char *row, const char *feedA, const char *feedB = nullptr)
{
    Rack r;
    r.id = RackId(s(id));
    r.name = s(id);
    r.row = RowId(s(row));
    r.position = { Metres(1 + 0.6 * double(p.site.racks.size())), Metres(s(row) == s("row-1") ? 2 : 6) };
    r.powerLimit = Kilowatts(200);
    r.feedA = PowerNodeId(s(feedA));
    if (feedB)
        r.feedB = PowerNodeId(s(feedB));
    p.site.racks.push_back(r);
}

void addUnit(Project &p, const char *id, double kw, std::vector<const char *> serves)
{
    CoolingUnit u;
    u.id = CoolingUnitId(s(id));
    u.name = s(id);
    u.capacity = Kilowatts(kw);
    for (const char *rack : serves)
        u.serves.push_back(RackId(s(rack)));
    p.site.coolingUnits.push_back(u);
}

struct Placed
{
    const char *rack;
    const char *model;
    int count;
    const char *operatingPoint = "full power";
};

// The plan a planner reads off the floor: the placements, the lots energized and, when given,
// the node loads (otherwise the analysis sums the racks below a node itself).
CapacityPlan handPlan(const Project &p, const std::vector<Placed> &placed, std::map<QString, double> loads = {})
{
    CapacityPlan plan;
    plan.status = PlanStatus::Feasible;
    plan.date = kDate;
    std::map<QString, int> energized;
    for (const Placed &x : placed) {
        const SystemModel *m = p.model(SystemModelId(s(x.model)), Catalog::builtIn());
        double fraction = 1;
        for (const OperatingPoint &op : m->operatingPoints)
            if (op.name == s(x.operatingPoint))
                fraction = op.powerFraction;
        auto it = std::find_if(plan.placements.begin(), plan.placements.end(),
            [&](const RackPlacement &r) { return r.rack.toString() == s(x.rack); });
        if (it == plan.placements.end())
            it = plan.placements.insert(plan.placements.end(), RackPlacement{ RackId(s(x.rack)), {}, {}, {} });
        it->systems.push_back(
            { m->id, s(x.operatingPoint), x.count, Kilowatts(x.count * 10 * fraction), x.count * 8, false });
        energized[s(x.model)] += x.count;
    }
    for (const FleetLot &lot : p.fleet)
        plan.lots.push_back({ lot.id, lot.count, energized[lot.model.toString()], Money(100) });
    for (const auto &[node, kw] : loads) {
        CapacityUse use;
        use.object = node;
        use.load = Kilowatts(kw);
        plan.powerNodes.push_back(use);
    }
    return plan;
}

const ContingencyResult *find(const ContingencyAnalysis &a, FailureKind kind, const char *object)
{
    for (const ContingencyResult &r : a.results)
        if (r.failure.kind == kind && r.failure.object == s(object))
            return &r;
    return nullptr;
}

QStringList ids(const std::vector<RackId> &racks)
{
    QStringList out;
    for (const RackId &r : racks)
        out << r.toString();
    return out;
}

QString actionsText(const ContingencyResult &r)
{
    QStringList out;
    for (const ContingencyAction &a : r.actions)
        out << QStringLiteral("%1 %2×%3 %4")
                   .arg(a.rack.toString())
                   .arg(a.count)
                   .arg(a.model.toString())
                   .arg(a.cappedTo.isEmpty() ? s("shed") : QStringLiteral("capped to ") + a.cappedTo);
    return out.join(s("; "));
}

// GPUs and kW of a plan's placements, from the catalog.
std::pair<int, double> recount(const Project &p, const CapacityPlan &plan)
{
    int gpus = 0;
    double kw = 0;
    for (const RackPlacement &rp : plan.placements)
        for (const PlacedSystems &ps : rp.systems) {
            const SystemModel *m = p.model(ps.model, Catalog::builtIn());
            double fraction = 1;
            for (const OperatingPoint &op : m->operatingPoints)
                if (op.name == ps.operatingPoint)
                    fraction = op.powerFraction;
            gpus += ps.count * m->gpusPerSystem;
            kw += ps.count * m->power.value() * fraction;
        }
    return { gpus, kw };
}

// The full power of the largest system the plan places, kW.
double largestSystemKw(const Project &p, const CapacityPlan &plan)
{
    double kw = 0;
    for (const RackPlacement &rp : plan.placements)
        for (const PlacedSystems &ps : rp.systems)
            kw = std::max(kw, p.model(ps.model, Catalog::builtIn())->power.value());
    return kw;
}

// Violations of power, cooling and live feeds (a hand plan leaves totals and objective out).
std::vector<PlanViolation> capacityViolations(const Project &p, const CapacityPlan &plan)
{
    std::vector<PlanViolation> out;
    for (const PlanViolation &v : checkPlan(p, Catalog::builtIn(), plan))
        if (v.constraint == s("power-node") || v.constraint == s("cooling") || v.constraint == s("dead-rack"))
            out.push_back(v);
    return out;
}

// The check must accept every result of the analysis.
void verifyChecked(const Project &p, const CapacityPlan &plan, const ContingencyAnalysis &a)
{
    for (const ContingencyResult &r : a.results) {
        const auto violations = checkContingency(p, Catalog::builtIn(), plan, r);
        QVERIFY2(violations.empty(), qPrintable(r.description + s(": ") + describe(violations)));
    }
}

} // namespace

class TestContingency : public QObject
{
    Q_OBJECT

private slots:
    void twoNPairSideFailsLosesNothing();
    void nPlusOneModuleFailsShedsByTheRule_data();
    void nPlusOneModuleFailsShedsByTheRule();
    void utilityFailsDarkensEverythingBelow_data();
    void utilityFailsDarkensEverythingBelow();
    void crahServingARowAloneFails();
    void twoCrahsShareARowTheSurvivorDecides();
    void idleCostFreesTheCheapestCharge();
    void sortedByImpact();
    void generatedSitesAgainstNaiveRecomputation();
    void threadsGiveTheSameAnswer();
    void cancelStopsBeforeTheNextFailure();
};

// A 2N pair 100 kW a side carrying 80 kW of racks, as two PDUs (pdu-a, pdu-b under util-a
// and util-b) and as one 2N UPS with sides of 100 kW (ups-2n, under util-c) feeding pdu-c:
// two dual-fed racks of 4 × new (40 kW each, 80 kW). Whatever single element fails, a path
// is left and the survivor (100 kW ≥ 80 kW) carries all: nothing is lost.
void TestContingency::twoNPairSideFailsLosesNothing()
{
    Project p = baseProject();
    addNode(p, "util-a", PowerNodeKind::Utility, 1000);
    addNode(p, "util-b", PowerNodeKind::Utility, 1000);
    addNode(p, "pdu-a", PowerNodeKind::Pdu, 100, { "util-a" });
    addNode(p, "pdu-b", PowerNodeKind::Pdu, 100, { "util-b" });
    addNode(p, "util-c", PowerNodeKind::Utility, 1000);
    addNode(p, "ups-2n", PowerNodeKind::Ups, 100, { "util-c" }, Redundancy::twoN());
    addRack(p, "r1", "row-1", "pdu-a", "pdu-b");
    addRack(p, "r2", "row-1", "pdu-a", "pdu-b");
    addRack(p, "r3", "row-2", "ups-2n");
    addRack(p, "r4", "row-2", "ups-2n");
    addUnit(p, "crah-1", 1000, { "r1", "r2", "r3", "r4" });
    const CapacityPlan plan
        = handPlan(p, { { "r1", "new", 4 }, { "r2", "new", 4 }, { "r3", "new", 4 }, { "r4", "new", 4 } });
    QVERIFY2(capacityViolations(p, plan).empty(), qPrintable(describe(capacityViolations(p, plan))));
    const ContingencyAnalysis a = analyseContingencies(p, Catalog::builtIn(), plan);
    // 6 nodes, the 2N UPS's side, the CRAH: 8 failures.
    QCOMPARE(int(a.results.size()), 8);
    for (const char *node : { "pdu-a", "pdu-b", "util-a", "util-b" }) {
        const ContingencyResult *r = find(a, FailureKind::PowerNode, node);
        QVERIFY(r);
        QVERIFY2(!r->hasImpact(), qPrintable(r->description));
    }
    const ContingencyResult *side = find(a, FailureKind::PowerModule, "ups-2n");
    QVERIFY(side);
    QCOMPARE(side->description, s("UPS ups-2n: one side fails (2N)"));
    QVERIFY(!side->hasImpact());
    QVERIFY(side->actions.empty());
    // The whole 2N UPS (both sides) is a single point of failure of r3 and r4: 8 × new dark.
    const ContingencyResult *whole = find(a, FailureKind::PowerNode, "ups-2n");
    QCOMPARE(ids(whole->darkRacks), QStringList({ s("r3"), s("r4") }));
    QCOMPARE(whole->lostGpus(), 64);
    verifyChecked(p, plan, a);
}

// An N+1 UPS of 3 × 100 kW modules at derating 1 carrying 250 kW (a plan that uses the reserve;
// usable in normal operation is 2 × 100 = 200 kW): r1 holds 10 × old (100 kW, 0.4 PFLOPS/kW),
// r2 10 × new (100 kW), r3 5 × new (50 kW). One module fails: 200 kW left, 50 kW must go.
void TestContingency::nPlusOneModuleFailsShedsByTheRule_data()
{
    QTest::addColumn<bool>("operatingPoint");
    QTest::addColumn<QString>("runbook");
    QTest::addColumn<int>("gpus");
    QTest::addColumn<double>("pflops");
    QTest::addColumn<double>("idlePerMonth");
    QTest::addColumn<double>("lostKw");
    // Lowest value per kW first: old (0.4 < 0.8); 50 kW / 10 kW = 5 systems shed: 40 GPUs,
    // 5 × 4 = 20 PFLOPS, 5 × 100 = 500 a month, 50 kW.
    QTest::newRow("shed") << false << s("r1 5×old shed") << 40 << 20.0 << 500.0 << 50.0;
    // old has "capped" (60 % power, 80 % performance): capping first saves 4 kW a system,
    // 50 / 4 = 12.5 > 10, so all 10 are capped (40 kW, 10 × 0.8 = 8 PFLOPS); 10 kW remain. Then
    // shedding: capped old is 3.2 PFLOPS / 6 kW = 0.53 < 0.8 per kW, ⌈10 / 6⌉ = 2 shed (12 kW,
    // 6.4 PFLOPS, 16 GPUs, 200 a month). Total 14.4 PFLOPS, 52 kW.
    QTest::newRow("cap, then shed") << true << s("r1 10×old capped to capped; r1 2×old shed") << 16 << 14.4 << 200.0
                                    << 52.0;
}

void TestContingency::nPlusOneModuleFailsShedsByTheRule()
{
    QFETCH(bool, operatingPoint);
    QFETCH(QString, runbook);
    QFETCH(int, gpus);
    QFETCH(double, pflops);
    QFETCH(double, idlePerMonth);
    QFETCH(double, lostKw);
    Project p = baseProject();
    if (operatingPoint)
        p.customModels[0].operatingPoints.push_back({ s("capped"), 0.6, 0.8 });
    addNode(p, "util", PowerNodeKind::Utility, 1000);
    addNode(p, "ups", PowerNodeKind::Ups, 100, { "util" }, Redundancy::nPlusOne(3));
    addNode(p, "pdu", PowerNodeKind::Pdu, 1000, { "ups" });
    addRack(p, "r1", "row-1", "pdu");
    addRack(p, "r2", "row-1", "pdu");
    addRack(p, "r3", "row-1", "pdu");
    addUnit(p, "crah-1", 1000, { "r1", "r2", "r3" });
    const CapacityPlan plan = handPlan(p, { { "r1", "old", 10 }, { "r2", "new", 10 }, { "r3", "new", 5 } },
        { { s("util"), 250 }, { s("ups"), 250 }, { s("pdu"), 250 } });
    const ContingencyAnalysis a = analyseContingencies(p, Catalog::builtIn(), plan);
    const ContingencyResult *r = find(a, FailureKind::PowerModule, "ups");
    QVERIFY(r);
    QCOMPARE(r->description, s("UPS ups: one of 3 modules fails"));
    QCOMPARE(r->overloaded, s("ups"));
    QCOMPARE(r->excess.value(), 50.0);
    QCOMPARE(actionsText(*r), runbook);
    QCOMPARE(r->lostGpus(), gpus);
    QCOMPARE(r->lostPflops(), pflops);
    QCOMPARE(r->lostIdleDepreciationPerMonth().value(), idlePerMonth);
    QCOMPARE(r->lostPower.value(), lostKw);
    QVERIFY(r->darkRacks.empty());
    QCOMPARE(ids(operatingPoint ? r->shedRacks : r->shedRacks), QStringList{ s("r1") });
    QVERIFY(r->cappedRacks.empty()); // r1 is shed as well, so it counts as shed
    verifyChecked(p, plan, a);
    // The independent check notices a runbook that falls short: undo the last step.
    ContingencyResult shortRunbook = *r;
    shortRunbook.actions.back().count -= 1;
    QVERIFY(!checkContingency(p, Catalog::builtIn(), plan, shortRunbook).empty());
}

// util-1 feeds sub-1 and sub-2 (500 kW each); pdu-1 under sub-1 feeds r1, pdu-2 under sub-2
// feeds r2; 4 × new in each. The utility fails: both racks dark, 8 systems, 64 GPUs, 64
// PFLOPS, 800 a month. With a generator also feeding sub-2, only r1 goes dark (32 GPUs, 32
// PFLOPS, 400 a month), and the generator failing to start loses nothing (the utility is up).
void TestContingency::utilityFailsDarkensEverythingBelow_data()
{
    QTest::addColumn<bool>("generator");
    QTest::addColumn<QStringList>("dark");
    QTest::addColumn<int>("gpus");
    QTest::addColumn<double>("idlePerMonth");
    QTest::newRow("utility only") << false << QStringList{ s("r1"), s("r2") } << 64 << 800.0;
    QTest::newRow("generator under sub-2") << true << QStringList{ s("r1") } << 32 << 400.0;
}

void TestContingency::utilityFailsDarkensEverythingBelow()
{
    QFETCH(bool, generator);
    QFETCH(QStringList, dark);
    QFETCH(int, gpus);
    QFETCH(double, idlePerMonth);
    Project p = baseProject();
    addNode(p, "util-1", PowerNodeKind::Utility, 1000);
    if (generator)
        addNode(p, "gen-1", PowerNodeKind::Generator, 1000);
    addNode(p, "sub-1", PowerNodeKind::Substation, 500, { "util-1" });
    addNode(p, "sub-2", PowerNodeKind::Substation, 500,
        generator ? std::vector<const char *>{ "util-1", "gen-1" } : std::vector<const char *>{ "util-1" });
    addNode(p, "pdu-1", PowerNodeKind::Pdu, 100, { "sub-1" });
    addNode(p, "pdu-2", PowerNodeKind::Pdu, 100, { "sub-2" });
    addRack(p, "r1", "row-1", "pdu-1");
    addRack(p, "r2", "row-2", "pdu-2");
    addUnit(p, "crah-1", 1000, { "r1", "r2" });
    const CapacityPlan plan = handPlan(p, { { "r1", "new", 4 }, { "r2", "new", 4 } });
    const ContingencyAnalysis a = analyseContingencies(p, Catalog::builtIn(), plan);
    const ContingencyResult *r = find(a, FailureKind::PowerNode, "util-1");
    QVERIFY(r);
    QCOMPARE(r->description, s("utility feed util-1 fails"));
    // Asked for one module of a node that has one (scheme N), the whole node fails.
    const ContingencyResult module
        = analyseFailure(p, Catalog::builtIn(), plan, { FailureKind::PowerModule, s("util-1") });
    QCOMPARE(ids(module.darkRacks), dark);
    QVERIFY(module.actions.empty());
    QCOMPARE(ids(r->darkRacks), dark);
    QCOMPARE(r->lostGpus(), gpus);
    QCOMPARE(r->lostPflops(), gpus / 8 * 8.0);
    QCOMPARE(r->lostIdleDepreciationPerMonth().value(), idlePerMonth);
    QCOMPARE(r->lostPower.value(), gpus / 8 * 10.0);
    QCOMPARE(int(r->generations.size()), 1);
    QCOMPARE(r->generations[0].generation, s("NEW"));
    QCOMPARE(r->generations[0].systems, gpus / 8);
    if (generator) {
        const ContingencyResult *g = find(a, FailureKind::PowerNode, "gen-1");
        QVERIFY(g);
        QCOMPARE(g->description, s("generator gen-1 fails to start"));
        QVERIFY(!g->hasImpact());
    }
    verifyChecked(p, plan, a);
}

// crah-1 (1,000 kW) serves row-1 (r1, r2) alone, crah-2 serves row-2 (r3). crah-1 fails:
// r1 and r2 lose cooling with their 4 + 4 new (64 GPUs, 64 PFLOPS, 80 kW); crah-2 fails: r3
// (2 × old: 16 GPUs, 8 PFLOPS).
void TestContingency::crahServingARowAloneFails()
{
    Project p = baseProject();
    addNode(p, "util", PowerNodeKind::Utility, 1000);
    addRack(p, "r1", "row-1", "util");
    addRack(p, "r2", "row-1", "util");
    addRack(p, "r3", "row-2", "util");
    addUnit(p, "crah-1", 1000, { "r1", "r2" });
    addUnit(p, "crah-2", 1000, { "r3" });
    const CapacityPlan plan = handPlan(p, { { "r1", "new", 4 }, { "r2", "new", 4 }, { "r3", "old", 2 } });
    const ContingencyAnalysis a = analyseContingencies(p, Catalog::builtIn(), plan);
    const ContingencyResult *one = find(a, FailureKind::CoolingUnit, "crah-1");
    QVERIFY(one);
    QCOMPARE(one->description, s("CRAH crah-1 fails"));
    QCOMPARE(ids(one->uncooledRacks), QStringList({ s("r1"), s("r2") }));
    QVERIFY(one->darkRacks.empty());
    QCOMPARE(one->lostGpus(), 64);
    QCOMPARE(one->lostPflops(), 64.0);
    QCOMPARE(one->lostPower.value(), 80.0);
    const ContingencyResult *two = find(a, FailureKind::CoolingUnit, "crah-2");
    QCOMPARE(ids(two->uncooledRacks), QStringList{ s("r3") });
    QCOMPARE(two->lostGpus(), 16);
    QCOMPARE(two->lostPflops(), 8.0);
    verifyChecked(p, plan, a);
}

// crah-1 (50 kW) and crah-2 (60 kW) both serve r1 (4 × old, 40 kW) and r2 (4 × new, 40 kW):
// 80 kW of heat, 110 kW of cooling. crah-1 fails: crah-2 alone removes 60 kW, 20 kW must go:
// 2 × old (lowest value per kW) shed in r1. crah-2 fails: 50 kW left, 30 kW: 3 × old.
void TestContingency::twoCrahsShareARowTheSurvivorDecides()
{
    Project p = baseProject();
    addNode(p, "util", PowerNodeKind::Utility, 1000);
    addRack(p, "r1", "row-1", "util");
    addRack(p, "r2", "row-1", "util");
    addUnit(p, "crah-1", 50, { "r1", "r2" });
    addUnit(p, "crah-2", 60, { "r1", "r2" });
    const CapacityPlan plan = handPlan(p, { { "r1", "old", 4 }, { "r2", "new", 4 } });
    QVERIFY2(capacityViolations(p, plan).empty(), qPrintable(describe(capacityViolations(p, plan))));
    const ContingencyAnalysis a = analyseContingencies(p, Catalog::builtIn(), plan);
    const ContingencyResult *one = find(a, FailureKind::CoolingUnit, "crah-1");
    QVERIFY(one);
    QVERIFY(one->uncooledRacks.empty());
    QCOMPARE(one->excess.value(), 20.0);
    QCOMPARE(one->overloaded, s("crah-2"));
    QCOMPARE(actionsText(*one), s("r1 2×old shed"));
    QCOMPARE(one->lostGpus(), 16);
    const ContingencyResult *two = find(a, FailureKind::CoolingUnit, "crah-2");
    QCOMPARE(two->excess.value(), 30.0);
    QCOMPARE(actionsText(*two), s("r1 3×old shed"));
    QCOMPARE(two->lostIdleDepreciationPerMonth().value(), 300.0);
    verifyChecked(p, plan, a);
}

// new in two lots: 20 at 100 a month and 4 at 300 a month; 8 energized (4 in r1 on pdu-1, 4 in
// r2 on pdu-2) are charged to the dearer lot first (4 × 300) and then 4 × 100, so idle is
// 16 × 100 = 1,600 a month. pdu-1 fails: 4 energized are left, all charged to the dear lot;
// idle becomes 20 × 100 = 2,000: +400 a month (not 4 × 300 = 1,200).
void TestContingency::idleCostFreesTheCheapestCharge()
{
    Project p = baseProject();
    addNode(p, "util-1", PowerNodeKind::Utility, 1000);
    addNode(p, "pdu-1", PowerNodeKind::Pdu, 100, { "util-1" });
    addNode(p, "pdu-2", PowerNodeKind::Pdu, 100, { "util-1" });
    addRack(p, "r1", "row-1", "pdu-1");
    addRack(p, "r2", "row-1", "pdu-2");
    addUnit(p, "crah-1", 1000, { "r1", "r2" });
    FleetLot dear = p.fleet[1];
    dear.id = LotId(s("lot-new-dear"));
    dear.count = 4;
    dear.unitCost = Money(72 * 300);
    p.fleet.push_back(dear);
    CapacityPlan plan = handPlan(p, { { "r1", "new", 4 }, { "r2", "new", 4 } });
    plan.lots = { { LotId(s("lot-old")), 20, 0, Money(100) }, { LotId(s("lot-new")), 20, 4, Money(100) },
        { LotId(s("lot-new-dear")), 4, 4, Money(300) } };
    const ContingencyResult r = analyseFailure(p, Catalog::builtIn(), plan, { FailureKind::PowerNode, s("pdu-1") });
    QCOMPARE(ids(r.darkRacks), QStringList{ s("r1") });
    QCOMPARE(r.lostIdleDepreciationPerMonth().value(), 400.0);
}

// The three rows of the utility case in one site: util-1 (64 PFLOPS) before sub-1 = pdu-1
// (32 PFLOPS each, ties broken by kind then id: pdu-1 < sub-1) before crah-1... and the
// failures without impact last.
void TestContingency::sortedByImpact()
{
    Project p = baseProject();
    addNode(p, "util-1", PowerNodeKind::Utility, 1000);
    addNode(p, "sub-1", PowerNodeKind::Substation, 500, { "util-1" });
    addNode(p, "pdu-1", PowerNodeKind::Pdu, 100, { "sub-1" });
    addNode(p, "pdu-2", PowerNodeKind::Pdu, 100, { "util-1" });
    addRack(p, "r1", "row-1", "pdu-1");
    addRack(p, "r2", "row-2", "pdu-2");
    addUnit(p, "crah-1", 1000, { "r1" });
    addUnit(p, "crah-2", 1000, { "r2" });
    // r1: 4 × new (32 PFLOPS); r2: 2 × old (8 PFLOPS).
    const CapacityPlan plan = handPlan(p, { { "r1", "new", 4 }, { "r2", "old", 2 } });
    const ContingencyAnalysis a = analyseContingencies(p, Catalog::builtIn(), plan);
    QStringList order;
    for (const ContingencyResult &r : a.results)
        order << QStringLiteral("%1:%2=%3").arg(failureKindKey(r.failure.kind), r.failure.object).arg(r.lostPflops());
    QCOMPARE(order.join(s(" ")),
        s("node:util-1=40 node:pdu-1=32 node:sub-1=32 cooling-unit:crah-1=32 node:pdu-2=8 cooling-unit:crah-2=8"));
}

// ≥ 30 generated campus sites (bench/campussite.h, 12 to 40 racks), each with a second CRAH
// sharing the first zone, solved; then every N+1/2N/block node's modules and every redundant
// cooling unit are derated by 75–100 % so the plan leans on the reserve and module failures
// overload. For every single failure the naive recomputation (checkContingency: the site
// rebuilt without the failed element, the plan checker's loads from scratch) must accept the
// result, and the GPUs and kW lost must equal the plan minus the plan after the failure,
// recounted from the catalog.
void TestContingency::generatedSitesAgainstNaiveRecomputation()
{
    int failures = 0, withRunbook = 0, withDark = 0, withUncooled = 0;
    for (quint32 seed = 1; seed <= 32; ++seed) {
        QRandomGenerator rng(seed * 7919u);
        Project p = bench::makeCampusSite({ int(12 + seed % 29), seed, false });
        CoolingUnit extra = p.site.coolingUnits.front();
        extra.id = CoolingUnitId(s("crah-shared"));
        extra.redundancy = Redundancy::n();
        extra.capacity = extra.capacity * 0.5;
        p.site.coolingUnits.push_back(extra);
        SolveOptions options;
        options.timeLimitSeconds = 5;
        options.marginalValues = false;
        const CapacityPlan plan = solve(p, Catalog::builtIn(), options);
        QVERIFY2(plan.status == PlanStatus::Optimal || plan.status == PlanStatus::Feasible,
            qPrintable(QString::number(seed)));
        for (PowerNode &n : p.site.power.nodes())
            if (n.redundancy.installedModules() > 1) {
                PowerNode *node = p.site.power.node(n.id);
                const double value = node->rating.nameplateValue() * (0.75 + 0.25 * rng.generateDouble());
                node->rating = node->rating.isKva()
                    ? PowerRating::kva(KiloVoltAmperes(value), node->rating.powerFactor())
                    : PowerRating::kilowatts(Kilowatts(value));
            }
        for (CoolingUnit &u : p.site.coolingUnits)
            if (u.redundancy.installedModules() > 1)
                u.capacity = u.capacity * (0.75 + 0.25 * rng.generateDouble());
        const ContingencyAnalysis a = analyseContingencies(p, Catalog::builtIn(), plan);
        QCOMPARE(a.results.size(), singleFailures(p, plan.date).size());
        for (const ContingencyResult &r : a.results) {
            ++failures;
            withRunbook += !r.actions.empty();
            withDark += !r.darkRacks.empty();
            withUncooled += !r.uncooledRacks.empty();
            const auto violations = checkContingency(p, Catalog::builtIn(), plan, r);
            QVERIFY2(violations.empty(),
                qPrintable(QStringLiteral("seed %1, %2: %3").arg(seed).arg(r.description, describe(violations))));
            const CapacityPlan after = planAfterFailure(p, Catalog::builtIn(), plan, r);
            const auto [gpusBefore, kwBefore] = recount(p, plan);
            const auto [gpusAfter, kwAfter] = recount(p, after);
            QCOMPARE(r.lostGpus(), gpusBefore - gpusAfter);
            // No more than needed: a node's runbook frees its excess and less than one more system.
            if (r.failure.kind == FailureKind::PowerModule && !r.actions.empty()) {
                double freed = 0;
                for (const ContingencyAction &step : r.actions)
                    freed += step.powerSaved.value();
                QVERIFY2(freed >= r.excess.value() - 1e-6 && freed < r.excess.value() + largestSystemKw(p, plan),
                    qPrintable(QStringLiteral("seed %1, %2: frees %3 kW for %4")
                                   .arg(seed)
                                   .arg(r.description)
                                   .arg(freed)
                                   .arg(r.excess.value())));
            }
            QVERIFY2(std::abs(r.lostPower.value() - (kwBefore - kwAfter)) < 1e-6 * std::max(1.0, kwBefore),
                qPrintable(QStringLiteral("seed %1, %2: %3 kW, recount %4 kW")
                               .arg(seed)
                               .arg(r.description)
                               .arg(r.lostPower.value())
                               .arg(kwBefore - kwAfter)));
        }
    }
    qInfo("%d failures on 32 sites: %d with a runbook, %d with dark racks, %d with uncooled racks", failures,
        withRunbook, withDark, withUncooled);
    // The generated sites exercise every kind of outcome.
    QVERIFY(withRunbook > 0);
    QVERIFY(withDark > 0);
    QVERIFY(withUncooled > 0);
}

// The cancel flag is read before each failure: set before the run, no failure is analysed and
// the analysis says it was cancelled (on 1 and on 4 workers); clear, the answer is the one
// without a flag.
void TestContingency::cancelStopsBeforeTheNextFailure()
{
    const Project p = bench::makeCampusSite({ 40, 3, false });
    SolveOptions options;
    options.timeLimitSeconds = 10;
    options.marginalValues = false;
    const CapacityPlan plan = solve(p, Catalog::builtIn(), options);
    const ContingencyAnalysis whole = analyseContingencies(p, Catalog::builtIn(), plan, 1);
    QVERIFY(!whole.cancelled);
    QCOMPARE(whole.results.size(), singleFailures(p, plan.date).size());
    QVERIFY(whole.results.size() > 10);
    const std::atomic<bool> stop{ true };
    for (int threads : { 1, 4 }) {
        const ContingencyAnalysis a = analyseContingencies(p, Catalog::builtIn(), plan, threads, &stop);
        QVERIFY(a.cancelled);
        QVERIFY(a.results.empty());
    }
    const std::atomic<bool> go{ false };
    const ContingencyAnalysis b = analyseContingencies(p, Catalog::builtIn(), plan, 1, &go);
    QVERIFY(!b.cancelled);
    QCOMPARE(b.results.size(), whole.results.size());
    for (std::size_t i = 0; i < b.results.size(); ++i) {
        QCOMPARE(b.results[i].failure, whole.results[i].failure);
        QCOMPARE(b.results[i].lostGpus(), whole.results[i].lostGpus());
    }
}

void TestContingency::threadsGiveTheSameAnswer()
{
    const Project p = bench::makeCampusSite({ 400, 3, false });
    SolveOptions options;
    options.timeLimitSeconds = 10;
    options.marginalValues = false;
    const CapacityPlan plan = solve(p, Catalog::builtIn(), options);
    const ContingencyAnalysis one = analyseContingencies(p, Catalog::builtIn(), plan, 1);
    const ContingencyAnalysis four = analyseContingencies(p, Catalog::builtIn(), plan, 4);
    QCOMPARE(one.results.size(), four.results.size());
    for (std::size_t i = 0; i < one.results.size(); ++i) {
        QCOMPARE(one.results[i].failure, four.results[i].failure);
        QCOMPARE(ids(one.results[i].darkRacks), ids(four.results[i].darkRacks));
        QCOMPARE(one.results[i].lostGpus(), four.results[i].lostGpus());
    }
}

QTEST_GUILESS_MAIN(TestContingency)
#include "tst_contingency.moc"
