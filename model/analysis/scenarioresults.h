// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/timeline.h"

namespace warmshell {

// The timeline of one variant (the base project or one of its scenarios) and the headline
// figures compared side by side.
struct ScenarioResult
{
    QString name; // "base" for the project as it is
    QString description;
    Timeline timeline;
    int finalEnergizedGpus = 0; // in the last period
    int finalIdleGpus = 0;
    double finalPflops = 0;
    Money totalIdleDepreciation{ 0 };
    int periodsWithIdleGpus = 0;
    QStringList problems; // overrides that could not be applied, or why the timeline failed
};

struct ScenarioComparison
{
    std::vector<ScenarioResult> results; // base first, then the scenarios in file order
    QString currency;
    // Differences against the base, one sentence per scenario and figure that differs.
    QStringList differences;
};

// Runs the timeline of the base project and of every scenario with the same options, all by
// one deadline (options.totalTimeLimitSeconds from the start, or options.solve.deadline if
// earlier), each timeline getting an equal share of what is left when it starts.
ScenarioComparison compareScenarios(const Project &project, const Catalog &catalog, const TimelineOptions &options);

// The same for the base and the scenarios at `indices` (into project.scenarios, in that order);
// problems keep the scenario's own index in their JSON path ("$.scenarios[3]...").
ScenarioComparison compareScenarios(
    const Project &project, const Catalog &catalog, const TimelineOptions &options, const std::vector<int> &indices);

// How many scenarios a side-by-side view shows besides the base.
inline constexpr int kMinComparedScenarios = 2;
inline constexpr int kMaxComparedScenarios = 6;

// The indices into project.scenarios of the scenarios named `names`, in that order. Empty, with
// `error` saying why, when fewer than kMinComparedScenarios or more than kMaxComparedScenarios
// are named, a name is not a scenario of the project, or a name is given twice.
std::vector<int> selectScenarios(const Project &project, const QStringList &names, QString &error);

} // namespace warmshell
