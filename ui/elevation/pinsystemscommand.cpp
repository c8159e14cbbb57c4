// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinsystemscommand.h"

#include "document/document.h"
#include "project.h"

#include <QCoreApplication>

#include <algorithm>

namespace warmshell::ui {

PinSystemsCommand::PinSystemsCommand(
    Document *document, RackId rack, const SystemModelId &model, int count, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_rack(std::move(rack))
{
    const Rack *r = m_document->project().site.rack(m_rack);
    if (r)
        m_before = r->pinned;
    m_after = m_before;
    if (r) {
        auto it
            = std::find_if(m_after.begin(), m_after.end(), [&](const PinnedSystems &p) { return p.model == model; });
        if (it == m_after.end() && count > 0)
            it = m_after.insert(m_after.end(), PinnedSystems{ model, 0 });
        if (it != m_after.end()) {
            it->count = std::max(0, it->count + count);
            if (it->count == 0)
                m_after.erase(it);
        }
    }
    const QString name = r ? (r->name.isEmpty() ? m_rack.toString() : r->name) : m_rack.toString();
    setText(count >= 0 ? QCoreApplication::translate("PinSystemsCommand", "Pin %1 × %2 in %3")
                             .arg(count)
                             .arg(model.toString(), name)
                       : QCoreApplication::translate("PinSystemsCommand", "Unpin %1 × %2 from %3")
                             .arg(-count)
                             .arg(model.toString(), name));
    if (m_before == m_after)
        setObsolete(true); // nothing to do: QUndoStack drops it
}

void PinSystemsCommand::redo()
{
    apply(m_after);
}

void PinSystemsCommand::undo()
{
    apply(m_before);
}

void PinSystemsCommand::apply(const std::vector<PinnedSystems> &pinned)
{
    if (m_before == m_after)
        return;
    m_document->modifyProject([&](Project &project) {
        if (Rack *r = project.site.rack(m_rack))
            r->pinned = pinned;
    });
}

} // namespace warmshell::ui
