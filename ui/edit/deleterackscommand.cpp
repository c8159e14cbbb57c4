// SPDX-License-Identifier: GPL-3.0-or-later
#include "deleterackscommand.h"

#include "document/document.h"
#include "tenantcommands.h"

#include <QCoreApplication>
#include <QSet>

namespace warmshell::ui {

DeleteRacksCommand::DeleteRacksCommand(Document *document, const std::vector<RackId> &racks, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document)
{
    const QSet<RackId> doomed(racks.begin(), racks.end());
    const Site &site = document->project().site;
    for (size_t i = 0; i < site.racks.size(); ++i)
        if (doomed.contains(site.racks[i].id))
            m_racks.emplace_back(qsizetype(i), site.racks[i]);
    for (const CoolingUnit &unit : site.coolingUnits)
        for (size_t k = 0; k < unit.serves.size(); ++k)
            if (doomed.contains(unit.serves[k]))
                m_served.push_back({ unit.id, qsizetype(k), unit.serves[k] });
    std::vector<RackId> ids;
    for (const auto &[index, rack] : m_racks)
        ids.push_back(rack.id);
    m_tenantsBefore = document->project().tenants;
    m_tenantsAfter = withoutReservations(m_tenantsBefore, ids, {});
    setText(m_racks.size() == 1
            ? QCoreApplication::translate("DeleteRacksCommand", "Delete rack %1").arg(m_racks.front().second.name)
            : QCoreApplication::translate("DeleteRacksCommand", "Delete %n racks", nullptr, int(m_racks.size())));
    if (m_racks.empty())
        setObsolete(true);
}

void DeleteRacksCommand::redo()
{
    Document::EditBatch batch(m_document);
    // Back to front, so the recorded positions of the entries still to remove stay valid.
    for (auto s = m_served.rbegin(); s != m_served.rend(); ++s)
        m_document->takeServedRack(s->unit, s->position);
    for (auto r = m_racks.rbegin(); r != m_racks.rend(); ++r)
        m_document->takeRack(r->first);
    if (m_tenantsAfter != m_tenantsBefore)
        m_document->setTenants(m_tenantsAfter);
}

void DeleteRacksCommand::undo()
{
    Document::EditBatch batch(m_document);
    for (const auto &[index, rack] : m_racks)
        m_document->insertRack(index, rack);
    for (const Served &s : m_served)
        m_document->insertServedRack(s.unit, s.position, s.rack);
    if (m_tenantsAfter != m_tenantsBefore)
        m_document->setTenants(m_tenantsBefore);
}

} // namespace warmshell::ui
