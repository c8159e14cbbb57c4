// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formulation.h"

#include <QHash>

#include <utility>
#include <vector>

namespace warmshell::solver {

class NodeMultipliers;

// Steps of buildFormulation() that find the usable racks, what can bind, and the rack groups.
// Each fills its part of `f` and needs the parts the steps before it filled (power nodes,
// cooling units, lots and variants first).

// The usable racks, in site order, each with its supply (index into Formulation::supplies).
using UsableRacks = std::vector<std::pair<const Rack *, int>>;
// Per rack whose exhaust reaches an inlet that can get too hot: (index into
// Formulation::thermal, °C per kW of its air heat).
using ThermalTerms = QHash<const Rack *, std::vector<std::pair<int, double>>>;

// Supplies: the live feeds and cooling of each rack, and what its load and cooling draw put on
// each node (`multipliers`; needs the fixed loads). Racks with no live power on a feed, no live
// air-side unit, or whose load would reach a node that its fixed load alone overloads, go to
// f.deadRacks.
UsableRacks addSupplies(Formulation &f, const Site &site, NodeMultipliers &multipliers);
// Power nodes and cooling units that can bind: those that some plan could overload.
void markBindingCapacities(Formulation &f, const UsableRacks &usable);
// Thermal limits that can bind (thermal model on), and the terms of the racks they reach.
ThermalTerms addThermalLimits(Formulation &f, const Site &site, const UsableRacks &usable);
// Racks identical as far as any binding capacity can tell, reserved for the same tenant and
// in the same fabric domains, grouped (see RackGroup). `reservedFor`: per rack of `site`
// (rackReservations), or empty when the project has no tenants; `fabricKey`: per rack of
// `site`, equal for racks in the same domains of every cluster (clusterRackKeys), or empty
// when the project has no clusters.
void groupRacks(Formulation &f, const UsableRacks &usable, const ThermalTerms &thermal, const Site &site,
    const std::vector<int> &reservedFor, const std::vector<int> &fabricKey);
// Each group's hall (RackGroup::hall).
void markHalls(Formulation &f, const Site &site);
// Each group's label, allowed variants, pinned contents and rack patterns, or its slot shapes
// once `patternBudget` patterns are spent (rackslots.h). `fullPowerVariant`: per (model,
// tenant) pool, its full-power variant. A rack's pinned systems are its reservation's tenant's
// (the operator's own in an open rack).
void addPatterns(Formulation &f, const FullPowerVariants &fullPowerVariant, size_t patternBudget);

} // namespace warmshell::solver
