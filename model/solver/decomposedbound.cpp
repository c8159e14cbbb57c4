// SPDX-License-Identifier: GPL-3.0-or-later
#include "decomposedbound.h"

#include "glpkmodel.h"

#include <glpk.h>

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <cstdint>
#include <tuple>
#include <unordered_map>

namespace warmshell::solver {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

struct UnionFind
{
    std::vector<int> parent;
    explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    int find(int x)
    {
        while (parent[size_t(x)] != x)
            x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        return x;
    }
    void unite(int a, int b) { parent[size_t(find(a))] = find(b); }
};

// A relaxed row's coefficient in a column: (index among the relaxed rows, coefficient).
using RelaxedTerm = std::pair<int, double>;

// One distinct part LP, loaded in GLPK, and every part of the site that is this same LP.
struct PartClass
{
    glp_prob *prob = nullptr;
    std::vector<int> columns;                     // the representative's global columns
    std::vector<std::vector<int>> memberRows;     // per member part: its global rows, in local order
    std::vector<std::vector<int>> memberColumns;  // per member part: its global columns, in local order
    std::vector<std::vector<RelaxedTerm>> terms;  // per local column
    std::vector<double> duals;                    // local row duals at the best multipliers
};


class Decomposition
{
public:
    Decomposition(const Formulation &f, const std::vector<double> &c) : m_f(f), m_c(c) {}
    ~Decomposition()
    {
        std::lock_guard guard(glpkLock());
        for (PartClass &k : m_classes)
            glp_delete_prob(k.prob);
    }
    Decomposition(const Decomposition &) = delete;
    Decomposition &operator=(const Decomposition &) = delete;

    // Splits the formulation; false when it does not decompose usefully.
    bool build(int *parts);

    size_t relaxedCount() const { return m_relaxedRows.size(); }
    size_t classCount() const { return m_classes.size(); }
    bool relaxedIsFree(size_t k) const { return m_f.rows[size_t(m_relaxedRows[k])].equality; }
    // Largest |objective / coefficient| over a relaxed row's columns: the scale of its multiplier.
    double multiplierScale(size_t k) const { return m_scale[k]; }

    struct Evaluation
    {
        bool ok = false;                 // every part LP solved to optimality
        double value = kInf;             // L(λ)
        std::vector<double> subgradient; // ∂L/∂λ per relaxed row: b − A·x(λ)
        std::vector<std::vector<double>> x; // the maximiser: per class its local columns, then the free columns
    };
    // L(λ); when `keepDuals`, each class keeps its row duals at λ.
    Evaluation evaluate(const std::vector<double> &lambda, bool keepDuals, const QElapsedTimer &timer,
                        double seconds, const std::atomic<bool> *cancel);
    // Per Formulation row: λ on relaxed rows, the kept part duals on the others.
    std::vector<double> duals(const std::vector<double> &lambda) const;
    // Per Formulation column: Σᵢ weights[i] · xᵢ over evaluated maximisers (identical parts
    // get the same values).
    std::vector<double> combine(const std::vector<const Evaluation *> &evaluations, const std::vector<double> &weights) const;

private:
    const Formulation &m_f;
    const std::vector<double> &m_c;
    std::vector<int> m_relaxedRows;                    // Formulation rows relaxed
    std::vector<double> m_scale;                       // per relaxed row
    std::vector<int> m_freeColumns;                    // columns in no part row: maximised alone
    std::vector<std::vector<RelaxedTerm>> m_freeTerms; // per free column
    std::vector<PartClass> m_classes;
};

bool Decomposition::build(int *partCount)
{
    const size_t rows = m_f.rows.size(), cols = m_f.columns.size();
    const auto &entries = m_f.entries; // (row, column, coefficient), in build order
    std::vector<int> relaxedIndex(rows, -1);
    for (size_t r = 0; r < rows; ++r)
        if (m_f.rows[r].kind == RowKind::LotLink || m_f.rows[r].kind == RowKind::Stage) {
            relaxedIndex[r] = int(m_relaxedRows.size());
            m_relaxedRows.push_back(int(r));
        }
    m_scale.assign(m_relaxedRows.size(), 0.0);

    // Parts: columns joined by the rows that are kept. Straight from the entries: no matrix
    // is assembled (on a 5 GW site that alone costs more than the rest of the split).
    UnionFind parts(cols);
    std::vector<int> firstColumnOf(rows, -1);
    std::vector<char> inKeptRow(cols, 0);
    std::vector<std::vector<RelaxedTerm>> terms(cols);
    for (const auto &entry : entries) {
        if (entry.value() == 0)
            continue;
        const size_t r = size_t(entry.row());
        const int col = entry.col();
        if (relaxedIndex[r] >= 0) {
            terms[size_t(col)].emplace_back(relaxedIndex[r], entry.value());
            if (m_c[size_t(col)] != 0)
                m_scale[size_t(relaxedIndex[r])]
                    = std::max(m_scale[size_t(relaxedIndex[r])], std::abs(m_c[size_t(col)] / entry.value()));
            continue;
        }
        inKeptRow[size_t(col)] = 1;
        if (firstColumnOf[r] < 0)
            firstColumnOf[r] = col;
        else
            parts.unite(firstColumnOf[r], col);
    }
    for (double &s : m_scale)
        if (!(s > 0))
            s = 1;

    // Each part's columns (ascending) and, by first appearance in the entries, its rows.
    std::vector<int> partOfRoot(cols, -1), partOfColumn(cols, -1);
    std::vector<std::vector<int>> partColumns;
    for (size_t j = 0; j < cols; ++j) {
        if (!inKeptRow[j]) {
            m_freeColumns.push_back(int(j));
            m_freeTerms.push_back(std::move(terms[j]));
            continue;
        }
        int &part = partOfRoot[size_t(parts.find(int(j)))];
        if (part < 0) {
            part = int(partColumns.size());
            partColumns.emplace_back();
        }
        partColumns[size_t(part)].push_back(int(j));
        partOfColumn[j] = part;
    }
    *partCount = int(partColumns.size());
    size_t largest = 0;
    for (const auto &p : partColumns)
        largest = std::max(largest, p.size());
    if (partColumns.size() < 2 || 2 * largest > cols)
        return false;
    // The kept entries bucketed by part, in build order (parts built alike list alike).
    std::vector<int> partStart(partColumns.size() + 1, 0);
    for (const auto &entry : entries)
        if (entry.value() != 0 && relaxedIndex[size_t(entry.row())] < 0)
            ++partStart[size_t(partOfColumn[size_t(entry.col())]) + 1];
    for (size_t p = 0; p < partColumns.size(); ++p)
        partStart[p + 1] += partStart[p];
    std::vector<int> partEntries(size_t(partStart.back()));
    {
        std::vector<int> next(partStart.begin(), partStart.end() - 1);
        for (size_t i = 0; i < entries.size(); ++i)
            if (entries[i].value() != 0 && relaxedIndex[size_t(entries[i].row())] < 0)
                partEntries[size_t(next[size_t(partOfColumn[size_t(entries[i].col())])]++)] = int(i);
    }

    // Parts that are the same LP (columns, bounds, objective, relaxed-row terms, rows and
    // coefficients, all in local order) share one class: a hash of all that picks the
    // candidates, a field-by-field comparison decides. Each row and column belongs to one part,
    // so one array holds every part's local indices.
    std::vector<int> localColumn(cols, -1), localRow(rows, -1);
    std::vector<std::vector<int>> partRows(partColumns.size()); // global rows, in local order
    for (size_t p = 0; p < partColumns.size(); ++p) {
        for (size_t i = 0; i < partColumns[p].size(); ++i)
            localColumn[size_t(partColumns[p][i])] = int(i);
        for (int e = partStart[p]; e < partStart[p + 1]; ++e) {
            const int r = entries[size_t(partEntries[size_t(e)])].row();
            if (localRow[size_t(r)] < 0) {
                localRow[size_t(r)] = int(partRows[p].size());
                partRows[p].push_back(r);
            }
        }
    }
    auto hashOf = [&](size_t p) {
        std::uint64_t h = 1469598103934665603ull; // FNV-1a over the fields' bytes
        auto mix = [&h](auto value) {
            unsigned char bytes[sizeof value];
            std::memcpy(bytes, &value, sizeof value);
            for (unsigned char byte : bytes)
                h = (h ^ byte) * 1099511628211ull;
        };
        mix(partColumns[p].size());
        mix(partRows[p].size());
        for (int j : partColumns[p]) {
            mix(m_f.columns[size_t(j)].lower);
            mix(m_f.columns[size_t(j)].upper);
            mix(m_c[size_t(j)]);
            for (const RelaxedTerm &t : terms[size_t(j)]) {
                mix(t.first);
                mix(t.second);
            }
        }
        for (int r : partRows[p])
            mix(m_f.rows[size_t(r)].upper);
        // Entries: a cheaper mix (they are most of the data); the comparison is exact anyway.
        for (int e = partStart[p]; e < partStart[p + 1]; ++e) {
            const auto &entry = entries[size_t(partEntries[size_t(e)])];
            h = (h ^ std::uint64_t(std::uint32_t(localRow[size_t(entry.row())]))) * 1099511628211ull;
            h = (h ^ std::uint64_t(std::uint32_t(localColumn[size_t(entry.col())]))) * 1099511628211ull;
            h = (h ^ std::hash<double>{}(entry.value())) * 1099511628211ull;
        }
        return h;
    };
    auto sameLp = [&](size_t p, size_t q) {
        const auto &pc = partColumns[p], &qc = partColumns[q];
        const auto &pr = partRows[p], &qr = partRows[q];
        if (pc.size() != qc.size() || pr.size() != qr.size() || partStart[p + 1] - partStart[p] != partStart[q + 1] - partStart[q])
            return false;
        for (size_t i = 0; i < pc.size(); ++i) {
            const ColumnInfo &x = m_f.columns[size_t(pc[i])], &y = m_f.columns[size_t(qc[i])];
            if (x.lower != y.lower || x.upper != y.upper || m_c[size_t(pc[i])] != m_c[size_t(qc[i])]
                || terms[size_t(pc[i])] != terms[size_t(qc[i])])
                return false;
        }
        for (size_t i = 0; i < pr.size(); ++i) {
            const RowInfo &x = m_f.rows[size_t(pr[i])], &y = m_f.rows[size_t(qr[i])];
            if (x.upper != y.upper || x.equality != y.equality)
                return false;
        }
        for (int e = partStart[p], d = partStart[q]; e < partStart[p + 1]; ++e, ++d) {
            const auto &x = entries[size_t(partEntries[size_t(e)])], &y = entries[size_t(partEntries[size_t(d)])];
            if (localRow[size_t(x.row())] != localRow[size_t(y.row())] || localColumn[size_t(x.col())] != localColumn[size_t(y.col())]
                || x.value() != y.value())
                return false;
        }
        return true;
    };
    std::unordered_map<std::uint64_t, std::vector<int>> classesByHash; // hash → classes
    std::vector<size_t> representative;                                 // per class: its first part
    for (size_t p = 0; p < partColumns.size(); ++p) {
        const auto &pc = partColumns[p];
        std::vector<int> &candidates = classesByHash[hashOf(p)];
        const auto same = std::find_if(candidates.begin(), candidates.end(),
                                       [&](int k) { return sameLp(p, representative[size_t(k)]); });
        if (same != candidates.end()) {
            m_classes[size_t(*same)].memberRows.push_back(partRows[p]);
            m_classes[size_t(*same)].memberColumns.push_back(pc);
            continue;
        }
        candidates.push_back(int(m_classes.size()));
        representative.push_back(p);
        const auto &pr = partRows[p];
        PartClass k;
        k.columns = pc;
        for (int j : pc)
            k.terms.push_back(terms[size_t(j)]);
        // The representative's LP, loaded in GLPK; coefficients of one (row, column) summed.
        struct Coefficient
        {
            int row, column;
            double value;
        };
        std::vector<Coefficient> coefficients;
        coefficients.reserve(size_t(partStart[p + 1] - partStart[p]));
        for (int e = partStart[p]; e < partStart[p + 1]; ++e) {
            const auto &entry = entries[size_t(partEntries[size_t(e)])];
            coefficients.push_back({localRow[size_t(entry.row())] + 1, localColumn[size_t(entry.col())] + 1, entry.value()});
        }
        std::sort(coefficients.begin(), coefficients.end(),
                  [](const Coefficient &x, const Coefficient &y) { return std::tie(x.row, x.column) < std::tie(y.row, y.column); });
        std::vector<int> ia{0}, ja{0};
        std::vector<double> ar{0};
        for (size_t i = 0; i < coefficients.size();) {
            const Coefficient &first = coefficients[i];
            double sum = 0;
            for (; i < coefficients.size() && coefficients[i].row == first.row && coefficients[i].column == first.column; ++i)
                sum += coefficients[i].value;
            if (sum != 0) {
                ia.push_back(first.row);
                ja.push_back(first.column);
                ar.push_back(sum);
            }
        }
        {
            std::lock_guard guard(glpkLock());
            glp_term_out(GLP_OFF);
            k.prob = glp_create_prob();
            glp_set_obj_dir(k.prob, GLP_MAX);
            glp_add_rows(k.prob, int(pr.size()));
            for (size_t i = 0; i < pr.size(); ++i) {
                const RowInfo &row = m_f.rows[size_t(pr[i])];
                glp_set_row_bnds(k.prob, int(i) + 1, row.equality ? GLP_FX : GLP_UP, row.upper, row.upper);
            }
            glp_add_cols(k.prob, int(pc.size()));
            for (size_t i = 0; i < pc.size(); ++i)
                setColumnBounds(k.prob, int(i) + 1, m_f.columns[size_t(pc[i])]);
            glp_load_matrix(k.prob, int(ar.size()) - 1, ia.data(), ja.data(), ar.data());
        }
        k.memberRows.push_back(pr);
        k.memberColumns.push_back(pc);
        m_classes.push_back(std::move(k));
    }
    return true;
}

Decomposition::Evaluation Decomposition::evaluate(const std::vector<double> &lambda, bool keepDuals,
                                                  const QElapsedTimer &timer, double seconds,
                                                  const std::atomic<bool> *cancel)
{
    Evaluation e;
    e.subgradient.resize(m_relaxedRows.size());
    double value = 0;
    for (size_t k = 0; k < m_relaxedRows.size(); ++k) {
        const double b = m_f.rows[size_t(m_relaxedRows[k])].upper;
        value += lambda[k] * b;
        e.subgradient[k] = b;
    }
    auto reduced = [&](double cost, const std::vector<RelaxedTerm> &terms) {
        for (const RelaxedTerm &t : terms)
            cost -= lambda[size_t(t.first)] * t.second;
        return cost;
    };
    // Columns in no kept row: each at its better bound.
    e.x.resize(m_classes.size() + 1);
    std::vector<double> &freeX = e.x.back();
    for (size_t i = 0; i < m_freeColumns.size(); ++i) {
        const ColumnInfo &col = m_f.columns[size_t(m_freeColumns[i])];
        const double d = reduced(m_c[size_t(m_freeColumns[i])], m_freeTerms[i]);
        if (d > 0 && col.upper < 0)
            return e; // unbounded: no finite bound at these multipliers
        const double x = d > 0 ? col.upper : col.lower;
        freeX.push_back(x);
        value += d * x;
        for (const RelaxedTerm &t : m_freeTerms[i])
            e.subgradient[size_t(t.first)] -= t.second * x;
    }
    glp_smcp parm;
    glp_init_smcp(&parm);
    parm.msg_lev = GLP_MSG_OFF;
    parm.presolve = GLP_OFF; // keep the basis: the next λ starts from it
    for (size_t ki = 0; ki < m_classes.size(); ++ki) {
        PartClass &k = m_classes[ki];
        if ((cancel && cancel->load(std::memory_order_relaxed)) || timer.nsecsElapsed() / 1e9 > seconds)
            return e;
        std::lock_guard guard(glpkLock());
        for (size_t i = 0; i < k.columns.size(); ++i)
            glp_set_obj_coef(k.prob, int(i) + 1, reduced(m_c[size_t(k.columns[i])], k.terms[i]));
        int rc = glp_simplex(k.prob, &parm);
        if (rc != 0 || glp_get_status(k.prob) != GLP_OPT) { // a damaged basis: start afresh once
            glp_std_basis(k.prob);
            rc = glp_simplex(k.prob, &parm);
        }
        if (rc != 0 || glp_get_status(k.prob) != GLP_OPT)
            return e;
        const double copies = double(k.memberRows.size());
        value += copies * glp_get_obj_val(k.prob);
        std::vector<double> &x = e.x[ki];
        x.resize(k.columns.size());
        for (size_t i = 0; i < k.columns.size(); ++i) {
            x[i] = glp_get_col_prim(k.prob, int(i) + 1);
            if (x[i] != 0)
                for (const RelaxedTerm &t : k.terms[i])
                    e.subgradient[size_t(t.first)] -= copies * t.second * x[i];
        }
        if (keepDuals) {
            const int n = glp_get_num_rows(k.prob);
            k.duals.resize(size_t(n));
            for (int i = 1; i <= n; ++i)
                k.duals[size_t(i - 1)] = glp_get_row_dual(k.prob, i);
        }
    }
    e.ok = true;
    e.value = value;
    return e;
}

std::vector<double> Decomposition::duals(const std::vector<double> &lambda) const
{
    std::vector<double> out(m_f.rows.size(), 0.0);
    for (size_t k = 0; k < m_relaxedRows.size(); ++k)
        out[size_t(m_relaxedRows[k])] = lambda[k];
    for (const PartClass &k : m_classes)
        for (const auto &rows : k.memberRows)
            for (size_t i = 0; i < rows.size() && i < k.duals.size(); ++i)
                out[size_t(rows[i])] = k.duals[i];
    return out;
}

std::vector<double> Decomposition::combine(const std::vector<const Evaluation *> &evaluations,
                                           const std::vector<double> &weights) const
{
    std::vector<double> out(m_f.columns.size(), 0.0);
    for (size_t i = 0; i < evaluations.size(); ++i) {
        if (!(weights[i] > 0))
            continue;
        const Evaluation &e = *evaluations[i];
        for (size_t ki = 0; ki < m_classes.size(); ++ki)
            for (const auto &columns : m_classes[ki].memberColumns)
                for (size_t c = 0; c < columns.size(); ++c)
                    out[size_t(columns[c])] += weights[i] * e.x[ki][c];
        for (size_t c = 0; c < m_freeColumns.size(); ++c)
            out[size_t(m_freeColumns[c])] += weights[i] * e.x.back()[c];
    }
    return out;
}

// The cutting-plane model of L over λ: minimise θ subject to θ ≥ L(λᵢ) + gᵢ·(λ − λᵢ) for
// every evaluated λᵢ, within a box around the best λ (the trust region).
class CuttingPlanes
{
public:
    explicit CuttingPlanes(size_t dimension) : m_n(int(dimension))
    {
        std::lock_guard guard(glpkLock());
        m_prob = glp_create_prob();
        glp_set_obj_dir(m_prob, GLP_MIN);
        glp_add_cols(m_prob, m_n + 1);
        glp_set_col_bnds(m_prob, m_n + 1, GLP_FR, 0, 0);
        glp_set_obj_coef(m_prob, m_n + 1, 1);
    }
    ~CuttingPlanes()
    {
        std::lock_guard guard(glpkLock());
        glp_delete_prob(m_prob);
    }
    CuttingPlanes(const CuttingPlanes &) = delete;
    CuttingPlanes &operator=(const CuttingPlanes &) = delete;

    void addCut(const std::vector<double> &lambda, double value, const std::vector<double> &g)
    {
        std::lock_guard guard(glpkLock());
        const int row = glp_add_rows(m_prob, 1);
        std::vector<int> ind{0};
        std::vector<double> val{0};
        double rhs = value;
        for (int k = 0; k < m_n; ++k) {
            rhs -= g[size_t(k)] * lambda[size_t(k)];
            if (g[size_t(k)] != 0) {
                ind.push_back(k + 1);
                val.push_back(-g[size_t(k)]);
            }
        }
        ind.push_back(m_n + 1);
        val.push_back(1);
        glp_set_mat_row(m_prob, row, int(ind.size()) - 1, ind.data(), val.data());
        glp_set_row_bnds(m_prob, row, GLP_LO, rhs, 0);
    }

    // The model's minimum within [lower, upper]; false when GLPK fails.
    bool minimise(const std::vector<double> &lower, const std::vector<double> &upper, std::vector<double> *lambda,
                  double *theta)
    {
        std::lock_guard guard(glpkLock());
        for (int k = 0; k < m_n; ++k)
            glp_set_col_bnds(m_prob, k + 1, lower[size_t(k)] == upper[size_t(k)] ? GLP_FX : GLP_DB, lower[size_t(k)],
                             upper[size_t(k)]);
        glp_smcp parm;
        glp_init_smcp(&parm);
        parm.msg_lev = GLP_MSG_OFF;
        parm.meth = GLP_DUALP;
        if (glp_simplex(m_prob, &parm) != 0 || glp_get_status(m_prob) != GLP_OPT) {
            glp_std_basis(m_prob);
            if (glp_simplex(m_prob, &parm) != 0 || glp_get_status(m_prob) != GLP_OPT)
                return false;
        }
        for (int k = 0; k < m_n; ++k)
            (*lambda)[size_t(k)] = glp_get_col_prim(m_prob, k + 1);
        *theta = glp_get_col_prim(m_prob, m_n + 1);
        return true;
    }

    // After minimise(): the weight of each cut (its dual); they sum to 1 (θ is free).
    std::vector<double> cutWeights() const
    {
        std::lock_guard guard(glpkLock());
        std::vector<double> w(size_t(glp_get_num_rows(m_prob)));
        for (size_t i = 0; i < w.size(); ++i)
            w[i] = std::max(0.0, glp_get_row_dual(m_prob, int(i) + 1));
        return w;
    }

private:
    glp_prob *m_prob = nullptr;
    int m_n = 0;
};

} // namespace

std::optional<DecomposedBound> decomposedBound(const Formulation &f, const std::vector<double> &c, double target,
                                               double relativeGap, double seconds, const std::atomic<bool> *cancel,
                                               const PrimalRounding &round)
{
    QElapsedTimer timer;
    timer.start();
    Decomposition d(f, c);
    int parts = 0;
    if (!d.build(&parts))
        return std::nullopt;
    DecomposedBound out;
    out.setupSeconds = timer.nsecsElapsed() / 1e9;
    out.parts = parts;
    out.distinctParts = int(d.classCount());

    const size_t n = d.relaxedCount();
    // Multipliers start at 0 (no system has a price) and stay within ±4× their row's value
    // scale (a fleet row's price per system cannot exceed what a system is worth).
    std::vector<double> lambda(n, 0.0), best(n, 0.0), lower(n), upper(n), radius(n);
    for (size_t k = 0; k < n; ++k) {
        upper[k] = 4 * d.multiplierScale(k);
        lower[k] = d.relaxedIsFree(k) ? -upper[k] : 0;
        radius[k] = d.multiplierScale(k);
    }
    std::vector<Decomposition::Evaluation> history; // one per cut, in order
    Decomposition::Evaluation e = d.evaluate(lambda, true, timer, seconds, cancel);
    if (!e.ok)
        return std::nullopt;
    out.value = e.value;
    out.iterations = 1;
    std::vector<double> bestDuals = d.duals(best);
    auto box = [&] {
        std::vector<double> lo(n);
        for (size_t k = 0; k < n; ++k)
            lo[k] = std::max(lower[k], best[k] - radius[k]);
        return lo;
    };
    auto hiBox = [&] {
        std::vector<double> hi(n);
        for (size_t k = 0; k < n; ++k)
            hi[k] = std::min(upper[k], best[k] + radius[k]);
        return hi;
    };
    CuttingPlanes model(n);
    model.addCut(lambda, e.value, e.subgradient);
    history.push_back(std::move(e));
    // (−∞: no plan yet, nothing to certify)
    auto reached = [&] { return target > -kInf && out.value - target <= relativeGap * std::max(std::abs(target), 1e-9); };
    // The maximisers weighted by the duals of the cuts (Dantzig–Wolfe), after a minimise():
    // at convergence an optimum of the whole LP; before, a near-feasible point to round.
    auto primal = [&] {
        std::vector<const Decomposition::Evaluation *> evaluations;
        for (const auto &h : history)
            evaluations.push_back(&h);
        return d.combine(evaluations, model.cutWeights());
    };
    // Rounding is tried once the model says L is within half the target gap of its minimum,
    // then each time that estimate shrinks fourfold; a better plan raises the target.
    double nextRounding = 0.5 * relativeGap;
    size_t roundedAtCuts = 0;
    auto tryRounding = [&] {
        roundedAtCuts = history.size();
        target = std::max(target, round(primal()));
    };
    while (!reached() && timer.nsecsElapsed() / 1e9 < seconds && !(cancel && cancel->load(std::memory_order_relaxed))) {
        double theta = 0;
        if (!model.minimise(box(), hiBox(), &lambda, &theta))
            break;
        const double tolerance = 1e-7 * std::max(1.0, std::abs(out.value));
        if (theta >= out.value - tolerance) { // best is minimal in a box around it, so everywhere
            out.converged = true;
            break;
        }
        if (round && out.value - theta <= nextRounding * std::abs(out.value)) {
            tryRounding();
            nextRounding /= 4;
            if (reached())
                break;
        }
        e = d.evaluate(lambda, true, timer, seconds, cancel);
        if (!e.ok)
            break;
        ++out.iterations;
        model.addCut(lambda, e.value, e.subgradient);
        const double value = e.value;
        history.push_back(std::move(e));
        const double predicted = out.value - theta;
        if (value < out.value - 0.1 * predicted) { // a serious step: move, widen where the box stopped it
            for (size_t k = 0; k < n; ++k)
                if (std::abs(lambda[k] - best[k]) >= 0.99 * radius[k])
                    radius[k] *= 2;
            best = lambda;
            out.value = value;
            bestDuals = d.duals(best);
        } else {
            for (double &r : radius)
                r = std::max(r * 0.5, 1e-9);
            if (value < out.value) {
                best = lambda;
                out.value = value;
                bestDuals = d.duals(best);
            }
        }
    }
    out.duals = std::move(bestDuals);
    std::vector<double> probe(n);
    double theta = 0;
    if (model.minimise(box(), hiBox(), &probe, &theta)) {
        out.primal = primal();
        if (round && !reached() && roundedAtCuts != history.size()) {
            roundedAtCuts = history.size();
            target = std::max(target, round(out.primal));
        }
    }
    out.seconds = timer.nsecsElapsed() / 1e9;
    return out;
}

} // namespace warmshell::solver
