// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/netboxpower.h"

// The floor of a NetBox import. NetBox stores no floor position, so the racks are laid out on
// a grid.
namespace warmshell::netbox {

// Adds to `site` a hall per NetBox site and location (in the order of their first rack in
// `racks`), rows of up to 10 racks in name order, the racks (liquid when NetBox says hybrid or
// liquid-only; limited by their feeds and by their cooling capacity), and a synthetic air unit
// "nb-air-<hall>" per hall sized to its racks' limits (addCooling may take racks from it). Rack
// limits above the file format's maximum are capped and reported.
void layOutFloor(const std::vector<FedRack> &racks, Site &site, ProblemList &report);

} // namespace warmshell::netbox
