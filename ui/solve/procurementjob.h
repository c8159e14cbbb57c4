// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "procurement/procurement.h"

namespace warmshell::ui {

// planProcurement() for a job on a pool thread (QtConcurrent::run): afterwards it frees the
// thread's GLPK environment, which pool threads never free (nothing of GLPK outlives the call;
// never call it on a thread that keeps GLPK objects, such as the GUI thread).
ProcurementPlan planProcurementOnPoolThread(const Project &project, const ProcurementInput &input);

} // namespace warmshell::ui
