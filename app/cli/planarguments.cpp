// SPDX-License-Identifier: GPL-3.0-or-later
#include "planarguments.h"

#include "arguments.h"
#include "commandsupport.h"

namespace warmshell::cli {

CommandOption outOption()
{
    return fileOption("out", "PATH");
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
    return error;
}

QString parsePlanArguments(Arguments &arguments, const QStringList &args, SolveOptionSet which,
    const OutputFormats &formats, PlanArguments &plan)
{
    const QString error = arguments.parse(args, Positionals::Files);
    return error.isEmpty() ? readPlanArguments(arguments, which, formats, plan) : error;
}

} // namespace warmshell::cli
