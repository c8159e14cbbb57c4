// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandoption.h"

#include <QCommandLineParser>

namespace warmshell::cli {

// What a command line may hold besides its options.
enum class Positionals {
    None, // nothing: any other word is "unknown argument 'x'"
    Files // file names ("-" among them: standard input); any other word starting with '-' is "unknown option '-x'"
};

// One command line parsed with QCommandLineParser against a command's options: "--flag value"
// and "--flag=value" alike; "-flag" is read as "--flag" (no bundled short options).
class Arguments
{
public:
    explicit Arguments(const CommandOptions &options);

    // Parses `args` (without the program and command names). Returns the first usage error in
    // the tool's words ("unknown option '--x'", "--out needs a value", "--out needs a file
    // name, got ''" for an empty file option), or an empty string.
    QString parse(const QStringList &args, Positionals positionals);

    bool isSet(const QString &name) const;
    // The last value given for option `name`; empty when not set.
    QString value(const QString &name) const;
    QStringList positionalArguments() const;
    // The first argument as typed that names option `name` ("--period" or "--period=month").
    QString spelling(const QString &name) const;

private:
    QString unknownWord(const QString &argument, Positionals positionals) const;
    const CommandOption *find(const QString &name) const;

    CommandOptions m_options;
    QCommandLineParser m_parser;
    QStringList m_args;
};

} // namespace warmshell::cli
