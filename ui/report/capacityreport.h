// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "solver/capacityplan.h"

#include <QString>

namespace warmshell {
class Catalog;
struct Project;
} // namespace warmshell

namespace warmshell::ui {

// The capacity plan as a PDF a director reads (A4, Qt's own PDF writer): a summary page (site
// power used / usable, GPUs energized / idle, idle depreciation per month and at that rate
// over the planning horizon, per-generation table, binding limits), the floor plan coloured
// by rack utilisation, the charts (vector), marginal value of capacity per node, stranded
// capacity, and the assumptions (catalog figures with their sources, depreciation policies,
// redundancy and derating of every power node, solve options). Text is real text.
//
// Needs a QApplication (it draws widgets' charts); works on the offscreen platform.
class CapacityReport
{
public:
    // Writes the report of `plan` (solved for `project`) to `fileName`, replacing it. Returns
    // an empty string on success, else the reason; on failure no file is left at fileName
    // unless one was there before.
    static QString write(
        const Project &project, const Catalog &builtIn, const CapacityPlan &plan, const QString &fileName);

    // The summary figures as the report prints them ("GPUs energized", "4,152"), in order; the
    // report and its tests share this one formatting.
    static QList<std::pair<QString, QString>> summaryFigures(const Project &project, const CapacityPlan &plan);
};

} // namespace warmshell::ui
