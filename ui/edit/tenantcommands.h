// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"
#include "tenant.h"

#include <QUndoCommand>

#include <vector>

namespace warmshell::ui {

class Document;

// `tenants` with `racks` and `halls` taken out of every reservation (racks and halls about to
// be deleted: a reservation never names what the site does not have).
std::vector<Tenant> withoutReservations(
    std::vector<Tenant> tenants, const std::vector<RackId> &racks, const std::vector<HallId> &halls);

// Appends a tenant to the project's tenants; its id must be unused. Undo removes it again.
class AddTenantCommand : public QUndoCommand
{
public:
    AddTenantCommand(Document *document, Tenant tenant, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Tenant m_tenant;
};

// Removes a tenant with its reservations; its lots become the operator's own (their tenant
// cleared), so the project stays valid. Undo puts the tenant back at its place and gives the
// lots back to it. Obsolete for an unknown id.
class RemoveTenantCommand : public QUndoCommand
{
public:
    RemoveTenantCommand(Document *document, const TenantId &tenant, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    std::vector<Tenant> m_before; // the whole list, to restore order exactly
    std::vector<Tenant> m_after;
    std::vector<LotId> m_lots; // the lots that belonged to the tenant
    TenantId m_tenant;
};

// Reserves racks and halls for one tenant, or clears their reservations (a null tenant), as one
// undo step. Each rack and hall given is first taken out of every tenant's own list of reserved
// racks or halls, then, for a tenant, appended to that tenant's list (the racks in site order). A rack reserved through
// its hall stays so: clearing touches only the racks' own entries, and reserving a rack in a hall reserved for another
// tenant is an overlap that validation reports (model/tenant.h). Obsolete when nothing changes or the tenant is
// unknown.
class ReserveForTenantCommand : public QUndoCommand
{
public:
    ReserveForTenantCommand(Document *document, const std::vector<RackId> &racks, const std::vector<HallId> &halls,
        const TenantId &tenant, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const std::vector<Tenant> &tenantsAfter() const { return m_after; }

private:
    Document *m_document;
    std::vector<Tenant> m_before;
    std::vector<Tenant> m_after;
};

} // namespace warmshell::ui
