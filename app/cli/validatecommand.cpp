// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli validate FILE
#include "arguments.h"
#include "catalog.h"
#include "commands.h"
#include "commandsupport.h"
#include "validation.h"

namespace warmshell::cli {

namespace {

// "FILE: valid — 2 halls, 208 racks, 40 power nodes, 12 cooling units, 6 lots (7168 GPUs)".
void printSummary(QTextStream &out, const QString &fileName, const Project &project)
{
    qint64 gpus = 0;
    for (const FleetLot &lot : project.fleet)
        if (const SystemModel *m = project.model(lot.model, Catalog::builtIn()))
            gpus += qint64(lot.count) * m->gpusPerSystem;
    const Site &site = project.site;
    out << fileName << ": valid — " << count(qsizetype(site.halls.size()), "hall") << ", "
        << count(qsizetype(site.racks.size()), "rack") << ", " << count(site.power.size(), "power node") << ", "
        << count(qsizetype(site.coolingUnits.size()), "cooling unit") << ", "
        << count(qsizetype(project.fleet.size()), "lot") << " (" << gpus << " GPUs)\n";
}

} // namespace

QString validateUsage()
{
    return QStringLiteral("Usage: warmshell-cli validate FILE\n"
                          "\n"
                          "Loads the project FILE and checks it: file structure, value ranges, references,\n"
                          "cycles in the power chain, racks without a path to a source, 2N racks whose A and B\n"
                          "feeds share a single point of failure, cooling coverage, pinned contents.\n"
                          "Prints every problem as 'JSON-path: reason'.\n"
                          "Exit codes: 0 valid, 1 problems found or file refused, 2 usage error.\n");
}

CommandOptions validateOptions()
{
    return {};
}

int runValidate(const Invocation &in)
{
    const QStringList files = in.arguments.positionalArguments();
    if (files.size() != 1)
        return in.usageError(files.isEmpty() ? QStringLiteral("validate needs a FILE")
                                             : QStringLiteral("validate takes exactly one FILE"));
    const QString fileName = files.first();
    const LoadResult loaded = loadProject(fileName);
    if (refused(loaded, fileName, in.err))
        return InvalidInput;
    if (loaded.migratedFrom)
        in.out << fileName << ": read format version " << loaded.migratedFrom << " and migrated it to "
               << kProjectFormatVersion << " (saving writes version " << kProjectFormatVersion << ")\n";
    const auto problems = validateProject(*loaded.project, Catalog::builtIn());
    if (!problems.empty()) {
        printProblems(in.err, fileName + QStringLiteral(": ") + count(problemCount(problems), "problem"), problems);
        return InvalidInput;
    }
    printSummary(in.out, fileName, *loaded.project);
    return Ok;
}

} // namespace warmshell::cli
