// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coolingunit.h"

#include <QUndoCommand>

namespace warmshell::ui {

class Document;

// Appends a cooling unit (with the racks it serves) to the site; its id must be unused.
class AddCoolingUnitCommand : public QUndoCommand
{
public:
    AddCoolingUnitCommand(Document *document, CoolingUnit unit, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    CoolingUnit m_unit;
};

} // namespace warmshell::ui
