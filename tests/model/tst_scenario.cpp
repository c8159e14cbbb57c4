// SPDX-License-Identifier: GPL-3.0-or-later
// The override kinds of format 7 (issue 19): applyScenario on hand-built cases, the solved
// timeline of each on a three-rack site whose answer is counted by hand, the validator, and
// the schema and file-format documentation checked against the one list of kinds.
#include "analysis/scenarioresults.h"
#include "analysis/timeline.h"
#include "catalog.h"
#include "plan/planchecker.h"
#include "scenario.h"
#include "solver/solver.h"
#include "testsupport.h"
#include "validation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <tuple>

using namespace warmshell;

namespace {

// The site of tests/data/timeline/scenario-kinds.warmshell.json, counted by hand: racks of
// 30 kW and sys-a systems of 10 kW, so a rack holds 3 systems (12 U of 42, 300 kg of 1000).
// rack-1 and rack-2 hang on util-1 (30 kW, 60 kW from 2026-04-01), rack-3 on util-2 (30 kW,
// commissioned 2026-07-01); crah-1 cools rack-1 and rack-2, crah-2 (commissioned 2026-01-01)
// rack-3. lot-a has 12 systems. Quarters from 2026-01-01, each planned on its first day:
//   Q1 util-1 30 kW → 3 systems; Q2 60 kW → 6; Q3 + util-2 → 9; Q4 9.
Project site()
{
    return test::loadFixture(QStringLiteral("timeline/scenario-kinds.warmshell.json"));
}

TimelineOptions exact()
{
    TimelineOptions o;
    o.solve.timeLimitSeconds = 20;
    return o;
}

// Energized systems per period of `project` with `overrides` applied (8 GPUs each).
std::vector<int> energizedSystems(const Project &project, const std::vector<ScenarioOverride> &overrides)
{
    std::vector<Problem> problems;
    const Project v = applyScenario(project, { QStringLiteral("s"), {}, overrides }, 0, problems);
    if (!problems.empty())
        qWarning("%s", qPrintable(test::describe(problems)));
    const Timeline t = computeTimeline(v, Catalog::builtIn(), exact());
    std::vector<int> out;
    for (const TimelinePeriod &p : t.periods)
        out.push_back(p.energizedGpus / 8);
    return out;
}

ScenarioOverride delayCommissioning(const char *object, int months, QDate from = {})
{
    ScenarioOverride o;
    o.kind = OverrideKind::DelayCommissioning;
    o.object = QString::fromLatin1(object);
    o.months = months;
    o.from = from;
    return o;
}

ScenarioOverride removeNode(const char *object, QDate from, QDate to = {})
{
    ScenarioOverride o;
    o.kind = OverrideKind::RemoveNode;
    o.object = QString::fromLatin1(object);
    o.from = from;
    o.to = to;
    return o;
}

ScenarioOverride changeRating(const char *node, QDate from, double rating)
{
    ScenarioOverride o;
    o.kind = OverrideKind::ChangeRating;
    o.node = PowerNodeId(QString::fromLatin1(node));
    o.from = from;
    o.amount = rating;
    return o;
}

ScenarioOverride addLot(const char *id, int count, QDate delivered, double unitCost = 72000)
{
    ScenarioOverride o;
    o.kind = OverrideKind::AddLot;
    o.newLot.id = LotId(QString::fromLatin1(id));
    o.newLot.model = SystemModelId(QStringLiteral("sys-a"));
    o.newLot.count = count;
    o.newLot.unitCost = Money(unitCost);
    o.newLot.delivered = delivered;
    return o;
}

ScenarioOverride changeCoolingCapacity(const char *unit, double kwPerModule)
{
    ScenarioOverride o;
    o.kind = OverrideKind::ChangeCoolingCapacity;
    o.object = QString::fromLatin1(unit);
    o.amount = kwPerModule;
    return o;
}

// Per placement: rack, model and systems, in the plan's order.
std::vector<std::tuple<QString, QString, int>> placed(const CapacityPlan &plan)
{
    std::vector<std::tuple<QString, QString, int>> out;
    for (const RackPlacement &r : plan.placements)
        for (const PlacedSystems &s : r.systems)
            out.emplace_back(r.rack.toString(), s.model.toString(), s.count);
    return out;
}

const PowerNode &node(const Project &p, const char *id)
{
    return *p.site.power.node(PowerNodeId(QString::fromLatin1(id)));
}

QJsonObject readJson(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QSet<QString> strings(const QJsonArray &list)
{
    QSet<QString> out;
    for (const QJsonValue &v : list)
        out.insert(v.toString());
    return out;
}

} // namespace

class TestScenario : public QObject
{
    Q_OBJECT

private slots:
    void baseTimelineIsAsCountedByHand() { QCOMPARE(energizedSystems(site(), {}), (std::vector<int>{ 3, 6, 9, 9 })); }

    // util-1's change to 60 kW moves 6 months, from 2026-04-01 to 2026-10-01: Q2 keeps 3
    // systems, Q3 has util-1's 3 and util-2's 3, Q4 all 9. Naming the change by its date does the
    // same; a date with no change is reported at ".from" and nothing moves.
    void delayCommissioningMovesTheCapacityChange()
    {
        const Project p = site();
        std::vector<Problem> problems;
        const Project v
            = applyScenario(p, { QStringLiteral("s"), {}, { delayCommissioning("util-1", 6) } }, 0, problems);
        QVERIFY2(problems.empty(), qPrintable(test::describe(problems)));
        QCOMPARE(node(v, "util-1").capacityChanges.size(), size_t(1));
        QCOMPARE(node(v, "util-1").capacityChanges[0].from, QDate(2026, 10, 1));
        QCOMPARE(node(v, "util-1").usableCapacity(QDate(2026, 9, 30)).value(), 30.0);
        QCOMPARE(node(v, "util-1").usableCapacity(QDate(2026, 10, 1)).value(), 60.0);
        QCOMPARE(node(p, "util-1").capacityChanges[0].from, QDate(2026, 4, 1)); // the base is untouched
        QCOMPARE(energizedSystems(p, { delayCommissioning("util-1", 6) }), (std::vector<int>{ 3, 3, 6, 9 }));
        QCOMPARE(energizedSystems(p, { delayCommissioning("util-1", 6, QDate(2026, 4, 1)) }),
            (std::vector<int>{ 3, 3, 6, 9 }));
        problems.clear();
        const Project w = applyScenario(
            p, { QStringLiteral("s"), {}, { delayCommissioning("util-1", 6, QDate(2026, 5, 1)) } }, 0, problems);
        QVERIFY(test::hasProblem(problems, QStringLiteral("$.scenarios[0].overrides[0].from"),
            QStringLiteral("has no capacity change dated 2026-05-01")));
        QCOMPARE(node(w, "util-1").capacityChanges[0].from, QDate(2026, 4, 1));
    }

    // util-2 commissioned 3 months later (2026-10-01): Q3 has only util-1's 6 systems. crah-2
    // commissioned 9 months later (2026-10-01): rack-3 has no cooling in Q3, the same 6. A unit
    // with no commissioning date (crah-1) is reported.
    void delayCommissioningMovesCommissioning()
    {
        const Project p = site();
        QCOMPARE(energizedSystems(p, { delayCommissioning("util-2", 3) }), (std::vector<int>{ 3, 6, 6, 9 }));
        QCOMPARE(energizedSystems(p, { delayCommissioning("crah-2", 9) }), (std::vector<int>{ 3, 6, 6, 9 }));
        std::vector<Problem> problems;
        applyScenario(p, { QStringLiteral("s"), {}, { delayCommissioning("crah-1", 3) } }, 0, problems);
        QVERIFY(test::hasProblem(problems, QStringLiteral("$.scenarios[0].overrides[0].object"),
            QStringLiteral("cooling unit \"crah-1\" has no commissioning date to delay")));
    }

    // No fleet but a purchase of 10 systems delivered 2026-04-01: Q1 nothing; Q2 room for 6 →
    // 6 energized (48 GPUs), 4 idle (32 GPUs) at 72,000 / 72 months = 1,000 per system-month →
    // 4 × 3 × 1,000 = 12,000 idle depreciation; Q3 and Q4 room for 9 → 1 idle, 3,000 each.
    void addLotEnergizesWhatFits()
    {
        Project p = site();
        p.fleet.clear();
        std::vector<Problem> problems;
        const Project v = applyScenario(
            p, { QStringLiteral("buy"), {}, { addLot("lot-new", 10, QDate(2026, 4, 1)) } }, 0, problems);
        QVERIFY2(problems.empty(), qPrintable(test::describe(problems)));
        QCOMPARE(v.fleet.size(), size_t(1));
        QCOMPARE(v.fleet[0].count, 10);
        const Timeline t = computeTimeline(v, Catalog::builtIn(), exact());
        QCOMPARE(t.periods.size(), size_t(4));
        QCOMPARE(t.periods[0].energizedGpus, 0);
        QCOMPARE(t.periods[1].energizedGpus, 48);
        QCOMPARE(t.periods[1].idleGpus, 32);
        QCOMPARE(qRound(t.periods[1].idleDepreciation.value()), 12000);
        QCOMPARE(t.periods[2].energizedGpus, 72);
        QCOMPARE(t.periods[2].idleGpus, 8);
        QCOMPARE(qRound(t.periods[3].idleDepreciation.value()), 3000);
        QCOMPARE(qRound(t.totalIdleDepreciation.value()), 18000);
        // An id already taken is reported and the lot is not added twice.
        problems.clear();
        const Project w = applyScenario(
            site(), { QStringLiteral("x"), {}, { addLot("lot-a", 1, QDate(2026, 4, 1)) } }, 0, problems);
        QVERIFY(test::hasProblem(
            problems, QStringLiteral("$.scenarios[0].overrides[0].id"), QStringLiteral("is the id of a lot already")));
        QCOMPARE(w.fleet.size(), size_t(1));
    }

    // util-1 out from 2026-04-01 to 2026-07-01: 0 kW on the days out, its 60 kW back on
    // 2026-07-01; Q2 has nothing live (util-2 comes in Q3), Q3 all 9. Out for good from
    // 2026-07-01: Q3 and Q4 only util-2's 3.
    void removeNodeTakesAPowerNodeOut()
    {
        const Project p = site();
        std::vector<Problem> problems;
        const Project v = applyScenario(p,
            { QStringLiteral("s"), {}, { removeNode("util-1", QDate(2026, 4, 1), QDate(2026, 7, 1)) } }, 0, problems);
        QVERIFY2(problems.empty(), qPrintable(test::describe(problems)));
        QCOMPARE(node(v, "util-1").usableCapacity(QDate(2026, 3, 31)).value(), 30.0);
        QCOMPARE(node(v, "util-1").usableCapacity(QDate(2026, 4, 1)).value(), 0.0);
        QCOMPARE(node(v, "util-1").usableCapacity(QDate(2026, 6, 30)).value(), 0.0);
        QCOMPARE(node(v, "util-1").usableCapacity(QDate(2026, 7, 1)).value(), 60.0);
        QCOMPARE(energizedSystems(p, { removeNode("util-1", QDate(2026, 4, 1), QDate(2026, 7, 1)) }),
            (std::vector<int>{ 3, 0, 9, 9 }));
        QCOMPARE(energizedSystems(p, { removeNode("util-1", QDate(2026, 7, 1)) }), (std::vector<int>{ 3, 6, 3, 3 }));
    }

    // crah-1 out in Q2: rack-1 and rack-2 have no cooling, util-2 is not live yet → nothing
    // runs in Q2. The plan checker sees the outage by its own code: the base plan of Q2 (6
    // systems in rack-1 and rack-2) breaks the scenario's site; the scenario's own plan does not.
    void removeNodeTakesACoolingUnitOut()
    {
        const Project p = site();
        const ScenarioOverride out = removeNode("crah-1", QDate(2026, 4, 1), QDate(2026, 7, 1));
        QCOMPARE(energizedSystems(p, { out }), (std::vector<int>{ 3, 0, 9, 9 }));
        std::vector<Problem> problems;
        const Project v = applyScenario(p, { QStringLiteral("s"), {}, { out } }, 0, problems);
        QCOMPARE(v.site.coolingUnit(CoolingUnitId(QStringLiteral("crah-1")))->usableCapacity(QDate(2026, 5, 1)).value(),
            0.0);
        const Timeline base = computeTimeline(p, Catalog::builtIn(), exact());
        const Timeline scenario = computeTimeline(v, Catalog::builtIn(), exact());
        QVERIFY(!checkPlan(v, Catalog::builtIn(), base.plans[1]).empty());
        QVERIFY2(checkPlan(v, Catalog::builtIn(), scenario.plans[1]).empty(),
            qPrintable(describe(checkPlan(v, Catalog::builtIn(), scenario.plans[1]))));
    }

    // util-1 rated 10 kW from 2026-01-01, its change to 60 kW dropped: 1 system in Q1 and Q2,
    // 1 + 3 in Q3 and Q4. Rated 40 kW from 2026-07-01: Q3 and Q4 4 + 3 = 7.
    void changeRatingSetsTheRating()
    {
        const Project p = site();
        std::vector<Problem> problems;
        const Project v = applyScenario(
            p, { QStringLiteral("s"), {}, { changeRating("util-1", QDate(2026, 1, 1), 10) } }, 0, problems);
        QCOMPARE(node(v, "util-1").capacityChanges.size(), size_t(1));
        QCOMPARE(node(v, "util-1").usableCapacity(QDate(2026, 12, 31)).value(), 10.0);
        QCOMPARE(
            energizedSystems(p, { changeRating("util-1", QDate(2026, 1, 1), 10) }), (std::vector<int>{ 1, 1, 4, 4 }));
        QCOMPARE(
            energizedSystems(p, { changeRating("util-1", QDate(2026, 7, 1), 40) }), (std::vector<int>{ 3, 6, 7, 7 }));
    }

    // crah-1 (cooling rack-1 and rack-2) removes 40 kW instead of 1,000: Q1 util-1's 30 kW
    // still binds (3 systems); Q2 util-1 has 60 kW but crah-1 takes 40 kW of heat (10 kW a
    // system, all air) → 4; Q3 and Q4 4 + rack-3's 3 under util-2 and crah-2 → 7.
    void changeCoolingCapacityBindsAsCountedByHand()
    {
        const Project p = site();
        QCOMPARE(energizedSystems(p, { changeCoolingCapacity("crah-1", 40) }), (std::vector<int>{ 3, 4, 7, 7 }));
        // Per module: crah-1 N+1 with 3 modules (2 usable). 20 kW a module → 40 kW → the same;
        // the base with 1,000 kW modules is the base count.
        Project redundant = site();
        redundant.site.coolingUnits[0].redundancy = Redundancy::nPlusOne(3);
        QCOMPARE(energizedSystems(redundant, {}), (std::vector<int>{ 3, 6, 9, 9 }));
        QCOMPARE(
            energizedSystems(redundant, { changeCoolingCapacity("crah-1", 20) }), (std::vector<int>{ 3, 4, 7, 7 }));
        // The base is untouched, and the unit binds in Q2.
        std::vector<Problem> problems;
        const Project v
            = applyScenario(p, { QStringLiteral("s"), {}, { changeCoolingCapacity("crah-1", 40) } }, 0, problems);
        QVERIFY2(problems.empty(), qPrintable(test::describe(problems)));
        QCOMPARE(v.site.coolingUnits[0].capacity.value(), 40.0);
        QCOMPARE(p.site.coolingUnits[0].capacity.value(), 1000.0);
        SolveOptions q2;
        q2.date = QDate(2026, 4, 1);
        q2.timeLimitSeconds = 20;
        const CapacityPlan plan = solve(v, Catalog::builtIn(), q2);
        QCOMPARE(plan.energizedGpus(), 32);
        const auto crah = std::find_if(plan.coolingUnits.begin(), plan.coolingUnits.end(),
            [](const CapacityUse &u) { return u.object == QLatin1String("crah-1"); });
        QVERIFY(crah != plan.coolingUnits.end());
        QCOMPARE(crah->usable.value(), 40.0);
        QCOMPARE(crah->load.value(), 40.0);
        QVERIFY(crah->binding);
        QVERIFY2(checkPlan(v, Catalog::builtIn(), plan).empty(),
            qPrintable(describe(checkPlan(v, Catalog::builtIn(), plan))));
    }

    // The scenario's plan, period by period, is solve() of the same site with crah-1's
    // capacity written directly: the same placements, GPUs and idle depreciation.
    void changeCoolingCapacityEqualsTheEditedSite()
    {
        const Project p = site();
        std::vector<Problem> problems;
        const Project v
            = applyScenario(p, { QStringLiteral("s"), {}, { changeCoolingCapacity("crah-1", 40) } }, 0, problems);
        Project edited = site();
        edited.site.coolingUnits[0].capacity = Kilowatts(40);
        const Timeline a = computeTimeline(v, Catalog::builtIn(), exact());
        const Timeline b = computeTimeline(edited, Catalog::builtIn(), exact());
        QCOMPARE(a.periods.size(), size_t(4));
        QCOMPARE(a.plans.size(), b.plans.size());
        for (size_t k = 0; k < a.plans.size(); ++k) {
            QCOMPARE(placed(a.plans[k]), placed(b.plans[k]));
            QCOMPARE(a.periods[k].energizedGpus, b.periods[k].energizedGpus);
            QCOMPARE(a.periods[k].idleDepreciation.value(), b.periods[k].idleDepreciation.value());
        }
        // 12 systems at 1,000 a system-month: idle 12 − 3, 12 − 4, 12 − 7, 12 − 7 systems for
        // 3 months each → (9 + 8 + 5 + 5) × 3,000 = 81,000.
        QCOMPARE(qRound(a.totalIdleDepreciation.value()), 81000);
        QCOMPARE(qRound(b.totalIdleDepreciation.value()), 81000);
    }

    // An unknown unit is reported at ".unit" when applied and by scenarioProblems; a NaN or
    // negative capacity at ".capacityKw"; a power node id is not a cooling unit.
    void changeCoolingCapacityRefusals()
    {
        Project p = site();
        std::vector<Problem> applied;
        const Project v
            = applyScenario(p, { QStringLiteral("s"), {}, { changeCoolingCapacity("crah-9", 40) } }, 0, applied);
        QVERIFY(test::hasProblem(applied, QStringLiteral("$.scenarios[0].overrides[0].unit"),
            QStringLiteral("names cooling unit \"crah-9\", which does not exist")));
        QVERIFY(v.site.coolingUnits == p.site.coolingUnits);
        p.scenarios.push_back({ QStringLiteral("s"), {},
            { changeCoolingCapacity("crah-9", 40), changeCoolingCapacity("crah-1", std::nan("")),
                changeCoolingCapacity("crah-2", -1), changeCoolingCapacity("util-1", 40) } });
        const std::vector<Problem> problems = scenarioProblems(p, &Catalog::builtIn());
        const QString o = QStringLiteral("$.scenarios[0].overrides[%1].%2");
        QVERIFY2(test::hasProblem(problems, o.arg(0).arg(QStringLiteral("unit")),
                     QStringLiteral("names cooling unit \"crah-9\", which does not exist")),
            qPrintable(test::describe(problems)));
        QVERIFY(test::hasProblem(problems, o.arg(1).arg(QStringLiteral("capacityKw")), QStringLiteral("got NaN")));
        QVERIFY(test::hasProblem(problems, o.arg(2).arg(QStringLiteral("capacityKw")), QStringLiteral("got -1")));
        QVERIFY(test::hasProblem(problems, o.arg(3).arg(QStringLiteral("unit")),
            QStringLiteral("names cooling unit \"util-1\", which does not exist")));
        QCOMPARE(problems.size(), size_t(4));
    }

    // scenarioProblems checks overrides in memory by the kinds' fields, with the reader's paths
    // (validateProject does not: a scenario's problem does not stop the base from solving).
    void validationChecksEveryField()
    {
        Project p = site();
        ScenarioOverride bad = addLot("lot-b", 0, {});
        bad.newLot.model = SystemModelId(QStringLiteral("no-such-model"));
        ScenarioOverride back = removeNode("util-9", QDate(2026, 5, 1), QDate(2026, 4, 1));
        ScenarioOverride late = addLot("lot-c", 1, QDate(2026, 1, 1));
        ScenarioOverride delayAdded;
        delayAdded.kind = OverrideKind::DelayDelivery;
        delayAdded.lot = LotId(QStringLiteral("lot-c")); // added by the override before it: fine
        delayAdded.months = 200;
        p.scenarios.push_back({ QStringLiteral("s"), {}, { bad, back, late, delayAdded } });
        QVERIFY2(validateProject(p, Catalog::builtIn()).empty(), "the base stays valid");
        const std::vector<Problem> problems = scenarioProblems(p, &Catalog::builtIn());
        const QString o = QStringLiteral("$.scenarios[0].overrides[%1].%2");
        QVERIFY2(test::hasProblem(problems, o.arg(0).arg(QStringLiteral("model")),
                     QStringLiteral("names system model \"no-such-model\"")),
            qPrintable(test::describe(problems)));
        QVERIFY(test::hasProblem(problems, o.arg(0).arg(QStringLiteral("count")), QStringLiteral("got 0")));
        QVERIFY(test::hasProblem(problems, o.arg(0).arg(QStringLiteral("delivered")), QStringLiteral("is missing")));
        QVERIFY(test::hasProblem(problems, o.arg(1).arg(QStringLiteral("object")),
            QStringLiteral("neither a power node nor a cooling unit")));
        QVERIFY(test::hasProblem(problems, o.arg(1).arg(QStringLiteral("to")), QStringLiteral("is not after")));
        QVERIFY(test::hasProblem(problems, o.arg(3).arg(QStringLiteral("months")), QStringLiteral("got 200")));
        QVERIFY(!test::hasProblem(problems, o.arg(3).arg(QStringLiteral("lot")), QString()));
        QCOMPARE(problems.size(), size_t(6));
    }

    // The format 7 kinds read as written in tests/data/good/scenarios.warmshell.json.
    void readsTheNewKinds()
    {
        const Project p = test::loadFixture(QStringLiteral("good/scenarios.warmshell.json"));
        QCOMPARE(p.scenarios.size(), size_t(3));
        const std::vector<ScenarioOverride> &o = p.scenarios[2].overrides;
        QCOMPARE(o.size(), size_t(8));
        QCOMPARE(o[0].kind, OverrideKind::DelayCommissioning);
        QCOMPARE(o[0].object, QStringLiteral("ups-1"));
        QCOMPARE(o[0].months, 3);
        QCOMPARE(o[1].from, QDate(2026, 7, 1));
        QCOMPARE(o[2].kind, OverrideKind::AddLot);
        QCOMPARE(o[2].newLot.id, LotId(QStringLiteral("lot-new")));
        QCOMPARE(o[2].newLot.name, QStringLiteral("Spring order"));
        QCOMPARE(o[2].newLot.count, 4);
        QCOMPARE(o[2].newLot.unitCost.value(), 150000.0);
        QCOMPARE(o[2].newLot.delivered, QDate(2026, 5, 1));
        QCOMPARE(o[3].lot, LotId(QStringLiteral("lot-new")));
        QCOMPARE(o[4].kind, OverrideKind::RemoveNode);
        QCOMPARE(o[4].to, QDate(2026, 9, 1));
        QVERIFY(o[5].to.isNull());
        QCOMPARE(o[6].kind, OverrideKind::ChangeRating);
        QCOMPARE(o[6].amount, 600.0);
        QCOMPARE(o[7].kind, OverrideKind::ChangeCoolingCapacity);
        QCOMPARE(o[7].object, QStringLiteral("crah-1"));
        QCOMPARE(o[7].amount, 45.5);
        // Applied: ups-1 commissioned 2025-06-01 + 3 months; the added lot delivered a month late.
        std::vector<Problem> problems;
        const Project v = applyScenario(p, p.scenarios[2], 2, problems);
        QVERIFY2(problems.empty(), qPrintable(test::describe(problems)));
        QCOMPARE(node(v, "ups-1").commissioned, QDate(2025, 9, 1));
        QCOMPARE(v.fleet.back().delivered, QDate(2026, 6, 1));
        QCOMPARE(node(v, "util-1").capacityChanges[0].from, QDate(2026, 9, 1)); // 2026-07-01 + 2 months
        QCOMPARE(v.site.coolingUnits[0].capacity.value(), 45.5);
    }

    // docs/project.schema.json has one override entry per row of kOverrideKinds, with the
    // row's keys and required keys exactly; docs/file-format.md has a table row per kind.
    void schemaAndDocsFollowTheKinds()
    {
        const QJsonObject schema = readJson(QStringLiteral(WARMSHELL_SOURCE_DIR "/docs/project.schema.json"));
        const QJsonArray entries = schema.value(QStringLiteral("$defs"))
                                       .toObject()
                                       .value(QStringLiteral("scenarioOverride"))
                                       .toObject()
                                       .value(QStringLiteral("oneOf"))
                                       .toArray();
        QCOMPARE(entries.size(), qsizetype(std::size(kOverrideKinds)));
        QFile doc(QStringLiteral(WARMSHELL_SOURCE_DIR "/docs/file-format.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        for (const OverrideKindSpec &spec : kOverrideKinds) {
            const QString key = QLatin1String(spec.key);
            QSet<QString> keys{ QStringLiteral("kind") }, required{ QStringLiteral("kind") };
            for (const OverrideFieldSpec &f : spec.fields) {
                const QStringList fieldKeys = f.field == OverrideField::Window
                    ? QStringList{ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("object"),
                          QStringLiteral("module"), QStringLiteral("start"), QStringLiteral("end") }
                    : QStringList{ QLatin1String(f.key) };
                for (const QString &k : fieldKeys) {
                    keys.insert(k);
                    if (f.required && k != QLatin1String("name") && k != QLatin1String("module"))
                        required.insert(k);
                }
            }
            int found = 0;
            for (const QJsonValue &e : entries) {
                const QJsonObject o = e.toObject();
                const QJsonObject properties = o.value(QStringLiteral("properties")).toObject();
                if (properties.value(QStringLiteral("kind")).toObject().value(QStringLiteral("const")).toString()
                    != key)
                    continue;
                ++found;
                const QStringList written = properties.keys();
                QCOMPARE(QSet<QString>(written.begin(), written.end()), keys);
                QCOMPARE(strings(o.value(QStringLiteral("required")).toArray()), required);
            }
            QVERIFY2(found == 1, qPrintable(key));
            QVERIFY2(text.contains(QStringLiteral("| `%1` |").arg(key)), qPrintable(key));
        }
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
