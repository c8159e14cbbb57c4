// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"

#include <QJsonArray>
#include <QStringList>
#include <QTextStream>

#include <vector>

namespace warmshell::cli {

// Where a command's refusals, problems and warnings go: standard error, in one of two forms.
// - Text: as people read them, written at once ("warmshell-cli: MESSAGE", "HEADING:" and one
//   indented line per problem, a usage error followed by the command's usage).
// - Json (the command line has --format json): collected, and written by finish() as one JSON
//   document, {"command", "exitCode", "messages": [{"severity", "kind", "message", "file"?,
//   "path"?}], "omitted"} (docs/cli.md). Nothing is written when there is no message and the
//   exit code is 0.
// The exit code never depends on the form. Not thread-safe; one per command run.
class Diagnostics
{
public:
    enum class Form { Text, Json };
    // What a message is about; its key is the "kind" of the JSON form (a stable list).
    enum class Kind {
        Usage, // the command line: "usage"
        Refused, // an input file that could not be read or was refused whole: "refused"
        Invalid, // a project read but invalid (validation): "invalid"
        NoResult, // nothing to write (no plan, no timeline): "no-result"
        Output, // the output could not be written: "output"
        Limit, // a time limit cut the work short; the result is the best found: "limit"
        Catalog, // the built-in catalog is broken: "catalog"
        DesktopApp, // said by the desktop app that draws the report: "desktop-app"
        Note // what a command says besides its result, moved off standard output: "note"
    };

    Diagnostics(QTextStream &err, Form form, QString command);

    Form form() const { return m_form; }

    // Text: "warmshell-cli: MESSAGE", a blank line and `usage`. Json: one error of kind usage.
    void usageError(const QString &message, const QString &usage);
    // Text: "warmshell-cli: MESSAGE". Json: one error (with "file" when `file` is not empty).
    void error(Kind kind, const QString &message, const QString &file = {});
    // Text: "warmshell-cli: MESSAGE". Json: one warning.
    void warning(Kind kind, const QString &message);
    // Text: "HEADING:" and "  path: message" per problem. Json: one error per problem with its
    // "path" and `file`; a closing "… and N more" line adds N to "omitted".
    void problems(Kind kind, const QString &heading, const QString &file, const std::vector<Problem> &problems);
    // Text: "HEADING:" and "  LINE" per line. Json: one error per line, its message the line.
    void problemLines(Kind kind, const QString &heading, const QStringList &lines);
    // Text another program wrote to its standard error, passed on: as it is (Text), or one
    // error per line that is not empty (Json).
    void relay(Kind kind, const QString &text);

    // Text a command says besides its result, when the result itself takes standard output:
    // as it is (Text), or one warning of kind note per line that is not empty (Json).
    void note(const QString &text);

    // Json: writes the document (once) unless there was no message and `exitCode` is 0.
    // Text: nothing (every message was written when it came).
    void finish(int exitCode);

    // The key of `kind` in the JSON form: "usage", "refused", ...
    static QString kindKey(Kind kind);

private:
    void addLines(const char *severity, Kind kind, const QString &text);
    void add(const char *severity, Kind kind, const QString &message, const QString &file, const QString &path);

    QTextStream &m_err;
    Form m_form;
    QString m_command;
    QJsonArray m_messages;
    qint64 m_omitted = 0;
    bool m_finished = false;
};

} // namespace warmshell::cli
