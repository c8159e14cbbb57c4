// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/capacityplan.h"

#include <QString>

#include <vector>

class QCustomPlot;
class QCPBars;
class QCPGraph;

namespace warmshell::ui::charts {

// Utilisation of usable capacity (load ÷ usable, in %) of the live capacities in `uses` as
// horizontal bars, the most utilised on top (at most `maxBars`, the most utilised: a site of
// hundreds of nodes stays readable on screen and in an export), binding ones in a second, red
// series, and a dashed vertical line at 100 %. Left axis: node names (key 1 is the top bar);
// bottom axis "Utilisation of usable capacity (%)". Replaces whatever `plot` showed.
void buildNodeUtilisationChart(
    QCustomPlot *plot, const std::vector<CapacityUse> &uses, const QString &title, int maxBars = 12);

// The series of a chart built above; null if absent.
QCPBars *utilisationBars(QCustomPlot *plot); // nodes that are not binding
QCPBars *bindingBars(QCustomPlot *plot); // binding nodes
QCPGraph *limitLine(QCustomPlot *plot); // y = 100 across the chart

} // namespace warmshell::ui::charts
