// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/measuredpower.h"
#include "plan/capacityplan.h"
#include "project.h"

#include <QJsonObject>

#include <optional>
#include <vector>

namespace warmshell {

// One power node or rack as installed, planned and measured (issue 18 §4): what a planner reads
// to see whether the plan's loads hold against the meters.
struct MeasuredComparisonRow
{
    QString id;
    QString name;
    bool isRack = false;
    // Power nodes: installed capacity (every module, rating in kW), and what the plan may load it
    // with (usable, the measured-diversity credit included) and the credit alone. 0 for racks.
    double installedKw = 0;
    double usableKw = 0;
    double creditKw = 0;
    double plannedKw = 0; // the plan's load on the node (design figure) or the rack's systems
    std::optional<double> peakKw; // empty: no row of the object in the window
    std::optional<double> p99Kw;
    bool p99Exact = true;
    qint64 samples = 0;
    // The measured peak passes the plan's load: the plan under-counts what the object draws
    // (its planned kW are not what the meter will read). Never set without a measurement.
    bool exceedsPlan = false;
};

// Every power node of the plan (chain order), then every rack with a measurement (site order).
// The plan and the measurements must be of the same project.
std::vector<MeasuredComparisonRow> compareMeasured(
    const Project &project, const CapacityPlan &plan, const MeasuredPower &measured);

// {"window": {"from", "to"}, "rows": [...]} with the keys of docs/measured-power.md.
QJsonObject measuredComparisonToJson(const MeasuredPower &measured, const std::vector<MeasuredComparisonRow> &rows);

} // namespace warmshell
