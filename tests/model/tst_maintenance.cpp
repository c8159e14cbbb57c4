// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/contingencycheck.h"
#include "analysis/maintenanceimpact.h"
#include "analysis/timeline.h"
#include "catalog.h"
#include "finance/idlecost.h"
#include "plan/planchecker.h"
#include "testsupport.h"
#include "validation.h"

#include <QTest>

#include <algorithm>
#include <map>

using namespace warmshell;

// Maintenance windows (model/maintenance.h, model/analysis/maintenanceimpact.h, the timeline's
// rule in timeline.h). Every figure is worked by hand in the comment beside it. Models: "old"
// 10 kW, 8 GPUs × 500 TFLOPS (0.4 PFLOPS per kW); "new" 10 kW, 8 GPUs × 1,000 TFLOPS (0.8).
// Every lot costs 7,200 a system over 6 years straight line, delivered 2025-01-01: 100 a
// month, spread evenly over the days of each month (finance/depreciation.h), so an hour of a
// 30-day month costs 100 / (30 × 24) = 0.13889 a system and of a 31-day month 100 / 744.

namespace {

const QDate kDate(2026, 6, 1);

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QDateTime utc(int y, int mo, int d, int h)
{
    return QDateTime(QDate(y, mo, d), QTime(h, 0), Qt::UTC);
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

// One hall, two rows, models old and new; `lots` systems of each model in one lot.
Project baseProject(std::vector<std::pair<const char *, int>> lots = { { "old", 20 }, { "new", 20 } })
{
    Project p;
    p.site.name = s("maintenance test");
    p.site.planStart = kDate;
    p.site.halls.push_back({ HallId(s("hall-1")), s("Hall 1"), {}, { Metres(100), Metres(20) } });
    for (const char *row : { "row-1", "row-2" }) {
        Row r;
        r.id = RowId(s(row));
        r.hall = HallId(s("hall-1"));
        p.site.rows.push_back(r);
    }
    p.customModels = { model("old", 500), model("new", 1000) };
    for (const auto &[m, count] : lots) {
        FleetLot lot;
        lot.id = LotId(s("lot-") + s(m));
        lot.name = s(m);
        lot.model = SystemModelId(s(m));
        lot.count = count;
        lot.unitCost = Money(7200);
        lot.delivered = QDate(2025, 1, 1);
        p.fleet.push_back(lot);
    }
    return p;
}

using test::addNode;

void addRack(Project &p, const char *id, const char *feedA)
{
    Rack r;
    r.id = RackId(s(id));
    r.name = s(id);
    r.row = RowId(s("row-1"));
    r.position = { Metres(1 + 0.6 * double(p.site.racks.size())), Metres(2) };
    r.powerLimit = Kilowatts(200);
    r.feedA = PowerNodeId(s(feedA));
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
};

// The plan a planner reads off the floor (full power, 100 a month per energized system).
CapacityPlan handPlan(const Project &p, const std::vector<Placed> &placed, std::map<QString, double> loads = {})
{
    CapacityPlan plan;
    plan.status = PlanStatus::Feasible;
    plan.date = kDate;
    std::map<QString, int> energized;
    for (const Placed &x : placed) {
        RackPlacement rp{ RackId(s(x.rack)), {}, {}, {} };
        rp.systems.push_back(
            { SystemModelId(s(x.model)), s("full power"), x.count, Kilowatts(x.count * 10.0), x.count * 8, false });
        plan.placements.push_back(rp);
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

MaintenanceWindow window(const char *object, int module, QDateTime start, QDateTime end)
{
    return { s("mw-1"), s("test window"), s(object), module, start, end };
}

void verifyChecked(const Project &p, const CapacityPlan &plan, const MaintenanceImpact &m)
{
    const auto violations = checkContingency(p, Catalog::builtIn(), plan, m.impact);
    QVERIFY2(violations.empty(), qPrintable(m.impact.description));
}

} // namespace

class TestMaintenance : public QObject
{
    Q_OBJECT

private slots:
    void twoNSideOutForTenHoursLosesNothing();
    void nPlusOneModuleOutShedsK_data();
    void nPlusOneModuleOutShedsK();
    void coolingUnitWindowUncoolsItsRacks();
    void coolingUnitStopsWithItsFeed();
    void excessCountsFacilityLoad();
    void depreciationDuringFollowsTheDays();
    void windowProblemsNameThePath();
    void timelineCountsAWindowInItsPeriods_data();
    void timelineCountsAWindowInItsPeriods();
};

// A 2N UPS of 100 kW a side carries r3 and r4, 4 × new each (80 kW). Side B (module 2) out
// for 10 h: one side carries 100 ≥ 80 kW, nothing is lost, the window costs nothing. The
// whole UPS out for the same 10 h: both racks dark, 8 systems, 64 GPUs, 640 GPU-hours, and
// 8 × 10 h × 100 / 720 = 11.111 of depreciation (June: 30 days).
void TestMaintenance::twoNSideOutForTenHoursLosesNothing()
{
    Project p = baseProject();
    addNode(p, "util", PowerNodeKind::Utility, 1000);
    addNode(p, "ups-2n", PowerNodeKind::Ups, 100, { "util" }, Redundancy::twoN());
    addRack(p, "r3", "ups-2n");
    addRack(p, "r4", "ups-2n");
    addUnit(p, "crah-1", 1000, { "r3", "r4" });
    const CapacityPlan plan = handPlan(p, { { "r3", "new", 4 }, { "r4", "new", 4 } });
    const MaintenanceWindow sideB = window("ups-2n", 2, utc(2026, 6, 6, 8), utc(2026, 6, 6, 18));
    p.maintenanceWindows = { sideB };
    QVERIFY(validateProject(p, Catalog::builtIn()).empty());
    const MaintenanceImpact m = analyseMaintenanceWindow(p, Catalog::builtIn(), plan, sideB);
    QCOMPARE(m.failure.kind, FailureKind::PowerModule);
    QCOMPARE(m.impact.description, s("UPS ups-2n: one side fails (2N)"));
    QVERIFY(m.objectLive);
    QCOMPARE(m.hours, 10.0);
    QVERIFY(!m.impact.hasImpact());
    QCOMPARE(m.lostGpus(), 0);
    QCOMPARE(m.lostGpuHours, 0.0);
    QCOMPARE(m.idleCost.value(), 0.0);
    verifyChecked(p, plan, m);

    const MaintenanceWindow whole = window("ups-2n", 0, utc(2026, 6, 6, 8), utc(2026, 6, 6, 18));
    const MaintenanceImpact w = analyseMaintenanceWindow(p, Catalog::builtIn(), plan, whole);
    QCOMPARE(w.failure.kind, FailureKind::PowerNode);
    QCOMPARE(int(w.impact.darkRacks.size()), 2);
    QCOMPARE(w.lostGpus(), 64);
    QCOMPARE(w.lostGpuHours, 640.0);
    QCOMPARE(int(w.lots.size()), 1);
    QCOMPARE(w.lots[0].lot, LotId(s("lot-new")));
    QCOMPARE(w.lots[0].systems, 8);
    QVERIFY(qFuzzyCompare(w.idleCost.value(), 8 * 10 * 100.0 / 720));
    verifyChecked(p, plan, w);
}

// An N+1 UPS of 3 × 100 kW modules carrying 250 kW (a plan that uses the reserve): r1 holds
// 10 × old (0.4 PFLOPS/kW), r2 10 × new, r3 5 × new. One module out: 200 kW left, 50 kW must
// go; lowest PFLOPS per kW first: k = 50 / 10 = 5 × old shed (40 GPUs). Idle cost by hand:
// k × (idle cost of a system per hour) × hours.
void TestMaintenance::nPlusOneModuleOutShedsK_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<double>("hours");
    QTest::addColumn<double>("cost");
    // 10 h of a June day: 5 × 100 / 720 × 10 = 6.944.
    QTest::newRow("10 h in June") << utc(2026, 6, 6, 8) << utc(2026, 6, 6, 18) << 10.0 << 5 * 100.0 / 720 * 10;
    // 20:00 on 30 June to 06:00 on 1 July: 4 h of a 30-day month, 6 h of a 31-day one:
    // 5 × (4 × 100 / 720 + 6 × 100 / 744) = 2.778 + 4.032 = 6.810.
    QTest::newRow("across the month end")
        << utc(2026, 6, 30, 20) << utc(2026, 7, 1, 6) << 10.0 << 5 * (4 * 100.0 / 720 + 6 * 100.0 / 744);
}

void TestMaintenance::nPlusOneModuleOutShedsK()
{
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    QFETCH(double, hours);
    QFETCH(double, cost);
    Project p = baseProject();
    addNode(p, "util", PowerNodeKind::Utility, 1000);
    addNode(p, "ups", PowerNodeKind::Ups, 100, { "util" }, Redundancy::nPlusOne(3));
    addNode(p, "pdu", PowerNodeKind::Pdu, 1000, { "ups" });
    addRack(p, "r1", "pdu");
    addRack(p, "r2", "pdu");
    addRack(p, "r3", "pdu");
    addUnit(p, "crah-1", 1000, { "r1", "r2", "r3" });
    const CapacityPlan plan = handPlan(p, { { "r1", "old", 10 }, { "r2", "new", 10 }, { "r3", "new", 5 } },
        { { s("util"), 250 }, { s("ups"), 250 }, { s("pdu"), 250 } });
    const MaintenanceWindow w = window("ups", 1, start, end);
    p.maintenanceWindows = { w };
    QVERIFY(validateProject(p, Catalog::builtIn()).empty());
    const MaintenanceImpact m = analyseMaintenanceWindow(p, Catalog::builtIn(), plan, w);
    QCOMPARE(m.impact.description, s("UPS ups: one of 3 modules fails"));
    QCOMPARE(m.impact.excess.value(), 50.0);
    QCOMPARE(int(m.impact.actions.size()), 1);
    QCOMPARE(m.impact.actions[0].rack, RackId(s("r1")));
    QCOMPARE(m.impact.actions[0].count, 5);
    QVERIFY(m.impact.actions[0].cappedTo.isEmpty());
    QCOMPARE(m.hours, hours);
    QCOMPARE(m.lostGpus(), 40);
    QCOMPARE(m.lostGpuHours, 40 * hours);
    QCOMPARE(int(m.lots.size()), 1);
    QCOMPARE(m.lots[0].lot, LotId(s("lot-old")));
    QCOMPARE(m.lots[0].systems, 5);
    QVERIFY2(qFuzzyCompare(m.idleCost.value(), cost), qPrintable(QString::number(m.idleCost.value(), 'f', 6)));
    // The independent check (contingencycheck.h) accepts the window's plan, and refuses it with
    // one system fewer shed.
    verifyChecked(p, plan, m);
    ContingencyResult shortRunbook = m.impact;
    shortRunbook.actions.back().count -= 1;
    QVERIFY(!checkContingency(p, Catalog::builtIn(), plan, shortRunbook).empty());
}

// crah-1 alone cools r1 (4 × new); crah-2 cools r2 (2 × old). crah-1 out 6 h: r1 without
// cooling, 32 GPUs, 192 GPU-hours, 4 × 6 × 100 / 720 = 3.333.
void TestMaintenance::coolingUnitWindowUncoolsItsRacks()
{
    Project p = baseProject();
    addNode(p, "util", PowerNodeKind::Utility, 1000);
    addRack(p, "r1", "util");
    addRack(p, "r2", "util");
    addUnit(p, "crah-1", 1000, { "r1" });
    addUnit(p, "crah-2", 1000, { "r2" });
    const CapacityPlan plan = handPlan(p, { { "r1", "new", 4 }, { "r2", "old", 2 } });
    const MaintenanceWindow w = window("crah-1", 0, utc(2026, 6, 10, 0), utc(2026, 6, 10, 6));
    p.maintenanceWindows = { w };
    const MaintenanceImpact m = analyseMaintenanceWindow(p, Catalog::builtIn(), plan, w);
    QCOMPARE(m.failure.kind, FailureKind::CoolingUnit);
    QCOMPARE(int(m.impact.uncooledRacks.size()), 1);
    QCOMPARE(m.impact.uncooledRacks[0], RackId(s("r1")));
    QCOMPARE(m.lostGpus(), 32);
    QCOMPARE(m.lostGpuHours, 192.0);
    QVERIFY(qFuzzyCompare(m.idleCost.value(), 4 * 6 * 100.0 / 720));
    verifyChecked(p, plan, m);
}

// Facility load: crah-1 draws from the mechanical switchboard msb (util → msb) and alone cools
// r1 (4 × new, fed util → pdu); crah-2, with no feed, cools r2 (2 × old). msb out for 10 h
// darkens no rack, but crah-1 stops with its feed (the plan checker's liveness): r1 loses its
// cooling, 32 GPUs, 320 GPU-hours, 4 × 10 × 100 / 720 = 5.556; r2 keeps running.
void TestMaintenance::coolingUnitStopsWithItsFeed()
{
    Project p = baseProject();
    addNode(p, "util", PowerNodeKind::Utility, 1000);
    addNode(p, "msb", PowerNodeKind::Switchboard, 500, { "util" });
    addNode(p, "pdu", PowerNodeKind::Pdu, 500, { "util" });
    addRack(p, "r1", "pdu");
    addRack(p, "r2", "pdu");
    addUnit(p, "crah-1", 1000, { "r1" });
    addUnit(p, "crah-2", 1000, { "r2" });
    p.site.coolingUnits[0].feed = PowerNodeId(s("msb"));
    p.site.coolingUnits[0].drawKw = 5;
    const CapacityPlan plan = handPlan(p, { { "r1", "new", 4 }, { "r2", "old", 2 } });
    const MaintenanceWindow w = window("msb", 0, utc(2026, 6, 10, 8), utc(2026, 6, 10, 18));
    p.maintenanceWindows = { w };
    QVERIFY(validateProject(p, Catalog::builtIn()).empty());
    const MaintenanceImpact m = analyseMaintenanceWindow(p, Catalog::builtIn(), plan, w);
    QVERIFY(m.impact.darkRacks.empty());
    QCOMPARE(int(m.impact.uncooledRacks.size()), 1);
    QCOMPARE(m.impact.uncooledRacks[0], RackId(s("r1")));
    QCOMPARE(m.lostGpus(), 32);
    QCOMPARE(m.lostGpuHours, 320.0);
    QVERIFY(qFuzzyCompare(m.idleCost.value(), 4 * 10 * 100.0 / 720));
    verifyChecked(p, plan, m);
}

// The excess of a module failure is on facility kW: the N+1 UPS (3 × 100 kW) carries r1 10 ×
// old (100 kW), r2 10 × new (100 kW), r3 2 × new (20 kW) — 220 kW of IT — and 30 kW of house
// load: 250 kW. One module out leaves 200 kW: 50 kW must go, not 20 (IT alone). Lowest PFLOPS
// per kW first: 5 × old shed (40 GPUs); the plan checker, recomputing the UPS's load from
// scratch with its house load (170 + 30 = 200 kW), accepts it and refuses 2 shed (230 kW).
void TestMaintenance::excessCountsFacilityLoad()
{
    Project p = baseProject();
    addNode(p, "util", PowerNodeKind::Utility, 1000);
    addNode(p, "ups", PowerNodeKind::Ups, 100, { "util" }, Redundancy::nPlusOne(3));
    addNode(p, "pdu", PowerNodeKind::Pdu, 1000, { "ups" });
    p.site.power.node(PowerNodeId(s("ups")))->houseLoads.push_back({ s("UPS room"), Kilowatts(30), {} });
    addRack(p, "r1", "pdu");
    addRack(p, "r2", "pdu");
    addRack(p, "r3", "pdu");
    addUnit(p, "crah-1", 1000, { "r1", "r2", "r3" });
    const CapacityPlan plan = handPlan(p, { { "r1", "old", 10 }, { "r2", "new", 10 }, { "r3", "new", 2 } },
        { { s("util"), 250 }, { s("ups"), 250 }, { s("pdu"), 220 } });
    const MaintenanceWindow w = window("ups", 2, utc(2026, 6, 6, 8), utc(2026, 6, 6, 18));
    p.maintenanceWindows = { w };
    const MaintenanceImpact m = analyseMaintenanceWindow(p, Catalog::builtIn(), plan, w);
    QCOMPARE(m.impact.excess.value(), 50.0);
    QCOMPARE(int(m.impact.actions.size()), 1);
    QCOMPARE(m.impact.actions[0].count, 5);
    QCOMPARE(m.lostGpus(), 40);
    QVERIFY(qFuzzyCompare(m.idleCost.value(), 5 * 10 * 100.0 / 720));
    verifyChecked(p, plan, m);
    ContingencyResult itOnly = m.impact;
    itOnly.actions[0].count = 2;
    itOnly.actions[0].powerSaved = Kilowatts(20);
    QVERIFY(!checkContingency(p, Catalog::builtIn(), plan, itOnly).empty());
}

// One system of 7,200 over 6 years from 2025-01-01: a whole June day is 100 / 30; a span
// before delivery or after retirement accrues nothing; 26 h from 2026-06-30T22:00 are 2 h of
// June (100/720 each) and 24 h of 1 July (100/744 each).
void TestMaintenance::depreciationDuringFollowsTheDays()
{
    FleetLot lot = baseProject().fleet[0];
    QVERIFY(qFuzzyCompare(systemDepreciationDuring(lot, utc(2026, 6, 5, 0), utc(2026, 6, 6, 0)).value(), 100.0 / 30));
    QVERIFY(qFuzzyCompare(
        systemDepreciationDuring(lot, utc(2026, 6, 30, 22), utc(2026, 7, 2, 0)).value(), 2 * 100.0 / 720 + 100.0 / 31));
    QCOMPARE(systemDepreciationDuring(lot, utc(2024, 6, 5, 0), utc(2024, 6, 6, 0)).value(), 0.0);
    lot.retire = QDate(2026, 6, 6);
    QVERIFY(qFuzzyCompare(systemDepreciationDuring(lot, utc(2026, 6, 5, 12), utc(2026, 6, 7, 0)).value(), 100.0 / 60));
    QCOMPARE(systemDepreciationDuring(lot, utc(2026, 6, 6, 0), utc(2026, 6, 5, 0)).value(), 0.0);
}

// maintenanceProblems through validateProject names each window's field: the refusals of
// docs/file-format.md, and two windows on different objects overlapping are allowed.
void TestMaintenance::windowProblemsNameThePath()
{
    Project p = baseProject();
    addNode(p, "util", PowerNodeKind::Utility, 1000);
    addNode(p, "ups", PowerNodeKind::Ups, 100, { "util" }, Redundancy::nPlusOne(3));
    addRack(p, "r1", "ups");
    addUnit(p, "crah-1", 1000, { "r1" });
    const auto problemsOf = [&](std::vector<MaintenanceWindow> windows) {
        p.maintenanceWindows = std::move(windows);
        QStringList out;
        for (const Problem &problem : validateProject(p, Catalog::builtIn()))
            out << problem.toString();
        return out;
    };
    MaintenanceWindow a{ s("a"), {}, s("ups"), 3, utc(2026, 6, 6, 8), utc(2026, 6, 6, 18) };
    MaintenanceWindow b{ s("b"), {}, s("crah-1"), 0, utc(2026, 6, 6, 10), utc(2026, 6, 6, 12) };
    QCOMPARE(problemsOf({ a, b }), QStringList());
    MaintenanceWindow c = a;
    c.id = s("c");
    c.module = 4;
    c.start = utc(2026, 6, 6, 17);
    c.end = utc(2026, 6, 6, 20);
    QCOMPARE(problemsOf({ a, c }),
        QStringList({ s("$.maintenanceWindows[1].module: is 4, but \"ups\" has 3 modules (1 to 3)"),
            s("$.maintenanceWindows[1].start: overlaps window \"a\" on the same object \"ups\" (2026-06-06T08:00:00Z "
              "to 2026-06-06T18:00:00Z); one outage of an object at a time: merge them or move one") }));
    MaintenanceWindow d{ s("a"), {}, s("nowhere"), 0, utc(2026, 6, 7, 8), utc(2026, 6, 7, 8) };
    QCOMPARE(problemsOf({ a, d }),
        QStringList({ s("$.maintenanceWindows[1].id: \"a\" is already the id of another window"),
            s("$.maintenanceWindows[1].object: names \"nowhere\", which is neither a power node nor a cooling unit"),
            s("$.maintenanceWindows[1].end: 2026-06-07T08:00:00Z is not after the start 2026-06-07T08:00:00Z") }));
}

// A timeline of two quarters from 2026-01-01 with 4 × new (32 GPUs) on r1 under pdu-1: the
// solver energizes all 4 in both periods, so without windows nothing is idle. pdu-1 out:
// - 10 May 08:00–18:00 (period 1, May: 31 days): 10 h, 32 GPUs, 320 GPU-hours,
//   4 × 10 × 100 / 744 = 5.376; period 0 untouched.
// - 31 March 20:00 to 1 April 06:00: period 0 gets 4 h of March (31 days): 128 GPU-hours,
//   4 × 4 × 100 / 744 = 2.151; period 1 gets 6 h of April (30 days): 192 GPU-hours,
//   4 × 6 × 100 / 720 = 3.333.
// The energized counts stay 32 in both periods (the rule in timeline.h).
void TestMaintenance::timelineCountsAWindowInItsPeriods_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<std::vector<double>>("hours");
    QTest::addColumn<std::vector<double>>("cost");
    QTest::newRow("in period 1") << utc(2026, 5, 10, 8) << utc(2026, 5, 10, 18) << std::vector<double>{ 0, 10 }
                                 << std::vector<double>{ 0, 4 * 10 * 100.0 / 744 };
    QTest::newRow("across the boundary") << utc(2026, 3, 31, 20) << utc(2026, 4, 1, 6) << std::vector<double>{ 4, 6 }
                                         << std::vector<double>{ 4 * 4 * 100.0 / 744, 4 * 6 * 100.0 / 720 };
}

void TestMaintenance::timelineCountsAWindowInItsPeriods()
{
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    QFETCH(std::vector<double>, hours);
    QFETCH(std::vector<double>, cost);
    Project p = baseProject({ { "new", 4 } });
    p.site.planStart = QDate(2026, 1, 1);
    p.site.period = PlanningPeriod::Quarter;
    p.site.horizonPeriods = 2;
    addNode(p, "util", PowerNodeKind::Utility, 1000);
    addNode(p, "pdu-1", PowerNodeKind::Pdu, 100, { "util" });
    addRack(p, "r1", "pdu-1");
    addUnit(p, "crah-1", 1000, { "r1" });
    p.maintenanceWindows = { window("pdu-1", 0, start, end) };
    QVERIFY(validateProject(p, Catalog::builtIn()).empty());
    TimelineOptions options;
    options.gpuHourPrice = 2;
    const Timeline t = computeTimeline(p, Catalog::builtIn(), options);
    QVERIFY2(t.problems.isEmpty(), qPrintable(t.problems.join(s("; "))));
    QCOMPARE(int(t.periods.size()), 2);
    double total = 0;
    for (int k = 0; k < 2; ++k) {
        const TimelinePeriod &period = t.periods[size_t(k)];
        QCOMPARE(period.energizedGpus, 32); // unchanged by the window
        QCOMPARE(period.idleGpus, 0);
        if (hours[size_t(k)] == 0) {
            QVERIFY(period.windows.empty());
            QCOMPARE(period.idleDepreciation.value(), 0.0);
            continue;
        }
        QCOMPARE(int(period.windows.size()), 1);
        const TimelineWindow &w = period.windows[0];
        QCOMPARE(w.id, s("mw-1"));
        QCOMPARE(w.hours, hours[size_t(k)]);
        QCOMPARE(w.lostGpus, 32);
        QCOMPARE(w.lostGpuHours, 32 * hours[size_t(k)]);
        QVERIFY(qFuzzyCompare(w.idleDepreciation.value(), cost[size_t(k)]));
        // Nothing else is idle, so the period's idle figures are the window's.
        QVERIFY(qFuzzyCompare(period.idleDepreciation.value(), cost[size_t(k)]));
        QCOMPARE(period.maintenanceGpuHours, 32 * hours[size_t(k)]);
        QCOMPARE(period.idleGpuHours, 32 * hours[size_t(k)]);
        QCOMPARE(period.opportunityCost.value(), 2 * 32 * hours[size_t(k)]);
        total += cost[size_t(k)];
    }
    QVERIFY(qFuzzyCompare(t.totalIdleDepreciation.value(), total));
    QVERIFY(qFuzzyCompare(t.lots[0].totalIdleDepreciation, total));
}

QTEST_GUILESS_MAIN(TestMaintenance)
#include "tst_maintenance.moc"
