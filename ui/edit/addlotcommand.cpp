// SPDX-License-Identifier: GPL-3.0-or-later
#include "addlotcommand.h"

#include "document/document.h"

#include <QCoreApplication>

namespace warmshell::ui {

AddLotCommand::AddLotCommand(Document *document, FleetLot lot, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_lot(std::move(lot))
{
    setText(QCoreApplication::translate("AddLotCommand", "Add lot %1").arg(m_lot.name));
}

void AddLotCommand::redo()
{
    m_document->insertLot(qsizetype(m_document->project().fleet.size()), m_lot);
}
void AddLotCommand::undo()
{
    m_document->takeLot(qsizetype(m_document->project().fleet.size()) - 1);
}

} // namespace warmshell::ui
