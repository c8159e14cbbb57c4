// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli contingencies, run as a user would on a site whose answers are worked by hand.
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

using test::handSite;
using test::s;

// The hand site with the reserve policy: pdu-1 is N+1, 3 modules of 10 kW at derating 1
// (installed 30 kW; 20 kW with one module failed), and a second lot "train" of 8 systems like
// "new" (10 kW, 8 GPUs, 7,200 over 72 months = 100 a month each) is interruptible and shed on
// a failure. Policy on: r1 takes 30 kW (3 systems, at most 2 critical), r2 its 40 kW limit (4):
// 7 systems, 56 GPUs. Policy off: r1 20 kW (2), r2 4: 6 systems, 48 GPUs. The reserve
// energizes 8 more GPUs, idle depreciation 100 a month less.
Project reserveSite()
{
    Project p = handSite();
    PowerNode *pdu = p.site.power.node(PowerNodeId(s("pdu-1")));
    pdu->rating = PowerRating::kilowatts(Kilowatts(10));
    pdu->redundancy = Redundancy::nPlusOne(3);
    SystemModel train = p.customModels.front();
    train.id = SystemModelId(s("train"));
    train.name = s("Train");
    train.generation = s("TRAIN");
    train.gpu = s("TRAIN");
    p.customModels.push_back(train);
    FleetLot lot = p.fleet.front();
    lot.id = LotId(s("lot-train"));
    lot.name = s("Training lot");
    lot.model = train.id;
    lot.loadClass = LoadClass::Interruptible;
    p.fleet.push_back(lot);
    p.site.allowInterruptibleOnReserve = true;
    return p;
}

} // namespace

class TestContingenciesCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(s("n1.warmshell.json"));
        QVERIFY2(saveProject(handSite(), m_file).isEmpty(), "saved");
    }

    void json()
    {
        const Run r = cli({ s("contingencies"), m_file, s("--format"), s("json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[s("date")].toString(), s("2026-06-01"));
        QCOMPARE(o[s("failures")].toInt(), 6); // util-1, sub-1, sub-2, pdu-1, pdu-2, crah-1 (pdu-3 not live)
        QCOMPARE(o[s("with_impact")].toInt(), 6);
        const QJsonObject worst = o[s("worst")].toObject();
        QCOMPARE(worst[s("object")].toString(), s("util-1"));
        QCOMPARE(worst[s("kind")].toString(), s("node"));
        QCOMPARE(worst[s("dark_racks")].toArray(), QJsonArray({ s("r1"), s("r2") }));
        QCOMPARE(worst[s("lost_gpus")].toInt(), 64);
        QCOMPARE(worst[s("lost_pflops")].toDouble(), 64.0);
        QCOMPARE(worst[s("lost_kw")].toDouble(), 80.0);
        QCOMPARE(worst[s("idle_depreciation_per_month")].toDouble(), 800.0);
        const QJsonArray generations = worst[s("generations")].toArray();
        QCOMPARE(generations.size(), 1);
        QCOMPARE(generations[0][s("systems")].toInt(), 8);
        QStringList order;
        for (const QJsonValue v : o[s("results")].toArray())
            order << v[s("object")].toString() + s("=") + QString::number(v[s("lost_gpus")].toInt());
        QCOMPARE(order.join(s(" ")), s("util-1=64 crah-1=64 pdu-1=32 pdu-2=32 sub-1=32 sub-2=32"));
        const QJsonObject crah = o[s("results")].toArray()[1].toObject();
        QCOMPARE(crah[s("uncooled_racks")].toArray(), QJsonArray({ s("r1"), s("r2") }));
        QCOMPARE(crah[s("dark_racks")].toArray(), QJsonArray());
    }

    // The reserve policy: the runbook of pdu-1's module failure sheds "train" only, and the
    // reserve's gain against the same site solved without the policy (worked in reserveSite).
    void reserveGain()
    {
        const QString file = m_dir.filePath(s("reserve.warmshell.json"));
        QVERIFY(saveProject(reserveSite(), file).isEmpty());
        const Run r = cli({ s("contingencies"), file, s("--format"), s("json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject reserve = o[s("reserve")].toObject();
        QCOMPARE(reserve[s("extra_gpus")].toInt(), 8);
        QCOMPARE(reserve[s("idle_depreciation_saved_per_month")].toDouble(), 100.0);
        for (const QJsonValue v : o[s("results")].toArray())
            for (const QJsonValue step : v[s("runbook")].toArray())
                QCOMPARE(step[s("model")].toString(), s("train"));
        const Run table = cli({ s("contingencies"), file });
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(s("The reserve energizes 8 more GPUs")), qPrintable(table.out));
        QVERIFY2(table.out.contains(s("idle cost saved 100 USD/month")), qPrintable(table.out));
        // The policy off: no such line.
        Project off = reserveSite();
        off.site.allowInterruptibleOnReserve = false;
        QVERIFY(saveProject(off, file).isEmpty());
        QVERIFY(!cli({ s("contingencies"), file }).out.contains(s("The reserve")));
    }

    // One row per failure, the columns in the documented order.
    void csv()
    {
        const Run r = cli({ s("contingencies"), m_file, s("--format=csv") });
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(s("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 7);
        QCOMPARE(lines[0],
            s("rank,kind,object,description,dark_racks,uncooled_racks,capped_racks,shed_racks,lost_gpus,lost_pflops,"
              "lost_kw,idle_depreciation_per_month_usd,overloaded"));
        QCOMPARE(lines[1], s("1,node,util-1,utility feed util-1 fails,2,0,0,0,64,64.000,80.000,800.00,"));
        QCOMPARE(lines[2], s("2,cooling-unit,crah-1,CRAH crah-1 fails,0,2,0,0,64,64.000,80.000,800.00,"));
        QCOMPARE(lines[6], s("6,node,sub-2,substation sub-2 fails,1,0,0,0,32,32.000,40.000,400.00,"));
    }

    // The headline names the worst failure; --out writes the same text to a file.
    void tableAndOut()
    {
        const Run r = cli({ s("contingencies"), m_file });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(s("Worst single failure: utility feed util-1 fails — 64 GPUs, 64.0 PFLOPS, 800 USD "
                                  "idle depreciation/month, 2 racks dark")),
            qPrintable(r.out));
        const QString out = m_dir.filePath(s("n1.txt"));
        const Run written = cli({ s("contingencies"), m_file, s("--out"), out });
        QCOMPARE(written.exitCode, 0);
        QVERIFY(written.out.isEmpty());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QCOMPARE(text.section(QLatin1Char('\n'), 1), r.out.section(QLatin1Char('\n'), 1)); // seconds differ
    }

    // --date: on 2027-02-01 pdu-3 is live too, one more failure (with no impact).
    void dateAndErrors()
    {
        const Run later = cli({ s("contingencies"), m_file, s("--date"), s("2027-02-01"), s("--format"), s("json") });
        QCOMPARE(later.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(later.out.toUtf8()).object();
        QCOMPARE(o[s("date")].toString(), s("2027-02-01"));
        QCOMPARE(o[s("failures")].toInt(), 7);
        QCOMPARE(o[s("with_impact")].toInt(), 6);
        const Run format = cli({ s("contingencies"), m_file, s("--format"), s("xml") });
        QCOMPARE(format.exitCode, 2);
        QVERIFY2(format.err.contains(s("--format must be table, json or csv")), qPrintable(format.err));
        const Run objective = cli({ s("contingencies"), m_file, s("--objective"), s("gpus") });
        QCOMPARE(objective.exitCode, 2);
        const Run missing = cli({ s("contingencies"), m_dir.filePath(s("none.json")) });
        QCOMPARE(missing.exitCode, 1);
        const Run help = cli({ s("contingencies"), s("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith(s("Usage: warmshell-cli contingencies FILE")));
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestContingenciesCli)
#include "tst_contingenciescli.moc"
