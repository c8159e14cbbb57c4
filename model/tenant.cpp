// SPDX-License-Identifier: GPL-3.0-or-later
#include "tenant.h"

#include "catalog.h"
#include "fieldlimits.h"
#include "jsonreader.h"
#include "project.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace warmshell {

namespace {

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString tenantPath(size_t i)
{
    return JsonReader::item(QStringLiteral("$.tenants"), qsizetype(i));
}

QString fieldPath(size_t i, const char *key)
{
    return JsonReader::member(tenantPath(i), QLatin1String(key));
}

// Checks one tenant's own fields: id, ranges, min against max.
class TenantChecker
{
public:
    TenantChecker(const Project &project, const Catalog *builtIn, std::vector<Problem> &out)
        : m_project(project), m_catalog(builtIn), m_out(out)
    {
        QHash<RowId, HallId> hallOfRow;
        for (const Row &row : project.site.rows)
            hallOfRow.insert(row.id, row.hall);
        for (const Rack &r : project.site.racks)
            m_rackHall.insert(r.id, hallOfRow.value(r.row));
        for (const Hall &h : project.site.halls)
            m_halls.insert(h.id);
    }

    void run()
    {
        for (size_t i = 0; i < m_project.tenants.size(); ++i) {
            checkFields(i);
            checkReservations(i);
            checkOwnGpus(i);
        }
        checkLots();
    }

private:
    void add(const QString &path, const QString &message) { m_out.push_back({ path, message }); }
    void range(const QString &path, double value, const FieldRange &r)
    {
        if (!r.contains(value))
            add(path, r.violation(value));
    }

    void checkFields(size_t i)
    {
        const Tenant &t = m_project.tenants[i];
        if (t.id.toString().trimmed().isEmpty())
            add(fieldPath(i, "id"), QStringLiteral("must not be empty"));
        else if (const auto first = m_ids.constFind(t.id); first != m_ids.cend())
            add(fieldPath(i, "id"),
                QStringLiteral("%1 is already the id of %2").arg(quoted(t.id.toString()), tenantPath(*first)));
        else
            m_ids.insert(t.id, i);
        range(fieldPath(i, "priority"), t.priority, limits::tenantPriority);
        if (t.minGpus)
            range(fieldPath(i, "minGpus"), *t.minGpus, limits::quotaGpus);
        if (t.maxGpus)
            range(fieldPath(i, "maxGpus"), *t.maxGpus, limits::quotaGpus);
        if (t.maxMegawatts)
            range(fieldPath(i, "maxMegawatts"), *t.maxMegawatts, limits::quotaMegawatts);
        if (t.minGpus && t.maxGpus && *t.minGpus > *t.maxGpus)
            add(fieldPath(i, "minGpus"),
                QStringLiteral("is %1 GPUs, above the tenant's maxGpus of %2; a minimum must not exceed the maximum")
                    .arg(*t.minGpus)
                    .arg(*t.maxGpus));
    }

    // Each reserved rack and hall exists and is reserved for no earlier tenant, directly or
    // through its hall (a rack listed by one tenant in a hall listed by another overlaps).
    void checkReservations(size_t i)
    {
        const Tenant &t = m_project.tenants[i];
        for (size_t k = 0; k < t.reservedHalls.size(); ++k) {
            const HallId &hall = t.reservedHalls[k];
            const QString path = JsonReader::item(fieldPath(i, "reservedHalls"), qsizetype(k));
            if (!m_halls.contains(hall))
                add(path, QStringLiteral("names hall %1, which the site does not have").arg(quoted(hall.toString())));
            else if (const auto owner = m_hallOwner.constFind(hall); owner != m_hallOwner.cend())
                add(path, overlapText(QStringLiteral("hall"), hall.toString(), *owner));
            else if (const auto rack = rackOfOtherIn(hall, i); !rack.isNull())
                add(path,
                    QStringLiteral("reserves hall %1, where rack %2 is already reserved for tenant %3; a rack is "
                                   "reserved for one tenant at most")
                        .arg(quoted(hall.toString()), quoted(rack.toString()),
                            quoted(m_project.tenants[m_rackOwner.value(rack)].id.toString())));
            else
                m_hallOwner.insert(hall, i);
        }
        for (size_t k = 0; k < t.reservedRacks.size(); ++k) {
            const RackId &rack = t.reservedRacks[k];
            const QString path = JsonReader::item(fieldPath(i, "reservedRacks"), qsizetype(k));
            const auto hall = m_rackHall.constFind(rack);
            if (hall == m_rackHall.cend()) {
                add(path, QStringLiteral("names rack %1, which the site does not have").arg(quoted(rack.toString())));
                continue;
            }
            if (const auto owner = m_rackOwner.constFind(rack); owner != m_rackOwner.cend())
                add(path, overlapText(QStringLiteral("rack"), rack.toString(), *owner));
            else if (const auto byHall = m_hallOwner.constFind(*hall); byHall != m_hallOwner.cend() && *byHall != i)
                add(path,
                    QStringLiteral("reserves rack %1, which stands in hall %2, reserved for tenant %3; a rack is "
                                   "reserved for one tenant at most")
                        .arg(quoted(rack.toString()), quoted(hall->toString()),
                            quoted(m_project.tenants[*byHall].id.toString())));
            else
                m_rackOwner.insert(rack, i);
        }
    }

    // A rack in `hall` already reserved for a tenant other than `tenant`; null when none.
    RackId rackOfOtherIn(const HallId &hall, size_t tenant) const
    {
        for (auto it = m_rackOwner.cbegin(); it != m_rackOwner.cend(); ++it)
            if (it.value() != tenant && m_rackHall.value(it.key()) == hall)
                return it.key();
        return {};
    }

    QString overlapText(const QString &kind, const QString &id, size_t owner) const
    {
        return QStringLiteral("reserves %1 %2, already reserved for tenant %3; a %1 is reserved for one tenant at most")
            .arg(kind, quoted(id), quoted(m_project.tenants[owner].id.toString()));
    }

    // A minimum above every GPU the tenant owns can never hold (needs the catalog).
    void checkOwnGpus(size_t i)
    {
        const Tenant &t = m_project.tenants[i];
        if (!m_catalog || !t.minGpus)
            return;
        qint64 own = 0;
        for (const FleetLot &lot : m_project.fleet)
            if (lot.tenant == t.id)
                if (const SystemModel *m = m_project.model(lot.model, *m_catalog))
                    own += qint64(lot.count) * m->gpusPerSystem;
        if (*t.minGpus > own)
            add(fieldPath(i, "minGpus"),
                QStringLiteral("is %1 GPUs, more than the %2 GPUs of all the lots of tenant %3")
                    .arg(*t.minGpus)
                    .arg(own)
                    .arg(quoted(t.id.toString())));
    }

    void checkLots()
    {
        for (size_t l = 0; l < m_project.fleet.size(); ++l) {
            const TenantId &id = m_project.fleet[l].tenant;
            if (id.isNull() || m_ids.contains(id))
                continue;
            QStringList known;
            for (const Tenant &t : m_project.tenants)
                known << quoted(t.id.toString());
            add(JsonReader::member(JsonReader::item(QStringLiteral("$.fleet"), qsizetype(l)), QStringLiteral("tenant")),
                QStringLiteral("names tenant %1, which the project does not have (%2)")
                    .arg(quoted(id.toString()),
                        known.isEmpty() ? QStringLiteral("it has no tenants")
                                        : QStringLiteral("tenants: ") + known.join(u", ")));
        }
    }

    const Project &m_project;
    const Catalog *m_catalog;
    std::vector<Problem> &m_out;
    QHash<RackId, HallId> m_rackHall;
    QSet<HallId> m_halls;
    QHash<TenantId, size_t> m_ids;
    QHash<HallId, size_t> m_hallOwner;
    QHash<RackId, size_t> m_rackOwner;
};

} // namespace

int tenantIndex(const Project &project, const TenantId &id)
{
    if (id.isNull())
        return -1;
    for (size_t i = 0; i < project.tenants.size(); ++i)
        if (project.tenants[i].id == id)
            return int(i);
    return -1;
}

std::vector<int> rackReservations(const Project &project)
{
    QHash<HallId, int> hallOwner;
    QHash<RackId, int> rackOwner;
    for (size_t i = project.tenants.size(); i-- > 0;) { // the first tenant listed wins
        for (const HallId &h : project.tenants[i].reservedHalls)
            hallOwner.insert(h, int(i));
        for (const RackId &r : project.tenants[i].reservedRacks)
            rackOwner.insert(r, int(i));
    }
    QHash<RowId, HallId> hallOfRow;
    for (const Row &row : project.site.rows)
        hallOfRow.insert(row.id, row.hall);
    std::vector<int> out;
    out.reserve(project.site.racks.size());
    for (const Rack &rack : project.site.racks) {
        const int direct = rackOwner.value(rack.id, -1);
        const int byHall = hallOwner.value(hallOfRow.value(rack.row), -1);
        out.push_back(byHall >= 0 && (direct < 0 || byHall < direct) ? byHall : direct);
    }
    return out;
}

std::vector<Problem> tenantProblems(const Project &project, const Catalog *builtIn)
{
    std::vector<Problem> out;
    if (project.tenants.empty() && std::none_of(project.fleet.begin(), project.fleet.end(), [](const FleetLot &l) {
            return !l.tenant.isNull();
        }))
        return out;
    TenantChecker(project, builtIn, out).run();
    return out;
}

} // namespace warmshell
