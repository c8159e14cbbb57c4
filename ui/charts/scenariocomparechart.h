// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/scenariosidebyside.h"

class QCustomPlot;
class QCPGraph;

namespace warmshell::ui::charts {

// Energized GPUs at each period's start, one line per variant of `view` (the base first, in
// variantColor(0)), over one category per period ("2026 Q1", periodLabel()). Every variant has
// the same periods; a variant without periods (its timeline failed) has no points. Replaces
// whatever `plot` showed.
void buildScenarioCompareChart(QCustomPlot *plot, const ScenarioSideBySide &view, PlanningPeriod period);

// The line of variant `index` of the chart built above (objectName "energizedGpus-<index>");
// null if absent.
QCPGraph *scenarioEnergizedGraph(QCustomPlot *plot, int index);

} // namespace warmshell::ui::charts
