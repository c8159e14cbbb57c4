// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"

#include <QList>

class QMenu;
class QWidget;

namespace warmshell::ui {

class Document;

// The floor plan's context menu for selected racks: "Feed A ▸", "Feed B ▸" and "Cooling unit ▸",
// each listing only what can take the whole selection — power nodes with a path to a utility
// feed or generator (Feed B also "None (single-fed)"), air units for any rack and liquid units
// (CDUs) only when every selected rack is liquid-cooled. A choice rewires every selected rack
// as one undo step (ConnectFeedCommand or AssignCoolingUnitCommand per rack, in one
// EditSelectionCommand); racks already wired that way make no edit. The entry every selected
// rack already has is checked. The menu (object names "feedAMenu", "feedBMenu",
// "coolingUnitMenu"; each choice's data is the node's or unit's id, empty for none) is owned
// by the caller; `document` and `racks` are read when a choice is made.
// Below them, "Reserve for tenant ▸" (object name "reserveMenu": the project's tenants, the one
// every selected rack is reserved for by its own entry checked) and "Clear reservation"
// (object name "clearReservationAction", enabled when any selected rack has its own entry):
// one ReserveForTenantCommand for the whole selection. A rack reserved through its hall is
// edited on the hall's page (or by right-clicking the hall's floor).
QMenu *newBulkWiringMenu(Document *document, const QList<RackId> &racks, QWidget *parent);

// The floor plan's context menu for a hall's floor: "Reserve hall for tenant ▸" (object name
// "reserveHallMenu", the hall's tenant checked) and "Clear hall reservation" (object name
// "clearHallReservationAction"), each one ReserveForTenantCommand. Owned by the caller.
QMenu *newHallReservationMenu(Document *document, const HallId &hall, QWidget *parent);

} // namespace warmshell::ui
