// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusters.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace warmshell::solver {

namespace {

// The model a cluster's systems are: its own, or its lot's; null when neither resolves.
const SystemModel *clusterModel(const Project &project, const Catalog &catalog, const Cluster &cluster)
{
    SystemModelId id = cluster.model;
    if (id.isNull())
        for (const FleetLot &lot : project.fleet)
            if (lot.id == cluster.lot)
                id = lot.model;
    return id.isNull() ? nullptr : project.model(id, catalog);
}

// Moves `systems` of `lot` from its loose LotInfo to a new share of cluster `ci`.
int takeShare(Formulation &f, const FleetLot *lot, int systems, const ClusterInfo &info, int ci)
{
    const auto loose
        = std::find_if(f.lots.begin(), f.lots.end(), [&](const LotInfo &l) { return l.lot == lot && l.cluster < 0; });
    if (loose == f.lots.end())
        return 0; // not available at the date (clusterShares gives nothing then)
    const int n = std::min(systems, loose->available);
    loose->available -= n;
    LotInfo share = *loose;
    share.available = n;
    share.pool = info.pool;
    share.cluster = ci;
    f.lots.push_back(share);
    return n;
}

int firstClusterColumn(const Formulation &f)
{
    return f.groupFirstColumn.empty() ? 0 : f.groupFirstColumn.back() + int(f.lots.size());
}

} // namespace

void addClusterPools(Formulation &f, const Project &project, const Catalog &catalog)
{
    if (project.clusters.empty())
        return;
    f.modelCluster.assign(f.models.size(), -1);
    const std::vector<std::vector<std::pair<size_t, int>>> shares = clusterShares(project, catalog, f.date);
    for (size_t c = 0; c < project.clusters.size(); ++c) {
        const Cluster &cluster = project.clusters[c];
        const SystemModel *model = clusterModel(project, catalog, cluster);
        if (!model)
            continue; // refused by validation
        ClusterInfo info;
        info.cluster = &cluster;
        info.pool = int(f.models.size());
        info.tenant = tenantIndex(project, clusterOwner(project, cluster));
        info.systems = cluster.systems;
        info.domains = clusterDomains(project, cluster);
        for (size_t d = 0; d < info.domains.size(); ++d)
            for (int r : info.domains[d].racks)
                info.domainOfRack.insert(&project.site.racks[size_t(r)], int(d));
        const int ci = int(f.clusters.size());
        f.models.push_back(model);
        f.modelTenant.push_back(info.tenant);
        f.modelCluster.push_back(ci);
        for (const auto &[l, n] : shares[c])
            info.share += takeShare(f, &project.fleet[l], n, info, ci);
        f.clusters.push_back(std::move(info));
    }
}

std::vector<int> clusterRackKeys(const Formulation &f, const Project &project)
{
    if (!f.hasClusters())
        return {};
    bool byHall = false, byRow = false, byFabric = false;
    for (const ClusterInfo &c : f.clusters) {
        byHall = byHall || c.cluster->scope == ClusterScope::Hall;
        byRow = byRow || c.cluster->scope == ClusterScope::Row;
        byFabric = byFabric || c.cluster->scope == ClusterScope::FabricDomain;
    }
    const Site &site = project.site;
    QHash<RowId, int> rowIndex, hallOfRow;
    QHash<HallId, int> hallIndex;
    for (size_t h = 0; h < site.halls.size(); ++h)
        hallIndex.insert(site.halls[h].id, int(h));
    for (size_t r = 0; r < site.rows.size(); ++r) {
        rowIndex.insert(site.rows[r].id, int(r));
        hallOfRow.insert(site.rows[r].id, hallIndex.value(site.rows[r].hall, -1));
    }
    QHash<RackId, int> declared;
    for (size_t d = project.fabricDomains.size(); d-- > 0;) // the first domain listing a rack wins
        for (const RackId &rack : project.fabricDomains[d].racks)
            declared.insert(rack, int(d));
    std::map<std::tuple<int, int, int>, int> keyOf;
    std::vector<int> out;
    out.reserve(site.racks.size());
    for (const Rack &rack : site.racks) {
        const std::tuple<int, int, int> key(byHall ? hallOfRow.value(rack.row, -1) : -1,
            byRow ? rowIndex.value(rack.row, -1) : -1, byFabric ? declared.value(rack.id, -1) : -1);
        out.push_back(keyOf.emplace(key, int(keyOf.size())).first->second);
    }
    return out;
}

int clusterDomainOfGroup(const Formulation &f, int cluster, const RackGroup &g)
{
    return g.racks.empty() ? -1 : f.clusters[size_t(cluster)].domainOfRack.value(g.racks.front(), -1);
}

void addClusterColumns(Formulation &f)
{
    const int first = firstClusterColumn(f);
    for (ClusterInfo &c : f.clusters) {
        c.firstColumn = int(f.columns.size());
        const double upper = c.share >= c.systems ? 1 : 0; // a cluster short of systems cannot stand anywhere
        for (size_t d = 0; d < c.domains.size(); ++d)
            f.columns.push_back({ ColumnKind::ClusterDomain, -1, int(f.columns.size()) - first, true, 0, upper });
    }
}

void addClusterRows(Formulation &f)
{
    for (size_t ci = 0; ci < f.clusters.size(); ++ci) {
        const ClusterInfo &c = f.clusters[ci];
        if (c.domains.empty())
            continue;
        const QString id = c.cluster->id.toString();
        const int choice = int(f.rows.size());
        f.rows.push_back({ RowKind::ClusterChoice, int(ci), -1, 1, false, QStringLiteral("cluster_%1").arg(id) });
        for (size_t d = 0; d < c.domains.size(); ++d)
            f.entries.emplace_back(choice, c.firstColumn + int(d), 1.0);
        for (size_t d = 0; d < c.domains.size(); ++d) {
            const int at = int(f.rows.size()), whole = at + 1;
            const QString domain = c.domains[d].id;
            f.rows.push_back({ RowKind::ClusterDomain, int(ci), int(d), 0, false,
                QStringLiteral("cluster_%1_in_%2").arg(id, domain) });
            f.rows.push_back({ RowKind::ClusterWhole, int(ci), int(d), 0, false,
                QStringLiteral("cluster_%1_whole_in_%2").arg(id, domain) });
            f.entries.emplace_back(at, c.firstColumn + int(d), -double(c.systems));
            f.entries.emplace_back(whole, c.firstColumn + int(d), double(c.systems));
            for (size_t gi = 0; gi < f.groups.size(); ++gi) {
                if (clusterDomainOfGroup(f, int(ci), f.groups[gi]) != int(d))
                    continue;
                for (int v : f.groups[gi].variants)
                    if (f.variants[size_t(v)].cluster == int(ci)) {
                        const int col = f.columnOf(ColumnKind::Systems, int(gi), v);
                        f.entries.emplace_back(at, col, 1.0);
                        f.entries.emplace_back(whole, col, -1.0);
                    }
            }
        }
    }
}

int clusterColumn(const Formulation &f, int index)
{
    const int column = firstClusterColumn(f) + index;
    return index >= 0 && size_t(column) < f.columns.size() ? column : -1;
}

QString clusterColumnName(const Formulation &f, int index)
{
    const auto [c, d] = clusterAndDomainOf(f, index);
    if (c < 0)
        return QStringLiteral("w_%1").arg(index);
    return QStringLiteral("w_%1_%2").arg(
        f.clusters[size_t(c)].cluster->id.toString(), f.clusters[size_t(c)].domains[size_t(d)].id);
}

std::pair<int, int> clusterAndDomainOf(const Formulation &f, int index)
{
    const int column = firstClusterColumn(f) + index;
    for (size_t c = 0; c < f.clusters.size(); ++c) {
        const ClusterInfo &info = f.clusters[c];
        if (column >= info.firstColumn && column < info.firstColumn + int(info.domains.size()))
            return { int(c), column - info.firstColumn };
    }
    return { -1, -1 };
}

} // namespace warmshell::solver
