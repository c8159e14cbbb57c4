// SPDX-License-Identifier: GPL-3.0-or-later
#include "setlotmodelcommand.h"

#include "catalog.h"
#include "document/document.h"
#include "edit/placement.h"
#include "edit/setpropertycommand.h"

#include <QCoreApplication>

namespace warmshell::ui {

FleetLot lotWithModel(const Project &project, const Catalog &builtIn, const FleetLot &lot, const SystemModelId &model)
{
    FleetLot out = lot;
    out.model = model;
    const SystemModel *before = project.model(lot.model, builtIn);
    const SystemModel *after = project.model(model, builtIn);
    if (!before || !after || lot.model == model)
        return out;
    if (lot.unitCost == before->price)
        out.unitCost = after->price;
    if (lot.name.isEmpty() || lot.name == before->name || lot.name == placement::lotName(*before))
        out.name = placement::lotName(*after);
    return out;
}

SetLotModelCommand::SetLotModelCommand(
    Document *document, const Catalog &builtIn, const LotId &lot, const SystemModelId &model, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document)
{
    const FleetLot *found = LotTraits::find(document->project(), lot);
    if (!found) {
        setObsolete(true);
        return;
    }
    m_before = *found;
    m_after = lotWithModel(document->project(), builtIn, m_before, model);
    setText(QCoreApplication::translate("SetLotModelCommand", "Change model of %1")
                .arg(m_before.name.isEmpty() ? m_before.id.toString() : m_before.name));
    setObsolete(m_before == m_after);
}

void SetLotModelCommand::redo()
{
    m_document->replaceLot(m_after);
}

void SetLotModelCommand::undo()
{
    m_document->replaceLot(m_before);
}

} // namespace warmshell::ui
