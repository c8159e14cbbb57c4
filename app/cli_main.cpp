// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("warmshell-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WARMSHELL_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = warmshell::cli::run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
