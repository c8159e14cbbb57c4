// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real warmshell-cli executable as a user would and checks output and exit codes.
#include "catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace warmshell;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(WARMSHELL_CLI), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

const QString kCampus = QStringLiteral(WARMSHELL_SOURCE_DIR "/resources/examples/campus.warmshell.json");
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected"); // in stdout for 0, in stderr for 2
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("validate FILE");
        QTest::newRow("no command") << QStringList{} << 2 << QStringLiteral("no command given");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2
                                         << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("validate --help") << QStringList{QStringLiteral("validate"), QStringLiteral("--help")} << 0
                                         << QStringLiteral("Usage: warmshell-cli validate FILE");
        QTest::newRow("validate without file") << QStringList{QStringLiteral("validate")} << 2
                                               << QStringLiteral("validate needs a FILE");
        QTest::newRow("validate two files") << QStringList{QStringLiteral("validate"), kCampus, kCampus} << 2
                                            << QStringLiteral("exactly one FILE");
        QTest::newRow("catalog --help") << QStringList{QStringLiteral("catalog"), QStringLiteral("--help")} << 0
                                        << QStringLiteral("--format table|json");
        QTest::newRow("catalog bad format") << QStringList{QStringLiteral("catalog"), QStringLiteral("--format"), QStringLiteral("xml")}
                                            << 2 << QStringLiteral("--format must be table or json, got 'xml'");
        QTest::newRow("catalog unknown option") << QStringList{QStringLiteral("catalog"), QStringLiteral("--colour")} << 2
                                                << QStringLiteral("unknown argument '--colour'");
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

    void validateExamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("summary");
        // Counts from the example files (208 racks = 8 rows × 20 air + 4 rows × 12 liquid).
        QTest::newRow("campus") << kCampus << QStringLiteral("valid — 2 halls, 208 racks, 40 power nodes");
        QTest::newRow("lab") << QStringLiteral(WARMSHELL_SOURCE_DIR "/resources/examples/lab.warmshell.json")
                             << QStringLiteral("valid — 1 hall, 20 racks");
    }
    void validateExamples()
    {
        QFETCH(QString, file);
        QFETCH(QString, summary);
        const Run r = cli({QStringLiteral("validate"), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(summary), qPrintable(r.out));
    }

    void validateRefusedFile()
    {
        const Run r = cli({QStringLiteral("validate"), QStringLiteral(WARMSHELL_TEST_DATA "/bad/wrong-type.json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("refused, 1 problem:")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("$.site.racks[0].powerLimitKw: must be a number, got a string")), qPrintable(r.out));
    }

    void validateMissingFile()
    {
        const Run r = cli({QStringLiteral("validate"), QStringLiteral("/nonexistent/site.json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QStringLiteral("does not exist")));
    }

    void validatePrintsEveryProblem()
    {
        const Run r = cli({QStringLiteral("validate"), QStringLiteral(WARMSHELL_TEST_DATA "/invalid/cycle-and-spof.warmshell.json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("3 problems:")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("the power chain has a cycle")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("single point of failure")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("$.fleet[0].model: names system model \"tpu-v9\"")), qPrintable(r.out));
    }

    void validateMigratedFile()
    {
        const Run r = cli({QStringLiteral("validate"), QStringLiteral(WARMSHELL_TEST_DATA "/v1/minimal-v1.warmshell.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("read format version 1 and migrated it to 2")));
    }

    void catalogTable()
    {
        const Run r = cli({QStringLiteral("catalog")});
        QCOMPARE(r.exitCode, 0);
        for (const SystemModel &m : Catalog::builtIn().models())
            QVERIFY2(r.out.contains(m.id.toString()), qPrintable(m.id.toString()));
        QVERIFY(r.out.contains(QStringLiteral("%1 models").arg(Catalog::builtIn().models().size())));
        const Run withSources = cli({QStringLiteral("catalog"), QStringLiteral("--sources")});
        QVERIFY(withSources.out.contains(QStringLiteral("docs.nvidia.com/dgx/dgxh100-user-guide/introduction-to-dgxh100.html")));
    }

    void catalogJsonMatchesTheBuiltIn()
    {
        const Run r = cli({QStringLiteral("catalog"), QStringLiteral("--format=json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray models = doc.object().value(QStringLiteral("models")).toArray();
        QCOMPARE(qsizetype(models.size()), qsizetype(Catalog::builtIn().models().size()));
        // And the printed JSON reads back as the same catalog.
        std::vector<Problem> errors;
        const Catalog back = Catalog::parse(r.out.toUtf8(), errors);
        QVERIFY(errors.empty());
        QVERIFY(back.models() == Catalog::builtIn().models());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
