// SPDX-License-Identifier: GPL-3.0-or-later
#include "procurementjob.h"

#include "catalog.h"
#include "solver/glpkmodel.h"

namespace warmshell::ui {

ProcurementPlan planProcurementOnPoolThread(const Project &project, const ProcurementInput &input)
{
    ProcurementPlan plan = planProcurement(project, Catalog::builtIn(), input);
    solver::glpkFreeEnvironment();
    return plan;
}

} // namespace warmshell::ui
