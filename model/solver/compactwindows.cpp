// SPDX-License-Identifier: GPL-3.0-or-later
#include "compactwindows.h"

#include "assignment.h"
#include "glpkmodel.h"
#include "greedyfill.h"
#include "stageobjectives.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <optional>

namespace warmshell::solver {

namespace {

// Columns of one window: a counted rack in the thermal model has about ten, so a window holds
// about a row of racks. On a 1,000-rack recirculation campus (seed 13) windows of 240 columns
// mostly ran out of their time without a plan, windows of 60 improved 13 but moved the plan
// less than windows of 120 (25,003 → 25,047 and → 25,233 PFLOPS).
constexpr size_t kWindowColumns = 120;
constexpr double kWindowSeconds = 0.3;
constexpr int kMaxPasses = 3;
// The most improveByRunWindows() spends, as fix-and-optimise (lpandmilp.cpp): on the 1,000-rack
// recirculation campuses the windows that improved did so in the first 2–4 s.
constexpr double kRunWindowsSeconds = 3.0;
// ... and at most this share of the time left.
constexpr double kRunWindowsShare = 0.15;

// The entries of a formulation column by column (duplicates kept: they add up).
struct ColumnEntries
{
    std::vector<size_t> start; // per column, then one past the last entry
    std::vector<int> row;
    std::vector<double> value;
};

ColumnEntries byColumn(const Formulation &f)
{
    ColumnEntries out;
    out.start.assign(f.columns.size() + 1, 0);
    for (const auto &t : f.entries)
        ++out.start[size_t(t.col()) + 1];
    for (size_t j = 0; j < f.columns.size(); ++j)
        out.start[j + 1] += out.start[j];
    out.row.resize(f.entries.size());
    out.value.resize(f.entries.size());
    std::vector<size_t> next(out.start.begin(), out.start.end() - 1);
    for (const auto &t : f.entries) {
        const size_t k = next[size_t(t.col())]++;
        out.row[k] = int(t.row());
        out.value[k] = t.value();
    }
    return out;
}

// Σ_j a_ij x_j for every row i.
std::vector<double> rowActivity(const Formulation &f, const std::vector<double> &x)
{
    std::vector<double> activity(f.rows.size(), 0.0);
    for (const auto &t : f.entries)
        activity[size_t(t.row())] += t.value() * x[size_t(t.col())];
    return activity;
}

// Each group's columns (every kind but the lots'), and the lots' columns (free in every window:
// they carry the fleet rows, which link every group).
struct ColumnsByGroup
{
    std::vector<std::vector<int>> ofGroup;
    std::vector<int> lots;
};

ColumnsByGroup columnsByGroup(const Formulation &f)
{
    ColumnsByGroup out;
    out.ofGroup.resize(f.groups.size());
    for (size_t j = 0; j < f.columns.size(); ++j) {
        const ColumnInfo &c = f.columns[j];
        if (c.kind == ColumnKind::LotUse)
            out.lots.push_back(int(j));
        else if (c.group >= 0)
            out.ofGroup[size_t(c.group)].push_back(int(j));
    }
    return out;
}

// Windows as the free columns of runs of consecutive groups, at most kWindowColumns group
// columns each (at least one group), starting every half window; the lots' columns in each.
std::vector<std::vector<int>> windowsOf(const ColumnsByGroup &columns)
{
    const size_t groups = columns.ofGroup.size();
    std::vector<std::vector<int>> windows;
    for (size_t first = 0; first < groups;) {
        size_t last = first, count = 0;
        while (last < groups && (last == first || count + columns.ofGroup[last].size() <= kWindowColumns))
            count += columns.ofGroup[last++].size();
        std::vector<int> window;
        for (size_t g = first; g < last; ++g)
            window.insert(window.end(), columns.ofGroup[g].begin(), columns.ofGroup[g].end());
        window.insert(window.end(), columns.lots.begin(), columns.lots.end());
        windows.push_back(std::move(window));
        if (last >= groups)
            break;
        first = std::max(first + 1, (first + last) / 2);
    }
    return windows;
}

// The state the windows work on: the compact plan as column values, each row's use, and the
// stage objective (whole numbers, so a better window is better by at least one unit).
struct WindowState
{
    const Formulation &f;
    const ColumnEntries entries;
    const StageObjective stage;
    std::vector<double> x;
    std::vector<double> activity;
    std::vector<int> localRow; // scratch: window row of each formulation row, −1 when not in it
};

// The window's MILP: its columns, every row they touch with the other columns' use taken off
// the right-hand side. `touched`: the formulation row of each window row.
LinearModel windowModel(WindowState &s, const std::vector<int> &columns, std::vector<int> &touched)
{
    LinearModel m;
    std::vector<double> windowUse;
    for (size_t k = 0; k < columns.size(); ++k) {
        const int j = columns[k];
        m.columns.push_back(s.f.columns[size_t(j)]);
        m.columnNames.push_back(QStringLiteral("w%1").arg(k));
        for (size_t e = s.entries.start[size_t(j)]; e < s.entries.start[size_t(j) + 1]; ++e) {
            const int i = s.entries.row[e];
            int &local = s.localRow[size_t(i)];
            if (local < 0) {
                local = int(m.rows.size());
                m.rows.push_back(s.f.rows[size_t(i)]);
                touched.push_back(i);
                windowUse.push_back(0);
            }
            m.entries.emplace_back(local, int(k), s.entries.value[e]);
            windowUse[size_t(local)] += s.entries.value[e] * s.x[size_t(j)];
        }
    }
    for (size_t r = 0; r < touched.size(); ++r) {
        const size_t i = size_t(touched[r]);
        m.rows[r].upper = s.f.rows[i].upper - (s.activity[i] - windowUse[r]);
        s.localRow[i] = -1;
    }
    return m;
}

// Solves one window; its better column values (in `columns` order), or nothing.
std::optional<std::vector<double>> solveWindow(
    WindowState &s, const std::vector<int> &columns, const Deadline &until, const std::atomic<bool> *cancel)
{
    std::vector<int> touched;
    const LinearModel m = windowModel(s, columns, touched);
    std::vector<double> objective(columns.size());
    double current = 0;
    for (size_t k = 0; k < columns.size(); ++k) {
        objective[k] = s.stage.coefficients[size_t(columns[k])];
        current += objective[k] * s.x[size_t(columns[k])];
    }
    GlpkModel model(m);
    model.setObjective(objective);
    GlpkModel::MilpSearch search;
    search.presolve = true;
    search.knownValue = current + 0.5; // stop once the window's bound shows nothing better
    const GlpkModel::Result r = model.solveMilp(until.earlier(Deadline::after(kWindowSeconds)), 0.0, cancel, search);
    if (r.hasSolution && r.value > current + 0.5) // whole-number stage objective
        return r.x;
    return std::nullopt;
}

// Moves the window's columns to `better`, keeping each row's use.
void takeWindow(WindowState &s, const std::vector<int> &columns, const std::vector<double> &better)
{
    for (size_t k = 0; k < columns.size(); ++k) {
        const size_t j = size_t(columns[k]);
        const double delta = better[k] - s.x[j];
        if (delta == 0)
            continue;
        for (size_t e = s.entries.start[j]; e < s.entries.start[j + 1]; ++e)
            s.activity[size_t(s.entries.row[e])] += s.entries.value[e] * delta;
        s.x[j] = better[k];
    }
}

// Passes over the windows while one improves and time is left; the windows that improved.
int searchWindows(const SolveRun &run, WindowState &s, const Deadline &until)
{
    const std::vector<std::vector<int>> windows = windowsOf(columnsByGroup(s.f));
    const std::atomic<bool> *cancel = run.options().cancel;
    int improved = 0;
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        bool passImproved = false;
        for (const std::vector<int> &window : windows) {
            if (until.expired() || (cancel && cancel->load()))
                return improved;
            if (const auto better = solveWindow(s, window, until, cancel)) {
                takeWindow(s, window, *better);
                ++improved;
                passImproved = true;
            }
        }
        if (run.tracing())
            qInfo("solver: compact windows, pass %d: %d improved so far", pass + 1, improved);
        if (!passImproved)
            break;
    }
    return improved;
}

} // namespace

bool hasPatternColumns(const Formulation &f)
{
    for (const RackGroup &g : f.groups)
        if (!g.counted() && g.patterns.size() > 1)
            return true;
    return false;
}

int improveByRunWindows(const SolveRun &run, const Formulation &f, const PrimaryObjective &primary, BestPlan &found)
{
    const double seconds = kRunWindowsShare * run.secondsLeft();
    if (run.options().method == SolveMethod::Heuristic) // meant to be instant
        return 0;
    const Formulation *compact = hasPatternColumns(f) ? run.compact() : &f;
    if (!compact)
        return 0;
    const int improved
        = improveByCompactWindows(run, f, *compact, primary, found, std::min(seconds, kRunWindowsSeconds));
    run.phase("compact windows done");
    if (run.tracing())
        qInfo("solver: compact windows improved %d window(s), plan %.6g", improved, found.value());
    return improved;
}

Assignment movePlan(const Formulation &from, const Assignment &a, const Formulation &to)
{
    QHash<const Rack *, std::pair<int, int>> where;
    for (size_t g = 0; g < to.groups.size(); ++g)
        for (size_t r = 0; r < to.groups[g].racks.size(); ++r)
            where.insert(to.groups[g].racks[r], { int(g), int(r) });
    Assignment out = emptyAssignment(to);
    for (size_t g = 0; g < from.groups.size(); ++g)
        for (size_t r = 0; r < from.groups[g].racks.size(); ++r)
            if (const auto it = where.constFind(from.groups[g].racks[r]); it != where.cend())
                out[size_t(it->first)][size_t(it->second)] = a[g][r];
    return out;
}

int improveByCompactWindows(const SolveRun &run, const Formulation &f, const Formulation &compact,
    const PrimaryObjective &primary, BestPlan &found, double seconds)
{
    if (found.empty() || compact.groups.size() < 2 || compact.columns.empty())
        return 0;
    const Deadline until = run.deadline().earlier(Deadline::after(seconds));
    Headroom room(compact);
    const Assignment start = movePlan(f, found.plan(), compact);
    const Assignment placed = greedyFill(compact, primary.objective(), primary.precision(), &start, &room);
    WindowState s{ compact, byColumn(compact), stageCoefficients(compact, primary.objective(), primary.precision()),
        toColumns(compact, placed, room), {}, std::vector<int>(compact.rows.size(), -1) };
    if (s.x.size() != compact.columns.size())
        return 0;
    s.activity = rowActivity(compact, s.x);
    const int improved = searchWindows(run, s, until);
    if (improved > 0) {
        const Assignment back = movePlan(compact, fromColumns(compact, s.x), f);
        Headroom fRoom(f);
        Assignment filled = greedyFill(f, primary.objective(), primary.precision(), &back, &fRoom);
        found.consider(std::move(filled), std::move(fRoom));
    }
    return improved;
}

} // namespace warmshell::solver
