// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enumkeys.h"
#include "ids.h"
#include "maintenance.h"
#include "problem.h"

#include <QDate>
#include <QString>

#include <vector>

namespace warmshell {

struct Project;

// One change a scenario makes to its project. Which fields apply depends on the kind:
// - ExtraCapacity: power node `node` gets `amount` more rating per module (in the node's
//   rating unit, kW or kVA) from `from` on, on top of any capacity change already dated;
// - DelayDelivery: lot `lot` (every lot when null) is delivered `months` calendar months
//   later; a retire date moves with it;
// - DepreciationLife: lot `lot` (every lot when null) is depreciated over `amount` years
//   (straight line and declining balance; a custom schedule is left as it is);
// - RetireLot: lot `lot` is retired on `from`;
// - Maintenance: `window` joins the project's maintenance windows (its id must be new, and it
//   must not overlap a window on the same object: maintenanceProblems).
enum class OverrideKind { ExtraCapacity, DelayDelivery, DepreciationLife, RetireLot, Maintenance };
constexpr std::pair<OverrideKind, const char *> kOverrideKinds[] = { { OverrideKind::ExtraCapacity, "extra-capacity" },
    { OverrideKind::DelayDelivery, "delay-delivery" }, { OverrideKind::DepreciationLife, "depreciation-life" },
    { OverrideKind::RetireLot, "retire-lot" }, { OverrideKind::Maintenance, "maintenance" } };
inline std::span<const std::pair<OverrideKind, const char *>> enumKeys(OverrideKind)
{
    return kOverrideKinds;
}

struct ScenarioOverride
{
    OverrideKind kind = OverrideKind::ExtraCapacity;
    PowerNodeId node;
    LotId lot;
    QDate from;
    int months = 0;
    double amount = 0.0;
    MaintenanceWindow window; // Maintenance only
    friend bool operator==(const ScenarioOverride &, const ScenarioOverride &) = default;
};

// A named what-if variant of the project it is stored in: the project with its overrides
// applied in order. The base project is never changed.
struct Scenario
{
    QString name;
    QString description;
    std::vector<ScenarioOverride> overrides;
    friend bool operator==(const Scenario &, const Scenario &) = default;
};

// The project as scenario `scenario` sees it (its own scenarios list emptied). Overrides that
// name a node or lot missing from the project are reported in `problems` (path
// "$.scenarios[index].overrides[k]...", the first limits::maxProblems of them and a closing
// "… and N more") and skipped; the others are applied.
Project applyScenario(const Project &project, const Scenario &scenario, int index, std::vector<Problem> &problems);

} // namespace warmshell
