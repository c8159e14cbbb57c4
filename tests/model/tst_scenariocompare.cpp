// SPDX-License-Identifier: GPL-3.0-or-later
// The side-by-side view of scenarios (issue 19 §1): choosing 2–6 scenarios, the per-variant,
// per-period, per-generation figures, and their CSV, on a two-quarter site counted by hand.
#include "analysis/scenariosidebyside.h"
#include "catalog.h"
#include "export/csv.h"
#include "export/scenarioexport.h"
#include "testsupport.h"

#include <QTest>

using namespace warmshell;

namespace {

// tests/data/timeline/scenario-compare.warmshell.json, counted by hand. Racks of 30 kW hold 3
// sys-a systems of 10 kW (8 GPUs); rack-1 and rack-2 hang on util-1 (30 kW, 60 kW from
// 2026-04-01), rack-3 on util-2 (commissioned 2026-07-01, after the horizon). lot-a: 12 sys-a
// at 72,000 over 6 years straight line = 3,000 per system per quarter; lot-b: 2 sys-b (SYS-B,
// liquid-cooled, no liquid rack: never energized) at 36,000 = 1,500 per system per quarter,
// 3,000 per quarter for the lot, 16 idle GPUs. Quarters 2026-01-01 and 2026-04-01.
// The site has no facility figures, so facility power = IT power.
Project site()
{
    return test::loadFixture(QStringLiteral("timeline/scenario-compare.warmshell.json"));
}

// "a,b" → {"a", "b"}; "" → {}.
QStringList names(const char *commaSeparated)
{
    return QString::fromLatin1(commaSeparated).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

TimelineOptions exact()
{
    TimelineOptions o;
    o.solve.timeLimitSeconds = 20;
    return o;
}

// The expected SYS-A figures of one period: `on` systems energized out of 12.
struct Expected
{
    int sysAOn; // systems
    double mw; // util-1's kW / 1000, both used and available
};

void checkPeriod(const SideBySidePeriod &p, const Expected &e)
{
    QCOMPARE(p.generations.size(), size_t(2));
    const SideBySideGeneration &a = p.generations[0];
    const SideBySideGeneration &b = p.generations[1];
    QCOMPARE(a.generation, QStringLiteral("SYS-A"));
    QCOMPARE(a.energizedGpus, e.sysAOn * 8);
    QCOMPARE(a.idleGpus, (12 - e.sysAOn) * 8);
    QCOMPARE(a.idleDepreciation.value(), (12 - e.sysAOn) * 3000.0);
    QCOMPARE(b.generation, QStringLiteral("SYS-B"));
    QCOMPARE(b.energizedGpus, 0);
    QCOMPARE(b.idleGpus, 16);
    QCOMPARE(b.idleDepreciation.value(), 3000.0);
    QCOMPARE(p.energizedGpus, e.sysAOn * 8);
    QCOMPARE(p.idleGpus, (12 - e.sysAOn) * 8 + 16);
    QCOMPARE(p.idleDepreciation.value(), (12 - e.sysAOn) * 3000.0 + 3000.0);
    QCOMPARE(p.facilityMwUsed, e.mw);
    QCOMPARE(p.utilityMwAvailable, e.mw);
}

} // namespace

class TestScenarioCompare : public QObject
{
    Q_OBJECT

private slots:
    void choosingScenarios_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::newRow("two") << names("uprate,late-grid") << QString();
        QTest::newRow("three") << names("outage,uprate,late-grid") << QString();
        QTest::newRow("one") << names("uprate") << QStringLiteral("choose 2 to 6 scenarios");
        QTest::newRow("none") << QStringList() << QStringLiteral("choose 2 to 6 scenarios");
        QTest::newRow("seven") << names("a,b,c,d,e,f,g")
                               << QStringLiteral(
                                      "choose 2 to 6 scenarios to compare side by side (with the base); 7 given");
        QTest::newRow("unknown") << names("uprate,nope") << QStringLiteral("no scenario named \"nope\"");
        QTest::newRow("twice") << names("uprate,uprate") << QStringLiteral("\"uprate\" is named twice");
    }

    void choosingScenarios()
    {
        QFETCH(QStringList, names);
        QFETCH(QString, error);
        QString message;
        const std::vector<int> indices = selectScenarios(site(), names, message);
        if (error.isEmpty()) {
            QVERIFY2(message.isEmpty(), qPrintable(message));
            QCOMPARE(indices.size(), size_t(names.size()));
        } else {
            QVERIFY(indices.empty());
            QVERIFY2(message.contains(error), qPrintable(message));
        }
    }

    // base: Q1 util-1 30 kW → 3 systems, Q2 60 kW → 6. uprate (util-1 rated 60 from
    // 2026-01-01, the 04-01 change dropped): 6 and 6. late-grid (the change six months late):
    // 3 and 3. Only the chosen two are run, base first, then in the order asked.
    void sideBySideIsAsCountedByHand()
    {
        const Project p = site();
        QString error;
        const std::vector<int> chosen = selectScenarios(p, names("uprate,late-grid"), error);
        const ScenarioSideBySide v = sideBySide(compareScenarios(p, Catalog::builtIn(), exact(), chosen));
        QCOMPARE(v.generations, names("SYS-A,SYS-B"));
        QCOMPARE(v.variants.size(), size_t(3));
        QCOMPARE(v.variants[0].name, QStringLiteral("base"));
        QCOMPARE(v.variants[1].name, QStringLiteral("uprate"));
        QCOMPARE(v.variants[2].name, QStringLiteral("late-grid"));
        const std::vector<std::vector<Expected>> expected{ { { 3, 0.03 }, { 6, 0.06 } }, { { 6, 0.06 }, { 6, 0.06 } },
            { { 3, 0.03 }, { 3, 0.03 } } };
        for (size_t i = 0; i < 3; ++i) {
            QVERIFY2(v.variants[i].problems.isEmpty(), qPrintable(v.variants[i].problems.join(QLatin1Char('\n'))));
            QCOMPARE(v.variants[i].periods.size(), size_t(2));
            QCOMPARE(v.variants[i].periods[1].start, QDate(2026, 4, 1));
            for (size_t k = 0; k < 2; ++k)
                checkPeriod(v.variants[i].periods[k], expected[i][k]);
        }
        // Totals: base 27,000 + 3,000 + 18,000 + 3,000; uprate 2 × 21,000; late-grid 2 × 30,000.
        QCOMPARE(v.variants[0].totalIdleDepreciation.value(), 51000.0);
        QCOMPARE(v.variants[1].totalIdleDepreciation.value(), 42000.0);
        QCOMPARE(v.variants[2].totalIdleDepreciation.value(), 60000.0);
    }

    // One row per variant × period × generation: 3 × 2 × 2 = 12 and a header; the uprate's
    // first SYS-A row written out by hand.
    void csvHasOneRowPerVariantPeriodGeneration()
    {
        const Project p = site();
        QString error;
        const std::vector<int> chosen = selectScenarios(p, names("uprate,late-grid"), error);
        const QString csv
            = tableToCsv(scenarioSideBySideTable(sideBySide(compareScenarios(p, Catalog::builtIn(), exact(), chosen))));
        const CsvParseResult parsed = parseCsv(csv);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.records.size(), size_t(13));
        QCOMPARE(parsed.records[0],
            names("variant,period_start,period_end,generation,energized_gpus,idle_gpus,idle_depreciation_usd,"
                  "period_energized_gpus,period_idle_gpus,period_idle_depreciation_usd,facility_mw_used,"
                  "utility_mw_available"));
        QCOMPARE(
            parsed.records[5], names("uprate,2026-01-01,2026-04-01,SYS-A,48,48,18000.00,48,64,21000.00,0.0600,0.0600"));
        QCOMPARE(parsed.records[12],
            names("late-grid,2026-04-01,2026-07-01,SYS-B,0,16,3000.00,24,88,30000.00,0.0300,0.0300"));
    }
};

QTEST_GUILESS_MAIN(TestScenarioCompare)
#include "tst_scenariocompare.moc"
