// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionanalyses.h"

namespace warmshell::ui {

namespace {

// Whether two timelines plan the same way (what a Monte Carlo run's figures depend on besides
// the project, the samples and the seed).
bool samePlanning(const TimelineOptions &a, const TimelineOptions &b)
{
    return a.solve.objectives == b.solve.objectives && a.solve.precision == b.solve.precision
        && a.solve.relativeGap == b.solve.relativeGap && a.solve.method == b.solve.method && a.period == b.period
        && a.horizonPeriods == b.horizonPeriods && a.allowMoves == b.allowMoves && a.gpuHourPrice == b.gpuHourPrice;
}

} // namespace

void SessionAnalyses::setRisk(const RiskResult &result, const TimelineOptions &timeline, quint64 generation)
{
    if (!result.problems.isEmpty() || result.periods.empty()) {
        m_risk.reset();
        return;
    }
    m_risk = Risk{ result, timeline, generation };
}

void SessionAnalyses::setProcurement(const ProcurementInput &input, const ProcurementPlan &plan, quint64 generation)
{
    m_procurement = Procurement{ input, std::nullopt, generation };
    if (plan.problems.empty())
        m_procurement->plan = plan;
}

ReportOffer SessionAnalyses::offer(
    quint64 generation, const QString &scenario, const TimelineOptions &reportTimeline) const
{
    ReportOffer offer;
    const auto sameProject = [&](quint64 computedAt) { return scenario.isEmpty() && computedAt == generation; };
    if (m_risk && sameProject(m_risk->generation) && samePlanning(m_risk->timeline, reportTimeline))
        offer.risk = m_risk->result;
    if (m_procurement) {
        offer.procurementInput = m_procurement->input;
        if (sameProject(m_procurement->generation))
            offer.procurement = m_procurement->plan;
    }
    return offer;
}

} // namespace warmshell::ui
