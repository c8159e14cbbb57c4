// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assignment.h"
#include "formulation.h"
#include "solverun.h"

#include <vector>

namespace warmshell::solver {

// At most this many domains of an unplaced cluster are tried for its explanation (the first
// ones of its scope); the explanation says when there were more.
inline constexpr int kClusterDomainsTried = 16;

// Per cluster of `f` (project order): placed or not and where, read from the assignment — the
// domain of the racks holding its systems (an assignment that splits a cluster or leaves it
// short names every domain it touches and counts it as not placed; solve() never does).
std::vector<ClusterResult> clusterResults(const Formulation &f, const Assignment &a);

// For each cluster `plan` leaves unplaced, the reason (ClusterResult::reason, room, bestRoom):
// too few systems set aside at the date; no domain of its scope with a usable rack; or, per
// domain tried, the most of its systems the domain could hold — a MILP over `f` with the
// cluster standing in that domain, its "whole" row relaxed and every other system free to move
// (≤ 2 s each, within the run's deadline) — naming the best domain ("hall \"h2\" has room for
// 6 of its 8 systems") or, when one could hold it whole, that the plan's objective is higher
// without it. Also adds one line per unplaced cluster to plan.explanations.
void explainUnplacedClusters(const SolveRun &run, const Formulation &f, CapacityPlan &plan);

} // namespace warmshell::solver
