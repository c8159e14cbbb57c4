// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a written PDF back as text, for the report's tests (poppler-utils' pdftotext).
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace warmshell::testing {

// Runs `program` with `args`; returns the exit code (-1 if it did not run within 120 s) and its
// output.
inline int runProcess(
    const QString &program, const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitCode();
}

// The PDF's text, laid out as on the page; on failure a sentence saying why.
inline QString pdfText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return QStringLiteral("pdftotext not found: install poppler-utils");
    QByteArray out;
    if (runProcess(tool, { QStringLiteral("-layout"), pdf, QStringLiteral("-") }, &out) != 0)
        return QStringLiteral("pdftotext failed on ") + pdf;
    return QString::fromUtf8(out);
}

} // namespace warmshell::testing
