// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formulation.h"

#include <atomic>
#include <span>
#include <vector>

namespace warmshell::solver {

// An upper bound on the LP relaxation of `f` (so on every plan) for the maximised column
// objective `c`, without solving the LP: Lagrangian relaxation of every row that links rack
// groups (fleet, power nodes, cooling units, inlet limits). For any multipliers λ (≥ 0 on
// ≤ rows, free on the fleet equalities)
//     L(λ) = λ·b + Σ_lots max(0, reduced value) · available + Σ_groups (best rack pattern at
//            reduced values) · racks
// bounds the LP from above; a group's best rack pattern is found by scanning its patterns
// (the local problem — one pattern per rack, systems in its slots — needs no LP). The heat
// split of a group served by several units is priced at the cheapest unit. Multipliers are
// improved by projected subgradient steps (Polyak step towards `target`, a value some plan
// reaches) until the bound is within `relativeGap` of `target`, `seconds` pass, or
// `cancel` is set. Every bound reported is valid whatever the multipliers; more iterations
// only make it tighter. Since the local problem has integral optima, the best multipliers
// give exactly the LP bound.
struct LagrangianBound
{
    double value = 0; // the best (smallest) L(λ) found, objective units of `c`
    std::vector<double> duals; // its multipliers per Formulation row (0 for rows not relaxed)
    int iterations = 0;
    double seconds = 0;
};

// `start` (may be null): first multipliers per Formulation row (rows not relaxed ignored;
// projected onto λ ≥ 0 where needed). `seconds` ≤ 0: evaluate L at the start only.
LagrangianBound lagrangianBound(const Formulation &f, std::span<const double> c, double target, double relativeGap,
    double seconds, const std::atomic<bool> *cancel = nullptr, const std::vector<double> *start = nullptr);

} // namespace warmshell::solver
