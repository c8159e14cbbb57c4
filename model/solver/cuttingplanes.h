// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "glpkmodel.h"

#include <vector>

namespace warmshell::solver {

// The cutting-plane model of a convex function L over multipliers λ: minimise θ subject to
// θ ≥ L(λᵢ) + gᵢ·(λ − λᵢ) for every evaluated λᵢ (gᵢ a subgradient there), within a box. A small
// GLPK LP; every call takes glpkLock().
class CuttingPlaneModel
{
public:
    explicit CuttingPlaneModel(size_t dimension);
    ~CuttingPlaneModel();
    CuttingPlaneModel(const CuttingPlaneModel &) = delete;
    CuttingPlaneModel &operator=(const CuttingPlaneModel &) = delete;

    void addCut(const std::vector<double> &lambda, double value, const std::vector<double> &g);
    // The model's minimum θ within [lower, upper] and where it is; false when GLPK fails.
    bool minimise(
        const std::vector<double> &lower, const std::vector<double> &upper, std::vector<double> *lambda, double *theta);
    // After minimise(): the weight of each cut (its dual); they sum to 1 (θ is free).
    std::vector<double> cutWeights() const;

private:
    GlpkProblem m_problem;
    int m_n = 0;
};

// The search for the multipliers that minimise L: each next λ is the cutting-plane model's
// minimum within a box around the best λ so far (the trust region). A step that achieves a
// tenth of the decrease the model predicted moves the box there and widens it where the box
// held λ back; any other step halves the box (moving it too if L still went down).
class MultiplierSearch
{
public:
    // λ within [lower, upper]; the box's half-width per multiplier starts at `radius`. The
    // search starts at `start` (within [lower, upper]), where L is `value` with subgradient `g`.
    MultiplierSearch(std::vector<double> lower, std::vector<double> upper, std::vector<double> radius,
        std::vector<double> start, double value, const std::vector<double> &g);

    // The model's minimum θ within the box and where it is; false when GLPK fails.
    bool next(std::vector<double> *lambda, double *theta);
    // Adds the cut at λ (L = value there, subgradient g; the model had predicted theta) and
    // moves or shrinks the box; true when λ became the best.
    bool add(const std::vector<double> &lambda, double value, const std::vector<double> &g, double theta);

    const std::vector<double> &best() const { return m_best; }
    double bestValue() const { return m_bestValue; } // L at best()
    // After next(): the weight of each cut, in the order they were added (the first at the start).
    std::vector<double> cutWeights() const { return m_model.cutWeights(); }

private:
    std::vector<double> boxLower() const;
    std::vector<double> boxUpper() const;

    CuttingPlaneModel m_model;
    std::vector<double> m_lower, m_upper, m_radius;
    std::vector<double> m_best;
    double m_bestValue = 0;
};

} // namespace warmshell::solver
