// SPDX-License-Identifier: GPL-3.0-or-later
#include "editselectioncommand.h"

#include "document/document.h"

#include <QUndoStack>

namespace warmshell::ui {

EditSelectionCommand::EditSelectionCommand(
    Document *document, const QString &text, std::vector<std::unique_ptr<QUndoCommand>> edits)
    : m_document(document), m_edits(std::move(edits))
{
    setText(text);
}

void EditSelectionCommand::redo()
{
    const Document::EditBatch batch(m_document);
    for (const auto &edit : m_edits)
        edit->redo();
}

void EditSelectionCommand::undo()
{
    const Document::EditBatch batch(m_document);
    for (auto edit = m_edits.rbegin(); edit != m_edits.rend(); ++edit)
        (*edit)->undo();
}

size_t pushAsOneStep(Document *document, std::vector<std::unique_ptr<QUndoCommand>> edits,
    const std::function<QString(qsizetype)> &textForMany)
{
    std::erase_if(edits, [](const std::unique_ptr<QUndoCommand> &edit) { return !edit || edit->isObsolete(); });
    if (edits.size() == 1) {
        document->undoStack()->push(edits.front().release());
        return 1;
    }
    const size_t count = edits.size();
    if (count > 1)
        document->undoStack()->push(
            new EditSelectionCommand(document, textForMany(qsizetype(count)), std::move(edits)));
    return count;
}

} // namespace warmshell::ui
