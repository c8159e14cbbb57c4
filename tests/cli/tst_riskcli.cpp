// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli risk, run as a user would: a lot delivered on time or a year late (half and
// half), its odds worked by hand, the same answer on 1 and 2 threads, and bad options refused.
#include "clirun.h"

#include "projectfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace warmshell;

namespace {

using Run = warmshell::test::CliRun;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

Run cli(const QStringList &args)
{
    return warmshell::test::runCli(args, 120000);
}

// tests/data/timeline/two-period with both racks powered from the start and 8 quarters from
// 2026-01-01; its lot of 2 systems (8 GPUs each) is delivered 2026-02-15 (available from the
// 2026-04-01 period) or 12 months later (from 2027-04-01), each with probability 1/2.
Project twoOutcomeProject()
{
    LoadResult r = loadProject(s(WARMSHELL_TEST_DATA "/timeline/two-period.warmshell.json"));
    Project p = *r.project;
    p.site.horizonPeriods = 8;
    p.site.power.node(PowerNodeId(s("util-2")))->commissioned = QDate();
    p.fleet[0].delivered = QDate(2026, 2, 15);
    DelayDistribution d;
    d.outcomes = { { 0, 0.5 }, { 12, 0.5 } };
    p.fleet[0].deliveryDelay = d;
    return p;
}

} // namespace

class TestRiskCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(s("risk.warmshell.json"));
        QVERIFY2(saveProject(twoOutcomeProject(), m_file).isEmpty(), "saved");
    }

    // By hand: never fully energized by period 0; by periods 1–4 in the on-time samples,
    // about half (within 4 standard errors of 400 samples: 0.1); from period 5 always. Energized
    // GPUs: P10 0 and P90 16 in periods 1–4 (both outcomes are common), 16 from period 5.
    void jsonByHand()
    {
        const Run r = cli({ s("risk"), m_file, s("--samples"), s("400"), s("--seed"), s("11"), s("--threads"), s("1"),
            s("--format"), s("json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[s("samples")].toInt(), 400);
        QCOMPARE(o[s("seed")].toString(), s("11"));
        QCOMPARE(
            o[s("uncertainDates")].toArray()[0].toObject()[s("path")].toString(), s("$.fleet[0].deliveryDelayMonths"));
        const QJsonArray shares = o[s("lots")].toArray()[0].toObject()[s("fullyEnergizedBy")].toArray();
        QCOMPARE(shares.size(), 8);
        QCOMPARE(shares[0].toDouble(), 0.0);
        for (int k = 1; k <= 4; ++k) {
            QCOMPARE(shares[k].toDouble(), shares[1].toDouble());
            QVERIFY(std::abs(shares[k].toDouble() - 0.5) < 0.1);
        }
        for (int k = 5; k < 8; ++k)
            QCOMPARE(shares[k].toDouble(), 1.0);
        const QJsonArray periods = o[s("periods")].toArray();
        QCOMPARE(periods.size(), 8);
        const QJsonObject p2 = periods[2].toObject()[s("energizedGpus")].toObject();
        QCOMPARE(p2[s("p10")].toDouble(), 0.0);
        QCOMPARE(p2[s("p90")].toDouble(), 16.0);
        QCOMPARE(periods[6].toObject()[s("energizedGpus")].toObject()[s("p10")].toDouble(), 16.0);
        QCOMPARE(o[s("solves")].toInt() + o[s("cacheHits")].toInt(), o[s("periodProblems")].toInt());
        QVERIFY(o[s("solves")].toInt() <= 16);
    }

    // The same seed: the same periods and lots on 1 and on 2 threads.
    void sameAnswerOnAnyThreadCount()
    {
        auto run = [&](const char *threads) {
            const Run r = cli({ s("risk"), m_file, s("--samples"), s("150"), s("--seed"), s("4"), s("--threads"),
                s(threads), s("--format"), s("json") });
            return QJsonDocument::fromJson(r.out.toUtf8()).object();
        };
        const QJsonObject one = run("1"), two = run("2");
        QCOMPARE(one[s("threads")].toInt(), 1);
        QCOMPARE(two[s("threads")].toInt(), 2);
        QVERIFY(!one[s("periods")].toArray().isEmpty());
        QCOMPARE(one[s("periods")], two[s("periods")]);
        QCOMPARE(one[s("lots")], two[s("lots")]);
    }

    void tableAndCsv()
    {
        const Run t = cli({ s("risk"), m_file, s("--samples"), s("20"), s("--seed"), s("1") });
        QCOMPARE(t.exitCode, 0);
        QVERIFY(t.out.contains(s("20 samples of 8 quarters from 2026-01-01, seed 1")));
        QVERIFY(t.out.contains(s("$.fleet[0].deliveryDelayMonths (lot-a, 2026-02-15): 0 months 50 %, 12 months 50 %")));
        QVERIFY(t.out.contains(s("Probability each lot is fully energized")));
        const Run c = cli({ s("risk"), m_file, s("--samples"), s("20"), s("--seed"), s("1"), s("--format"), s("csv") });
        QCOMPARE(c.exitCode, 0);
        const QStringList lines = c.out.trimmed().split(s("\r\n"));
        QCOMPARE(lines.size(), 9); // header + 8 periods
        QVERIFY(lines[0].startsWith(s("period_start,period_end,energized_gpus_p10,energized_gpus_p50")));
        QVERIFY(lines[0].endsWith(s("fully_energized_share_lot-a")));
        QVERIFY(lines[1].startsWith(s("2026-01-01,2026-04-01,0,0,0,")));
    }

    void badOptionsAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no samples") << QStringList{ s("--seed"), s("1") } << s("--samples is needed");
        QTest::newRow("no seed") << QStringList{ s("--samples"), s("10") } << s("--seed is needed");
        QTest::newRow("zero samples") << QStringList{ s("--samples"), s("0"), s("--seed"), s("1") }
                                      << s("--samples must be a whole number from 1 to 100000, got '0'");
        QTest::newRow("word samples") << QStringList{ s("--samples"), s("many"), s("--seed"), s("1") }
                                      << s("--samples must be a whole number from 1 to 100000, got 'many'");
        QTest::newRow("negative seed") << QStringList{ s("--samples"), s("10"), s("--seed"), s("-1") }
                                       << s("--seed must be a whole number from 0 to 18446744073709551615, got '-1'");
        QTest::newRow("zero threads") << QStringList{ s("--samples"), s("10"), s("--seed"), s("1"), s("--threads"),
            s("0") } << s("--threads must be a whole number from 1 to 256, got '0'");
        QTest::newRow("total time limit")
            << QStringList{ s("--samples"), s("10"), s("--seed"), s("1"), s("--total-time-limit"), s("5") }
            << s("--total-time-limit does not apply to risk");
        QTest::newRow("date") << QStringList{ s("--samples"), s("10"), s("--seed"), s("1"), s("--date"),
            s("2026-05-01") } << s("--date does not apply");
    }
    void badOptionsAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(QStringList{ s("risk"), m_file } + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // A file whose delay is refused: exit 1, the JSON path on standard error.
    void badDelayIsInvalidInput()
    {
        const Run r = cli({ s("risk"), s(WARMSHELL_TEST_DATA "/bad/delay-mode-below-min.json"), s("--samples"), s("5"),
            s("--seed"), s("1") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(s("$.fleet[0].deliveryDelayMonths.mode")), qPrintable(r.err));
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestRiskCli)
#include "tst_riskcli.moc"
