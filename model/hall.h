// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enumkeys.h"
#include "ids.h"
#include "units.h"

namespace warmshell {

// A point or extent on the floor plan, in metres.
struct FloorPoint
{
    Metres x;
    Metres y;
    friend bool operator==(const FloorPoint &, const FloorPoint &) = default;
};

// A data hall: a rectangle on the campus plan that holds rows of racks.
struct Hall
{
    HallId id;
    QString name;
    FloorPoint origin; // top-left corner on the campus plan
    FloorPoint size; // width (x) and depth (y)

    friend bool operator==(const Hall &, const Hall &) = default;
};

// How a row's aisles are closed off; decides how much hot exhaust air reaches the inlets
// when the recirculation matrix is derived from the layout.
enum class Containment { None, ColdAisle, HotAisle };
constexpr std::pair<Containment, const char *> kContainments[] = { { Containment::None, "none" },
    { Containment::ColdAisle, "cold-aisle" }, { Containment::HotAisle, "hot-aisle" } };
inline std::span<const std::pair<Containment, const char *>> enumKeys(Containment)
{
    return kContainments;
}

// A row of racks inside one hall.
struct Row
{
    RowId id;
    HallId hall;
    QString name;
    Containment containment = Containment::None;

    friend bool operator==(const Row &, const Row &) = default;
};

} // namespace warmshell
