// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setpropertycommand.h"

// The editable properties of racks, power nodes, cooling units and fleet lots, for
// SetPropertyCommand. Values are in the model's units.
namespace warmshell::ui::properties {

enum PropertyId {
    RackName = 1000,
    RackHeight,
    RackPowerLimit,
    RackWeightLimit,
    RackCooling,
    NodeName = 1100,
    NodeKind,
    NodeRating,
    NodeDerating,
    NodeRedundancy,
    NodeCommissioned,
    UnitName = 1200,
    UnitKind,
    UnitCapacity,
    UnitRedundancy,
    UnitCommissioned,
    LotName = 1300,
    LotModel,
    LotCount,
    LotUnitCost,
    LotDelivered,
    LotRetire,
    LotDepreciation,
};

// A property that reads and writes one data member.
template <typename Object, typename Value, Value Object::*Member>
constexpr Property<Object, Value> field(int mergeId, const char *label)
{
    return { mergeId, label, [](const Object &o) -> Value { return o.*Member; },
        [](Object &o, const Value &v) { o.*Member = v; } };
}

inline constexpr auto rackName = field<Rack, QString, &Rack::name>(RackName, "name");
inline constexpr auto rackHeight = field<Rack, RackUnits, &Rack::height>(RackHeight, "height");
inline constexpr auto rackPowerLimit = field<Rack, Kilowatts, &Rack::powerLimit>(RackPowerLimit, "power limit");
inline constexpr auto rackWeightLimit = field<Rack, Kilograms, &Rack::weightLimit>(RackWeightLimit, "weight limit");
inline constexpr auto rackCooling = field<Rack, CoolingType, &Rack::cooling>(RackCooling, "cooling type");

inline constexpr auto nodeName = field<PowerNode, QString, &PowerNode::name>(NodeName, "name");
inline constexpr auto nodeKind = field<PowerNode, PowerNodeKind, &PowerNode::kind>(NodeKind, "kind");
inline constexpr auto nodeRating = field<PowerNode, PowerRating, &PowerNode::rating>(NodeRating, "rating");
inline constexpr auto nodeDerating = field<PowerNode, double, &PowerNode::derating>(NodeDerating, "derating");
inline constexpr auto nodeRedundancy
    = field<PowerNode, Redundancy, &PowerNode::redundancy>(NodeRedundancy, "redundancy");
inline constexpr auto nodeCommissioned
    = field<PowerNode, QDate, &PowerNode::commissioned>(NodeCommissioned, "commissioning date");

inline constexpr auto unitName = field<CoolingUnit, QString, &CoolingUnit::name>(UnitName, "name");
inline constexpr auto unitKind = field<CoolingUnit, CoolingUnitKind, &CoolingUnit::kind>(UnitKind, "kind");
inline constexpr auto unitCapacity = field<CoolingUnit, Kilowatts, &CoolingUnit::capacity>(UnitCapacity, "capacity");
inline constexpr auto unitRedundancy
    = field<CoolingUnit, Redundancy, &CoolingUnit::redundancy>(UnitRedundancy, "redundancy");
inline constexpr auto unitCommissioned
    = field<CoolingUnit, QDate, &CoolingUnit::commissioned>(UnitCommissioned, "commissioning date");

inline constexpr auto lotName = field<FleetLot, QString, &FleetLot::name>(LotName, "name");
inline constexpr auto lotModel = field<FleetLot, SystemModelId, &FleetLot::model>(LotModel, "model");
inline constexpr auto lotCount = field<FleetLot, int, &FleetLot::count>(LotCount, "system count");
inline constexpr auto lotUnitCost = field<FleetLot, Money, &FleetLot::unitCost>(LotUnitCost, "unit cost");
inline constexpr auto lotDelivered = field<FleetLot, QDate, &FleetLot::delivered>(LotDelivered, "delivery date");
inline constexpr auto lotRetire = field<FleetLot, QDate, &FleetLot::retire>(LotRetire, "retirement date");
inline constexpr auto lotDepreciation
    = field<FleetLot, DepreciationPolicy, &FleetLot::depreciation>(LotDepreciation, "depreciation");

} // namespace warmshell::ui::properties
