// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assignment.h"

#include <vector>

namespace warmshell::solver {

// Where the prices of a plan's rows come from.
enum class RowPrices {
    LpDuals, // the LP relaxation's duals (zero when the LP did not finish)
    LagrangianMultipliers, // the multipliers of the bound that certified the plan
};

// The plan solve() settles on, with the prices of the formulation's rows that come with it:
// what the plan report and the marginal values read.
struct SolvedPlan
{
    Assignment assignment;
    // Per Formulation row, in units of the scaled, maximised primary stage objective per row
    // unit (GLPK's sign convention: ≥ 0 on a binding ≤ row).
    std::vector<double> duals;
    RowPrices prices = RowPrices::LpDuals;
};

} // namespace warmshell::solver
