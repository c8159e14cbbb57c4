// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli report FILE --out PLAN.pdf [options]: run by the desktop app, without a window.
#include "arguments.h"
#include "commands.h"
#include "commandsupport.h"
#include "planarguments.h"
#include "solveoptionsparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace warmshell::cli {

namespace {

constexpr SolveOptionSet kSolveOptions{ SolveOption::Objective, SolveOption::Precision, SolveOption::Date };

// The desktop app's command line for the report, or the usage error in `error`: checked here
// with the same parser the app uses, so that a usage error names this tool's usage.
QStringList desktopArguments(const Arguments &arguments, QString &error)
{
    const QString file = projectFile(arguments, error);
    if (file.isEmpty())
        error = QStringLiteral("report needs a FILE");
    if (!error.isEmpty())
        return {};
    if (!arguments.isSet(QStringLiteral("out"))) {
        error = QStringLiteral("report needs --out PLAN.pdf");
        return {};
    }
    SolveOptions unused;
    if (error = readSolveOptions(arguments, kSolveOptions, unused); !error.isEmpty())
        return {};
    QStringList forwarded{ QStringLiteral("--report"), file };
    for (const CommandOption &o : reportOptions())
        if (arguments.isSet(o.name) && o.valueName.isEmpty())
            forwarded << QStringLiteral("--") + o.name;
        else if (arguments.isSet(o.name))
            forwarded << QStringLiteral("--") + o.name << arguments.value(o.name);
    return forwarded;
}

// Runs `app` with `args`, relays what it writes and maps its exit code.
int runDesktopApp(const QString &app, const QStringList &args, QTextStream &out, QTextStream &err)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(app, args);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit) {
        err << "warmshell-cli: " << app << " did not finish: " << process.errorString() << '\n';
        return InvalidInput;
    }
    out << QString::fromLocal8Bit(process.readAllStandardOutput());
    err << QString::fromLocal8Bit(process.readAllStandardError());
    return process.exitCode() == 0 ? Ok : (process.exitCode() == 2 ? UsageError : InvalidInput);
}

} // namespace

QString reportUsage()
{
    return QStringLiteral(
        "Usage: warmshell-cli report FILE --out PLAN.pdf [--objective compute|gpus|idle-cost]\n"
        "                    [--precision bf16|fp8|fp4] [--date YYYY-MM-DD] [--force]\n"
        "\n"
        "Solves FILE and writes the capacity plan report: summary, per-generation table, floor plan\n"
        "coloured by utilisation, charts, the timeline (as 'timeline FILE') and the generation\n"
        "comparison on the site (as 'compare FILE' at the plan's date and precision), marginal values,\n"
        "assumptions. The PDF is drawn by the\n"
        "desktop app 'warmshell' installed next to this tool (run without a window), so this tool\n"
        "itself links no GUI library. PLAN.pdf is replaced only by a complete report; --force writes it\n"
        "even if it is FILE itself (by default that is refused).\n"
        "Exit codes: 0 written, 1 invalid input, write error or no 'warmshell' found, 2 usage error.\n");
}

CommandOptions reportOptions()
{
    return CommandOptions{ fileOption("out", "PLAN.pdf"), forceOption() } + solveCommandOptions(kSolveOptions);
}

int runReport(const Invocation &in)
{
    QString error;
    const QStringList forwarded = desktopArguments(in.arguments, error);
    if (!error.isEmpty())
        return in.usageError(error);
    const QString app = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("warmshell"));
    if (!QFileInfo(app).isExecutable()) {
        in.err << "warmshell-cli: the report is drawn by the desktop app, which was not found at " << app
               << " (install WarmShell with its desktop app)\n";
        return InvalidInput;
    }
    return runDesktopApp(app, forwarded, in.out, in.err);
}

} // namespace warmshell::cli
