// SPDX-License-Identifier: GPL-3.0-or-later
#include "removelotcommand.h"

#include "document/document.h"

#include <QCoreApplication>

namespace warmshell::ui {

RemoveLotCommand::RemoveLotCommand(Document *document, const LotId &lot, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document)
{
    const auto &fleet = document->project().fleet;
    for (size_t i = 0; i < fleet.size(); ++i) {
        if (fleet[i].id == lot) {
            m_index = qsizetype(i);
            m_lot = fleet[i];
        }
    }
    setText(QCoreApplication::translate("RemoveLotCommand", "Remove lot %1")
                .arg(m_lot.name.isEmpty() ? lot.toString() : m_lot.name));
    setObsolete(m_index < 0);
}

void RemoveLotCommand::redo()
{
    m_document->takeLot(m_index);
}
void RemoveLotCommand::undo()
{
    m_document->insertLot(m_index, m_lot);
}

} // namespace warmshell::ui
