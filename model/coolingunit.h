// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enumkeys.h"
#include "ids.h"
#include "redundancy.h"
#include "units.h"

#include <QDate>

#include <vector>

namespace warmshell {

enum class CoolingUnitKind { Crah, Crac, RearDoor, Cdu };
constexpr std::pair<CoolingUnitKind, const char *> kCoolingUnitKinds[] = { { CoolingUnitKind::Crah, "crah" },
    { CoolingUnitKind::Crac, "crac" }, { CoolingUnitKind::RearDoor, "rear-door" }, { CoolingUnitKind::Cdu, "cdu" } };
inline std::span<const std::pair<CoolingUnitKind, const char *>> enumKeys(CoolingUnitKind)
{
    return kCoolingUnitKinds;
}

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
    std::vector<RackId> serves;
    // Electrical input. `feed` names the power node the unit draws from; null: its draw is not
    // on the power chain. It draws drawKw (fixed, kW electrical, whenever the unit is live)
    // plus drawKwPerKw kW electrical per kW of heat it removes (fans, pumps; 1/COP + fans for
    // a chiller-backed unit). For this draw, the heat of one medium of a rack divides equally
    // among the live units of that medium serving the rack (parallel units share load).
    PowerNodeId feed;
    double drawKw = 0; // >= 0
    double drawKwPerKw = 0; // in [0, 2]

    // Heat the unit may remove at `date` after redundancy; 0 before commissioning.
    Kilowatts usableCapacity(const QDate &date = {}) const
    {
        if (!commissioned.isNull() && date.isValid() && date < commissioned)
            return Kilowatts(0);
        return capacity * redundancy.usableModules();
    }

    friend bool operator==(const CoolingUnit &, const CoolingUnit &) = default;
};

} // namespace warmshell
