// SPDX-License-Identifier: GPL-3.0-or-later
// Generation comparison and the swap question, against figures worked out by hand.
#include "analysis/comparison.h"
#include "catalog.h"
#include "finance/depreciation.h"
#include "testsupport.h"

#include <QTest>

#include <cmath>

using namespace warmshell;

namespace {

const GenerationFigures *row(const Comparison &c, const QString &generation)
{
    for (const GenerationFigures &g : c.rows)
        if (g.generation == generation)
            return &g;
    return nullptr;
}

bool near(double a, double b, double tolerance = 1e-6)
{
    return std::abs(a - b) <= tolerance;
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private slots:
    // Site: one 100 kW feed, two air racks of 42 U and 100 kW. X (10 kW, 10 U, 8 × 1,000 TF,
    // 100,000) fits 4 per rack by space: 8 systems, 80 kW, 64 PFLOPS, space binds. Y (30 kW,
    // 4 U, 8 × 2,000 TF, 200,000) is stopped by the feed at 3 systems: 90 kW, 48 PFLOPS.
    void powerBindsForOneSpaceForAnother_data()
    {
        QTest::addColumn<QString>("generation");
        QTest::addColumn<int>("systems");
        QTest::addColumn<double>("pflops");
        QTest::addColumn<double>("kw");
        QTest::addColumn<double>("capital");
        QTest::addColumn<QString>("binding");
        QTest::newRow("X: space") << QStringLiteral("SYS-X") << 8 << 64.0 << 80.0 << 800000.0
                                  << QStringLiteral("space");
        QTest::newRow("Y: power") << QStringLiteral("SYS-Y") << 3 << 48.0 << 90.0 << 600000.0
                                  << QStringLiteral("power");
    }
    void powerBindsForOneSpaceForAnother()
    {
        QFETCH(QString, generation);
        QFETCH(int, systems);
        QFETCH(double, pflops);
        QFETCH(double, kw);
        QFETCH(double, capital);
        QFETCH(QString, binding);
        const Project p = test::loadFixture(QStringLiteral("timeline/compare.warmshell.json"));
        ComparisonOptions o;
        o.generations = { QStringLiteral("SYS-X"), QStringLiteral("SYS-Y") };
        const Comparison c = compareGenerations(p, Catalog::builtIn(), o);
        QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.join(QLatin1Char('\n'))));
        QCOMPARE(c.rows.size(), size_t(2));
        // X: 64 PFLOPS / 0.08 MW = 800 per MW; Y: 48 / 0.09 = 533.3: X ranks first.
        QCOMPARE(c.rows[0].generation, QStringLiteral("SYS-X"));
        const GenerationFigures *g = row(c, generation);
        QVERIFY(g);
        QCOMPARE(g->systems, systems);
        QCOMPARE(g->gpus, systems * 8);
        QVERIFY(near(g->pflops, pflops));
        QVERIFY(near(g->power.value(), kw));
        QVERIFY(near(g->pflopsPerMw, pflops / (kw / 1000.0)));
        QVERIFY(near(g->capital.value(), capital));
        // First year of a 6-year straight line; both cost 2,083.33 per PFLOP-year.
        QVERIFY(near(g->depreciationPerYear.value(), capital / 6.0, 1e-3));
        QVERIFY(near(g->costPerPflopYear, capital / 6.0 / pflops, 1e-3));
        QCOMPARE(g->binding, binding);
    }

    // The progress callback is told after each model's solve: 1 of 2, then 2 of 2.
    void progressPerModel()
    {
        const Project p = test::loadFixture(QStringLiteral("timeline/compare.warmshell.json"));
        ComparisonOptions o;
        o.generations = { QStringLiteral("SYS-X"), QStringLiteral("SYS-Y") };
        std::vector<std::pair<int, int>> told;
        o.progress = [&](int done, int total) { told.emplace_back(done, total); };
        QCOMPARE(compareGenerations(p, Catalog::builtIn(), o).rows.size(), size_t(2));
        QCOMPARE(told, (std::vector<std::pair<int, int>>{ { 1, 2 }, { 2, 2 } }));
    }

    // A 1 MW facility budget at the meter (catalog typical figures): racks behind a 96 % UPS,
    // air heat costing 0.06 (CRAH fans) + 1/4 (chiller COP 4) = 0.31 kW per kW, liquid heat
    // 0.01 (CDU pumps) + 0.025 (dry coolers) = 0.035 kW per kW, both fed from the utility. Per
    // kW of IT with liquid share f the meter sees 1/0.96 + 0.31 (1 − f) + 0.035 f:
    //   air (A100, B200): 1.041667 + 0.31 = 1.351667;
    //   GB200 (f = 0.85): 1.041667 + 0.0465 + 0.02975 = 1.117917.
    // Power binds, so systems = floor(1000 / (system kW × factor)): A100 6.5 × 1.351667 =
    // 8.785833 → 113; B200 14.3 × 1.351667 = 19.328833 → 51; GB200 135 × 1.117917 =
    // 150.91875 → 6. PFLOPS per facility MW = system PFLOPS / facility kW × 1000: GB200
    // 180 / 150.91875 × 1000 = 1,192.69; B200 18 / 19.328833 × 1000 = 931.25; A100 2.496 /
    // 8.785833 × 1000 = 284.09. GB200 ranks first, as it does per IT MW (1,333 vs 1,259), but
    // by more: its PUE is 1.118 against 1.352.
    void budgetRanksByPflopsPerFacilityMw()
    {
        Project none;
        ComparisonOptions o;
        o.budgetMw = 1.0;
        o.date = QDate(2026, 1, 1);
        o.generations = { QStringLiteral("A100"), QStringLiteral("B200"), QStringLiteral("GB200") };
        const Comparison c = compareGenerations(none, Catalog::builtIn(), o);
        QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.join(QLatin1Char('\n'))));
        QCOMPARE(c.rows.size(), size_t(3));
        QCOMPARE(c.pueBasis, QStringLiteral("computed"));
        const double air = 1 / 0.96 + 0.06 + 0.25, gb200 = 1 / 0.96 + 0.15 * 0.31 + 0.85 * 0.035;
        QCOMPARE(c.rows[0].generation, QStringLiteral("GB200"));
        QCOMPARE(c.rows[1].generation, QStringLiteral("B200"));
        QCOMPARE(c.rows[2].generation, QStringLiteral("A100"));
        QCOMPARE(c.rows[0].systems, 6);
        QCOMPARE(c.rows[1].systems, 51);
        QCOMPARE(c.rows[2].systems, 113);
        QVERIFY(near(c.rows[0].pue, gb200, 1e-9));
        QVERIFY(near(c.rows[1].pue, air, 1e-9));
        QVERIFY(near(c.rows[2].pue, air, 1e-9));
        QVERIFY(near(c.rows[0].facilityPower.value(), 6 * 135 * gb200, 1e-6));
        QVERIFY(near(c.rows[0].pflopsPerFacilityMw, 180.0 / (135 * gb200) * 1000, 1e-6));
        QVERIFY(near(c.rows[1].pflopsPerFacilityMw, 18.0 / (14.3 * air) * 1000, 1e-6));
        QVERIFY(near(c.rows[2].pflopsPerFacilityMw, 2.496 / (6.5 * air) * 1000, 1e-6));
        QVERIFY(near(c.rows[1].pflopsPerFacilityMw, 931.25, 0.01));
        // Per IT MW as before: 8 × TFLOPS / system kW.
        QVERIFY(near(c.rows[1].pflopsPerMw, 8 * 2250.0 / 14.3, 1e-6));
        QVERIFY(near(c.rows[2].pflopsPerMw, 8 * 312.0 / 6.5, 1e-6));
        // B200 and A100 fill the meter to 98.6 % and 99.3 %; GB200 stops at 905.5 kW of 1,000
        // (a seventh rack would need 1,056.4), so no limit is at capacity.
        QCOMPARE(c.rows[1].binding, QStringLiteral("power"));
        QCOMPARE(c.rows[2].binding, QStringLiteral("power"));
        for (const GenerationFigures &g : c.rows) {
            QVERIFY(!g.pueAssumed);
            QVERIFY(g.facilityPower.value() <= 1000 + 1e-6);
        }
        QVERIFY(!c.rows[0].powerSource.source.isEmpty());
        QVERIFY(!c.rows[0].perfSource.source.isEmpty());
        QVERIFY(c.assumptions.join(QLatin1Char('\n')).contains(QStringLiteral("96 % efficiency")));
        QVERIFY(c.assumptions.join(QLatin1Char('\n')).contains(QStringLiteral("air heat costs 0.31 kW per kW")));
    }

    // The comparison site states no facility figures: PUE is assumed at the catalog's
    // industry average, 1.56 (Uptime Institute 2024), for every generation. X: 80 kW IT →
    // 124.8 kW, 64 / 0.1248 = 512.82 PFLOPS per facility MW; Y: 90 → 140.4, 48 / 0.1404 = 341.88.
    void siteWithoutFacilityFiguresAssumesTheIndustryPue()
    {
        const Project p = test::loadFixture(QStringLiteral("timeline/compare.warmshell.json"));
        ComparisonOptions o;
        o.generations = { QStringLiteral("SYS-X"), QStringLiteral("SYS-Y") };
        const Comparison c = compareGenerations(p, Catalog::builtIn(), o);
        QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.join(QLatin1Char('\n'))));
        QCOMPARE(c.pueBasis, QStringLiteral("assumed"));
        QCOMPARE(c.assumedPue, 1.56);
        QVERIFY(c.pueSource.source.contains(QStringLiteral("Uptime Institute")));
        QCOMPARE(c.rows[0].generation, QStringLiteral("SYS-X"));
        QVERIFY(c.rows[0].pueAssumed);
        QVERIFY(near(c.rows[0].facilityPower.value(), 124.8));
        QVERIFY(near(c.rows[0].pflopsPerFacilityMw, 64 / 0.1248));
        QVERIFY(near(c.rows[1].facilityPower.value(), 140.4));
        QVERIFY(near(c.rows[1].pflopsPerFacilityMw, 48 / 0.1404));
        QVERIFY(near(c.rows[1].pue, 1.56));
    }

    // The same site with its CRAH fed from the 100 kW feed at 0.2 kW per kW of heat: facility
    // power is computed from each plan. X: space still binds at 8 systems, 80 kW + 16 kW = 96 kW
    // at the meter, PUE 1.2, 64 / 0.096 = 666.67 PFLOPS per facility MW. Y: 36 kW per system at
    // the meter, floor(100 / 36) = 2 systems (3 would need 108), 72 kW, 32 / 0.072 = 444.44.
    void siteWithFacilityFiguresComputesPuePerGeneration()
    {
        Project p = test::loadFixture(QStringLiteral("timeline/compare.warmshell.json"));
        p.site.coolingUnits.front().feed = PowerNodeId(QStringLiteral("util-1"));
        p.site.coolingUnits.front().drawKwPerKw = 0.2;
        QVERIFY(hasFacilityFigures(p.site));
        ComparisonOptions o;
        o.generations = { QStringLiteral("SYS-X"), QStringLiteral("SYS-Y") };
        const Comparison c = compareGenerations(p, Catalog::builtIn(), o);
        QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.join(QLatin1Char('\n'))));
        QCOMPARE(c.pueBasis, QStringLiteral("computed"));
        QCOMPARE(c.rows[0].generation, QStringLiteral("SYS-X"));
        QCOMPARE(c.rows[0].systems, 8);
        QVERIFY(near(c.rows[0].facilityPower.value(), 96));
        QVERIFY(near(c.rows[0].pue, 1.2));
        QVERIFY(near(c.rows[0].pflopsPerFacilityMw, 64 / 0.096));
        QCOMPARE(c.rows[1].systems, 2);
        QVERIFY(near(c.rows[1].facilityPower.value(), 72));
        QVERIFY(near(c.rows[1].pflopsPerFacilityMw, 32 / 0.072));
        QVERIFY(!c.rows[1].pueAssumed);
    }

    void unknownGenerationIsNamed()
    {
        ComparisonOptions o;
        o.budgetMw = 1.0;
        o.generations = { QStringLiteral("Z9000") };
        const Comparison c = compareGenerations(Project{}, Catalog::builtIn(), o);
        QVERIFY(c.rows.empty());
        QVERIFY(c.problems.join(QLatin1Char('\n')).contains(QStringLiteral("\"Z9000\"")));
    }

    // Campus on 2026-01-01: the A100 lots are 120 + 96 systems. Book value written off:
    // lot 2021 (199,000, 6-year straight line from 2021-06-15): 54 + 17/31 months elapsed;
    // lot 2022 (189,000, 40 % declining balance from 2022-03-01): 46 months = 46/12 years.
    void swapA100ForB200()
    {
        const Project p = test::loadFixture(QStringLiteral("../../resources/examples/campus.warmshell.json"));
        ComparisonOptions o;
        o.solve.timeLimitSeconds = 20;
        const SwapResult s = swapGenerations(p, Catalog::builtIn(), QStringLiteral("A100"), QStringLiteral("B200"), o);
        QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.join(QLatin1Char('\n'))));
        QCOMPARE(s.retiredSystems, 216);
        QCOMPARE(s.retiredGpus, 1728);
        const double months2021 = 54.0 + 17.0 / 31.0;
        const double expectedBook
            = 120 * 199000.0 * (1.0 - months2021 / 72.0) + 96 * 189000.0 * std::pow(0.6, 46.0 / 12.0);
        QVERIFY2(near(s.bookValueWrittenOff.value(), expectedBook, 0.01),
            qPrintable(QString::number(s.bookValueWrittenOff.value(), 'f', 2)));
        // The freed power is whole A100 systems' worth; the B200 count is what it powers.
        const double a100s = s.freedPower.value() / 6.5;
        QVERIFY(near(a100s, std::round(a100s), 1e-6) && a100s <= 216);
        QCOMPARE(s.addedSystems, int(std::floor(s.freedPower.value() / 14.3)));
        QCOMPARE(s.addedGpus, 8 * s.addedSystems);
        QVERIFY(s.addedEnergizedSystems <= s.addedSystems);
        QVERIFY(near(s.netPflops(), s.pflopsAfter - s.pflopsBefore));
    }
};

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
