// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacityplan.h"

namespace warmshell {

int CapacityPlan::energizedGpus() const
{
    int n = 0;
    for (const auto &g : generations)
        n += g.energizedGpus;
    return n;
}
int CapacityPlan::idleGpus() const
{
    int n = 0;
    for (const auto &g : generations)
        n += g.idleGpus;
    return n;
}
Kilowatts CapacityPlan::energizedPower() const
{
    Kilowatts kw{ 0 };
    for (const auto &g : generations)
        kw += g.energizedPower;
    return kw;
}
Money CapacityPlan::idleDepreciationPerMonth() const
{
    Money m{ 0 };
    for (const auto &g : generations)
        m += g.idleDepreciationPerMonth;
    return m;
}

} // namespace warmshell
