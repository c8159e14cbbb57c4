// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

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
    Command{ "report", "FILE", "write the capacity plan report (PDF)", reportUsage,
        Needs(Need::ProjectFile) | Need::DesktopApp, reportOptions, runReport },
    Command{ "timeline", "FILE", "solve period by period: idle GPUs, idle depreciation, when lots energize",
        timelineUsage, Need::ProjectFile, timelineOptions, runTimeline },
    Command{ "compare", "FILE", "what each GPU generation delivers on the site or a power budget", compareUsage,
        Need::ProjectFile, compareOptions, runCompare },
    Command{ "contingencies", "FILE", "what each single failure darkens, uncools, caps or sheds (N-1)",
        contingenciesUsage, Need::ProjectFile, contingenciesOptions, runContingencies },
    Command{ "maintenance", "FILE", "what each maintenance window darkens, caps or sheds, and its idle cost",
        maintenanceUsage, Need::ProjectFile, maintenanceOptions, runMaintenance },
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
    err << "warmshell-cli: " << message << "\n\n" << command.usage();
    return UsageError;
}

} // namespace warmshell::cli
