// SPDX-License-Identifier: GPL-3.0-or-later
#include "editselectioncommand.h"

#include "document/document.h"

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

} // namespace warmshell::ui
