// SPDX-License-Identifier: GPL-3.0-or-later
#include "roundandfill.h"

#include "greedyfill.h"

namespace warmshell::solver {

Assignment roundAndFill(
    const Formulation &f, std::span<const double> lp, Objective objective, Precision precision, Headroom *headroomOut)
{
    const Assignment rounded = fromColumns(f, lp, Rounding::Down);
    return greedyFill(f, objective, precision, &rounded, headroomOut);
}

} // namespace warmshell::solver
