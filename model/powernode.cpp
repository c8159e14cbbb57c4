// SPDX-License-Identifier: GPL-3.0-or-later
#include "powernode.h"

namespace warmshell {

Kilowatts PowerNode::moduleCapacity(const QDate &date) const
{
    double value = rating.nameplateValue();
    QDate latest;
    if (date.isValid())
        for (const CapacityChange &change : capacityChanges)
            if (change.from.isValid() && change.from <= date && (latest.isNull() || change.from >= latest)) {
                latest = change.from; // the latest change on or before `date` wins
                value = change.rating;
            }
    return Kilowatts(value * rating.powerFactor());
}

Kilowatts PowerNode::installedCapacity(const QDate &date) const
{
    return moduleCapacity(date) * redundancy.installedModules();
}

bool PowerNode::isCommissionedBy(const QDate &date) const
{
    return commissioned.isNull() || !date.isValid() || commissioned <= date;
}

Kilowatts PowerNode::usableCapacity(const QDate &date) const
{
    if (!isCommissionedBy(date))
        return Kilowatts(0);
    return moduleCapacity(date) * redundancy.usableModules() * derating;
}

Kilowatts PowerNode::houseLoad(const QDate &date) const
{
    double kw = 0;
    for (const HouseLoad &load : houseLoads)
        if (load.from.isNull() || !date.isValid() || load.from <= date)
            kw += load.kw.value();
    return Kilowatts(kw);
}

} // namespace warmshell
