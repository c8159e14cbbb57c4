// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QStringList>
#include <QTextStream>

namespace warmshell::cli {

// Runs one command line (without the program name) and returns its exit code. Results go to
// `out`; refusals, problems and usage errors to `err`. Links the model only; never opens a
// window. Besides the commands of the table it answers --help, --version and, for packaging,
// the hidden --generate-man DIR and --generate-completion bash [--out PATH].
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace warmshell::cli
