// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"
#include "project.h"

#include <vector>

namespace warmshell {

class Catalog;

// Checks a project for everything that makes it unusable or contradictory and names each
// problem with the JSON path of the offending field: values out of range (negative, NaN,
// absurd), duplicate ids, dangling references, cycles in the power chain, nodes and racks
// with no path to a utility feed or generator, dual-fed racks whose A and B sides share a
// single point of failure, racks nobody cools, racks that overlap another rack of their hall,
// pinned contents that cannot fit their rack, maintenance windows that name nothing, end
// before they start, name a module the object lacks or overlap another on the same object.
// Pure function; an empty result means the project is valid. `builtIn` resolves model ids.
// Lists at most limits::maxProblems problems, then "… and N more" (problemCount() gives N).
std::vector<Problem> validateProject(const Project &project, const Catalog &builtIn);

// What validateProject() would report about the pinned contents of `rack` if it replaced the
// rack of `project` with its id (or were added after the last): systems over its height,
// power or weight limit, a whole-rack system with others, liquid systems in an air rack,
// unknown models. For refusing an edit before it is made.
std::vector<Problem> validatePinnedContents(const Project &project, const Catalog &builtIn, const Rack &rack);

} // namespace warmshell
