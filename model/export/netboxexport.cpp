// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/netboxexport.h"

#include <QJsonObject>

#include <cmath>

namespace warmshell {

namespace {

const QString kNetBoxRackPrefix = QStringLiteral("nb-rack-");
const QString kNetBoxFeedPrefix = QStringLiteral("nb-feed-");

// NetBox's site and location of `rack` (location empty: none).
std::pair<QString, QString> siteAndLocation(const Rack &rack, const Site &site)
{
    const Hall *hall = site.hallOf(rack);
    const QString hallName = hall ? hall->name : QString();
    if (!rack.id.toString().startsWith(kNetBoxRackPrefix))
        return { site.name, hallName };
    const qsizetype slash = hallName.indexOf(QStringLiteral(" / "));
    if (slash < 0)
        return { hallName, QString() };
    return { hallName.left(slash), hallName.mid(slash + 3) };
}

// NetBox's cooling method of a system: air, liquid (all heat to liquid) or hybrid.
QString coolingMethod(const SystemModel *model)
{
    if (!model || model->cooling == CoolingType::Air)
        return QStringLiteral("air");
    return model->liquidFraction >= 1.0 ? QStringLiteral("liquid") : QStringLiteral("hybrid");
}

QJsonObject device(const QString &name, const PlacedSystems &placed, const SystemModel *model, const Rack &rack,
    const Site &site, const QDate &date, const QString &role)
{
    const auto [siteName, location] = siteAndLocation(rack, site);
    QJsonObject d{ { QStringLiteral("name"), name }, { QStringLiteral("role"), role },
        { QStringLiteral("device_type"), model ? model->name : placed.model.toString() },
        { QStringLiteral("status"), QStringLiteral("planned") }, { QStringLiteral("site"), siteName },
        { QStringLiteral("rack"), rack.name }, { QStringLiteral("cooling_method"), coolingMethod(model) },
        { QStringLiteral("comments"),
            QStringLiteral("Planned by WarmShell for %1: %2, %3 kW")
                .arg(date.toString(Qt::ISODate), placed.operatingPoint,
                    QString::number(placed.power.value() / std::max(placed.count, 1), 'f', 2)) } };
    if (model && !model->vendor.isEmpty())
        d.insert(QStringLiteral("manufacturer"), model->vendor);
    if (!location.isEmpty())
        d.insert(QStringLiteral("location"), location);
    return d;
}

} // namespace

NetBoxExport netBoxExport(const CapacityPlan &plan, const Project &project, const Catalog &catalog, const QString &role)
{
    NetBoxExport out;
    const Site &site = project.site;
    for (const RackPlacement &placement : plan.placements) {
        const Rack *rack = site.rack(placement.rack);
        if (!rack)
            continue;
        std::map<QString, int> numberOf; // model id -> devices named in this rack so far
        for (const PlacedSystems &placed : placement.systems) {
            if (placed.pinned) {
                out.skippedPinned += placed.count;
                continue;
            }
            const SystemModel *model = catalog.find(placed.model);
            const QString modelName = model ? model->name : placed.model.toString();
            for (int i = 0; i < placed.count; ++i) {
                const int n = ++numberOf[placed.model.toString()];
                out.devices.append(device(QStringLiteral("%1 %2 #%3").arg(modelName, rack->name).arg(n), placed, model,
                    *rack, site, plan.date, role));
            }
        }
    }
    for (const CapacityUse &use : plan.powerNodes) {
        if (!use.object.startsWith(kNetBoxFeedPrefix))
            continue;
        bool ok = false;
        const qint64 id = use.object.mid(kNetBoxFeedPrefix.size()).toLongLong(&ok);
        if (!ok)
            continue;
        const double usable = use.usable.value();
        const QString share
            = usable > 0 ? QStringLiteral(" (%1 %)").arg(std::round(100.0 * use.load.value() / usable)) : QString();
        out.feeds.append(QJsonObject{ { QStringLiteral("id"), id },
            { QStringLiteral("description"),
                QStringLiteral("WarmShell plan %1: %2 of %3 kW usable%4")
                    .arg(plan.date.toString(Qt::ISODate), QString::number(use.load.value(), 'f', 1),
                        QString::number(usable, 'f', 1), share) } });
    }
    return out;
}

} // namespace warmshell
