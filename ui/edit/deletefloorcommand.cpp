// SPDX-License-Identifier: GPL-3.0-or-later
#include "deletefloorcommand.h"

#include "document/document.h"
#include "tenantcommands.h"

#include <QCoreApplication>
#include <QSet>

namespace warmshell::ui {

namespace {
QString tr(const char *text, int n)
{
    return QCoreApplication::translate("warmshell::ui::DeleteFloorCommand", text, nullptr, n);
}
} // namespace

DeleteFloorCommand::DeleteFloorCommand(Document *document, const HallId &hall, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document)
{
    const Site &site = document->project().site;
    for (size_t i = 0; i < site.halls.size() && !m_hall; ++i)
        if (site.halls[i].id == hall)
            m_hall.emplace(qsizetype(i), site.halls[i]);
    if (!m_hall) {
        setObsolete(true);
        return;
    }
    std::vector<RowId> rows;
    for (const Row &row : site.rows)
        if (row.hall == hall)
            rows.push_back(row.id);
    takeRows(rows);
    std::vector<RackId> racks;
    for (const Rack &rack : site.racks)
        if (std::find(rows.begin(), rows.end(), rack.row) != rows.end())
            racks.push_back(rack.id);
    m_tenantsBefore = document->project().tenants;
    m_tenantsAfter = withoutReservations(m_tenantsBefore, racks, { hall });
    setText(tr("Delete hall %1 (%n racks)", int(m_rackCount)).arg(m_hall->second.name));
}

DeleteFloorCommand::DeleteFloorCommand(Document *document, const RowId &row, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document)
{
    takeRows({ row });
    if (m_rows.empty()) {
        setObsolete(true);
        return;
    }
    setText(tr("Delete row %1 (%n racks)", int(m_rackCount)).arg(m_rows.front().second.name));
}

DeleteFloorCommand::~DeleteFloorCommand() = default;

void DeleteFloorCommand::takeRows(const std::vector<RowId> &rows)
{
    const QSet<RowId> doomed(rows.begin(), rows.end());
    const Site &site = m_document->project().site;
    for (size_t i = 0; i < site.rows.size(); ++i)
        if (doomed.contains(site.rows[i].id))
            m_rows.emplace_back(qsizetype(i), site.rows[i]);
    std::vector<RackId> racks;
    for (const Rack &rack : site.racks)
        if (doomed.contains(rack.row))
            racks.push_back(rack.id);
    m_rackCount = qsizetype(racks.size());
    m_racks = std::make_unique<DeleteRacksCommand>(m_document, racks);
}

void DeleteFloorCommand::redo()
{
    const Document::EditBatch batch(m_document);
    if (!m_racks->isObsolete())
        m_racks->redo();
    // Back to front, so the recorded indices of the rows still to remove stay valid.
    for (auto r = m_rows.rbegin(); r != m_rows.rend(); ++r)
        m_document->takeRow(r->first);
    if (m_hall)
        m_document->takeHall(m_hall->first);
    if (m_tenantsAfter != m_tenantsBefore)
        m_document->setTenants(m_tenantsAfter);
}

void DeleteFloorCommand::undo()
{
    const Document::EditBatch batch(m_document);
    if (m_tenantsAfter != m_tenantsBefore)
        m_document->setTenants(m_tenantsBefore);
    if (m_hall)
        m_document->insertHall(m_hall->first, m_hall->second);
    for (const auto &[index, row] : m_rows)
        m_document->insertRow(index, row);
    if (!m_racks->isObsolete())
        m_racks->undo();
}

} // namespace warmshell::ui
