// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/scenarioresults.h"

namespace warmshell::ui {

// compareScenarios() of the base and the scenarios at `indices`, for a job on a pool thread
// (QtConcurrent::run), with the built-in catalog: afterwards it frees the thread's GLPK
// environment, which pool threads never free (nothing of GLPK outlives the call; never call it
// on a thread that keeps GLPK objects, such as the GUI thread). `options.solve.cancel`, when
// set, must outlive the call.
ScenarioComparison compareScenariosOnPoolThread(
    const Project &project, const std::vector<int> &indices, const TimelineOptions &options);

} // namespace warmshell::ui
