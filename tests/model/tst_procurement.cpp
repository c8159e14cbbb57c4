// SPDX-License-Identifier: GPL-3.0-or-later
// The procurement plan (model/procurement): hand-solved small sites with the working in
// comments, a brute force that enumerates every order schedule of tiny sites and evaluates each
// with the ordinary solver quarter by quarter, and bad input.
#include "catalog.h"
#include "procurement/procurement.h"
#include "procurement/procurementcheck.h"
#include "solver/solver.h"
#include "testsupport.h"

#include <QTest>

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

const QDate kStart(2027, 1, 1);

SystemModel makeModel(const char *id, double kw, double tflopsPerGpu)
{
    SystemModel m;
    m.id = SystemModelId(s(id));
    m.name = s(id);
    m.vendor = s("test");
    m.generation = s(id).toUpper();
    m.gpu = m.generation;
    m.gpusPerSystem = 8;
    m.power = Kilowatts(kw);
    m.height = RackUnits(1);
    m.weight = Kilograms(10);
    m.bf16 = Teraflops(tflopsPerGpu);
    m.released = QDate(2025, 1, 1);
    return m;
}

// One utility feed `util` of `utilityKw` (derating 1; commissioned on `commissioned`, null: from
// the start) feeding pdu-1 (10 MW, never binds), which feeds `racks` racks of 42 U and
// `rackKw` kW, all cooled by one 10 MW CRAH. Models: "fast" 10 kW, 8 × 1,000 TFLOPS = 8 PFLOPS;
// "cheap" 10 kW, 8 × 500 TFLOPS = 4 PFLOPS.
Project tinySite(double utilityKw, int racks = 1, double rackKw = 1000, QDate commissioned = {})
{
    Project p;
    p.site.name = s("procurement test");
    p.site.currency = s("USD");
    p.site.planStart = kStart;
    p.site.halls.push_back({ HallId(s("hall-1")), s("Hall 1"), {}, { Metres(40), Metres(10) } });
    Row row;
    row.id = RowId(s("row-1"));
    row.hall = HallId(s("hall-1"));
    row.name = s("Row 1");
    p.site.rows.push_back(row);
    test::addNode(p, "util", PowerNodeKind::Utility, utilityKw, {}, Redundancy::n(), commissioned);
    test::addNode(p, "pdu-1", PowerNodeKind::Pdu, 10000, { "util" });
    CoolingUnit crah;
    crah.id = CoolingUnitId(s("crah-1"));
    crah.name = s("CRAH 1");
    crah.capacity = Kilowatts(10000);
    for (int i = 0; i < racks; ++i) {
        Rack r;
        r.id = RackId(QStringLiteral("r%1").arg(i + 1));
        r.name = r.id.toString();
        r.row = row.id;
        r.position = { Metres(1 + i), Metres(2) };
        r.powerLimit = Kilowatts(rackKw);
        r.feedA = PowerNodeId(s("pdu-1"));
        p.site.racks.push_back(r);
        crah.serves.push_back(r.id);
    }
    p.site.coolingUnits.push_back(crah);
    p.customModels.push_back(makeModel("fast", 10, 1000));
    p.customModels.push_back(makeModel("cheap", 10, 500));
    return p;
}

ProcurementCandidate candidate(const char *model, double price, int lead)
{
    ProcurementCandidate c;
    c.model = SystemModelId(s(model));
    c.unitPrice = price;
    c.leadQuarters = lead;
    return c;
}

double discount(int quarter, double rate)
{
    return std::pow(1 + rate, -quarter / 4.0);
}

const ProcurementVerdict *verdictOf(const ProcurementPlan &plan, const char *model)
{
    for (const ProcurementVerdict &v : plan.verdicts)
        if (v.model.toString() == s(model))
            return &v;
    return nullptr;
}

QString ordersText(const std::vector<ProcurementOrder> &orders)
{
    QStringList out;
    for (const ProcurementOrder &o : orders)
        out << QStringLiteral("%1×%2@q%3").arg(o.count).arg(o.model.toString()).arg(o.quarter);
    return out.join(u' ');
}

// ---- brute force -----------------------------------------------------------------------------

// A tiny random case: 1–2 racks, a utility whose capacity grows at a random quarter, two
// candidates with random power, throughput, price and lead time, budgets for a handful of
// systems, and sometimes an owned lot and an on-order lot.
struct TinyCase
{
    Project project;
    ProcurementInput input;
};

TinyCase tinyCase(unsigned seed)
{
    std::mt19937 rng(seed);
    auto pick = [&](std::initializer_list<double> values) {
        std::uniform_int_distribution<size_t> d(0, values.size() - 1);
        return *(values.begin() + d(rng));
    };
    TinyCase t;
    const int racks = int(pick({ 1, 2 }));
    t.project = tinySite(pick({ 15, 25, 35 }), racks, pick({ 20, 30, 40 }));
    PowerNode &util = *t.project.site.power.node(PowerNodeId(s("util")));
    util.capacityChanges.push_back(
        { kStart.addMonths(3 * int(pick({ 1, 2 }))), util.rating.realPower().value() + pick({ 10, 20 }) });
    t.project.customModels = { makeModel("m0", pick({ 6, 8, 10 }), pick({ 400, 700, 1000 })),
        makeModel("m1", pick({ 6, 8, 10 }), pick({ 400, 700, 1000 })), makeModel("old", 5, 300) };
    if (pick({ 0, 1 }) > 0) {
        FleetLot owned;
        owned.id = LotId(s("owned"));
        owned.model = SystemModelId(s("old"));
        owned.count = 2;
        owned.unitCost = Money(50);
        owned.delivered = QDate(2026, 1, 1);
        t.project.fleet.push_back(owned);
    }
    if (pick({ 0, 1 }) > 0) {
        FleetLot onOrder;
        onOrder.id = LotId(s("on-order"));
        onOrder.model = SystemModelId(s("m0"));
        onOrder.count = 1;
        onOrder.unitCost = Money(60);
        onOrder.delivered = kStart.addMonths(3);
        t.project.fleet.push_back(onOrder);
    }
    t.input.horizonQuarters = 3;
    t.input.relativeGap = 0;
    t.input.discountRate = 0.08;
    t.input.marginalValues = false;
    t.input.candidates = { candidate("m0", pick({ 40, 60, 100 }), int(pick({ 0, 1 }))),
        candidate("m1", pick({ 40, 60, 100 }), int(pick({ 0, 1 }))) };
    t.input.totalBudget = pick({ 100, 160, 250 });
    if (pick({ 0, 1 }) > 0)
        t.input.budgetPerQuarter = { pick({ 60, 120 }), pick({ 0, 100 }) };
    return t;
}

// PFLOPS the ordinary solver energizes in quarter `quarter` with `delivered[c]` systems of
// candidate c added to the file's fleet (proven optimum: gap 0).
double solvedPflops(const TinyCase &t, int quarter, const std::vector<int> &delivered)
{
    Project p = t.project;
    for (size_t c = 0; c < delivered.size(); ++c)
        if (delivered[c] > 0) {
            FleetLot lot;
            lot.id = LotId(QStringLiteral("bought-%1").arg(c));
            lot.model = t.input.candidates[c].model;
            lot.count = delivered[c];
            lot.unitCost = Money(t.input.candidates[c].unitPrice);
            lot.delivered = kStart;
            p.fleet.push_back(lot);
        }
    SolveOptions o;
    o.date = kStart.addMonths(3 * quarter);
    o.climateThrough = kStart.addMonths(3 * quarter + 3).addDays(-1);
    o.relativeGap = 0;
    o.marginalValues = false;
    const CapacityPlan plan = solve(p, Catalog::builtIn(), o);
    double pflops = 0;
    for (const GenerationResult &g : plan.generations)
        pflops += g.energizedPflops;
    return pflops;
}

// Every schedule x[c][q] within the budgets (an order delivered past the horizon never pays),
// each evaluated quarter by quarter with solve(); returns the most discounted PFLOPS-years.
double bruteForceBest(const TinyCase &t, int *schedules)
{
    const ProcurementInput &in = t.input;
    const int horizon = in.horizonQuarters;
    std::map<std::vector<int>, double> cache; // (quarter, delivered per candidate) -> PFLOPS
    auto value = [&](const std::vector<std::vector<int>> &x) {
        double total = 0;
        for (int k = 0; k < horizon; ++k) {
            std::vector<int> key{ k };
            for (size_t c = 0; c < x.size(); ++c) {
                int n = 0;
                for (int q = 0; q + in.candidates[c].leadQuarters <= k; ++q)
                    n += x[c][size_t(q)];
                key.push_back(n);
            }
            if (!cache.count(key))
                cache[key] = solvedPflops(t, k, std::vector<int>(key.begin() + 1, key.end()));
            total += discount(k, in.discountRate) * 0.25 * cache[key];
        }
        return total;
    };
    std::vector<std::vector<int>> x(in.candidates.size(), std::vector<int>(size_t(horizon), 0));
    double best = 0;
    *schedules = 0;
    std::function<void(size_t, double, std::vector<double> &)> enumerate
        = [&](size_t slot, double spent, std::vector<double> &quarterSpent) {
              if (slot == in.candidates.size() * size_t(horizon)) {
                  ++*schedules;
                  best = std::max(best, value(x));
                  return;
              }
              const size_t c = slot / size_t(horizon), q = slot % size_t(horizon);
              const double price = in.candidates[c].unitPrice;
              const double quarterBudget = q < in.budgetPerQuarter.size() ? in.budgetPerQuarter[q] : 1e18;
              for (int n = 0; int(q) + in.candidates[c].leadQuarters < horizon || n == 0; ++n) {
                  if (spent + n * price > in.totalBudget + 1e-9 || quarterSpent[q] + n * price > quarterBudget + 1e-9)
                      break;
                  x[c][q] = n;
                  quarterSpent[q] += n * price;
                  enumerate(slot + 1, spent + n * price, quarterSpent);
                  quarterSpent[q] -= n * price;
                  if (int(q) + in.candidates[c].leadQuarters >= horizon)
                      break;
              }
              x[c][q] = 0;
          };
    std::vector<double> quarterSpent(size_t(horizon), 0.0);
    enumerate(0, 0, quarterSpent);
    return best;
}

} // namespace

class TestProcurement : public QObject
{
    Q_OBJECT

private slots:
    // The utility is commissioned on 2027-07-01, the start of quarter index 2 ("Q3"); before it
    // every rack is dark. One "fast" system fits the budget (100 USD at 100 each), lead 1 quarter.
    // An order placed in quarter 0 or 1 is energized in quarters 2 and 3; one placed in quarter 2
    // only in quarter 3. Compute-years either way: 8 PFLOPS × 0.25 × (d2 + d3), dk = 1.08^(−k/4)
    // = 2 × (0.962250 + 0.943913) = 3.812326. Ordered in quarter 0 it is delivered in quarter 1
    // and sits idle there, so the tie-break on idle depreciation places the order in quarter 1,
    // delivered on 2027-07-01 exactly when the power arrives.
    void powerArrivingInQ3IsBoughtForQ3Delivery()
    {
        ProcurementInput in;
        in.horizonQuarters = 4;
        in.totalBudget = 100;
        in.candidates = { candidate("fast", 100, 1) };
        const ProcurementPlan plan = planProcurement(tinySite(100, 1, 1000, QDate(2027, 7, 1)), Catalog::builtIn(), in);
        QVERIFY2(plan.problems.empty(), qPrintable(test::describe(plan.problems)));
        QCOMPARE(ordersText(plan.plan.orders), s("1×fast@q1"));
        QCOMPARE(plan.plan.orders.front().delivered, QDate(2027, 7, 1));
        QCOMPARE(plan.plan.orders.front().cost, 100.0);
        const double expected = 8 * 0.25 * (discount(2, 0.08) + discount(3, 0.08));
        QVERIFY(std::abs(plan.plan.computeYears - expected) < 1e-9);
        QCOMPARE(plan.plan.periods[1].idleSystems, 0);
        QCOMPARE(plan.plan.periods[2].energizedSystems, 1);
        QCOMPARE(plan.plan.idleDepreciation, 0.0);
        // "Most efficient now": the same system ordered in quarter 0, delivered in quarter 1 and
        // idle there: depreciation 100 × 3/72 = 4.1667 USD in that quarter, discounted by d1.
        QCOMPARE(ordersText(plan.mostEfficientNow.orders), s("1×fast@q0"));
        QVERIFY(std::abs(plan.mostEfficientNow.computeYears - expected) < 1e-9);
        QVERIFY(std::abs(plan.mostEfficientNow.idleDepreciation - 100.0 / 24 * discount(1, 0.08)) < 1e-6);
        // The file's own orders: none, so nothing is energized.
        QCOMPARE(plan.fileOrdersOnly.computeYears, 0.0);
        QVERIFY(plan.optimal);
        QCOMPARE(plan.checkFindings, QStringList());
    }

    // Loose power (1,000 kW, one 42 U rack) and 300 USD: "fast" 8 PFLOPS at 100 (0.08 PFLOPS/USD,
    // 0.8 PFLOPS/kW), "cheap" 4 PFLOPS at 30 (0.133 PFLOPS/USD, 0.4 PFLOPS/kW). Every mix within
    // 300 USD: 3 fast = 24 PFLOPS; 2 fast + 3 cheap = 28; 1 fast + 6 cheap = 32; 10 cheap = 40.
    // Ten cheap systems win: 40 PFLOPS × 0.25 = 10 PFLOPS-years in the one quarter. "Most
    // efficient now" buys 3 fast: 6 PFLOPS-years. Nothing is left for a fast system: budget.
    void cheaperModelWinsUnderTightBudgetAndLoosePower()
    {
        ProcurementInput in;
        in.horizonQuarters = 1;
        in.totalBudget = 300;
        in.discountRate = 0;
        in.candidates = { candidate("fast", 100, 0), candidate("cheap", 30, 0) };
        const ProcurementPlan plan = planProcurement(tinySite(1000), Catalog::builtIn(), in);
        QVERIFY2(plan.problems.empty(), qPrintable(test::describe(plan.problems)));
        QCOMPARE(ordersText(plan.plan.orders), s("10×cheap@q0"));
        QCOMPARE(plan.plan.computeYears, 10.0);
        QCOMPARE(plan.plan.capital, 300.0);
        QCOMPARE(ordersText(plan.mostEfficientNow.orders), s("3×fast@q0"));
        QCOMPARE(plan.mostEfficientNow.computeYears, 6.0);
        QCOMPARE(verdictOf(plan, "fast")->binding, s("budget"));
        QCOMPARE(verdictOf(plan, "cheap")->ordered, 10);
    }

    // Tight power (30 kW: three 10 kW systems) and a loose budget: three fast systems (24 PFLOPS)
    // beat three cheap ones (12): 6 PFLOPS-years; cheap loses on power. The LP dual of the
    // utility's row: one more kW energizes a tenth of a fast system, 0.8 PFLOPS × 0.25 year =
    // 0.2 PFLOPS-years per kW, 200 per MW (at the margin: a whole MW would stop at the rack's
    // 42 U, 39 more systems, 78 PFLOPS-years).
    void efficientModelWinsUnderTightPower()
    {
        ProcurementInput in;
        in.horizonQuarters = 1;
        in.totalBudget = 10000;
        in.discountRate = 0;
        in.candidates = { candidate("fast", 100, 0), candidate("cheap", 30, 0) };
        const ProcurementPlan plan = planProcurement(tinySite(30), Catalog::builtIn(), in);
        QVERIFY2(plan.problems.empty(), qPrintable(test::describe(plan.problems)));
        QCOMPARE(ordersText(plan.plan.orders), s("3×fast@q0"));
        QCOMPARE(plan.plan.computeYears, 6.0);
        QCOMPARE(verdictOf(plan, "cheap")->binding, s("power"));
        QCOMPARE(plan.plan.periods[0].bindingPowerNodes, QStringList{ s("util") });
        QVERIFY(std::abs(plan.plan.periods[0].marginalPerMw - 200.0) < 1e-6);
    }

    // Lead time 4 quarters on a 4-quarter horizon: an order placed at once arrives after the
    // horizon; the other candidate takes the budget and the late one says why it got nothing.
    void leadTimeBeyondHorizonGetsNoOrder()
    {
        ProcurementInput in;
        in.horizonQuarters = 4;
        in.totalBudget = 1000;
        in.candidates = { candidate("fast", 100, 4), candidate("cheap", 30, 0) };
        const ProcurementPlan plan = planProcurement(tinySite(1000), Catalog::builtIn(), in);
        QVERIFY2(plan.problems.empty(), qPrintable(test::describe(plan.problems)));
        QCOMPARE(verdictOf(plan, "fast")->ordered, 0);
        QCOMPARE(verdictOf(plan, "fast")->binding, s("lead time"));
        QVERIFY(verdictOf(plan, "fast")->reason.contains(s("after the 4-quarter horizon")));
        // 1,000 USD buys 33 cheap systems, all in quarter 0: 33 × 4 PFLOPS × 0.25 × Σ dk.
        QCOMPARE(ordersText(plan.plan.orders), s("33×cheap@q0"));
        const double sum = discount(0, 0.08) + discount(1, 0.08) + discount(2, 0.08) + discount(3, 0.08);
        QVERIFY(std::abs(plan.plan.computeYears - 33 * 4 * 0.25 * sum) < 1e-6);
    }

    // Net objective: value 1 USD per PFLOPS-year, no discount, power from quarter 2 on, one
    // fast system affordable, lead 0. Ordered in quarter 2 it is energized in quarters 2 and 3:
    // 8 × 0.25 × 2 × 1 = 4 USD of value, no idle depreciation: net 4. Ordered in quarter 0 it
    // idles in quarters 0 and 1: 2 × 100/24 = 8.33 USD: net −4.33. Not buying: 0. So quarter 2.
    void netObjectiveOrdersWhenPowerArrives()
    {
        ProcurementInput in;
        in.horizonQuarters = 4;
        in.totalBudget = 100;
        in.discountRate = 0;
        in.objective = ProcurementObjective::Net;
        in.valuePerPflopsYear = 1;
        in.candidates = { candidate("fast", 100, 0) };
        const ProcurementPlan plan = planProcurement(tinySite(100, 1, 1000, QDate(2027, 7, 1)), Catalog::builtIn(), in);
        QVERIFY2(plan.problems.empty(), qPrintable(test::describe(plan.problems)));
        QCOMPARE(ordersText(plan.plan.orders), s("1×fast@q2"));
        QVERIFY(std::abs(plan.plan.objective - 4.0) < 1e-9);
        QVERIFY(std::abs(plan.mostEfficientNow.objective - (4.0 - 200.0 / 24)) < 1e-9);
    }

    void bruteForceMatchesMilp_data()
    {
        QTest::addColumn<unsigned>("seed");
        for (unsigned seed = 1; seed <= 24; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("case %1").arg(seed))) << seed;
    }

    // Every order schedule of a tiny case, each evaluated by the ordinary solver quarter by
    // quarter (an independent method: one solve() per quarter and delivered fleet), against the
    // multi-period MILP at gap 0; the MILP's own figures for its schedule are checked by the
    // same evaluation.
    void bruteForceMatchesMilp()
    {
        QFETCH(unsigned, seed);
        const TinyCase t = tinyCase(seed);
        const ProcurementPlan plan = planProcurement(t.project, Catalog::builtIn(), t.input);
        QVERIFY2(plan.problems.empty(), qPrintable(test::describe(plan.problems)));
        int schedules = 0;
        const double best = bruteForceBest(t, &schedules);
        QVERIFY(schedules >= 2);
        QVERIFY2(std::abs(plan.plan.computeYears - best) <= 1e-6 * std::max(1.0, best),
            qPrintable(QStringLiteral("MILP %1 (%2), brute force %3 over %4 schedules")
                           .arg(plan.plan.computeYears, 0, 'f', 6)
                           .arg(ordersText(plan.plan.orders))
                           .arg(best, 0, 'f', 6)
                           .arg(schedules)));
        QVERIFY2(plan.checkFindings.isEmpty(), qPrintable(plan.checkFindings.join(u'\n')));
        QCOMPARE(checkProcurementSchedule(t.input, kStart, plan.plan), QStringList());
    }

    // The independent schedule check catches a plan changed after the solve: one order too many
    // (over the 300 USD budget, its cost no longer count × price), a delivery on the wrong date,
    // a quarter that claims more ordered systems held than were delivered.
    void scheduleCheckCatchesTampering_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("finding");
        QTest::newRow("count") << s("count") << s("over the total budget of 300.00");
        QTest::newRow("cost") << s("cost") << s("not count × price");
        QTest::newRow("delivery") << s("delivery") << s("not the quarter's start");
        QTest::newRow("held") << s("held") << s("but the orders deliver 10 by then");
        QTest::newRow("totals") << s("totals") << s("not the discounted sums");
    }

    void scheduleCheckCatchesTampering()
    {
        QFETCH(QString, change);
        QFETCH(QString, finding);
        ProcurementInput in;
        in.horizonQuarters = 1;
        in.totalBudget = 300;
        in.discountRate = 0;
        in.candidates = { candidate("fast", 100, 0), candidate("cheap", 30, 0) };
        const ProcurementPlan plan = planProcurement(tinySite(1000), Catalog::builtIn(), in);
        QCOMPARE(plan.checkFindings, QStringList());
        ProcurementOutcome o = plan.plan;
        if (change == s("count")) {
            o.orders[0].count = 11;
            o.orders[0].cost = 330;
        } else if (change == s("cost"))
            o.orders[0].cost = 1;
        else if (change == s("delivery"))
            o.orders[0].delivered = o.orders[0].delivered.addMonths(3);
        else if (change == s("held"))
            o.periods[0].orderedDelivered = 12;
        else
            o.computeYears += 1;
        const QStringList findings = checkProcurementSchedule(in, kStart, o);
        QVERIFY2(findings.join(u'\n').contains(finding), qPrintable(findings.join(u'\n')));
    }

    void badInputIsNamed_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("unknown candidate") << s("unknown") << s("candidates[0].model") << s("neither in the catalog");
        QTest::newRow("negative budget") << s("negative") << s("totalBudget") << s("0 USD or more");
        QTest::newRow("NaN quarter budget") << s("nan") << s("budgetPerQuarter[1]") << s("0 USD or more");
        QTest::newRow("horizon 0") << s("horizon0") << s("horizonQuarters") << s("from 1 to 24");
        QTest::newRow("huge horizon") << s("horizon1000") << s("horizonQuarters") << s("from 1 to 24");
        QTest::newRow("negative lead") << s("lead") << s("candidates[0].leadQuarters") << s("from 0 to 400");
        QTest::newRow("no bound") << s("unbounded") << s("candidates[0]") << s("nothing bounds its orders");
        QTest::newRow("net without value") << s("net") << s("valuePerPflopsYear") << s("value of a PFLOPS-year");
    }

    void badInputIsNamed()
    {
        QFETCH(QString, what);
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        ProcurementInput in;
        in.totalBudget = 1000;
        in.candidates = { candidate("fast", 100, 1) };
        if (what == s("unknown"))
            in.candidates[0].model = SystemModelId(s("no-such-model"));
        else if (what == s("negative"))
            in.totalBudget = -1;
        else if (what == s("nan"))
            in.budgetPerQuarter = { 10, std::nan("") };
        else if (what == s("horizon0"))
            in.horizonQuarters = 0;
        else if (what == s("horizon1000"))
            in.horizonQuarters = 1000;
        else if (what == s("lead"))
            in.candidates[0].leadQuarters = -1;
        else if (what == s("unbounded"))
            in.totalBudget = std::numeric_limits<double>::infinity();
        else if (what == s("net"))
            in.objective = ProcurementObjective::Net;
        const ProcurementPlan plan = planProcurement(tinySite(100), Catalog::builtIn(), in);
        QVERIFY2(test::hasProblem(plan.problems, path, fragment), qPrintable(test::describe(plan.problems)));
        QVERIFY(plan.plan.orders.empty());
    }
};

QTEST_GUILESS_MAIN(TestProcurement)
#include "tst_procurement.moc"
