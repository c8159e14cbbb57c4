// SPDX-License-Identifier: GPL-3.0-or-later
#include "powernode.h"

namespace warmshell {

Kilowatts PowerNode::installedCapacity() const
{
    return rating.realPower() * redundancy.installedModules();
}

bool PowerNode::isCommissionedBy(const QDate &date) const
{
    return commissioned.isNull() || !date.isValid() || commissioned <= date;
}

Kilowatts PowerNode::usableCapacity(const QDate &date) const
{
    if (!isCommissionedBy(date))
        return Kilowatts(0);
    return rating.realPower() * redundancy.usableModules() * derating;
}

} // namespace warmshell
