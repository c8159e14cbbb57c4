// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/netboxcooling.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace warmshell::netbox {

namespace {

const QString kSyntheticAirPrefix = QStringLiteral("nb-air-"); // layOutFloor's per-hall air units

QString rackIdOf(qint64 netboxRack)
{
    return QStringLiteral("nb-rack-%1").arg(netboxRack);
}

QString kindName(CoolingUnitKind kind)
{
    return keyOf(kind);
}

// Adds one unit per imported source; returns NetBox source id -> index in site.coolingUnits.
std::map<qint64, size_t> addSources(const NetBoxObjects &objects, Site &site)
{
    std::map<qint64, size_t> unitOf;
    for (const auto &[id, source] : objects.coolingSources) {
        CoolingUnit unit;
        unit.id = CoolingUnitId(QStringLiteral("nb-cool-%1").arg(id));
        unit.name = source.name;
        unit.kind = source.kind;
        unit.capacity = Kilowatts(source.capacityKw);
        unitOf.emplace(id, site.coolingUnits.size());
        site.coolingUnits.push_back(unit);
    }
    return unitOf;
}

// What the feeds did to the site: the racks a NetBox air unit cools and the plant sources that
// feeds reject to.
struct FeedOutcome
{
    QSet<QString> airCooledRacks;
    QSet<qint64> plantWithFeeds;
};

// A feed from plant source `plant`: its own room unit on `rack`, rejecting to the plant.
CoolingUnit feedUnit(const CoolingFeedIn &feed, const Rack &rack, const CoolingUnit &plant, ProblemList &report)
{
    CoolingUnit unit;
    unit.id = CoolingUnitId(QStringLiteral("nb-coolfeed-%1").arg(feed.id));
    unit.name = feed.name;
    unit.kind = rack.cooling == CoolingType::Liquid ? CoolingUnitKind::Cdu : CoolingUnitKind::RearDoor;
    double kw = feed.capacityKw;
    if (std::isnan(kw)) {
        kw = std::max(1.0, std::ceil(rack.powerLimit.value()));
        report.push_back({ member(feed.path, "cooling_capacity"),
            QStringLiteral("cooling feed \"%1\" states no capacity; its %2 unit is sized to rack \"%3\"'s %4 kW "
                           "limit (never binding); %5 \"%6\" still limits the heat")
                .arg(feed.name, kindName(unit.kind), rack.name)
                .arg(kw)
                .arg(kindName(plant.kind), plant.name) });
    }
    unit.capacity = Kilowatts(kw);
    unit.serves = { rack.id };
    unit.rejectsTo = plant.id;
    return unit;
}

// Applies every feed: a unit of its own under a plant source, or its rack served by a room source.
FeedOutcome addFeeds(
    const NetBoxObjects &objects, const std::map<qint64, size_t> &unitOf, Site &site, ProblemList &report)
{
    QHash<QString, size_t> rackIndex;
    for (size_t i = 0; i < site.racks.size(); ++i)
        rackIndex.insert(site.racks[i].id.toString(), i);
    FeedOutcome outcome;
    for (const auto &[id, feed] : objects.coolingFeeds) {
        const auto rackAt = rackIndex.constFind(rackIdOf(feed.rack));
        if (rackAt == rackIndex.constEnd()) {
            report.push_back({ member(feed.path, "rack"),
                QStringLiteral("cooling feed \"%1\" serves rack \"%2\", which is not imported (see its line); not "
                               "imported")
                    .arg(feed.name, objects.racks.at(feed.rack).name) });
            continue;
        }
        Rack &rack = site.racks[*rackAt];
        const size_t sourceIndex = unitOf.at(feed.source);
        if (isPlant(site.coolingUnits[sourceIndex].kind)) {
            const CoolingUnit unit = feedUnit(feed, rack, site.coolingUnits[sourceIndex], report);
            if (heatMedium(unit.kind) == HeatMedium::Air)
                outcome.airCooledRacks.insert(rack.id.toString());
            outcome.plantWithFeeds.insert(feed.source);
            site.coolingUnits.push_back(unit);
            continue;
        }
        std::vector<RackId> &serves = site.coolingUnits[sourceIndex].serves;
        if (std::find(serves.begin(), serves.end(), rack.id) == serves.end())
            serves.push_back(rack.id);
        outcome.airCooledRacks.insert(rack.id.toString());
        if (feed.capacityKw < rack.powerLimit.value()) {
            report.push_back({ member(feed.path, "cooling_capacity"),
                QStringLiteral("cooling feed \"%1\" carries %2 kW, below rack \"%3\"'s %4 kW limit; the rack limit "
                               "is %2 kW")
                    .arg(feed.name)
                    .arg(feed.capacityKw)
                    .arg(rack.name)
                    .arg(rack.powerLimit.value()) });
            rack.powerLimit = Kilowatts(feed.capacityKw);
        }
    }
    return outcome;
}

// Sources no feed made useful: plant nothing rejects to (kept, reported) and room units that
// serve no rack (dropped, reported).
void reportIdleSources(const NetBoxObjects &objects, const std::map<qint64, size_t> &unitOf, const FeedOutcome &outcome,
    Site &site, ProblemList &report)
{
    QSet<QString> dropped;
    for (const auto &[id, index] : unitOf) {
        const CoolingUnit &unit = site.coolingUnits[index];
        const QString path = objects.coolingSources.at(id).path;
        if (isPlant(unit.kind) && !outcome.plantWithFeeds.contains(id))
            report.push_back({ path,
                QStringLiteral("cooling source \"%1\" (%2) has no imported cooling feed: no room unit rejects heat "
                               "to it")
                    .arg(unit.name, kindName(unit.kind)) });
        if (!isPlant(unit.kind) && unit.serves.empty()) {
            report.push_back({ path,
                QStringLiteral("cooling source \"%1\" (%2) has no imported cooling feed to a rack; not imported")
                    .arg(unit.name, kindName(unit.kind)) });
            dropped.insert(unit.id.toString());
        }
    }
    std::erase_if(site.coolingUnits, [&](const CoolingUnit &u) { return dropped.contains(u.id.toString()); });
}

// Takes the racks `airCooled` from the synthetic air units, resizes them to the limits of the
// racks they keep (never binding) and drops those left with none.
void shrinkSyntheticAirUnits(const QSet<QString> &airCooled, Site &site)
{
    QHash<QString, double> limitOf;
    for (const Rack &rack : site.racks)
        limitOf.insert(rack.id.toString(), rack.powerLimit.value());
    for (CoolingUnit &unit : site.coolingUnits) {
        if (!unit.id.toString().startsWith(kSyntheticAirPrefix))
            continue;
        std::erase_if(unit.serves, [&](const RackId &r) { return airCooled.contains(r.toString()); });
        double kw = 0;
        for (const RackId &r : unit.serves)
            kw += limitOf.value(r.toString());
        unit.capacity = Kilowatts(std::max(1.0, std::ceil(kw)));
    }
    std::erase_if(site.coolingUnits,
        [](const CoolingUnit &u) { return u.id.toString().startsWith(kSyntheticAirPrefix) && u.serves.empty(); });
}

// Liquid racks that no CDU serves become air racks (a liquid rack needs its CDU to be valid), with
// one line naming them: liquid-cooled systems cannot go there until a CDU serves them.
void demoteUncooledLiquid(Site &site, ProblemList &report)
{
    QSet<QString> liquidServed;
    for (const CoolingUnit &unit : site.coolingUnits)
        if (heatMedium(unit.kind) == HeatMedium::Liquid)
            for (const RackId &r : unit.serves)
                liquidServed.insert(r.toString());
    QStringList names;
    for (Rack &rack : site.racks)
        if (rack.cooling == CoolingType::Liquid && !liquidServed.contains(rack.id.toString())) {
            rack.cooling = CoolingType::Air;
            names << rack.name;
        }
    if (!names.isEmpty())
        report.push_back({ QStringLiteral("cooling"),
            QStringLiteral("%1 liquid rack(s) have no CDU in NetBox (%2): imported air-cooled, so liquid-cooled "
                           "systems cannot go there; add the CDU in NetBox or in WarmShell and set the rack liquid")
                .arg(names.size())
                .arg(joinWithin(names, kMaxNameChars)) });
}

} // namespace

void addCooling(const NetBoxObjects &objects, bool coolingGiven, Site &site, ProblemList &report)
{
    if (site.racks.empty())
        return;
    if (!coolingGiven) {
        report.push_back({ QStringLiteral("cooling"),
            QStringLiteral("no NetBox cooling answers given (NetBox 4.7 cooling-sources and cooling-feeds): a "
                           "synthetic air unit per hall (nb-air-*, sized to the hall's rack limits, never binding) "
                           "serves every rack; set CDUs and real capacities in WarmShell") });
        demoteUncooledLiquid(site, report);
        return;
    }
    const std::map<qint64, size_t> unitOf = addSources(objects, site);
    const FeedOutcome outcome = addFeeds(objects, unitOf, site, report);
    reportIdleSources(objects, unitOf, outcome, site, report);
    shrinkSyntheticAirUnits(outcome.airCooledRacks, site);
    demoteUncooledLiquid(site, report);
    report.push_back({ QStringLiteral("cooling"),
        QStringLiteral("%1 cooling source(s) and %2 cooling feed(s) read from NetBox; racks no NetBox air unit "
                       "cools keep a synthetic air unit per hall (nb-air-*, never binding)")
            .arg(objects.coolingSources.size())
            .arg(objects.coolingFeeds.size()) });
}

} // namespace warmshell::netbox
