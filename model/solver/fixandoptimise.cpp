// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixandoptimise.h"

#include "assignment.h"
#include "glpkmodel.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace warmshell::solver {

namespace {

constexpr size_t kWindowColumns = 500; // free columns per window (GLPK solves such a MILP in ~0.1 s)
constexpr double kWindowSeconds = 0.25;
constexpr int kMaxPasses = 4;

// Group index of each column that belongs to a group; -1 for the lots' columns (always free).
std::vector<int> groupOfColumns(const Formulation &f)
{
    std::vector<int> group(f.columns.size(), -1);
    for (size_t j = 0; j < f.columns.size(); ++j)
        if (f.columns[j].kind != ColumnKind::LotUse)
            group[j] = f.columns[j].group;
    return group;
}

// Windows as [first, last) runs of groups with at most kWindowColumns columns (at least two
// groups where there are two), starting every half window.
std::vector<std::pair<int, int>> windowsOf(const Formulation &f, const std::vector<int> &groupOf)
{
    std::vector<size_t> columnsOfGroup(f.groups.size(), 0);
    for (int g : groupOf)
        if (g >= 0)
            ++columnsOfGroup[size_t(g)];
    const int groups = int(f.groups.size());
    std::vector<std::pair<int, int>> windows;
    for (int first = 0; first < groups;) {
        int last = first;
        size_t columns = 0;
        while (last < groups && (last - first < 2 || columns + columnsOfGroup[size_t(last)] <= kWindowColumns))
            columns += columnsOfGroup[size_t(last++)];
        windows.emplace_back(first, last);
        if (last >= groups)
            break;
        first = std::max(first + 1, (first + last) / 2);
    }
    return windows;
}

// Solves window [first, last) with the other groups' columns fixed at `x`; the better columns
// or an empty vector. Gives every fixed column its bounds back.
std::vector<double> solveWindow(const SolveRun &run, GlpkModel &model, const Formulation &f,
    const std::vector<int> &groupOf, const std::vector<double> &x, std::pair<int, int> window, double currentValue,
    const Deadline &until)
{
    std::vector<int> fixed;
    for (size_t j = 0; j < groupOf.size(); ++j)
        if (groupOf[j] >= 0 && (groupOf[j] < window.first || groupOf[j] >= window.second)) {
            model.fixColumn(int(j), std::round(x[j] * 1e6) / 1e6);
            fixed.push_back(int(j));
        }
    GlpkModel::MilpSearch search;
    search.presolve = true;
    search.knownValue = currentValue + 0.5; // stop once the window's bound shows nothing better
    const GlpkModel::Result r
        = model.solveMilp(until.earlier(Deadline::after(kWindowSeconds)), 0.0, run.options().cancel, search);
    for (int j : fixed)
        model.restoreColumn(j, f.columns[size_t(j)]);
    if (r.hasSolution && r.value > currentValue + 0.5) // whole-number stage objective
        return r.x;
    return {};
}

} // namespace

int improveByWindows(const SolveRun &run, GlpkModel &model, const Formulation &f, const StageObjective &stage,
    BestPlan &found, double seconds, const std::vector<double> *columns)
{
    if (found.empty() || (!found.hasRoom() && !columns) || f.groups.size() < 2)
        return 0;
    std::vector<double> x = columns ? *columns : toColumns(f, found.plan(), found.room());
    if (x.size() != f.columns.size())
        return 0;
    const Deadline until = run.deadline().earlier(Deadline::after(seconds));
    const std::vector<int> groupOf = groupOfColumns(f);
    const auto windows = windowsOf(f, groupOf);
    int improved = 0;
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        bool passImproved = false;
        for (const auto &window : windows) {
            if (until.expired() || (run.options().cancel && run.options().cancel->load()))
                return improved;
            QElapsedTimer t;
            t.start();
            std::vector<double> better
                = solveWindow(run, model, f, groupOf, x, window, found.stageValue(stage.scale), until);
            if (run.tracing())
                qInfo("solver: window %d-%d: %.3f s%s", window.first, window.second, t.nsecsElapsed() / 1e9,
                    better.empty() ? "" : " improved");
            if (!better.empty() && found.consider(fromColumns(f, better))) {
                x = std::move(better);
                ++improved;
                passImproved = true;
            }
        }
        if (!passImproved)
            break;
    }
    return improved;
}

} // namespace warmshell::solver
