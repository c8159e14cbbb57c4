// SPDX-License-Identifier: GPL-3.0-or-later
// Runs warmshell-cli (or the desktop app) as an attacker or an unlucky user would, for the hostile-input
// suite (tests/hostile/tst_hostile_*.cpp, one file per family of issue 15): with a wall-clock limit, the
// peak memory measured by the kernel (VmHWM while it runs), stdout and stderr captured in full, optional stdin.
//
// Contract: runHostile() never hangs the test — a child still running at `timeoutMs` is killed with
// SIGKILL and reported as `timedOut`. Timing and memory caps are scaled by hostileSlack() in sanitizer
// builds (ASan/UBSan run several times slower and use several times the memory).
#pragma once

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace warmshell::hostile {

struct HostileRun
{
    int exitCode = -1; // exit status when the process exited normally, else -1
    int signal = 0; // the signal that ended it (0 if it exited)
    bool timedOut = false; // killed by runHostile after the timeout
    double seconds = 0; // wall clock from spawn to exit
    // Peak resident set size of the child in MiB: its VmHWM from /proc, read every 5 ms while it runs
    // (the last reading, so growth in its final 5 ms is not seen). ru_maxrss is used only for a child
    // too quick to be read: it also counts the test process's own peak, because posix_spawn starts
    // the child in the parent's address space and the kernel keeps that high-water mark across exec.
    double peakMiB = 0;
    QByteArray out;
    QByteArray err;

    // Lines of stderr that are not empty.
    QStringList errLines() const
    {
        QStringList lines;
        for (const QString &line : QString::fromUtf8(err).split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                lines << line;
        return lines;
    }
};

struct HostileOptions
{
    int timeoutMs = 60000;
    QByteArray stdinData; // written to a file that becomes the child's stdin (empty: /dev/null)
    QString workingDir; // empty: the test's current directory
    QString stdinPath; // instead of stdinData: this file (/dev/zero, a project) is the child's stdin
    QString stdoutPath; // instead of capturing it: the child's stdout is this file (/dev/full); out stays empty
};

// 1 in a normal build; 5 when built with WARMSHELL_SANITIZE (tests multiply their time and memory
// caps by it, never their expectations about exit codes or output). 4 was measured too tight:
// the timeline's 3 s total limit ended after 16.15 s at -O0 under ASan with two tests in parallel
// (allowed 16 s), and 5 too under load (a 1 s solve limit ended after 18 s with the machine's two
// cores shared by four builds; on a quiet machine the suite passes at 5). 12 under sanitizers since
// stop 16: the timeline's 3 s total limit ended after 39.9 s at -O0 under ASan with a second hostile
// test in parallel (its untimed floor per solve grew: facility figures per period and a second
// partition try on sites whose halls share feeds; to be measured and cut). The normal build keeps
// the exact caps (it passes them).
inline double hostileSlack()
{
#ifdef WARMSHELL_SANITIZED
    return 12.0;
#else
    return 1.0;
#endif
}

// VmHWM of the process whose /proc status file is `statusPath`, in MiB; -1 if it cannot be read.
inline double highWaterMiB(const QString &statusPath)
{
    QFile file(statusPath);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

// Runs `program` (a path, or a name looked up in PATH) with `args`. Never throws; a spawn failure is reported as
// exitCode -1, signal 0.
inline HostileRun runHostile(const QString &program, const QStringList &args, const HostileOptions &options = {})
{
    HostileRun run;
    QTemporaryDir scratch;
    const QByteArray outPath = QFile::encodeName(scratch.filePath(QStringLiteral("stdout")));
    const QByteArray errPath = QFile::encodeName(scratch.filePath(QStringLiteral("stderr")));
    const QByteArray inPath = QFile::encodeName(scratch.filePath(QStringLiteral("stdin")));
    {
        QFile in(QFile::decodeName(inPath));
        if (!in.open(QIODevice::WriteOnly) || in.write(options.stdinData) != options.stdinData.size())
            return run;
    }

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray stdinPath = options.stdinPath.isEmpty() ? inPath : QFile::encodeName(options.stdinPath);
    const QByteArray stdoutPath = options.stdoutPath.isEmpty() ? outPath : QFile::encodeName(options.stdoutPath);
    posix_spawn_file_actions_addopen(&actions, 0, stdinPath.constData(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, stdoutPath.constData(),
        options.stdoutPath.isEmpty() ? O_WRONLY | O_CREAT | O_TRUNC : O_WRONLY, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QByteArray workingDir;
    QByteArray previousDir;
    if (!options.workingDir.isEmpty()) {
        // posix_spawn_file_actions_addchdir_np needs glibc 2.29 (Debian 12 has 2.36).
        workingDir = QFile::encodeName(options.workingDir);
        posix_spawn_file_actions_addchdir_np(&actions, workingDir.constData());
    }

    // Arguments are passed as the bytes the user typed: QFile::encodeName of each (tests of
    // non-UTF-8 names pass QFile::decodeName of the raw bytes, which round-trips).
    std::vector<QByteArray> argBytes;
    argBytes.push_back(QFile::encodeName(program));
    for (const QString &arg : args)
        argBytes.push_back(QFile::encodeName(arg));
    std::vector<char *> argv;
    for (QByteArray &bytes : argBytes)
        argv.push_back(bytes.data());
    argv.push_back(nullptr);

    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;

    int status = 0;
    struct rusage usage = {};
    double lastHighWaterMiB = -1;
    const QString statusPath = QStringLiteral("/proc/%1/status").arg(pid);
    // Readings count only once the child runs `program` (before exec it is a copy of this process).
    const QString exePath = QStringLiteral("/proc/%1/exe").arg(pid);
    const QString programPath = QFileInfo(
        QStandardPaths::findExecutable(program).isEmpty() ? program : QStandardPaths::findExecutable(program))
                                    .canonicalFilePath();
    for (;;) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (clock.elapsed() > options.timeoutMs) {
            ::kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            run.timedOut = true;
            break;
        }
        if (QFileInfo(exePath).canonicalFilePath() == programPath)
            if (const double hwm = highWaterMiB(statusPath); hwm >= 0)
                lastHighWaterMiB = hwm;
        QThread::msleep(5);
    }
    run.seconds = clock.nsecsElapsed() / 1e9;
    run.peakMiB = lastHighWaterMiB >= 0 ? lastHighWaterMiB : usage.ru_maxrss / 1024.0; // both in KiB on Linux
    if (WIFEXITED(status))
        run.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        run.signal = WTERMSIG(status);

    QFile out(QFile::decodeName(outPath));
    if (out.open(QIODevice::ReadOnly))
        run.out = out.readAll();
    QFile err(QFile::decodeName(errPath));
    if (err.open(QIODevice::ReadOnly))
        run.err = err.readAll();
    return run;
}

// One line for a failed check: how the run ended, its time and memory, the start of stderr.
inline QString describe(const HostileRun &r)
{
    return QStringLiteral("exit %1, signal %2, timed out %3, %4 s, %5 MiB, stderr: %6")
        .arg(r.exitCode)
        .arg(r.signal)
        .arg(r.timedOut)
        .arg(r.seconds)
        .arg(r.peakMiB)
        .arg(QString::fromUtf8(r.err.left(2000)));
}

// The command-line tool built with this test.
inline HostileRun runCli(const QStringList &args, const HostileOptions &options = {})
{
    return runHostile(QStringLiteral(WARMSHELL_CLI), args, options);
}

// Reads a whole file; an empty array if it cannot be opened.
inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Writes `bytes` to `path`; false if any byte could not be written.
inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}

} // namespace warmshell::hostile
