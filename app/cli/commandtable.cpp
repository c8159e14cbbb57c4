// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "fieldlimits.h"

#include <algorithm>
#include <array>

namespace warmshell::cli {

namespace {

const std::array kCommands{
    Command{ "validate", "FILE", "check a project file and list every problem found", validateUsage, Need::ProjectFile,
        validateOptions, runValidate },
    Command{ "catalog", "", "list the built-in GPU system catalog", catalogUsage, {}, catalogOptions, runCatalog },
    Command{ "solve", "FILE", "energize the most of the fleet within every limit; report what binds", solveUsage,
        Need::ProjectFile, solveOptions, runSolve },
    Command{ "model", "FILE", "write the optimisation model (LP or MPS) for another solver", modelUsage,
        Need::ProjectFile, modelOptions, runModel },
    Command{ "export", "FILE", "write a table of the plan (placements, generations, nodes) as CSV or JSON", exportUsage,
        Need::ProjectFile, exportOptions, runExport },
    Command{ "import-netbox", "", "make a project from NetBox racks, power panels and power feeds (JSON)",
        importNetBoxUsage, Need::NetBoxExports, importNetBoxOptions, runImportNetBox },
    Command{ "export-netbox", "FILE", "write the plan for NetBox: planned devices (bulk import) and feed loads",
        exportNetBoxUsage, Need::ProjectFile, exportNetBoxOptions, runExportNetBox },
    Command{ "report", "FILE", "write the capacity plan report (PDF)", reportUsage,
        Needs(Need::ProjectFile) | Need::DesktopApp, reportOptions, runReport },
    Command{ "timeline", "FILE", "solve period by period: idle GPUs, idle depreciation, when lots energize",
        timelineUsage, Need::ProjectFile, timelineOptions, runTimeline },
    Command{ "risk", "FILE", "Monte Carlo over uncertain dates: P10/P50/P90 per period, odds each lot is energized",
        riskUsage, Need::ProjectFile, riskOptions, runRisk },
    Command{ "compare", "FILE", "what each GPU generation delivers on the site or a power budget", compareUsage,
        Need::ProjectFile, compareOptions, runCompare },
    Command{ "procure", "FILE", "what to order when under a budget, so that what is bought is energized", procureUsage,
        Need::ProjectFile, procureOptions, runProcure },
    Command{ "contingencies", "FILE", "what each single failure darkens, uncools, caps or sheds (N-1)",
        contingenciesUsage, Need::ProjectFile, contingenciesOptions, runContingencies },
    Command{ "maintenance", "FILE", "what each maintenance window darkens, caps or sheds, and its idle cost",
        maintenanceUsage, Need::ProjectFile, maintenanceOptions, runMaintenance },
    Command{ "measured", "FILE",
        "each power node and rack installed, planned and measured; flags what the meters "
        "read above plan",
        measuredUsage, Need::ProjectFile, measuredOptions, runMeasured },
    Command{ "scenarios", "FILE", "the project's stored what-if scenarios side by side", scenariosUsage,
        Need::ProjectFile, scenariosOptions, runScenarios },
};

} // namespace

std::span<const Command> commands()
{
    return kCommands;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : kCommands)
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

QString mainUsage()
{
    QString text = QStringLiteral("Usage: warmshell-cli COMMAND [OPTIONS]\n\n%1\n\nCommands:\n")
                       .arg(QLatin1String(kToolDescription));
    for (const Command &c : kCommands) {
        const QString call = *c.synopsis ? QStringLiteral("%1 %2").arg(QLatin1String(c.name), QLatin1String(c.synopsis))
                                         : QString::fromLatin1(c.name);
        text += QStringLiteral("  ") + call.leftJustified(19) + QString::fromUtf8(c.summary) + u'\n';
    }
    return text
        + QStringLiteral("\nRun 'warmshell-cli COMMAND --help' for a command's options.\nExit codes: %1\n")
              .arg(QLatin1String(kExitCodes));
}

int Invocation::usageError(const QString &message) const
{
    err.usageError(message, commandHelp(command));
    return UsageError;
}

CommandOptions commonOptions()
{
    return { flagOption("quiet") };
}

CommandOptions optionsOf(const Command &command)
{
    return command.options() + commonOptions();
}

namespace {

// Whether one of `command`'s --format choices is json.
bool offersJson(const Command &command)
{
    const CommandOptions options = command.options();
    return std::any_of(options.begin(), options.end(), [](const CommandOption &o) {
        return o.name == QLatin1String("format") && o.choices.contains(QLatin1String("json"));
    });
}

// Whether `command` writes a file: an option whose value names a file it writes.
bool writesFiles(const Command &command)
{
    for (const CommandOption &o : command.options())
        if (o.valueIsFile
            && (o.name == QLatin1String("out") || o.name == QLatin1String("lp") || o.name == QLatin1String("mps")))
            return true;
    return false;
}

// What every command shares, as its --help states it (see commandHelp).
QString commonHelp(const Command &command)
{
    QString text
        = QStringLiteral("  --quiet            only the result on standard output (no notes such as 'wrote FILE');\n"
                         "                     errors and warnings still go to standard error\n");
    QStringList conventions;
    if (command.needs.testFlag(Need::ProjectFile))
        conventions << QStringLiteral("FILE - reads the project from standard input (at most %1 MiB).")
                           .arg(limits::maxFileBytes / (1024 * 1024));
    else if (command.needs.testFlag(Need::NetBoxExports))
        conventions << QStringLiteral("One input of - is read from standard input (at most %1 MiB).")
                           .arg(limits::maxFileBytes / (1024 * 1024));
    if (writesFiles(command))
        conventions << QStringLiteral("An output of - is standard output.");
    if (offersJson(command))
        conventions << QStringLiteral("With --format json, errors and warnings go to standard error as one JSON\n"
                                      "document (docs/cli.md).");
    return text + (conventions.isEmpty() ? QString() : conventions.join(u'\n') + u'\n');
}

} // namespace

QString commandHelp(const Command &command)
{
    const QString usage = command.usage();
    const QString exitCodes = QStringLiteral("Exit codes: ");
    const qsizetype at = usage.startsWith(exitCodes) ? 0 : usage.lastIndexOf(u'\n' + exitCodes) + 1;
    return usage.left(at) + commonHelp(command) + usage.mid(at);
}

bool asksForJson(const Command &command, const QStringList &args)
{
    if (!offersJson(command))
        return false;
    QString format;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        for (const QString &spelling : { QStringLiteral("--format"), QStringLiteral("-format") }) {
            if (a == spelling && i + 1 < args.size())
                format = args[i + 1];
            else if (a.startsWith(spelling + u'='))
                format = a.mid(spelling.size() + 1);
        }
    }
    return format == QLatin1String("json");
}

} // namespace warmshell::cli
