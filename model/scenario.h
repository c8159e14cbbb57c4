// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enumkeys.h"
#include "ids.h"
#include "lot.h"
#include "maintenance.h"
#include "problem.h"

#include <QDate>
#include <QString>

#include <array>
#include <span>
#include <vector>

namespace warmshell {

struct Project;

// One change a scenario makes to its project. Which fields apply depends on the kind; each
// kind's fields, as the file spells them, are listed once in kOverrideKinds below, which the
// reader, the writer, the validator, the schema test and the app's override editor all read.
// - ExtraCapacity: power node `node` gets `amount` more rating per module (in the node's
//   rating unit, kW or kVA) from `from` on, on top of any capacity change already dated;
// - DelayDelivery: lot `lot` (every lot when null) is delivered `months` calendar months
//   later; a retire date moves with it;
// - DepreciationLife: lot `lot` (every lot when null) is depreciated over `amount` years
//   (straight line and declining balance; a custom schedule is left as it is);
// - RetireLot: lot `lot` is retired on `from`;
// - Maintenance: `window` joins the project's maintenance windows (its id must be new, and it
//   must not overlap a window on the same object: maintenanceProblems);
// - DelayCommissioning: power node or cooling unit `object` arrives `months` calendar months
//   later: its commissioning date, and for a power node every dated capacity change (only
//   the change dated `from` when `from` is given), move by `months`; an object with nothing
//   dated (or a node without a change on `from`) is reported and left as it is;
// - AddLot: `newLot` (a purchase: id, name, model, count, unit cost, delivery date; straight
//   line over six years, critical) joins the fleet; its id must be new;
// - RemoveNode: power node or cooling unit `object` is out of service on the days in
//   [`from`, `to`) (`to` null: from `from` on for good) — a power node as a capacity of 0 in
//   those days, a cooling unit through CoolingUnit::outages; the solves of those days see it
//   gone. (A short planned outage that costs hours, not a re-plan, is a Maintenance window.)
// - ChangeRating: power node `node`'s module rating is `amount` (its rating unit) from `from`
//   on; the capacity changes it had dated after `from` are dropped.
// - ChangeCoolingCapacity: cooling unit `object` removes `amount` kW (thermal) per module
//   throughout the horizon (its redundancy, commissioning date, outages and a plant unit's
//   monthly capacity factors apply as to the capacity it replaces). Undated: a cooling unit's
//   capacity has no dated changes in the model, unlike a power node's rating.
enum class OverrideKind {
    ExtraCapacity,
    DelayDelivery,
    DepreciationLife,
    RetireLot,
    Maintenance,
    DelayCommissioning,
    AddLot,
    RemoveNode,
    ChangeRating,
    ChangeCoolingCapacity
};

// One field of an override as the file holds it, and the member of ScenarioOverride it fills.
enum class OverrideField {
    Node, // "node": a power node id → node
    Object, // "object": a power node or cooling unit id → object
    Lot, // "lot": a lot of the fleet, or one an earlier add-lot of the scenario adds → lot
    From, // "from": a date → from
    To, // "to": a date after `from` → to
    Months, // "months": whole calendar months, limits::delayMonths → months
    Rating, // "rating": of one module, kW or kVA as the node's rating, limits::nodeRating → amount
    LifeYears, // "lifeYears": limits::lifeYears → amount
    NewLotId, // "id": the added lot's id, new in the project → newLot.id
    NewLotName, // "name" → newLot.name
    Model, // "model": a system model, built in or in the project's catalog → newLot.model
    Count, // "count": systems, limits::lotCount → newLot.count
    UnitCost, // "unitCost": per system, site currency, limits::money → newLot.unitCost
    Delivered, // "delivered": a date → newLot.delivered
    Window, // a maintenance window's fields (maintenancefile.h: id, name, object, module, start, end) → window
    Unit, // "unit": a cooling unit id → object
    CoolingCapacity // "capacityKw": of one module, kW thermal, limits::coolingCapacity → amount
};

struct OverrideFieldSpec
{
    OverrideField field;
    const char *key; // the JSON key; for Window, the first of the window's keys
    bool required;
    const char *label; // as the app's editor names it
};

struct OverrideKindSpec
{
    OverrideKind kind;
    const char *key; // "extra-capacity"
    const char *label; // "Extra capacity", as the app lists it
    std::span<const OverrideFieldSpec> fields; // in the order the file writes them
};

namespace overridefields {
using F = OverrideField;
inline constexpr OverrideFieldSpec extraCapacity[] = { { F::Node, "node", true, "Power node" },
    { F::From, "from", true, "From" }, { F::Rating, "rating", true, "Extra rating per module (kW or kVA)" } };
inline constexpr OverrideFieldSpec delayDelivery[]
    = { { F::Lot, "lot", false, "Lot (none: every lot)" }, { F::Months, "months", true, "Months later" } };
inline constexpr OverrideFieldSpec depreciationLife[]
    = { { F::Lot, "lot", false, "Lot (none: every lot)" }, { F::LifeYears, "lifeYears", true, "Life (years)" } };
inline constexpr OverrideFieldSpec retireLot[]
    = { { F::Lot, "lot", true, "Lot" }, { F::From, "from", true, "Retired on" } };
inline constexpr OverrideFieldSpec maintenance[] = { { F::Window, "id", true, "Window" } };
inline constexpr OverrideFieldSpec delayCommissioning[] = { { F::Object, "object", true, "Power node or cooling unit" },
    { F::Months, "months", true, "Months later" }, { F::From, "from", false, "Only the change dated" } };
inline constexpr OverrideFieldSpec addLot[]
    = { { F::NewLotId, "id", true, "Lot id" }, { F::NewLotName, "name", false, "Lot name" },
          { F::Model, "model", true, "System model" }, { F::Count, "count", true, "Systems" },
          { F::UnitCost, "unitCost", true, "Price per system" }, { F::Delivered, "delivered", true, "Delivered" } };
inline constexpr OverrideFieldSpec removeNode[] = { { F::Object, "object", true, "Power node or cooling unit" },
    { F::From, "from", true, "Out from" }, { F::To, "to", false, "Back on (none: for good)" } };
inline constexpr OverrideFieldSpec changeRating[] = { { F::Node, "node", true, "Power node" },
    { F::From, "from", true, "From" }, { F::Rating, "rating", true, "Rating per module (kW or kVA)" } };
inline constexpr OverrideFieldSpec changeCoolingCapacity[] = { { F::Unit, "unit", true, "Cooling unit" },
    { F::CoolingCapacity, "capacityKw", true, "Capacity per module (kW)" } };
} // namespace overridefields

// Every override kind, once: its key, its label and its fields. A new kind is a row here, a
// case in applyScenario, and nothing else in model/ (reader, writer and validator walk the
// fields; tst_scenario checks docs/project.schema.json and docs/file-format.md against it).
inline constexpr OverrideKindSpec kOverrideKinds[] = {
    { OverrideKind::ExtraCapacity, "extra-capacity", "Extra capacity", overridefields::extraCapacity },
    { OverrideKind::DelayDelivery, "delay-delivery", "Delay delivery", overridefields::delayDelivery },
    { OverrideKind::DepreciationLife, "depreciation-life", "Depreciation life", overridefields::depreciationLife },
    { OverrideKind::RetireLot, "retire-lot", "Retire lot", overridefields::retireLot },
    { OverrideKind::Maintenance, "maintenance", "Maintenance window", overridefields::maintenance },
    { OverrideKind::DelayCommissioning, "delay-commissioning", "Delay commissioning",
        overridefields::delayCommissioning },
    { OverrideKind::AddLot, "add-lot", "Add lot (purchase)", overridefields::addLot },
    { OverrideKind::RemoveNode, "remove-node", "Remove node or unit", overridefields::removeNode },
    { OverrideKind::ChangeRating, "change-rating", "Change rating", overridefields::changeRating },
    { OverrideKind::ChangeCoolingCapacity, "change-cooling-capacity", "Change cooling capacity",
        overridefields::changeCoolingCapacity },
};

// The spec of `kind` (every kind has one).
const OverrideKindSpec &overrideKindSpec(OverrideKind kind);

// The kinds' file keys in the form enumkeys.h reads, made from kOverrideKinds.
inline constexpr auto kOverrideKindKeys = [] {
    std::array<std::pair<OverrideKind, const char *>, std::size(kOverrideKinds)> keys{};
    for (size_t i = 0; i < keys.size(); ++i)
        keys[i] = { kOverrideKinds[i].kind, kOverrideKinds[i].key };
    return keys;
}();
inline std::span<const std::pair<OverrideKind, const char *>> enumKeys(OverrideKind)
{
    return kOverrideKindKeys;
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
    QString object; // DelayCommissioning, RemoveNode: a power node or cooling unit id; ChangeCoolingCapacity: a unit
    QDate to; // RemoveNode: back in service on this day; null: out for good
    FleetLot newLot; // AddLot only
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

// Every problem of the project's scenarios' overrides in memory, with the reader's paths
// ("$.scenarios[i].overrides[k].field"): a required field missing, a number out of its
// range (NaN included), a node, unit, lot or model that does not exist (`builtIn` and the project's
// catalog hold the models; null `builtIn`: models are not checked), an added lot whose id
// is taken, a `to` not after `from`. Maintenance windows are checked by maintenanceProblems.
// `referencesOnly` (the file reader, which has checked presence and ranges as it read): only
// what names something, and `to` after `from`.
std::vector<Problem> scenarioProblems(
    const Project &project, const class Catalog *builtIn, bool referencesOnly = false);

} // namespace warmshell
