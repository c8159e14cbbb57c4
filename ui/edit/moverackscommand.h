// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hall.h"
#include "ids.h"

#include <QUndoCommand>

#include <vector>

namespace warmshell::ui {

class Document;

// Moves racks to new positions (metres from their hall's origin). A whole drag of a
// selection is one command. Becomes obsolete (no undo entry) when no rack changes position.
class MoveRacksCommand : public QUndoCommand
{
public:
    struct Move
    {
        RackId rack;
        FloorPoint from;
        FloorPoint to;
    };

    MoveRacksCommand(Document *document, std::vector<Move> moves, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void place(bool forward);

    Document *m_document;
    std::vector<Move> m_moves;
};

} // namespace warmshell::ui
