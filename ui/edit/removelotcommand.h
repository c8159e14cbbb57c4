// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lot.h"

#include <QUndoCommand>

namespace warmshell::ui {

class Document;

// Removes a lot from the fleet; undo puts it back at the same place. Obsolete for an
// unknown id.
class RemoveLotCommand : public QUndoCommand
{
public:
    RemoveLotCommand(Document *document, const LotId &lot, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    qsizetype m_index = -1;
    FleetLot m_lot;
};

} // namespace warmshell::ui
