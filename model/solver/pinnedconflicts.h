// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formulation.h"

#include <QStringList>

namespace warmshell::solver {

// Pinned contents that cannot all run at f.date: each reason names the racks and the
// constraint (a rack with no live supply or the wrong cooling, more pinned systems than the
// fleet has, a rack's own limits; then, if none of those, the pinned load against every power
// node, cooling unit and inlet limit). Empty when every pinned system can run.
QStringList pinnedConflicts(const Project &project, const Catalog &catalog, const Formulation &f);

} // namespace warmshell::solver
