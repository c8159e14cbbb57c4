// SPDX-License-Identifier: GPL-3.0-or-later
#include "primaryobjective.h"

#include <algorithm>
#include <cmath>

namespace warmshell::solver {

double variantValue(const Formulation &f, int v, Objective objective, Precision precision)
{
    const Variant &var = f.variants[size_t(v)];
    switch (objective) {
    case Objective::Gpus:
        return var.model->gpusPerSystem;
    case Objective::Compute:
        return var.model->gpusPerSystem * var.model->tflopsPerGpu(precision).value() * var.performance / 1000.0;
    case Objective::IdleCost: {
        double best = 0;
        for (const LotInfo &l : f.lots)
            if (l.model == var.model)
                best = std::max(best, l.monthlyDepreciation);
        return best;
    }
    }
    return 0;
}

double objectiveOf(const Formulation &f, const Assignment &a, Objective objective, Precision precision)
{
    if (objective == Objective::IdleCost) {
        double energized = 0;
        for (const LotCharge &charge : chargeLots(f, placedByModel(f, a)))
            energized += charge.systems * f.lots[charge.lot].monthlyDepreciation;
        return f.totalMonthlyDepreciation() - energized; // idle depreciation per month
    }
    double value = 0;
    for (const auto &group : a)
        for (const RackContent &c : group)
            for (const auto &[v, n] : c.systems)
                value += n * variantValue(f, v, objective, precision);
    return value;
}

double relativeGap(double bound, double value)
{
    return std::abs(bound - value) / std::max(std::abs(value), 1e-9);
}

PrimaryObjective::PrimaryObjective(const Formulation &f, Objective objective, Precision precision)
    : m_f(&f), m_objective(objective), m_precision(precision), m_totalDepreciation(f.totalMonthlyDepreciation())
{
}

QString PrimaryObjective::unit() const
{
    switch (m_objective) {
    case Objective::Compute:
        return QStringLiteral("PFLOPS");
    case Objective::Gpus:
        return QStringLiteral("GPUs");
    case Objective::IdleCost:
        return QStringLiteral("per month of idle depreciation");
    }
    return {};
}

double PrimaryObjective::everythingEnergized() const
{
    const Formulation &f = *m_f;
    double all = 0;
    for (const LotInfo &l : f.lots)
        for (const Variant &v : f.variants)
            if (v.model == l.model && v.fullPower) // (IdleCost: the depreciation of energized systems)
                all += l.available
                    * (isMinimised() ? l.monthlyDepreciation
                                     : variantValue(f, int(&v - f.variants.data()), m_objective, m_precision));
    for (const Variant &v : f.variants) // operating points may be worth more per system
        if (!v.fullPower && v.performance > 1)
            all = INFINITY;
    return all;
}

bool BestPlan::consider(Assignment candidate, std::optional<Headroom> room)
{
    const double v = m_objective.valueOf(candidate);
    if (m_plan && !m_objective.isBetter(v, m_value))
        return false;
    m_plan = std::move(candidate);
    m_room = std::move(room);
    m_value = v;
    return true;
}

} // namespace warmshell::solver
