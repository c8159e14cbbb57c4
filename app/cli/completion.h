// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace warmshell::cli {

// A bash completion script for warmshell-cli, from the command table: command names, each
// command's options (hidden ones left out), the words of options with fixed choices, file
// names after options that name a file and, for commands that read a project, *.json files.
QString bashCompletion();

} // namespace warmshell::cli
