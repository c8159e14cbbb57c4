// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lot.h"

#include <QUndoCommand>

namespace warmshell::ui {

class Document;

// Appends a lot to the fleet; its id must be unused.
class AddLotCommand : public QUndoCommand
{
public:
    AddLotCommand(Document *document, FleetLot lot, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    FleetLot m_lot;
};

} // namespace warmshell::ui
