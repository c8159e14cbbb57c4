// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandsupport.h"

#include "arguments.h"
#include "command.h"
#include "standardstream.h"

#include <QJsonDocument>
#include <QLocale>

namespace warmshell::cli {

QString count(qsizetype n, const char *noun)
{
    return QStringLiteral("%1 %2%3").arg(n).arg(QLatin1String(noun)).arg(n == 1 ? QString() : QStringLiteral("s"));
}

QString runbookStepLine(const ContingencyAction &step)
{
    const QString what = step.cappedTo.isEmpty()
        ? QStringLiteral("shed %1 × %2").arg(step.count).arg(step.model.toString())
        : QStringLiteral("cap %1 × %2 from %3 to %4")
              .arg(step.count)
              .arg(step.model.toString(), step.operatingPoint, step.cappedTo);
    return QStringLiteral("    - %1: %2 (%3 kW)\n")
        .arg(step.rack.toString(), what, QString::number(step.powerSaved.value(), 'f', 1));
}

QString pad(const QString &s, int width, bool right)
{
    return right ? s.rightJustified(width) : s.leftJustified(width);
}

QString money(double v)
{
    return QLocale::c().toString(v, 'f', 0);
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QString projectFile(const Arguments &arguments, QString &error)
{
    const QStringList files = arguments.positionalArguments();
    if (files.isEmpty())
        error = QStringLiteral("a project FILE is needed");
    else if (files.size() > 1)
        error = QStringLiteral("only one FILE, got '%1' too").arg(files[1]);
    return files.value(0);
}

void printProblems(QTextStream &stream, const QString &heading, const std::vector<Problem> &problems)
{
    stream << heading << ":\n";
    for (const Problem &p : problems)
        stream << "  " << p.toString() << '\n';
}

void printProblemLines(QTextStream &stream, const QString &heading, const QStringList &lines)
{
    stream << heading << ":\n";
    for (const QString &line : lines)
        stream << "  " << line << '\n';
}

QString inputName(const QString &fileName)
{
    return fileName == QLatin1String(kStandardStreamName) ? QStringLiteral("standard input") : fileName;
}

bool refused(const LoadResult &loaded, const QString &fileName, Diagnostics &err)
{
    if (loaded.ok())
        return false;
    err.problems(Diagnostics::Kind::Refused,
        inputName(fileName) + QStringLiteral(": refused, ") + count(problemCount(loaded.errors), "problem"), fileName,
        loaded.errors);
    return true;
}

LoadedProject openProject(const Invocation &in, const QString &usageError, const QString &fileName)
{
    if (!usageError.isEmpty())
        return { std::nullopt, in.usageError(usageError) };
    LoadResult loaded = loadProject(fileName);
    if (refused(loaded, fileName, in.err))
        return { std::nullopt, InvalidInput };
    return { std::move(loaded.project), Ok };
}

OutputGuard outputGuard(const Arguments &arguments, const QStringList &inputs)
{
    return { inputs, arguments.isSet(QStringLiteral("force")) };
}

int writeOutput(const QString &text, const QString &path, const OutputGuard &guard, QTextStream &out, Diagnostics &err)
{
    if (path.isEmpty()) {
        out << text;
        return Ok;
    }
    out.flush();
    if (const QString error = writeOutputFile(path, text.toUtf8(), guard); !error.isEmpty()) {
        err.error(Diagnostics::Kind::Output, error, path);
        return InvalidInput;
    }
    return Ok;
}

} // namespace warmshell::cli
