// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/maintenancejson.h"

#include "analysis/contingencyjson.h"

namespace warmshell {

QJsonObject maintenanceImpactToJson(const MaintenanceImpact &m)
{
    QJsonArray lots, overlapping;
    for (const MaintenanceLotCost &lot : m.lots)
        lots.append(QJsonObject{ { QStringLiteral("lot"), lot.lot.toString() }, { QStringLiteral("name"), lot.name },
            { QStringLiteral("systems"), lot.systems },
            { QStringLiteral("idle_depreciation"), lot.idleDepreciation.value() } });
    for (const QString &id : m.overlapping)
        overlapping.append(id);
    return QJsonObject{ { QStringLiteral("id"), m.window.id }, { QStringLiteral("name"), m.window.name },
        { QStringLiteral("object"), m.window.object },
        { QStringLiteral("module"), m.window.module > 0 ? QJsonValue(m.window.module) : QJsonValue() },
        { QStringLiteral("start"), dateTimeText(m.window.start) },
        { QStringLiteral("end"), dateTimeText(m.window.end) }, { QStringLiteral("hours"), m.hours },
        { QStringLiteral("plan_date"), m.planDate.toString(Qt::ISODate) },
        { QStringLiteral("object_live"), m.objectLive }, { QStringLiteral("lost_gpus"), m.lostGpus() },
        { QStringLiteral("lost_gpu_hours"), m.lostGpuHours }, { QStringLiteral("idle_cost"), m.idleCost.value() },
        { QStringLiteral("lots"), lots }, { QStringLiteral("overlapping"), overlapping },
        { QStringLiteral("plan"), contingencyToJson(m.impact) } };
}

QJsonObject maintenanceImpactsToJson(const std::vector<MaintenanceImpact> &impacts, const QString &currency)
{
    QJsonArray windows;
    double cost = 0, gpuHours = 0;
    for (const MaintenanceImpact &m : impacts) {
        windows.append(maintenanceImpactToJson(m));
        cost += m.idleCost.value();
        gpuHours += m.lostGpuHours;
    }
    return QJsonObject{ { QStringLiteral("currency"), currency }, { QStringLiteral("windows"), windows },
        { QStringLiteral("total_lost_gpu_hours"), gpuHours }, { QStringLiteral("total_idle_cost"), cost } };
}

} // namespace warmshell
