// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"
#include "rack.h"
#include "tenant.h"

#include <QUndoCommand>

#include <vector>

namespace warmshell::ui {

class Document;

// Deletes racks and every reference to them (the cooling units' "serves" lists, the tenants'
// reserved racks). Undo puts
// back the same racks with the same ids at the same places in every list. Unknown ids are
// ignored; with none known the command is obsolete (no undo entry).
class DeleteRacksCommand : public QUndoCommand
{
public:
    DeleteRacksCommand(Document *document, const std::vector<RackId> &racks, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    struct Served
    {
        CoolingUnitId unit;
        qsizetype position;
        RackId rack;
    };

    Document *m_document;
    std::vector<std::pair<qsizetype, Rack>> m_racks; // ascending index in the site's list
    std::vector<Served> m_served; // ascending (unit order, position)
    std::vector<Tenant> m_tenantsBefore; // the tenants with and without the racks' reservations
    std::vector<Tenant> m_tenantsAfter;
};

} // namespace warmshell::ui
