// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioexport.h"

namespace warmshell {

Table scenarioSideBySideTable(const ScenarioSideBySide &view)
{
    const QString cur = view.currency.toLower();
    Table t{ QStringLiteral("scenarios_side_by_side"),
        { QStringLiteral("variant"), QStringLiteral("period_start"), QStringLiteral("period_end"),
            QStringLiteral("generation"), QStringLiteral("energized_gpus"), QStringLiteral("idle_gpus"),
            QStringLiteral("idle_depreciation_") + cur, QStringLiteral("period_energized_gpus"),
            QStringLiteral("period_idle_gpus"), QStringLiteral("period_idle_depreciation_") + cur,
            QStringLiteral("facility_mw_used"), QStringLiteral("utility_mw_available") },
        {} };
    for (const SideBySideVariant &v : view.variants)
        for (const SideBySidePeriod &p : v.periods) {
            std::vector<SideBySideGeneration> gens = p.generations;
            if (gens.empty())
                gens.push_back({});
            for (const SideBySideGeneration &g : gens)
                t.rows.push_back({ v.name, p.start.toString(Qt::ISODate), p.end.toString(Qt::ISODate), g.generation,
                    qint64(g.energizedGpus), qint64(g.idleGpus), TableNumber{ g.idleDepreciation.value(), 2 },
                    qint64(p.energizedGpus), qint64(p.idleGpus), TableNumber{ p.idleDepreciation.value(), 2 },
                    TableNumber{ p.facilityMwUsed, 4 }, TableNumber{ p.utilityMwAvailable, 4 } });
        }
    return t;
}

} // namespace warmshell
