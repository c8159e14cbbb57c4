// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/timeline.h"

class QCustomPlot;
class QCPBars;
class QCPGraph;

namespace warmshell::ui::charts {

// The timeline in two stacked panels sharing the period axis (one category per period,
// labelled "2026 Q1" or "2026-03", placed at its start date):
//   top:    site power available (usable capacity of the live utility feeds) and used
//           (energized IT load) at each period's start, in MW;
//   bottom: idle GPUs at each period's start (bars, left axis "GPUs") and the cumulative
//           idle depreciation at each period's end (line, right axis in the timeline's
//           currency).
// Replaces whatever `plot` showed, extra axis rects included. An empty timeline shows empty
// panels with their axes.
void buildTimelineChart(QCustomPlot *plot, const Timeline &timeline);

// The series of a chart built above (keys 1..periods); null if absent.
QCPGraph *availablePowerGraph(QCustomPlot *plot); // MW at the meter
QCPGraph *usedPowerGraph(QCustomPlot *plot); // MW of IT load
QCPGraph *facilityPowerGraph(QCustomPlot *plot); // MW at the meter: IT + cooling + house + losses
QCPGraph *pueGraph(QCustomPlot *plot); // facility / IT, periods with systems energized only
QCPBars *idleGpuBars(QCustomPlot *plot); // GPUs
QCPGraph *cumulativeIdleGraph(QCustomPlot *plot); // site currency

// "2026 Q1" for a quarter starting on `start`, "2026-03" for a month.
QString periodLabel(const QDate &start, PlanningPeriod period);

} // namespace warmshell::ui::charts
