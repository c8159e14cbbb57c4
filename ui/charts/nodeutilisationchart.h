// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/capacityplan.h"

#include <QString>

#include <vector>

class QCustomPlot;
class QCPBars;
class QCPGraph;

namespace warmshell::ui::charts {

// Utilisation of usable capacity (load ÷ usable, in %) of the live capacities in `uses`, one
// bar per node in the given order (at most `maxBars`: the most utilised, kept in order),
// binding ones in a second, red series, and a dashed 100 % line. x axis: node names; y axis
// "Utilisation of usable capacity (%)". Replaces whatever `plot` showed.
void buildNodeUtilisationChart(
    QCustomPlot *plot, const std::vector<CapacityUse> &uses, const QString &title, int maxBars = 24);

// The series of a chart built above; null if absent.
QCPBars *utilisationBars(QCustomPlot *plot); // nodes that are not binding
QCPBars *bindingBars(QCustomPlot *plot); // binding nodes
QCPGraph *limitLine(QCustomPlot *plot); // y = 100 across the chart

} // namespace warmshell::ui::charts
