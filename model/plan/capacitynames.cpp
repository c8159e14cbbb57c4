// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacitynames.h"

#include "capacityplan.h"

namespace warmshell {

QHash<QString, QString> capacityNames(const CapacityPlan &plan)
{
    QHash<QString, QString> names;
    for (const auto *uses : { &plan.powerNodes, &plan.coolingUnits })
        for (const CapacityUse &use : *uses)
            names.insert(use.object, use.name.isEmpty() ? use.object : use.name);
    return names;
}

} // namespace warmshell
