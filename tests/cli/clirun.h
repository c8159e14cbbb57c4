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

inline CliRun runCli(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral(WARMSHELL_CLI), args);
    CliRun r;
    if (!p.waitForFinished(timeoutMs))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace warmshell::test
