// SPDX-License-Identifier: GPL-3.0-or-later
// Time limits (issue 15 item 7): every command that solves — solve, export, timeline, compare,
// scenarios — ends within its limit + 1 s (times hostileSlack()) on a site built to be slow,
// with a plan, saying that the limit was reached; nothing on stderr but that notice; memory
// under a cap. The site is generated here (bench/campussite.h: a campus whose exact solve
// takes minutes, with recirculation so the thermal rows couple every rack of a hall).
#include "campussite.h"
#include "hostilecli.h"
#include "projectfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace warmshell;
using namespace warmshell::hostile;

namespace {

// Racks of the generated campus: large enough that no command finishes its exact search within
// the limits below, small enough to write and load in well under a second.
constexpr int kSlowSiteRacks = 2000;
// Peak resident memory of one command on that site, MiB (measured: about 200).
constexpr double kMemoryCapMiB = 1024;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject jsonOf(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

class TestHostileTime : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_slowSite; // the campus, with one scenario

    // Runs the CLI with a watchdog well past the limit and checks time and memory.
    HostileRun runWithin(const QStringList &args, double limitSeconds)
    {
        const double allowed = (limitSeconds + 1.0) * hostileSlack();
        const HostileRun r = runCli(args, HostileOptions{ int(1000 * (allowed * 4 + 30)), {}, {} });
        const QString what = args.join(QLatin1Char(' '));
        if (r.timedOut || r.signal != 0)
            qWarning("%s: killed (signal %d) after %.1f s", qPrintable(what), r.signal, r.seconds);
        if (!(r.seconds <= allowed))
            qWarning("%s: %.2f s, allowed %.2f s; stderr: %s", qPrintable(what), r.seconds, allowed, r.err.constData());
        return r;
    }

    void checkTimeAndMemory(const HostileRun &r, double limitSeconds)
    {
        QVERIFY(!r.timedOut);
        QCOMPARE(r.signal, 0);
        const double allowed = (limitSeconds + 1.0) * hostileSlack();
        QVERIFY2(r.seconds <= allowed, qPrintable(s("%1 s, allowed %2 s").arg(r.seconds).arg(allowed)));
        QVERIFY2(r.peakMiB < kMemoryCapMiB * hostileSlack(), qPrintable(s("%1 MiB").arg(r.peakMiB)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        bench::CampusSiteOptions options;
        options.racks = kSlowSiteRacks;
        options.seed = 1;
        options.recirculation = true;
        Project project = bench::makeCampusSite(options);
        Scenario unchanged;
        unchanged.name = s("unchanged");
        project.scenarios = { unchanged };
        m_slowSite = m_dir.filePath(s("slow.warmshell.json"));
        QVERIFY(writeBytes(m_slowSite, serializeProject(project)));
    }

    // solve: the plan (JSON: "timed_out") within the limit; the table's headline says it too.
    void solveEndsByItsLimit_data()
    {
        QTest::addColumn<double>("limit");
        QTest::newRow("1 s") << 1.0;
        QTest::newRow("3 s") << 3.0;
    }
    void solveEndsByItsLimit()
    {
        QFETCH(double, limit);
        const HostileRun r = runWithin(
            { s("solve"), m_slowSite, s("--time-limit"), QString::number(limit), s("--format"), s("json") }, limit);
        checkTimeAndMemory(r, limit);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.errLines().isEmpty(), r.err.constData());
        const QJsonObject plan = jsonOf(r.out);
        QVERIFY2(plan.value(s("timed_out")).toBool(), r.out.left(400).constData());
        QVERIFY(!plan.value(s("placements")).toArray().isEmpty());
    }
    void solveTableSaysTheLimitWasReached()
    {
        const HostileRun r = runWithin({ s("solve"), m_slowSite, s("--time-limit"), s("1") }, 1);
        checkTimeAndMemory(r, 1);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("time limit reached"), r.out.left(400).constData());
    }

    // The "instant" plan is instant on this site too.
    void heuristicIsQuick()
    {
        const HostileRun r = runWithin({ s("solve"), m_slowSite, s("--heuristic"), s("--format"), s("json") }, 2);
        checkTimeAndMemory(r, 2);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!jsonOf(r.out).value(s("placements")).toArray().isEmpty());
    }

    // export: the table written, one line on stderr saying it is of the best plan by the limit.
    void exportEndsByItsLimit()
    {
        const QString out = m_dir.filePath(s("placements.csv"));
        const HostileRun r = runWithin(
            { s("export"), m_slowSite, s("--what"), s("placements"), s("--time-limit"), s("2"), s("--out"), out }, 2);
        checkTimeAndMemory(r, 2);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.errLines().front().contains(s("time limit was reached")), r.err.constData());
        QVERIFY(fileBytes(out).count('\n') > 1);
    }

    // timeline: one deadline over all its periods.
    void timelineEndsByItsTotalLimit()
    {
        const HostileRun r = runWithin({ s("timeline"), m_slowSite, s("--periods"), s("4"), s("--total-time-limit"),
                                           s("3"), s("--format"), s("json") },
            3);
        checkTimeAndMemory(r, 3);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject t = jsonOf(r.out);
        QCOMPARE(t.value(s("periods")).toArray().size(), 4);
        QVERIFY2(t.value(s("periodsTimedOut")).toInt() > 0, r.out.left(400).constData());
    }

    // compare: --time-limit is for the whole comparison. Each solve has a floor that no limit
    // cuts (validation, formulation, greedy, describing: about 0.9 s each here on a loaded
    // 2-core machine), so three generations under 5 s.
    void compareEndsByItsLimit()
    {
        const HostileRun r = runWithin({ s("compare"), m_slowSite, s("--generations"), s("H100,B200,MI355X"),
                                           s("--time-limit"), s("5"), s("--format"), s("json") },
            5);
        checkTimeAndMemory(r, 5);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(jsonOf(r.out).value(s("rows")).toArray().size(), 3);
    }

    // scenarios: one deadline over the base and the scenario (four solves, as for compare).
    void scenariosEndByTheirTotalLimit()
    {
        const HostileRun r = runWithin({ s("scenarios"), m_slowSite, s("--periods"), s("2"), s("--total-time-limit"),
                                           s("5"), s("--format"), s("json") },
            5);
        checkTimeAndMemory(r, 5);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(jsonOf(r.out).value(s("results")).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHostileTime)
#include "tst_hostile_time.moc"
