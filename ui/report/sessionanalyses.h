// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/risk.h"
#include "plan/capacityplan.h"
#include "procurement/procurement.h"

#include <QtGlobal>

#include <optional>

namespace warmshell::ui {

// What a report of one plan may take from this session instead of computing it again.
struct ReportOffer
{
    // The Risk dialog's last completed run, when the project and the report's timeline options
    // are those it was run with.
    std::optional<RiskResult> risk;
    // The question of the Procurement dialog's last plan (whatever the project was then): the
    // report can plan it again for its own project.
    std::optional<ProcurementInput> procurementInput;
    // That plan itself, when the project is the one it was planned for.
    std::optional<ProcurementPlan> procurement;
};

// The Risk and Procurement dialogs' last results in this window, each with the edit generation
// of the document it was computed for (SolveController::currentGeneration() when the dialog
// copied the project). A result is current for a plan of the same generation solved without a
// scenario: the same test that marks a plan stale (SolveController::isStale) — any edit since,
// an undo included, bumps the generation, and another project does too.
class SessionAnalyses
{
public:
    // A run of the Risk dialog with `timeline` as its timeline options; a run with problems
    // (failed, cancelled) or no periods is not kept and forgets the one before.
    void setRisk(const RiskResult &result, const TimelineOptions &timeline, quint64 generation);
    // A plan of the Procurement dialog for `input`; a plan with problems keeps the question but
    // not the plan.
    void setProcurement(const ProcurementInput &input, const ProcurementPlan &plan, quint64 generation);

    // What a report of `plan` (solved at edit generation `generation`, with the scenario
    // `scenario` applied, empty for the base; its timeline options `reportTimeline`) may reuse.
    ReportOffer offer(quint64 generation, const QString &scenario, const TimelineOptions &reportTimeline) const;

private:
    struct Risk
    {
        RiskResult result;
        TimelineOptions timeline;
        quint64 generation = 0;
    };
    struct Procurement
    {
        ProcurementInput input;
        std::optional<ProcurementPlan> plan;
        quint64 generation = 0;
    };
    std::optional<Risk> m_risk;
    std::optional<Procurement> m_procurement;
};

} // namespace warmshell::ui
