// SPDX-License-Identifier: GPL-3.0-or-later
#include "roundandfill.h"

#include "greedyfill.h"
#include "primaryobjective.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace warmshell::solver {

namespace {

// The pattern columns of group `gi` in `x` rounded by largest remainder: each rounded down,
// then the racks that the rounded-down columns leave (up to the group's rack count and to the
// nearest whole number of the sum) go to the patterns with the largest fractional parts.
void roundPatterns(const Formulation &f, int gi, std::vector<double> &x)
{
    std::vector<int> patterns;
    double sum = 0, floors = 0;
    for (int j = f.groupFirstColumn[size_t(gi)]; j < f.groupFirstColumn[size_t(gi) + 1]; ++j)
        if (f.columns[size_t(j)].kind == ColumnKind::Pattern) {
            patterns.push_back(j);
            sum += x[size_t(j)];
            floors += std::floor(x[size_t(j)] + 1e-7);
        }
    const double racks = double(f.groups[size_t(gi)].racks.size());
    double extra = std::min(racks, std::round(sum)) - floors;
    std::stable_sort(patterns.begin(), patterns.end(), [&](int p, int q) {
        return x[size_t(p)] - std::floor(x[size_t(p)] + 1e-7) > x[size_t(q)] - std::floor(x[size_t(q)] + 1e-7);
    });
    for (int j : patterns) {
        const double down = std::floor(x[size_t(j)] + 1e-7);
        x[size_t(j)] = down + (extra > 0.5 && x[size_t(j)] - down > 1e-7 ? 1 : 0);
        extra -= x[size_t(j)] - down;
    }
}

// `lp` with its pattern columns rounded by largest remainder (roundPatterns) and its systems
// and rack slot columns to the nearest whole number: a start that may break limits (the greedy
// fill keeps only what they allow), but keeps a rack whose LP point mixes patterns in use.
std::vector<double> roundedByLargestRemainder(const Formulation &f, std::span<const double> lp)
{
    std::vector<double> x(lp.begin(), lp.end());
    for (size_t gi = 0; gi < f.groups.size(); ++gi)
        roundPatterns(f, int(gi), x);
    for (size_t j = 0; j < x.size(); ++j)
        if (f.columns[j].kind == ColumnKind::Systems || f.columns[j].kind == ColumnKind::RackSlots)
            x[j] = std::round(x[j]);
    return x;
}

// One system of each (group, variant) whose systems column `lp` leaves fractional, the largest
// fractional part first: the LP's own order of which racks most want one more system. Where
// inlet rows couple neighbouring racks this keeps the racks the LP fills nearly whole rather
// than the first racks in site order (the fill by value per kW), which block their
// neighbours: on a 1,000-rack recirculation campus (seed 12) the converged decomposition's
// points rounded this way and then improved by windows reached 51,000 PFLOPS, 50,050 without.
std::vector<PlacementTry> byFractionalPart(const Formulation &f, std::span<const double> lp)
{
    std::vector<std::pair<double, PlacementTry>> tries;
    const size_t variants = f.variants.size();
    for (size_t gi = 0; gi < f.groups.size(); ++gi)
        for (int v : f.groups[gi].variants) {
            const int j = f.systemsColumn[gi * variants + size_t(v)];
            if (j < 0)
                continue;
            const double x = lp[size_t(j)];
            const double fraction = x - std::floor(x + 1e-7);
            if (fraction > 1e-3)
                tries.push_back({ fraction, PlacementTry{ int(gi), v } });
        }
    std::stable_sort(tries.begin(), tries.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::vector<PlacementTry> out;
    out.reserve(tries.size());
    for (const auto &t : tries)
        out.push_back(t.second);
    return out;
}

} // namespace

Assignment roundAndFill(
    const Formulation &f, std::span<const double> lp, Objective objective, Precision precision, Headroom *headroomOut)
{
    const PrimaryObjective primary(f, objective, precision);
    BestPlan best(primary);
    Headroom downRoom(f), nearRoom(f);
    const Assignment down = fromColumns(f, lp, Rounding::Down);
    best.consider(greedyFill(f, objective, precision, &down, &downRoom), std::move(downRoom));
    Headroom orderedRoom(f);
    best.consider(
        greedyFillTrying(f, objective, precision, down, byFractionalPart(f, lp), &orderedRoom), std::move(orderedRoom));
    const std::vector<double> near = roundedByLargestRemainder(f, lp);
    const Assignment nearest = fromColumns(f, near, Rounding::Nearest);
    best.consider(greedyFill(f, objective, precision, &nearest, &nearRoom), std::move(nearRoom));
    if (headroomOut)
        *headroomOut = best.room();
    return best.take();
}

} // namespace warmshell::solver
