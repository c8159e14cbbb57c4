// SPDX-License-Identifier: GPL-3.0-or-later
#include "decomposition.h"

namespace warmshell::solver {

Decomposition::Evaluation Decomposition::evaluate(
    const std::vector<double> &lambda, const QElapsedTimer &timer, double seconds, const std::atomic<bool> *cancel)
{
    const bool solved = m_threads.solve(lambda, timer, seconds, cancel);
    Evaluation e;
    double value = relaxedRowsTerm(lambda, e);
    e.x.resize(m_partition.classes.size());
    if (!addFreeColumns(lambda, e, value))
        return e; // unbounded: no finite bound at these multipliers
    if (!solved)
        return e;
    addParts(e, value);
    e.ok = true;
    e.value = value;
    return e;
}

double Decomposition::relaxedRowsTerm(const std::vector<double> &lambda, Evaluation &e) const
{
    const Formulation &f = *m_partition.f;
    e.subgradient.resize(m_partition.relaxedRows.size());
    double value = 0;
    for (size_t k = 0; k < m_partition.relaxedRows.size(); ++k) {
        const double b = f.rows[size_t(m_partition.relaxedRows[k])].upper;
        value += lambda[k] * b;
        e.subgradient[k] = b;
    }
    return value;
}

void Decomposition::subtractTerms(Evaluation &e, int j, double x) const
{
    for (const RelaxedTerm &t : m_partition.terms[size_t(j)])
        e.subgradient[size_t(t.first)] -= t.second * x;
}

bool Decomposition::addFreeColumns(const std::vector<double> &lambda, Evaluation &e, double &value) const
{
    const std::vector<int> &free = m_partition.freeColumns;
    for (size_t i = 0; i < free.size(); ++i) {
        const ColumnInfo &col = m_partition.f->columns[size_t(free[i])];
        const double d = m_partition.reducedCost(free[i], lambda);
        if (d > 0 && col.upper < 0)
            return false;
        const double x = d > 0 ? col.upper : col.lower;
        e.freeX.push_back(x);
        value += d * x;
        subtractTerms(e, free[i], x);
    }
    return true;
}

void Decomposition::addParts(Evaluation &e, double &value) const
{
    for (size_t ki = 0; ki < m_partition.classes.size(); ++ki) {
        const PartClass &k = m_partition.classes[ki];
        const PartLp &lp = m_threads.lp(ki);
        const double copies = double(k.memberRows.size());
        value += copies * lp.objective;
        for (size_t i = 0; i < k.columns.size(); ++i)
            if (lp.x[i] != 0) {
                e.x[ki].emplace_back(int(i), lp.x[i]);
                subtractTerms(e, k.columns[i], copies * lp.x[i]);
            }
    }
}

std::vector<double> Decomposition::duals(const std::vector<double> &lambda) const
{
    std::vector<double> out(m_partition.f->rows.size(), 0.0);
    for (size_t k = 0; k < m_partition.relaxedRows.size(); ++k)
        out[size_t(m_partition.relaxedRows[k])] = lambda[k];
    for (size_t ki = 0; ki < m_partition.classes.size(); ++ki) {
        const std::vector<double> &duals = m_threads.lp(ki).duals;
        for (const auto &rows : m_partition.classes[ki].memberRows)
            for (size_t i = 0; i < rows.size() && i < duals.size(); ++i)
                out[size_t(rows[i])] = duals[i];
    }
    return out;
}

LargeVector<double> Decomposition::combine(
    const std::vector<const Evaluation *> &evaluations, const std::vector<double> &weights) const
{
    LargeVector<double> out(m_partition.f->columns.size(), 0.0);
    for (size_t i = 0; i < evaluations.size(); ++i) {
        if (!(weights[i] > 0))
            continue;
        const Evaluation &e = *evaluations[i];
        for (size_t ki = 0; ki < m_partition.classes.size(); ++ki)
            addClassPrimal(ki, e.x[ki], weights[i], out);
        for (size_t c = 0; c < m_partition.freeColumns.size(); ++c)
            out[size_t(m_partition.freeColumns[c])] += weights[i] * e.freeX[c];
    }
    return out;
}

void Decomposition::addClassPrimal(
    size_t ki, const std::vector<std::pair<int, double>> &x, double weight, LargeVector<double> &out) const
{
    const std::vector<int> &first = m_partition.f->groupFirstColumn;
    for (const auto &groups : m_partition.classes[ki].memberGroups) {
        // Local column → global: walk the member's groups alongside the ascending nonzeros.
        auto size = [&](size_t k) { return first[size_t(groups[k]) + 1] - first[size_t(groups[k])]; };
        size_t g = 0;
        int base = 0; // local index of the first column of groups[g]
        for (const auto &[local, value] : x) {
            while (local >= base + size(g))
                base += size(g++);
            out[size_t(first[size_t(groups[g])] + local - base)] += weight * value;
        }
    }
}

} // namespace warmshell::solver
