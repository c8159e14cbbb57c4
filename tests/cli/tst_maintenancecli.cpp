// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli maintenance, run as a user would on a site whose answers are worked by hand.
#include "clirun.h"
#include "handsite.h"

#include "projectfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace warmshell;

namespace {

using Run = warmshell::test::CliRun;

Run cli(const QStringList &args)
{
    return warmshell::test::runCli(args, 60000);
}

using test::s;

// util-1 feeds sub-1 and sub-2; pdu-1 under sub-1 feeds r1, pdu-2 under sub-2 feeds r2 (40 kW
// racks); pdu-3 under sub-2 comes online on 2027-01-01 and feeds nothing. crah-1 cools both.
// Fleet: 8 systems "new" of 10 kW, 8 GPUs, 7,200 over 72 months (100 a month, an hour of a
// 30-day month 100 / 720, of a 31-day month 100 / 744): the solver energizes 4 in each rack.
// Windows, by hand:
// - mw-pdu: pdu-1 out 2026-06-06 08:00–18:00 UTC: r1 dark, 4 systems, 32 GPUs, 10 h, 320
//   GPU-hours, 4 × 10 × 100 / 720 = 5.56;
// - mw-util: util-1 out 17:00–19:00 the same day (overlaps mw-pdu, another object): both racks
//   dark, 64 GPUs, 2 h, 128 GPU-hours, 8 × 2 × 100 / 720 = 2.22;
// - mw-crah: crah-1 out 2026-07-04 00:00–06:00 UTC (July): both racks uncooled, 64 GPUs, 6 h,
//   384 GPU-hours, 8 × 6 × 100 / 744 = 6.45;
// - mw-late: pdu-3 out 2026-08-01 for 4 h: not in service before 2027, nothing is lost.
// Totals: 832 GPU-hours, 14.23.
Project handSite()
{
    Project p = test::handSite();
    const auto utc
        = [](int month, int day, int hour) { return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC); };
    p.maintenanceWindows = { { s("mw-pdu"), s("PDU 1 breaker test"), s("pdu-1"), 0, utc(6, 6, 8), utc(6, 6, 18) },
        { s("mw-util"), s("Utility switching"), s("util-1"), 0, utc(6, 6, 17), utc(6, 6, 19) },
        { s("mw-crah"), {}, s("crah-1"), 0, utc(7, 4, 0), utc(7, 4, 6) },
        { s("mw-late"), {}, s("pdu-3"), 0, utc(8, 1, 0), utc(8, 1, 4) } };
    return p;
}

} // namespace

class TestMaintenanceCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(s("mw.warmshell.json"));
        QVERIFY2(saveProject(handSite(), m_file).isEmpty(), "saved");
    }

    void json()
    {
        const Run r = cli({ s("maintenance"), m_file, s("--format"), s("json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[s("currency")].toString(), s("USD"));
        const QJsonArray windows = o[s("windows")].toArray();
        QCOMPARE(windows.size(), 4);
        const QJsonObject pdu = windows[0].toObject();
        QCOMPARE(pdu[s("id")].toString(), s("mw-pdu"));
        QCOMPARE(pdu[s("plan_date")].toString(), s("2026-06-06"));
        QCOMPARE(pdu[s("hours")].toDouble(), 10.0);
        QCOMPARE(pdu[s("lost_gpus")].toInt(), 32);
        QCOMPARE(pdu[s("lost_gpu_hours")].toDouble(), 320.0);
        QVERIFY(qFuzzyCompare(pdu[s("idle_cost")].toDouble(), 4 * 10 * 100.0 / 720));
        QCOMPARE(pdu[s("overlapping")].toArray(), QJsonArray({ s("mw-util") }));
        QCOMPARE(pdu[s("plan")][s("kind")].toString(), s("node"));
        QCOMPARE(pdu[s("plan")][s("dark_racks")].toArray(), QJsonArray({ s("r1") }));
        QCOMPARE(pdu[s("lots")].toArray()[0][s("systems")].toInt(), 4);
        const QJsonObject util = windows[1].toObject();
        QCOMPARE(util[s("lost_gpus")].toInt(), 64);
        QCOMPARE(util[s("lost_gpu_hours")].toDouble(), 128.0);
        QVERIFY(qFuzzyCompare(util[s("idle_cost")].toDouble(), 8 * 2 * 100.0 / 720));
        QCOMPARE(util[s("overlapping")].toArray(), QJsonArray({ s("mw-pdu") }));
        const QJsonObject crah = windows[2].toObject();
        QCOMPARE(crah[s("plan_date")].toString(), s("2026-07-04"));
        QCOMPARE(crah[s("plan")][s("kind")].toString(), s("cooling-unit"));
        QCOMPARE(crah[s("plan")][s("uncooled_racks")].toArray(), QJsonArray({ s("r1"), s("r2") }));
        QCOMPARE(crah[s("lost_gpu_hours")].toDouble(), 384.0);
        QVERIFY(qFuzzyCompare(crah[s("idle_cost")].toDouble(), 8 * 6 * 100.0 / 744));
        const QJsonObject late = windows[3].toObject();
        QCOMPARE(late[s("object_live")].toBool(), false);
        QCOMPARE(late[s("lost_gpus")].toInt(), 0);
        QCOMPARE(late[s("idle_cost")].toDouble(), 0.0);
        QCOMPARE(o[s("total_lost_gpu_hours")].toDouble(), 832.0);
        QVERIFY(qFuzzyCompare(
            o[s("total_idle_cost")].toDouble(), 4 * 10 * 100.0 / 720 + 8 * 2 * 100.0 / 720 + 8 * 6 * 100.0 / 744));
    }

    // One row per window, the columns in the documented order.
    void csv()
    {
        const Run r = cli({ s("maintenance"), m_file, s("--format=csv") });
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(s("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines[0],
            s("id,name,object,module,start,end,hours,plan_date,kind,dark_racks,uncooled_racks,capped_racks,shed_racks,"
              "lost_gpus,lost_gpu_hours,lost_pflops,lost_kw,idle_cost_usd,overlapping"));
        QCOMPARE(lines[1],
            s("mw-pdu,PDU 1 breaker "
              "test,pdu-1,,2026-06-06T08:00:00Z,2026-06-06T18:00:00Z,10.000,2026-06-06,node,1,0,0,0,"
              "32,320.000,32.000,40.000,5.56,mw-util"));
        QCOMPARE(lines[3],
            s("mw-crah,,crah-1,,2026-07-04T00:00:00Z,2026-07-04T06:00:00Z,6.000,2026-07-04,cooling-unit,0,2,0,0,64,"
              "384.000,64.000,80.000,6.45,"));
    }

    // The table: the headline totals, each window's losses, the overlap said plainly.
    void table()
    {
        const Run r = cli({ s("maintenance"), m_file });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.out.contains(s("4 maintenance windows: 832.0 GPU-hours lost, idle cost 14.23 USD")), qPrintable(r.out));
        QVERIFY2(r.out.contains(
                     s("Lost: 32 GPUs (320.0 GPU-hours), 32.0 PFLOPS, 40.0 kW; idle cost of the window 5.56 USD")),
            qPrintable(r.out));
        QVERIFY2(
            r.out.contains(s("Overlaps mw-util on other objects: each window is analysed alone")), qPrintable(r.out));
        QVERIFY2(r.out.contains(s("pdu-3 is not in service on 2026-08-01: the window takes nothing out.")),
            qPrintable(r.out));
    }

    void windowOptionAndErrors()
    {
        const Run one = cli({ s("maintenance"), m_file, s("--window"), s("mw-crah"), s("--format"), s("json") });
        QCOMPARE(one.exitCode, 0);
        const QJsonArray windows = QJsonDocument::fromJson(one.out.toUtf8()).object()[s("windows")].toArray();
        QCOMPARE(windows.size(), 1);
        QCOMPARE(windows[0][s("id")].toString(), s("mw-crah"));
        const Run unknown = cli({ s("maintenance"), m_file, s("--window"), s("mw-none") });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(s("no maintenance window has the id \"mw-none\"")), qPrintable(unknown.err));
        QVERIFY(unknown.out.isEmpty());
        const Run format = cli({ s("maintenance"), m_file, s("--format"), s("xml") });
        QCOMPARE(format.exitCode, 2);
        const Run date = cli({ s("maintenance"), m_file, s("--date"), s("2026-06-01") });
        QCOMPARE(date.exitCode, 2);
        const Run missing = cli({ s("maintenance"), m_dir.filePath(s("none.json")) });
        QCOMPARE(missing.exitCode, 1);
        const Run bad = cli({ s("maintenance"), s(WARMSHELL_TEST_DATA "/bad/maintenance-overlap.json") });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(s("$.maintenanceWindows[1].start")), qPrintable(bad.err));
        const Run help = cli({ s("maintenance"), s("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith(s("Usage: warmshell-cli maintenance FILE")));
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestMaintenanceCli)
#include "tst_maintenancecli.moc"
