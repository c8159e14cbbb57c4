// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assignment.h"
#include "formulation.h"
#include "plan/planorder.h"

#include <cmath>
#include <optional>

namespace warmshell::solver {

// Value of one system of variant `v` for `objective` in reporting units per system: PFLOPS,
// GPUs, or (IdleCost) the monthly depreciation of the model's most expensive available lot.
double variantValue(const Formulation &f, int v, Objective objective, Precision precision);

// Value of a plan for `objective` in reporting units: PFLOPS, GPUs, or (IdleCost) the
// depreciation per month of the systems left idle, energized ones charged by chargeLots().
double objectiveOf(const Formulation &f, const Assignment &a, Objective objective, Precision precision);

// |bound − value| relative to |value| (at least 1e-9): how far a plan may be from the best.
double relativeGap(double bound, double value);

// The first objective of a solve, the one a plan's status, bound and gap speak of. Stages
// and bounds maximise a column objective (IdleCost maximises the depreciation of energized
// systems); the plan reports IdleCost as the idle depreciation per month, which is minimised,
// and every other objective as it is, maximised.
class PrimaryObjective
{
public:
    PrimaryObjective(const Formulation &f, Objective objective, Precision precision);

    Objective objective() const { return m_objective; }
    Precision precision() const { return m_precision; }
    bool isMinimised() const { return m_objective == Objective::IdleCost; }

    // A plan's value in reporting units.
    double valueOf(const Assignment &a) const { return objectiveOf(*m_f, a, m_objective, m_precision); }
    // Whether reporting value `x` is better than `y` by more than 1e-9.
    bool isBetter(double x, double y) const { return isBetterValue(m_objective, x, y); }
    // A maximised value (unscaled column objective) in reporting units.
    double reported(double maximised) const { return isMinimised() ? m_totalDepreciation - maximised : maximised; }
    // A reporting value as the maximised column objective (unscaled): the inverse of reported().
    double maximised(double reported) const { return isMinimised() ? m_totalDepreciation - reported : reported; }
    // +1 or −1: a dual of the maximised objective times this is in reporting units.
    double dualSign() const { return isMinimised() ? -1 : 1; }
    // "PFLOPS", "GPUs", "per month of idle depreciation".
    QString unit() const;
    // The maximised objective (unscaled) were every available system energized at full power:
    // a bound on every plan; +∞ when some power-capped operating point outperforms full power.
    double everythingEnergized() const;

private:
    const Formulation *m_f;
    Objective m_objective;
    Precision m_precision;
    double m_totalDepreciation; // of every available system, per month
};

// The best of the plans offered so far by the primary objective: the first one, then each
// one better than it by more than 1e-9; with the headroom its builder left, when given.
class BestPlan
{
public:
    explicit BestPlan(const PrimaryObjective &objective) : m_objective(objective) { }

    // Keeps `candidate` (and `room`) when it is the first plan or better than the kept one by
    // more than 1e-9 (a tie keeps the earlier plan); whether it was kept.
    bool consider(Assignment candidate, std::optional<Headroom> room = std::nullopt);
    bool empty() const { return !m_plan; }
    // The kept plan's value in reporting units; NaN while empty.
    double value() const { return m_value; }
    // The kept plan's value as the maximised column objective times `scale` (a StageObjective's).
    double stageValue(double scale) const { return m_objective.maximised(m_value) * scale; }
    // The kept plan (not empty()).
    const Assignment &plan() const { return *m_plan; }
    // The kept plan (not empty()), moved out; empty() afterwards.
    Assignment take()
    {
        Assignment out = std::move(*m_plan);
        m_plan.reset();
        m_room.reset();
        m_value = NAN;
        return out;
    }
    // The headroom given with the kept plan (not empty(), hasRoom()).
    const Headroom &room() const { return *m_room; }
    bool hasRoom() const { return m_room.has_value(); }

private:
    const PrimaryObjective &m_objective;
    std::optional<Assignment> m_plan;
    std::optional<Headroom> m_room;
    double m_value = NAN;
};

} // namespace warmshell::solver
