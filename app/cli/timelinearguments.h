// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/timeline.h"
#include "commandsupport.h"
#include "planarguments.h"

namespace warmshell::cli {

// The solve options a timeline takes: every one but --date (it starts at the site's planStart).
constexpr SolveOptionSet kTimelineSolveOptions{ SolveOption::Objective, SolveOption::Precision, SolveOption::Heuristic,
    SolveOption::TimeLimit, SolveOption::Gap };

// --period, --periods, --allow-moves, --total-time-limit and --gpu-hour-price.
CommandOptions timelineCommandOptions();

// What timeline and scenarios accept: the timeline options, kTimelineSolveOptions (and --date,
// hidden, to refuse it), --format (one of `formats`) and --out.
CommandOptions timelineArgumentOptions(const OutputFormats &formats);

struct TimelineArguments
{
    PlanArguments plan;
    TimelineOptions options; // options.solve: plan.options without marginal values
};

// Reads the timeline options, then the plan arguments as readPlanArguments does; --date is a
// usage error. Returns the first usage error, or empty.
QString readTimelineArguments(const Arguments &arguments, const OutputFormats &formats, TimelineArguments &a);

// Reads `a` as readTimelineArguments does, opens its project (see openProject) and fits the
// horizon to the requested period: a change of period keeps the horizon's length.
LoadedProject openTimelineProject(const Invocation &in, const OutputFormats &formats, TimelineArguments &a);

} // namespace warmshell::cli
