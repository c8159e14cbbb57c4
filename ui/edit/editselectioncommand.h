// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include <functional>
#include <memory>
#include <vector>

namespace warmshell::ui {

class Document;

// Edits made as one, such as a property set on every selected object: one undo entry that
// applies its edits in order and undoes them in reverse order, inside one
// Document::EditBatch, so the document emits changed() once. Owns the edits; `text` names
// the whole ("Change power limit of 24 racks").
class EditSelectionCommand : public QUndoCommand
{
public:
    EditSelectionCommand(Document *document, const QString &text, std::vector<std::unique_ptr<QUndoCommand>> edits);

    void redo() override;
    void undo() override;

    size_t editCount() const { return m_edits.size(); }

private:
    Document *m_document;
    std::vector<std::unique_ptr<QUndoCommand>> m_edits;
};

// Pushes `edits` on the document's undo stack as one step: nothing when every edit is obsolete
// (changes nothing), the edit itself when it is the only one left (its own text and merge id,
// so a spin-box scrub still merges), else one EditSelectionCommand named textForMany(number
// of edits left). Null edits are skipped. Returns how many edits were pushed.
size_t pushAsOneStep(Document *document, std::vector<std::unique_ptr<QUndoCommand>> edits,
    const std::function<QString(qsizetype)> &textForMany);

} // namespace warmshell::ui
