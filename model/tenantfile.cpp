// SPDX-License-Identifier: GPL-3.0-or-later
#include "tenantfile.h"

#include "fieldlimits.h"
#include "idlistjson.h"

namespace warmshell {

using Need = JsonReader::Need;

namespace {

Tenant readTenant(JsonReader &r, const QJsonObject &o, const QString &p)
{
    r.rejectUnknownKeys(
        o, p, { "id", "name", "priority", "reservedRacks", "reservedHalls", "minGpus", "maxGpus", "maxMegawatts" });
    Tenant t;
    t.id = TenantId(r.text(o, p, "id", Need::Required));
    t.name = r.text(o, p, "name", Need::Optional);
    t.priority = r.integer(o, p, "priority", limits::tenantPriority, 0);
    t.reservedRacks = readIdList<RackId>(r, o, p, "reservedRacks", Need::Optional);
    t.reservedHalls = readIdList<HallId>(r, o, p, "reservedHalls", Need::Optional);
    if (o.contains(QLatin1String("minGpus")))
        t.minGpus = r.integer(o, p, "minGpus", limits::quotaGpus);
    if (o.contains(QLatin1String("maxGpus")))
        t.maxGpus = r.integer(o, p, "maxGpus", limits::quotaGpus);
    if (o.contains(QLatin1String("maxMegawatts")))
        t.maxMegawatts = r.number(o, p, "maxMegawatts", limits::quotaMegawatts);
    return t;
}

} // namespace

void readTenants(JsonReader &r, const QJsonObject &root, Project &out)
{
    const QString base = QStringLiteral("$.tenants");
    const QJsonArray list = r.array(root, QStringLiteral("$"), "tenants", Need::Optional);
    if (list.size() > limits::maxTenants) {
        r.fail(base, QStringLiteral("has %1 tenants; at most %2 are allowed").arg(list.size()).arg(limits::maxTenants));
        return;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString p = JsonReader::item(base, i);
        if (const auto o = r.object(list[i], p))
            out.tenants.push_back(readTenant(r, *o, p));
    }
}

void checkTenants(JsonReader &r, const Project &project)
{
    for (const Problem &p : tenantProblems(project, nullptr))
        r.fail(p.path, p.message);
}

QJsonArray tenantsToJson(const std::vector<Tenant> &tenants)
{
    QJsonArray out;
    for (const Tenant &t : tenants) {
        QJsonObject o{ { QStringLiteral("id"), t.id.toString() }, { QStringLiteral("priority"), t.priority } };
        if (!t.name.isEmpty())
            o.insert(QStringLiteral("name"), t.name);
        if (!t.reservedRacks.empty())
            o.insert(QStringLiteral("reservedRacks"), idListToJson(t.reservedRacks));
        if (!t.reservedHalls.empty())
            o.insert(QStringLiteral("reservedHalls"), idListToJson(t.reservedHalls));
        if (t.minGpus)
            o.insert(QStringLiteral("minGpus"), *t.minGpus);
        if (t.maxGpus)
            o.insert(QStringLiteral("maxGpus"), *t.maxGpus);
        if (t.maxMegawatts)
            o.insert(QStringLiteral("maxMegawatts"), *t.maxMegawatts);
        out.append(o);
    }
    return out;
}

} // namespace warmshell
