// SPDX-License-Identifier: GPL-3.0-or-later
#include "campusdelays.h"

#include "projectfile.h"

namespace warmshell::bench {

int addCampusDelays(Project &campus)
{
    int found = 0;
    if (PowerNode *feed = campus.site.power.node(PowerNodeId(QStringLiteral("util-2")))) {
        feed->commissioningDelay = DelayDistribution{ 0, 3, 12, {} };
        ++found;
    }
    for (CoolingUnit &unit : campus.site.coolingUnits)
        if (unit.id.toString() == QLatin1String("chiller-2")) {
            unit.commissioningDelay = DelayDistribution{ 0, 1, 6, {} };
            ++found;
        }
    for (FleetLot &lot : campus.fleet)
        if (lot.id.toString() == QLatin1String("lot-gb200-2026")) {
            lot.deliveryDelay = DelayDistribution{ 0, 2, 8, {} };
            ++found;
        }
    return found;
}

std::optional<Project> loadCampusWithDelays(const QString &campusFile)
{
    LoadResult loaded = loadProject(campusFile);
    if (!loaded.ok())
        return std::nullopt;
    Project campus = std::move(*loaded.project);
    if (addCampusDelays(campus) != 3)
        return std::nullopt;
    return campus;
}

QString optionValue(const QStringList &args, const char *flag, const QString &fallback)
{
    const int i = int(args.indexOf(QLatin1String(flag)));
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

} // namespace warmshell::bench
