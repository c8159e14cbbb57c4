// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facilityload.h"

namespace warmshell::solver {

// The measured-diversity credit (issue 18 §4, docs/measured-power.md). With the site's
// measuredDiversity policy on and measured rack peaks in `options`, each energized power node
// above the rack level (countsMeasuredDiversity: not a PDU or busway) may count the installed
// (pinned) systems of the measured racks whose IT reaches it at their measured peak × (1 +
// margin) instead of at nameplate. The credit of node n, kW at n, is
//   max(0, Σ over measured racks r whose IT reaches n of m(r, n) × (pinned_r − (1 + margin) × peak_r))
// where pinned_r is the nameplate kW of r's pinned systems, peak_r its measured peak and m(r, n)
// the efficiency multiplier from r's feeds up to n (the larger of the A and B sides), as the
// node rows weigh a rack's IT. Cooling draw and losses of cooling are not credited. The credit
// is a constant: it raises nodeAvailableKw (the normal row's bound), not the reserve row.
// Fills f.nodeMeasuredCreditKw (zeros when the policy is off) and adds it to f.nodeAvailableKw.
// Needs the power nodes and fixed loads of `f`.
void addMeasuredCredits(Formulation &f, const Project &project, const Catalog &catalog, const SolveOptions &options,
    NodeMultipliers &multipliers);

} // namespace warmshell::solver
