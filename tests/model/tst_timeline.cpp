// SPDX-License-Identifier: GPL-3.0-or-later
// Idle cost and the period-by-period timeline, against values worked out by hand.
#include "analysis/reportjson.h"
#include "analysis/scenarioresults.h"
#include "analysis/timeline.h"
#include "catalog.h"
#include "finance/depreciation.h"
#include "finance/idlecost.h"
#include "problemlist.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace warmshell;

namespace {

FleetLot straightLineLot(int count, double unitCost, QDate delivered, double life = 6.0)
{
    FleetLot lot;
    lot.id = LotId(QStringLiteral("lot"));
    lot.model = SystemModelId(QStringLiteral("m"));
    lot.count = count;
    lot.unitCost = Money(unitCost);
    lot.delivered = delivered;
    lot.depreciation.lifeYears = life;
    return lot;
}

// Systems of `model` in `rack` in a plan.
int systemsIn(const CapacityPlan &plan, const QString &rack, const QString &model)
{
    int n = 0;
    for (const RackPlacement &p : plan.placements)
        if (p.rack.toString() == rack)
            for (const PlacedSystems &s : p.systems)
                if (s.model.toString() == model)
                    n += s.count;
    return n;
}

TimelineOptions exact()
{
    TimelineOptions o;
    o.solve.timeLimitSeconds = 20;
    return o;
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private slots:
    // Book values at chosen dates. Straight line with salvage: C − (C − S)·y/life. Declining
    // balance: C·(1 − r)^y, continuous in fractional years.
    void bookValues_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<double>("life");
        QTest::addColumn<double>("salvage");
        QTest::addColumn<double>("rate");
        QTest::addColumn<QDate>("at");
        QTest::addColumn<double>("expected");
        const int sl = int(DepreciationMethod::StraightLine), db = int(DepreciationMethod::DecliningBalance);
        // 1000 bought 2024-01-01.
        QTest::newRow("SL 5y 10% salvage, 2.5 years")
            << sl << 5.0 << 0.1 << 0.0 << QDate(2026, 7, 1) << 550.0; // 1000 − 900·0.5
        QTest::newRow("SL 4y, 9 months") << sl << 4.0 << 0.0 << 0.0 << QDate(2024, 10, 1) << 812.5; // 1000·(1 − 0.75/4)
        QTest::newRow("SL after life keeps salvage") << sl << 5.0 << 0.1 << 0.0 << QDate(2031, 1, 1) << 100.0;
        QTest::newRow("DB 40%, 1 year") << db << 5.0 << 0.0 << 0.4 << QDate(2025, 1, 1) << 600.0;
        QTest::newRow("DB 40%, 2 years") << db << 5.0 << 0.0 << 0.4 << QDate(2026, 1, 1) << 360.0;
        QTest::newRow("DB 40%, 18 months")
            << db << 5.0 << 0.0 << 0.4 << QDate(2025, 7, 1) << 464.7580015; // 1000·0.6^1.5
        QTest::newRow("DB 40%, 3 years above salvage")
            << db << 5.0 << 0.2 << 0.4 << QDate(2027, 1, 1) << 216.0; // 1000·0.6^3
        QTest::newRow("DB 40% floored at 20% salvage")
            << db << 5.0 << 0.2 << 0.4 << QDate(2028, 1, 1) << 200.0; // 129.6 < 200
        QTest::newRow("DB at end of life drops to salvage") << db << 3.0 << 0.05 << 0.4 << QDate(2027, 1, 1) << 50.0;
    }
    void bookValues()
    {
        QFETCH(int, method);
        QFETCH(double, life);
        QFETCH(double, salvage);
        QFETCH(double, rate);
        QFETCH(QDate, at);
        QFETCH(double, expected);
        DepreciationPolicy p;
        p.method = DepreciationMethod(method);
        p.lifeYears = life;
        p.salvageFraction = salvage;
        p.rate = rate;
        QVERIFY(std::abs(bookValue(p, Money(1000), QDate(2024, 1, 1), at).value() - expected) < 1e-6);
    }

    // 4 systems of 120,000, 6-year straight line: 480,000 / 72 = 6,666.67 per month, 20,000 per
    // quarter. Idle for exactly the first 3 quarters of 2026, energized in the 4th:
    // 3 × 20,000 = 60,000 = 480,000 × 9 / 72.
    void idleForThreeQuarters_data()
    {
        QTest::addColumn<QDate>("delivered");
        QTest::addColumn<double>("expected");
        QTest::newRow("delivered at the start") << QDate(2026, 1, 1) << 60000.0;
        QTest::newRow("delivered two years before") << QDate(2024, 1, 1) << 60000.0;
        QTest::newRow("fully depreciated before") << QDate(2019, 1, 1) << 0.0;
    }
    void idleForThreeQuarters()
    {
        QFETCH(QDate, delivered);
        QFETCH(double, expected);
        const std::vector<FleetLot> lots{ straightLineLot(4, 120000, delivered) };
        const std::vector<QDate> b = periodBoundaries(QDate(2026, 1, 1), PlanningPeriod::Quarter, 4);
        QCOMPARE(b.back(), QDate(2027, 1, 1));
        Eigen::MatrixXd energized(1, 4);
        energized << 0, 0, 0, 4;
        const Eigen::MatrixXd idle = idleDepreciation(lots, b, energized);
        QVERIFY(std::abs(idle.sum() - expected) < 1e-6);
        QVERIFY(std::abs(idle(0, 3)) < 1e-9);
        if (expected > 0)
            for (int k = 0; k < 3; ++k)
                QVERIFY(std::abs(idle(0, k) - 20000.0) < 1e-6);
    }

    // Partly energized: 1 of 4 systems on leaves 3/4 of the period's depreciation idle.
    // Idle GPU-hours: 3 idle systems × 8 GPUs × 90 days × 24 h in Q1 2026 = 51,840.
    void partlyEnergizedAndGpuHours()
    {
        const std::vector<FleetLot> lots{ straightLineLot(4, 120000, QDate(2026, 1, 1)) };
        const std::vector<QDate> b = periodBoundaries(QDate(2026, 1, 1), PlanningPeriod::Quarter, 1);
        Eigen::MatrixXd energized(1, 1);
        energized << 1;
        QVERIFY(std::abs(idleDepreciation(lots, b, energized)(0, 0) - 15000.0) < 1e-6);
        QCOMPARE(idleGpuHours(lots, { 8 }, b, energized)(0, 0), 51840.0);
        // More energized than the lot holds counts as the whole lot.
        energized << 9;
        QCOMPARE(idleDepreciation(lots, b, energized)(0, 0), 0.0);
    }

    void periodBoundariesByMonth()
    {
        const auto b = periodBoundaries(QDate(2026, 1, 31), PlanningPeriod::Month, 2);
        QCOMPARE(b.size(), size_t(3));
        QCOMPARE(b[1], QDate(2026, 2, 28));
        QCOMPARE(b[2], QDate(2026, 3, 31));
        QVERIFY(periodBoundaries(QDate(), PlanningPeriod::Quarter, 4).empty());
    }

    // The two-period site with facility figures: the CRAH, serving both racks, is fed from
    // util-1 with 2 kW fixed + 0.3 kW per kW of heat; util-1 carries a 5 kW house load and
    // util-2 (from April) has efficiency 0.8. By hand:
    //   Q1: one 10 kW system (rack-1). Cooling 2 + 0.3 × 10 = 5, house 5, no losses (util-1 is
    //       lossless): facility 20 kW, PUE 2.0; available 100 kW (util-1).
    //   Q2: both systems, 20 kW. Cooling 2 + 0.3 × 20 = 8, house 5, losses on util-2's 10 kW:
    //       10 × (1/0.8 − 1) = 2.5: facility 35.5 kW, PUE 1.775; available 200 kW.
    void facilityPowerAndPuePerPeriod()
    {
        Project p = test::loadFixture(QStringLiteral("timeline/two-period.warmshell.json"));
        CoolingUnit &crah = p.site.coolingUnits.front();
        crah.feed = PowerNodeId(QStringLiteral("util-1"));
        crah.drawKw = 2;
        crah.drawKwPerKw = 0.3;
        p.site.power.node(PowerNodeId(QStringLiteral("util-1")))->houseLoads
            = { { QStringLiteral("offices"), Kilowatts(5), {} } };
        p.site.power.node(PowerNodeId(QStringLiteral("util-2")))->efficiency = 0.8;
        const Timeline t = computeTimeline(p, Catalog::builtIn(), exact());
        QVERIFY2(t.problems.isEmpty(), qPrintable(t.problems.join(QLatin1Char('\n'))));
        QCOMPARE(t.periods.size(), size_t(2));
        QCOMPARE(t.periods[0].powerUsed.value(), 10.0);
        QVERIFY(std::abs(t.periods[0].facilityPowerUsed.value() - 20.0) < 1e-9);
        QVERIFY(std::abs(t.periods[0].pue - 2.0) < 1e-9);
        QCOMPARE(t.periods[0].powerAvailable.value(), 100.0);
        QCOMPARE(t.periods[1].powerUsed.value(), 20.0);
        QVERIFY(std::abs(t.periods[1].facilityPowerUsed.value() - 35.5) < 1e-9);
        QVERIFY(std::abs(t.periods[1].pue - 1.775) < 1e-9);
        QCOMPARE(t.periods[1].powerAvailable.value(), 200.0);
        // The JSON carries both.
        const QJsonArray periods = timelineToJson(t).value(QStringLiteral("periods")).toArray();
        QCOMPARE(periods[1].toObject().value(QStringLiteral("facilityPowerUsedKw")).toDouble(), 35.5);
        QCOMPARE(periods[1].toObject().value(QStringLiteral("pue")).toDouble(), 1.775);
    }

    // rack-1 (live) holds one 10 kW system, rack-2's feed is commissioned 2026-04-01. Lot of
    // 2 systems at 72,000 (1,000 per month each) delivered 2025-01-01: one idle in Q1 2026
    // (3 × 1,000 = 3,000), both energized from Q2 (cumulative stays 3,000).
    void nodeCommissionedInPeriodTwo()
    {
        const Project p = test::loadFixture(QStringLiteral("timeline/two-period.warmshell.json"));
        const Timeline t = computeTimeline(p, Catalog::builtIn(), exact());
        QVERIFY2(t.problems.isEmpty(), qPrintable(t.problems.join(QLatin1Char('\n'))));
        QCOMPARE(t.periods.size(), size_t(2));
        QCOMPARE(t.periods[0].energizedGpus, 8);
        QCOMPARE(t.periods[0].idleGpus, 8);
        QCOMPARE(t.periods[1].energizedGpus, 16);
        QCOMPARE(t.periods[1].idleGpus, 0);
        QVERIFY(std::abs(t.periods[0].idleDepreciation.value() - 3000.0) < 1e-6);
        QVERIFY(std::abs(t.periods[1].idleDepreciation.value()) < 1e-6);
        QVERIFY(std::abs(t.periods[1].cumulativeIdleDepreciation.value() - 3000.0) < 1e-6);
        QCOMPARE(t.periods[0].powerAvailable.value(), 100.0);
        QCOMPARE(t.periods[1].powerAvailable.value(), 200.0);
        QCOMPARE(t.periods[1].powerUsed.value(), 20.0);
        QCOMPARE(t.lots.size(), size_t(1));
        QCOMPARE(t.lots[0].fullyEnergized, QDate(2026, 4, 1));
        QCOMPARE(t.periods[1].systemsCarried, 1);
        QCOMPARE(t.periods[1].systemsMoved, 0);
        // A one-period horizon never sees the lot fully energized.
        TimelineOptions one = exact();
        one.horizonPeriods = 1;
        QVERIFY(computeTimeline(p, Catalog::builtIn(), one).lots[0].fullyEnergized.isNull());
    }

    // The progress callback is told after each period, 1 of 2 then 2 of 2 (the fixture's
    // horizon), on the calling thread.
    void progressPerPeriod()
    {
        const Project p = test::loadFixture(QStringLiteral("timeline/two-period.warmshell.json"));
        TimelineOptions o = exact();
        std::vector<std::pair<int, int>> told;
        o.progress = [&](int done, int total) { told.emplace_back(done, total); };
        const Timeline t = computeTimeline(p, Catalog::builtIn(), o);
        QCOMPARE(t.periods.size(), size_t(2));
        QCOMPARE(told, (std::vector<std::pair<int, int>>{ { 1, 2 }, { 2, 2 } }));
    }

    // A (air) runs in the liquid rack-1 from the start. In Q2 the faster liquid B arrives and
    // the air rack-2 comes online. Without moves A stays and B (144,000: 2,000 per month) idles
    // the whole quarter: 6,000. With moves A goes to rack-2 and B takes rack-1.
    void movesOnlyWhenAllowed_data()
    {
        QTest::addColumn<bool>("allowMoves");
        QTest::addColumn<int>("aInRack1");
        QTest::addColumn<int>("bEnergized");
        QTest::addColumn<int>("moved");
        QTest::addColumn<double>("idle");
        QTest::newRow("stay in place") << false << 1 << 0 << 0 << 6000.0;
        QTest::newRow("moves allowed") << true << 0 << 1 << 1 << 0.0;
    }
    void movesOnlyWhenAllowed()
    {
        QFETCH(bool, allowMoves);
        QFETCH(int, aInRack1);
        QFETCH(int, bEnergized);
        QFETCH(int, moved);
        QFETCH(double, idle);
        const Project p = test::loadFixture(QStringLiteral("timeline/moves.warmshell.json"));
        TimelineOptions o = exact();
        o.allowMoves = allowMoves;
        const Timeline t = computeTimeline(p, Catalog::builtIn(), o);
        QVERIFY2(t.problems.isEmpty(), qPrintable(t.problems.join(QLatin1Char('\n'))));
        QCOMPARE(systemsIn(t.plans[0], QStringLiteral("rack-1"), QStringLiteral("sys-a")), 1);
        QCOMPARE(systemsIn(t.plans[1], QStringLiteral("rack-1"), QStringLiteral("sys-a")), aInRack1);
        QCOMPARE(systemsIn(t.plans[1], QStringLiteral("rack-2"), QStringLiteral("sys-a")), 1 - aInRack1);
        QCOMPARE(t.lots[1].energized[1], bEnergized);
        QCOMPARE(t.periods[1].systemsMoved, moved);
        QVERIFY(std::abs(t.totalIdleDepreciation.value() - idle) < 1e-6);
        QCOMPARE(t.lots[1].fullyEnergized.isNull(), !allowMoves);
    }

    // util-1 drops to 0 kW on 2026-04-01 (a capacity change), so the system carried in rack-1
    // cannot stay: the period says so, names the node, and is re-planned into rack-2.
    void carryOverBecomesInfeasible()
    {
        const Project p = test::loadFixture(QStringLiteral("timeline/capacity-drop.warmshell.json"));
        const Timeline t = computeTimeline(p, Catalog::builtIn(), exact());
        QVERIFY2(t.problems.isEmpty(), qPrintable(t.problems.join(QLatin1Char('\n'))));
        QVERIFY(!t.periods[0].carryOverInfeasible);
        QVERIFY(t.periods[1].carryOverInfeasible);
        QVERIFY(t.periods[1].notes.join(QLatin1Char('\n')).contains(QStringLiteral("util-1")));
        QCOMPARE(systemsIn(t.plans[1], QStringLiteral("rack-2"), QStringLiteral("sys-a")), 1);
        QCOMPARE(t.periods[1].energizedGpus, 8);
        QCOMPARE(t.periods[1].systemsMoved, 1);
    }

    // Scenarios on the two-period site: a delivery 3 months late makes the lot arrive on
    // 2025-04-01 (still before the horizon: nothing changes); a 3-year life doubles the idle
    // system's depreciation (72,000 / 36 = 2,000 per month, 6,000 in Q1); an override naming
    // a missing node is reported with its path.
    void scenariosSideBySide()
    {
        Project p = test::loadFixture(QStringLiteral("timeline/two-period.warmshell.json"));
        p.scenarios.push_back({ QStringLiteral("late"), {},
            { { OverrideKind::DelayDelivery, {}, LotId(QStringLiteral("lot-a")), {}, 3, 0 } } });
        p.scenarios.push_back(
            { QStringLiteral("3-year life"), {}, { { OverrideKind::DepreciationLife, {}, {}, {}, 0, 3.0 } } });
        p.scenarios.push_back({ QStringLiteral("bigger feed"), {},
            { { OverrideKind::ExtraCapacity, PowerNodeId(QStringLiteral("nope")), {}, QDate(2026, 1, 1), 0, 10 } } });
        const ScenarioComparison c = compareScenarios(p, Catalog::builtIn(), exact());
        QCOMPARE(c.results.size(), size_t(4));
        QVERIFY(std::abs(c.results[0].totalIdleDepreciation.value() - 3000.0) < 1e-6);
        QVERIFY(std::abs(c.results[1].totalIdleDepreciation.value() - 3000.0) < 1e-6);
        QVERIFY(std::abs(c.results[2].totalIdleDepreciation.value() - 6000.0) < 1e-6);
        QVERIFY(
            c.results[3].problems.join(QLatin1Char('\n')).contains(QStringLiteral("$.scenarios[2].overrides[0].node")));
        QVERIFY(c.differences.join(QLatin1Char('\n')).contains(QStringLiteral("3-year life: +3000 USD")));
        QVERIFY(!c.differences.join(QLatin1Char('\n')).contains(QStringLiteral("late:")));
    }

    // A capacity change applies from its date; a scenario's extra capacity adds to the rating
    // in force from its date on, and to later changes. 100 kW, derating 1.
    void capacityChangesAndExtraCapacity()
    {
        Project p = test::loadFixture(QStringLiteral("timeline/capacity-drop.warmshell.json"));
        const PowerNode *n = p.site.power.node(PowerNodeId(QStringLiteral("util-1")));
        QCOMPARE(n->usableCapacity(QDate(2026, 3, 31)).value(), 100.0);
        QCOMPARE(n->usableCapacity(QDate(2026, 4, 1)).value(), 0.0);
        std::vector<Problem> problems;
        const Scenario s{ QStringLiteral("x"), {},
            { { OverrideKind::ExtraCapacity, PowerNodeId(QStringLiteral("util-1")), {}, QDate(2026, 2, 1), 0, 40 } } };
        const Project v = applyScenario(p, s, 0, problems);
        QVERIFY(problems.empty());
        const PowerNode *m = v.site.power.node(PowerNodeId(QStringLiteral("util-1")));
        QCOMPARE(m->usableCapacity(QDate(2026, 1, 31)).value(), 100.0);
        QCOMPARE(m->usableCapacity(QDate(2026, 2, 1)).value(), 140.0);
        QCOMPARE(m->usableCapacity(QDate(2026, 4, 1)).value(), 40.0);
        QCOMPARE(p.site.power.node(PowerNodeId(QStringLiteral("util-1")))->capacityChanges.size(), size_t(1));
    }

    // 3,000 overrides naming a node that does not exist: one problem each, of which the first
    // limits::maxProblems are listed and the rest closed by "… and 2,000 more".
    void scenarioProblemsAreCapped()
    {
        const Project p = test::loadFixture(QStringLiteral("timeline/capacity-drop.warmshell.json"));
        Scenario s{ QStringLiteral("x"), {}, {} };
        for (int i = 0; i < 3000; ++i)
            s.overrides.push_back(
                { OverrideKind::ExtraCapacity, PowerNodeId(QStringLiteral("ghost")), {}, QDate(2026, 2, 1), 0, 1 });
        std::vector<Problem> problems;
        applyScenario(p, s, 0, problems);
        QCOMPARE(problems.size(), size_t(limits::maxProblems + 1));
        QCOMPARE(problems[999].path, QStringLiteral("$.scenarios[0].overrides[999].node"));
        QCOMPARE(problems.back().toString(), QStringLiteral("… and 2,000 more"));
        QCOMPARE(problemCount(problems), qint64(3000));
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
