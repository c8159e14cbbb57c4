// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/netboxobjects.h"
#include "site.h"

// NetBox 4.7 cooling (cooling sources and cooling feeds) on a laid-out import. See docs/netbox.md.
namespace warmshell::netbox {

// Adds the cooling of `objects` to `site`, whose racks and synthetic per-hall air units
// layOutFloor made:
// - every imported cooling source becomes a unit "nb-cool-<id>" of its kind and capacity
//   (chiller, tower, dry cooler: plant; CRAC, CRAH: room units serving the racks of its feeds);
// - a feed from a plant source becomes a room unit "nb-coolfeed-<id>" serving its one rack and
//   rejecting to the source: a CDU for a liquid rack, a rear door for an air rack, of the feed's
//   capacity (the rack's limit, never binding, when the feed states none);
// - a feed's capacity from a room source limits its rack as the rack's own cooling capacity does;
// - a rack a NetBox air unit cools leaves its hall's synthetic air unit, which is resized to
//   the racks it keeps and dropped when it keeps none.
// Every assumption has its line in `report` (path "cooling" or the object's path), among them
// liquid racks that no liquid unit serves and plant that no room unit rejects to.
void addCooling(const NetBoxObjects &objects, bool coolingGiven, Site &site, ProblemList &report);

} // namespace warmshell::netbox
