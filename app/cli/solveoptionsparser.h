// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandoption.h"
#include "plan/capacityplan.h"
#include "plan/solveoptions.h"

#include <QFlags>

namespace warmshell::cli {

class Arguments;

// The solve options of the command line, each described once here (name, value name, help,
// how its value is read into SolveOptions) and read by every warmshell-cli command that takes
// them and by the desktop app's `warmshell --report`.
enum class SolveOption {
    Objective = 0x1, // --objective LIST
    Precision = 0x2, // --precision P
    Date = 0x4, // --date D
    Heuristic = 0x8, // --heuristic
    TimeLimit = 0x10, // --time-limit S
    Gap = 0x20 // --gap PERCENT
};
Q_DECLARE_FLAGS(SolveOptionSet, SolveOption)
Q_DECLARE_OPERATORS_FOR_FLAGS(SolveOptionSet)

constexpr SolveOptionSet kAllSolveOptions{ SolveOption::Objective, SolveOption::Precision, SolveOption::Date,
    SolveOption::Heuristic, SolveOption::TimeLimit, SolveOption::Gap };

// The options of `which`, in the order above.
CommandOptions solveCommandOptions(SolveOptionSet which);

// Their help lines ("  --gap PERCENT      stop once ..."), the text starting at `column`.
QString solveOptionsHelp(SolveOptionSet which, int column);

// Reads the options of `which` that the command line gives into `options`, in the order above.
// Returns the first usage error ("--gap must be a percentage from 0 to 100, got 'x'") or empty.
QString readSolveOptions(const Arguments &arguments, SolveOptionSet which, SolveOptions &options);

// A plan's certification as every command states it, with how to ask for more:
// "Certified within 0.1 % (default gap); --gap 0 searches for the proven optimum", or "Proven
// optimal; gap target 0.1 % (default; ...)". Empty for a plan without a value.
QString certificationLine(const CapacityPlan &plan);

// The gap a run of many solves aims for (timeline, compare, scenarios): "gap target 0.1 %
// (default; --gap 0 searches for the proven optimum)", "gap target 0.5 %" or "gap target 0
// (proven optimum)".
QString gapTargetText(double relativeGap);

} // namespace warmshell::cli
