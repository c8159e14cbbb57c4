// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/risk.h"
#include "procurement/procurement.h"

#include <QList>
#include <QStringList>

namespace warmshell::ui::report {

class PageWriter;

// The capacity report's sections about the future (issue 19 §2 and §3), each on a new page;
// CapacityReport writes them when its caller passes the analysis (ReportAnalyses::risk,
// ::procurement).

// "Risk": how the Monte Carlo run was drawn (samples, seed, uncertain dates), the fan chart of
// energized GPUs (P10–P90 band, P50 line) and riskPercentileRows() as a table; or why there is
// no result (the run's problems).
void writeRiskSection(PageWriter &page, const RiskResult &risk);

// "Procurement": the plan's headline (PFLOPS-years, gap, idle depreciation against buying the
// most efficient model now) and procurementOrderRows() as a table; or why there is no plan.
void writeProcurementSection(PageWriter &page, const ProcurementPlan &plan);

// The risk table's rows, one per period: the period's start ("2026 Q1"), then P10, P50 and P90
// of energized GPUs, of idle GPUs and of idle depreciation (whole currency units), as the
// report prints them (grouped thousands, the locale's).
QList<QStringList> riskPercentileRows(const RiskResult &risk);

// The order schedule's rows, one per order in the plan's order: model, quarter ordered
// ("2026 Q3"), delivered (ISO date), systems, cost (whole USD), as the report prints them.
QList<QStringList> procurementOrderRows(const ProcurementPlan &plan);

} // namespace warmshell::ui::report
