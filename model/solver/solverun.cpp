// SPDX-License-Identifier: GPL-3.0-or-later
#include "solverun.h"

#include <sys/resource.h>

#include <algorithm>
#include <cmath>

namespace warmshell::solver {

namespace {

// Minor page faults of the process so far (for the trace: first-touch faults are costly on
// virtual machines).
long pageFaults()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

} // namespace

SolveRun::SolveRun(const SolveOptions &options, const SolveWarmStart *warmStart)
    : m_options(options), m_warmStart(warmStart),
      m_deadline(Deadline::after(options.timeLimitSeconds).earlier(options.deadline)),
      m_trace(qEnvironmentVariableIsSet("WARMSHELL_SOLVER_TRACE"))
{
    m_timer.start();
}

void SolveRun::phase(const char *what) const
{
    if (m_trace)
        qInfo("solver: %-28s %8.3f s  %7ld page faults so far", what, elapsed(), pageFaults());
}

void SolveRun::reserve(double seconds)
{
    const double left = m_deadline.secondsLeft();
    if (std::isfinite(left))
        m_deadline = Deadline::after(left - std::min(seconds, left / 4));
}

CapacityPlan SolveRun::finish(CapacityPlan plan) const
{
    plan.seconds = elapsed();
    plan.timedOut = plan.timedOut || (plan.status != PlanStatus::Failed && m_deadline.expired());
    return plan;
}

} // namespace warmshell::solver
