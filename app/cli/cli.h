// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace warmshell::cli {

// Exit codes of warmshell-cli.
enum ExitCode { Ok = 0, InvalidInput = 1, UsageError = 2 };

// Runs one command line (without the program name) and returns its exit code. Results go to
// `out`, diagnostics and usage errors to `err`. Links the model only; never opens a window.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace warmshell::cli
