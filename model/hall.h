// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    FloorPoint size;   // width (x) and depth (y)

    friend bool operator==(const Hall &, const Hall &) = default;
};

// A row of racks inside one hall.
struct Row
{
    RowId id;
    HallId hall;
    QString name;

    friend bool operator==(const Row &, const Row &) = default;
};

} // namespace warmshell
