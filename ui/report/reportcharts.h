// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/comparison.h"
#include "analysis/timeline.h"
#include "plan/facilitypower.h"

#include <QString>

class QCustomPlot;

// The charts only the capacity report draws: the timeline and the generation comparison, in
// the report's chart style. Each resets `plot` and builds its chart from scratch.
namespace warmshell::ui::report {

// "2026 Q1" for calendar quarters, "2026-01" for calendar months, else the start date.
QString periodLabel(const TimelinePeriod &p, PlanningPeriod period);

// Used IT power as bars against the available utility power as a line, per period.
void buildTimelinePowerChart(QCustomPlot *plot, const Timeline &t);

// Idle GPUs as bars (left axis) and the cumulative idle depreciation as a line (right axis,
// millions of `currency`), per period.
void buildTimelineIdleChart(QCustomPlot *plot, const Timeline &t, const QString &currency);

// One stacked bar per source (utility feed or generator): IT, cooling, losses and house load
// in kW, with the source's usable capacity as a marker beside it.
void buildFacilityPowerChart(QCustomPlot *plot, const std::vector<SourceLoad> &sources);

// PFLOPS per MW as bars (left axis) and the cost per PFLOP-year as points (right axis,
// thousands of the currency), one category per generation in ranking order.
void buildComparisonChart(QCustomPlot *plot, const Comparison &c);

} // namespace warmshell::ui::report
