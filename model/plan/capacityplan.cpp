// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacityplan.h"

#include <QLocale>

#include <set>

namespace warmshell {

namespace {

QString monthName(int month)
{
    return QLocale::c().standaloneMonthName(month, QLocale::LongFormat);
}

QString factorText(double factor)
{
    return QStringLiteral("×") + QString::number(factor, 'g', 3);
}

} // namespace

QString designMonthText(const std::vector<PlantDesignMonth> &months)
{
    std::set<int> named;
    for (const PlantDesignMonth &m : months)
        for (int month : { m.drawMonth, m.capacityMonth })
            if (month > 0)
                named.insert(month);
    if (named.empty())
        return {};
    QStringList parts;
    for (const PlantDesignMonth &m : months) {
        const QString who = m.name.isEmpty() ? m.object : m.name;
        QStringList what;
        if (m.drawMonth > 0)
            what << QStringLiteral("draw %1").arg(factorText(m.drawFactor))
                    + (named.size() > 1 ? QStringLiteral(" in ") + monthName(m.drawMonth) : QString());
        if (m.capacityMonth > 0)
            what << QStringLiteral("capacity %1").arg(factorText(m.capacityFactor))
                    + (named.size() > 1 ? QStringLiteral(" in ") + monthName(m.capacityMonth) : QString());
        if (!what.isEmpty())
            parts << QStringLiteral("%1: %2").arg(who, what.join(QStringLiteral(", ")));
    }
    if (named.size() == 1)
        return QStringLiteral("design month: %1 (%2)").arg(monthName(*named.begin()), parts.join(QStringLiteral("; ")));
    return QStringLiteral("design months: %1").arg(parts.join(QStringLiteral("; ")));
}

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
