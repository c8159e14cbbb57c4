// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delay.h"
#include "enumkeys.h"
#include "ids.h"
#include "redundancy.h"
#include "units.h"

#include <QDate>

#include <optional>
#include <vector>

namespace warmshell {

// Room units (CRAH, CRAC, rear door, CDU) take heat from racks; plant units (chiller, dry
// cooler, cooling tower) reject to outdoors the heat room units pass them (see `rejectsTo`).
enum class CoolingUnitKind { Crah, Crac, RearDoor, Cdu, Chiller, DryCooler, Tower };
constexpr std::pair<CoolingUnitKind, const char *> kCoolingUnitKinds[] = { { CoolingUnitKind::Crah, "crah" },
    { CoolingUnitKind::Crac, "crac" }, { CoolingUnitKind::RearDoor, "rear-door" }, { CoolingUnitKind::Cdu, "cdu" },
    { CoolingUnitKind::Chiller, "chiller" }, { CoolingUnitKind::DryCooler, "dry-cooler" },
    { CoolingUnitKind::Tower, "tower" } };
inline std::span<const std::pair<CoolingUnitKind, const char *>> enumKeys(CoolingUnitKind)
{
    return kCoolingUnitKinds;
}

// A heat rejection (plant) unit: serves no rack; room units name it in `rejectsTo`.
inline bool isPlant(CoolingUnitKind kind)
{
    return kind == CoolingUnitKind::Chiller || kind == CoolingUnitKind::DryCooler || kind == CoolingUnitKind::Tower;
}

// "chiller plant", "dry cooler", "cooling tower": how explanations name a plant unit's kind.
inline const char *plantKindText(CoolingUnitKind kind)
{
    return kind == CoolingUnitKind::Chiller  ? "chiller plant"
        : kind == CoolingUnitKind::DryCooler ? "dry cooler"
                                             : "cooling tower";
}

// The months (1–12) from the month of `from` through the month of `through`, at most 12;
// `through` null or before `from`: the month of `from` alone. Empty when `from` is null.
std::vector<int> monthsCovered(const QDate &from, const QDate &through);

// Which part of a system's heat a unit removes: CDUs take the liquid share, air handlers
// and rear doors the air share.
enum class HeatMedium { Air, Liquid };
inline HeatMedium heatMedium(CoolingUnitKind kind)
{
    return kind == CoolingUnitKind::Cdu ? HeatMedium::Liquid : HeatMedium::Air;
}

struct CoolingUnit
{
    CoolingUnitId id;
    QString name;
    CoolingUnitKind kind = CoolingUnitKind::Crah;
    Kilowatts capacity{ 0 }; // heat removal of one module, kW thermal
    Redundancy redundancy;
    QDate commissioned; // null: in service from the start
    // How late commissioning may come after `commissioned` (analysis/risk.h); only with a date.
    std::optional<DelayDistribution> commissioningDelay;
    std::vector<RackId> serves;
    // Electrical input. `feed` names the power node the unit draws from; null: its draw is not
    // on the power chain. It draws drawKw (fixed, kW electrical, whenever the unit is live)
    // plus drawKwPerKw kW electrical per kW of heat it removes (fans, pumps; 1/COP + fans for
    // a chiller-backed unit). For this draw, the heat of one medium of a rack divides equally
    // among the live units of that medium serving the rack (parallel units share load).
    PowerNodeId feed;
    double drawKw = 0; // >= 0
    double drawKwPerKw = 0; // in [0, 2]
    // Room units only: the plant unit (isPlant) that rejects the heat this unit removes; null:
    // the heat leaves the model here (nothing above limits it). A room unit whose plant is not
    // live at a date is not live either.
    CoolingUnitId rejectsTo;
    // Plant units only, the hot day: drawKwPerKw and capacity are given at the design outdoor
    // condition; these optional profiles (empty, or 12 factors, January first, each in
    // [0.1, 5]) multiply them in each month. A solve uses the worst month of those it covers:
    // the largest draw factor and, separately, the smallest capacity factor (PlantCondition).
    std::vector<double> monthlyDrawFactor;
    std::vector<double> monthlyCapacityFactor;

    // Days the unit is out of service, each [from, to) (to null: for good). Set only by a
    // scenario's remove-node override (applyScenario); never read from or written to a file.
    // The solver, the per-rack model, the plan checker and the contingency analysis treat the
    // unit as not live on those days, as before its commissioning.
    std::vector<std::pair<QDate, QDate>> outages;

    // Whether `date` falls in one of the outages (false for a null date).
    bool isOutAt(const QDate &date) const
    {
        for (const auto &[from, to] : outages)
            if (date.isValid() && date >= from && (to.isNull() || date < to))
                return true;
        return false;
    }

    // Heat the unit may remove at `date` after redundancy; 0 before commissioning and while out.
    Kilowatts usableCapacity(const QDate &date = {}) const
    {
        if ((!commissioned.isNull() && date.isValid() && date < commissioned) || isOutAt(date))
            return Kilowatts(0);
        return capacity * redundancy.usableModules();
    }

    friend bool operator==(const CoolingUnit &, const CoolingUnit &) = default;
};

// The condition a plant unit is planned for over some months: the month of the largest draw
// factor and that of the smallest capacity factor (the earliest on ties), 0 and 1 when the
// unit has no such profile or no month is given.
struct PlantCondition
{
    int drawMonth = 0; // 1–12, or 0: the design figure (no profile)
    double drawFactor = 1;
    int capacityMonth = 0;
    double capacityFactor = 1;
};
PlantCondition plantCondition(const CoolingUnit &unit, const std::vector<int> &months);

} // namespace warmshell
