// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/risk.h"
#include "commandoption.h"
#include "procurementarguments.h"

#include <optional>
#include <span>
#include <utility>

namespace warmshell::cli {

class Arguments;

// The sections of the capacity report that need analyses beyond the plan (`--sections`).
enum class ReportSection { Timeline, Contingencies, Scenarios, Risk, Procurement };
constexpr std::pair<ReportSection, const char *> kReportSections[] = { { ReportSection::Timeline, "timeline" },
    { ReportSection::Contingencies, "contingencies" }, { ReportSection::Scenarios, "scenarios" },
    { ReportSection::Risk, "risk" }, { ReportSection::Procurement, "procurement" } };
inline std::span<const std::pair<ReportSection, const char *>> enumKeys(ReportSection)
{
    return kReportSections;
}

// What `report` (and the desktop app's --report) computes besides the plan.
struct ReportArguments
{
    bool timeline = true; // the timeline and the generation comparison
    bool contingencies = true; // every single failure (N−1)
    bool scenarios = true; // side by side, when the project has scenarios
    std::optional<RiskOptions> risk; // samples, seed, threads; the report sets the timeline
    std::optional<ProcurementArguments> procurement; // candidates resolved once the project is read
};

// --sections LIST, --risk-samples/--seed/--threads and the procurement question (with
// --procurement-objective for its objective).
CommandOptions reportSectionOptions();

// Reads the options above into `a`. Without --sections: timeline, contingencies and scenarios,
// plus risk when --risk-samples is given and procurement when a procurement option is. With
// --sections (a list of the sections, or "none"): exactly those; a listed risk or procurement
// needs its options, and their options need it listed. Returns the first usage error, or empty.
QString readReportArguments(const Arguments &arguments, ReportArguments &a);

} // namespace warmshell::cli
