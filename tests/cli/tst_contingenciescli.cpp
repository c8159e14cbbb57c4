// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli contingencies, run as a user would on a site whose answers are worked by hand.
#include "clirun.h"

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

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

void addNode(Project &p, const char *id, PowerNodeKind kind, const char *input, QDate commissioned = {})
{
    PowerNode n;
    n.id = PowerNodeId(s(id));
    n.name = s(id);
    n.kind = kind;
    n.rating = PowerRating::kilowatts(Kilowatts(1000));
    n.derating = 1;
    n.commissioned = commissioned;
    p.site.power.addNode(n);
    if (input)
        p.site.power.connect(PowerNodeId(s(input)), n.id);
}

// util-1 feeds sub-1 and sub-2; pdu-1 under sub-1 feeds r1, pdu-2 under sub-2 feeds r2 (40 kW
// racks); pdu-3 under sub-2 comes online on 2027-01-01 and feeds nothing. crah-1 cools both.
// Fleet: 8 systems "new" of 10 kW, 8 GPUs × 1,000 TFLOPS (8 PFLOPS), 100 a month each (7,200
// over 72 months): the solver energizes 4 in each rack (40 kW fills it).
// By hand: util-1 fails → r1 and r2 dark: 8 systems, 64 GPUs, 64 PFLOPS, 80 kW, 800 a month;
// crah-1 fails → both racks uncooled, the same figures (sorted after util-1: a node before a
// cooling unit on a tie); pdu-1, pdu-2, sub-1, sub-2 → one rack: 32 GPUs, 32 PFLOPS, 400.
Project handSite()
{
    Project p;
    p.site.name = s("N-1 test");
    p.site.planStart = QDate(2026, 6, 1);
    p.site.halls.push_back({ HallId(s("hall-1")), s("Hall 1"), {}, { Metres(20), Metres(10) } });
    Row row;
    row.id = RowId(s("row-1"));
    row.hall = HallId(s("hall-1"));
    row.name = s("Row 1");
    p.site.rows.push_back(row);
    addNode(p, "util-1", PowerNodeKind::Utility, nullptr);
    addNode(p, "sub-1", PowerNodeKind::Substation, "util-1");
    addNode(p, "sub-2", PowerNodeKind::Substation, "util-1");
    addNode(p, "pdu-1", PowerNodeKind::Pdu, "sub-1");
    addNode(p, "pdu-2", PowerNodeKind::Pdu, "sub-2");
    addNode(p, "pdu-3", PowerNodeKind::Pdu, "sub-2", QDate(2027, 1, 1));
    for (const char *id : { "r1", "r2" }) {
        Rack r;
        r.id = RackId(s(id));
        r.name = s(id);
        r.row = row.id;
        r.position = { Metres(p.site.racks.empty() ? 1 : 2), Metres(2) };
        r.powerLimit = Kilowatts(40);
        r.feedA = PowerNodeId(s(id) == s("r1") ? s("pdu-1") : s("pdu-2"));
        p.site.racks.push_back(r);
    }
    CoolingUnit crah;
    crah.id = CoolingUnitId(s("crah-1"));
    crah.name = s("CRAH 1");
    crah.capacity = Kilowatts(1000);
    crah.serves = { RackId(s("r1")), RackId(s("r2")) };
    p.site.coolingUnits.push_back(crah);
    SystemModel m;
    m.id = SystemModelId(s("new"));
    m.name = s("New");
    m.vendor = s("test");
    m.generation = s("NEW");
    m.gpu = s("NEW");
    m.gpusPerSystem = 8;
    m.power = Kilowatts(10);
    m.height = RackUnits(1);
    m.weight = Kilograms(20);
    m.bf16 = Teraflops(1000);
    m.released = QDate(2024, 1, 1);
    p.customModels.push_back(m);
    FleetLot lot;
    lot.id = LotId(s("lot-new"));
    lot.name = s("New lot");
    lot.model = m.id;
    lot.count = 8;
    lot.unitCost = Money(7200);
    lot.delivered = QDate(2025, 1, 1);
    p.fleet.push_back(lot);
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
