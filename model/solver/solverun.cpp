// SPDX-License-Identifier: GPL-3.0-or-later
#include "solverun.h"

#include "formulation.h"

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

SolveRun::~SolveRun() = default;

void SolveRun::setCompactSource(std::function<Formulation()> source)
{
    m_compactSource = std::move(source);
    m_compact.reset();
}

const Formulation *SolveRun::compact() const
{
    if (!m_compact && m_compactSource) {
        m_compact = std::make_unique<Formulation>(m_compactSource());
        m_compactSource = nullptr;
        phase("compact formulation built");
    }
    return m_compact && m_compact->tooLarge.isEmpty() ? m_compact.get() : nullptr;
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
