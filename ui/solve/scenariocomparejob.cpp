// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariocomparejob.h"

#include "catalog.h"
#include "solver/glpkmodel.h"

namespace warmshell::ui {

ScenarioComparison compareScenariosOnPoolThread(
    const Project &project, const std::vector<int> &indices, const TimelineOptions &options)
{
    ScenarioComparison c = compareScenarios(project, Catalog::builtIn(), options, indices);
    solver::glpkFreeEnvironment();
    return c;
}

} // namespace warmshell::ui
