// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formulation.h"
#include "primaryobjective.h"
#include "solvedplan.h"
#include "solverun.h"
#include "stageobjectives.h"

#include <optional>

namespace warmshell::solver {

// The one solve path of a project with tenants (Formulation::hasTenants; docs/solver.md,
// "Tenants"). The quota rows and the tier-by-tier objective are not what the heuristics, the
// bounds and the decomposition of the other path know: a greedy or rounded plan may break a
// minimum quota, and their "best plan" compares plans by the primary objective over every
// tier. So this path hands GLPK the whole formulation — reservations in the groups' variants,
// fleet rows per (model, tenant), quota rows — and runs the lexicographic MILP over
// lexicographicStages() from no incumbent, without GLPK's preprocessor.
//
// Returns the plan and the LP duals of the total primary objective (`stage`), and sets the
// plan's method, status, objective value (the primary objective over every tier), bound and
// gap: when every stage is proven the plan is the lexicographic optimum and its bound is its
// value; otherwise the bound is the LP bound of the total primary objective. Returns nothing
// when there is no plan: quotas that cannot all hold (status Infeasible, with an explanation
// naming the tenants and their limits — an irreducible set of quota rows, found by relaxing
// one row at a time), or no plan found before the deadline or a cancel (status Failed).
std::optional<SolvedPlan> solveTenantStages(const SolveRun &run, const Formulation &f, const PrimaryObjective &primary,
    const StageObjective &stage, CapacityPlan &plan);

} // namespace warmshell::solver
