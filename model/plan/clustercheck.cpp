// SPDX-License-Identifier: GPL-3.0-or-later
#include "clustercheck.h"

#include "catalog.h"
#include "enumkeys.h"

#include <algorithm>
#include <map>

#include <QHash>
#include <QSet>
#include <QStringList>

namespace warmshell {

namespace {

QString quotedId(const QString &id)
{
    return QLatin1Char('"') + id + QLatin1Char('"');
}

// Per rack id: the name of the domain of `cluster`'s scope it stands in ("hall \"h1\""); racks
// in none of the cluster's domains are absent.
QHash<RackId, QString> domainOfRacks(const Project &project, const Cluster &cluster)
{
    QHash<RackId, QString> out;
    QHash<RowId, HallId> hallOfRow;
    for (const Row &row : project.site.rows)
        hallOfRow.insert(row.id, row.hall);
    if (cluster.scope == ClusterScope::FabricDomain) {
        for (const FabricDomain &d : project.fabricDomains) {
            const bool eligible = cluster.fabricDomains.empty()
                || std::find(cluster.fabricDomains.begin(), cluster.fabricDomains.end(), d.id)
                    != cluster.fabricDomains.end();
            if (eligible)
                for (const RackId &rack : d.racks)
                    if (!out.contains(rack))
                        out.insert(rack, QStringLiteral("fabric domain ") + quotedId(d.id.toString()));
        }
        return out;
    }
    for (const Rack &rack : project.site.racks) {
        if (!hallOfRow.contains(rack.row))
            continue;
        out.insert(rack.id,
            cluster.scope == ClusterScope::Row
                ? QStringLiteral("row ") + quotedId(rack.row.toString())
                : QStringLiteral("hall ") + quotedId(hallOfRow.value(rack.row).toString()));
    }
    return out;
}

SystemModelId modelOf(const Project &project, const Cluster &cluster)
{
    if (!cluster.lot.isNull())
        for (const FleetLot &lot : project.fleet)
            if (lot.id == cluster.lot)
                return lot.model;
    return cluster.model;
}

TenantId ownerOf(const Project &project, const Cluster &cluster)
{
    if (!cluster.lot.isNull())
        for (const FleetLot &lot : project.fleet)
            if (lot.id == cluster.lot)
                return lot.tenant;
    return cluster.tenant;
}

void checkOne(const Project &project, const Cluster &cluster, const CapacityPlan &plan, std::vector<PlanViolation> &out)
{
    const QHash<RackId, QString> domainOf = domainOfRacks(project, cluster);
    const SystemModelId model = modelOf(project, cluster);
    const TenantId owner = ownerOf(project, cluster);
    const QString who = QStringLiteral("cluster ") + quotedId(cluster.id.toString());
    std::map<QString, int> perDomain; // domain name (or "outside") → systems
    int placed = 0;
    for (const RackPlacement &p : plan.placements)
        for (const PlacedSystems &s : p.systems) {
            if (s.cluster != cluster.id || s.count <= 0)
                continue;
            placed += s.count;
            const auto domain = domainOf.constFind(p.rack);
            if (domain == domainOf.cend()) {
                out.push_back({ cluster.id.toString(), QStringLiteral("cluster"),
                    QStringLiteral("%1 has %2 systems in rack %3, outside every %4 it may stand in")
                        .arg(who)
                        .arg(s.count)
                        .arg(p.rack.toString(), keyOf(cluster.scope)) });
                continue;
            }
            perDomain[*domain] += s.count;
            if (s.model != model || s.tenant != owner)
                out.push_back({ cluster.id.toString(), QStringLiteral("cluster"),
                    QStringLiteral("%1 is %2 systems of model %3, but rack %4 holds %5 × %6 of %7 in it")
                        .arg(who)
                        .arg(cluster.systems)
                        .arg(quotedId(model.toString()), p.rack.toString())
                        .arg(s.count)
                        .arg(quotedId(s.model.toString()),
                            s.tenant.isNull() ? QStringLiteral("the operator")
                                              : QStringLiteral("tenant ") + quotedId(s.tenant.toString())) });
        }
    if (perDomain.size() > 1) {
        QStringList parts;
        for (const auto &[domain, n] : perDomain)
            parts << QStringLiteral("%1 in %2").arg(n).arg(domain);
        out.push_back({ cluster.id.toString(), QStringLiteral("cluster"),
            QStringLiteral("%1 is split over %2 domains (%3); it must stand whole in one")
                .arg(who)
                .arg(perDomain.size())
                .arg(parts.join(QStringLiteral(", "))) });
    }
    if (placed != 0 && placed != cluster.systems)
        out.push_back({ cluster.id.toString(), QStringLiteral("cluster"),
            QStringLiteral("%1 has %2 of its %3 systems placed; a cluster is placed whole or not at all")
                .arg(who)
                .arg(placed)
                .arg(cluster.systems) });
}

} // namespace

std::vector<PlanViolation> checkClusterRules(const Project &project, const Catalog &, const CapacityPlan &plan)
{
    std::vector<PlanViolation> out;
    QSet<ClusterId> known;
    for (const Cluster &c : project.clusters)
        known.insert(c.id);
    QSet<ClusterId> reported;
    for (const RackPlacement &p : plan.placements)
        for (const PlacedSystems &s : p.systems)
            if (!s.cluster.isNull() && !known.contains(s.cluster) && !reported.contains(s.cluster)) {
                reported.insert(s.cluster);
                out.push_back({ s.cluster.toString(), QStringLiteral("unknown-reference"),
                    QStringLiteral("rack %1 holds systems of cluster %2, which the project does not have")
                        .arg(p.rack.toString(), quotedId(s.cluster.toString())) });
            }
    for (const Cluster &c : project.clusters)
        checkOne(project, c, plan, out);
    return out;
}

std::map<size_t, std::vector<std::pair<ClusterId, int>>> setAsideForClusters(
    const Project &project, const Catalog &catalog, const QDate &date)
{
    std::vector<int> left;
    for (const FleetLot &lot : project.fleet) {
        const bool available = lot.delivered.isValid() && lot.delivered <= date
            && (lot.retire.isNull() || lot.retire > date) && project.model(lot.model, catalog);
        left.push_back(available ? std::max(0, lot.count) : 0);
    }
    std::map<size_t, std::vector<std::pair<ClusterId, int>>> out;
    for (const Cluster &cluster : project.clusters) {
        int wanted = std::max(0, cluster.systems);
        for (size_t l = 0; l < project.fleet.size() && wanted > 0; ++l) {
            const FleetLot &lot = project.fleet[l];
            const bool fromIt = cluster.lot.isNull() ? lot.model == cluster.model && lot.tenant == cluster.tenant
                                                     : lot.id == cluster.lot;
            if (!fromIt || left[l] <= 0)
                continue;
            const int n = std::min(wanted, left[l]);
            left[l] -= n;
            wanted -= n;
            out[l].emplace_back(cluster.id, n);
        }
    }
    return out;
}

} // namespace warmshell
