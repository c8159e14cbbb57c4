// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandsupport.h"
#include "outputformat.h"
#include "plan/solveoptions.h"
#include "solveoptionsparser.h"

namespace warmshell::cli {

class Arguments;

// --out PATH: where a command writes instead of standard output.
CommandOption outOption();
// --force: write the output even over one of the command's input files.
CommandOption forceOption();

// What a command that solves a project reads from its command line.
struct PlanArguments
{
    QString file;
    SolveOptions options;
    OutputFormat format = OutputFormat::Table;
    QString out; // empty: standard output
    OutputGuard guard; // the project FILE, which --out replaces only with --force
};

// Reads the solve options of `which`, --format (one of `formats`), --out and the one FILE
// into `plan`, in that order; the command's options include all of them. Returns the first
// usage error, or empty.
QString readPlanArguments(
    const Arguments &arguments, SolveOptionSet which, const OutputFormats &formats, PlanArguments &plan);

// Reads `plan` as readPlanArguments does and opens its project (see openProject).
LoadedProject openPlanProject(
    const Invocation &in, SolveOptionSet which, const OutputFormats &formats, PlanArguments &plan);

} // namespace warmshell::cli
