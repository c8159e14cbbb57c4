// SPDX-License-Identifier: GPL-3.0-or-later
#include "coolingunit.h"

namespace warmshell {

std::vector<int> monthsCovered(const QDate &from, const QDate &through)
{
    std::vector<int> months;
    if (!from.isValid())
        return months;
    const int span = through.isValid() && through >= from
        ? (through.year() - from.year()) * 12 + through.month() - from.month() + 1
        : 1;
    for (int k = 0; k < std::min(span, 12); ++k)
        months.push_back((from.month() - 1 + k) % 12 + 1);
    return months;
}

PlantCondition plantCondition(const CoolingUnit &unit, const std::vector<int> &months)
{
    PlantCondition c;
    for (int m : months) {
        if (unit.monthlyDrawFactor.size() == 12
            && (c.drawMonth == 0 || unit.monthlyDrawFactor[size_t(m - 1)] > c.drawFactor)) {
            c.drawMonth = m;
            c.drawFactor = unit.monthlyDrawFactor[size_t(m - 1)];
        }
        if (unit.monthlyCapacityFactor.size() == 12
            && (c.capacityMonth == 0 || unit.monthlyCapacityFactor[size_t(m - 1)] < c.capacityFactor)) {
            c.capacityMonth = m;
            c.capacityFactor = unit.monthlyCapacityFactor[size_t(m - 1)];
        }
    }
    return c;
}

} // namespace warmshell
