// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli timeline, compare and scenarios, run as a user would on the campus example.
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {
using Run = warmshell::test::CliRun;

Run cli(const QStringList &args)
{
    return warmshell::test::runCli(args, 120000);
}

QJsonObject json(const Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

const QString kCampus = QStringLiteral(WARMSHELL_SOURCE_DIR "/resources/examples/campus.warmshell.json");

// The per-generation entry of a timeline period.
QJsonObject generation(const QJsonObject &period, const QString &name)
{
    for (const auto &g : period.value(QStringLiteral("generations")).toArray())
        if (g.toObject().value(QStringLiteral("generation")).toString() == name)
            return g.toObject();
    return {};
}
} // namespace

class TestMoneyCli : public QObject
{
    Q_OBJECT

private slots:
    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected"); // in stdout for 0, in stderr for 2
        auto s = [](const char *a) { return QString::fromLatin1(a); };
        QTest::newRow("timeline --help") << QStringList{ s("timeline"), s("--help") } << 0 << s("--allow-moves");
        QTest::newRow("compare --help") << QStringList{ s("compare"), s("--help") } << 0 << s("--budget-mw X");
        QTest::newRow("scenarios --help") << QStringList{ s("scenarios"), s("--help") } << 0 << s("side by side");
        QTest::newRow("main help lists timeline") << QStringList{ s("--help") } << 0 << s("timeline FILE");
        QTest::newRow("bad period") << QStringList{ s("timeline"), kCampus, s("--period"), s("year") } << 2
                                    << s("--period must be quarter or month, got 'year'");
        QTest::newRow("timeline date") << QStringList{ s("timeline"), kCampus, s("--date"), s("2027-01-01") } << 2
                                       << s("--date does not apply");
        QTest::newRow("bad budget") << QStringList{ s("compare"), kCampus, s("--budget-mw"), s("-3") } << 2
                                    << s("--budget-mw must be a number of MW above 0");
        QTest::newRow("bad swap") << QStringList{ s("compare"), kCampus, s("--swap"), s("A100") } << 2
                                  << s("--swap must be FROM:TO");
        QTest::newRow("compare objective")
            << QStringList{ s("compare"), kCampus, s("--objective"), s("gpus") } << 2 << s("compare maximises compute");
        QTest::newRow("scenarios only one") << QStringList{ s("scenarios"), kCampus, s("--only"),
            s("4-year depreciation") } << 2 << s("--only: choose 2 to 6 scenarios");
    }
    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2((exitCode == 0 ? r.out : r.err).contains(expected), qPrintable(r.out + r.err));
    }

    // Campus: the liquid hall's substation comes online 2027-01-01, so both GB200 lots
    // (16 + 24 NVL72 racks of 72 GPUs) are idle until then: 1,152 GPUs in 2026 Q1, 2,880 in Q4
    // (the second lot is delivered 2026-09-01). The first GB200 lot (16 × 3,000,000, 6-year
    // straight line from 2025-10-01) alone accrues 48,000,000 × 3 / 72 = 2,000,000 idle in Q1.
    void timelineOnCampus()
    {
        const Run r = cli({ QStringLiteral("timeline"), kCampus, QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject t = json(r);
        const QJsonArray periods = t.value(QStringLiteral("periods")).toArray();
        QCOMPARE(periods.size(), 12);
        QCOMPARE(periods[0].toObject().value(QStringLiteral("start")).toString(), QStringLiteral("2026-01-01"));
        QCOMPARE(periods[4].toObject().value(QStringLiteral("start")).toString(), QStringLiteral("2027-01-01"));
        for (int k = 0; k < 4; ++k) {
            const QJsonObject gb = generation(periods[k].toObject(), QStringLiteral("GB200"));
            QCOMPARE(gb.value(QStringLiteral("energizedGpus")).toInt(), 0);
            QCOMPARE(gb.value(QStringLiteral("idleGpus")).toInt(), k < 3 ? 1152 : 2880);
        }
        QVERIFY(
            generation(periods[4].toObject(), QStringLiteral("GB200")).value(QStringLiteral("energizedGpus")).toInt()
            > 0);
        // The second substation adds 7,000 kW of utility feed.
        QCOMPARE(periods[0].toObject().value(QStringLiteral("powerAvailableKw")).toDouble(), 6000.0);
        QCOMPARE(periods[4].toObject().value(QStringLiteral("powerAvailableKw")).toDouble(), 13000.0);
        double cumulative = 0;
        for (const auto &p : periods) {
            const QJsonObject o = p.toObject();
            cumulative += o.value(QStringLiteral("idleDepreciation")).toDouble();
            QVERIFY(std::abs(o.value(QStringLiteral("cumulativeIdleDepreciation")).toDouble() - cumulative) < 1e-3);
        }
        // Hot days: hall 1's chiller draws 1/3.2 kW per kW of heat × the month's factor (the
        // quarter's worst month: Q1 0.65 in March, Q2 0.95 in June, Q3 1.0 in July, Q4 0.9 in
        // September; resources/examples/generate_examples.py). Substation 1 ends each period
        // nearly full (within one 8.3 kW system), so when the factor rises the carried placement
        // no longer fits: Q2 adds ≈ 3,400 kW of heat × 0.3125 × 0.30 ≈ 320 kW, Q3 ≈ 3,150 ×
        // 0.3125 × 0.05 ≈ 49 kW, and systems must move (or go dark). When it falls (Q4, Q1) the
        // placement stays: nothing moves then.
        for (qsizetype k = 0; k < periods.size(); ++k) {
            const int quarter = int(k % 4) + 1;
            const int moved = periods[k].toObject().value(QStringLiteral("systemsMoved")).toInt();
            if (quarter == 2 || quarter == 3)
                QVERIFY2(moved > 0, qPrintable(QStringLiteral("period %1").arg(k)));
            else
                QCOMPARE(moved, 0);
        }
        QVERIFY(std::abs(t.value(QStringLiteral("totalIdleDepreciation")).toDouble() - cumulative) < 1e-3);
        for (const auto &l : t.value(QStringLiteral("lots")).toArray()) {
            const QJsonObject lot = l.toObject();
            if (lot.value(QStringLiteral("lot")).toString() == QLatin1String("lot-gb200-2025"))
                QVERIFY(
                    std::abs(lot.value(QStringLiteral("idleDepreciationPerPeriod")).toArray()[0].toDouble() - 2000000.0)
                    < 1e-3);
            if (lot.value(QStringLiteral("lot")).toString() == QLatin1String("lot-h100-2024"))
                QCOMPARE(lot.value(QStringLiteral("fullyEnergized")).toString(), QStringLiteral("2026-01-01"));
        }
        // The table says the same in words.
        const Run table = cli({ QStringLiteral("timeline"), kCampus });
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(QStringLiteral("GB200 1152")));
        QVERIFY(table.out.contains(QStringLiteral("Idle depreciation over the horizon")));
    }

    // Months: the 12-quarter horizon becomes 36 months; CSV has a total row per period.
    void timelineByMonthAsCsv()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("t.csv"));
        const Run r = cli({ QStringLiteral("timeline"), kCampus, QStringLiteral("--period"), QStringLiteral("month"),
            QStringLiteral("--heuristic"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
            out });
        QCOMPARE(r.exitCode, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines[0].startsWith(QStringLiteral("period_start,period_end,status,generation")));
        QCOMPARE(lines.filter(QStringLiteral(",total,")).size(), 36);
        QVERIFY(lines.last().startsWith(QStringLiteral("2028-12-01,2029-01-01,")));
    }

    // 100 MW at the meter: rows ranked by PFLOPS per facility MW, each with its catalog
    // sources; A100's figure per IT MW is 8 × 312 TFLOPS / 6.5 kW = 384 PFLOPS per MW, and an
    // air system's PUE on the budget site is 1/0.96 (UPS) + 0.06 (CRAH fans) + 0.25 (chiller
    // COP 4) = 1.351667, so per facility MW 384 / 1.351667 = 284.09.
    void compareBudget()
    {
        const Run r = cli({ QStringLiteral("compare"), kCampus, QStringLiteral("--budget-mw"), QStringLiteral("100"),
            QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject c = json(r);
        QCOMPARE(c.value(QStringLiteral("basis")).toString(), QStringLiteral("100 MW facility budget"));
        QCOMPARE(c.value(QStringLiteral("pueBasis")).toString(), QStringLiteral("computed"));
        const QJsonArray rows = c.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 10);
        double previous = 1e300;
        bool sawA100 = false;
        for (const auto &v : rows) {
            const QJsonObject row = v.toObject();
            const double perMw = row.value(QStringLiteral("pflopsPerMw")).toDouble();
            const double perFacilityMw = row.value(QStringLiteral("pflopsPerFacilityMw")).toDouble();
            QVERIFY(perFacilityMw <= previous);
            previous = perFacilityMw;
            QVERIFY(row.value(QStringLiteral("facilityPowerKw")).toDouble() <= 100000.0 + 1e-6);
            QVERIFY(row.value(QStringLiteral("powerKw")).toDouble()
                < row.value(QStringLiteral("facilityPowerKw")).toDouble());
            QCOMPARE(row.value(QStringLiteral("binding")).toString(), QStringLiteral("power"));
            QVERIFY(!row.value(QStringLiteral("sources"))
                         .toObject()
                         .value(QStringLiteral("powerKw"))
                         .toObject()
                         .value(QStringLiteral("source"))
                         .toString()
                         .isEmpty());
            if (row.value(QStringLiteral("generation")).toString() == QLatin1String("A100")) {
                sawA100 = true;
                QVERIFY(std::abs(perMw - 384.0) < 1e-6);
                QVERIFY(std::abs(row.value(QStringLiteral("pue")).toDouble() - (1 / 0.96 + 0.31)) < 1e-9);
                QVERIFY(std::abs(perFacilityMw - 384.0 / (1 / 0.96 + 0.31)) < 1e-6);
            }
        }
        QVERIFY(sawA100);
        const Run table = cli({ QStringLiteral("compare"), kCampus, QStringLiteral("--budget-mw"),
            QStringLiteral("100"), QStringLiteral("--generations"), QStringLiteral("B200") });
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(QStringLiteral("docs.nvidia.com/dgx/dgxb200-user-guide")));
    }

    void compareWithSwap()
    {
        const Run r = cli({ QStringLiteral("compare"), kCampus, QStringLiteral("--generations"), QStringLiteral("B200"),
            QStringLiteral("--swap"), QStringLiteral("A100:B200"), QStringLiteral("--format"),
            QStringLiteral("json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject swap = json(r).value(QStringLiteral("swap")).toObject();
        QCOMPARE(swap.value(QStringLiteral("retiredSystems")).toInt(), 216);
        QCOMPARE(swap.value(QStringLiteral("netPflops")).toDouble(),
            swap.value(QStringLiteral("pflopsAfter")).toDouble()
                - swap.value(QStringLiteral("pflopsBefore")).toDouble());
    }

    // The campus stores three scenarios; a 4-year life only raises idle depreciation.
    void scenariosOnCampus()
    {
        const Run r = cli({ QStringLiteral("scenarios"), kCampus, QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject c = json(r);
        const QJsonArray results = c.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 4);
        QCOMPARE(results[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("base"));
        QCOMPARE(results[3].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("4-year depreciation"));
        QVERIFY(results[3].toObject().value(QStringLiteral("totalIdleDepreciation")).toDouble()
            > results[0].toObject().value(QStringLiteral("totalIdleDepreciation")).toDouble());
        // The delayed GB200 lot is delivered 2026-09-01 + 6 months.
        for (const auto &l :
            results[2].toObject().value(QStringLiteral("timeline")).toObject().value(QStringLiteral("lots")).toArray())
            if (l.toObject().value(QStringLiteral("lot")).toString() == QLatin1String("lot-gb200-2026"))
                QCOMPARE(l.toObject().value(QStringLiteral("delivered")).toString(), QStringLiteral("2027-03-01"));
        QVERIFY(!c.value(QStringLiteral("differences")).toArray().isEmpty());
        const Run table = cli({ QStringLiteral("scenarios"), kCampus, QStringLiteral("--heuristic") });
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(QStringLiteral("Differences from the base")));
    }
};

QTEST_GUILESS_MAIN(TestMoneyCli)
#include "tst_moneycli.moc"
