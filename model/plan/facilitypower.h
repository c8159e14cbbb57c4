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

} // namespace warmshell
