// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinearguments.h"

#include "arguments.h"
#include "command.h"
#include "commandsupport.h"
#include "enumkeys.h"

namespace warmshell::cli {

namespace {

// --period, --periods, --total-time-limit, --gpu-hour-price and --allow-moves into `o`.
QString readTimelineOptions(const Arguments &arguments, TimelineOptions &o)
{
    QString v;
    auto given = [&](const char *name) {
        v = arguments.value(QLatin1String(name));
        return arguments.isSet(QLatin1String(name));
    };
    bool ok = true;
    if (given("period")) {
        o.period = enumFromKey<PlanningPeriod>(v);
        if (!o.period)
            return QStringLiteral("--period must be quarter or month, got '%1'").arg(v);
    }
    if (given("periods")) {
        o.horizonPeriods = v.toInt(&ok);
        if (!ok || o.horizonPeriods < 1 || o.horizonPeriods > 400)
            return QStringLiteral("--periods must be a whole number from 1 to 400, got '%1'").arg(v);
    }
    if (given("total-time-limit")) {
        o.totalTimeLimitSeconds = v.toDouble(&ok);
        if (!ok || !(o.totalTimeLimitSeconds > 0) || o.totalTimeLimitSeconds > 1e6)
            return QStringLiteral("--total-time-limit must be a number of seconds above 0, got '%1'").arg(v);
    }
    if (given("gpu-hour-price")) {
        o.gpuHourPrice = v.toDouble(&ok);
        if (!ok || !(o.gpuHourPrice >= 0) || o.gpuHourPrice > 1e6)
            return QStringLiteral("--gpu-hour-price must be a number from 0 to 1000000, got '%1'").arg(v);
    }
    o.allowMoves = arguments.isSet(QStringLiteral("allow-moves"));
    return {};
}

} // namespace

CommandOptions timelineCommandOptions()
{
    return { choiceOption("period", "P", choicesOf<PlanningPeriod>()), valueOption("periods", "N"),
        flagOption("allow-moves"), valueOption("total-time-limit", "S"), valueOption("gpu-hour-price", "X") };
}

CommandOptions timelineArgumentOptions(const OutputFormats &formats)
{
    return timelineCommandOptions() + solveCommandOptions(kTimelineSolveOptions)
        + hiddenOptions(solveCommandOptions(SolveOption::Date))
        + CommandOptions{ formatOption(formats), outOption(), forceOption() };
}

QString readTimelineArguments(const Arguments &arguments, const OutputFormats &formats, TimelineArguments &a)
{
    if (const QString error = readTimelineOptions(arguments, a.options); !error.isEmpty())
        return error;
    if (const QString error = readPlanArguments(arguments, kTimelineSolveOptions | SolveOption::Date, formats, a.plan);
        !error.isEmpty())
        return error;
    if (a.plan.options.date.isValid())
        return QStringLiteral("--date does not apply: the timeline starts at the site's planStart");
    a.options.solve = a.plan.options;
    a.options.solve.marginalValues = false;
    return {};
}

LoadedProject openTimelineProject(const Invocation &in, const OutputFormats &formats, TimelineArguments &a)
{
    const QString error = readTimelineArguments(in.arguments, formats, a);
    TimelineOptions &o = a.options;
    if (o.totalTimeLimitSeconds > 0) // counted from the command's start: reading the file is part of it
        o.solve.deadline = Deadline::after(o.totalTimeLimitSeconds);
    LoadedProject loaded = openProject(in, error, a.plan.file);
    if (const auto &project = loaded.project;
        project && o.horizonPeriods == 0 && o.period && *o.period != project->site.period)
        o.horizonPeriods = *o.period == PlanningPeriod::Month ? project->site.horizonPeriods * 3
                                                              : std::max(1, (project->site.horizonPeriods + 2) / 3);
    return loaded;
}

} // namespace warmshell::cli
