// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariosidebyside.h"

#include <algorithm>
#include <map>

namespace warmshell {

namespace {

// Idle depreciation of period `k` per generation, from the lots of `timeline`.
std::map<QString, double> idleDepreciationByGeneration(const Timeline &timeline, size_t k)
{
    std::map<QString, double> out;
    for (const TimelineLot &lot : timeline.lots)
        if (k < lot.idleDepreciation.size())
            out[lot.generation] += lot.idleDepreciation[k];
    return out;
}

SideBySidePeriod periodOf(const Timeline &timeline, size_t k)
{
    const TimelinePeriod &p = timeline.periods[k];
    SideBySidePeriod out;
    out.index = p.index;
    out.start = p.start;
    out.end = p.end;
    out.energizedGpus = p.energizedGpus;
    out.idleGpus = p.idleGpus;
    out.idleDepreciation = p.idleDepreciation;
    out.facilityMwUsed = p.facilityPowerUsed.value() / 1000.0;
    out.utilityMwAvailable = p.powerAvailable.value() / 1000.0;
    const std::map<QString, double> idle = idleDepreciationByGeneration(timeline, k);
    for (const TimelineGeneration &g : p.generations) {
        const auto it = idle.find(g.generation);
        out.generations.push_back(
            { g.generation, g.energizedGpus, g.idleGpus, Money(it == idle.end() ? 0.0 : it->second) });
    }
    std::sort(out.generations.begin(), out.generations.end(),
        [](const SideBySideGeneration &a, const SideBySideGeneration &b) { return a.generation < b.generation; });
    return out;
}

} // namespace

ScenarioSideBySide sideBySide(const ScenarioComparison &comparison)
{
    ScenarioSideBySide out;
    out.currency = comparison.currency;
    for (const ScenarioResult &r : comparison.results) {
        SideBySideVariant v;
        v.name = r.name;
        v.problems = r.problems;
        v.totalIdleDepreciation = r.totalIdleDepreciation;
        for (size_t k = 0; k < r.timeline.periods.size(); ++k) {
            v.periods.push_back(periodOf(r.timeline, k));
            for (const SideBySideGeneration &g : v.periods.back().generations)
                if (!out.generations.contains(g.generation))
                    out.generations << g.generation;
        }
        out.variants.push_back(std::move(v));
    }
    out.generations.sort();
    return out;
}

} // namespace warmshell
