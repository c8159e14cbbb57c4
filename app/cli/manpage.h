// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace warmshell::cli {

// warmshell-cli-NAME(1) in roff: NAME from the command's summary, SYNOPSIS, DESCRIPTION and
// EXIT STATUS from its usage text (so the page says what --help says), FILES from its needs.
QString commandManPage(const Command &command, const QString &version);

// warmshell-cli(1): what the tool is and every command of the table.
QString toolManPage(const QString &version);

struct ManPage
{
    QString fileName; // "warmshell-cli-solve.1"
    QString text; // roff
};

// warmshell-cli.1 and warmshell-cli-NAME.1 for every command of the table.
QList<ManPage> manPages(const QString &version);

} // namespace warmshell::cli
