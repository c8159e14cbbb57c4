// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hall.h"

#include <QUndoCommand>

namespace warmshell::ui {

class Document;

// Appends a hall to the site; its id must be unused.
class AddHallCommand : public QUndoCommand
{
public:
    AddHallCommand(Document *document, Hall hall, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Hall m_hall;
};

} // namespace warmshell::ui
