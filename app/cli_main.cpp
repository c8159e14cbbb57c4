// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "filename.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("warmshell-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WARMSHELL_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    // Not app.arguments(): Qt turns bytes of a file name that are not UTF-8 into U+FFFD, and the
    // file could not be opened by its name.
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << warmshell::fileNameFromBytes(QByteArray(argv[i]));
    const int code = warmshell::cli::run(args, out, err);
    out.flush();
    err.flush();
    return code;
}
