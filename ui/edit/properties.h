// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setpropertycommand.h"

// The editable properties of the site, halls, rows, racks, power nodes, cooling units and fleet lots, for
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
    NodeEfficiency,
    NodeHouseLoads,
    UnitName = 1200,
    UnitKind,
    UnitCapacity,
    UnitRedundancy,
    UnitCommissioned,
    UnitFeed,
    UnitDrawKw,
    UnitDrawKwPerKw,
    UnitRejectsTo,
    LotName = 1300,
    LotModel,
    LotCount,
    LotUnitCost,
    LotDelivered,
    LotRetire,
    LotDepreciation,
    LotFailureClass,
    SiteName = 1400,
    SiteCurrency,
    SitePlanStart,
    SitePeriod,
    SiteHorizon,
    SiteThermalEnabled,
    SiteSupplyTemperature,
    SiteInletLimit,
    SiteDeriveFromLayout,
    SiteAllowInterruptibleOnReserve,
    HallName = 1500,
    HallOriginX,
    HallOriginY,
    HallWidth,
    HallDepth,
    RowName = 1600,
    RowContainment,
};

// A property that reads and writes one data member.
template <typename Object, typename Value, Value Object::*Member>
constexpr Property<Object, Value> field(int mergeId, const char *label)
{
    return { mergeId, label, [](const Object &o) -> Value { return o.*Member; },
        [](Object &o, const Value &v) { o.*Member = v; } };
}

inline constexpr auto siteAllowInterruptibleOnReserve = field<Site, bool, &Site::allowInterruptibleOnReserve>(
    SiteAllowInterruptibleOnReserve, "interruptible load on reserve");
inline constexpr auto siteName = field<Site, QString, &Site::name>(SiteName, "name");
inline constexpr auto siteCurrency = field<Site, QString, &Site::currency>(SiteCurrency, "currency");
inline constexpr auto sitePlanStart = field<Site, QDate, &Site::planStart>(SitePlanStart, "plan start");
inline constexpr auto sitePeriod = field<Site, PlanningPeriod, &Site::period>(SitePeriod, "planning period");
inline constexpr auto siteHorizon = field<Site, int, &Site::horizonPeriods>(SiteHorizon, "horizon");
// The thermal model's settings (its explicit recirculation coefficients are not edited here).
inline constexpr Property<Site, bool> siteThermalEnabled{ SiteThermalEnabled, "thermal model",
    [](const Site &s) { return s.thermal.enabled; }, [](Site &s, const bool &v) { s.thermal.enabled = v; } };
inline constexpr Property<Site, Celsius> siteSupplyTemperature{ SiteSupplyTemperature, "supply temperature",
    [](const Site &s) { return s.thermal.supply; }, [](Site &s, const Celsius &v) { s.thermal.supply = v; } };
inline constexpr Property<Site, Celsius> siteInletLimit{ SiteInletLimit, "inlet limit",
    [](const Site &s) { return s.thermal.inletLimit; }, [](Site &s, const Celsius &v) { s.thermal.inletLimit = v; } };
inline constexpr Property<Site, bool> siteDeriveFromLayout{ SiteDeriveFromLayout, "recirculation from the layout",
    [](const Site &s) { return s.thermal.deriveFromLayout; },
    [](Site &s, const bool &v) { s.thermal.deriveFromLayout = v; } };

// Hall geometry, metres on the campus plan: each coordinate is its own property (and merge id).
inline constexpr auto hallName = field<Hall, QString, &Hall::name>(HallName, "name");
inline constexpr Property<Hall, Metres> hallOriginX{ HallOriginX, "x", [](const Hall &h) { return h.origin.x; },
    [](Hall &h, const Metres &v) { h.origin.x = v; } };
inline constexpr Property<Hall, Metres> hallOriginY{ HallOriginY, "y", [](const Hall &h) { return h.origin.y; },
    [](Hall &h, const Metres &v) { h.origin.y = v; } };
inline constexpr Property<Hall, Metres> hallWidth{ HallWidth, "width", [](const Hall &h) { return h.size.x; },
    [](Hall &h, const Metres &v) { h.size.x = v; } };
inline constexpr Property<Hall, Metres> hallDepth{ HallDepth, "depth", [](const Hall &h) { return h.size.y; },
    [](Hall &h, const Metres &v) { h.size.y = v; } };

inline constexpr auto rowName = field<Row, QString, &Row::name>(RowName, "name");
inline constexpr auto rowContainment = field<Row, Containment, &Row::containment>(RowContainment, "containment");

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
// Efficiency as a fraction in (0, 1]; house loads as the node's whole list.
inline constexpr auto nodeEfficiency = field<PowerNode, double, &PowerNode::efficiency>(NodeEfficiency, "efficiency");
inline constexpr auto nodeHouseLoads
    = field<PowerNode, std::vector<HouseLoad>, &PowerNode::houseLoads>(NodeHouseLoads, "house load");

inline constexpr auto unitName = field<CoolingUnit, QString, &CoolingUnit::name>(UnitName, "name");
inline constexpr auto unitKind = field<CoolingUnit, CoolingUnitKind, &CoolingUnit::kind>(UnitKind, "kind");
inline constexpr auto unitCapacity = field<CoolingUnit, Kilowatts, &CoolingUnit::capacity>(UnitCapacity, "capacity");
inline constexpr auto unitRedundancy
    = field<CoolingUnit, Redundancy, &CoolingUnit::redundancy>(UnitRedundancy, "redundancy");
inline constexpr auto unitCommissioned
    = field<CoolingUnit, QDate, &CoolingUnit::commissioned>(UnitCommissioned, "commissioning date");
// The unit's electrical input: the node it draws from (null: off the chain), its fixed kW and
// its kW per kW of heat removed.
inline constexpr auto unitFeed = field<CoolingUnit, PowerNodeId, &CoolingUnit::feed>(UnitFeed, "feed");
inline constexpr auto unitDrawKw = field<CoolingUnit, double, &CoolingUnit::drawKw>(UnitDrawKw, "fixed draw");
inline constexpr auto unitDrawKwPerKw
    = field<CoolingUnit, double, &CoolingUnit::drawKwPerKw>(UnitDrawKwPerKw, "draw per kW of heat");
inline constexpr auto unitRejectsTo
    = field<CoolingUnit, CoolingUnitId, &CoolingUnit::rejectsTo>(UnitRejectsTo, "rejects heat to");

// A lot's load class with its cap, set together: a critical lot has no cap, so making a lot
// critical clears it, and the undo brings both back.
using FailureClass = std::pair<LoadClass, QString>; // (class, cappedTo: empty = shed)
inline constexpr Property<FleetLot, FailureClass> lotFailureClass{ LotFailureClass, "load class",
    [](const FleetLot &l) {
        return FailureClass{ l.loadClass, l.cappedTo };
    },
    [](FleetLot &l, const FailureClass &v) {
        l.loadClass = v.first;
        l.cappedTo = v.first == LoadClass::Interruptible ? v.second : QString();
    } };
inline constexpr auto lotName = field<FleetLot, QString, &FleetLot::name>(LotName, "name");
inline constexpr auto lotModel = field<FleetLot, SystemModelId, &FleetLot::model>(LotModel, "model");
inline constexpr auto lotCount = field<FleetLot, int, &FleetLot::count>(LotCount, "system count");
inline constexpr auto lotUnitCost = field<FleetLot, Money, &FleetLot::unitCost>(LotUnitCost, "unit cost");
inline constexpr auto lotDelivered = field<FleetLot, QDate, &FleetLot::delivered>(LotDelivered, "delivery date");
inline constexpr auto lotRetire = field<FleetLot, QDate, &FleetLot::retire>(LotRetire, "retirement date");
inline constexpr auto lotDepreciation
    = field<FleetLot, DepreciationPolicy, &FleetLot::depreciation>(LotDepreciation, "depreciation");

} // namespace warmshell::ui::properties
