// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>

namespace warmshell::test {

// One run of the warmshell-cli under test (WARMSHELL_CLI), as a user would run it.
struct CliRun
{
    int exitCode = -1; // -1: not finished within the timeout; -2: crashed
    QString out; // standard output, UTF-8
    QString err; // standard error, UTF-8
};

// Where a run's standard streams come from and go to, when not the test's pipes.
struct CliStreams
{
    QByteArray input; // written to its standard input, which is then closed
    QString inputFile; // instead: this file is its standard input
    QString outputFile; // its standard output appended to this file (out is then empty)
};

inline CliRun runCli(const QStringList &args, int timeoutMs, const CliStreams &streams)
{
    QProcess p;
    if (!streams.inputFile.isEmpty())
        p.setStandardInputFile(streams.inputFile);
    if (!streams.outputFile.isEmpty())
        p.setStandardOutputFile(streams.outputFile, QIODevice::Append);
    p.start(QStringLiteral(WARMSHELL_CLI), args);
    if (streams.inputFile.isEmpty() && p.waitForStarted(timeoutMs)) {
        p.write(streams.input);
        p.closeWriteChannel();
    }
    CliRun r;
    if (!p.waitForFinished(timeoutMs))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

inline CliRun runCli(const QStringList &args, int timeoutMs)
{
    return runCli(args, timeoutMs, CliStreams{});
}

} // namespace warmshell::test
