// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formulation.h"

#include <cstddef>

namespace warmshell::solver {

// How big the model of a site may grow, and what a rack group costs in it.
//
// A group of patterns costs one column per maximal way to fill its racks: few for racks of big
// systems, but a 42 U rack and 20 kinds of 1 U systems have millions. Patterns are enumerated up
// to kPatternsPerRackType per rack type and SolveOptions::patternBudget over the whole site, in site order
// (every pattern enumerated counts, kept or not, and so does every group that reuses a list);
// a group past either limit is counted instead: one integer column per rack and shape it can
// hold, and the rack's own power, space and weight rows. Both are exact (a counted rack admits
// exactly the contents that fit it); patterns give the stronger LP, counts the smaller model.

// Most patterns enumerated for one rack type (rack limits, shapes, pinned contents).
inline constexpr size_t kPatternsPerRackType = 20'000;
// A rack in the thermal model is a group of its own (its power must be known rack by rack), and
// each such rack repeats all its patterns. When the racks with more than kThermalRackPatterns
// patterns hold more than kThermalPatternColumns of them together, they are counted instead
// (about one column per variant and the rack's own three rows). On the campus generator's
// recirculation sites (bench/campussite, nine system kinds, about 450 patterns per rack type)
// the two models' LP bounds differed by under 0.01 % at 1,000 racks, where the pattern model
// had 455,000 columns and its decomposition stopped after one evaluation; counted, its 6,250
// columns certify 0.1 % in under a second (seed 11). Below the threshold the patterns stay:
// on small sites GLPK's preprocessor tightens the pattern model far more (a 50-rack site, seed
// 23: root bound 0.02 % above the optimum, 0.125 % left after 60 s on the counted model).
inline constexpr size_t kThermalRackPatterns = 32;
inline constexpr size_t kThermalPatternColumns = 30'000;
// Most columns of any model; a site that needs more is refused (Formulation::tooLarge) before
// anything is allocated for them.
inline constexpr size_t kMaxModelColumns = 2'000'000;
// What one column costs in memory once GLPK holds the model and its LP (measured on the
// pattern and counted bombs of tests/hostile/tst_hostile_bombs.cpp: about 1 KiB).
inline constexpr double kBytesPerColumn = 1024;

// The columns buildFormulation() makes for `f` once its groups have patterns or slot shapes.
size_t modelColumnCount(const Formulation &f);

// Empty when the model of `f` fits kMaxModelColumns; else why not, in one sentence naming the
// distinct rack types, the system variants and the limit.
QString modelSizeRefusal(const Formulation &f);

// The most systems of `shape` one rack of `height` U can hold (1 for a whole-rack system).
int slotUpper(const Shape &shape, int height);
// The U a system of `shape` takes in a rack of `height` U: a whole-rack system takes all of it.
int slotHeight(const Shape &shape, int height);

} // namespace warmshell::solver
