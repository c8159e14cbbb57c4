// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "arguments.h"
#include "commandsupport.h"
#include "completion.h"
#include "manpage.h"

#include <QCoreApplication>
#include <QDir>

namespace warmshell::cli {

namespace {

int mainUsageError(QTextStream &err, const QString &message)
{
    err << "warmshell-cli: " << message << "\n\n" << mainUsage();
    return UsageError;
}

bool wantsHelp(const QStringList &args)
{
    return args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
}

// warmshell-cli --generate-man DIR: every man page, written into DIR (made if missing).
int generateManPages(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Arguments arguments({});
    if (!arguments.parse(args, Positionals::Files).isEmpty() || arguments.positionalArguments().size() != 1)
        return mainUsageError(err, QStringLiteral("--generate-man needs one DIR"));
    const QDir dir(arguments.positionalArguments().first());
    if (!dir.mkpath(QStringLiteral("."))) {
        err << "warmshell-cli: cannot make " << dir.path() << '\n';
        return InvalidInput;
    }
    Diagnostics diagnostics(err, Diagnostics::Form::Text, QStringLiteral("--generate-man"));
    for (const ManPage &page : manPages(QCoreApplication::applicationVersion()))
        if (const int written = writeOutput(page.text, dir.filePath(page.fileName), {}, out, diagnostics);
            written != Ok)
            return written;
    return Ok;
}

// warmshell-cli --generate-completion bash [--out PATH]
int generateCompletion(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Arguments arguments({ fileOption("out", "PATH") });
    if (!arguments.parse(args, Positionals::Files).isEmpty()
        || arguments.positionalArguments() != QStringList{ QStringLiteral("bash") })
        return mainUsageError(err, QStringLiteral("--generate-completion takes one shell: bash"));
    Diagnostics diagnostics(err, Diagnostics::Form::Text, QStringLiteral("--generate-completion"));
    return writeOutput(bashCompletion(), arguments.value(QStringLiteral("out")), {}, out, diagnostics);
}

// Runs `command` on `args`: parsed against its options, errors in the form the command line
// asks for (JSON with --format json), notes dropped with --quiet.
int runCommand(const Command &command, const QStringList &args, QTextStream &out, QTextStream &err)
{
    Diagnostics diagnostics(err, asksForJson(command, args) ? Diagnostics::Form::Json : Diagnostics::Form::Text,
        QString::fromLatin1(command.name));
    Arguments parsed(optionsOf(command));
    QString dropped;
    QTextStream nowhere(&dropped);
    const Positionals positionals = command.needs.testFlag(Need::ProjectFile) ? Positionals::Files : Positionals::None;
    const QString error = parsed.parse(args, positionals);
    const bool quiet = error.isEmpty() && parsed.isSet(QStringLiteral("quiet"));
    const Invocation invocation{ command, parsed, out, quiet ? nowhere : out, diagnostics };
    const int code = error.isEmpty() ? command.run(invocation) : invocation.usageError(error);
    out.flush();
    diagnostics.finish(code);
    return code;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty())
        return mainUsageError(err, QStringLiteral("no command given"));
    const QString name = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        out << mainUsage();
        return Ok;
    }
    if (name == QLatin1String("--version")) {
        out << "warmshell-cli " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    if (name == QLatin1String("--generate-man"))
        return generateManPages(rest, out, err);
    if (name == QLatin1String("--generate-completion"))
        return generateCompletion(rest, out, err);
    const Command *command = findCommand(name);
    if (!command)
        return mainUsageError(err, QStringLiteral("unknown command '%1'").arg(name));
    if (wantsHelp(rest)) {
        out << commandHelp(*command);
        return Ok;
    }
    return runCommand(*command, rest, out, err);
}

} // namespace warmshell::cli
