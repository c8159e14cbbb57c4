// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli procure, run as a user would on a site whose answer is worked by hand, and
// with bad arguments, each refused with a message naming the argument.
#include "clirun.h"
#include "handsite.h"

#include "projectfile.h"

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

// The N-1 hand site without its fleet: two 40 kW racks (four 10 kW "new" systems each), the
// utility's 1,000 kW far from binding; "new" (generation NEW, 8 PFLOPS) priced 100 USD.
Project emptySite()
{
    Project p = test::handSite();
    p.fleet.clear();
    p.customModels[0].price = Money(100);
    return p;
}

} // namespace

class TestProcureCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(s("empty.warmshell.json"));
        QVERIFY2(saveProject(emptySite(), m_file).isEmpty(), "saved");
    }

    // 500 USD buys 5 systems; the racks hold 8, so all 5 are ordered at once (lead 0) and
    // energized in both quarters: 5 × 8 PFLOPS × 0.25 year × 2 quarters = 20 PFLOPS-years
    // (no discount). The most efficient model now is the same order.
    void json()
    {
        const Run r = cli({ s("procure"), m_file, s("--budget"), s("500"), s("--candidates"), s("NEW:0"),
            s("--horizon"), s("2"), s("--discount"), s("0"), s("--format"), s("json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject plan = o[s("plan")].toObject();
        const QJsonArray orders = plan[s("orders")].toArray();
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders[0].toObject()[s("model")].toString(), s("new"));
        QCOMPARE(orders[0].toObject()[s("count")].toInt(), 5);
        QCOMPARE(orders[0].toObject()[s("costUsd")].toDouble(), 500.0);
        QCOMPARE(orders[0].toObject()[s("delivered")].toString(), s("2026-06-01"));
        QCOMPARE(plan[s("pflopsYears")].toDouble(), 20.0);
        QCOMPARE(plan[s("quarters")].toArray()[1].toObject()[s("energizedSystems")].toInt(), 5);
        QCOMPARE(o[s("fileOrdersOnly")].toObject()[s("pflopsYears")].toDouble(), 0.0);
        QCOMPARE(o[s("mostEfficientNow")].toObject()[s("pflopsYears")].toDouble(), 20.0);
        QCOMPARE(o[s("optimal")].toBool(), true);
    }

    void table()
    {
        const Run r = cli({ s("procure"), m_file, s("--budget"), s("500"), s("--candidates"), s("new:0"),
            s("--horizon"), s("2"), s("--discount"), s("0") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(s("order 2026 Q2  new")), qPrintable(r.out));
        QVERIFY(r.out.contains(s("5 systems")));
        QVERIFY(r.out.contains(s("new               5 system(s) ordered")));
    }

    void csv()
    {
        const Run r = cli({ s("procure"), m_file, s("--budget"), s("500"), s("--candidates"), s("new:0"),
            s("--horizon"), s("2"), s("--format"), s("csv") });
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(s("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines[0].startsWith(s("record,quarter,date,model,count,cost_usd,delivered")));
        QVERIFY2(lines[1].startsWith(s("order,0,2026-06-01,new,5,500.00,2026-06-01")), qPrintable(lines[1]));
        QCOMPARE(lines.size(), 4); // header, one order, two quarters
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("exitCode");
        const QStringList ok{ s("--budget"), s("500"), s("--candidates"), s("new") };
        QTest::newRow("unknown candidate") << QStringList{ s("--budget"), s("500"), s("--candidates"), s("XYZ9000") }
                                           << s("--candidates: 'XYZ9000' is neither a model id nor a generation") << 2;
        QTest::newRow("negative budget") << QStringList{ s("--budget"), s("-5"), s("--candidates"), s("new") }
                                         << s("--budget must be an amount of USD from 0 to 1e13") << 2;
        QTest::newRow("NaN budget") << QStringList{ s("--budget"), s("100,nan"), s("--candidates"), s("new") }
                                    << s("got 'nan'") << 2;
        QTest::newRow("horizon 0") << ok + QStringList{ s("--horizon"), s("0") }
                                   << s("--horizon must be a whole number of quarters from 1 to 24, got '0'") << 2;
        QTest::newRow("huge horizon") << ok + QStringList{ s("--horizon"), s("100000") }
                                      << s("--horizon must be a whole number of quarters from 1 to 24") << 2;
        QTest::newRow("negative lead") << QStringList{ s("--budget"), s("500"), s("--candidates"), s("new:-1") }
                                       << s("the lead time of 'new' must be a whole number of quarters") << 2;
        QTest::newRow("negative lead-time") << ok + QStringList{ s("--lead-time"), s("-2") }
                                            << s("--lead-time must be a whole number of quarters") << 2;
        QTest::newRow("no budget") << QStringList{ s("--candidates"), s("new") } << s("--budget is needed") << 2;
        QTest::newRow("net without value")
            << ok + QStringList{ s("--objective"), s("net") } << s("--objective net needs --value") << 2;
    }

    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QFETCH(int, exitCode);
        const Run r = cli(QStringList{ s("procure"), m_file } + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void listedInHelp()
    {
        const Run r = cli({ s("--help") });
        QVERIFY(r.out.contains(s("procure FILE")));
        const Run help = cli({ s("procure"), s("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(s("--candidates LIST")));
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestProcureCli)
#include "tst_procurecli.moc"
