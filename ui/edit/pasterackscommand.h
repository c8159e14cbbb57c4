// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rackinsertion.h"

#include <QUndoCommand>

namespace warmshell {
struct Project;
}

namespace warmshell::ui {

// Pastes copies of racks: each copy gets a fresh id (unused in `project`), its name with
// " copy", its position moved by `offset` (metres, in its hall) and the same row, feeds
// and serving cooling units as the original (units that no longer exist are skipped).
class PasteRacksCommand : public QUndoCommand
{
public:
    PasteRacksCommand(Document *document, const std::vector<RackInsertion::Entry> &copied, FloorPoint offset,
        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    std::vector<RackId> pastedIds() const;

private:
    Document *m_document;
    RackInsertion m_insertion;
};

} // namespace warmshell::ui
