// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli scenarios --only and --format csv (issue 19 §1) on the two-quarter site of
// tests/data/timeline/scenario-compare.warmshell.json, counted by hand.
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

using Run = warmshell::test::CliRun;

const QString kSite = QStringLiteral(WARMSHELL_TEST_DATA "/timeline/scenario-compare.warmshell.json");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

Run cli(const QStringList &args)
{
    return warmshell::test::runCli(args, 120000);
}

} // namespace

class TestScenariosCli : public QObject
{
    Q_OBJECT

private slots:
    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected"); // in stderr, exit code 2
        QTest::newRow("one") << QStringList{ s("scenarios"), kSite, s("--only"), s("uprate") }
                             << s("--only: choose 2 to 6 scenarios to compare side by side (with the base); 1 given");
        QTest::newRow("seven") << QStringList{ s("scenarios"), kSite, s("--only"), s("a,b,c,d,e,f,g") } << s("7 given");
        QTest::newRow("unknown") << QStringList{ s("scenarios"), kSite, s("--only"), s("uprate,nope") }
                                 << s("--only: the project has no scenario named \"nope\"");
        QTest::newRow("format") << QStringList{ s("scenarios"), kSite, s("--format"), s("xml") } << s("csv");
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // Hand count (tst_scenariocompare): racks of 3 sys-a (8 GPUs, 10 kW) on util-1; 12 sys-a at
    // 3,000 per system-quarter idle, 2 sys-b (never energizable) at 1,500. base: 3 then 6
    // systems on; late-grid (util-1's uprate 6 months late): 3 and 3; uprate (60 kW from the
    // start): 6 and 6. Facility = IT power on this site: 30 kW = 0.0300 MW per 3 systems.
    void csvOfTwoChosenScenarios()
    {
        const Run r = cli({ s("scenarios"), kSite, s("--only"), s("late-grid, uprate"), s("--format"), s("csv") });
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(s("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 3 * 2 * 2);
        QCOMPARE(lines[0],
            s("variant,period_start,period_end,generation,energized_gpus,idle_gpus,idle_depreciation_usd,"
              "period_energized_gpus,period_idle_gpus,period_idle_depreciation_usd,facility_mw_used,"
              "utility_mw_available"));
        // base Q2: 6 × 8 on, 6 × 8 idle at 6 × 3,000; period idle 48 + 16, 18,000 + 3,000.
        QCOMPARE(lines[3], s("base,2026-04-01,2026-07-01,SYS-A,48,48,18000.00,48,64,21000.00,0.0600,0.0600"));
        // late-grid Q2: 3 × 8 on, 9 × 8 idle at 27,000; period 72 + 16 idle, 30,000.
        QCOMPARE(lines[7], s("late-grid,2026-04-01,2026-07-01,SYS-A,24,72,27000.00,24,88,30000.00,0.0300,0.0300"));
        QCOMPARE(lines[8], s("late-grid,2026-04-01,2026-07-01,SYS-B,0,16,3000.00,24,88,30000.00,0.0300,0.0300"));
        // uprate Q1: 6 systems on from the start.
        QCOMPARE(lines[9], s("uprate,2026-01-01,2026-04-01,SYS-A,48,48,18000.00,48,64,21000.00,0.0600,0.0600"));
        QVERIFY(!r.out.contains(s("outage")));
    }

    // The JSON keeps the comparison and adds the same rows under "sideBySide"; the table
    // format ends with them per period and generation.
    void jsonAndTable()
    {
        const Run j = cli({ s("scenarios"), kSite, s("--only"), s("uprate,outage"), s("--format"), s("json") });
        QCOMPARE(j.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
        QCOMPARE(o.value(s("results")).toArray().size(), 3);
        const QJsonArray rows = o.value(s("sideBySide")).toObject().value(s("rows")).toArray();
        QCOMPARE(rows.size(), 12);
        // outage (util-1 out from 2026-04-01 to 2026-07-01), Q2 SYS-A: nothing on, 12 × 3,000.
        const QJsonObject outageQ2 = rows[10].toObject();
        QCOMPARE(outageQ2.value(s("variant")).toString(), s("outage"));
        QCOMPARE(outageQ2.value(s("period_start")).toString(), s("2026-04-01"));
        QCOMPARE(outageQ2.value(s("energized_gpus")).toInt(), 0);
        QCOMPARE(outageQ2.value(s("idle_gpus")).toInt(), 96);
        QCOMPARE(outageQ2.value(s("idle_depreciation_usd")).toDouble(), 36000.0);
        QCOMPARE(outageQ2.value(s("utility_mw_available")).toDouble(), 0.0);
        const Run t = cli({ s("scenarios"), kSite, s("--only"), s("uprate,late-grid") });
        QCOMPARE(t.exitCode, 0);
        QVERIFY2(t.out.contains(s("Per period and generation")), qPrintable(t.out));
        QVERIFY(t.out.contains(s("late-grid             2026-04-01  SYS-A                24      72         27000")));
    }

    // change-cooling-capacity (format 9) on tests/data/timeline/scenario-cooling.warmshell.json,
    // counted by hand (tst_scenario's changeCoolingCapacityBindsAsCountedByHand): crah-1, which
    // cools rack-1 and rack-2, removes 40 kW instead of 1,000. 12 sys-a of 10 kW and 8 GPUs at
    // 1,000 per system-month. Base: 3, 6, 9, 9 systems on; smaller-crah: 3, 4 (40 kW of heat
    // under crah-1 while util-1 has 60), 7, 7; same-crah (1,000 kW as written) the base.
    void coolingCapacityScenario()
    {
        const QString site = QStringLiteral(WARMSHELL_TEST_DATA "/timeline/scenario-cooling.warmshell.json");
        const Run r = cli({ s("scenarios"), site, s("--format"), s("csv") });
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(s("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 3 * 4);
        QCOMPARE(lines[2], s("base,2026-04-01,2026-07-01,SYS-A,48,48,18000.00,48,48,18000.00,0.0600,0.0600"));
        QCOMPARE(lines[5], s("smaller-crah,2026-01-01,2026-04-01,SYS-A,24,72,27000.00,24,72,27000.00,0.0300,0.0300"));
        // Q2: 4 on (32 GPUs), 8 idle × 3,000; 40 kW used of util-1's 60.
        QCOMPARE(lines[6], s("smaller-crah,2026-04-01,2026-07-01,SYS-A,32,64,24000.00,32,64,24000.00,0.0400,0.0600"));
        // Q3: 4 + rack-3's 3 = 7 on (56 GPUs), 5 idle × 3,000; util-2 live: 90 kW available.
        QCOMPARE(lines[7], s("smaller-crah,2026-07-01,2026-10-01,SYS-A,56,40,15000.00,56,40,15000.00,0.0700,0.0900"));
        for (int k = 1; k <= 4; ++k)
            QCOMPARE(lines[8 + k].section(QLatin1Char(','), 1), lines[k].section(QLatin1Char(','), 1));
        const Run t = cli({ s("scenarios"), site });
        QCOMPARE(t.exitCode, 0);
        // Idle depreciation over the horizon: (9 + 8 + 5 + 5) × 3,000 = 81,000 against the base's
        // (9 + 6 + 3 + 3) × 3,000 = 63,000.
        QVERIFY2(t.out.contains(s("smaller-crah: +18000 USD idle depreciation over the horizon")), qPrintable(t.out));
        QVERIFY(t.out.contains(s("81000*")));
    }

    // An unknown cooling unit is refused at load, with the override's path; nothing is solved.
    void coolingCapacityUnknownUnitIsRefused()
    {
        const Run r = cli({ s("scenarios"),
            QStringLiteral(WARMSHELL_TEST_DATA "/bad/scenario-change-cooling-capacity-unknown-unit.json") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(s("$.scenarios[0].overrides[0].unit"))
                && r.err.contains(s("names cooling unit \"crah-9\", which does not exist")),
            qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScenariosCli)
#include "tst_scenarioscli.moc"
