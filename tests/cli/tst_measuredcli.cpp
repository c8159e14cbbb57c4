// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli measured, run as a user would on a site whose answers are worked by hand.
#include "clirun.h"
#include "handsite.h"

#include "projectfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace warmshell;

namespace {

using Run = warmshell::test::CliRun;
using test::s;

Run cli(const QStringList &args)
{
    return warmshell::test::runCli(args, 60000);
}

// The shared hand site with sub-1 rated 50 kW, r1 an 80 kW rack with 2 systems (20 kW) pinned,
// 12 systems of 10 kW, and the measured-diversity policy at a 10 % margin. r1 measured at 8 kW
// peak: sub-1's credit 20 − 8 × 1.1 = 11.2 kW, usable 61.2 kW, so r1 holds 6 systems (60 kW; 7
// would be 70) and r2 its 4 (40 kW rack): 10 systems. Without the policy sub-1 holds 5.
Project measuredSite(bool policy)
{
    Project p = test::handSite();
    p.site.power.node(PowerNodeId(s("sub-1")))->rating = PowerRating::kilowatts(Kilowatts(50));
    p.site.racks[0].powerLimit = Kilowatts(80);
    p.site.racks[0].pinned = { { SystemModelId(s("new")), 2 } };
    p.fleet[0].count = 12;
    p.site.measuredDiversity = { policy, 0.10 };
    return p;
}

// Window [2026-05-01T00:00Z, 2026-05-02T00:00Z). r1: 6, 8, 7 kW → peak 8, p99 8 (3rd smallest of
// 3). sub-1: 30 kW. pdu-2: 38 then 45 kW → peak 45 above its planned 40 kW: flagged. The row at
// 2026-05-02T00:00Z (r1, 50 kW) is outside the window.
const char *kMeasurements = "timestamp,object,kW\n"
                            "2026-05-01T00:00:00Z,r1,6\n"
                            "2026-05-01T00:00:00Z,pdu-2,38\n"
                            "2026-05-01T00:00:00Z,sub-1,30\n"
                            "2026-05-01T06:00:00Z,r1,8\n"
                            "2026-05-01T06:00:00Z,pdu-2,45\n"
                            "2026-05-01T12:00:00Z,r1,7\n"
                            "2026-05-02T00:00:00Z,r1,50\n";

QJsonObject rowOf(const QJsonArray &rows, const QString &id, const QString &kind)
{
    for (const QJsonValue &v : rows)
        if (v.toObject().value(QStringLiteral("id")).toString() == id
            && v.toObject().value(QStringLiteral("kind")).toString() == kind)
            return v.toObject();
    return {};
}

} // namespace

class TestMeasuredCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_on = m_dir.filePath(s("on.warmshell.json"));
        m_off = m_dir.filePath(s("off.warmshell.json"));
        QVERIFY(saveProject(measuredSite(true), m_on).isEmpty());
        QVERIFY(saveProject(measuredSite(false), m_off).isEmpty());
        m_csv = m_dir.filePath(s("m.csv"));
        QFile f(m_csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kMeasurements);
    }

    // The figures above, in JSON.
    void json()
    {
        const Run r = cli(args(m_on, m_csv) + QStringList{ s("--format"), s("json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).object().value(s("rows")).toArray();
        const QJsonObject sub1 = rowOf(rows, s("sub-1"), s("power-node"));
        QCOMPARE(sub1.value(s("installedKw")).toDouble(), 50.0);
        QVERIFY(std::abs(sub1.value(s("measuredCreditKw")).toDouble() - 11.2) < 1e-9);
        QVERIFY(std::abs(sub1.value(s("usableKw")).toDouble() - 61.2) < 1e-9);
        QCOMPARE(sub1.value(s("plannedKw")).toDouble(), 60.0);
        QCOMPARE(sub1.value(s("measuredPeakKw")).toDouble(), 30.0);
        QCOMPARE(sub1.value(s("exceedsPlan")).toBool(), false);
        const QJsonObject pdu1 = rowOf(rows, s("pdu-1"), s("power-node"));
        QCOMPARE(pdu1.value(s("measuredCreditKw")).toDouble(), 0.0); // a PDU: nameplate
        QVERIFY(!pdu1.contains(s("measuredPeakKw")));
        const QJsonObject pdu2 = rowOf(rows, s("pdu-2"), s("power-node"));
        QCOMPARE(pdu2.value(s("plannedKw")).toDouble(), 40.0);
        QCOMPARE(pdu2.value(s("measuredPeakKw")).toDouble(), 45.0);
        QCOMPARE(pdu2.value(s("exceedsPlan")).toBool(), true);
        const QJsonObject r1 = rowOf(rows, s("r1"), s("rack"));
        QCOMPARE(r1.value(s("plannedKw")).toDouble(), 60.0);
        QCOMPARE(r1.value(s("measuredPeakKw")).toDouble(), 8.0);
        QCOMPARE(r1.value(s("measuredP99Kw")).toDouble(), 8.0);
        QCOMPARE(r1.value(s("samples")).toInt(), 3);
        QCOMPARE(r1.value(s("exceedsPlan")).toBool(), false);
        QVERIFY(rowOf(rows, s("r2"), s("rack")).isEmpty()); // not measured
        // The policy off: no credit, r1 holds 5 systems, sub-1 plans 50 kW.
        const Run off = cli(args(m_off, m_csv) + QStringList{ s("--format"), s("json") });
        QCOMPARE(off.exitCode, 0);
        const QJsonArray offRows = QJsonDocument::fromJson(off.out.toUtf8()).object().value(s("rows")).toArray();
        QCOMPARE(rowOf(offRows, s("sub-1"), s("power-node")).value(s("measuredCreditKw")).toDouble(), 0.0);
        QCOMPARE(rowOf(offRows, s("r1"), s("rack")).value(s("plannedKw")).toDouble(), 50.0);
    }

    // The table flags pdu-2 and only it; CSV has one row per node and measured rack.
    void tableAndCsv()
    {
        const Run table = cli(args(m_on, m_csv));
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(table.out.count(s("MEASURED ABOVE PLAN")), 1);
        const QString flagged = table.out.split(QLatin1Char('\n')).filter(s("ABOVE")).value(0);
        QVERIFY2(flagged.startsWith(s("pdu-2")), qPrintable(table.out));
        QVERIFY2(table.out.contains(s("1 object measured above plan")), qPrintable(table.out));
        const Run csv = cli(args(m_on, m_csv) + QStringList{ s("--format=csv") });
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.out.count(QLatin1Char('\n')), 1 + 6 + 1); // header, 6 nodes, r1
    }

    // A bad row refuses the file with its line (exit 1); a missing window is a usage error.
    void refusals()
    {
        const QString bad = m_dir.filePath(s("bad.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("timestamp,object,kW\n2026-05-01T00:00:00Z,r1,6\n2026-05-01T00:00:00Z,r1,7\n");
        f.close();
        const Run r = cli(args(m_on, bad));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(s("line 3: timestamp \"2026-05-01T00:00:00Z\" of \"r1\" is the same as the one on line 2")),
            qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        const Run usage = cli({ s("measured"), m_on, s("--measurements"), m_csv });
        QCOMPARE(usage.exitCode, 2);
        QVERIFY2(usage.err.contains(s("--from is needed")), qPrintable(usage.err));
    }

private:
    static QStringList args(const QString &project, const QString &measurements)
    {
        return { s("measured"), project, s("--measurements"), measurements, s("--from"), s("2026-05-01T00:00:00Z"),
            s("--to"), s("2026-05-02T00:00:00Z"), s("--date"), s("2026-06-01") };
    }

    QTemporaryDir m_dir;
    QString m_on, m_off, m_csv;
};

QTEST_GUILESS_MAIN(TestMeasuredCli)
#include "tst_measuredcli.moc"
