// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/capacityplan.h"

namespace warmshell {

// The facility's power in a plan: `used` is the IT load of the energized systems (kW), and
// `available` the usable capacity (after redundancy and derating) of the utility feeds that
// are live at the plan's date — what the status bar and the results summary show as
// "0.38 MW used of 0.40 MW". Generators are standby, not counted as available.
struct FacilityPower
{
    Kilowatts used{ 0 };
    Kilowatts available{ 0 };
};

FacilityPower facilityPower(const CapacityPlan &plan);

} // namespace warmshell
