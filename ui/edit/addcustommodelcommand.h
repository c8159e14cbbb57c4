// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "systemmodel.h"

#include <QUndoCommand>

namespace warmshell::ui {

class Document;

// Appends a system model to the project's own catalog (Project::customModels, saved as the
// file's "catalog" array); its id must be neither built in nor already in the project.
// Undo removes it again (the last entry).
class AddCustomModelCommand : public QUndoCommand
{
public:
    AddCustomModelCommand(Document *document, SystemModel model, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    SystemModel m_model;
};

} // namespace warmshell::ui
