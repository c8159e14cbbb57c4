// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rackinsertion.h"

#include <QUndoCommand>

namespace warmshell::ui {

// Appends one rack to the site, optionally with a new row to stand in (appended to the rows)
// and the cooling units that serve it. The rack's id must be unused (see IdAllocator).
class AddRackCommand : public QUndoCommand
{
public:
    AddRackCommand(Document *document, Rack rack, std::optional<Row> newRow = {},
        std::vector<CoolingUnitId> servedBy = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    RackInsertion m_insertion;
};

} // namespace warmshell::ui
