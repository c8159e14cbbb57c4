// SPDX-License-Identifier: GPL-3.0-or-later
// Signals and usage errors of the programs that run other programs (issue 15, items 13 and 14):
// SIGTERM, SIGINT or SIGHUP to `warmshell-cli report` stops the `warmshell --report` child it
// started (no orphan keeps drawing), the tool exits with 128 + the signal and the report's
// target is left as it was; the desktop app exits 2 on a usage error, like warmshell-cli.
// Skipped when the desktop app is not built (WARMSHELL_BUILD_UI=OFF).
#include "hostilecli.h"
#include "projectfile.h"
#include "syntheticsite.h"

#include <QDir>
#include <QTest>

#include <sys/prctl.h>

using namespace warmshell::hostile;

namespace {

// The processes whose parent is `parent`, from /proc/PID/stat ("pid (comm) state ppid ...";
// comm may hold spaces and parentheses, so the fields are read after the last ')').
QList<pid_t> childrenOf(pid_t parent)
{
    QList<pid_t> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const pid_t pid = entry.toInt(&isPid);
        if (!isPid)
            continue;
        const QByteArray stat = fileBytes(QStringLiteral("/proc/%1/stat").arg(pid));
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields[1].toInt() == parent && fields[0] != "Z")
            children << pid;
    }
    return children;
}

// True while `pid` exists and is not a zombie.
bool isRunning(pid_t pid)
{
    const QByteArray stat = fileBytes(QStringLiteral("/proc/%1/stat").arg(pid));
    return !stat.isEmpty() && stat.mid(stat.lastIndexOf(')') + 2, 1) != "Z";
}

// Starts `argv` (argv[0] a path) with stdout and stderr into files of `dir`; 0 on failure.
pid_t spawnInto(const QTemporaryDir &dir, const QStringList &args)
{
    std::vector<QByteArray> bytes;
    for (const QString &arg : args)
        bytes.push_back(QFile::encodeName(arg));
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    const QByteArray out = QFile::encodeName(dir.filePath(QStringLiteral("stdout")));
    const QByteArray err = QFile::encodeName(dir.filePath(QStringLiteral("stderr")));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, err.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    return spawned == 0 ? pid : 0;
}

// Waits up to `timeoutMs` for `pid`; its wait status, or -1 (then it was killed with SIGKILL).
// `seconds`: how long it took; `peakMiB`: its peak resident memory.
int waitFor(pid_t pid, int timeoutMs, double &seconds, double &peakMiB)
{
    QElapsedTimer clock;
    clock.start();
    int status = 0;
    struct rusage usage = {};
    while (wait4(pid, &status, WNOHANG, &usage) != pid) {
        if (clock.elapsed() > timeoutMs) {
            ::kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            return -1;
        }
        QThread::msleep(10);
    }
    seconds = clock.nsecsElapsed() / 1e9;
    peakMiB = usage.ru_maxrss / 1024.0;
    return status;
}

// The processes this test adopted as subreaper (an orphaned desktop app) that are still
// running after `graceMs`; they are then killed and reaped, and every adopted zombie reaped.
QList<pid_t> survivingOrphans(int graceMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!childrenOf(::getpid()).isEmpty() && clock.elapsed() < graceMs)
        QThread::msleep(10);
    const QList<pid_t> survivors = childrenOf(::getpid());
    for (pid_t pid : survivors)
        ::kill(pid, SIGKILL);
    for (pid_t pid : survivors)
        waitpid(pid, nullptr, 0);
    while (waitpid(-1, nullptr, WNOHANG) > 0) { }
    return survivors;
}

// The first child of `parent` seen within `timeoutMs` (polled every millisecond); 0 if none.
pid_t firstChildWithin(pid_t parent, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        const QList<pid_t> children = childrenOf(parent);
        if (!children.isEmpty())
            return children.first();
        QThread::usleep(1000);
    }
    return 0;
}

// Racks of the site whose report is stopped.
constexpr int kRacks = 1000;

} // namespace

class TestHostileSignals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
#ifndef WARMSHELL_APP
        QSKIP("the desktop app is not built (WARMSHELL_BUILD_UI=OFF)");
#endif
        // Orphans of the CLI are reparented to this test, so it can see and end them.
        QCOMPARE(::prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
    }

    void stopSignalReapsTheApp_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGHUP") << int(SIGHUP);
        // Cannot be forwarded: the kernel sends the app SIGTERM when the tool dies.
        QTest::newRow("SIGKILL") << int(SIGKILL);
    }

    // The report of a synthetic campus of about kRacks racks (solve, timeline, generation
    // comparison, drawing): the signal arrives while the app is at work.
    void stopSignalReapsTheApp()
    {
        QFETCH(int, signal);
        QTemporaryDir dir;
        const QString site = dir.filePath(QStringLiteral("site.warmshell.json"));
        QCOMPARE(warmshell::saveProject(warmshell::bench::makeSyntheticSite(kRacks), site), QString());
        const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
        const QByteArray before = QByteArrayLiteral("%PDF-1.4 the report the user had before\n");
        QVERIFY(writeBytes(pdf, before));
        const pid_t cli = spawnInto(
            dir, { QStringLiteral(WARMSHELL_CLI), QStringLiteral("report"), site, QStringLiteral("--out"), pdf });
        QVERIFY(cli > 0);

        // The desktop app appears under the CLI. It is stopped (SIGSTOP) the moment it is seen, so
        // the signal finds it at work however fast this machine draws the report; it is continued
        // once the tool has had the signal (a forwarded signal, or SIGTERM from the kernel when
        // the tool dies, is pending until then).
        const pid_t app = firstChildWithin(cli, int(20000 * hostileSlack()));
        QVERIFY2(app > 0, "warmshell-cli started no desktop app");
        QCOMPARE(::kill(app, SIGSTOP), 0);
        QVERIFY2(isRunning(app), "the report finished before the app could be stopped");
        QCOMPARE(childrenOf(cli).size(), 1);

        QCOMPARE(::kill(cli, signal), 0);
        QThread::msleep(200);
        ::kill(app, SIGCONT);
        double seconds = 0;
        double peakMiB = 0;
        const int status = waitFor(cli, int(10000 * hostileSlack()), seconds, peakMiB);
        // A forwarded signal is waited for: no grace. After SIGKILL the app ends on its own.
        const QList<pid_t> orphans = survivingOrphans(signal == SIGKILL ? int(5000 * hostileSlack()) : 0);
        QVERIFY2(status != -1, "warmshell-cli did not exit within 10 s of the signal");
        QVERIFY2(orphans.isEmpty(), "the desktop app outlived warmshell-cli");
        QVERIFY(!isRunning(app));
        QVERIFY2(seconds < 2 * hostileSlack() + 1, qPrintable(QString::number(seconds)));
        if (signal != SIGKILL) // the tool itself only waits: well under 200 MiB
            QVERIFY2(peakMiB < 200 * hostileSlack(), qPrintable(QString::number(peakMiB)));
        QCOMPARE(fileBytes(pdf), before);
        if (signal == SIGKILL) {
            QVERIFY(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
            return;
        }
        QVERIFY2(WIFEXITED(status), qPrintable(QStringLiteral("ended by signal %1").arg(WTERMSIG(status))));
        QCOMPARE(WEXITSTATUS(status), 128 + signal);
        const QString err = QString::fromUtf8(fileBytes(dir.filePath(QStringLiteral("stderr"))));
        QVERIFY2(err.contains(QStringLiteral("report stopped by signal %1").arg(signal)), qPrintable(err));
    }

    void appUsageErrorExits2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named"); // what the message on stderr names
        const QString campus = QStringLiteral(WARMSHELL_SOURCE_DIR "/resources/examples/campus.warmshell.json");
        QTest::newRow("unknown option") << QStringList{ QStringLiteral("--colour") } << QStringLiteral("--colour");
        QTest::newRow("missing value") << QStringList{ QStringLiteral("--screenshot") }
                                       << QStringLiteral("--screenshot");
        QTest::newRow("two projects") << QStringList{ campus, campus } << QStringLiteral("one project");
        QTest::newRow("report unknown option") << QStringList{ QStringLiteral("--report"), campus,
            QStringLiteral("--out"), QStringLiteral("plan.pdf"), QStringLiteral("--colour") }
                                               << QStringLiteral("--colour");
        QTest::newRow("report missing value")
            << QStringList{ QStringLiteral("--report"), campus, QStringLiteral("--out") } << QStringLiteral("--out");
    }

    // Usage errors are answered before any window or solve: exit 2 at once, the reason on the
    // first line of stderr, nothing written.
    void appUsageErrorExits2()
    {
#ifdef WARMSHELL_APP
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const HostileRun r = runHostile(QStringLiteral(WARMSHELL_APP), args, { 10000, {}, dir.path() });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.seconds < 1 + 1 * hostileSlack(), qPrintable(QString::number(r.seconds)));
        QVERIFY2(r.peakMiB < 200 * hostileSlack(), qPrintable(QString::number(r.peakMiB)));
        const QStringList lines = r.errLines();
        QVERIFY(!lines.isEmpty());
        QVERIFY2(lines.first().startsWith(QStringLiteral("warmshell: ")) && lines.first().contains(named),
            qPrintable(lines.first()));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
#endif
    }
};

QTEST_GUILESS_MAIN(TestHostileSignals)
#include "tst_hostile_signals.moc"
