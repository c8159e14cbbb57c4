// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "largearray.h"
#include "partition.h"
#include "partthreads.h"

#include <QElapsedTimer>

#include <atomic>
#include <limits>
#include <utility>
#include <vector>

namespace warmshell::solver {

// The Lagrangian function of a partitioned Formulation,
//     L(λ) = λ·b + Σ_parts max { (c − λA)·x : x satisfies the part's own rows },
// with λ one multiplier per relaxed row (b its limit, A its coefficients): evaluated with every
// distinct part LP solved on its share's thread, identical parts counted as often as they occur.
class Decomposition
{
public:
    explicit Decomposition(Partition partition) : m_partition(std::move(partition)), m_threads(m_partition) { }
    Decomposition(const Decomposition &) = delete;
    Decomposition &operator=(const Decomposition &) = delete;

    // Deals the part LPs to `threads` threads and loads them (see PartThreads::start).
    void start(int threads) { m_threads.start(threads); }
    int threadCount() const { return m_threads.threadCount(); }

    int partCount() const { return m_partition.parts; }
    size_t relaxedCount() const { return m_partition.relaxedRows.size(); }
    size_t classCount() const { return m_partition.classes.size(); }
    // The Formulation row of relaxed row k.
    int relaxedRow(size_t k) const { return m_partition.relaxedRows[k]; }
    bool relaxedIsFree(size_t k) const { return m_partition.f->rows[size_t(m_partition.relaxedRows[k])].equality; }
    // Largest |objective / coefficient| over a relaxed row's columns: the scale of its multiplier.
    double multiplierScale(size_t k) const { return m_partition.scale[k]; }

    struct Evaluation
    {
        bool ok = false; // every part LP solved to optimality
        double value = std::numeric_limits<double>::infinity(); // L(λ)
        std::vector<double> subgradient; // ∂L/∂λ per relaxed row: b − A·x(λ)
        // The maximiser: per class its nonzero local columns (ascending), then the free columns
        // (all of them, in order). Sparse: a part's basic solution has at most one nonzero per
        // row, and a 5 GW search keeps every evaluation.
        std::vector<std::vector<std::pair<int, double>>> x;
        std::vector<double> freeX;
    };
    // L(λ), every share solved on its own thread; each class keeps its row duals at λ. Summed in
    // class order whatever the threads: the same λ gives the same L bit for bit.
    Evaluation evaluate(
        const std::vector<double> &lambda, const QElapsedTimer &timer, double seconds, const std::atomic<bool> *cancel);
    // Per Formulation row: λ on relaxed rows, the kept part duals on the others.
    std::vector<double> duals(const std::vector<double> &lambda) const;
    // Per Formulation column: Σᵢ weights[i] · xᵢ over evaluated maximisers (identical parts
    // get the same values).
    LargeVector<double> combine(
        const std::vector<const Evaluation *> &evaluations, const std::vector<double> &weights) const;

private:
    // λ·b, with the subgradient set to b.
    double relaxedRowsTerm(const std::vector<double> &lambda, Evaluation &e) const;
    // Adds the free columns (each at its better bound) to `value`; false when one is unbounded.
    bool addFreeColumns(const std::vector<double> &lambda, Evaluation &e, double &value) const;
    // Adds every part's maximum to `value`, its maximiser to e.x.
    void addParts(Evaluation &e, double &value) const;
    // Subtracts column j's relaxed terms at value x from the subgradient.
    void subtractTerms(Evaluation &e, int j, double x) const;
    // Adds weight × the class's maximiser to `out`, for every member part.
    void addClassPrimal(
        size_t ki, const std::vector<std::pair<int, double>> &x, double weight, LargeVector<double> &out) const;

    Partition m_partition;
    PartThreads m_threads; // refers to m_partition
};

} // namespace warmshell::solver
