// SPDX-License-Identifier: GPL-3.0-or-later
#include "tenantcommands.h"

#include "document/document.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace warmshell::ui {

namespace {

QString nameOf(const Tenant &tenant)
{
    return tenant.name.isEmpty() ? tenant.id.toString() : tenant.name;
}

// "10 racks", "hall Lab hall", "2 racks and hall Lab hall": what a reservation edit touches.
QString placesText(const Project &project, const std::vector<RackId> &racks, const std::vector<HallId> &halls)
{
    QStringList parts;
    if (racks.size() == 1) {
        const Rack *rack = project.site.rack(racks.front());
        parts << QCoreApplication::translate("TenantCommands", "rack %1")
                     .arg(rack && !rack->name.isEmpty() ? rack->name : racks.front().toString());
    } else if (!racks.empty()) {
        parts << QCoreApplication::translate("TenantCommands", "%n racks", nullptr, int(racks.size()));
    }
    for (const HallId &id : halls) {
        const Hall *hall = project.site.hall(id);
        parts << QCoreApplication::translate("TenantCommands", "hall %1")
                     .arg(hall && !hall->name.isEmpty() ? hall->name : id.toString());
    }
    return parts.join(QCoreApplication::translate("TenantCommands", " and "));
}

} // namespace

AddTenantCommand::AddTenantCommand(Document *document, Tenant tenant, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_tenant(std::move(tenant))
{
    setText(QCoreApplication::translate("TenantCommands", "Add tenant %1").arg(nameOf(m_tenant)));
}

void AddTenantCommand::redo()
{
    std::vector<Tenant> tenants = m_document->project().tenants;
    tenants.push_back(m_tenant);
    m_document->setTenants(std::move(tenants));
}

void AddTenantCommand::undo()
{
    std::vector<Tenant> tenants = m_document->project().tenants;
    std::erase_if(tenants, [this](const Tenant &t) { return t.id == m_tenant.id; });
    m_document->setTenants(std::move(tenants));
}

RemoveTenantCommand::RemoveTenantCommand(Document *document, const TenantId &tenant, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_before(document->project().tenants), m_tenant(tenant)
{
    const int index = tenantIndex(document->project(), tenant);
    setObsolete(index < 0);
    if (index < 0)
        return;
    setText(QCoreApplication::translate("TenantCommands", "Remove tenant %1").arg(nameOf(m_before[size_t(index)])));
    m_after = m_before;
    m_after.erase(m_after.begin() + index);
    for (const FleetLot &lot : document->project().fleet)
        if (lot.tenant == tenant)
            m_lots.push_back(lot.id);
}

void RemoveTenantCommand::redo()
{
    const Document::EditBatch batch(m_document);
    for (const LotId &id : m_lots) {
        for (const FleetLot &lot : m_document->project().fleet) {
            if (lot.id == id) {
                FleetLot changed = lot;
                changed.tenant = TenantId();
                m_document->replaceLot(changed);
                break;
            }
        }
    }
    m_document->setTenants(m_after);
}

void RemoveTenantCommand::undo()
{
    const Document::EditBatch batch(m_document);
    m_document->setTenants(m_before);
    for (const LotId &id : m_lots) {
        for (const FleetLot &lot : m_document->project().fleet) {
            if (lot.id == id) {
                FleetLot changed = lot;
                changed.tenant = m_tenant;
                m_document->replaceLot(changed);
                break;
            }
        }
    }
}

namespace {

// `ids` without those in `drop`, order kept.
template <typename Id> void dropAll(std::vector<Id> &ids, const QSet<Id> &drop)
{
    std::erase_if(ids, [&drop](const Id &id) { return drop.contains(id); });
}

template <typename Id> void appendAll(std::vector<Id> &ids, const std::vector<Id> &add)
{
    for (const Id &id : add)
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
}

// `racks` sorted as the site lists them (a selection comes in the order it was made).
std::vector<RackId> inSiteOrder(const Site &site, std::vector<RackId> racks)
{
    QHash<RackId, size_t> position;
    for (size_t i = 0; i < site.racks.size(); ++i)
        position.insert(site.racks[i].id, i);
    std::stable_sort(racks.begin(), racks.end(),
        [&](const RackId &a, const RackId &b) { return position.value(a) < position.value(b); });
    return racks;
}

} // namespace

std::vector<Tenant> withoutReservations(
    std::vector<Tenant> tenants, const std::vector<RackId> &racks, const std::vector<HallId> &halls)
{
    const QSet<RackId> rackSet(racks.begin(), racks.end());
    const QSet<HallId> hallSet(halls.begin(), halls.end());
    for (Tenant &t : tenants) {
        dropAll(t.reservedRacks, rackSet);
        dropAll(t.reservedHalls, hallSet);
    }
    return tenants;
}

ReserveForTenantCommand::ReserveForTenantCommand(Document *document, const std::vector<RackId> &racks,
    const std::vector<HallId> &halls, const TenantId &tenant, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_before(document->project().tenants), m_after(m_before)
{
    const int target = tenant.isNull() ? -1 : tenantIndex(document->project(), tenant);
    const QSet<RackId> rackSet(racks.begin(), racks.end());
    const QSet<HallId> hallSet(halls.begin(), halls.end());
    for (size_t i = 0; i < m_after.size(); ++i) {
        if (int(i) == target)
            continue; // what it has keeps its place; appendAll adds the rest
        dropAll(m_after[i].reservedRacks, rackSet);
        dropAll(m_after[i].reservedHalls, hallSet);
    }
    if (target >= 0) {
        appendAll(m_after[size_t(target)].reservedRacks, inSiteOrder(document->project().site, racks));
        appendAll(m_after[size_t(target)].reservedHalls, halls);
    }
    const QString places = placesText(document->project(), racks, halls);
    setText(target >= 0 ? QCoreApplication::translate("TenantCommands", "Reserve %1 for %2")
                              .arg(places, nameOf(m_after[size_t(target)]))
                        : QCoreApplication::translate("TenantCommands", "Clear reservation of %1").arg(places));
    setObsolete(m_after == m_before || (!tenant.isNull() && target < 0));
}

void ReserveForTenantCommand::redo()
{
    m_document->setTenants(m_after);
}

void ReserveForTenantCommand::undo()
{
    m_document->setTenants(m_before);
}

} // namespace warmshell::ui
