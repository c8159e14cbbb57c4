// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "powerchain.h"
#include "rack.h"

#include <QUndoCommand>

namespace warmshell::ui {

class Document;

// Removes a power node, its edges, and every rack feed that named it (the feed becomes
// unconnected). Undo restores the chain and the racks exactly. Obsolete for an unknown id.
class RemovePowerNodeCommand : public QUndoCommand
{
public:
    RemovePowerNodeCommand(Document *document, const PowerNodeId &node, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    PowerNodeId m_node;
    PowerChain m_before;
    PowerChain m_after;
    std::vector<Rack> m_racksBefore; // racks fed by the node, as they were
};

} // namespace warmshell::ui
