// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lot.h"

#include <QUndoCommand>

namespace warmshell {
class Catalog;
struct Project;
} // namespace warmshell

namespace warmshell::ui {

class Document;

// The lot `lot` of `project` changed to system model `model`, with what followed the old
// model: the unit cost becomes the new model's catalog price when it was the old model's
// (the user had not set it), and the name becomes placement::lotName() of the new model when
// it was the old model's name or lotName() (the user had not renamed it). Models resolve
// through `builtIn` and the project's catalog; an unknown old model leaves cost and name.
FleetLot lotWithModel(const Project &project, const Catalog &builtIn, const FleetLot &lot, const SystemModelId &model);

// Changes a lot's model as lotWithModel() does: one undo entry, whatever follows the model.
// Obsolete for an unknown lot or the model it already has.
class SetLotModelCommand : public QUndoCommand
{
public:
    SetLotModelCommand(Document *document, const Catalog &builtIn, const LotId &lot, const SystemModelId &model,
        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const FleetLot &after() const { return m_after; }

private:
    Document *m_document;
    FleetLot m_before;
    FleetLot m_after;
};

} // namespace warmshell::ui
