// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/comparison.h"

class QCustomPlot;
class QCPBars;
class QCPGraph;

namespace warmshell::ui::charts {

// The generation comparison in two stacked panels sharing the model axis, one category per
// row of `comparison` in its order (best PFLOPS per facility MW first), labelled by generation
// (the model name when two rows share a generation):
//   top:    PFLOPS per MW of energized IT power and per MW at the meter (the plan's facility
//           power, or IT × the assumed PUE, as the legend says), side by side, at the
//           comparison's precision;
//   bottom: cost per PFLOP-year (first-year straight-line depreciation ÷ PFLOPS), in the
//           comparison's currency, and each generation's PUE on the right axis.
// Rows that energize nothing get no bar. Replaces whatever `plot` showed.
void buildComparisonChart(QCustomPlot *plot, const Comparison &comparison);

// The bar series of a chart built above (keys 1..rows); null if absent.
QCPBars *pflopsPerMwBars(QCustomPlot *plot); // per IT MW
QCPBars *pflopsPerFacilityMwBars(QCustomPlot *plot); // per MW at the meter (the ranking)
QCPBars *costPerPflopYearBars(QCustomPlot *plot);
QCPGraph *comparisonPueGraph(QCustomPlot *plot); // facility / IT of each energized row

} // namespace warmshell::ui::charts
