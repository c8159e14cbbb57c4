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
// single point of failure, racks nobody cools, pinned contents that cannot fit their rack.
// Pure function; an empty result means the project is valid. `builtIn` resolves model ids.
// Lists at most limits::maxProblems problems, then "… and N more" (problemCount() gives N).
std::vector<Problem> validateProject(const Project &project, const Catalog &builtIn);

} // namespace warmshell
