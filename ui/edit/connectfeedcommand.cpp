// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectfeedcommand.h"

#include "document/document.h"

#include <QCoreApplication>

namespace warmshell::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("warmshell::ui::ConnectFeedCommand", text);
}
} // namespace

ConnectFeedCommand::ConnectFeedCommand(
    Document *document, const RackId &rack, Side side, const PowerNodeId &node, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document)
{
    const Rack *current = document->project().site.rack(rack);
    setText((side == Side::A ? tr("Connect feed A of %1") : tr("Connect feed B of %1"))
                .arg(current ? current->name : rack.toString()));
    if (!current) {
        setObsolete(true);
        return;
    }
    m_rackBefore = *current;
    m_rackAfter = *current;
    (side == Side::A ? m_rackAfter->feedA : m_rackAfter->feedB) = node;
    setObsolete(*m_rackBefore == *m_rackAfter);
}

ConnectFeedCommand::ConnectFeedCommand(
    Document *document, const PowerNodeId &node, const PowerNodeId &from, const PowerNodeId &to, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_chainBefore(document->project().site.power),
      m_chainAfter(m_chainBefore)
{
    const PowerNode *current = m_chainBefore->node(node);
    setText(tr("Reconnect input of %1").arg(current ? current->name : node.toString()));
    bool changed = current != nullptr;
    if (changed && !from.isNull())
        changed = m_chainAfter->disconnect(from, node);
    if (changed && !to.isNull())
        changed = m_chainAfter->connect(to, node);
    setObsolete(!changed || from == to);
}

void ConnectFeedCommand::redo()
{
    if (m_rackAfter)
        m_document->replaceRack(*m_rackAfter);
    else if (m_chainAfter)
        m_document->setPowerChain(*m_chainAfter);
}

void ConnectFeedCommand::undo()
{
    if (m_rackBefore)
        m_document->replaceRack(*m_rackBefore);
    else if (m_chainBefore)
        m_document->setPowerChain(*m_chainBefore);
}

} // namespace warmshell::ui
