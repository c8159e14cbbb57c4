// SPDX-License-Identifier: GPL-3.0-or-later
#include "measuredcredit.h"

#include "catalog.h"

#include <algorithm>

namespace warmshell::solver {

namespace {

// Nameplate kW of the rack's pinned systems (unknown models count 0: validation refuses them).
double pinnedNameplateKw(const Project &project, const Catalog &catalog, const Rack &rack)
{
    double kw = 0;
    for (const PinnedSystems &pin : rack.pinned)
        if (const SystemModel *m = project.model(pin.model, catalog))
            kw += pin.count * m->power.value();
    return kw;
}

} // namespace

void addMeasuredCredits(Formulation &f, const Project &project, const Catalog &catalog, const SolveOptions &options,
    NodeMultipliers &multipliers)
{
    f.nodeMeasuredCreditKw.assign(f.nodes.size(), 0.0);
    const MeasuredDiversityPolicy &policy = project.site.measuredDiversity;
    if (!policy.enabled || options.measuredRackPeakKw.empty())
        return;
    std::vector<double> sum(f.nodes.size(), 0.0);
    for (const Rack &rack : project.site.racks) {
        const auto measured = options.measuredRackPeakKw.find(rack.id);
        if (measured == options.measuredRackPeakKw.end())
            continue;
        const double freed = pinnedNameplateKw(project, catalog, rack) - (1 + policy.margin) * measured->second;
        std::vector<double> weight(f.nodes.size(), 0.0);
        for (const PowerNodeId &feed : { rack.feedA, rack.feedB }) {
            const int v = feed.isNull() ? -1 : f.nodeIndex.value(feed, -1);
            if (v < 0 || !f.nodeEnergized[size_t(v)])
                continue;
            for (const auto &[node, multiplier] : multipliers.of(v))
                weight[size_t(node)] = std::max(weight[size_t(node)], multiplier);
        }
        for (size_t n = 0; n < f.nodes.size(); ++n)
            sum[n] += weight[n] * freed;
    }
    for (size_t n = 0; n < f.nodes.size(); ++n)
        if (f.nodeEnergized[n] && countsMeasuredDiversity(f.nodes[n].kind)) {
            f.nodeMeasuredCreditKw[n] = std::max(0.0, sum[n]);
            f.nodeAvailableKw[n] += f.nodeMeasuredCreditKw[n];
        }
}

} // namespace warmshell::solver
