// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/comparison.h"
#include "analysis/contingency.h"
#include "analysis/risk.h"
#include "analysis/scenarioresults.h"
#include "analysis/timeline.h"
#include "outputfile.h"
#include "plan/capacityplan.h"
#include "procurement/procurement.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace warmshell {
class Catalog;
struct Project;
} // namespace warmshell

namespace warmshell::ui {

// What the report adds to one plan: the period-by-period timeline, the generation comparison
// and the single failures (N−1) of the plan. Any may be absent; the report then leaves its
// figures out, and its summary names every analysis it was written without ("Not computed for
// this report: ...").
struct ReportAnalyses
{
    std::optional<Timeline> timeline;
    std::optional<Comparison> comparison;
    std::optional<ContingencyAnalysis> contingencies; // of the report's plan
    // The base and the project's first kMaxComparedScenarios scenarios side by side; absent
    // when the project has no scenarios.
    std::optional<ScenarioComparison> scenarios;
    // Sections written only when present (analyse() computes them when its ReportRequest asks):
    // the Monte Carlo run (a Risk page) and the procurement plan (a Procurement page).
    std::optional<RiskResult> risk;
    std::optional<ProcurementPlan> procurement;
};

// Which analyses CapacityReport::analyse() computes, and how it reports its progress. A section
// left out is stated as not computed in the report.
struct ReportRequest
{
    bool timeline = true; // the timeline and the generation comparison
    bool contingencies = true; // every single failure (N−1) of the plan
    bool scenarios = true; // the base and the scenarios side by side, when the project has any
    // The Monte Carlo run: its samples, seed and threads; its timeline options are replaced by
    // the report's (reportTimelineOptions()). Absent: no Risk page.
    std::optional<RiskOptions> risk;
    // The procurement question (its candidates priced). Absent: no Procurement page.
    std::optional<ProcurementInput> procurement;
    // Results the caller already has for the same project state: taken as they are instead of
    // running `risk` / `procurement` (the Risk and Procurement dialogs' last results).
    std::optional<RiskResult> riskResult;
    std::optional<ProcurementPlan> procurementPlan;
    // Stops every analysis early (not owned; may be null): the caller then discards the result.
    const std::atomic<bool> *cancel = nullptr;
    // Told from the analysing thread before each analysis and as the Monte Carlo run goes:
    // `step` of `steps` (0-based, steps ≥ 1) and what is running ("Monte Carlo risk: 40 of 200
    // samples"). The receiver hands the figures to its own thread itself.
    std::function<void(int step, int steps, const QString &what)> progress;
};

// The capacity plan as a PDF a director reads (A4, Qt's own PDF writer): a summary page (site
// power used / usable, GPUs energized / idle, idle depreciation per month and at that rate
// over the planning horizon, per-generation table, for a project with tenants a per-tenant
// table — energized and idle GPUs, energized kW, idle depreciation a month and the quota at its
// limit of each tenant and of the operator's own lots, CapacityPlan::tenants as Results →
// Tenants shows it — binding limits), the floor plan coloured
// by rack utilisation, the charts (vector), marginal value of capacity per node, stranded
// capacity, and the assumptions (catalog figures with their sources, depreciation policies,
// redundancy and derating of every power node, solve options). With ReportAnalyses also the
// timeline (power available and used, idle GPUs and cumulative idle depreciation per period;
// idle depreciation over the horizon on the summary page) and the generation comparison
// (PFLOPS per MW, cost per PFLOP-year), and the worst single failure in the summary (what it
// loses, as `warmshell-cli contingencies` names it); with scenarios, "Scenarios side by side"
// (energized GPUs per period by scenario, and per scenario, period and generation the GPUs
// energized and idle, idle depreciation and facility MW); with ReportAnalyses::risk a Risk page
// (fan chart, P10/P50/P90 table) and with ::procurement a Procurement page (the order schedule),
// each only when given (report/plansections.h). Text is real text, charts are vector drawings.
//
// Needs a QApplication (it draws widgets' charts); works on the offscreen platform.
class CapacityReport
{
public:
    // Writes the report of `plan` (solved for `project`) to `fileName` through an OutputFile
    // (drawn into a temporary file that replaces fileName only when complete; a device or FIFO
    // written directly; `guard`'s inputs refused). Returns an empty string on success, else
    // "cannot write FILE: REASON"; on failure fileName is left as it was.
    static QString write(const Project &project, const Catalog &builtIn, const CapacityPlan &plan,
        const QString &fileName, const ReportAnalyses &analyses = {}, const OutputGuard &guard = {});

    // The analyses `request` asks for: the timeline with the site's period and horizon, the
    // plan's objectives and precision and systems kept in place (reportTimelineOptions()), and
    // the generation comparison on the site at the plan's date and precision: what `warmshell-cli
    // timeline FILE` and `warmshell-cli compare FILE --date D --precision P` compute with their
    // default options; every single failure of `plan` (analyseContingencies, as `warmshell-cli
    // contingencies FILE --date D`); with scenarios, the base and the first six side by side
    // (compareScenarios with the timeline's options, at most kScenarioSeconds in all, as
    // `warmshell-cli scenarios FILE --only ...`); the Monte Carlo run with the timeline's options
    // (as `warmshell-cli risk FILE --samples N --seed S`) and the procurement plan (as
    // `warmshell-cli procure`). Blocks for as long as the solves take (seconds on the campus
    // example; call it off the GUI thread); a failed analysis keeps its problems in the result.
    // After request.cancel is set the remaining analyses are skipped and the result is partial.
    static ReportAnalyses analyse(
        const Project &project, const Catalog &builtIn, const CapacityPlan &plan, const ReportRequest &request = {});
    // The timeline options every analysis of the report shares: the plan's objectives,
    // precision and gap target.
    static TimelineOptions reportTimelineOptions(const CapacityPlan &plan);
    static constexpr double kScenarioSeconds = 120;

    // The summary figures as the report prints them ("GPUs energized", "4,152"), in order; the
    // report and its tests share this one formatting.
    static QList<std::pair<QString, QString>> summaryFigures(const Project &project, const CapacityPlan &plan);
};

} // namespace warmshell::ui
