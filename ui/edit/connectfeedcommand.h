// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "powerchain.h"
#include "rack.h"

#include <QUndoCommand>

#include <optional>

namespace warmshell::ui {

class Document;

// Reconnects power: either a rack's A or B feed to another node (a null node disconnects
// it), or one input of a power node (replaces `from` with `to`; a null `from` adds an
// input, a null `to` removes one). Obsolete when nothing would change (same node, an input
// that is already there, an edge that does not exist).
class ConnectFeedCommand : public QUndoCommand
{
public:
    enum class Side { A, B };

    ConnectFeedCommand(
        Document *document, const RackId &rack, Side side, const PowerNodeId &node, QUndoCommand *parent = nullptr);
    ConnectFeedCommand(Document *document, const PowerNodeId &node, const PowerNodeId &from, const PowerNodeId &to,
        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    std::optional<Rack> m_rackBefore, m_rackAfter;
    std::optional<PowerChain> m_chainBefore, m_chainAfter;
};

} // namespace warmshell::ui
