// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"

namespace warmshell::bench {

// A deterministic synthetic campus for benchmarks, sized by IT power (the sum of the rack
// power limits, in MW). About 6% of that power is in air halls (racks of 30, 35, 40 or 45 kW
// by row, 42 U, one N+1 CRAH unit per row) and the rest in liquid halls (racks of 130, 140
// or 150 kW by row, 48 U, one N+1 CDU and one N+1 CRAH unit per row, the CRAH sized for the
// air share of the heat). Halls hold up to 10 rows of 20 racks. Power is 2N: every hall has
// an A and a B side, each with its own transformer, generator, N+1 UPS and switchboard, and
// one busway per row and side; transformers hang under one utility feed per block of eight
// halls, so the validator finds no single point of failure. A few racks carry pinned systems
// (two DGX A100 in the first air rack, a GB200 NVL72 in each of the first two liquid racks).
// The fleet of 8 generations available at planStart (A100, H100, H200, B200, MI300X, MI325X
// in air; GB200, GB300, MI355X in liquid; plus a B300 lot still on order) asks for about
// 1.35× the power of each cooling type. 1 MW gives ~10 racks, 100 MW ~830, 5 GW ~41,600.
// validateProject finds no problem.
Project makeSyntheticSiteByPower(double itMegawatts);

// The same campus with about `rackCount` racks (the power chosen to give that many racks;
// the exact count may differ by a few racks).
Project makeSyntheticSite(int rackCount);

} // namespace warmshell::bench
