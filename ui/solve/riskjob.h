// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/risk.h"

namespace warmshell::ui {

// computeRisk() with the built-in catalog for a job on a pool thread (QtConcurrent::run). The
// calling thread is one of the run's workers, so afterwards it frees the thread's GLPK
// environment, which pool threads never free (nothing of GLPK outlives the call; never call it
// on a thread that keeps GLPK objects, such as the GUI thread).
RiskResult computeRiskOnPoolThread(const Project &project, const RiskOptions &options);

} // namespace warmshell::ui
