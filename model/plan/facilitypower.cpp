// SPDX-License-Identifier: GPL-3.0-or-later
#include "facilitypower.h"

#include "enumkeys.h"
#include "powernode.h"

namespace warmshell {

FacilityPower facilityPower(const CapacityPlan &plan)
{
    FacilityPower out;
    out.used = plan.facilityLoad.facility();
    out.pue = plan.facilityLoad.pue();
    for (const CapacityUse &use : plan.powerNodes) {
        if (use.kind == keyOf(PowerNodeKind::Utility) && use.live)
            out.available += use.usable;
    }
    return out;
}

std::vector<SourceLoad> sourceLoads(const CapacityPlan &plan)
{
    std::vector<SourceLoad> out;
    for (const CapacityUse &use : plan.powerNodes) {
        if (use.kind != keyOf(PowerNodeKind::Utility) && use.kind != keyOf(PowerNodeKind::Generator))
            continue;
        out.push_back({ use.object, use.name.isEmpty() ? use.object : use.name, use.kind, use.live, use.itLoad,
            use.mechanicalLoad, use.lossesLoad, use.houseLoad, use.usable });
    }
    return out;
}

} // namespace warmshell
