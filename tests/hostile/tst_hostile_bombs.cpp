// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 item 8, small files with huge costs: racks of slightly different power limits filled
// with many tiny 1 U models (the pattern bomb: millions of rack patterns), thousands of scenarios
// over a 400-month horizon, and a site whose model cannot fit at all. Every command ends in
// bounded time and memory with a plan, or refuses with the reason.
#include "hostilecli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace warmshell::hostile;

namespace {

constexpr double kMemoryCapMiB = 1024; // × hostileSlack()

QJsonObject node(const char *id, const char *kind, const QJsonArray &inputs)
{
    return { { "id", id }, { "name", id }, { "kind", kind },
        { "rating", QJsonObject{ { "value", 100000 }, { "unit", "kW" } } }, { "derating", 1 },
        { "redundancy", QJsonObject{ { "scheme", "N" } } }, { "inputs", inputs } };
}

// `racks` 42 U air racks of 20 + 0.01 × i kW (distinct: none shares a group), `models` 1 U
// models of 0.3 + 0.037 × k kW with 1,000 systems each; `scenarios` scenarios over
// `periods` periods of `period`.
QByteArray bomb(int racks, int models, int scenarios = 0, int periods = 4, const char *period = "quarter")
{
    QJsonArray rackList, served, catalog, fleet, scenarioList;
    for (int i = 0; i < racks; ++i) {
        const QString id = QStringLiteral("rk%1").arg(i);
        rackList.append(QJsonObject{ { "id", id }, { "name", id }, { "row", "r" },
            { "position", QJsonArray{ 1 + i % 900, 1 + 2 * (i / 900) } }, { "heightU", 42 },
            { "powerLimitKw", 20 + 0.01 * i }, { "cooling", "air" }, { "weightLimitKg", 2000 }, { "feedA", "pdu" },
            { "feedB", QJsonValue() } });
        served.append(id);
    }
    for (int k = 0; k < models; ++k) {
        const QString id = QStringLiteral("m%1").arg(k);
        catalog.append(QJsonObject{ { "id", id }, { "name", id }, { "vendor", "T" }, { "generation", id },
            { "gpu", "t" }, { "gpusPerSystem", 1 }, { "powerKw", 0.3 + 0.037 * k }, { "heightU", 1 },
            { "wholeRack", false }, { "cooling", "air" }, { "liquidFraction", 0 }, { "weightKg", 10 + k },
            { "tflops", QJsonObject{ { "bf16", 100 + k } } }, { "priceUsd", 1000 } });
        fleet.append(QJsonObject{ { "id", QStringLiteral("lot%1").arg(k) }, { "name", id }, { "model", id },
            { "count", 1000 }, { "unitCost", 1000 }, { "delivered", "2025-01-01" },
            { "depreciation",
                QJsonObject{ { "method", "straight-line" }, { "lifeYears", 6 }, { "salvageFraction", 0 } } } });
    }
    for (int s = 0; s < scenarios; ++s)
        scenarioList.append(QJsonObject{ { "name", QStringLiteral("s%1").arg(s) },
            { "overrides",
                QJsonArray{ QJsonObject{ { "kind", "delay-delivery" }, { "lot", "lot0" }, { "months", 1 } } } } });
    const QJsonObject site{ { "name", "bomb" }, { "currency", "USD" }, { "planStart", "2026-01-01" },
        { "period", period }, { "horizonPeriods", periods },
        { "halls",
            QJsonArray{ QJsonObject{ { "id", "h" }, { "name", "H" }, { "origin", QJsonArray{ 0, 0 } },
                { "size", QJsonArray{ 1000, 1000 } } } } },
        { "rows", QJsonArray{ QJsonObject{ { "id", "r" }, { "hall", "h" }, { "name", "R" } } } }, { "racks", rackList },
        { "powerNodes", QJsonArray{ node("util", "utility", {}), node("pdu", "pdu", QJsonArray{ "util" }) } },
        { "coolingUnits",
            QJsonArray{ QJsonObject{ { "id", "crah" }, { "name", "C" }, { "kind", "crah" }, { "capacityKw", 100000 },
                { "redundancy", QJsonObject{ { "scheme", "N" } } }, { "serves", served } } } } };
    QJsonObject project{ { "format", "warmshell-project" }, { "formatVersion", 3 }, { "site", site },
        { "catalog", catalog }, { "fleet", fleet } };
    if (scenarios > 0)
        project.insert(QStringLiteral("scenarios"), scenarioList);
    return QJsonDocument(project).toJson(QJsonDocument::Compact);
}

} // namespace

class TestHostileBombs : public QObject
{
    Q_OBJECT

private slots:
    // The pattern bombs of issue 15 and variations: each command gives a plan (or the model)
    // within its time and 1 GiB. Before: 4,004,020 columns, 5.4 GB and 46 s at 47 KB; bad_alloc
    // at 384 KB.
    void patternBomb_data()
    {
        QTest::addColumn<int>("racks");
        QTest::addColumn<int>("models");
        QTest::addColumn<int>("scenarios");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<double>("maxSeconds");
        const QStringList gap{ QStringLiteral("--gap"), QStringLiteral("1") };
        QTest::newRow("47 KB solve") << 200 << 20 << 0 << (QStringList{ "solve" } + gap) << 10.0;
        QTest::newRow("47 KB export") << 200 << 20 << 0
                                      << QStringList{ "export", "--what", "generations", "--heuristic" } << 10.0;
        QTest::newRow("47 KB model --lp") << 200 << 20 << 0 << QStringList{ "model", "--lp", "@out" } << 10.0;
        QTest::newRow("47 KB timeline") << 200 << 20 << 0 << (QStringList{ "timeline" } + gap) << 15.0;
        QTest::newRow("47 KB compare") << 200 << 20 << 0 << (QStringList{ "compare" } + gap) << 15.0;
        QTest::newRow("47 KB scenarios") << 200 << 20 << 1 << (QStringList{ "scenarios" } + gap) << 20.0;
        QTest::newRow("384 KB solve") << 1600 << 50 << 0 << QStringList{ "solve", "--gap", "3" } << 20.0;
        QTest::newRow("384 KB model --lp") << 1600 << 50 << 0 << QStringList{ "model", "--lp", "@out" } << 10.0;
        QTest::newRow("400 distinct rack kW") << 400 << 20 << 0 << (QStringList{ "solve" } + gap) << 10.0;
        QTest::newRow("50 tiny models") << 100 << 50 << 0 << (QStringList{ "solve" } + gap) << 10.0;
    }
    void patternBomb()
    {
        QFETCH(int, racks);
        QFETCH(int, models);
        QFETCH(int, scenarios);
        QFETCH(QStringList, args);
        QFETCH(double, maxSeconds);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("bomb.warmshell.json"));
        QVERIFY(writeBytes(file, bomb(racks, models, scenarios, scenarios > 0 ? 2 : 4)));
        const QString out = dir.filePath(QStringLiteral("model.lp"));
        args.replaceInStrings(QStringLiteral("@out"), out);
        args.insert(1, file);
        const HostileRun r = runCli(args, HostileOptions{ int(120000 * hostileSlack()), {}, {} });
        QVERIFY2(r.exitCode == 0 && !r.timedOut, qPrintable(describe(r)));
        QVERIFY2(r.seconds <= (maxSeconds + 1) * hostileSlack(), qPrintable(describe(r)));
        QVERIFY2(r.peakMiB <= kMemoryCapMiB * hostileSlack(), qPrintable(describe(r)));
        QVERIFY2(!r.out.isEmpty() || QFileInfo(out).size() > 0, qPrintable(describe(r)));
    }

    // 2,000 scenarios × 400 monthly periods (144 KB): refused at once, naming $.scenarios and
    // the count (before: 2.2 GB after 120 s and growing).
    void scenarioBomb()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("scenarios.warmshell.json"));
        QVERIFY(writeBytes(file, bomb(20, 2, 2000, 400, "month")));
        for (const char *command : { "scenarios", "validate", "solve" }) {
            const HostileRun r = runCli({ QString::fromLatin1(command), file });
            QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
            QVERIFY2(r.seconds <= 5 * hostileSlack() && r.peakMiB <= kMemoryCapMiB * hostileSlack(),
                qPrintable(describe(r)));
            // (The loader's refusals go to stdout on this branch; issue 15 item 12 moves them to stderr.)
            const QString text = QString::fromUtf8(r.err + r.out);
            QVERIFY2(text.contains(QStringLiteral("$.scenarios")) && text.contains(QStringLiteral("800400 periods")),
                qPrintable(text.left(2000)));
        }
    }

    // 20,000 racks × 101 models: the 5,199 racks over 168 kW (42 U × 4 kW, the densest model)
    // share one group, the other 14,801 are distinct, and 14,801 × 101 systems columns pass
    // 2,000,000: refused before they are built, with the reason (exit 1).
    void modelTooLarge()
    {
#ifdef WARMSHELL_SANITIZED
        // Reading, validating and grouping 20,000 racks before the refusal takes ~5 s optimised but
        // over two minutes in the unoptimised ASan build; the Release pass checks the refusal.
        QSKIP("the 20,000-rack refusal is checked in the optimised build only");
#endif
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("huge.warmshell.json"));
        QVERIFY(writeBytes(file, bomb(20000, 101)));
        for (const QStringList &args :
            { QStringList{ "solve", file }, QStringList{ "model", file, "--lp", dir.filePath("m.lp") } }) {
            const HostileRun r = runCli(args, HostileOptions{ int(120000 * hostileSlack()), {}, {} });
            QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
            QVERIFY2(r.seconds <= 30 * hostileSlack() && r.peakMiB <= kMemoryCapMiB * hostileSlack(),
                qPrintable(describe(r)));
            const QString text = QString::fromUtf8(r.err + r.out);
            QVERIFY2(text.contains(QStringLiteral("14801 distinct rack types × 101 system variants")),
                qPrintable(text.left(2000)));
            QVERIFY(!QFileInfo::exists(dir.filePath("m.lp")));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileBombs)
#include "tst_hostile_bombs.moc"
