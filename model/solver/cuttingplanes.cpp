// SPDX-License-Identifier: GPL-3.0-or-later
#include "cuttingplanes.h"

#include <algorithm>
#include <cmath>
#include <mutex>

namespace warmshell::solver {

CuttingPlaneModel::CuttingPlaneModel(size_t dimension) : m_n(int(dimension))
{
    std::lock_guard guard(glpkLock());
    m_problem = GlpkProblem(GlpkProblem::Sense::Minimise);
    m_problem.addColumns(m_n + 1);
    m_problem.setColumnBounds(m_n, -kGlpkNoBound, kGlpkNoBound); // θ
    m_problem.setObjectiveCoefficient(m_n, 1);
}

CuttingPlaneModel::~CuttingPlaneModel()
{
    std::lock_guard guard(glpkLock());
    m_problem = GlpkProblem();
}

void CuttingPlaneModel::addCut(const std::vector<double> &lambda, double value, const std::vector<double> &g)
{
    std::lock_guard guard(glpkLock());
    const int row = m_problem.addRows(1);
    GlpkRow terms;
    double rhs = value;
    for (int k = 0; k < m_n; ++k) {
        rhs -= g[size_t(k)] * lambda[size_t(k)];
        if (g[size_t(k)] != 0)
            terms.add(k, -g[size_t(k)]);
    }
    terms.add(m_n, 1);
    m_problem.setRowCoefficients(row, terms);
    m_problem.setRowLower(row, rhs);
}

bool CuttingPlaneModel::minimise(
    const std::vector<double> &lower, const std::vector<double> &upper, std::vector<double> *lambda, double *theta)
{
    std::lock_guard guard(glpkLock());
    for (int k = 0; k < m_n; ++k)
        m_problem.setColumnBounds(k, lower[size_t(k)], upper[size_t(k)]);
    if (!m_problem.solveSimplexOrRestart(GlpkProblem::Method::Dual))
        return false;
    for (int k = 0; k < m_n; ++k)
        (*lambda)[size_t(k)] = m_problem.columnValue(k);
    *theta = m_problem.columnValue(m_n);
    return true;
}

std::vector<double> CuttingPlaneModel::cutWeights() const
{
    std::lock_guard guard(glpkLock());
    std::vector<double> w(size_t(m_problem.rowCount()));
    for (size_t i = 0; i < w.size(); ++i)
        w[i] = std::max(0.0, m_problem.rowDual(int(i)));
    return w;
}

MultiplierSearch::MultiplierSearch(std::vector<double> lower, std::vector<double> upper, std::vector<double> radius,
    std::vector<double> start, double value, const std::vector<double> &g)
    : m_model(lower.size()), m_lower(std::move(lower)), m_upper(std::move(upper)), m_radius(std::move(radius)),
      m_best(std::move(start)), m_bestValue(value)
{
    m_model.addCut(m_best, value, g);
}

std::vector<double> MultiplierSearch::boxLower() const
{
    std::vector<double> lo(m_best.size());
    for (size_t k = 0; k < lo.size(); ++k)
        lo[k] = std::max(m_lower[k], m_best[k] - m_radius[k]);
    return lo;
}

std::vector<double> MultiplierSearch::boxUpper() const
{
    std::vector<double> hi(m_best.size());
    for (size_t k = 0; k < hi.size(); ++k)
        hi[k] = std::min(m_upper[k], m_best[k] + m_radius[k]);
    return hi;
}

bool MultiplierSearch::next(std::vector<double> *lambda, double *theta)
{
    return m_model.minimise(boxLower(), boxUpper(), lambda, theta);
}

bool MultiplierSearch::add(const std::vector<double> &lambda, double value, const std::vector<double> &g, double theta)
{
    m_model.addCut(lambda, value, g);
    const double predicted = m_bestValue - theta;
    if (value < m_bestValue - 0.1 * predicted) { // a serious step: move, widen where the box stopped it
        for (size_t k = 0; k < m_radius.size(); ++k)
            if (std::abs(lambda[k] - m_best[k]) >= 0.99 * m_radius[k])
                m_radius[k] *= 2;
    } else {
        for (double &r : m_radius)
            r = std::max(r * 0.5, 1e-9);
        if (!(value < m_bestValue))
            return false;
    }
    m_best = lambda;
    m_bestValue = value;
    return true;
}

} // namespace warmshell::solver
