// SPDX-License-Identifier: GPL-3.0-or-later
#include "addrowcommand.h"

#include <QCoreApplication>

namespace warmshell::ui {

namespace {
std::vector<RackInsertion::Entry> entries(std::vector<Rack> racks, const std::vector<CoolingUnitId> &servedBy)
{
    std::vector<RackInsertion::Entry> out;
    out.reserve(racks.size());
    for (Rack &rack : racks)
        out.push_back({ std::move(rack), servedBy });
    return out;
}
} // namespace

AddRowCommand::AddRowCommand(
    Document *document, Row row, std::vector<Rack> racks, std::vector<CoolingUnitId> servedBy, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_insertion(row, entries(std::move(racks), servedBy))
{
    setText(QCoreApplication::translate(
        "AddRowCommand", "Add row %1 (%n racks)", nullptr, int(m_insertion.entries().size()))
                .arg(row.name));
}

void AddRowCommand::redo()
{
    m_insertion.apply(m_document);
}
void AddRowCommand::undo()
{
    m_insertion.revert(m_document);
}

} // namespace warmshell::ui
