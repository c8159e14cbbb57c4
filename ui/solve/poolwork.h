// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace warmshell::ui {

// Frees the calling thread's GLPK environment (solver::glpkFreeEnvironment), which pool threads
// never free as they outlive a job. Nothing of GLPK may be alive on the thread: never call it on
// a thread that keeps GLPK objects, such as the GUI thread.
void releaseSolverOfThisThread();

// For a job on a pool thread (QtConcurrent::run): runs `work` (a solve, a timeline, a Monte Carlo
// run, ...) here, then releaseSolverOfThisThread(); returns what `work` returned. Lets views
// outside ui/solve run solver work without including model/solver.
template <typename Work> auto solveOnPoolThread(Work work)
{
    auto result = work();
    releaseSolverOfThisThread();
    return result;
}

} // namespace warmshell::ui
