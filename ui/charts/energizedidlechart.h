// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/capacityplan.h"

#include <vector>

class QCustomPlot;
class QCPBars;

namespace warmshell::ui::charts {

// Energized vs idle GPUs per generation: one stacked bar per generation (energized below,
// idle on top), in the order of `generations`, x axis "GPU generation", y axis "GPUs".
// Replaces whatever `plot` showed.
void buildEnergizedIdleChart(QCustomPlot *plot, const std::vector<GenerationResult> &generations);

// The two bar series of a chart built above; null if `plot` holds no such chart.
QCPBars *energizedBars(QCustomPlot *plot);
QCPBars *idleBars(QCustomPlot *plot);

} // namespace warmshell::ui::charts
