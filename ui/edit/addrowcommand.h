// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rackinsertion.h"

#include <QUndoCommand>

namespace warmshell::ui {

// Appends a new row and its racks (in order) to the site; every rack is served by
// `servedBy`. The row's and the racks' ids must be unused.
class AddRowCommand : public QUndoCommand
{
public:
    AddRowCommand(Document *document, Row row, std::vector<Rack> racks, std::vector<CoolingUnitId> servedBy = {},
        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    RackInsertion m_insertion;
};

} // namespace warmshell::ui
