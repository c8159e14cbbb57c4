// SPDX-License-Identifier: GPL-3.0-or-later
#include "addcoolingunitcommand.h"

#include "document/document.h"

#include <QCoreApplication>

namespace warmshell::ui {

AddCoolingUnitCommand::AddCoolingUnitCommand(Document *document, CoolingUnit unit, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_unit(std::move(unit))
{
    setText(QCoreApplication::translate("AddCoolingUnitCommand", "Add cooling unit %1").arg(m_unit.name));
}

void AddCoolingUnitCommand::redo()
{
    m_document->insertCoolingUnit(qsizetype(m_document->project().site.coolingUnits.size()), m_unit);
}

void AddCoolingUnitCommand::undo()
{
    m_document->takeCoolingUnit(qsizetype(m_document->project().site.coolingUnits.size()) - 1);
}

} // namespace warmshell::ui
