// SPDX-License-Identifier: GPL-3.0-or-later
#include "riskjob.h"

#include "catalog.h"
#include "solver/glpkmodel.h"

namespace warmshell::ui {

RiskResult computeRiskOnPoolThread(const Project &project, const RiskOptions &options)
{
    RiskResult result = computeRisk(project, Catalog::builtIn(), options);
    solver::glpkFreeEnvironment();
    return result;
}

} // namespace warmshell::ui
