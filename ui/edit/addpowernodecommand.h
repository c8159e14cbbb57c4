// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "powerchain.h"

#include <QUndoCommand>

namespace warmshell::ui {

class Document;

// Adds a power node fed from `inputs` (existing nodes; empty for a source). The node's id
// must be unused. The chain is swapped whole, so undo restores it exactly.
class AddPowerNodeCommand : public QUndoCommand
{
public:
    AddPowerNodeCommand(Document *document, const PowerNode &node, const std::vector<PowerNodeId> &inputs,
        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    PowerChain m_before;
    PowerChain m_after;
};

} // namespace warmshell::ui
