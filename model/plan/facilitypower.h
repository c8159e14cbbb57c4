// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/capacityplan.h"

namespace warmshell {

// The facility's power in a plan: `used` is the whole load of the plan (kW): the energized
// systems, the cooling units' draw, house loads and losses (CapacityPlan::facilityLoad), and
// `available` the usable capacity (after redundancy and derating) of the utility feeds that
// are live at the plan's date — what the status bar and the results summary show as
// "0.38 MW used of 0.40 MW". Generators are standby, not counted as available. `pue`: used /
// IT load, 0 when nothing is energized.
struct FacilityPower
{
    Kilowatts used{ 0 };
    Kilowatts available{ 0 };
    double pue = 0;
};

FacilityPower facilityPower(const CapacityPlan &plan);

// What one source of the site (a utility feed or generator) carries in the plan, kW, split as
// CapacityUse splits a node's load: IT (the systems below it), cooling (the draw of cooling
// units fed from it or below), losses (in the efficiencies of the nodes below), house. Design
// figures: a rack fed from two sides counts whole on each side, so the sources' totals may
// exceed the plan's facility load, which counts it once. `usable`: its capacity after
// redundancy and derating at the plan's date.
struct SourceLoad
{
    QString object; // node id
    QString name; // as the planner wrote it; the id when unnamed
    QString kind; // "utility" or "generator"
    bool live = true;
    Kilowatts it{ 0 }, cooling{ 0 }, losses{ 0 }, house{ 0 }, usable{ 0 };
    Kilowatts total() const { return it + cooling + losses + house; }
};

// The plan's utility feeds and generators, in the plan's node order.
std::vector<SourceLoad> sourceLoads(const CapacityPlan &plan);

} // namespace warmshell
