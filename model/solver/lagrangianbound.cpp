// SPDX-License-Identifier: GPL-3.0-or-later
#include "lagrangianbound.h"

#include "rackslots.h"

#include <QElapsedTimer>

#include <algorithm>
#include <array>
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
    // A counted group: per rack, the power (kW), space (U) and weight (kg) left once its pinned
    // systems are in, and per shape present what one system uses of each.
    bool counted = false;
    std::array<double, 3> room{};
    std::vector<std::array<double, 3>> usage;
};

// L(λ) of one formulation: the relaxed rows (scaled so their largest coefficient is 1) and
// the columns' terms in them, built once; the multipliers, and what one evaluation of L
// leaves behind (the relaxed rows' use at a maximiser, for the subgradient).
class Relaxation
{
public:
    Relaxation(const Formulation &f, std::span<const double> c) : m_f(f), m_c(c)
    {
        classifyRows();
        scaleRows();
        collectTerms();
        buildGroups();
        const size_t rows = f.rows.size(), cols = f.columns.size();
        m_lambda.assign(rows, 0.0);
        m_reduced.assign(cols, 0.0);
        m_usage.assign(rows, 0.0);
        m_splitPrice.assign(rows, 0.0);
        m_best.resize(8);
        m_cheapestUnit.assign(rows, -1);
    }

    // First multipliers per Formulation row (see lagrangianBound()).
    void start(const std::vector<double> &start);
    // L at the current multipliers.
    double evaluate();
    // The current multipliers per Formulation row, unscaled (0 for rows not relaxed).
    void copyDuals(std::vector<double> &duals) const;
    // A projected subgradient step (Polyak, `theta` towards `target`) from the last evaluate(),
    // which gave `value`; false when its maximiser is feasible (L equals its value).
    bool step(double theta, double value, double target);

private:
    void classifyRows();
    void scaleRows();
    void collectTerms();
    void buildGroups();
    int pinnedOfShape(const RackGroup &g, int shape) const;
    void countRoom(const RackGroup &g, GroupData &d) const;
    void priceSplitRows();
    void reduceColumns();
    // Adds the relaxed rows' use of column j at value x.
    void use(size_t j, double x)
    {
        if (x == 0)
            return;
        for (const auto &[row, a] : m_terms[j])
            m_usage[size_t(row)] += a * x;
        for (const auto &[row, a] : m_splitTerms[j]) // the heat goes to the cheapest unit
            if (const int u = m_cheapestUnit[size_t(row)]; u >= 0) {
                for (const auto &[uu, au] : m_splitUnits[size_t(row)])
                    if (uu == u)
                        m_usage[size_t(u)] += -a * au * m_scale[size_t(u)] * x;
            }
    }
    double addBoundedColumns(double value);
    double addGroups(double value);
    double bestPattern(const GroupData &d, const std::vector<int> &bestColumn);
    double bestCounted(const GroupData &d, const std::vector<int> &bestColumn);

    const Formulation &m_f;
    std::span<const double> m_c;
    std::vector<char> m_relaxed, m_isFree, m_isSplit; // per row
    std::vector<double> m_scale, m_b; // per row: 1 / largest coefficient, scaled upper bound
    // Per column: (row, scaled coefficient) over relaxed rows; split rows kept apart.
    std::vector<std::vector<std::pair<int, double>>> m_terms;
    std::vector<std::vector<std::pair<int, double>>> m_splitTerms; // (split row, coefficient)
    // Split rows: their HeatShare columns' (relaxed, scaled) unit rows.
    std::vector<std::vector<std::pair<int, double>>> m_splitUnits; // split row -> (unit row, scaled coefficient)
    std::vector<GroupData> m_groups;
    std::vector<double> m_lambda, m_reduced, m_usage, m_splitPrice, m_best;
    std::vector<int> m_cheapestUnit;
};

// Relaxed rows: those that link rack groups; split rows: a group's heat shared among units.
void Relaxation::classifyRows()
{
    const size_t rows = m_f.rows.size();
    m_relaxed.assign(rows, 0);
    m_isFree.assign(rows, 0);
    m_isSplit.assign(rows, 0);
    for (size_t r = 0; r < rows; ++r) {
        const RowKind k = m_f.rows[r].kind;
        m_relaxed[r]
            = k == RowKind::LotLink || k == RowKind::PowerNode || k == RowKind::CoolingUnit || k == RowKind::Thermal;
        m_isFree[r] = k == RowKind::LotLink;
        m_isSplit[r] = k == RowKind::HeatSplit;
    }
}

void Relaxation::scaleRows()
{
    const size_t rows = m_f.rows.size();
    m_scale.assign(rows, 0.0);
    for (const auto &e : m_f.entries)
        m_scale[size_t(e.row())] = std::max(m_scale[size_t(e.row())], std::abs(e.value()));
    for (double &s : m_scale)
        s = s > 0 ? 1 / s : 1;
    m_b.assign(rows, 0.0);
    for (size_t r = 0; r < rows; ++r)
        m_b[r] = m_relaxed[r] ? m_f.rows[r].upper * m_scale[r] : 0;
}

void Relaxation::collectTerms()
{
    const size_t rows = m_f.rows.size(), cols = m_f.columns.size();
    m_terms.assign(cols, {});
    m_splitTerms.assign(cols, {});
    for (const auto &e : m_f.entries) {
        const size_t r = size_t(e.row());
        if (m_relaxed[r])
            m_terms[size_t(e.col())].emplace_back(int(r), e.value() * m_scale[r]);
        else if (m_isSplit[r])
            m_splitTerms[size_t(e.col())].emplace_back(int(r), e.value());
    }
    m_splitUnits.assign(rows, {});
    for (size_t j = 0; j < cols; ++j)
        if (m_f.columns[j].kind == ColumnKind::HeatShare)
            for (const auto &[r, a] : m_splitTerms[j])
                for (const auto &[u, au] : m_terms[j])
                    m_splitUnits[size_t(r)].emplace_back(u, au / m_scale[size_t(u)]);
}

void Relaxation::buildGroups()
{
    const Formulation &f = m_f;
    m_groups.assign(f.groups.size(), {});
    for (size_t gi = 0; gi < f.groups.size(); ++gi) {
        const RackGroup &g = f.groups[gi];
        GroupData &d = m_groups[gi];
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
            for (size_t k = 0; k < d.shapes.size(); ++k)
                d.freeSlots[p * d.shapes.size() + k]
                    = std::max(0, g.patterns[p][size_t(d.shapes[k])] - pinnedOfShape(g, d.shapes[k]));
        if (g.counted())
            countRoom(g, d);
    }
}

int Relaxation::pinnedOfShape(const RackGroup &g, int shape) const
{
    int pinned = 0;
    for (int v : g.variants)
        if (m_f.variants[size_t(v)].shape == shape)
            pinned += g.pinnedPerRack[size_t(v)];
    return pinned;
}

// A counted group's room per rack (its first rack's limits: the others differ only in limits
// no contents can reach) and its shapes' use of it.
void Relaxation::countRoom(const RackGroup &g, GroupData &d) const
{
    const Rack &rack = *g.racks.front();
    const int height = rack.height.value();
    d.counted = true;
    d.room = { rack.powerLimit.value(), double(height), rack.weightLimit.value() };
    for (int s : d.shapes) {
        const Shape &shape = m_f.shapes[size_t(s)];
        d.usage.push_back({ shape.powerKw, double(slotHeight(shape, height)), shape.weightKg });
        for (size_t i = 0; i < 3; ++i)
            d.room[i] -= pinnedOfShape(g, s) * d.usage.back()[i];
    }
    for (double &room : d.room)
        room = std::max(room, 0.0);
}

void Relaxation::start(const std::vector<double> &start)
{
    if (start.size() != m_lambda.size())
        return;
    for (size_t r = 0; r < m_lambda.size(); ++r)
        if (m_relaxed[r])
            m_lambda[r] = m_isFree[r] ? start[r] / m_scale[r] : std::max(0.0, start[r] / m_scale[r]);
}

// Split rows: price = the cheapest unit's multiplier (so HeatShare columns never pay).
void Relaxation::priceSplitRows()
{
    for (size_t r = 0; r < m_f.rows.size(); ++r)
        if (m_isSplit[r]) {
            double cheapest = std::numeric_limits<double>::infinity();
            for (const auto &[u, a] : m_splitUnits[r])
                if (m_lambda[size_t(u)] * m_scale[size_t(u)] * a < cheapest) {
                    cheapest = m_lambda[size_t(u)] * m_scale[size_t(u)] * a;
                    m_cheapestUnit[r] = u;
                }
            m_splitPrice[r] = std::isfinite(cheapest) ? cheapest : 0;
        }
}

// Reduced values of the Systems and LotUse columns.
void Relaxation::reduceColumns()
{
    for (size_t j = 0; j < m_f.columns.size(); ++j) {
        const ColumnKind k = m_f.columns[j].kind;
        if (k != ColumnKind::Systems && k != ColumnKind::LotUse)
            continue;
        double r = m_c[j];
        for (const auto &[row, a] : m_terms[j])
            r -= m_lambda[size_t(row)] * a;
        for (const auto &[row, a] : m_splitTerms[j]) // a = −heat of this medium per system
            r += m_splitPrice[size_t(row)] * a;
        m_reduced[j] = r;
    }
}

// Lot columns at their bound where they pay, pinned systems at theirs.
double Relaxation::addBoundedColumns(double value)
{
    for (size_t j = 0; j < m_f.columns.size(); ++j)
        if (m_f.columns[j].kind == ColumnKind::LotUse && m_reduced[j] > 0) {
            value += m_reduced[j] * m_f.columns[j].upper;
            use(j, m_f.columns[j].upper);
        } else if (m_f.columns[j].kind == ColumnKind::Systems && m_f.columns[j].lower > 0) {
            value += m_reduced[j] * m_f.columns[j].lower; // pinned systems
            use(j, m_f.columns[j].lower);
        }
    return value;
}

// Each group's best rack pattern at the reduced values, in every rack of the group.
double Relaxation::addGroups(double value)
{
    for (size_t gi = 0; gi < m_groups.size(); ++gi) {
        const GroupData &d = m_groups[gi];
        const size_t n = d.shapes.size();
        if (m_best.size() < n)
            m_best.resize(n);
        std::vector<int> bestColumn(n, -1);
        for (size_t k = 0; k < n; ++k) {
            m_best[k] = 0;
            for (int j : d.columnsOf[k])
                if (m_reduced[size_t(j)] > m_best[k]) {
                    m_best[k] = m_reduced[size_t(j)];
                    bestColumn[k] = j;
                }
        }
        value += (d.counted ? bestCounted(d, bestColumn) : bestPattern(d, bestColumn)) * d.racks;
    }
    return value;
}

// The best pattern's value per rack; its systems recorded as used in every rack.
double Relaxation::bestPattern(const GroupData &d, const std::vector<int> &bestColumn)
{
    const size_t n = d.shapes.size();
    double top = 0;
    int topPattern = -1;
    for (int p = 0; p < d.patterns; ++p) {
        const double *free = d.freeSlots.data() + size_t(p) * n;
        double v = 0;
        for (size_t k = 0; k < n; ++k)
            v += free[k] * m_best[k];
        if (v > top) {
            top = v;
            topPattern = p;
        }
    }
    if (topPattern >= 0)
        for (size_t k = 0; k < n; ++k)
            if (bestColumn[k] >= 0)
                use(size_t(bestColumn[k]), d.freeSlots[size_t(topPattern) * n + k] * d.racks);
    return top;
}

// A counted rack's value is at most that of the fractional knapsack over any one of its power,
// space and weight limits alone (each a relaxation of the rack); the least of the three, with
// its maximiser (the best shape per unit of that limit, as much as the room allows) used.
// Space always bounds it: every system takes at least 1 U.
double Relaxation::bestCounted(const GroupData &d, const std::vector<int> &bestColumn)
{
    double top = std::numeric_limits<double>::infinity();
    size_t topShape = 0;
    double topCount = 0;
    for (size_t i = 0; i < 3; ++i) {
        double ratio = 0;
        size_t shape = 0;
        bool bounded = true;
        for (size_t k = 0; k < d.shapes.size() && bounded; ++k) {
            if (m_best[k] <= 0)
                continue;
            bounded = d.usage[k][i] > 0;
            if (bounded && m_best[k] / d.usage[k][i] > ratio) {
                ratio = m_best[k] / d.usage[k][i];
                shape = k;
            }
        }
        if (bounded && ratio * d.room[i] < top) {
            top = ratio * d.room[i];
            topShape = shape;
            topCount = ratio > 0 ? d.room[i] / d.usage[shape][i] : 0;
        }
    }
    if (topCount > 0 && bestColumn[topShape] >= 0)
        use(size_t(bestColumn[topShape]), topCount * d.racks);
    return std::isfinite(top) ? top : 0;
}

double Relaxation::evaluate()
{
    priceSplitRows();
    reduceColumns();
    double value = 0;
    for (size_t r = 0; r < m_f.rows.size(); ++r)
        value += m_lambda[r] * m_b[r];
    std::fill(m_usage.begin(), m_usage.end(), 0.0);
    value = addBoundedColumns(value);
    return addGroups(value);
}

void Relaxation::copyDuals(std::vector<double> &duals) const
{
    for (size_t r = 0; r < m_f.rows.size(); ++r)
        duals[r] = m_relaxed[r] ? m_lambda[r] * m_scale[r] : 0;
}

bool Relaxation::step(double theta, double value, double target)
{
    const size_t rows = m_f.rows.size();
    double norm = 0;
    for (size_t r = 0; r < rows; ++r) {
        if (!m_relaxed[r])
            continue;
        m_usage[r] -= m_b[r]; // now the subgradient component: use − limit
        if (!m_isFree[r] && m_lambda[r] <= 0 && m_usage[r] < 0)
            m_usage[r] = 0;
        norm += m_usage[r] * m_usage[r];
    }
    if (norm <= 0)
        return false;
    const double step = theta * (value - target) / norm;
    for (size_t r = 0; r < rows; ++r)
        if (m_relaxed[r]) {
            m_lambda[r] += step * m_usage[r];
            if (!m_isFree[r])
                m_lambda[r] = std::max(0.0, m_lambda[r]);
        }
    return true;
}

} // namespace

LagrangianBound lagrangianBound(const Formulation &f, std::span<const double> c, double target, double relativeGap,
    double seconds, const std::atomic<bool> *cancel, const std::vector<double> *start)
{
    QElapsedTimer timer;
    timer.start();
    LagrangianBound out;
    out.duals.assign(f.rows.size(), 0.0);
    out.value = std::numeric_limits<double>::infinity();
    Relaxation relaxation(f, c);
    if (start)
        relaxation.start(*start);
    double theta = 2.0;
    int sinceImprovement = 0;
    const double goal = target + relativeGap * std::max(std::abs(target), 1e-9);
    for (;;) {
        const double value = relaxation.evaluate();
        ++out.iterations;
        if (value < out.value) {
            out.value = value;
            relaxation.copyDuals(out.duals);
            sinceImprovement = 0;
        } else if (++sinceImprovement >= 20) {
            theta /= 2;
            sinceImprovement = 0;
        }
        const double elapsed = timer.nsecsElapsed() / 1e9;
        if (out.value <= goal || elapsed >= seconds || theta < 1e-6 || (cancel && cancel->load()))
            break;
        if (!relaxation.step(theta, value, target))
            break; // the maximiser is feasible: L equals its value, nothing to improve
    }
    out.seconds = timer.nsecsElapsed() / 1e9;
    return out;
}

} // namespace warmshell::solver
