// SPDX-License-Identifier: GPL-3.0-or-later
#include "tenantcheck.h"

#include "catalog.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace warmshell {

namespace {

QString quotedId(const QString &id)
{
    return QLatin1Char('"') + id + QLatin1Char('"');
}

QString ownerText(const TenantId &tenant)
{
    return tenant.isNull() ? QStringLiteral("the operator's own lots")
                           : QStringLiteral("tenant ") + quotedId(tenant.toString());
}

// kW of `s` from the catalog: count × power × the operating point's power fraction (the
// plan's own figure when the point is unknown; the checker reports that elsewhere).
double placedKw(const SystemModel &model, const PlacedSystems &s)
{
    double fraction = 1.0;
    bool known = s.operatingPoint == QLatin1String("full power");
    for (const OperatingPoint &op : model.operatingPoints)
        if (op.name == s.operatingPoint) {
            fraction = op.powerFraction;
            known = true;
        }
    return known ? s.count * model.power.value() * fraction : s.power.value();
}

bool above(double value, double limit)
{
    return value > limit + 1e-6 * std::max(1.0, std::abs(limit));
}

// Per rack id: the tenant it is reserved for (racks listed first, then the halls' racks).
QHash<RackId, TenantId> reservedRacks(const Project &project)
{
    QHash<RackId, TenantId> out;
    for (const Tenant &t : project.tenants)
        for (const RackId &rack : t.reservedRacks)
            out.insert(rack, t.id);
    QHash<HallId, TenantId> hallOwner;
    for (const Tenant &t : project.tenants)
        for (const HallId &hall : t.reservedHalls)
            if (!hallOwner.contains(hall))
                hallOwner.insert(hall, t.id);
    QHash<RowId, HallId> hallOfRow;
    for (const Row &row : project.site.rows)
        hallOfRow.insert(row.id, row.hall);
    for (const Rack &rack : project.site.racks) {
        const auto owner = hallOwner.constFind(hallOfRow.value(rack.row));
        if (owner != hallOwner.cend() && !out.contains(rack.id))
            out.insert(rack.id, *owner);
    }
    return out;
}

} // namespace

std::vector<PlanViolation> checkTenantRules(
    const Project &project, const Catalog &catalog, const CapacityPlan &plan, bool withMinimums)
{
    std::vector<PlanViolation> out;
    if (project.tenants.empty())
        return out;
    const QHash<RackId, TenantId> reserved = reservedRacks(project);
    std::map<TenantId, double> gpus, kw;
    for (const RackPlacement &placement : plan.placements)
        for (const PlacedSystems &s : placement.systems) {
            const bool known = s.tenant.isNull()
                || std::any_of(
                    project.tenants.begin(), project.tenants.end(), [&](const Tenant &t) { return t.id == s.tenant; });
            if (!known)
                out.push_back({ s.tenant.toString(), QStringLiteral("unknown-reference"),
                    QStringLiteral("rack %1 holds systems of tenant %2, which the project does not have")
                        .arg(placement.rack.toString(), quotedId(s.tenant.toString())) });
            const auto owner = reserved.constFind(placement.rack);
            if (owner != reserved.cend() && *owner != s.tenant && s.count > 0)
                out.push_back({ placement.rack.toString(), QStringLiteral("reservation"),
                    QStringLiteral("rack %1 is reserved for tenant %2 but holds %3 × %4 of %5")
                        .arg(placement.rack.toString(), quotedId(owner->toString()))
                        .arg(s.count)
                        .arg(s.model.toString(), ownerText(s.tenant)) });
            const SystemModel *model = project.model(s.model, catalog);
            if (!model)
                continue; // reported by the checker as an unknown model
            gpus[s.tenant] += double(s.count) * model->gpusPerSystem;
            kw[s.tenant] += placedKw(*model, s);
        }
    for (const Tenant &t : project.tenants) {
        const double g = gpus[t.id], k = kw[t.id];
        const QString who = QStringLiteral("tenant ") + quotedId(t.id.toString());
        if (t.maxGpus && above(g, *t.maxGpus))
            out.push_back({ t.id.toString(), QStringLiteral("quota"),
                QStringLiteral("%1 has %2 GPUs energized, above its maxGpus of %3").arg(who).arg(g).arg(*t.maxGpus) });
        if (withMinimums && t.minGpus && above(*t.minGpus, g))
            out.push_back({ t.id.toString(), QStringLiteral("quota"),
                QStringLiteral("%1 has %2 GPUs energized, below its minGpus of %3").arg(who).arg(g).arg(*t.minGpus) });
        if (t.maxMegawatts && above(k, *t.maxMegawatts * 1000))
            out.push_back({ t.id.toString(), QStringLiteral("quota"),
                QStringLiteral("%1 draws %2 kW, above its maxMegawatts of %3 MW")
                    .arg(who)
                    .arg(k)
                    .arg(*t.maxMegawatts) });
    }
    return out;
}

} // namespace warmshell
