// SPDX-License-Identifier: GPL-3.0-or-later
#include "removepowernodecommand.h"

#include "document/document.h"

#include <QCoreApplication>

namespace warmshell::ui {

RemovePowerNodeCommand::RemovePowerNodeCommand(Document *document, const PowerNodeId &node, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_node(node), m_before(document->project().site.power),
      m_after(m_before)
{
    const PowerNode *removed = m_before.node(node);
    setText(QCoreApplication::translate("RemovePowerNodeCommand", "Remove power node %1")
                .arg(removed ? removed->name : node.toString()));
    if (!m_after.removeNode(node)) {
        setObsolete(true);
        return;
    }
    for (const Rack &rack : document->project().site.racks)
        if (rack.feedA == node || rack.feedB == node)
            m_racksBefore.push_back(rack);
}

void RemovePowerNodeCommand::redo()
{
    Document::EditBatch batch(m_document);
    m_document->setPowerChain(m_after);
    for (Rack rack : m_racksBefore) {
        if (rack.feedA == m_node)
            rack.feedA = PowerNodeId();
        if (rack.feedB == m_node)
            rack.feedB = PowerNodeId();
        m_document->replaceRack(rack);
    }
}

void RemovePowerNodeCommand::undo()
{
    Document::EditBatch batch(m_document);
    m_document->setPowerChain(m_before);
    for (const Rack &rack : m_racksBefore)
        m_document->replaceRack(rack);
}

} // namespace warmshell::ui
