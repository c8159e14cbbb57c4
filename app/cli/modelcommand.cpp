// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli model FILE (--lp OUT | --mps OUT) [--per-rack] [options]
#include "arguments.h"
#include "catalog.h"
#include "commands.h"
#include "commandsupport.h"
#include "planarguments.h"
#include "solveoptionsparser.h"
#include "solver/perrackmodel.h"
#include "solver/solver.h"
#include "standardstream.h"

namespace warmshell::cli {

namespace {

constexpr SolveOptionSet kSolveOptions{ SolveOption::Objective, SolveOption::Precision, SolveOption::Date };

struct ModelArguments
{
    QString file;
    SolveOptions options;
    QString target; // the --lp or --mps file
    ModelFormat format = ModelFormat::Lp;
    bool perRack = false;
};

QString readModelArguments(const Arguments &arguments, ModelArguments &a)
{
    QString error = readSolveOptions(arguments, kSolveOptions, a.options);
    if (error.isEmpty())
        a.file = projectFile(arguments, error);
    if (!error.isEmpty())
        return error;
    const QString lp = arguments.value(QStringLiteral("lp")), mps = arguments.value(QStringLiteral("mps"));
    if (lp.isEmpty() == mps.isEmpty())
        return QStringLiteral("give exactly one of --lp OUT or --mps OUT");
    a.target = lp.isEmpty() ? mps : lp;
    a.format = lp.isEmpty() ? ModelFormat::Mps : ModelFormat::Lp;
    a.perRack = arguments.isSet(QStringLiteral("per-rack"));
    return {};
}

} // namespace

QString modelUsage()
{
    return QStringLiteral(
        "Usage: warmshell-cli model FILE (--lp OUT | --mps OUT) [--per-rack] [--objective O] [--precision P]\n"
        "                         [--date D] [--force]\n"
        "\n"
        "Writes the exact MILP the solver hands to GLPK for the primary objective, in CPLEX LP or\n"
        "free MPS format, so it can be run in another solver.\n"
        "  --per-rack         write instead the plain per-rack model of the same problem (one integer\n"
        "                     column per rack and system variant; no grouping of identical racks;\n"
        "                     compute counted in TFLOPS, idle-cost as depreciation of energized systems;\n"
        "                     the MPS file minimises the negated objective)\n"
        "  --force            write OUT even if it is FILE itself (by default that is refused)\n"
        "OUT is replaced only by a complete file (a device or FIFO is written directly).\n"
        "Exit codes: 0 written, 1 invalid input or write error, 2 usage error.\n");
}

CommandOptions modelOptions()
{
    return CommandOptions{ fileOption("lp", "OUT"), fileOption("mps", "OUT"), flagOption("per-rack"), forceOption() }
    + solveCommandOptions(kSolveOptions);
}

int runModel(const Invocation &in)
{
    ModelArguments a;
    const QString usageError = readModelArguments(in.arguments, a);
    const auto [project, exitCode] = openProject(in, usageError, a.file);
    if (!project)
        return exitCode;
    const OutputGuard guard = outputGuard(in.arguments, { a.file });
    const QString error = a.perRack
        ? writePerRackModel(*project, Catalog::builtIn(), a.options, a.target, a.format, nullptr, guard)
        : writeModel(*project, Catalog::builtIn(), a.options, a.target, a.format, guard);
    if (!error.isEmpty()) {
        in.err.error(Diagnostics::Kind::Output, error, a.target);
        return InvalidInput;
    }
    if (a.target != QLatin1String(kStandardStreamName)) // standard output holds the model itself
        in.notes << "wrote " << a.target << '\n';
    return Ok;
}

} // namespace warmshell::cli
