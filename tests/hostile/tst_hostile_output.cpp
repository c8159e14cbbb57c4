// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, items 2–5, 12 and "--out ''": every command that writes a file, against the targets an
// unlucky user or an attacker gives it — its own input, device nodes, a FIFO, a directory, a full
// disk, a read-only folder, an empty name, and an invalid project. The output is always the old
// content or the complete new one, a device stays a device, every refusal is one line on stderr
// naming the file and the reason.
#include "hostilecli.h"
#include "specialfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace warmshell::hostile;

namespace {

// What each writer produces, to tell a complete output from a truncated one.
enum class Content { Json, Csv, Text, Lp, Mps, Pdf, Project };

struct Writer
{
    QString name;
    QStringList (*args)(const QString &project, const QString &netbox, const QString &target);
    Content content;
    bool replacesOnlyWithForce; // import-netbox keeps any existing file unless --force
    bool needsUi; // report: drawn by the desktop app
};

QStringList solveArgs(const QString &p, const QString &, const QString &t)
{
    return { QStringLiteral("solve"), p, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
        t };
}
QStringList exportArgs(const QString &p, const QString &, const QString &t)
{
    return { QStringLiteral("export"), p, QStringLiteral("--what"), QStringLiteral("generations"),
        QStringLiteral("--out"), t };
}
QStringList timelineArgs(const QString &p, const QString &, const QString &t)
{
    return { QStringLiteral("timeline"), p, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
        t };
}
QStringList compareArgs(const QString &p, const QString &, const QString &t)
{
    return { QStringLiteral("compare"), p, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
        t };
}
QStringList scenariosArgs(const QString &p, const QString &, const QString &t)
{
    return { QStringLiteral("scenarios"), p, QStringLiteral("--out"), t };
}
QStringList contingenciesArgs(const QString &p, const QString &, const QString &t)
{
    return { QStringLiteral("contingencies"), p, QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("--out"), t };
}
QStringList maintenanceArgs(const QString &p, const QString &, const QString &t)
{
    return { QStringLiteral("maintenance"), p, QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("--out"), t };
}
QStringList riskArgs(const QString &p, const QString &, const QString &t)
{
    return { QStringLiteral("risk"), p, QStringLiteral("--samples"), QStringLiteral("3"), QStringLiteral("--seed"),
        QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), t };
}
QStringList lpArgs(const QString &p, const QString &, const QString &t)
{
    return { QStringLiteral("model"), p, QStringLiteral("--lp"), t };
}
QStringList mpsArgs(const QString &p, const QString &, const QString &t)
{
    return { QStringLiteral("model"), p, QStringLiteral("--mps"), t };
}
QStringList perRackArgs(const QString &p, const QString &, const QString &t)
{
    return { QStringLiteral("model"), p, QStringLiteral("--per-rack"), QStringLiteral("--lp"), t };
}
QStringList netboxArgs(const QString &, const QString &racks, const QString &t)
{
    const QString data = QStringLiteral(WARMSHELL_TEST_DATA "/netbox/");
    return { QStringLiteral("import-netbox"), QStringLiteral("--racks"), racks, QStringLiteral("--power-panels"),
        data + QStringLiteral("power-panels.json"), QStringLiteral("--power-feeds"),
        data + QStringLiteral("power-feeds.json"), QStringLiteral("--out"), t, QStringLiteral("--plan-start"),
        QStringLiteral("2025-01-01") };
}
QStringList reportArgs(const QString &p, const QString &, const QString &t)
{
    return { QStringLiteral("report"), p, QStringLiteral("--out"), t };
}

const QList<Writer> &writers()
{
    static const QList<Writer> all{
        { QStringLiteral("solve"), solveArgs, Content::Json, false, false },
        { QStringLiteral("export"), exportArgs, Content::Csv, false, false },
        { QStringLiteral("timeline"), timelineArgs, Content::Csv, false, false },
        { QStringLiteral("compare"), compareArgs, Content::Json, false, false },
        { QStringLiteral("scenarios"), scenariosArgs, Content::Text, false, false },
        { QStringLiteral("contingencies"), contingenciesArgs, Content::Json, false, false },
        { QStringLiteral("maintenance"), maintenanceArgs, Content::Json, false, false },
        { QStringLiteral("risk"), riskArgs, Content::Csv, false, false },
        { QStringLiteral("model --lp"), lpArgs, Content::Lp, false, false },
        { QStringLiteral("model --mps"), mpsArgs, Content::Mps, false, false },
        { QStringLiteral("model --per-rack"), perRackArgs, Content::Lp, false, false },
        { QStringLiteral("import-netbox"), netboxArgs, Content::Project, true, false },
        { QStringLiteral("report"), reportArgs, Content::Pdf, false, true },
    };
    return all;
}

// Whether `bytes` is a whole output of its kind (a truncated one fails this).
bool complete(Content content, const QByteArray &bytes)
{
    switch (content) {
    case Content::Json:
    case Content::Project:
        return QJsonDocument::fromJson(bytes).isObject();
    case Content::Csv:
    case Content::Text:
        return bytes.size() > 20 && bytes.endsWith('\n');
    case Content::Lp:
        return bytes.startsWith("\\*") && bytes.endsWith("End\n");
    case Content::Mps:
        return bytes.startsWith("*") && bytes.endsWith("ENDATA\n");
    case Content::Pdf:
        return bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF");
    }
    return false;
}

// Seconds a writer may take on the test's small project (the report also draws the PDF), and the
// peak resident memory it may use; both times hostileSlack().
constexpr double kSecondsLimit = 20;
constexpr double kMiBLimit = 600;

// One writer run in a private folder: its copy of the project (a small one with scenarios, so
// that every command has something to write) and of the NetBox racks file.
class Fixture
{
public:
    explicit Fixture(const Writer &writer) : m_writer(writer)
    {
        m_project = m_dir.filePath(QStringLiteral("project.json"));
        m_racks = m_dir.filePath(QStringLiteral("racks.json"));
        QFile::copy(QStringLiteral(WARMSHELL_TEST_DATA "/good/scenarios.warmshell.json"), m_project);
        QFile::copy(QStringLiteral(WARMSHELL_TEST_DATA "/netbox/racks.json"), m_racks);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString project() const { return m_project; }
    // The input the writer reads that an output could replace.
    QString input() const { return m_writer.content == Content::Project ? m_racks : m_project; }

    // `stdoutPath`: an existing file or device the writer's standard output is opened on.
    HostileRun run(const QString &target, const QStringList &extra = {}, const QString &stdoutPath = {}) const
    {
        const int timeoutMs = int(kSecondsLimit * 3 * hostileSlack() * 1000);
        HostileOptions options{ timeoutMs, {}, {} };
        options.stdoutPath = stdoutPath;
        return runCli(m_writer.args(m_project, m_racks, target) + extra, options);
    }

private:
    const Writer &m_writer;
    QTemporaryDir m_dir;
    QString m_project, m_racks;
};

// Who speaks on stderr: the report's refusals come from the desktop app that draws it.
QString speaker(const Writer &w)
{
    return w.needsUi ? QStringLiteral("warmshell: ") : QStringLiteral("warmshell-cli: ");
}

// import-netbox keeps an existing file unless given --force (devices and FIFOs exist too); the
// other writers need no --force for a target that is not their input.
QStringList forceIfNeeded(const Writer &w)
{
    return w.replacesOnlyWithForce ? QStringList{ QStringLiteral("--force") } : QStringList{};
}

// The first line of stderr, or, when a --format json run wrote its errors as the JSON document
// of docs/cli.md, its first message as the text form words it ("warmshell-cli: MESSAGE"), after
// checking the document's exit code and the message's kind.
QString firstError(const HostileRun &r)
{
    const QJsonObject document = QJsonDocument::fromJson(r.err).object();
    if (document.isEmpty())
        return r.errLines().value(0);
    if (document.value(QStringLiteral("exitCode")).toInt() != r.exitCode)
        return QStringLiteral("JSON exitCode %1, process %2")
            .arg(document.value(QStringLiteral("exitCode")).toInt())
            .arg(r.exitCode);
    const QJsonObject first = document.value(QStringLiteral("messages")).toArray().first().toObject();
    if (first.value(QStringLiteral("kind")).toString() != QLatin1String("output")
        && first.value(QStringLiteral("kind")).toString() != QLatin1String("usage"))
        return QStringLiteral("JSON kind ") + first.value(QStringLiteral("kind")).toString();
    return QStringLiteral("warmshell-cli: ") + first.value(QStringLiteral("message")).toString();
}

// Exit code, the one stderr line with the file and reason, time and memory.
void checkRefusal(const HostileRun &r, int exitCode, const QString &line)
{
    QVERIFY2(!r.timedOut && r.signal == 0, r.err.constData());
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(!r.errLines().isEmpty(), "nothing on stderr");
    QCOMPARE(firstError(r), line);
    QVERIFY2(r.seconds < (kSecondsLimit + 1) * hostileSlack(), qPrintable(QString::number(r.seconds)));
    QVERIFY2(r.peakMiB < kMiBLimit * hostileSlack(), qPrintable(QString::number(r.peakMiB)));
}

void checkSuccess(const HostileRun &r)
{
    QVERIFY2(!r.timedOut && r.signal == 0, r.err.constData());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.seconds < (kSecondsLimit + 1) * hostileSlack(), qPrintable(QString::number(r.seconds)));
    QVERIFY2(r.peakMiB < kMiBLimit * hostileSlack(), qPrintable(QString::number(r.peakMiB)));
}

} // namespace

class TestHostileOutput : public QObject
{
    Q_OBJECT

    // The writer of the current data row; null (the row skipped) for the report when the
    // desktop app that draws it is not built (WARMSHELL_BUILD_UI=OFF).
    const Writer *currentWriter()
    {
        QFETCH(int, writer);
        const Writer &w = writers()[writer];
        const QString app = QFileInfo(QStringLiteral(WARMSHELL_CLI)).dir().filePath(QStringLiteral("warmshell"));
        if (w.needsUi && !QFileInfo(app).isExecutable()) {
            QTest::qSkip(
                "the report is drawn by the desktop app, not built here (WARMSHELL_BUILD_UI=OFF)", __FILE__, __LINE__);
            return nullptr;
        }
        return &w;
    }

    void everyWriter()
    {
        QTest::addColumn<int>("writer");
        for (qsizetype i = 0; i < writers().size(); ++i)
            QTest::newRow(qPrintable(writers()[i].name)) << int(i);
    }

    QTemporaryDir m_runtimeDir; // XDG_RUNTIME_DIR of the desktop app (mode 0700, as Qt wants it)

private slots:
    // The desktop app that draws the report warns on stderr without an XDG_RUNTIME_DIR; the
    // test's stderr must hold only what WarmShell says.
    void initTestCase() { qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtimeDir.path())); }

    // `--out P` where P is the project read: refused, P byte for byte as it was; with --force
    // P becomes the complete output.
    void outputIsTheInput_data() { everyWriter(); }
    void outputIsTheInput()
    {
        const Writer *w = currentWriter();
        if (!w)
            return;
        const Fixture f(*w);
        const QByteArray before = fileBytes(f.input());
        const HostileRun refused = f.run(f.input());
        const QString expected = w->replacesOnlyWithForce
            ? QStringLiteral("warmshell-cli: %1 exists; it is kept (give --force to replace it)").arg(f.input())
            : speaker(*w)
                + QStringLiteral("cannot write %1: it is the input file %1 (give --force to replace it)")
                      .arg(f.input());
        checkRefusal(refused, 1, expected);
        QCOMPARE(fileBytes(f.input()), before);

        const HostileRun forced = f.run(f.input(), { QStringLiteral("--force") });
        checkSuccess(forced);
        QVERIFY(complete(w->content, fileBytes(f.input())));
    }

    // "-" (standard output, issue 21) on a full device: exit 1 with the one line "cannot write
    // standard output: No space left on device", the input untouched; on a regular file: the
    // complete output, the same checks as a named file.
    void standardOutput_data() { everyWriter(); }
    void standardOutput()
    {
        const Writer *w = currentWriter();
        if (!w)
            return;
        Fixture f(*w);
        const QByteArray before = fileBytes(f.input());
        const QString dash = QStringLiteral("-");
        checkRefusal(f.run(dash, forceIfNeeded(*w), QStringLiteral("/dev/full")), 1,
            speaker(*w) + QStringLiteral("cannot write standard output: No space left on device"));
        QCOMPARE(fileBytes(f.input()), before);
        const QString captured = f.path(QStringLiteral("stdout"));
        QVERIFY(writeBytes(captured, {}));
        const HostileRun r = f.run(dash, forceIfNeeded(*w), captured);
        checkSuccess(r);
        QVERIFY2(complete(w->content, fileBytes(captured)), fileBytes(captured).left(200).constData());
        QCOMPARE(fileBytes(f.input()), before);
    }

    // Device nodes made in a private folder with the numbers of /dev/null and /dev/full: written
    // directly, never replaced by a file; the full one gives the system's reason and exit 1.
    void deviceTargets_data() { everyWriter(); }
    void deviceTargets()
    {
        const Writer *w = currentWriter();
        if (!w)
            return;
        const Fixture f(*w);
        const QString null = f.path(QStringLiteral("null")), full = f.path(QStringLiteral("full"));
        if (const QString why = makeCharDevice(null, 1, 3); !why.isEmpty())
            QSKIP(qPrintable(why));
        QVERIFY(makeCharDevice(full, 1, 7).isEmpty());
        checkSuccess(f.run(null, forceIfNeeded(*w)));
        QVERIFY(isCharDevice(null));
        checkRefusal(f.run(full, forceIfNeeded(*w)), 1,
            speaker(*w) + QStringLiteral("cannot write %1: No space left on device").arg(full));
        QVERIFY(isCharDevice(full));
    }

    // A FIFO someone reads gets the complete output and stays a FIFO.
    void fifoTarget_data() { everyWriter(); }
    void fifoTarget()
    {
        const Writer *w = currentWriter();
        if (!w)
            return;
        const Fixture f(*w);
        const QString fifo = f.path(QStringLiteral("pipe"));
        FifoReader reader(fifo);
        checkSuccess(f.run(fifo, forceIfNeeded(*w)));
        QVERIFY(complete(w->content, reader.finish()));
        QVERIFY(isFifo(fifo));
    }

    // A directory is refused by name and left alone.
    void directoryTarget_data() { everyWriter(); }
    void directoryTarget()
    {
        const Writer *w = currentWriter();
        if (!w)
            return;
        const Fixture f(*w);
        const QString folder = f.path(QStringLiteral("folder"));
        QVERIFY(QDir().mkdir(folder));
        checkRefusal(f.run(folder, forceIfNeeded(*w)), 1,
            speaker(*w) + QStringLiteral("cannot write %1: Is a directory").arg(folder));
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(folderEntries(folder).isEmpty());
    }

    // A full disk (a 64 KiB tmpfs filled up): exit 1 with the reason, the old file intact, no
    // temporary file left.
    void fullDisk_data() { everyWriter(); }
    void fullDisk()
    {
        const Writer *w = currentWriter();
        if (!w)
            return;
        const Fixture f(*w);
        const QString small = f.path(QStringLiteral("small"));
        const ScopedTmpfs tmpfs(small, "size=64k");
        if (!tmpfs.unavailable().isEmpty())
            QSKIP(qPrintable(tmpfs.unavailable() + QStringLiteral(" (a full disk needs a small tmpfs)")));
        const QString target = QDir(small).filePath(QStringLiteral("old.out"));
        QVERIFY(writeBytes(target, "the old content\n"));
        QFile filler(QDir(small).filePath(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        while (filler.write(QByteArray(4096, 'x')) == 4096) { }
        filler.close();
        checkRefusal(f.run(target, forceIfNeeded(*w)), 1,
            speaker(*w) + QStringLiteral("cannot write %1: No space left on device").arg(target));
        QCOMPARE(fileBytes(target), QByteArray("the old content\n"));
        QCOMPARE(folderEntries(small), (QStringList{ QStringLiteral("filler"), QStringLiteral("old.out") }));
    }

    // A read-only folder: refused with the system's reason, nothing made there.
    void readOnlyFolder_data() { everyWriter(); }
    void readOnlyFolder()
    {
        const Writer *w = currentWriter();
        if (!w)
            return;
        const Fixture f(*w);
        const QString folder = f.path(QStringLiteral("readonly"));
        const ScopedTmpfs readOnly(folder, "ro");
        QString reason = QStringLiteral("Read-only file system");
        if (!readOnly.unavailable().isEmpty()) {
            if (::geteuid() == 0)
                QSKIP(qPrintable(readOnly.unavailable() + QStringLiteral(" (as root no folder is read-only)")));
            QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
            reason = QStringLiteral("Permission denied");
        }
        const QString target = QDir(folder).filePath(QStringLiteral("out"));
        checkRefusal(f.run(target, forceIfNeeded(*w)), 1,
            speaker(*w) + QStringLiteral("cannot write %1: %2").arg(target, reason));
        QVERIFY(folderEntries(folder).isEmpty());
    }

    // "--out ''" names no file: a usage error naming the option, not standard output.
    void emptyFileName_data() { everyWriter(); }
    void emptyFileName()
    {
        const Writer *w = currentWriter();
        if (!w)
            return;
        const Fixture f(*w);
        const HostileRun r = f.run(QString());
        const QStringList args = w->args(f.project(), f.input(), {});
        const QString option = args[args.indexOf(QString()) - 1];
        checkRefusal(r, 2, QStringLiteral("warmshell-cli: %1 needs a file name, got ''").arg(option));
        QVERIFY(r.out.isEmpty());
    }

    // Item 12: solve --out on an invalid project writes nothing, says why on stderr, exit 1.
    void solveOnAnInvalidProject()
    {
        QTemporaryDir dir;
        const QString project = QStringLiteral(WARMSHELL_TEST_DATA "/invalid/cycle-and-spof.warmshell.json");
        const QString absent = dir.filePath(QStringLiteral("absent.json")),
                      kept = dir.filePath(QStringLiteral("kept.json"));
        QVERIFY(writeBytes(kept, "the old plan\n"));
        for (const QString &target : { absent, kept }) {
            const HostileRun r = runCli({ QStringLiteral("solve"), project, QStringLiteral("--out"), target });
            checkRefusal(r, 1, QStringLiteral("warmshell-cli: %1: no plan:").arg(project));
            QVERIFY2(r.errLines().size() > 2 && r.err.contains("validation problem"), r.err.constData());
            QVERIFY(r.out.isEmpty());
        }
        QVERIFY(!QFile::exists(absent));
        QCOMPARE(fileBytes(kept), QByteArray("the old plan\n"));
    }
};

QTEST_GUILESS_MAIN(TestHostileOutput)
#include "tst_hostile_output.moc"
