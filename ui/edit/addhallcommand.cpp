// SPDX-License-Identifier: GPL-3.0-or-later
#include "addhallcommand.h"

#include "document/document.h"

#include <QCoreApplication>

namespace warmshell::ui {

AddHallCommand::AddHallCommand(Document *document, Hall hall, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_hall(std::move(hall))
{
    setText(QCoreApplication::translate("AddHallCommand", "Add hall %1").arg(m_hall.name));
}

void AddHallCommand::redo()
{
    m_document->insertHall(qsizetype(m_document->project().site.halls.size()), m_hall);
}

void AddHallCommand::undo()
{
    m_document->takeHall(qsizetype(m_document->project().site.halls.size()) - 1);
}

} // namespace warmshell::ui
