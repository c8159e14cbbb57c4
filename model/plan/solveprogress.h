// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace warmshell {

// Told after each solve of a run of many (a timeline's periods, a comparison's models): `done`
// of `total` solves have returned (1 ≤ done ≤ total). Called on the thread that runs them; a
// receiver on another thread must hand the figures over itself. Empty: nobody is told.
using SolveProgress = std::function<void(int done, int total)>;

} // namespace warmshell
