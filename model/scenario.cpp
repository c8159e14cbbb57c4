// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario.h"

#include "problemlist.h"
#include "project.h"

#include <algorithm>

namespace warmshell {

namespace {

// Adds `window` to the project's windows unless it names nothing or clashes with one of them
// (maintenanceProblems on the combined list; the new window's problems are reported at `path`).
void addWindow(Project &out, const MaintenanceWindow &window, const QString &path, ProblemList &problems)
{
    std::vector<MaintenanceWindow> combined = out.maintenanceWindows;
    combined.push_back(window);
    const QString last = QStringLiteral("$.maintenanceWindows[%1]").arg(combined.size() - 1);
    bool clash = false;
    for (Problem problem : maintenanceProblems(out, combined, QStringLiteral("$.maintenanceWindows")))
        if (problem.path.startsWith(last)) {
            problem.path = path + problem.path.mid(last.size());
            problems.push_back(problem);
            clash = true;
        }
    if (!clash)
        out.maintenanceWindows.push_back(window);
}

} // namespace

Project applyScenario(const Project &project, const Scenario &scenario, int index, std::vector<Problem> &found)
{
    ProblemList problems; // capped: a scenario may have a million overrides naming nothing
    Project out = project;
    out.scenarios.clear();
    const QString base = QStringLiteral("$.scenarios[%1].overrides").arg(index);
    for (size_t k = 0; k < scenario.overrides.size(); ++k) {
        const ScenarioOverride &o = scenario.overrides[k];
        const QString p = QStringLiteral("%1[%2]").arg(base).arg(k);
        auto lotsNamed = [&]() {
            std::vector<FleetLot *> lots;
            for (FleetLot &lot : out.fleet)
                if (o.lot.isNull() || lot.id == o.lot)
                    lots.push_back(&lot);
            if (!o.lot.isNull() && lots.empty())
                problems.push_back({ p + QStringLiteral(".lot"),
                    QStringLiteral("names lot \"%1\", which does not exist").arg(o.lot.toString().left(64)) });
            return lots;
        };
        switch (o.kind) {
        case OverrideKind::ExtraCapacity: {
            PowerNode *node = out.site.power.node(o.node);
            if (!node) {
                problems.push_back({ p + QStringLiteral(".node"),
                    QStringLiteral("names power node \"%1\", which does not exist").arg(o.node.toString().left(64)) });
                break;
            }
            // The module rating from `from` on rises by `amount`, and so does every later change.
            const double at = node->moduleCapacity(o.from).value() / node->rating.powerFactor();
            for (CapacityChange &c : node->capacityChanges)
                if (c.from > o.from)
                    c.rating += o.amount;
            node->capacityChanges.push_back({ o.from, at + o.amount, std::nullopt });
            std::stable_sort(node->capacityChanges.begin(), node->capacityChanges.end(),
                [](const CapacityChange &a, const CapacityChange &b) { return a.from < b.from; });
            break;
        }
        case OverrideKind::DelayDelivery:
            for (FleetLot *lot : lotsNamed()) {
                lot->delivered = lot->delivered.addMonths(o.months);
                if (lot->retire.isValid())
                    lot->retire = lot->retire.addMonths(o.months);
            }
            break;
        case OverrideKind::DepreciationLife:
            for (FleetLot *lot : lotsNamed())
                if (lot->depreciation.method != DepreciationMethod::Custom)
                    lot->depreciation.lifeYears = o.amount;
            break;
        case OverrideKind::RetireLot:
            for (FleetLot *lot : lotsNamed())
                lot->retire = o.from;
            break;
        case OverrideKind::Maintenance:
            addWindow(out, o.window, p, problems);
            break;
        }
    }
    const std::vector<Problem> kept = problems.take();
    found.insert(found.end(), kept.begin(), kept.end());
    return out;
}

} // namespace warmshell
