// SPDX-License-Identifier: GPL-3.0-or-later
#include "addrackcommand.h"

#include <QCoreApplication>

namespace warmshell::ui {

AddRackCommand::AddRackCommand(
    Document *document, Rack rack, std::optional<Row> newRow, std::vector<CoolingUnitId> servedBy, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document),
      m_insertion(std::move(newRow), { RackInsertion::Entry{ rack, std::move(servedBy) } })
{
    setText(QCoreApplication::translate("AddRackCommand", "Add rack %1").arg(rack.name));
}

void AddRackCommand::redo()
{
    m_insertion.apply(m_document);
}
void AddRackCommand::undo()
{
    m_insertion.revert(m_document);
}

} // namespace warmshell::ui
