// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/contingency.h"
#include "diagnostics.h"
#include "outputfile.h"
#include "problemlist.h"
#include "project.h"
#include "projectfile.h"

#include <QJsonObject>
#include <QTextStream>

#include <optional>
#include <vector>

// What the commands share: loading the project, writing the result, laying out figures.
namespace warmshell::cli {

class Arguments;
struct Invocation;

// "1 hall", "2 halls".
QString count(qsizetype n, const char *noun);

// One step of a failure's runbook as a line of `contingencies` and `maintenance`:
// "    - RACK: shed N × MODEL (K kW)" or "    - RACK: cap N × MODEL from POINT to POINT (K kW)".
QString runbookStepLine(const ContingencyAction &step);

// `s` padded with spaces to `width`, on the right or (right = true) on the left.
QString pad(const QString &s, int width, bool right = false);

// A whole amount of money with thousands separators: "1,234,567".
QString money(double v);

// An indented JSON document as text.
QString jsonText(const QJsonObject &object);

// The one FILE of a command line, or the usage error "a project FILE is needed" / "only one
// FILE, got 'b' too" in `error`.
QString projectFile(const Arguments &arguments, QString &error);

// Writes "HEADING:" and then each problem on its own indented line.
void printProblems(QTextStream &stream, const QString &heading, const std::vector<Problem> &problems);

// Writes "HEADING:" and then each of `lines` on its own indented line.
void printProblemLines(QTextStream &stream, const QString &heading, const QStringList &lines);

// How messages name the input `fileName`: "standard input" for "-", else the name as given.
QString inputName(const QString &fileName);

// True, with "FILE: refused, N problems:" and the problems on err, when `loaded` was refused.
bool refused(const LoadResult &loaded, const QString &fileName, Diagnostics &err);

// A project loaded for a command, or the exit code the command returns instead.
struct LoadedProject
{
    std::optional<Project> project;
    int exitCode = 0; // Ok with a project; UsageError or InvalidInput without one
};

// The project `fileName` of a command whose arguments were read with `usageError` the first
// problem found in them (empty: none). Without a project, the usage error (with the usage) or
// "FILE: refused, N problems:" and the problems went to err.
LoadedProject openProject(const Invocation &in, const QString &usageError, const QString &fileName);

// What a command's output must not replace: the files in `inputs`, unless the command line
// has --force.
OutputGuard outputGuard(const Arguments &arguments, const QStringList &inputs);

// Writes `text` to `path` through an OutputFile (a complete new file or the old one untouched;
// devices and FIFOs written directly; `guard`'s inputs refused), or to out when `path` is empty.
// A path of "-" is standard output too, but written through the OutputFile, so that a full
// device or standard output being an input file is refused (out is flushed first).
// InvalidInput, and "warmshell-cli: cannot write FILE: REASON" on err, when it cannot be written.
int writeOutput(const QString &text, const QString &path, const OutputGuard &guard, QTextStream &out, Diagnostics &err);

} // namespace warmshell::cli
