// SPDX-License-Identifier: GPL-3.0-or-later
#include "addpowernodecommand.h"

#include "document/document.h"

#include <QCoreApplication>

namespace warmshell::ui {

AddPowerNodeCommand::AddPowerNodeCommand(
    Document *document, const PowerNode &node, const std::vector<PowerNodeId> &inputs, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_before(document->project().site.power), m_after(m_before)
{
    setText(QCoreApplication::translate("AddPowerNodeCommand", "Add power node %1").arg(node.name));
    if (!m_after.addNode(node)) {
        setObsolete(true); // null or taken id: nothing to do
        return;
    }
    for (const PowerNodeId &input : inputs)
        m_after.connect(input, node.id);
}

void AddPowerNodeCommand::redo()
{
    m_document->setPowerChain(m_after);
}
void AddPowerNodeCommand::undo()
{
    m_document->setPowerChain(m_before);
}

} // namespace warmshell::ui
