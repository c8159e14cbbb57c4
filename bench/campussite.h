// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"

namespace warmshell::bench {

struct CampusSiteOptions
{
    int racks = 1000; // exactly this many racks (at least 1)
    quint32 seed = 1; // all randomness comes from it: the same options give an equal project everywhere
    bool recirculation = false; // the thermal model on, with the recirculation matrix below
};

// A second synthetic campus for benchmarks, shaped like a power-limited real one and unlike
// makeSyntheticSite's identical, independent halls. Every number is drawn from a
// std::mt19937 seeded with options.seed through distributions written out in the generator
// (not the standard library's), so a seed gives the same site on every platform.
// - Floor: rows of 6 (up to 120 racks), 10 (up to 3,000) or 20 racks, 4, 8 or 12 rows per
//   hall, the racks spread evenly; rows face each other in pairs across a shared hot aisle.
//   Halls are air-cooled (rows of 20 or 40 kW racks, 42 U) or liquid-cooled (rows of 80 or
//   140 kW racks, 48 U); the first hall is air, the second liquid, the others liquid with
//   probability 0.6.
// - Power, 2N cross-wired: every run of up to 10 racks of a row has an A and a B busway
//   (75–95 % of the run's rack limits each). Per building, the A busways are grouped by four
//   under N+1 UPSs (250 or 1,250 kW modules, 75–92 % of the busways below) and the UPSs by
//   three under transformers (kVA at power factor 0.95, 80–95 % of the UPSs below); the B
//   side groups the same sequence rotated by half a group, so the A and B trees are two
//   different nestings of the same racks and transformer groups span halls. A building feed
//   (a 2N substation) over ~8 halls is sized at 85–95 % of the smaller side's transformers and
//   the campus grid interconnect (a 2N utility feed) at 85–95 % of the building feeds: both are
//   below the rack limits under them and bind, so no hall is independent. validateProject
//   finds no problem (no single point of failure is shared by A and B).
// - Cooling: one N+1 CRAH unit per zone of four rows of a hall at 80–95 % of the zone's air
//   heat (all the rack power in air halls, 20 % of it in liquid halls); in liquid halls one
//   N+1 CDU per pair of rows at 60–80 % of their rack limits.
// - Thermal (options.recirculation): one supply temperature for the site, 18–24 °C (the model
//   has no per-zone supply), inlet limit 27 °C; each rack's inlet takes 0.03–0.1 °C per kW of
//   air heat from its two neighbours on each side in its row and from the three racks facing
//   it across the shared hot aisle, 1.5× for racks at the end of a row. These draws come from
//   a second stream, so the site is otherwise the same with and without it.
// - Fleet: 6–9 system kinds, always from a 3.5 kW 2 U server to a 138 kW whole-rack NVL72
//   (three project custom models beside the built-in catalog), one or two lots each, all
//   delivered by planStart (2026-01-01); per cooling type they ask for 1.3–1.7× the rack
//   limits of that type, far more than the power chain lets in.
Project makeCampusSite(const CampusSiteOptions &options);

} // namespace warmshell::bench
