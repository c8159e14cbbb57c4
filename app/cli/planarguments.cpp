// SPDX-License-Identifier: GPL-3.0-or-later
#include "planarguments.h"

#include "arguments.h"
#include "command.h"

namespace warmshell::cli {

CommandOption outOption()
{
    return fileOption("out", "PATH");
}

CommandOption forceOption()
{
    return flagOption("force");
}

QString readPlanArguments(
    const Arguments &arguments, SolveOptionSet which, const OutputFormats &formats, PlanArguments &plan)
{
    QString error = readSolveOptions(arguments, which, plan.options);
    if (error.isEmpty()) {
        if (const auto format = readOutputFormat(arguments, formats, error))
            plan.format = *format;
    }
    if (error.isEmpty())
        plan.file = projectFile(arguments, error);
    plan.out = arguments.value(QStringLiteral("out"));
    plan.guard = outputGuard(arguments, { plan.file });
    return error;
}

LoadedProject openPlanProject(
    const Invocation &in, SolveOptionSet which, const OutputFormats &formats, PlanArguments &plan)
{
    const QString error = readPlanArguments(in.arguments, which, formats, plan);
    // The limit counts from the command's start: reading the file is part of it.
    plan.options.deadline = Deadline::after(plan.options.timeLimitSeconds);
    return openProject(in, error, plan.file);
}

} // namespace warmshell::cli
