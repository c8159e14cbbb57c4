// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolwork.h"

#include "solver/glpkmodel.h"

namespace warmshell::ui {

void releaseSolverOfThisThread()
{
    solver::glpkFreeEnvironment();
}

} // namespace warmshell::ui
