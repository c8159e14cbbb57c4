// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterfile.h"

#include "fieldlimits.h"
#include "idlistjson.h"

namespace warmshell {

using Need = JsonReader::Need;

namespace {

FabricDomain readDomain(JsonReader &r, const QJsonObject &o, const QString &p)
{
    r.rejectUnknownKeys(o, p, { "id", "name", "racks" });
    FabricDomain d;
    d.id = FabricDomainId(r.text(o, p, "id", Need::Required));
    d.name = r.text(o, p, "name", Need::Optional);
    d.racks = readIdList<RackId>(r, o, p, "racks", Need::Required);
    return d;
}

Cluster readCluster(JsonReader &r, const QJsonObject &o, const QString &p)
{
    r.rejectUnknownKeys(o, p, { "id", "name", "model", "lot", "systems", "within", "fabricDomains", "tenant" });
    Cluster c;
    c.id = ClusterId(r.text(o, p, "id", Need::Required));
    c.name = r.text(o, p, "name", Need::Optional);
    c.model = SystemModelId(r.optionalText(o, p, "model"));
    c.lot = LotId(r.optionalText(o, p, "lot"));
    c.systems = r.integer(o, p, "systems", limits::clusterSystems);
    c.scope = r.enumValue<ClusterScope>(o, p, "within");
    c.fabricDomains = readIdList<FabricDomainId>(r, o, p, "fabricDomains", Need::Optional);
    c.tenant = TenantId(r.optionalText(o, p, "tenant"));
    return c;
}

template <typename T, typename Read>
void readList(JsonReader &r, const QJsonObject &root, const char *key, int most, std::vector<T> &out, Read read)
{
    const QString base = JsonReader::member(QStringLiteral("$"), QLatin1String(key));
    const QJsonArray list = r.array(root, QStringLiteral("$"), key, Need::Optional);
    if (list.size() > most) {
        r.fail(base, QStringLiteral("has %1 entries; at most %2 are allowed").arg(list.size()).arg(most));
        return;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString p = JsonReader::item(base, i);
        if (const auto o = r.object(list[i], p))
            out.push_back(read(r, *o, p));
    }
}

} // namespace

void readClusters(JsonReader &r, const QJsonObject &root, Project &out)
{
    readList(r, root, "fabricDomains", limits::maxFabricDomains, out.fabricDomains, readDomain);
    readList(r, root, "clusters", limits::maxClusters, out.clusters, readCluster);
}

void checkClusters(JsonReader &r, const Project &project)
{
    for (const Problem &p : clusterProblems(project, nullptr))
        r.fail(p.path, p.message);
}

QJsonArray fabricDomainsToJson(const std::vector<FabricDomain> &domains)
{
    QJsonArray out;
    for (const FabricDomain &d : domains) {
        QJsonObject o{ { QStringLiteral("id"), d.id.toString() }, { QStringLiteral("racks"), idListToJson(d.racks) } };
        if (!d.name.isEmpty())
            o.insert(QStringLiteral("name"), d.name);
        out.append(o);
    }
    return out;
}

QJsonArray clustersToJson(const std::vector<Cluster> &clusters)
{
    QJsonArray out;
    for (const Cluster &c : clusters) {
        QJsonObject o{ { QStringLiteral("id"), c.id.toString() }, { QStringLiteral("systems"), c.systems },
            { QStringLiteral("within"), keyOf(c.scope) } };
        if (!c.name.isEmpty())
            o.insert(QStringLiteral("name"), c.name);
        if (!c.model.isNull())
            o.insert(QStringLiteral("model"), c.model.toString());
        if (!c.lot.isNull())
            o.insert(QStringLiteral("lot"), c.lot.toString());
        if (!c.fabricDomains.empty())
            o.insert(QStringLiteral("fabricDomains"), idListToJson(c.fabricDomains));
        if (!c.tenant.isNull())
            o.insert(QStringLiteral("tenant"), c.tenant.toString());
        out.append(o);
    }
    return out;
}

} // namespace warmshell
