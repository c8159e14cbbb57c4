// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"

namespace warmshell::bench {

// A deterministic synthetic campus for benchmarks, sized by rack count. Halls of 20 rows ×
// 50 racks; every other hall liquid (140 kW racks) and the rest air (40 kW racks); each hall
// has its own substation under a shared utility feed, generators and N+1 UPS on both A and B
// sides, one busway per row and side, N+1 CRAHs (and CDUs in liquid halls) per row. The
// fleet asks for about 1.3× the rack power in A100/H100/H200/GB200 lots. The result
// validates without problems.
Project makeSyntheticSite(int rackCount);

} // namespace warmshell::bench
