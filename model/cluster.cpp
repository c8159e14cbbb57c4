// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster.h"

#include "catalog.h"
#include "enumkeys.h"
#include "fieldlimits.h"
#include "jsonreader.h"
#include "project.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace warmshell {

namespace {

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString domainPath(size_t i)
{
    return JsonReader::item(QStringLiteral("$.fabricDomains"), qsizetype(i));
}

QString clusterPath(size_t i)
{
    return JsonReader::item(QStringLiteral("$.clusters"), qsizetype(i));
}

QString clusterField(size_t i, const char *key)
{
    return JsonReader::member(clusterPath(i), QLatin1String(key));
}

bool availableAt(const FleetLot &lot, const QDate &date)
{
    return lot.delivered.isValid() && lot.delivered <= date && !(lot.retire.isValid() && lot.retire <= date);
}

int lotIndex(const Project &project, const LotId &id)
{
    for (size_t l = 0; l < project.fleet.size(); ++l)
        if (project.fleet[l].id == id)
            return int(l);
    return -1;
}

// Checks the declared fabric domains, then each cluster.
class ClusterChecker
{
public:
    ClusterChecker(const Project &project, const Catalog *builtIn, std::vector<Problem> &out)
        : m_project(project), m_catalog(builtIn), m_out(out)
    {
        for (const Rack &r : project.site.racks)
            m_racks.insert(r.id);
        for (const Tenant &t : project.tenants)
            m_tenants.insert(t.id);
    }

    void run()
    {
        for (size_t i = 0; i < m_project.fabricDomains.size(); ++i)
            checkDomain(i);
        QHash<int, int> takenOfLot; // lot index → systems clusters by lot ask of it
        for (size_t i = 0; i < m_project.clusters.size(); ++i) {
            checkIdentity(i);
            checkSource(i, takenOfLot);
            checkScope(i);
            checkModelSupply(i);
            checkLargestDomain(i);
        }
    }

private:
    void add(const QString &path, const QString &message) { m_out.push_back({ path, message }); }

    void checkDomain(size_t i)
    {
        const FabricDomain &d = m_project.fabricDomains[i];
        const QString path = domainPath(i);
        if (d.id.toString().trimmed().isEmpty())
            add(JsonReader::member(path, QStringLiteral("id")), QStringLiteral("must not be empty"));
        else if (const auto first = m_domainIds.constFind(d.id); first != m_domainIds.cend())
            add(JsonReader::member(path, QStringLiteral("id")),
                QStringLiteral("%1 is already the id of %2").arg(quoted(d.id.toString()), domainPath(*first)));
        else
            m_domainIds.insert(d.id, i);
        if (d.racks.empty())
            add(JsonReader::member(path, QStringLiteral("racks")), QStringLiteral("must list at least one rack"));
        for (size_t k = 0; k < d.racks.size(); ++k) {
            const RackId &rack = d.racks[k];
            const QString p = JsonReader::item(JsonReader::member(path, QStringLiteral("racks")), qsizetype(k));
            if (!m_racks.contains(rack))
                add(p, QStringLiteral("names rack %1, which the site does not have").arg(quoted(rack.toString())));
            else if (const auto owner = m_domainOfRack.constFind(rack); owner != m_domainOfRack.cend())
                add(p,
                    QStringLiteral("names rack %1, already in fabric domain %2; declared fabric domains must not "
                                   "overlap")
                        .arg(quoted(rack.toString()), quoted(m_project.fabricDomains[*owner].id.toString())));
            else
                m_domainOfRack.insert(rack, i);
        }
    }

    void checkIdentity(size_t i)
    {
        const Cluster &c = m_project.clusters[i];
        if (c.id.toString().trimmed().isEmpty())
            add(clusterField(i, "id"), QStringLiteral("must not be empty"));
        else if (const auto first = m_clusterIds.constFind(c.id); first != m_clusterIds.cend())
            add(clusterField(i, "id"),
                QStringLiteral("%1 is already the id of %2").arg(quoted(c.id.toString()), clusterPath(*first)));
        else
            m_clusterIds.insert(c.id, i);
        if (!limits::clusterSystems.contains(c.systems))
            add(clusterField(i, "systems"), limits::clusterSystems.violation(c.systems));
        if (!c.tenant.isNull() && !m_tenants.contains(c.tenant))
            add(clusterField(i, "tenant"),
                QStringLiteral("names tenant %1, which the project does not have").arg(quoted(c.tenant.toString())));
    }

    // Exactly one of model and lot; a lot that exists, holds the cluster and agrees on the tenant.
    void checkSource(size_t i, QHash<int, int> &takenOfLot)
    {
        const Cluster &c = m_project.clusters[i];
        if (c.model.isNull() == c.lot.isNull()) {
            add(clusterPath(i),
                c.lot.isNull() ? QStringLiteral("names neither a model nor a lot; a cluster takes its systems from one")
                               : QStringLiteral("names both a model and a lot; give one"));
            return;
        }
        if (c.lot.isNull())
            return;
        const int l = lotIndex(m_project, c.lot);
        if (l < 0) {
            add(clusterField(i, "lot"),
                QStringLiteral("names lot %1, which the fleet does not have").arg(quoted(c.lot.toString())));
            return;
        }
        const FleetLot &lot = m_project.fleet[size_t(l)];
        if (!c.tenant.isNull() && c.tenant != lot.tenant)
            add(clusterField(i, "tenant"),
                QStringLiteral("is %1, but lot %2 belongs to %3; a cluster by lot belongs to its lot's owner")
                    .arg(quoted(c.tenant.toString()), quoted(lot.id.toString()),
                        lot.tenant.isNull() ? QStringLiteral("the operator")
                                            : QStringLiteral("tenant ") + quoted(lot.tenant.toString())));
        if (c.systems <= 0)
            return;
        int &taken = takenOfLot[l];
        taken += c.systems;
        if (c.systems > lot.count)
            add(clusterField(i, "systems"),
                QStringLiteral("is %1, more than the %2 systems of lot %3")
                    .arg(c.systems)
                    .arg(lot.count)
                    .arg(quoted(lot.id.toString())));
        else if (taken > lot.count)
            add(clusterField(i, "systems"),
                QStringLiteral("is %1; with the clusters before it, lot %2 would give %3 systems of its %4")
                    .arg(c.systems)
                    .arg(quoted(lot.id.toString()))
                    .arg(taken)
                    .arg(lot.count));
    }

    void checkScope(size_t i)
    {
        const Cluster &c = m_project.clusters[i];
        if (c.scope != ClusterScope::FabricDomain && !c.fabricDomains.empty())
            add(clusterField(i, "fabricDomains"),
                QStringLiteral("is given, but the cluster stands within a %1; list fabric domains with "
                               "\"within\": \"fabricDomain\"")
                    .arg(keyOf(c.scope)));
        for (size_t k = 0; k < c.fabricDomains.size(); ++k)
            if (!m_domainIds.contains(c.fabricDomains[k]))
                add(JsonReader::item(clusterField(i, "fabricDomains"), qsizetype(k)),
                    QStringLiteral("names fabric domain %1, which the project does not declare")
                        .arg(quoted(c.fabricDomains[k].toString())));
        if (c.scope == ClusterScope::FabricDomain && m_project.fabricDomains.empty())
            add(clusterField(i, "within"),
                QStringLiteral("is \"fabricDomain\", but the project declares no fabric domains"));
    }

    // A cluster by model: the model exists and the owner's lots of it hold the cluster.
    void checkModelSupply(size_t i)
    {
        const Cluster &c = m_project.clusters[i];
        if (!m_catalog || c.model.isNull() || !c.lot.isNull())
            return;
        if (!m_project.model(c.model, *m_catalog)) {
            add(clusterField(i, "model"),
                QStringLiteral("names model %1, which neither the project nor the built-in catalog has")
                    .arg(quoted(c.model.toString())));
            return;
        }
        qint64 own = 0;
        for (const FleetLot &lot : m_project.fleet)
            if (lot.model == c.model && lot.tenant == c.tenant)
                own += lot.count;
        if (c.systems > own)
            add(clusterField(i, "systems"),
                QStringLiteral("is %1, more than the %2 systems of model %3 in the lots of %4")
                    .arg(c.systems)
                    .arg(own)
                    .arg(quoted(c.model.toString()),
                        c.tenant.isNull() ? QStringLiteral("the operator")
                                          : QStringLiteral("tenant ") + quoted(c.tenant.toString())));
    }

    // By rack slots alone, some domain of the scope holds the cluster.
    void checkLargestDomain(size_t i)
    {
        const Cluster &c = m_project.clusters[i];
        if (!m_catalog || c.systems <= 0)
            return;
        const SystemModelId modelId = c.lot.isNull() ? c.model : [&] {
            const int l = lotIndex(m_project, c.lot);
            return l < 0 ? SystemModelId() : m_project.fleet[size_t(l)].model;
        }();
        const SystemModel *model = modelId.isNull() ? nullptr : m_project.model(modelId, *m_catalog);
        if (!model)
            return;
        const std::vector<ClusterDomain> domains = clusterDomains(m_project, c);
        int best = 0;
        const ClusterDomain *bestDomain = nullptr;
        for (const ClusterDomain &d : domains) {
            qint64 capacity = 0;
            for (int r : d.racks)
                capacity += rackSlotsFor(m_project.site.racks[size_t(r)], *model);
            if (capacity > best || !bestDomain) {
                best = int(std::min<qint64>(capacity, limits::clusterSystems.max));
                bestDomain = &d;
            }
        }
        if (best >= c.systems)
            return;
        add(clusterField(i, "systems"),
            bestDomain
                ? QStringLiteral("is %1 × %2, more than any %3 can hold by rack slots: the largest, %4, holds %5")
                      .arg(c.systems)
                      .arg(quoted(model->id.toString()), keyOf(c.scope), bestDomain->label())
                      .arg(best)
                : QStringLiteral("is %1 × %2, but the cluster has no %3 with racks to stand in")
                      .arg(c.systems)
                      .arg(quoted(model->id.toString()), keyOf(c.scope)));
    }

    const Project &m_project;
    const Catalog *m_catalog;
    std::vector<Problem> &m_out;
    QSet<RackId> m_racks;
    QSet<TenantId> m_tenants;
    QHash<FabricDomainId, size_t> m_domainIds;
    QHash<RackId, size_t> m_domainOfRack;
    QHash<ClusterId, size_t> m_clusterIds;
};

} // namespace

QString ClusterDomain::label() const
{
    return name.isEmpty() || name == id ? QStringLiteral("%1 %2").arg(kind, quoted(id))
                                        : QStringLiteral("%1 %2 (%3)").arg(kind, quoted(id), name);
}

std::vector<ClusterDomain> clusterDomains(const Project &project, const Cluster &cluster)
{
    const Site &site = project.site;
    std::vector<ClusterDomain> out;
    QHash<RowId, HallId> hallOfRow;
    for (const Row &row : site.rows)
        hallOfRow.insert(row.id, row.hall);
    auto racksWhere = [&](auto &&inDomain) {
        std::vector<int> racks;
        for (size_t r = 0; r < site.racks.size(); ++r)
            if (inDomain(site.racks[r]))
                racks.push_back(int(r));
        return racks;
    };
    switch (cluster.scope) {
    case ClusterScope::Hall:
        for (const Hall &h : site.halls)
            out.push_back({ QStringLiteral("hall"), h.id.toString(), h.name,
                racksWhere([&](const Rack &r) { return hallOfRow.value(r.row) == h.id; }) });
        break;
    case ClusterScope::Row:
        for (const Row &row : site.rows)
            out.push_back({ QStringLiteral("row"), row.id.toString(), row.name,
                racksWhere([&](const Rack &r) { return r.row == row.id; }) });
        break;
    case ClusterScope::FabricDomain: {
        QHash<RackId, int> index;
        for (size_t r = 0; r < site.racks.size(); ++r)
            index.insert(site.racks[r].id, int(r));
        for (const FabricDomain &d : project.fabricDomains) {
            if (!cluster.fabricDomains.empty()
                && std::find(cluster.fabricDomains.begin(), cluster.fabricDomains.end(), d.id)
                    == cluster.fabricDomains.end())
                continue;
            ClusterDomain domain{ QStringLiteral("fabric domain"), d.id.toString(), d.name, {} };
            for (const RackId &rack : d.racks)
                if (const int r = index.value(rack, -1); r >= 0)
                    domain.racks.push_back(r);
            std::sort(domain.racks.begin(), domain.racks.end());
            domain.racks.erase(std::unique(domain.racks.begin(), domain.racks.end()), domain.racks.end());
            out.push_back(std::move(domain));
        }
        break;
    }
    }
    out.erase(
        std::remove_if(out.begin(), out.end(), [](const ClusterDomain &d) { return d.racks.empty(); }), out.end());
    return out;
}

TenantId clusterOwner(const Project &project, const Cluster &cluster)
{
    if (cluster.lot.isNull())
        return cluster.tenant;
    const int l = lotIndex(project, cluster.lot);
    return l < 0 ? cluster.tenant : project.fleet[size_t(l)].tenant;
}

std::vector<std::vector<std::pair<size_t, int>>> clusterShares(
    const Project &project, const Catalog &builtIn, const QDate &date)
{
    std::vector<int> left(project.fleet.size(), 0);
    for (size_t l = 0; l < project.fleet.size(); ++l)
        if (availableAt(project.fleet[l], date) && project.model(project.fleet[l].model, builtIn))
            left[l] = std::max(0, project.fleet[l].count);
    std::vector<std::vector<std::pair<size_t, int>>> out(project.clusters.size());
    for (size_t c = 0; c < project.clusters.size(); ++c) {
        const Cluster &cluster = project.clusters[c];
        int wanted = std::max(0, cluster.systems);
        for (size_t l = 0; l < project.fleet.size() && wanted > 0; ++l) {
            const FleetLot &lot = project.fleet[l];
            const bool source = cluster.lot.isNull() ? lot.model == cluster.model && lot.tenant == cluster.tenant
                                                     : lot.id == cluster.lot;
            const int take = source ? std::min(wanted, left[l]) : 0;
            if (take <= 0)
                continue;
            left[l] -= take;
            wanted -= take;
            out[c].emplace_back(l, take);
        }
    }
    return out;
}

int rackSlotsFor(const Rack &rack, const SystemModel &model)
{
    constexpr double eps = 1e-6;
    if (model.cooling == CoolingType::Liquid && rack.cooling != CoolingType::Liquid)
        return 0;
    const double kw = model.power.value(), kg = model.weight.value();
    if (model.wholeRack)
        return kw <= rack.powerLimit.value() + eps && kg <= rack.weightLimit.value() + eps ? 1 : 0;
    double most = model.height.value() > 0 ? std::floor(double(rack.height.value()) / model.height.value()) : 1e9;
    if (kw > 0)
        most = std::min(most, std::floor(rack.powerLimit.value() / kw + eps));
    if (kg > 0)
        most = std::min(most, std::floor(rack.weightLimit.value() / kg + eps));
    return int(std::max(0.0, std::min(most, 1e6)));
}

std::vector<Problem> clusterProblems(const Project &project, const Catalog *builtIn)
{
    std::vector<Problem> out;
    if (project.clusters.empty() && project.fabricDomains.empty())
        return out;
    ClusterChecker(project, builtIn, out).run();
    return out;
}

} // namespace warmshell
