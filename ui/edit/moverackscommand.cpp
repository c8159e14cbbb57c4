// SPDX-License-Identifier: GPL-3.0-or-later
#include "moverackscommand.h"

#include "document/document.h"

#include <QCoreApplication>

#include <algorithm>

namespace warmshell::ui {

MoveRacksCommand::MoveRacksCommand(Document *document, std::vector<Move> moves, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_moves(std::move(moves))
{
    std::erase_if(m_moves, [](const Move &m) { return m.from == m.to; });
    setText(m_moves.size() == 1
            ? QCoreApplication::translate("MoveRacksCommand", "Move rack %1").arg(m_moves.front().rack.toString())
            : QCoreApplication::translate("MoveRacksCommand", "Move %n racks", nullptr, int(m_moves.size())));
    if (m_moves.empty())
        setObsolete(true);
}

void MoveRacksCommand::place(bool forward)
{
    Document::EditBatch batch(m_document);
    for (const Move &move : m_moves) {
        const Rack *rack = m_document->project().site.rack(move.rack);
        if (!rack)
            continue;
        Rack moved = *rack;
        moved.position = forward ? move.to : move.from;
        m_document->replaceRack(moved);
    }
}

void MoveRacksCommand::redo()
{
    place(true);
}
void MoveRacksCommand::undo()
{
    place(false);
}

} // namespace warmshell::ui
