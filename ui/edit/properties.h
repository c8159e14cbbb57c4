// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setpropertycommand.h"

// The editable properties of the site, halls, rows, racks, power nodes, cooling units, fleet lots and
// tenants, for
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
    LotTenant,
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
    TenantName = 1700,
    TenantPriority,
    TenantMinGpus,
    TenantMaxGpus,
    TenantMaxMegawatts,
};

// A property that reads and writes one data member.
template <typename Object, typename Value, Value Object::*Member>
constexpr Property<Object, Value> field(int mergeId, const char *label)
{
    return { mergeId, label, [](const Object &o) -> Value { return o.*Member; },
        [](Object &o, const Value &v) { o.*Member = v; } };
}

inline constexpr auto siteAllowInterruptibleOnReserve = field<Site, bool, &Site::allowInterruptibleOnReserve>(
    SiteAllowInterruptibleOnReserve, QT_TRANSLATE_NOOP("Property", "interruptible load on reserve"));
inline constexpr auto siteName = field<Site, QString, &Site::name>(SiteName, QT_TRANSLATE_NOOP("Property", "name"));
inline constexpr auto siteCurrency
    = field<Site, QString, &Site::currency>(SiteCurrency, QT_TRANSLATE_NOOP("Property", "currency"));
inline constexpr auto sitePlanStart
    = field<Site, QDate, &Site::planStart>(SitePlanStart, QT_TRANSLATE_NOOP("Property", "plan start"));
inline constexpr auto sitePeriod
    = field<Site, PlanningPeriod, &Site::period>(SitePeriod, QT_TRANSLATE_NOOP("Property", "planning period"));
inline constexpr auto siteHorizon
    = field<Site, int, &Site::horizonPeriods>(SiteHorizon, QT_TRANSLATE_NOOP("Property", "horizon"));
// The thermal model's settings (its explicit recirculation coefficients are not edited here).
inline constexpr Property<Site, bool> siteThermalEnabled{ SiteThermalEnabled,
    QT_TRANSLATE_NOOP("Property", "thermal model"), [](const Site &s) { return s.thermal.enabled; },
    [](Site &s, const bool &v) { s.thermal.enabled = v; } };
inline constexpr Property<Site, Celsius> siteSupplyTemperature{ SiteSupplyTemperature,
    QT_TRANSLATE_NOOP("Property", "supply temperature"), [](const Site &s) { return s.thermal.supply; },
    [](Site &s, const Celsius &v) { s.thermal.supply = v; } };
inline constexpr Property<Site, Celsius> siteInletLimit{ SiteInletLimit, QT_TRANSLATE_NOOP("Property", "inlet limit"),
    [](const Site &s) { return s.thermal.inletLimit; }, [](Site &s, const Celsius &v) { s.thermal.inletLimit = v; } };
inline constexpr Property<Site, bool> siteDeriveFromLayout{ SiteDeriveFromLayout,
    QT_TRANSLATE_NOOP("Property", "recirculation from the layout"),
    [](const Site &s) { return s.thermal.deriveFromLayout; },
    [](Site &s, const bool &v) { s.thermal.deriveFromLayout = v; } };

// Hall geometry, metres on the campus plan: each coordinate is its own property (and merge id).
inline constexpr auto hallName = field<Hall, QString, &Hall::name>(HallName, QT_TRANSLATE_NOOP("Property", "name"));
inline constexpr Property<Hall, Metres> hallOriginX{ HallOriginX, QT_TRANSLATE_NOOP("Property", "x"),
    [](const Hall &h) { return h.origin.x; }, [](Hall &h, const Metres &v) { h.origin.x = v; } };
inline constexpr Property<Hall, Metres> hallOriginY{ HallOriginY, QT_TRANSLATE_NOOP("Property", "y"),
    [](const Hall &h) { return h.origin.y; }, [](Hall &h, const Metres &v) { h.origin.y = v; } };
inline constexpr Property<Hall, Metres> hallWidth{ HallWidth, QT_TRANSLATE_NOOP("Property", "width"),
    [](const Hall &h) { return h.size.x; }, [](Hall &h, const Metres &v) { h.size.x = v; } };
inline constexpr Property<Hall, Metres> hallDepth{ HallDepth, QT_TRANSLATE_NOOP("Property", "depth"),
    [](const Hall &h) { return h.size.y; }, [](Hall &h, const Metres &v) { h.size.y = v; } };

inline constexpr auto rowName = field<Row, QString, &Row::name>(RowName, QT_TRANSLATE_NOOP("Property", "name"));
inline constexpr auto rowContainment
    = field<Row, Containment, &Row::containment>(RowContainment, QT_TRANSLATE_NOOP("Property", "containment"));

inline constexpr auto rackName = field<Rack, QString, &Rack::name>(RackName, QT_TRANSLATE_NOOP("Property", "name"));
inline constexpr auto rackHeight
    = field<Rack, RackUnits, &Rack::height>(RackHeight, QT_TRANSLATE_NOOP("Property", "height"));
inline constexpr auto rackPowerLimit
    = field<Rack, Kilowatts, &Rack::powerLimit>(RackPowerLimit, QT_TRANSLATE_NOOP("Property", "power limit"));
inline constexpr auto rackWeightLimit
    = field<Rack, Kilograms, &Rack::weightLimit>(RackWeightLimit, QT_TRANSLATE_NOOP("Property", "weight limit"));
inline constexpr auto rackCooling
    = field<Rack, CoolingType, &Rack::cooling>(RackCooling, QT_TRANSLATE_NOOP("Property", "cooling type"));

inline constexpr auto nodeName
    = field<PowerNode, QString, &PowerNode::name>(NodeName, QT_TRANSLATE_NOOP("Property", "name"));
inline constexpr auto nodeKind
    = field<PowerNode, PowerNodeKind, &PowerNode::kind>(NodeKind, QT_TRANSLATE_NOOP("Property", "kind"));
inline constexpr auto nodeRating
    = field<PowerNode, PowerRating, &PowerNode::rating>(NodeRating, QT_TRANSLATE_NOOP("Property", "rating"));
inline constexpr auto nodeDerating
    = field<PowerNode, double, &PowerNode::derating>(NodeDerating, QT_TRANSLATE_NOOP("Property", "derating"));
inline constexpr auto nodeRedundancy
    = field<PowerNode, Redundancy, &PowerNode::redundancy>(NodeRedundancy, QT_TRANSLATE_NOOP("Property", "redundancy"));
inline constexpr auto nodeCommissioned = field<PowerNode, QDate, &PowerNode::commissioned>(
    NodeCommissioned, QT_TRANSLATE_NOOP("Property", "commissioning date"));
// Efficiency as a fraction in (0, 1]; house loads as the node's whole list.
inline constexpr auto nodeEfficiency
    = field<PowerNode, double, &PowerNode::efficiency>(NodeEfficiency, QT_TRANSLATE_NOOP("Property", "efficiency"));
inline constexpr auto nodeHouseLoads = field<PowerNode, std::vector<HouseLoad>, &PowerNode::houseLoads>(
    NodeHouseLoads, QT_TRANSLATE_NOOP("Property", "house load"));

inline constexpr auto unitName
    = field<CoolingUnit, QString, &CoolingUnit::name>(UnitName, QT_TRANSLATE_NOOP("Property", "name"));
inline constexpr auto unitKind
    = field<CoolingUnit, CoolingUnitKind, &CoolingUnit::kind>(UnitKind, QT_TRANSLATE_NOOP("Property", "kind"));
inline constexpr auto unitCapacity
    = field<CoolingUnit, Kilowatts, &CoolingUnit::capacity>(UnitCapacity, QT_TRANSLATE_NOOP("Property", "capacity"));
inline constexpr auto unitRedundancy = field<CoolingUnit, Redundancy, &CoolingUnit::redundancy>(
    UnitRedundancy, QT_TRANSLATE_NOOP("Property", "redundancy"));
inline constexpr auto unitCommissioned = field<CoolingUnit, QDate, &CoolingUnit::commissioned>(
    UnitCommissioned, QT_TRANSLATE_NOOP("Property", "commissioning date"));
// The unit's electrical input: the node it draws from (null: off the chain), its fixed kW and
// its kW per kW of heat removed.
inline constexpr auto unitFeed
    = field<CoolingUnit, PowerNodeId, &CoolingUnit::feed>(UnitFeed, QT_TRANSLATE_NOOP("Property", "feed"));
inline constexpr auto unitDrawKw
    = field<CoolingUnit, double, &CoolingUnit::drawKw>(UnitDrawKw, QT_TRANSLATE_NOOP("Property", "fixed draw"));
inline constexpr auto unitDrawKwPerKw = field<CoolingUnit, double, &CoolingUnit::drawKwPerKw>(
    UnitDrawKwPerKw, QT_TRANSLATE_NOOP("Property", "draw per kW of heat"));
inline constexpr auto unitRejectsTo = field<CoolingUnit, CoolingUnitId, &CoolingUnit::rejectsTo>(
    UnitRejectsTo, QT_TRANSLATE_NOOP("Property", "rejects heat to"));

// A lot's load class with its cap, set together: a critical lot has no cap, so making a lot
// critical clears it, and the undo brings both back.
using FailureClass = std::pair<LoadClass, QString>; // (class, cappedTo: empty = shed)
inline constexpr Property<FleetLot, FailureClass> lotFailureClass{ LotFailureClass,
    QT_TRANSLATE_NOOP("Property", "load class"),
    [](const FleetLot &l) {
        return FailureClass{ l.loadClass, l.cappedTo };
    },
    [](FleetLot &l, const FailureClass &v) {
        l.loadClass = v.first;
        l.cappedTo = v.first == LoadClass::Interruptible ? v.second : QString();
    } };
inline constexpr auto lotName
    = field<FleetLot, QString, &FleetLot::name>(LotName, QT_TRANSLATE_NOOP("Property", "name"));
inline constexpr auto lotModel
    = field<FleetLot, SystemModelId, &FleetLot::model>(LotModel, QT_TRANSLATE_NOOP("Property", "model"));
inline constexpr auto lotCount
    = field<FleetLot, int, &FleetLot::count>(LotCount, QT_TRANSLATE_NOOP("Property", "system count"));
inline constexpr auto lotUnitCost
    = field<FleetLot, Money, &FleetLot::unitCost>(LotUnitCost, QT_TRANSLATE_NOOP("Property", "unit cost"));
inline constexpr auto lotDelivered
    = field<FleetLot, QDate, &FleetLot::delivered>(LotDelivered, QT_TRANSLATE_NOOP("Property", "delivery date"));
inline constexpr auto lotRetire
    = field<FleetLot, QDate, &FleetLot::retire>(LotRetire, QT_TRANSLATE_NOOP("Property", "retirement date"));
inline constexpr auto lotDepreciation = field<FleetLot, DepreciationPolicy, &FleetLot::depreciation>(
    LotDepreciation, QT_TRANSLATE_NOOP("Property", "depreciation"));

// The lot's owner (null: the operator's own lots).
inline constexpr auto lotTenant
    = field<FleetLot, TenantId, &FleetLot::tenant>(LotTenant, QT_TRANSLATE_NOOP("Property", "tenant"));

// A tenant's name, priority (higher first) and quotas (empty: no quota), model/tenant.h.
inline constexpr auto tenantName
    = field<Tenant, QString, &Tenant::name>(TenantName, QT_TRANSLATE_NOOP("Property", "name"));
inline constexpr auto tenantPriority
    = field<Tenant, int, &Tenant::priority>(TenantPriority, QT_TRANSLATE_NOOP("Property", "priority"));
inline constexpr auto tenantMinGpus
    = field<Tenant, std::optional<int>, &Tenant::minGpus>(TenantMinGpus, QT_TRANSLATE_NOOP("Property", "minimum GPUs"));
inline constexpr auto tenantMaxGpus
    = field<Tenant, std::optional<int>, &Tenant::maxGpus>(TenantMaxGpus, QT_TRANSLATE_NOOP("Property", "maximum GPUs"));
inline constexpr auto tenantMaxMegawatts = field<Tenant, std::optional<double>, &Tenant::maxMegawatts>(
    TenantMaxMegawatts, QT_TRANSLATE_NOOP("Property", "maximum MW"));

} // namespace warmshell::ui::properties
