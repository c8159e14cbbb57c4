// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deleterackscommand.h"
#include "hall.h"

#include <QUndoCommand>

#include <memory>
#include <optional>
#include <vector>

namespace warmshell::ui {

class Document;

// Deletes a hall with its rows and their racks, or one row with its racks, as one undo entry.
// The racks go as DeleteRacksCommand takes them (with the cooling units' references to them);
// undo puts back the same hall, rows and racks with the same ids at the same places. An
// unknown hall or row makes the command obsolete (no undo entry).
class DeleteFloorCommand : public QUndoCommand
{
public:
    DeleteFloorCommand(Document *document, const HallId &hall, QUndoCommand *parent = nullptr);
    DeleteFloorCommand(Document *document, const RowId &row, QUndoCommand *parent = nullptr);
    ~DeleteFloorCommand() override;

    void redo() override;
    void undo() override;

    // Racks the command deletes (for the confirmation before it is pushed).
    qsizetype rackCount() const { return m_rackCount; }

private:
    // Records `rows` (site order) and the racks standing in them.
    void takeRows(const std::vector<RowId> &rows);

    Document *m_document;
    std::optional<std::pair<qsizetype, Hall>> m_hall; // index in the site's list
    std::vector<std::pair<qsizetype, Row>> m_rows; // ascending index in the site's list
    std::unique_ptr<DeleteRacksCommand> m_racks;
    qsizetype m_rackCount = 0;
    // A deleted hall's tenants, with and without its reservations and its racks' (set after
    // m_racks on redo, before it on undo).
    std::vector<Tenant> m_tenantsBefore;
    std::vector<Tenant> m_tenantsAfter;
};

} // namespace warmshell::ui
