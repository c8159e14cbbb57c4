// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioresults.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace warmshell {

namespace {

ScenarioResult run(const QString &name, const QString &description, const Project &project, const Catalog &catalog,
    const TimelineOptions &options)
{
    ScenarioResult r;
    r.name = name;
    r.description = description;
    r.timeline = computeTimeline(project, catalog, options);
    r.problems << r.timeline.problems;
    if (!r.timeline.periods.empty()) {
        const TimelinePeriod &last = r.timeline.periods.back();
        r.finalEnergizedGpus = last.energizedGpus;
        r.finalIdleGpus = last.idleGpus;
        r.finalPflops = last.energizedPflops;
    }
    r.totalIdleDepreciation = r.timeline.totalIdleDepreciation;
    for (const TimelinePeriod &p : r.timeline.periods)
        r.periodsWithIdleGpus += p.idleGpus > 0 ? 1 : 0;
    return r;
}

QString signedNumber(double v, int decimals)
{
    const QString s = QLocale::c().toString(std::abs(v), 'f', decimals);
    return (v < 0 ? QStringLiteral("−") : QStringLiteral("+")) + s;
}

// The options of the timeline of one of `runsLeft` runs (this one included) that share
// `deadline`: an equal share of what is left of it, and no total of its own.
TimelineOptions shareOf(const TimelineOptions &options, const Deadline &deadline, size_t runsLeft)
{
    TimelineOptions o = options;
    o.totalTimeLimitSeconds = 0;
    o.solve.deadline = deadline.share(1.0 / double(runsLeft));
    return o;
}

} // namespace

ScenarioComparison compareScenarios(const Project &project, const Catalog &catalog, const TimelineOptions &options)
{
    std::vector<int> all(project.scenarios.size());
    for (size_t i = 0; i < all.size(); ++i)
        all[i] = int(i);
    return compareScenarios(project, catalog, options, all);
}

std::vector<int> selectScenarios(const Project &project, const QStringList &names, QString &error)
{
    error.clear();
    if (names.size() < kMinComparedScenarios || names.size() > kMaxComparedScenarios) {
        error = QStringLiteral("choose %1 to %2 scenarios to compare side by side (with the base); %3 given")
                    .arg(kMinComparedScenarios)
                    .arg(kMaxComparedScenarios)
                    .arg(names.size());
        return {};
    }
    std::vector<int> indices;
    for (const QString &name : names) {
        const auto it = std::find_if(
            project.scenarios.begin(), project.scenarios.end(), [&](const Scenario &s) { return s.name == name; });
        if (it == project.scenarios.end()) {
            error = QStringLiteral("the project has no scenario named \"%1\"").arg(name);
            return {};
        }
        const int index = int(it - project.scenarios.begin());
        if (std::find(indices.begin(), indices.end(), index) != indices.end()) {
            error = QStringLiteral("scenario \"%1\" is named twice").arg(name);
            return {};
        }
        indices.push_back(index);
    }
    return indices;
}

ScenarioComparison compareScenarios(
    const Project &project, const Catalog &catalog, const TimelineOptions &options, const std::vector<int> &indices)
{
    const Deadline deadline
        = (options.totalTimeLimitSeconds > 0 ? Deadline::after(options.totalTimeLimitSeconds) : Deadline::never())
              .earlier(options.solve.deadline);
    const size_t runs = indices.size() + 1;
    ScenarioComparison c;
    c.currency = project.site.currency;
    c.results.push_back(run(QStringLiteral("base"), QStringLiteral("the project as it is"), project, catalog,
        shareOf(options, deadline, runs)));
    for (size_t i = 0; i < indices.size(); ++i) {
        const Scenario &s = project.scenarios.at(size_t(indices[i]));
        std::vector<Problem> problems;
        const Project variant = applyScenario(project, s, indices[i], problems);
        ScenarioResult r = run(s.name, s.description, variant, catalog, shareOf(options, deadline, runs - 1 - i));
        for (const Problem &p : problems)
            r.problems.prepend(p.toString());
        c.results.push_back(std::move(r));
    }
    const ScenarioResult &base = c.results.front();
    for (size_t i = 1; i < c.results.size(); ++i) {
        const ScenarioResult &r = c.results[i];
        if (r.finalEnergizedGpus != base.finalEnergizedGpus)
            c.differences << QStringLiteral("%1: %2 GPUs energized in the last period")
                                 .arg(r.name, signedNumber(r.finalEnergizedGpus - base.finalEnergizedGpus, 0));
        if (std::abs(r.finalPflops - base.finalPflops) > 1e-6)
            c.differences << QStringLiteral("%1: %2 PFLOPS in the last period")
                                 .arg(r.name, signedNumber(r.finalPflops - base.finalPflops, 1));
        const double idle = r.totalIdleDepreciation.value() - base.totalIdleDepreciation.value();
        if (std::abs(idle) > 0.5)
            c.differences << QStringLiteral("%1: %2 %3 idle depreciation over the horizon")
                                 .arg(r.name, signedNumber(idle, 0), c.currency);
        if (r.periodsWithIdleGpus != base.periodsWithIdleGpus)
            c.differences << QStringLiteral("%1: GPUs idle in %2 period(s) instead of %3")
                                 .arg(r.name)
                                 .arg(r.periodsWithIdleGpus)
                                 .arg(base.periodsWithIdleGpus);
        for (const TimelineLot &lot : r.timeline.lots)
            for (const TimelineLot &b : base.timeline.lots)
                if (b.lot == lot.lot && b.fullyEnergized != lot.fullyEnergized)
                    c.differences << QStringLiteral("%1: lot %2 fully energized %3 instead of %4")
                                         .arg(r.name, lot.lot.toString(),
                                             lot.fullyEnergized.isNull() ? QStringLiteral("never within the horizon")
                                                                         : lot.fullyEnergized.toString(Qt::ISODate),
                                             b.fullyEnergized.isNull() ? QStringLiteral("never within the horizon")
                                                                       : b.fullyEnergized.toString(Qt::ISODate));
    }
    return c;
}

} // namespace warmshell
