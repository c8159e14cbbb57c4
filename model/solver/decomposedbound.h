// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formulation.h"
#include "lagrangianbound.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace warmshell::solver {

// The LP bound of a large site by decomposition. Only the rows that link the whole site — the
// fleet rows (RowKind::LotLink) and lexicographic stage rows — are relaxed with multipliers λ;
// what they leave apart falls into independent parts (on a campus, usually one part per hall:
// its UPS, switchboards, rows and cooling), and
//     L(λ) = λ·b + Σ_parts max { (c − λA)·x : x satisfies the part's own rows }
// is an upper bound of the LP relaxation (so of every plan) for every λ (≥ 0 on ≤ rows, free
// on equalities). Each part's maximum is an exact LP solved by GLPK; parts that are the same LP
// (halls built to one design) are solved once and counted as many times as they occur. λ is
// improved by a cutting-plane method with a trust region (a small GLPK LP over λ), and since
// an LP's Lagrangian dual has no gap, L converges to the LP optimum itself.
//
// Stops when L is within `relativeGap` of `target` (a value some plan reaches; −∞ for none), when L is
// proven minimal (then it equals the LP bound), after `seconds`, or on `cancel`. Returns
// nothing when the site does not decompose (a single part holding most of the columns) or
// GLPK fails on a part; the caller then uses another bound. The returned `duals` are λ on the
// relaxed rows and the parts' own LP duals at that λ on the others (GLPK's sign convention for
// a maximisation: ≥ 0 on binding ≤ rows).
struct DecomposedBound : LagrangianBound
{
    int parts = 0; // independent parts (with at least one row)
    int distinctParts = 0; // of which different LPs
    bool converged = false; // L is the LP optimum (within 1e-7 relative)
    double setupSeconds = 0; // splitting into parts and loading the calling thread's share into GLPK
    int threads = 1; // threads that solved the distinct parts
    // Per Formulation column: the parts' maximisers combined with the cutting-plane weights
    // (Dantzig–Wolfe); an optimal LP point once converged, near-feasible before. For rounding
    // only: it may break fleet rows by a fraction. Empty if GLPK failed on the last step.
    LargeVector<double> primal;
    // The best multipliers (L = value there), one per relaxed row, and those rows (Formulation
    // rows): what a warm start of the next search on an edited site keeps, by row name.
    std::vector<int> relaxedRows;
    std::vector<double> multipliers;
};

// Turns a primal point (per Formulation column, possibly fractional and slightly infeasible)
// into a plan and returns that plan's value in the units of `c` (the caller keeps the plan).
using PrimalRounding = std::function<double(std::span<const double> primal)>;

// `round` (may be empty) is called with the current primal point once the cutting-plane model
// puts L within half of `relativeGap` of its minimum, again as that estimate shrinks, and at
// the end if the target is still missed; a better plan it reports raises `target`, so the
// search stops as soon as some plan is certified within the gap.
//
// The distinct parts are dealt to `threads` threads (≤ 0: one per core; one whatever is asked
// when GLPK keeps one environment for the whole process, see glpkIsThreadLocal()); each thread
// creates, solves and deletes its own parts' problems. The result does not depend on the
// number of threads: each part is solved from its own previous basis, and L, its subgradient
// and the primal point are summed in a fixed order, distinct part by distinct part.
//
// `relaxHallLinks`: as for partitionFormulation(); the rows linking halls then get multipliers
// too (≥ 0 on ≤ rows), the bound is still a bound of the LP for every λ, and the search takes
// at most 60 % of `seconds` (it converges more slowly; the caller's LP path gets the rest), or
// stops after its first evaluation when that alone took over 5 % of it.
//
// `start` (may be null): multipliers to start from, by relaxed row name (RowInfo::name), in the
// units of `c` — a warm start from the search on the site before an edit. A row it does not name
// starts at 0, and each is clipped to the box the search keeps λ in; the trust region then starts
// at a tenth of its cold size, as the optimum is expected near. Any start gives a valid bound.
std::optional<DecomposedBound> decomposedBound(const Formulation &f, std::span<const double> c, double target,
    double relativeGap, double seconds, const std::atomic<bool> *cancel = nullptr, const PrimalRounding &round = {},
    int threads = 0, bool relaxHallLinks = false, const QHash<QString, double> *start = nullptr);

} // namespace warmshell::solver
