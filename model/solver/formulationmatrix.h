// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formulation.h"

namespace warmshell::solver {

// The last steps of buildFormulation(), once the groups have their variants and patterns.

// Columns, group by group (patterns, systems, heat shares), then the lots; columnOf()
// indexes them by position, so no lookup table is built.
void addColumns(Formulation &f);
// Rows and their entries: per group its rack count, shape slots and heat splits; then the
// fleet, power node, cooling unit and inlet rows.
void addRows(Formulation &f);

} // namespace warmshell::solver
