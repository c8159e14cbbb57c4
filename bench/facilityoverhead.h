// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"

namespace warmshell::bench {

// Puts facility power on every node and unit of a generated site, the same rule for any
// generator: efficiencies by node kind (UPS 0.96, transformer and substation 0.985,
// switchboard, PDU and busway 0.995; sources lossless), every cooling unit fed from the feed
// of the first rack it serves (CRAH, CRAC and rear door 0.25 kW per kW of heat, chiller-backed;
// CDU 0.03 kW/kW, pumps), and house load of 1 % of each utility feed's usable capacity.
void addFacilityOverhead(Project &project);

} // namespace warmshell::bench
