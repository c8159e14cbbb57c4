// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"
#include "propertyfield.h"

#include <vector>

namespace warmshell::ui {

// The property editor's pages of the site (its settings and thermal model), a hall (name,
// origin and size in metres, what it holds) and a row (name, containment, its racks): one
// Field each, every write a SetPropertyCommand.
std::vector<PropertyEditor::Field> siteFields();
std::vector<PropertyEditor::Field> hallFields(const HallId &id);
std::vector<PropertyEditor::Field> rowFields(const RowId &id);
// The rack page's reservation: "Reserved for" (the rack's own entry in a tenant's
// reservedRacks, a choice of "(not reserved)" and every tenant; one ReserveForTenantCommand for
// every selected rack) and, read-only and shown only when there is one, the reservation the
// rack inherits from its hall ("Beta Labs (hall Hall 1)"). A rack reserved for one tenant in a
// hall reserved for another is accepted like any edit and reported by validation (model/tenant.h).
std::vector<PropertyEditor::Field> rackReservationFields(const RackId &id);

} // namespace warmshell::ui
