// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"
#include "rack.h"

#include <QUndoCommand>

#include <vector>

namespace warmshell::ui {

class Document;

// Pins `count` more systems of `model` into `rack` (count < 0 unpins, never below zero):
// the rack's pinned contents before and after are kept, so undo and redo restore them
// exactly. The document must outlive the command (it owns the undo stack the command is on).
// A rack id that does not exist makes a command that changes nothing.
class PinSystemsCommand : public QUndoCommand
{
public:
    PinSystemsCommand(
        Document *document, RackId rack, const SystemModelId &model, int count, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const std::vector<PinnedSystems> &before() const { return m_before; }
    const std::vector<PinnedSystems> &after() const { return m_after; }

private:
    void apply(const std::vector<PinnedSystems> &pinned);

    Document *m_document;
    RackId m_rack;
    std::vector<PinnedSystems> m_before;
    std::vector<PinnedSystems> m_after;
};

} // namespace warmshell::ui
