// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/capacityplan.h"
#include "plan/solveoptions.h"

#include <QElapsedTimer>

#include <functional>
#include <memory>

namespace warmshell {
struct SolveWarmStart;
}

namespace warmshell::solver {

struct Formulation;

// One call of solve(): its options, its clock and its one deadline (options.timeLimitSeconds
// from the start or options.deadline, whichever comes first), which every step reads for the
// time it has left, and its trace (one line per phase on stderr when WARMSHELL_SOLVER_TRACE is
// set). Refers to `options`, which must outlive it.
class SolveRun
{
public:
    // `warmStart` (may be null): what the previous solve of the same site left, already found
    // to apply (warmStartApplies); must outlive the run.
    explicit SolveRun(const SolveOptions &options, const SolveWarmStart *warmStart = nullptr);
    ~SolveRun();
    SolveRun(const SolveRun &) = delete;
    SolveRun &operator=(const SolveRun &) = delete;

    const SolveOptions &options() const { return m_options; }
    // The previous solve's warm start, or null (a cold solve).
    const SolveWarmStart *warmStart() const { return m_warmStart; }
    // Seconds since the run started.
    double elapsed() const { return m_timer.nsecsElapsed() / 1e9; }
    // Keeps `seconds` (at most a quarter of what is left) before the deadline for the steps
    // that cannot be cut short once a plan is chosen (describing it): deadline() ends that much
    // earlier from now on.
    void reserve(double seconds);
    // The deadline every step of the run shares (less what reserve() keeps).
    const Deadline &deadline() const { return m_deadline; }
    // Seconds left before the deadline: ≥ 0 (0 once it has passed).
    double secondsLeft() const { return m_deadline.secondsLeft(); }
    bool expired() const { return m_deadline.expired(); }
    bool tracing() const { return m_trace; }
    // Traces `what` with the time so far and the page faults of the process so far.
    void phase(const char *what) const;
    // `plan` stamped with the run's time, and timedOut when the deadline has passed.
    CapacityPlan finish(CapacityPlan plan) const;

    // The run's project formulated with every group counted (compactwindows.h), built by
    // `source` at the first call of compact() and kept for the rest of the run.
    void setCompactSource(std::function<Formulation()> source);
    // That formulation, or null when the run has no source (or it could not be built: a model
    // too large to hold).
    const Formulation *compact() const;

private:
    const SolveOptions &m_options;
    const SolveWarmStart *m_warmStart = nullptr;
    QElapsedTimer m_timer;
    Deadline m_deadline;
    bool m_trace = false;
    mutable std::function<Formulation()> m_compactSource; // until compact() builds it
    mutable std::unique_ptr<Formulation> m_compact; // built by compact()
};

} // namespace warmshell::solver
