// SPDX-License-Identifier: GPL-3.0-or-later
#include "solvewarmstart.h"

#include <algorithm>

namespace warmshell::solver {

bool warmStartApplies(const SolveWarmStart &warm, const Site &site, Objective objective, Precision precision)
{
    if (warm.isEmpty() || warm.objective != objective || warm.precision != precision
        || warm.racks.size() != site.racks.size())
        return false;
    for (size_t i = 0; i < site.racks.size(); ++i)
        if (!(warm.racks[i] == site.racks[i].id))
            return false;
    return true;
}

namespace {

// The variant of group `g` running `model` at `operatingPoint`, or -1.
int variantOf(const Formulation &f, const RackGroup &g, const SystemModelId &model, const QString &operatingPoint)
{
    for (int v : g.variants) {
        const Variant &var = f.variants[size_t(v)];
        if (var.model->id == model && var.operatingPoint == operatingPoint)
            return v;
    }
    return -1;
}

} // namespace

Assignment previousPlanStart(const Formulation &f, const SolveWarmStart &warm)
{
    Assignment start = emptyAssignment(f);
    if (warm.placements.isEmpty())
        return start;
    for (size_t gi = 0; gi < f.groups.size(); ++gi) {
        const RackGroup &g = f.groups[gi];
        for (size_t r = 0; r < g.racks.size(); ++r) {
            const auto found = warm.placements.constFind(g.racks[r]->id);
            if (found == warm.placements.constEnd())
                continue;
            for (const SolveWarmStart::Systems &s : *found)
                if (const int v = variantOf(f, g, s.model, s.operatingPoint); v >= 0 && s.count > 0)
                    start[gi][r].systems.emplace_back(v, s.count);
        }
    }
    return start;
}

SolveWarmStart warmStartFrom(const Site &site, Objective objective, Precision precision, const CapacityPlan &plan,
    QHash<QString, double> multipliers)
{
    SolveWarmStart warm;
    warm.racks.reserve(site.racks.size());
    for (const Rack &rack : site.racks)
        warm.racks.push_back(rack.id);
    warm.objective = objective;
    warm.precision = precision;
    for (const RackPlacement &p : plan.placements) {
        std::vector<SolveWarmStart::Systems> &systems = warm.placements[p.rack];
        for (const PlacedSystems &s : p.systems)
            systems.push_back({ s.model, s.operatingPoint, s.count });
    }
    warm.multipliers = std::move(multipliers);
    return warm;
}

} // namespace warmshell::solver
