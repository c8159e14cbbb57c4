// SPDX-License-Identifier: GPL-3.0-or-later
#include "addcustommodelcommand.h"

#include "document/document.h"
#include "project.h"

#include <QCoreApplication>

namespace warmshell::ui {

AddCustomModelCommand::AddCustomModelCommand(Document *document, SystemModel model, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_model(std::move(model))
{
    setText(QCoreApplication::translate("AddCustomModelCommand", "Add custom model %1").arg(m_model.name));
}

void AddCustomModelCommand::redo()
{
    m_document->modifyProject([this](Project &p) { p.customModels.push_back(m_model); });
}

void AddCustomModelCommand::undo()
{
    m_document->modifyProject([](Project &p) {
        if (!p.customModels.empty())
            p.customModels.pop_back();
    });
}

} // namespace warmshell::ui
