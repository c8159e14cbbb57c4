// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandoption.h"
#include "diagnostics.h"

#include <QFlags>
#include <QTextStream>

#include <span>

namespace warmshell::cli {

// Exit codes of warmshell-cli.
enum ExitCode { Ok = 0, InvalidInput = 1, UsageError = 2 };

// What a command reads besides its options (for the man pages' FILES and for completion).
enum class Need {
    ProjectFile = 0x1, // a WarmShell project FILE as its positional argument
    NetBoxExports = 0x2, // the JSON NetBox's REST API returns for racks, panels and feeds
    DesktopApp = 0x4 // the desktop app `warmshell` installed next to warmshell-cli
};
Q_DECLARE_FLAGS(Needs, Need)
Q_DECLARE_OPERATORS_FOR_FLAGS(Needs)

class Arguments;
struct Invocation;

// One command of warmshell-cli. The table of them (commandtable.cpp) drives dispatch, the
// parsing of the command line, the main usage, each command's --help, the man pages and shell
// completion, as git's commands[].
struct Command
{
    const char *name; // "solve"
    const char *synopsis; // what follows the name in the main usage: "FILE", or ""
    const char *summary; // one line, lower case, no full stop
    QString (*usage)(); // the whole --help text: "Usage: ..." to "Exit codes: ..."
    Needs needs;
    CommandOptions (*options)(); // every option its command line may hold
    int (*run)(const Invocation &);
};

// One run of a command: its command line, parsed against its options, and where it writes.
struct Invocation
{
    const Command &command;
    const Arguments &arguments; // FILE arguments only for a command that needs a ProjectFile
    QTextStream &out; // results: what the command is run for
    QTextStream &notes; // what it says besides ("wrote FILE"): out, or nowhere with --quiet
    Diagnostics &err; // refusals, problems, warnings and usage errors (standard error)

    // Reports `message` and the command's help as a usage error; returns UsageError.
    int usageError(const QString &message) const;
};

// The options every command takes besides its own: --quiet.
CommandOptions commonOptions();
// Every option `command`'s command line may hold: its own, then the common ones. Parsing, the
// man pages and completion read this.
CommandOptions optionsOf(const Command &command);
// `command --help`: its usage with the common options and the conventions it follows ("-" for
// standard input and output, JSON errors) added before its exit codes.
QString commandHelp(const Command &command);
// Whether `args` (a command line of `command`, not yet parsed) asks for --format json: its
// errors are then written as JSON, even a usage error found while parsing it.
bool asksForJson(const Command &command, const QStringList &args);

// The commands, in the order the main usage lists them.
std::span<const Command> commands();
const Command *findCommand(const QString &name);

// What warmshell-cli is, in the main usage and the man page.
inline constexpr char kToolDescription[] = "Power and thermal capacity planning for GPU clusters.";
inline constexpr char kExitCodes[] = "0 ok, 1 invalid input, 2 usage error.";

// `warmshell-cli --help`: every command of the table with its summary.
QString mainUsage();

} // namespace warmshell::cli
