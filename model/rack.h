// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enumkeys.h"
#include "hall.h"
#include "ids.h"
#include "units.h"

#include <cmath>
#include <vector>

namespace warmshell {

enum class CoolingType { Air, Liquid };
constexpr std::pair<CoolingType, const char *> kCoolingTypes[]
    = { { CoolingType::Air, "air" }, { CoolingType::Liquid, "liquid" } };
inline std::span<const std::pair<CoolingType, const char *>> enumKeys(CoolingType)
{
    return kCoolingTypes;
}

// Footprint of a rack on the floor, metres: width along the hall's x, depth along its y,
// centred on Rack::position. Two racks of one hall overlap when their footprints share area
// (touching edges do not count).
inline constexpr double kRackWidthMetres = 0.6;
inline constexpr double kRackDepthMetres = 1.2;

inline bool footprintsOverlap(const FloorPoint &a, const FloorPoint &b)
{
    constexpr double tolerance = 1e-6; // positions are snapped to micrometres
    return std::abs(a.x.value() - b.x.value()) < kRackWidthMetres - tolerance
        && std::abs(a.y.value() - b.y.value()) < kRackDepthMetres - tolerance;
}

// Systems already installed in a rack; the solver keeps them.
struct PinnedSystems
{
    SystemModelId model;
    int count = 0;
    friend bool operator==(const PinnedSystems &, const PinnedSystems &) = default;
};

struct Rack
{
    RackId id;
    QString name;
    RowId row;
    FloorPoint position; // centre, metres from the hall origin
    RackUnits height{ 42 }; // usable U
    Kilowatts powerLimit{ 0 }; // rack power limit
    CoolingType cooling = CoolingType::Air; // a liquid rack also takes air-cooled systems
    Kilograms weightLimit{ 1360 }; // static load limit
    PowerNodeId feedA; // null: not connected
    PowerNodeId feedB; // null: single-fed; set: 2N, each side carries the whole load
    std::vector<PinnedSystems> pinned;

    bool isDualFed() const { return !feedB.isNull(); }

    // Setters return whether anything changed (no-op edits make no undo entry).
    bool setPowerLimit(Kilowatts limit)
    {
        if (limit == powerLimit)
            return false;
        powerLimit = limit;
        return true;
    }

    friend bool operator==(const Rack &, const Rack &) = default;
};

} // namespace warmshell
