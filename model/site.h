// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coolingunit.h"
#include "enumkeys.h"
#include "hall.h"
#include "powerchain.h"
#include "rack.h"
#include "thermal.h"

#include <QDate>

#include <vector>

namespace warmshell {

enum class PlanningPeriod { Quarter, Month };
constexpr std::pair<PlanningPeriod, const char *> kPlanningPeriods[]
    = { { PlanningPeriod::Quarter, "quarter" }, { PlanningPeriod::Month, "month" } };
inline std::span<const std::pair<PlanningPeriod, const char *>> enumKeys(PlanningPeriod)
{
    return kPlanningPeriods;
}

// Measured-diversity policy (issue 18 §4, docs/measured-power.md). When enabled, and a solve is
// given measured rack peaks (SolveOptions::measuredRackPeakKw), a power node above the rack level
// — not a PDU or busway, whose breakers trip on the racks' nameplate — may count the installed
// systems of measured racks at their measured peak × (1 + margin) instead of at nameplate: the
// difference, never negative, is a constant credit added to the node's usable capacity.
struct MeasuredDiversityPolicy
{
    bool enabled = false;
    double margin = 0.10; // [0, 1]: headroom over the measured peak, 0.10 = 10 %
    friend bool operator==(const MeasuredDiversityPolicy &, const MeasuredDiversityPolicy &) = default;
};

// Everything physical about a site: floor, power chain, cooling, planning horizon.
struct Site
{
    QString name;
    QString currency = QStringLiteral("USD");
    QDate planStart;
    PlanningPeriod period = PlanningPeriod::Quarter;
    int horizonPeriods = 8;

    std::vector<Hall> halls;
    std::vector<Row> rows;
    std::vector<Rack> racks;
    PowerChain power;
    std::vector<CoolingUnit> coolingUnits;
    ThermalModel thermal;
    // Reserve policy (issue 18): when true, interruptible lots may run on redundancy reserve —
    // every redundant power node may carry installed capacity × derating in normal operation,
    // and on every single module failure its surviving modules carry the critical load plus the
    // interruptible load at its capped power. False (the default, and every file before v6):
    // only the usable modules carry load, as before.
    bool allowInterruptibleOnReserve = false;
    // Off by default and in every file before v7.
    MeasuredDiversityPolicy measuredDiversity;

    // Lookups by id; null when absent. Pointers are valid until the containers change.
    const Hall *hall(const HallId &id) const;
    const Row *row(const RowId &id) const;
    const Rack *rack(const RackId &id) const;
    Rack *rack(const RackId &id);
    const CoolingUnit *coolingUnit(const CoolingUnitId &id) const;
    // The hall a rack stands in, through its row; null when the row or hall is missing.
    const Hall *hallOf(const Rack &rack) const;

    friend bool operator==(const Site &, const Site &) = default;
};

} // namespace warmshell
