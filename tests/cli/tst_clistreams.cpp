// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21 §3, the command-line conventions every command shares (docs/cli.md): validate's JSON
// report, errors as one JSON document on stderr with --format json, "-" for standard input and
// standard output, --quiet. Runs the real warmshell-cli.
#include "catalog.h"
#include "cli/command.h"
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace table = warmshell::cli;
using Run = warmshell::test::CliRun;
using Streams = warmshell::test::CliStreams;

namespace {

const QString kMinimal = QStringLiteral(WARMSHELL_TEST_DATA "/good/minimal.warmshell.json");
const QString kScenarios = QStringLiteral(WARMSHELL_TEST_DATA "/good/scenarios.warmshell.json");
const QString kInvalid = QStringLiteral(WARMSHELL_TEST_DATA "/invalid/cycle-and-spof.warmshell.json");
const QString kWrongType = QStringLiteral(WARMSHELL_TEST_DATA "/bad/wrong-type.json");
const QString kNetBox = QStringLiteral(WARMSHELL_TEST_DATA "/netbox/");

Run cli(const QStringList &args, const Streams &streams = {})
{
    return warmshell::test::runCli(args, 120000, streams);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// `text` without what times the run, which differs between any two runs: JSON lines
// ("seconds": 0.0086) and the text form's "(0.05 s, ...".
QString withoutTimings(const QString &text)
{
    QStringList lines = text.split(u'\n');
    lines.removeIf([](const QString &line) { return line.contains(QLatin1String("\"seconds\":")); });
    return lines.join(u'\n').replace(QRegularExpression(QStringLiteral("\\d+\\.\\d+ s\\b")), QStringLiteral("T s"));
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// The extra arguments `command` needs to run on a project (export: which table).
QStringList needed(const QString &command)
{
    if (command == QLatin1String("measured"))
        return { QStringLiteral("--measurements"), QStringLiteral("m.csv"), QStringLiteral("--from"),
            QStringLiteral("2026-05-01T00:00:00Z"), QStringLiteral("--to"), QStringLiteral("2026-05-02T00:00:00Z") };
    if (command == QLatin1String("risk"))
        return { QStringLiteral("--samples"), QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("1") };
    if (command == QLatin1String("procure"))
        return { QStringLiteral("--budget"), QStringLiteral("1000000"), QStringLiteral("--candidates"),
            QStringLiteral("B200") };
    return command == QLatin1String("export") ? QStringList{ QStringLiteral("--what"), QStringLiteral("generations") }
                                              : QStringList{};
}

// The commands of the table whose --format offers json.
QStringList jsonCommands()
{
    QStringList names;
    for (const table::Command &c : table::commands())
        if (table::asksForJson(c, { QStringLiteral("--format"), QStringLiteral("json") }))
            names << QString::fromLatin1(c.name);
    return names;
}

bool desktopAppBuilt()
{
    return QFileInfo(QFileInfo(QStringLiteral(WARMSHELL_CLI)).dir().filePath(QStringLiteral("warmshell")))
        .isExecutable();
}

QStringList netboxArgs(const QString &racks, const QString &out)
{
    return { QStringLiteral("import-netbox"), QStringLiteral("--racks"), racks, QStringLiteral("--power-panels"),
        kNetBox + QStringLiteral("power-panels.json"), QStringLiteral("--power-feeds"),
        kNetBox + QStringLiteral("power-feeds.json"), QStringLiteral("--plan-start=2026-01-01"),
        QStringLiteral("--out"), out };
}

} // namespace

class TestCliStreams : public QObject
{
    Q_OBJECT

    QTemporaryDir m_runtimeDir; // XDG_RUNTIME_DIR of the desktop app drawing a report

private slots:
    // The desktop app warns on stderr without an XDG_RUNTIME_DIR; stderr must hold only what
    // WarmShell says.
    void initTestCase() { qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtimeDir.path())); }

    // The JSON report of a valid project: its counts taken from the file itself (1 hall, 2
    // racks, 3 power nodes, 1 cooling unit, 1 lot) and its GPUs from the catalog: 6 systems of
    // dgx-a100 × 8 GPUs = 48.
    void validateJsonOfAValidProject()
    {
        const Run r = cli({ QStringLiteral("validate"), kMinimal, QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QJsonObject report = jsonObject(r.out);
        const QJsonObject file = QJsonDocument::fromJson(fileBytes(kMinimal)).object();
        const QJsonObject site = file.value(QStringLiteral("site")).toObject();
        QCOMPARE(report.value(QStringLiteral("file")).toString(), kMinimal);
        QCOMPARE(report.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("refused")).toBool(), false);
        QCOMPARE(report.value(QStringLiteral("problemCount")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("problems")).toArray().size(), 0);
        const QJsonObject summary = report.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("halls")).toInt(), site.value(QStringLiteral("halls")).toArray().size());
        QCOMPARE(summary.value(QStringLiteral("racks")).toInt(), site.value(QStringLiteral("racks")).toArray().size());
        QCOMPARE(summary.value(QStringLiteral("powerNodes")).toInt(),
            site.value(QStringLiteral("powerNodes")).toArray().size());
        QCOMPARE(summary.value(QStringLiteral("coolingUnits")).toInt(),
            site.value(QStringLiteral("coolingUnits")).toArray().size());
        const QJsonArray fleet = file.value(QStringLiteral("fleet")).toArray();
        QCOMPARE(summary.value(QStringLiteral("lots")).toInt(), fleet.size());
        QCOMPARE(fleet.size(), 1);
        const QJsonObject lot = fleet.first().toObject();
        const auto *model = warmshell::Catalog::builtIn().find(
            warmshell::SystemModelId(lot.value(QStringLiteral("model")).toString()));
        QVERIFY(model);
        QCOMPARE(summary.value(QStringLiteral("gpus")).toInteger(),
            lot.value(QStringLiteral("count")).toInteger() * model->gpusPerSystem);
        QCOMPARE(summary.value(QStringLiteral("gpus")).toInteger(), 48);
    }

    // An invalid project: the JSON problems are exactly the "  path: message" lines of the text
    // form, each an error; exit 1 and stderr points to them in the JSON error document.
    void validateJsonListsTheProblemsOfTheTextForm()
    {
        const Run text = cli({ QStringLiteral("validate"), kInvalid });
        const Run json = cli({ QStringLiteral("validate"), kInvalid, QStringLiteral("--format=json") });
        QCOMPARE(text.exitCode, 1);
        QCOMPARE(json.exitCode, 1);
        QStringList lines = text.err.split(u'\n').filter(QStringLiteral("  $"));
        for (QString &line : lines)
            line = line.trimmed();
        QCOMPARE(lines.size(), 3); // the cycle, the single point of failure, the unknown model
        const QJsonObject report = jsonObject(json.out);
        QCOMPARE(report.value(QStringLiteral("valid")).toBool(), false);
        QCOMPARE(report.value(QStringLiteral("refused")).toBool(), false);
        QCOMPARE(report.value(QStringLiteral("problemCount")).toInt(), 3);
        QVERIFY(!report.contains(QStringLiteral("summary")));
        QStringList fromJson;
        for (const QJsonValue &v : report.value(QStringLiteral("problems")).toArray()) {
            const QJsonObject p = v.toObject();
            QCOMPARE(p.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
            QVERIFY(p.value(QStringLiteral("path")).toString().startsWith(u'$'));
            fromJson << p.value(QStringLiteral("path")).toString() + QStringLiteral(": ")
                    + p.value(QStringLiteral("message")).toString();
        }
        QCOMPARE(fromJson, lines);
        const QJsonObject err = jsonObject(json.err);
        QCOMPARE(err.value(QStringLiteral("exitCode")).toInt(), 1);
        const QJsonArray messages = err.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("invalid"));
        QCOMPARE(messages[0].toObject().value(QStringLiteral("message")).toString(),
            kInvalid + QStringLiteral(": 3 problems (listed on standard output)"));
    }

    // A file refused when read: refused true, the reason with its JSON path (the fixture's
    // racks[0].powerLimitKw is the string "ten").
    void validateJsonOfARefusedFile()
    {
        const Run r
            = cli({ QStringLiteral("validate"), kWrongType, QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.exitCode, 1);
        const QJsonObject report = jsonObject(r.out);
        QCOMPARE(report.value(QStringLiteral("refused")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("valid")).toBool(), false);
        const QJsonArray problems = report.value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].toObject().value(QStringLiteral("path")).toString(),
            QStringLiteral("$.site.racks[0].powerLimitKw"));
        QCOMPARE(problems[0].toObject().value(QStringLiteral("message")).toString(),
            QStringLiteral("must be a number, got a string"));
    }

    // Every command whose --format offers json reports a usage error and an unreadable file as
    // one JSON document on stderr (exit codes as in text), and as text without --format json.
    void jsonErrors_data()
    {
        QTest::addColumn<QString>("command");
        const QStringList commands = jsonCommands();
        QCOMPARE(commands.size(),
            13); // validate catalog solve export export-netbox timeline risk compare procure
                 // contingencies maintenance measured scenarios
        for (const QString &c : commands)
            QTest::newRow(qPrintable(c)) << c;
    }
    void jsonErrors()
    {
        QFETCH(QString, command);
        const QStringList json{ QStringLiteral("--format"), QStringLiteral("json") };
        // A usage error, found before --format is read: still JSON.
        const Run usage = cli(QStringList{ command, QStringLiteral("--no-such-option") } + json);
        QCOMPARE(usage.exitCode, 2);
        QVERIFY2(usage.out.isEmpty(), qPrintable(usage.out));
        const QJsonObject doc = jsonObject(usage.err);
        QCOMPARE(doc.value(QStringLiteral("command")).toString(), command);
        QCOMPARE(doc.value(QStringLiteral("exitCode")).toInt(), 2);
        const QJsonArray messages = doc.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("usage"));
        QCOMPARE(messages[0].toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        // The same in text: the same words, then the usage, no JSON.
        const Run textUsage = cli({ command, QStringLiteral("--no-such-option") });
        QCOMPARE(textUsage.exitCode, 2);
        const QString words = messages[0].toObject().value(QStringLiteral("message")).toString();
        QVERIFY2(words.endsWith(QStringLiteral(" '--no-such-option'")), qPrintable(words)); // unknown option/argument
        QVERIFY2(textUsage.err.startsWith(QStringLiteral("warmshell-cli: ") + words + QStringLiteral("\n\nUsage: ")),
            qPrintable(textUsage.err));
        if (command == QLatin1String("catalog"))
            return; // reads no file
        // A file that does not exist.
        const QString missing = QStringLiteral("/nonexistent/site.json");
        const Run unreadable = cli(QStringList{ command, missing } + needed(command) + json);
        QCOMPARE(unreadable.exitCode, 1);
        const QJsonObject refused = jsonObject(unreadable.err);
        QCOMPARE(refused.value(QStringLiteral("exitCode")).toInt(), 1);
        const QJsonObject first = refused.value(QStringLiteral("messages")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("refused"));
        QCOMPARE(first.value(QStringLiteral("file")).toString(), missing);
        if (command != QLatin1String("validate")) { // validate lists the problem in its report
            QCOMPARE(first.value(QStringLiteral("path")).toString(), QStringLiteral("$"));
            QCOMPARE(first.value(QStringLiteral("message")).toString(), missing + QStringLiteral(" does not exist"));
            QVERIFY2(unreadable.out.isEmpty(), qPrintable(unreadable.out));
        }
        const Run text = cli(QStringList{ command, missing } + needed(command));
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.err.startsWith(missing + QStringLiteral(": refused, 1 problem:\n  $: ") + missing
                     + QStringLiteral(" does not exist\n")),
            qPrintable(text.err));
    }

    // An invalid project with --format json: each validation problem one error with its path.
    void jsonErrorsOfAnInvalidProject()
    {
        const Run r = cli({ QStringLiteral("compare"), kInvalid, QStringLiteral("--heuristic"),
            QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.exitCode, 1);
        const QJsonArray messages = jsonObject(r.err).value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 3);
        for (const QJsonValue &m : messages) {
            QCOMPARE(m.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("invalid"));
            QCOMPARE(m.toObject().value(QStringLiteral("file")).toString(), kInvalid);
            QVERIFY(m.toObject().value(QStringLiteral("path")).toString().startsWith(QStringLiteral("$.")));
        }
    }

    // FILE "-" reads the project from standard input: the same output as the file itself.
    void standardInputIsTheFile_data()
    {
        QTest::addColumn<QStringList>("args"); // FILE is the placeholder "@"
        QTest::addColumn<QString>("project");
        const QString at = QStringLiteral("@");
        QTest::newRow("validate") << QStringList{ QStringLiteral("validate"), at, QStringLiteral("--format=json") }
                                  << kMinimal;
        QTest::newRow("solve json") << QStringList{ QStringLiteral("solve"), at, QStringLiteral("--format=json") }
                                    << kMinimal;
        QTest::newRow("export csv") << QStringList{ QStringLiteral("export"), at, QStringLiteral("--what=placements") }
                                    << kMinimal;
        QTest::newRow("timeline csv") << QStringList{ QStringLiteral("timeline"), at, QStringLiteral("--format=csv") }
                                      << kMinimal;
        QTest::newRow("compare json") << QStringList{ QStringLiteral("compare"), at, QStringLiteral("--format=json"),
            QStringLiteral("--heuristic") }
                                      << kMinimal;
        QTest::newRow("contingencies json")
            << QStringList{ QStringLiteral("contingencies"), at, QStringLiteral("--format=json") } << kMinimal;
        QTest::newRow("scenarios json") << QStringList{ QStringLiteral("scenarios"), at,
            QStringLiteral("--format=json"), QStringLiteral("--heuristic") }
                                        << kScenarios;
        QTest::newRow("model lp") << QStringList{ QStringLiteral("model"), at, QStringLiteral("--lp"),
            QStringLiteral("-") } << kMinimal;
    }
    void standardInputIsTheFile()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, project);
        QStringList byName = args, byStdin = args;
        byName.replace(args.indexOf(QStringLiteral("@")), project);
        byStdin.replace(args.indexOf(QStringLiteral("@")), QStringLiteral("-"));
        const Run named = cli(byName);
        const Run piped = cli(byStdin, Streams{ fileBytes(project), {}, {} });
        QVERIFY2(named.exitCode == 0, qPrintable(named.err));
        QVERIFY2(piped.exitCode == 0, qPrintable(piped.err));
        QVERIFY(!named.out.isEmpty());
        // validate's report names the file as given: "-" or the path.
        const QString namedOut = QString(named.out).replace(
            QStringLiteral("\"file\": \"%1\"").arg(project), QStringLiteral("\"file\": \"-\""));
        QCOMPARE(withoutTimings(piped.out), withoutTimings(namedOut));
        QCOMPARE(piped.err, named.err);
    }

    // "--out -" (and --lp -, --mps -) writes to standard output exactly what "--out F" writes
    // to F, and no "wrote" note beside it.
    void outDashIsStandardOutput_data()
    {
        QTest::addColumn<QStringList>("args"); // the output is the placeholder "@"
        const QString at = QStringLiteral("@");
        QTest::newRow("solve") << QStringList{ QStringLiteral("solve"), kMinimal, QStringLiteral("--format=json"),
            QStringLiteral("--out"), at };
        QTest::newRow("export") << QStringList{ QStringLiteral("export"), kMinimal, QStringLiteral("--what=nodes"),
            QStringLiteral("--out"), at };
        QTest::newRow("timeline") << QStringList{ QStringLiteral("timeline"), kMinimal, QStringLiteral("--out"), at };
        QTest::newRow("compare") << QStringList{ QStringLiteral("compare"), kMinimal, QStringLiteral("--heuristic"),
            QStringLiteral("--out"), at };
        QTest::newRow("scenarios") << QStringList{ QStringLiteral("scenarios"), kScenarios,
            QStringLiteral("--heuristic"), QStringLiteral("--out"), at };
        QTest::newRow("contingencies") << QStringList{ QStringLiteral("contingencies"), kMinimal,
            QStringLiteral("--out"), at };
        QTest::newRow("model --lp") << QStringList{ QStringLiteral("model"), kMinimal, QStringLiteral("--lp"), at };
        QTest::newRow("model --mps") << QStringList{ QStringLiteral("model"), kMinimal, QStringLiteral("--per-rack"),
            QStringLiteral("--mps"), at };
        QTest::newRow("import-netbox") << netboxArgs(kNetBox + QStringLiteral("racks.json"), at);
    }
    void outDashIsStandardOutput()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("out"));
        QStringList toFile = args, toStdout = args;
        toFile.replace(args.indexOf(QStringLiteral("@")), target);
        toStdout.replace(args.indexOf(QStringLiteral("@")), QStringLiteral("-"));
        const Run file = cli(toFile);
        const Run out = cli(toStdout);
        QVERIFY2(file.exitCode == 0, qPrintable(file.err));
        QVERIFY2(out.exitCode == 0, qPrintable(out.err));
        const QByteArray written = fileBytes(target);
        QVERIFY(written.size() > 100);
        QCOMPARE(withoutTimings(out.out), withoutTimings(QString::fromUtf8(written)));
        QVERIFY(!QFile::exists(QStringLiteral("-")) && !QFile::exists(dir.filePath(QStringLiteral("-"))));
    }

    // import-netbox reads one of its three inputs from standard input (the same project), and
    // refuses two.
    void importNetBoxFromStandardInput()
    {
        QTemporaryDir dir;
        const QString named = dir.filePath(QStringLiteral("named.json")),
                      piped = dir.filePath(QStringLiteral("piped.json"));
        QCOMPARE(cli(netboxArgs(kNetBox + QStringLiteral("racks.json"), named)).exitCode, 0);
        const Run r = cli(netboxArgs(QStringLiteral("-"), piped),
            Streams{ fileBytes(kNetBox + QStringLiteral("racks.json")), {}, {} });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(fileBytes(piped), fileBytes(named));
        QStringList two = netboxArgs(QStringLiteral("-"), piped);
        two.replace(two.indexOf(kNetBox + QStringLiteral("power-feeds.json")), QStringLiteral("-"));
        const Run refused = cli(two + QStringList{ QStringLiteral("--force") });
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.startsWith(QStringLiteral(
                     "warmshell-cli: only one of --racks, --power-panels, --power-feeds, --cooling-sources and "
                     "--cooling-feeds can be - (standard input)")),
            qPrintable(refused.err));
    }

    // "The output is the input" holds through the standard streams: a project read from
    // standard input is not replaced by --out, and standard output appending to the project
    // is refused; --force allows the first.
    void outputIsTheInputThroughStandardStreams()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("site.json"));
        QVERIFY(QFile::copy(kMinimal, project));
        const QByteArray before = fileBytes(project);
        const QStringList fromStdin{ QStringLiteral("solve"), QStringLiteral("-"), QStringLiteral("--format=csv"),
            QStringLiteral("--out"), project };
        const Run stdinIsOut = cli(fromStdin, Streams{ {}, project, {} });
        QCOMPARE(stdinIsOut.exitCode, 1);
        QCOMPARE(stdinIsOut.err,
            QStringLiteral("warmshell-cli: cannot write %1: it is the input file standard input (give --force to "
                           "replace it)\n")
                .arg(project));
        QCOMPARE(fileBytes(project), before);

        const Run stdoutIsIn = cli({ QStringLiteral("solve"), project, QStringLiteral("--format=csv"),
                                       QStringLiteral("--out"), QStringLiteral("-") },
            Streams{ {}, {}, project });
        QCOMPARE(stdoutIsIn.exitCode, 1);
        QCOMPARE(stdoutIsIn.err,
            QStringLiteral("warmshell-cli: cannot write standard output: it is the input file %1 (give --force to "
                           "replace it)\n")
                .arg(project));
        QCOMPARE(fileBytes(project), before);

        const Run forced = cli(fromStdin + QStringList{ QStringLiteral("--force") }, Streams{ {}, project, {} });
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
        QVERIFY2(fileBytes(project).startsWith("generation,"), fileBytes(project).constData());
    }

    // --quiet: only the result on stdout (or nothing), errors still on stderr.
    void quietLeavesOnlyTheResult_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("result"); // whether the command's stdout is its result
        QTest::newRow("validate") << QStringList{ QStringLiteral("validate"), kMinimal } << false;
        QTest::newRow("model") << QStringList{ QStringLiteral("model"), kMinimal, QStringLiteral("--lp"),
            QStringLiteral("@") }
                               << false;
        QTest::newRow("import-netbox") << netboxArgs(kNetBox + QStringLiteral("racks.json"), QStringLiteral("@"))
                                       << false;
        QTest::newRow("solve") << QStringList{ QStringLiteral("solve"), kMinimal } << true;
        QTest::newRow("catalog") << QStringList{ QStringLiteral("catalog") } << true;
        QTest::newRow("validate json") << QStringList{ QStringLiteral("validate"), kMinimal,
            QStringLiteral("--format=json") }
                                       << true;
        if (desktopAppBuilt())
            QTest::newRow("report") << QStringList{ QStringLiteral("report"), kMinimal, QStringLiteral("--out"),
                QStringLiteral("@") }
                                    << false;
    }
    void quietLeavesOnlyTheResult()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, result);
        QTemporaryDir dir;
        QStringList loud = args, quiet = args;
        if (const qsizetype at = args.indexOf(QStringLiteral("@")); at >= 0) {
            loud.replace(at, dir.filePath(QStringLiteral("loud")));
            quiet.replace(at, dir.filePath(QStringLiteral("quiet")));
        }
        const Run normal = cli(loud);
        const Run silent = cli(quiet + QStringList{ QStringLiteral("--quiet") });
        QVERIFY2(normal.exitCode == 0, qPrintable(normal.err));
        QVERIFY2(silent.exitCode == 0, qPrintable(silent.err));
        QVERIFY(!normal.out.isEmpty());
        QCOMPARE(withoutTimings(silent.out), result ? withoutTimings(normal.out) : QString());
        QVERIFY2(silent.err.isEmpty(), qPrintable(silent.err));
        // Errors are not quietened.
        const Run failing = cli({ QStringLiteral("validate"), kInvalid, QStringLiteral("--quiet") });
        QCOMPARE(failing.exitCode, 1);
        QVERIFY(failing.out.isEmpty());
        QVERIFY2(failing.err.contains(QStringLiteral(": 3 problems:")), qPrintable(failing.err));
    }
};

QTEST_GUILESS_MAIN(TestCliStreams)
#include "tst_clistreams.moc"
