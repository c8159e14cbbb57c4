// SPDX-License-Identifier: GPL-3.0-or-later
// The harness the hostile suite relies on: exit codes, signals, timeouts, stdin and peak memory are
// reported as the kernel saw them.
#include "hostilecli.h"

#include <QTest>

using namespace warmshell::hostile;

class TestHostileHarness : public QObject
{
    Q_OBJECT

private slots:
    void exitCodeAndStreams()
    {
        const HostileRun r = runHostile(QStringLiteral("/bin/sh"),
            { QStringLiteral("-c"), QStringLiteral("cat; echo oops >&2; exit 3") },
            HostileOptions{ 10000, QByteArrayLiteral("from stdin\n"), {} });
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.signal, 0);
        QVERIFY(!r.timedOut);
        QCOMPARE(r.out, QByteArrayLiteral("from stdin\n"));
        QCOMPARE(r.errLines(), QStringList{ QStringLiteral("oops") });
    }
    void timeoutKills()
    {
        const HostileRun r = runHostile(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), QStringLiteral("sleep 30") },
            HostileOptions{ 300, {}, {} });
        QVERIFY(r.timedOut);
        QCOMPARE(r.signal, SIGKILL);
        QVERIFY2(r.seconds < 5, qPrintable(QString::number(r.seconds)));
    }
    void signalReported()
    {
        const HostileRun r
            = runHostile(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), QStringLiteral("kill -TERM $$") });
        QCOMPARE(r.signal, SIGTERM);
        QCOMPARE(r.exitCode, -1);
    }
    void peakMemoryMeasured()
    {
        // The CLI's own --version stays small; a 200 MiB string in Python shows up as at least that much.
        const HostileRun small = runCli({ QStringLiteral("--version") });
        QCOMPARE(small.exitCode, 0);
        QVERIFY2(small.peakMiB > 0 && small.peakMiB < 200, qPrintable(QString::number(small.peakMiB)));
        const HostileRun big = runHostile(QStringLiteral("python3"),
            { QStringLiteral("-c"), QStringLiteral("import time; b = b'x' * (200 << 20); time.sleep(0.2)") });
        if (big.exitCode == -1 && big.signal == 0)
            QSKIP("python3 is not installed");
        QCOMPARE(big.exitCode, 0);
        QVERIFY2(big.peakMiB > 200 && big.peakMiB < 1024, qPrintable(QString::number(big.peakMiB)));
    }
    void peakMemoryIsTheChildsOwn()
    {
        // Once this test process has been large, a small child must still read small (ru_maxrss
        // would report this process's 300 MiB high-water mark for it).
        {
            QByteArray ballast(300 << 20, 'x');
            QVERIFY(ballast.at(ballast.size() - 1) == 'x');
        }
        const HostileRun r = runHostile(QStringLiteral("/bin/sleep"), { QStringLiteral("0.2") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.peakMiB > 0 && r.peakMiB < 50, qPrintable(QString::number(r.peakMiB)));
    }
};

QTEST_GUILESS_MAIN(TestHostileHarness)
#include "tst_hostile_harness.moc"
