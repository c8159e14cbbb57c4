// SPDX-License-Identifier: GPL-3.0-or-later
#include "lagrangianbound.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace warmshell::solver {

namespace {

// What one group contributes, precomputed: its systems columns by shape, and per pattern the
// free slots of each of those shapes (slots beyond the pinned systems).
struct GroupData
{
    double racks = 0;
    std::vector<int> shapes; // shapes present in the group
    std::vector<std::vector<int>> columnsOf; // per shape present: Systems columns
    std::vector<double> freeSlots; // patterns × shapes, row major
    int patterns = 0;
    int split[2] = { -1, -1 }; // HeatSplit row for air, liquid (-1: none)
};

} // namespace

LagrangianBound lagrangianBound(const Formulation &f, std::span<const double> c, double target, double relativeGap,
    double seconds, const std::atomic<bool> *cancel, const std::vector<double> *start)
{
    QElapsedTimer timer;
    timer.start();
    LagrangianBound out;
    const size_t rows = f.rows.size(), cols = f.columns.size();
    out.duals.assign(rows, 0.0);
    out.value = std::numeric_limits<double>::infinity();

    // Relaxed rows (scaled so their largest coefficient is 1) and split rows.
    std::vector<char> relaxed(rows, 0), isFree(rows, 0), isSplit(rows, 0);
    for (size_t r = 0; r < rows; ++r) {
        const RowKind k = f.rows[r].kind;
        relaxed[r]
            = k == RowKind::LotLink || k == RowKind::PowerNode || k == RowKind::CoolingUnit || k == RowKind::Thermal;
        isFree[r] = k == RowKind::LotLink;
        isSplit[r] = k == RowKind::HeatSplit;
    }
    std::vector<double> scale(rows, 0.0);
    for (const auto &e : f.entries)
        scale[size_t(e.row())] = std::max(scale[size_t(e.row())], std::abs(e.value()));
    for (double &s : scale)
        s = s > 0 ? 1 / s : 1;
    std::vector<double> b(rows, 0.0);
    for (size_t r = 0; r < rows; ++r)
        b[r] = relaxed[r] ? f.rows[r].upper * scale[r] : 0;
    // Per column: (row, scaled coefficient) over relaxed rows; split rows kept apart.
    std::vector<std::vector<std::pair<int, double>>> terms(cols);
    std::vector<std::vector<std::pair<int, double>>> splitTerms(cols); // (split row, coefficient)
    for (const auto &e : f.entries) {
        const size_t r = size_t(e.row());
        if (relaxed[r])
            terms[size_t(e.col())].emplace_back(int(r), e.value() * scale[r]);
        else if (isSplit[r])
            splitTerms[size_t(e.col())].emplace_back(int(r), e.value());
    }
    // Split rows: their HeatShare columns and the (relaxed, scaled) unit row of each.
    std::vector<std::vector<std::pair<int, double>>> splitUnits(rows); // split row -> (unit row, scaled coefficient)
    for (size_t j = 0; j < cols; ++j)
        if (f.columns[j].kind == ColumnKind::HeatShare)
            for (const auto &[r, a] : splitTerms[j])
                for (const auto &[u, au] : terms[j])
                    splitUnits[size_t(r)].emplace_back(u, au / scale[size_t(u)]);

    std::vector<GroupData> groups(f.groups.size());
    for (size_t gi = 0; gi < f.groups.size(); ++gi) {
        const RackGroup &g = f.groups[gi];
        GroupData &d = groups[gi];
        d.racks = double(g.racks.size());
        for (int v : g.variants) {
            const int s = f.variants[size_t(v)].shape;
            auto it = std::find(d.shapes.begin(), d.shapes.end(), s);
            if (it == d.shapes.end()) {
                d.shapes.push_back(s);
                d.columnsOf.emplace_back();
                it = d.shapes.end() - 1;
            }
            d.columnsOf[size_t(it - d.shapes.begin())].push_back(f.columnOf(ColumnKind::Systems, int(gi), v));
        }
        d.patterns = int(g.patterns.size());
        d.freeSlots.resize(size_t(d.patterns) * d.shapes.size());
        for (size_t p = 0; p < g.patterns.size(); ++p)
            for (size_t k = 0; k < d.shapes.size(); ++k) {
                int pinned = 0;
                for (int v : g.variants)
                    if (f.variants[size_t(v)].shape == d.shapes[k])
                        pinned += g.pinnedPerRack[size_t(v)];
                d.freeSlots[p * d.shapes.size() + k] = std::max(0, g.patterns[p][size_t(d.shapes[k])] - pinned);
            }
    }

    std::vector<double> lambda(rows, 0.0), reduced(cols, 0.0), usage(rows, 0.0), splitPrice(rows, 0.0), best(8);
    std::vector<int> cheapestUnit(rows, -1);
    if (start && start->size() == rows)
        for (size_t r = 0; r < rows; ++r)
            if (relaxed[r])
                lambda[r] = isFree[r] ? (*start)[r] / scale[r] : std::max(0.0, (*start)[r] / scale[r]);
    double theta = 2.0;
    int sinceImprovement = 0;
    const double goal = target + relativeGap * std::max(std::abs(target), 1e-9);
    for (;;) {
        // Split rows: price = the cheapest unit's multiplier (so HeatShare columns never pay).
        for (size_t r = 0; r < rows; ++r)
            if (isSplit[r]) {
                double cheapest = std::numeric_limits<double>::infinity();
                for (const auto &[u, a] : splitUnits[r])
                    if (lambda[size_t(u)] * scale[size_t(u)] * a < cheapest) {
                        cheapest = lambda[size_t(u)] * scale[size_t(u)] * a;
                        cheapestUnit[r] = u;
                    }
                splitPrice[r] = std::isfinite(cheapest) ? cheapest : 0;
            }
        // Reduced values of the Systems and LotUse columns.
        for (size_t j = 0; j < cols; ++j) {
            const ColumnKind k = f.columns[j].kind;
            if (k != ColumnKind::Systems && k != ColumnKind::LotUse)
                continue;
            double r = c[j];
            for (const auto &[row, a] : terms[j])
                r -= lambda[size_t(row)] * a;
            for (const auto &[row, a] : splitTerms[j]) // a = −heat of this medium per system
                r += splitPrice[size_t(row)] * a;
            reduced[j] = r;
        }
        // L(λ) and the relaxed rows' use at a maximiser (for the subgradient).
        double value = 0;
        for (size_t r = 0; r < rows; ++r)
            value += lambda[r] * b[r];
        std::fill(usage.begin(), usage.end(), 0.0);
        auto use = [&](size_t j, double x) {
            if (x == 0)
                return;
            for (const auto &[row, a] : terms[j])
                usage[size_t(row)] += a * x;
            for (const auto &[row, a] : splitTerms[j]) // the heat goes to the cheapest unit
                if (const int u = cheapestUnit[size_t(row)]; u >= 0) {
                    for (const auto &[uu, au] : splitUnits[size_t(row)])
                        if (uu == u)
                            usage[size_t(u)] += -a * au * scale[size_t(u)] * x;
                }
        };
        for (size_t j = 0; j < cols; ++j)
            if (f.columns[j].kind == ColumnKind::LotUse && reduced[j] > 0) {
                value += reduced[j] * f.columns[j].upper;
                use(j, f.columns[j].upper);
            } else if (f.columns[j].kind == ColumnKind::Systems && f.columns[j].lower > 0) {
                value += reduced[j] * f.columns[j].lower; // pinned systems
                use(j, f.columns[j].lower);
            }
        for (size_t gi = 0; gi < groups.size(); ++gi) {
            const GroupData &d = groups[gi];
            const size_t n = d.shapes.size();
            if (best.size() < n)
                best.resize(n);
            std::vector<int> bestColumn(n, -1);
            for (size_t k = 0; k < n; ++k) {
                best[k] = 0;
                for (int j : d.columnsOf[k])
                    if (reduced[size_t(j)] > best[k]) {
                        best[k] = reduced[size_t(j)];
                        bestColumn[k] = j;
                    }
            }
            double top = 0;
            int topPattern = -1;
            for (int p = 0; p < d.patterns; ++p) {
                const double *free = d.freeSlots.data() + size_t(p) * n;
                double v = 0;
                for (size_t k = 0; k < n; ++k)
                    v += free[k] * best[k];
                if (v > top) {
                    top = v;
                    topPattern = p;
                }
            }
            value += top * d.racks;
            if (topPattern >= 0)
                for (size_t k = 0; k < n; ++k)
                    if (bestColumn[k] >= 0)
                        use(size_t(bestColumn[k]), d.freeSlots[size_t(topPattern) * n + k] * d.racks);
        }
        ++out.iterations;
        if (value < out.value) {
            out.value = value;
            for (size_t r = 0; r < rows; ++r)
                out.duals[r] = relaxed[r] ? lambda[r] * scale[r] : 0;
            sinceImprovement = 0;
        } else if (++sinceImprovement >= 20) {
            theta /= 2;
            sinceImprovement = 0;
        }
        const double elapsed = timer.nsecsElapsed() / 1e9;
        if (out.value <= goal || elapsed >= seconds || theta < 1e-6 || (cancel && cancel->load()))
            break;
        // Projected subgradient step (Polyak) on the scaled multipliers.
        double norm = 0;
        for (size_t r = 0; r < rows; ++r) {
            if (!relaxed[r])
                continue;
            usage[r] -= b[r]; // now the subgradient component: use − limit
            if (!isFree[r] && lambda[r] <= 0 && usage[r] < 0)
                usage[r] = 0;
            norm += usage[r] * usage[r];
        }
        if (norm <= 0)
            break; // the maximiser is feasible: L equals its value, nothing to improve
        const double step = theta * (value - target) / norm;
        for (size_t r = 0; r < rows; ++r)
            if (relaxed[r]) {
                lambda[r] += step * usage[r];
                if (!isFree[r])
                    lambda[r] = std::max(0.0, lambda[r]);
            }
    }
    out.seconds = timer.nsecsElapsed() / 1e9;
    return out;
}

} // namespace warmshell::solver
