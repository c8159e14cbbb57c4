// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flatlist.h"
#include "formulation.h"
#include "glpkmodel.h"
#include "largearray.h"

#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace warmshell::solver {

// A relaxed row's coefficient in a column: (index among the relaxed rows, coefficient).
using RelaxedTerm = std::pair<int, double>;

// One distinct part LP and every part of the site that is this same LP (numbered locally: its
// rows by first appearance in the entries, its columns group by group).
struct PartClass
{
    std::vector<int> columns; // the representative's global columns, in local order
    std::vector<std::vector<int>> memberRows; // per member part: its global rows, in local order
    std::vector<std::vector<int>> memberGroups; // per member part: its rack groups, ascending
    GlpkMatrix matrix; // the LP's entries (local; one (row, column) summed); emptied once loaded
};

// A Formulation split for the decomposed bound: the rows that link the whole site (fleet and
// stage rows, and those that link halls when asked) relaxed, and what they leave apart as independent parts, identical
// parts in one class. Refers to the Formulation and objective it was made from.
struct Partition
{
    const Formulation *f = nullptr;
    std::span<const double> c; // objective per Formulation column
    int parts = 0; // independent parts (with at least one row)
    bool hallLinksRelaxed = false; // the rows linking halls are among the relaxed rows
    std::vector<int> relaxedRows; // Formulation rows relaxed
    std::vector<double> scale; // per relaxed row: largest |objective / coefficient| over its columns (> 0)
    FlatList<RelaxedTerm, LargeVector<int>> terms; // per Formulation column: its relaxed-row terms
    std::vector<int> freeColumns; // columns in no part (no kept row): maximised alone
    std::vector<PartClass> classes;

    // The reduced objective of Formulation column j at multipliers λ (one per relaxed row).
    double reducedCost(int j, const std::vector<double> &lambda) const
    {
        double cost = c[size_t(j)];
        for (const RelaxedTerm &t : terms[size_t(j)])
            cost -= lambda[size_t(t.first)] * t.second;
        return cost;
    }
};

// Splits `f` (with objective `c`); nothing when it does not decompose usefully (fewer than two
// parts, or one part holding more than half the columns) or a kept row has a column that
// belongs to no rack group (a Formulation not built by buildFormulation()). With
// `relaxHallLinks`, a site that the fleet rows alone do not split, or split into fewer parts
// than half its halls (halls joined by a shared feed that can bind, such as a utility carrying
// facility and house load), is split again with every row relaxed whose columns lie in more
// than one hall (RackGroup::hall; shared building feeds, the grid, transformers and UPSs
// spanning halls), so its halls are the parts; of two splits, the one with more parts.
std::optional<Partition> partitionFormulation(
    const Formulation &f, std::span<const double> c, bool relaxHallLinks = false);

// Calls visit(column) for the columns of `groups` (ascending), in local order.
template <class Visit> void forGroupColumns(const Formulation &f, const std::vector<int> &groups, Visit visit)
{
    for (int g : groups)
        for (int j = f.groupFirstColumn[size_t(g)]; j < f.groupFirstColumn[size_t(g) + 1]; ++j)
            visit(j);
}

} // namespace warmshell::solver
