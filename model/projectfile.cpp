// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectfile.h"

#include "clusterfile.h"
#include "inputfile.h"
#include "maintenancefile.h"
#include "outputfile.h"
#include "tenantfile.h"

#include <algorithm>
#include <cmath>

#include <QJsonDocument>

namespace warmshell {

using Need = JsonReader::Need;

namespace {

const QString kFormatName = QStringLiteral("warmshell-project");

// Depth of the deepest [ or { outside strings, or -1 at the first byte deeper than the
// limit (reported with its offset). Run before QJsonDocument so hostile nesting is refused
// cheaply and with a clear message.
qsizetype firstTooDeepOffset(const QByteArray &bytes)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '[' || c == '{') {
            if (++depth > limits::maxNesting)
                return i;
        } else if (c == ']' || c == '}')
            --depth;
    }
    return -1;
}

// ---- migration -------------------------------------------------------------------------

// Version 1 → 2: power node "ratingKw": n becomes "rating": {"value": n, "unit": "kW"};
// rack "feeds": [a, b] becomes "feedA": a, "feedB": b.
void migrateV1ToV2(QJsonObject &root, JsonReader &reader)
{
    QJsonObject site = root.value(QStringLiteral("site")).toObject();
    QJsonArray nodes = site.value(QStringLiteral("powerNodes")).toArray();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        QJsonObject node = nodes[i].toObject();
        if (node.contains(QStringLiteral("ratingKw"))) {
            const QJsonValue kw = node.take(QStringLiteral("ratingKw"));
            if (!kw.isDouble())
                reader.fail(JsonReader::member(
                                JsonReader::item(QStringLiteral("$.site.powerNodes"), i), QStringLiteral("ratingKw")),
                    QStringLiteral("must be a number, got %1 (format version 1)").arg(jsonTypeName(kw)));
            node.insert(QStringLiteral("rating"),
                QJsonObject{ { QStringLiteral("value"), kw }, { QStringLiteral("unit"), QStringLiteral("kW") } });
        }
        nodes[i] = node;
    }
    site.insert(QStringLiteral("powerNodes"), nodes);

    QJsonArray racks = site.value(QStringLiteral("racks")).toArray();
    for (qsizetype i = 0; i < racks.size(); ++i) {
        QJsonObject rack = racks[i].toObject();
        if (rack.contains(QStringLiteral("feeds"))) {
            const QJsonValue feeds = rack.take(QStringLiteral("feeds"));
            const QJsonArray list = feeds.toArray();
            if (!feeds.isArray() || list.size() > 2)
                reader.fail(
                    JsonReader::member(JsonReader::item(QStringLiteral("$.site.racks"), i), QStringLiteral("feeds")),
                    QStringLiteral("must be an array of at most two power node ids (format version 1)"));
            rack.insert(QStringLiteral("feedA"), list.size() > 0 ? list[0] : QJsonValue());
            rack.insert(QStringLiteral("feedB"), list.size() > 1 ? list[1] : QJsonValue());
        }
        racks[i] = rack;
    }
    site.insert(QStringLiteral("racks"), racks);
    root.insert(QStringLiteral("site"), site);
    root.insert(QStringLiteral("formatVersion"), 2);
}

// Version 2 → 3: v3 only adds optional content (power node "capacityChanges", the root
// "scenarios" list), so a v2 file is a v3 file once its version says so.
void migrateV2ToV3(QJsonObject &root, JsonReader &)
{
    root.insert(QStringLiteral("formatVersion"), 3);
}

// Version 3 → 4: v4 only adds optional content (power node "efficiency" and "houseLoads",
// cooling unit "feed", "drawKw" and "drawKwPerKw"), so a v3 file is a v4 file once its version
// says so.
void migrateV3ToV4(QJsonObject &root, JsonReader &)
{
    root.insert(QStringLiteral("formatVersion"), 4);
}

// Version 4 → 5: v5 only adds optional content — the root list "maintenanceWindows" and the
// scenario override kind "maintenance"; cooling unit kinds "chiller", "dry-cooler" and "tower",
// a room unit's "rejectsTo", a plant unit's "monthlyDrawFactor" and "monthlyCapacityFactor" —
// so a v4 file is a v5 file once its version says so.
void migrateV4ToV5(QJsonObject &root, JsonReader &)
{
    root.insert(QStringLiteral("formatVersion"), 5);
}

// Version 5 → 6: v6 only adds optional content — a lot's "loadClass" and "cappedTo" and the
// site's "allowInterruptibleOnReserve" (issue 18, the reserve policy) — whose defaults
// (critical, no policy) are what a v5 file means, so a v5 file is a v6 file once its version
// says so.
void migrateV5ToV6(QJsonObject &root, JsonReader &)
{
    root.insert(QStringLiteral("formatVersion"), 6);
}

// Version 6 → 7: v7 only adds optional content, so a v6 file is a v7 file once its version says
// so: a system model's and a lot's "typicalDrawFraction" and the site's "measuredDiversity"
// policy (issue 18 §4; defaults 1.0, nameplate, and no policy are what a v6 file means); the
// scenario override kinds "delay-commissioning", "add-lot", "remove-node" and "change-rating"
// (issue 19 §1; a v6 file has none); how late a dated event may come, for the Monte Carlo run
// (issue 19 §2: a power node's and a cooling unit's "commissioningDelayMonths", a capacity
// change's "delayMonths", a lot's "deliveryDelayMonths"; absent: the date as written).
void migrateV6ToV7(QJsonObject &root, JsonReader &)
{
    root.insert(QStringLiteral("formatVersion"), 7);
}

// Version 7 → 8: v8 only adds optional content — the root list "tenants" (with reservations
// and quotas) and a lot's "tenant" (issue 20 §3) — and a v7 file has neither: every lot is
// the operator's own and every rack open, so a v7 file is a v8 file once its version says so.
void migrateV7ToV8(QJsonObject &root, JsonReader &)
{
    root.insert(QStringLiteral("formatVersion"), 8);
}

// Version 8 → 9: v9 only adds the scenario override kind "change-cooling-capacity" (issue 19
// §1), which a v8 file has none of, so a v8 file is a v9 file once its version says so.
void migrateV8ToV9(QJsonObject &root, JsonReader &)
{
    root.insert(QStringLiteral("formatVersion"), 9);
}

// Version 9 → 10: v10 only adds optional content — the root lists "fabricDomains" and
// "clusters" (issue 20 §2) — and a v9 file has neither: no system is set aside for a cluster,
// so a v9 file is a v10 file once its version says so.
void migrateV9ToV10(QJsonObject &root, JsonReader &)
{
    root.insert(QStringLiteral("formatVersion"), 10);
}

// ---- reading ---------------------------------------------------------------------------

Redundancy readRedundancy(JsonReader &r, const QJsonObject &parent, const QString &path)
{
    Redundancy red;
    const auto o = r.object(parent, path, "redundancy", Need::Optional);
    if (!o)
        return red;
    const QString p = JsonReader::member(path, QStringLiteral("redundancy"));
    r.rejectUnknownKeys(*o, p, { "scheme", "modules", "x", "y" });
    const QString key = r.text(*o, p, "scheme", Need::Required);
    const auto scheme = schemeFromKey(key);
    if (!scheme) {
        if (o->value(QStringLiteral("scheme")).isString())
            r.fail(JsonReader::member(p, QStringLiteral("scheme")),
                QStringLiteral("\"%1\" is not one of \"N\", \"N+1\", \"2N\" or \"block\"").arg(key.left(40)));
        return red;
    }
    red.scheme = *scheme;
    if (red.scheme == Redundancy::Scheme::NPlusOne)
        red.modules = r.integer(*o, p, "modules", limits::redundancyModules);
    if (red.scheme == Redundancy::Scheme::Block) {
        red.blockX = r.integer(*o, p, "x", limits::redundancyModules);
        red.blockY = r.integer(*o, p, "y", FieldRange{ 1, 63, "" });
        if (red.blockY >= red.blockX && r.errors().empty())
            r.fail(JsonReader::member(p, QStringLiteral("y")),
                QStringLiteral("must be less than x (%1), got %2").arg(red.blockX).arg(red.blockY));
    }
    return red;
}

PowerRating readRating(JsonReader &r, const QJsonObject &parent, const QString &path)
{
    const auto o = r.object(parent, path, "rating", Need::Required);
    if (!o)
        return {};
    const QString p = JsonReader::member(path, QStringLiteral("rating"));
    r.rejectUnknownKeys(*o, p, { "value", "unit", "powerFactor" });
    const double value = r.number(*o, p, "value", limits::nodeRating);
    const QString unit = r.text(*o, p, "unit", Need::Required);
    if (unit == QLatin1String("kW")) {
        if (o->contains(QStringLiteral("powerFactor")))
            r.fail(JsonReader::member(p, QStringLiteral("powerFactor")),
                QStringLiteral("applies only to a rating in kVA"));
        return PowerRating::kilowatts(Kilowatts(value));
    }
    if (unit == QLatin1String("kVA"))
        return PowerRating::kva(KiloVoltAmperes(value), r.number(*o, p, "powerFactor", limits::powerFactor));
    if (o->value(QStringLiteral("unit")).isString())
        r.fail(JsonReader::member(p, QStringLiteral("unit")),
            QStringLiteral("\"%1\" is not one of \"kW\" or \"kVA\"").arg(unit.left(40)));
    return {};
}

// ---- v3: capacity changes of a power node -------------------------------------------------

// Calls read(object, its path) for each object of the optional array `key` of `parent`; an item
// that is not an object is reported by the reader.
template <typename Read>
void forEachObject(JsonReader &r, const QJsonObject &parent, const QString &path, const char *key, Read read)
{
    const QJsonArray list = r.array(parent, path, key, Need::Optional);
    const QString base = JsonReader::member(path, QLatin1String(key));
    for (qsizetype k = 0; k < list.size(); ++k) {
        const QString p = JsonReader::item(base, k);
        if (const auto o = r.object(list[k], p))
            read(*o, p);
    }
}

// ---- v7: how late a dated event may come -------------------------------------------------

DelayOutcome readDelayOutcome(JsonReader &r, const QJsonObject &o, const QString &p)
{
    r.rejectUnknownKeys(o, p, { "months", "probability" });
    DelayOutcome outcome;
    outcome.months = r.number(o, p, "months", limits::eventDelayMonths);
    outcome.probability = r.number(o, p, "probability", limits::delayProbability);
    return outcome;
}

// The optional distribution `key` of `parent` (model/delay.h): {"min", "mode", "max"} in
// months, or {"outcomes": [{"months", "probability"}, ...]}; null when absent.
std::optional<DelayDistribution> readDelay(
    JsonReader &r, const QJsonObject &parent, const QString &path, const char *key)
{
    const auto o = r.object(parent, path, key, Need::Optional);
    if (!o)
        return std::nullopt;
    const QString p = JsonReader::member(path, QLatin1String(key));
    r.rejectUnknownKeys(*o, p, { "min", "mode", "max", "outcomes" });
    const qint64 errorsBefore = r.errors().count();
    DelayDistribution d;
    if (o->contains(QLatin1String("outcomes"))) {
        for (const char *k : { "min", "mode", "max" })
            if (o->contains(QLatin1String(k)))
                r.fail(JsonReader::member(p, QLatin1String(k)),
                    QStringLiteral("cannot be given with \"outcomes\"; a delay is triangular (min, mode, max) "
                                   "or a list of outcomes"));
        const QString base = JsonReader::member(p, QStringLiteral("outcomes"));
        const QJsonArray list = r.array(*o, p, "outcomes", Need::Required);
        if (list.isEmpty() && r.errors().count() == errorsBefore)
            r.fail(base, QStringLiteral("must list at least one outcome"));
        for (qsizetype k = 0; k < list.size(); ++k)
            if (const auto item = r.object(list[k], JsonReader::item(base, k)))
                d.outcomes.push_back(readDelayOutcome(r, *item, JsonReader::item(base, k)));
    } else {
        d.minMonths = r.number(*o, p, "min", limits::eventDelayMonths);
        d.modeMonths = r.number(*o, p, "mode", limits::eventDelayMonths);
        d.maxMonths = r.number(*o, p, "max", limits::eventDelayMonths);
    }
    if (r.errors().count() == errorsBefore)
        for (Problem &problem : delayProblems(d, p))
            r.fail(problem.path, problem.message);
    return d;
}

// The delay `key` of an object whose date `dateKey` may be absent: refused without the date.
std::optional<DelayDistribution> readDatedDelay(
    JsonReader &r, const QJsonObject &o, const QString &p, const QDate &date, const char *dateKey, const char *key)
{
    std::optional<DelayDistribution> d = readDelay(r, o, p, key);
    if (d && date.isNull() && !o.contains(QLatin1String(dateKey)))
        r.fail(JsonReader::member(p, QLatin1String(key)),
            QStringLiteral("needs a date to delay; add \"%1\" or remove the delay").arg(QLatin1String(dateKey)));
    return d;
}

QJsonObject delayToJson(const DelayDistribution &d)
{
    if (!d.isDiscrete())
        return QJsonObject{ { QStringLiteral("min"), d.minMonths }, { QStringLiteral("mode"), d.modeMonths },
            { QStringLiteral("max"), d.maxMonths } };
    QJsonArray outcomes;
    for (const DelayOutcome &o : d.outcomes)
        outcomes.append(
            QJsonObject{ { QStringLiteral("months"), o.months }, { QStringLiteral("probability"), o.probability } });
    return QJsonObject{ { QStringLiteral("outcomes"), outcomes } };
}

std::vector<CapacityChange> readCapacityChanges(JsonReader &r, const QJsonObject &node, const QString &path)
{
    std::vector<CapacityChange> changes;
    forEachObject(r, node, path, "capacityChanges", [&](const QJsonObject &o, const QString &p) {
        r.rejectUnknownKeys(o, p, { "from", "rating", "delayMonths" });
        CapacityChange c;
        c.from = r.date(o, p, "from", Need::Required);
        c.rating = r.number(o, p, "rating", limits::nodeRating);
        c.delay = readDelay(r, o, p, "delayMonths");
        if (!changes.empty() && c.from.isValid() && changes.back().from.isValid() && c.from <= changes.back().from)
            r.fail(JsonReader::member(p, QStringLiteral("from")),
                QStringLiteral("must be after the previous change (%1); list the changes by date")
                    .arg(changes.back().from.toString(Qt::ISODate)));
        changes.push_back(c);
    });
    return changes;
}

// ---- v4: house loads of a power node ------------------------------------------------------

std::vector<HouseLoad> readHouseLoads(JsonReader &r, const QJsonObject &node, const QString &path)
{
    std::vector<HouseLoad> loads;
    forEachObject(r, node, path, "houseLoads", [&](const QJsonObject &o, const QString &p) {
        r.rejectUnknownKeys(o, p, { "name", "kw", "from" });
        HouseLoad load;
        load.name = r.text(o, p, "name", Need::Optional);
        load.kw = Kilowatts(r.number(o, p, "kw", limits::houseLoad));
        load.from = r.date(o, p, "from", Need::Optional);
        loads.push_back(load);
    });
    return loads;
}

void readPowerNodes(JsonReader &r, const QJsonObject &site, Site &out)
{
    const QString base = QStringLiteral("$.site.powerNodes");
    const QJsonArray nodes = r.array(site, QStringLiteral("$.site"), "powerNodes", Need::Required);
    std::vector<std::pair<PowerNodeId, QJsonArray>> inputs;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const QString p = JsonReader::item(base, i);
        const auto o = r.object(nodes[i], p);
        if (!o)
            continue;
        r.rejectUnknownKeys(*o, p,
            { "id", "name", "kind", "rating", "derating", "redundancy", "commissioned", "inputs", "capacityChanges",
                "efficiency", "houseLoads", "commissioningDelayMonths" });
        PowerNode node;
        node.id = PowerNodeId(r.text(*o, p, "id", Need::Required));
        node.name = r.text(*o, p, "name", Need::Optional);
        node.kind = r.enumValue<PowerNodeKind>(*o, p, "kind");
        node.rating = readRating(r, *o, p);
        node.derating = r.number(*o, p, "derating", limits::derating, 0.8);
        node.redundancy = readRedundancy(r, *o, p);
        node.commissioned = r.date(*o, p, "commissioned", Need::Optional);
        node.commissioningDelay
            = readDatedDelay(r, *o, p, node.commissioned, "commissioned", "commissioningDelayMonths");
        node.capacityChanges = readCapacityChanges(r, *o, p);
        node.efficiency = r.number(*o, p, "efficiency", limits::efficiency, 1.0);
        node.houseLoads = readHouseLoads(r, *o, p);
        inputs.emplace_back(node.id, r.array(*o, p, "inputs", Need::Optional));
        if (!node.id.isNull() && !out.power.addNode(node))
            r.fail(JsonReader::member(p, QStringLiteral("id")),
                QStringLiteral("\"%1\" is used by another power node").arg(node.id.toString().left(64)));
    }
    // Edges once every node exists; a dangling input is kept out of the graph and reported.
    for (qsizetype i = 0; i < qsizetype(inputs.size()); ++i) {
        const auto &[id, list] = inputs[size_t(i)];
        const QString p = JsonReader::member(JsonReader::item(base, i), QStringLiteral("inputs"));
        for (qsizetype k = 0; k < list.size(); ++k) {
            const QString input = r.text(list[k], JsonReader::item(p, k));
            if (input.isEmpty())
                continue;
            if (!out.power.contains(PowerNodeId(input)))
                r.fail(JsonReader::item(p, k),
                    QStringLiteral("names power node \"%1\", which does not exist").arg(input.left(64)));
            else
                out.power.connect(PowerNodeId(input), id);
        }
    }
}

FloorPoint toPoint(const std::optional<std::pair<double, double>> &xy)
{
    return xy ? FloorPoint{ Metres(xy->first), Metres(xy->second) } : FloorPoint{};
}

void readFloor(JsonReader &r, const QJsonObject &site, Site &out)
{
    const QString sp = QStringLiteral("$.site");
    const QJsonArray halls = r.array(site, sp, "halls", Need::Required);
    for (qsizetype i = 0; i < halls.size(); ++i) {
        const QString p = JsonReader::item(sp + QStringLiteral(".halls"), i);
        const auto o = r.object(halls[i], p);
        if (!o)
            continue;
        r.rejectUnknownKeys(*o, p, { "id", "name", "origin", "size" });
        Hall h;
        h.id = HallId(r.text(*o, p, "id", Need::Required));
        h.name = r.text(*o, p, "name", Need::Optional);
        h.origin = toPoint(r.pair(*o, p, "origin", limits::campusOrigin));
        h.size = toPoint(r.pair(*o, p, "size", limits::hallSize));
        out.halls.push_back(std::move(h));
    }
    const QJsonArray rows = r.array(site, sp, "rows", Need::Required);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString p = JsonReader::item(sp + QStringLiteral(".rows"), i);
        const auto o = r.object(rows[i], p);
        if (!o)
            continue;
        r.rejectUnknownKeys(*o, p, { "id", "hall", "name", "containment" });
        Row row;
        row.id = RowId(r.text(*o, p, "id", Need::Required));
        row.hall = HallId(r.text(*o, p, "hall", Need::Required));
        row.name = r.text(*o, p, "name", Need::Optional);
        row.containment = r.enumValue<Containment>(*o, p, "containment", Containment::None);
        out.rows.push_back(std::move(row));
    }
    const QJsonArray racks = r.array(site, sp, "racks", Need::Required);
    out.racks.reserve(size_t(racks.size()));
    for (qsizetype i = 0; i < racks.size(); ++i) {
        const QString p = JsonReader::item(sp + QStringLiteral(".racks"), i);
        const auto o = r.object(racks[i], p);
        if (!o)
            continue;
        r.rejectUnknownKeys(*o, p,
            { "id", "name", "row", "position", "heightU", "powerLimitKw", "cooling", "weightLimitKg", "feedA", "feedB",
                "pinned" });
        Rack rack;
        rack.id = RackId(r.text(*o, p, "id", Need::Required));
        rack.name = r.text(*o, p, "name", Need::Optional);
        rack.row = RowId(r.text(*o, p, "row", Need::Required));
        rack.position = toPoint(r.pair(*o, p, "position", limits::position));
        rack.height = RackUnits(r.integer(*o, p, "heightU", limits::rackHeight));
        rack.powerLimit = Kilowatts(r.number(*o, p, "powerLimitKw", limits::rackPower));
        rack.cooling = r.enumValue<CoolingType>(*o, p, "cooling");
        rack.weightLimit = Kilograms(r.number(*o, p, "weightLimitKg", limits::rackWeight));
        rack.feedA = PowerNodeId(r.optionalText(*o, p, "feedA"));
        rack.feedB = PowerNodeId(r.optionalText(*o, p, "feedB"));
        const QJsonArray pinned = r.array(*o, p, "pinned", Need::Optional);
        for (qsizetype k = 0; k < pinned.size(); ++k) {
            const QString pp = JsonReader::item(JsonReader::member(p, QStringLiteral("pinned")), k);
            const auto po = r.object(pinned[k], pp);
            if (!po)
                continue;
            r.rejectUnknownKeys(*po, pp, { "model", "count" });
            rack.pinned.push_back({ SystemModelId(r.text(*po, pp, "model", Need::Required)),
                r.integer(*po, pp, "count", limits::pinnedCount) });
        }
        out.racks.push_back(std::move(rack));
    }
}

// ---- v4: the electrical draw of a cooling unit ------------------------------------------

// The unit's feed (a node of `chain`, read before the cooling units) and its draw.
void readCoolingDraw(JsonReader &r, const QJsonObject &o, const QString &p, const PowerChain &chain, CoolingUnit &unit)
{
    const QString feed = r.text(o, p, "feed", Need::Optional);
    if (!feed.isEmpty() && !chain.contains(PowerNodeId(feed)))
        r.fail(JsonReader::member(p, QStringLiteral("feed")),
            QStringLiteral("names power node \"%1\", which does not exist").arg(feed.left(64)));
    unit.feed = PowerNodeId(feed);
    unit.drawKw = r.number(o, p, "drawKw", limits::coolingDraw, 0.0);
    unit.drawKwPerKw = r.number(o, p, "drawKwPerKw", limits::coolingDrawPerKw, 0.0);
}

// ---- v5: heat rejection plant and its monthly profiles ------------------------------------

// An optional profile of 12 factors, January first, each in limits::monthlyFactor.
std::vector<double> readMonthlyFactors(JsonReader &r, const QJsonObject &o, const QString &p, const char *key)
{
    const QJsonArray values = r.array(o, p, key, JsonReader::Need::Optional);
    const QString path = JsonReader::member(p, QLatin1String(key));
    if (!o.value(QLatin1String(key)).isArray())
        return {}; // absent, or refused by array()
    if (values.size() != 12) {
        r.fail(path, QStringLiteral("must list 12 monthly factors, January first; got %1").arg(values.size()));
        return {};
    }
    std::vector<double> factors;
    for (qsizetype m = 0; m < values.size(); ++m) {
        const double v = values[m].isDouble() ? values[m].toDouble() : std::nan("");
        if (!limits::monthlyFactor.contains(v))
            r.fail(JsonReader::item(path, m),
                values[m].isDouble() ? limits::monthlyFactor.violation(v) : QStringLiteral("must be a number"));
        factors.push_back(v);
    }
    return factors;
}

// Every "rejectsTo" names a plant unit of the file (checked once all units are read).
void checkRejectsTo(JsonReader &r, const Site &site)
{
    for (size_t i = 0; i < site.coolingUnits.size(); ++i) {
        const CoolingUnit &u = site.coolingUnits[i];
        if (u.rejectsTo.isNull())
            continue;
        const QString p = JsonReader::member(
            JsonReader::item(QStringLiteral("$.site.coolingUnits"), qsizetype(i)), QStringLiteral("rejectsTo"));
        const CoolingUnit *plant = site.coolingUnit(u.rejectsTo);
        if (!plant)
            r.fail(p,
                QStringLiteral("names cooling unit \"%1\", which does not exist").arg(u.rejectsTo.toString().left(64)));
        else if (!isPlant(plant->kind))
            r.fail(p,
                QStringLiteral(
                    "names cooling unit \"%1\", a %2 unit; heat is rejected to a chiller, dry cooler or tower")
                    .arg(u.rejectsTo.toString().left(64), keyOf(plant->kind)));
    }
}

void readCooling(JsonReader &r, const QJsonObject &site, Site &out)
{
    const QString sp = QStringLiteral("$.site");
    const QJsonArray units = r.array(site, sp, "coolingUnits", Need::Required);
    for (qsizetype i = 0; i < units.size(); ++i) {
        const QString p = JsonReader::item(sp + QStringLiteral(".coolingUnits"), i);
        const auto o = r.object(units[i], p);
        if (!o)
            continue;
        r.rejectUnknownKeys(*o, p,
            { "id", "name", "kind", "capacityKw", "redundancy", "commissioned", "serves", "feed", "drawKw",
                "drawKwPerKw", "rejectsTo", "monthlyDrawFactor", "monthlyCapacityFactor", "commissioningDelayMonths" });
        CoolingUnit unit;
        unit.id = CoolingUnitId(r.text(*o, p, "id", Need::Required));
        unit.name = r.text(*o, p, "name", Need::Optional);
        unit.kind = r.enumValue<CoolingUnitKind>(*o, p, "kind");
        unit.capacity = Kilowatts(r.number(*o, p, "capacityKw", limits::coolingCapacity));
        unit.redundancy = readRedundancy(r, *o, p);
        unit.commissioned = r.date(*o, p, "commissioned", Need::Optional);
        unit.commissioningDelay
            = readDatedDelay(r, *o, p, unit.commissioned, "commissioned", "commissioningDelayMonths");
        const QJsonArray serves = r.array(*o, p, "serves", Need::Optional);
        for (qsizetype k = 0; k < serves.size(); ++k)
            unit.serves.emplace_back(
                r.text(serves[k], JsonReader::item(JsonReader::member(p, QStringLiteral("serves")), k)));
        readCoolingDraw(r, *o, p, out.power, unit);
        unit.rejectsTo = CoolingUnitId(r.text(*o, p, "rejectsTo", Need::Optional));
        unit.monthlyDrawFactor = readMonthlyFactors(r, *o, p, "monthlyDrawFactor");
        unit.monthlyCapacityFactor = readMonthlyFactors(r, *o, p, "monthlyCapacityFactor");
        out.coolingUnits.push_back(std::move(unit));
    }
    checkRejectsTo(r, out);
}

// The optional "thermal" object of the site; absent: no thermal model.
void readThermal(JsonReader &r, const QJsonObject &site, Site &out)
{
    const QString sp = QStringLiteral("$.site");
    const auto o = r.object(site, sp, "thermal", Need::Optional);
    if (!o)
        return;
    const QString p = JsonReader::member(sp, QStringLiteral("thermal"));
    r.rejectUnknownKeys(*o, p, { "supplyTemperatureC", "inletLimitC", "deriveFromLayout", "recirculation" });
    ThermalModel &t = out.thermal;
    t.enabled = true;
    t.supply = Celsius(r.number(*o, p, "supplyTemperatureC", limits::supplyTemperature));
    t.inletLimit = Celsius(r.number(*o, p, "inletLimitC", limits::inletLimit, 27.0));
    t.deriveFromLayout = r.boolean(*o, p, "deriveFromLayout", false);
    const QJsonArray entries = r.array(*o, p, "recirculation", Need::Optional);
    for (qsizetype k = 0; k < entries.size(); ++k) {
        const QString ep = JsonReader::item(JsonReader::member(p, QStringLiteral("recirculation")), k);
        const auto e = r.object(entries[k], ep);
        if (!e)
            continue;
        r.rejectUnknownKeys(*e, ep, { "to", "from", "coefficientCPerKw" });
        t.recirculation.push_back(
            { RackId(r.text(*e, ep, "to", Need::Required)), RackId(r.text(*e, ep, "from", Need::Required)),
                r.number(*e, ep, "coefficientCPerKw", limits::recirculation) });
    }
}

DepreciationPolicy readDepreciation(JsonReader &r, const QJsonObject &parent, const QString &path)
{
    DepreciationPolicy policy;
    const auto o = r.object(parent, path, "depreciation", Need::Optional);
    if (!o)
        return policy;
    const QString p = JsonReader::member(path, QStringLiteral("depreciation"));
    r.rejectUnknownKeys(*o, p, { "method", "lifeYears", "salvageFraction", "rate", "schedule" });
    policy.method = r.enumValue<DepreciationMethod>(*o, p, "method");
    policy.lifeYears = r.number(*o, p, "lifeYears", limits::lifeYears, 6.0);
    policy.salvageFraction = r.number(*o, p, "salvageFraction", limits::salvage, 0.0);
    if (policy.method == DepreciationMethod::DecliningBalance)
        policy.rate = r.number(*o, p, "rate", limits::positiveFraction);
    if (policy.method == DepreciationMethod::Custom) {
        const QString sp = JsonReader::member(p, QStringLiteral("schedule"));
        const QJsonArray schedule = r.array(*o, p, "schedule", Need::Required);
        double sum = 0;
        for (qsizetype k = 0; k < schedule.size() && k < 100; ++k) {
            const QJsonValue v = schedule[k];
            if (!v.isDouble() || !limits::fraction.contains(v.toDouble())) {
                r.fail(JsonReader::item(sp, k),
                    v.isDouble() ? limits::fraction.violation(v.toDouble())
                                 : QStringLiteral("must be a number, got %1").arg(jsonTypeName(v)));
                continue;
            }
            policy.schedule.push_back(v.toDouble());
            sum += v.toDouble();
        }
        if (schedule.size() > 100)
            r.fail(sp, QStringLiteral("has %1 years, more than the 100 allowed").arg(schedule.size()));
        if (sum > 1.0 + 1e-9)
            r.fail(sp, QStringLiteral("writes off %1 of the cost; the shares must add up to at most 1").arg(sum));
    }
    return policy;
}

void readFleet(JsonReader &r, const QJsonObject &root, Project &out)
{
    const QJsonArray lots = r.array(root, QStringLiteral("$"), "fleet", Need::Required);
    for (qsizetype i = 0; i < lots.size(); ++i) {
        const QString p = JsonReader::item(QStringLiteral("$.fleet"), i);
        const auto o = r.object(lots[i], p);
        if (!o)
            continue;
        r.rejectUnknownKeys(*o, p,
            { "id", "name", "model", "count", "unitCost", "delivered", "retire", "depreciation", "loadClass",
                "cappedTo", "typicalDrawFraction", "deliveryDelayMonths", "tenant" });
        FleetLot lot;
        lot.id = LotId(r.text(*o, p, "id", Need::Required));
        lot.name = r.text(*o, p, "name", Need::Optional);
        lot.model = SystemModelId(r.text(*o, p, "model", Need::Required));
        lot.count = r.integer(*o, p, "count", limits::lotCount);
        lot.unitCost = Money(r.number(*o, p, "unitCost", limits::money));
        lot.delivered = r.date(*o, p, "delivered", Need::Required);
        lot.deliveryDelay = readDelay(r, *o, p, "deliveryDelayMonths");
        lot.retire = r.date(*o, p, "retire", Need::Optional);
        lot.depreciation = readDepreciation(r, *o, p);
        lot.loadClass = r.enumValue<LoadClass>(*o, p, "loadClass", LoadClass::Critical);
        lot.cappedTo = r.optionalText(*o, p, "cappedTo");
        lot.tenant = TenantId(r.optionalText(*o, p, "tenant"));
        if (o->contains(QLatin1String("typicalDrawFraction")))
            lot.typicalDrawFraction = r.number(*o, p, "typicalDrawFraction", limits::positiveFraction);
        if (o->contains(QLatin1String("cappedTo")) && !lot.isInterruptible())
            r.fail(JsonReader::member(p, QStringLiteral("cappedTo")),
                QStringLiteral("applies to an interruptible lot only; this lot is critical (add \"loadClass\": "
                               "\"interruptible\" or remove \"cappedTo\")"));
        out.fleet.push_back(std::move(lot));
    }
}

// ---- v3: scenarios ----------------------------------------------------------------------

// The keys an override of `kind` may carry: "kind" and those of its fields (kOverrideKinds).
std::vector<const char *> overrideKeys(const OverrideKindSpec &spec)
{
    std::vector<const char *> keys{ "kind" };
    for (const OverrideFieldSpec &f : spec.fields)
        if (f.field == OverrideField::Window)
            keys.insert(keys.end(), { "id", "name", "object", "module", "start", "end" });
        else
            keys.push_back(f.key);
    return keys;
}

// Reads one field of an override by its spec; references to nodes, lots and models are
// checked once the whole list is read (scenarioProblems), so an override may name a lot an
// earlier add-lot adds.
void readOverrideField(
    JsonReader &r, const QJsonObject &o, const QString &p, const OverrideFieldSpec &f, ScenarioOverride &ov)
{
    const Need need = f.required ? Need::Required : Need::Optional;
    switch (f.field) {
    case OverrideField::Node:
        ov.node = PowerNodeId(r.text(o, p, f.key, need));
        return;
    case OverrideField::Object:
        ov.object = r.text(o, p, f.key, need);
        return;
    case OverrideField::Lot:
        ov.lot = LotId(r.text(o, p, f.key, need));
        return;
    case OverrideField::From:
        ov.from = r.date(o, p, f.key, need);
        return;
    case OverrideField::To:
        ov.to = r.date(o, p, f.key, need);
        return;
    case OverrideField::Months:
        ov.months = r.integer(o, p, f.key, limits::delayMonths);
        return;
    case OverrideField::Unit:
        ov.object = r.text(o, p, f.key, need);
        return;
    case OverrideField::Rating:
        ov.amount = r.number(o, p, f.key, limits::nodeRating);
        return;
    case OverrideField::CoolingCapacity:
        ov.amount = r.number(o, p, f.key, limits::coolingCapacity);
        return;
    case OverrideField::LifeYears:
        ov.amount = r.number(o, p, f.key, limits::lifeYears);
        return;
    case OverrideField::NewLotId:
        ov.newLot.id = LotId(r.text(o, p, f.key, need));
        return;
    case OverrideField::NewLotName:
        ov.newLot.name = r.text(o, p, f.key, need);
        return;
    case OverrideField::Model:
        ov.newLot.model = SystemModelId(r.text(o, p, f.key, need));
        return;
    case OverrideField::Count:
        ov.newLot.count = r.integer(o, p, f.key, limits::lotCount);
        return;
    case OverrideField::UnitCost:
        ov.newLot.unitCost = Money(r.number(o, p, f.key, limits::money));
        return;
    case OverrideField::Delivered:
        ov.newLot.delivered = r.date(o, p, f.key, need);
        return;
    case OverrideField::Window: // checked against the windows by checkMaintenanceWindows
        ov.window = readMaintenanceWindowFields(r, o, p);
        return;
    }
}

void readOverrideFields(JsonReader &r, const QJsonObject &o, const QString &p, ScenarioOverride &ov)
{
    const OverrideKindSpec &spec = overrideKindSpec(ov.kind);
    r.rejectUnknownKeys(o, p, overrideKeys(spec));
    for (const OverrideFieldSpec &f : spec.fields)
        readOverrideField(r, o, p, f, ov);
}

void readScenarios(JsonReader &r, const QJsonObject &root, Project &out)
{
    const QJsonArray list = r.array(root, QStringLiteral("$"), "scenarios", Need::Optional);
    if (const qint64 periods = (list.size() + 1) * qint64(out.site.horizonPeriods);
        !list.isEmpty() && periods > limits::maxScenarioPeriods) {
        r.fail(QStringLiteral("$.scenarios"), limits::scenarioPeriodsViolation(list.size(), out.site.horizonPeriods));
        return;
    }
    QStringList names;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString p = JsonReader::item(QStringLiteral("$.scenarios"), i);
        const auto o = r.object(list[i], p);
        if (!o)
            continue;
        r.rejectUnknownKeys(*o, p, { "name", "description", "overrides" });
        Scenario scenario;
        scenario.name = r.text(*o, p, "name", Need::Required);
        scenario.description = r.text(*o, p, "description", Need::Optional);
        if (!scenario.name.isEmpty() && names.contains(scenario.name))
            r.fail(JsonReader::member(p, QStringLiteral("name")),
                QStringLiteral("\"%1\" is used by another scenario").arg(scenario.name.left(64)));
        names << scenario.name;
        const QJsonArray overrides = r.array(*o, p, "overrides", Need::Required);
        for (qsizetype k = 0; k < overrides.size(); ++k) {
            const QString op = JsonReader::item(JsonReader::member(p, QStringLiteral("overrides")), k);
            const auto oo = r.object(overrides[k], op);
            if (!oo)
                continue;
            ScenarioOverride ov;
            const auto kind = enumFromKey<OverrideKind>(oo->value(QStringLiteral("kind")).toString());
            if (!kind) {
                r.enumValue<OverrideKind>(*oo, op, "kind"); // reports the missing or unknown kind
                continue; // its other fields mean nothing then
            }
            ov.kind = *kind;
            readOverrideFields(r, *oo, op, ov);
            scenario.overrides.push_back(ov);
        }
        out.scenarios.push_back(std::move(scenario));
    }
    for (const Problem &problem : scenarioProblems(out, nullptr, true))
        r.fail(problem.path, problem.message);
}

// ---- writing ---------------------------------------------------------------------------

QJsonArray pointToJson(const FloorPoint &p)
{
    return { p.x.value(), p.y.value() };
}

QJsonObject redundancyToJson(const Redundancy &red)
{
    QJsonObject o{ { QStringLiteral("scheme"), schemeKey(red.scheme) } };
    if (red.scheme == Redundancy::Scheme::NPlusOne)
        o.insert(QStringLiteral("modules"), red.modules);
    if (red.scheme == Redundancy::Scheme::Block) {
        o.insert(QStringLiteral("x"), red.blockX);
        o.insert(QStringLiteral("y"), red.blockY);
    }
    return o;
}

QJsonValue dateToJson(const QDate &d)
{
    return d.isNull() ? QJsonValue() : QJsonValue(d.toString(Qt::ISODate));
}
QJsonValue idToJson(const QString &id)
{
    return id.isEmpty() ? QJsonValue() : QJsonValue(id);
}

// ---- v3 writers ----------------------------------------------------------------------------

QJsonArray capacityChangesToJson(const std::vector<CapacityChange> &changes)
{
    QJsonArray list;
    for (const CapacityChange &c : changes) {
        QJsonObject o{ { QStringLiteral("from"), dateToJson(c.from) }, { QStringLiteral("rating"), c.rating } };
        if (c.delay)
            o.insert(QStringLiteral("delayMonths"), delayToJson(*c.delay));
        list.append(o);
    }
    return list;
}

QJsonArray houseLoadsToJson(const std::vector<HouseLoad> &loads)
{
    QJsonArray out;
    for (const HouseLoad &load : loads) {
        QJsonObject o{ { QStringLiteral("name"), load.name }, { QStringLiteral("kw"), load.kw.value() } };
        if (!load.from.isNull())
            o.insert(QStringLiteral("from"), dateToJson(load.from));
        out.append(o);
    }
    return out;
}

// Writes one field of an override by its spec: a required field always, an optional one
// when it holds a value.
void writeOverrideField(QJsonObject &j, const OverrideFieldSpec &f, const ScenarioOverride &o)
{
    const QString key = QLatin1String(f.key);
    auto text = [&](const QString &value) {
        if (f.required || !value.isEmpty())
            j.insert(key, value);
    };
    auto date = [&](const QDate &value) {
        if (f.required || value.isValid())
            j.insert(key, dateToJson(value));
    };
    switch (f.field) {
    case OverrideField::Node:
        return text(o.node.toString());
    case OverrideField::Object:
    case OverrideField::Unit:
        return text(o.object);
    case OverrideField::Lot:
        return text(o.lot.toString());
    case OverrideField::From:
        return date(o.from);
    case OverrideField::To:
        return date(o.to);
    case OverrideField::Months:
        return j.insert(key, o.months), void();
    case OverrideField::Rating:
    case OverrideField::LifeYears:
    case OverrideField::CoolingCapacity:
        return j.insert(key, o.amount), void();
    case OverrideField::NewLotId:
        return text(o.newLot.id.toString());
    case OverrideField::NewLotName:
        return text(o.newLot.name);
    case OverrideField::Model:
        return text(o.newLot.model.toString());
    case OverrideField::Count:
        return j.insert(key, o.newLot.count), void();
    case OverrideField::UnitCost:
        return j.insert(key, o.newLot.unitCost.value()), void();
    case OverrideField::Delivered:
        return date(o.newLot.delivered);
    case OverrideField::Window:
        for (const QJsonObject w = maintenanceWindowToJson(o.window); const QString &k : w.keys())
            j.insert(k, w.value(k));
        return;
    }
}

QJsonArray scenariosToJson(const std::vector<Scenario> &scenarios)
{
    QJsonArray list;
    for (const Scenario &s : scenarios) {
        QJsonArray overrides;
        for (const ScenarioOverride &o : s.overrides) {
            QJsonObject j{ { QStringLiteral("kind"), keyOf(o.kind) } };
            for (const OverrideFieldSpec &f : overrideKindSpec(o.kind).fields)
                writeOverrideField(j, f, o);
            overrides.append(j);
        }
        QJsonObject j{ { QStringLiteral("name"), s.name }, { QStringLiteral("overrides"), overrides } };
        if (!s.description.isEmpty())
            j.insert(QStringLiteral("description"), s.description);
        list.append(j);
    }
    return list;
}

QJsonObject powerNodeToJson(const PowerChain &chain, const PowerNode &node)
{
    QJsonObject rating{ { QStringLiteral("value"), node.rating.nameplateValue() },
        { QStringLiteral("unit"), node.rating.isKva() ? QStringLiteral("kVA") : QStringLiteral("kW") } };
    if (node.rating.isKva())
        rating.insert(QStringLiteral("powerFactor"), node.rating.powerFactor());
    QJsonArray inputs;
    for (const auto &in : chain.inputsOf(node.id))
        inputs.append(in.toString());
    QJsonObject o{ { QStringLiteral("id"), node.id.toString() }, { QStringLiteral("name"), node.name },
        { QStringLiteral("kind"), keyOf(node.kind) }, { QStringLiteral("rating"), rating },
        { QStringLiteral("derating"), node.derating },
        { QStringLiteral("redundancy"), redundancyToJson(node.redundancy) }, { QStringLiteral("inputs"), inputs } };
    if (!node.commissioned.isNull())
        o.insert(QStringLiteral("commissioned"), dateToJson(node.commissioned));
    if (node.commissioningDelay)
        o.insert(QStringLiteral("commissioningDelayMonths"), delayToJson(*node.commissioningDelay));
    if (!node.capacityChanges.empty())
        o.insert(QStringLiteral("capacityChanges"), capacityChangesToJson(node.capacityChanges));
    if (node.efficiency != 1.0)
        o.insert(QStringLiteral("efficiency"), node.efficiency);
    if (!node.houseLoads.empty())
        o.insert(QStringLiteral("houseLoads"), houseLoadsToJson(node.houseLoads));
    return o;
}

QJsonObject coolingUnitToJson(const CoolingUnit &unit)
{
    QJsonArray serves;
    for (const auto &id : unit.serves)
        serves.append(id.toString());
    QJsonObject o{ { QStringLiteral("id"), unit.id.toString() }, { QStringLiteral("name"), unit.name },
        { QStringLiteral("kind"), keyOf(unit.kind) }, { QStringLiteral("capacityKw"), unit.capacity.value() },
        { QStringLiteral("redundancy"), redundancyToJson(unit.redundancy) }, { QStringLiteral("serves"), serves } };
    if (!unit.commissioned.isNull())
        o.insert(QStringLiteral("commissioned"), dateToJson(unit.commissioned));
    if (unit.commissioningDelay)
        o.insert(QStringLiteral("commissioningDelayMonths"), delayToJson(*unit.commissioningDelay));
    if (!unit.feed.isNull())
        o.insert(QStringLiteral("feed"), unit.feed.toString());
    if (unit.drawKw != 0)
        o.insert(QStringLiteral("drawKw"), unit.drawKw);
    if (unit.drawKwPerKw != 0)
        o.insert(QStringLiteral("drawKwPerKw"), unit.drawKwPerKw);
    if (!unit.rejectsTo.isNull())
        o.insert(QStringLiteral("rejectsTo"), unit.rejectsTo.toString());
    for (const auto &[key, factors] : { std::pair{ "monthlyDrawFactor", &unit.monthlyDrawFactor },
             std::pair{ "monthlyCapacityFactor", &unit.monthlyCapacityFactor } })
        if (!factors->empty()) {
            QJsonArray a;
            for (double f : *factors)
                a.append(f);
            o.insert(QLatin1String(key), a);
        }
    return o;
}

QJsonObject siteToJson(const Site &site)
{
    QJsonArray halls, rows, racks, nodes, cooling;
    for (const Hall &h : site.halls)
        halls.append(QJsonObject{ { QStringLiteral("id"), h.id.toString() }, { QStringLiteral("name"), h.name },
            { QStringLiteral("origin"), pointToJson(h.origin) }, { QStringLiteral("size"), pointToJson(h.size) } });
    for (const Row &row : site.rows) {
        QJsonObject o{ { QStringLiteral("id"), row.id.toString() }, { QStringLiteral("hall"), row.hall.toString() },
            { QStringLiteral("name"), row.name } };
        if (row.containment != Containment::None)
            o.insert(QStringLiteral("containment"), keyOf(row.containment));
        rows.append(o);
    }
    for (const Rack &rack : site.racks) {
        QJsonArray pinned;
        for (const auto &pin : rack.pinned)
            pinned.append(QJsonObject{
                { QStringLiteral("model"), pin.model.toString() }, { QStringLiteral("count"), pin.count } });
        QJsonObject o{ { QStringLiteral("id"), rack.id.toString() }, { QStringLiteral("name"), rack.name },
            { QStringLiteral("row"), rack.row.toString() }, { QStringLiteral("position"), pointToJson(rack.position) },
            { QStringLiteral("heightU"), rack.height.value() },
            { QStringLiteral("powerLimitKw"), rack.powerLimit.value() },
            { QStringLiteral("cooling"), keyOf(rack.cooling) },
            { QStringLiteral("weightLimitKg"), rack.weightLimit.value() },
            { QStringLiteral("feedA"), idToJson(rack.feedA.toString()) },
            { QStringLiteral("feedB"), idToJson(rack.feedB.toString()) } };
        if (!pinned.isEmpty())
            o.insert(QStringLiteral("pinned"), pinned);
        racks.append(o);
    }
    for (const PowerNode &node : site.power.nodes())
        nodes.append(powerNodeToJson(site.power, node));
    for (const CoolingUnit &unit : site.coolingUnits)
        cooling.append(coolingUnitToJson(unit));
    QJsonObject out{ { QStringLiteral("name"), site.name }, { QStringLiteral("currency"), site.currency },
        { QStringLiteral("planStart"), dateToJson(site.planStart) }, { QStringLiteral("period"), keyOf(site.period) },
        { QStringLiteral("horizonPeriods"), site.horizonPeriods }, { QStringLiteral("halls"), halls },
        { QStringLiteral("rows"), rows }, { QStringLiteral("racks"), racks }, { QStringLiteral("powerNodes"), nodes },
        { QStringLiteral("coolingUnits"), cooling } };
    if (site.allowInterruptibleOnReserve)
        out.insert(QStringLiteral("allowInterruptibleOnReserve"), true);
    if (site.measuredDiversity != MeasuredDiversityPolicy{})
        out.insert(QStringLiteral("measuredDiversity"),
            QJsonObject{ { QStringLiteral("enabled"), site.measuredDiversity.enabled },
                { QStringLiteral("margin"), site.measuredDiversity.margin } });
    if (site.thermal.enabled) {
        const ThermalModel &t = site.thermal;
        QJsonArray entries;
        for (const Recirculation &e : t.recirculation)
            entries.append(
                QJsonObject{ { QStringLiteral("to"), e.to.toString() }, { QStringLiteral("from"), e.from.toString() },
                    { QStringLiteral("coefficientCPerKw"), e.coefficient } });
        QJsonObject thermal{ { QStringLiteral("supplyTemperatureC"), t.supply.value() },
            { QStringLiteral("inletLimitC"), t.inletLimit.value() },
            { QStringLiteral("deriveFromLayout"), t.deriveFromLayout } };
        if (!entries.isEmpty())
            thermal.insert(QStringLiteral("recirculation"), entries);
        out.insert(QStringLiteral("thermal"), thermal);
    }
    return out;
}

QJsonObject depreciationToJson(const DepreciationPolicy &d)
{
    QJsonObject o{ { QStringLiteral("method"), keyOf(d.method) } };
    if (d.method == DepreciationMethod::Custom) {
        QJsonArray schedule;
        for (double f : d.schedule)
            schedule.append(f);
        o.insert(QStringLiteral("schedule"), schedule);
        return o;
    }
    o.insert(QStringLiteral("lifeYears"), d.lifeYears);
    o.insert(QStringLiteral("salvageFraction"), d.salvageFraction);
    if (d.method == DepreciationMethod::DecliningBalance)
        o.insert(QStringLiteral("rate"), d.rate);
    return o;
}

} // namespace

// ---- system models -----------------------------------------------------------------------

std::optional<SystemModel> readSystemModel(JsonReader &r, const QJsonValue &value, const QString &p)
{
    const auto o = r.object(value, p);
    if (!o)
        return std::nullopt;
    r.rejectUnknownKeys(*o, p,
        { "id", "name", "vendor", "generation", "gpu", "gpusPerSystem", "powerKw", "heightU", "wholeRack", "cooling",
            "liquidFraction", "weightKg", "tflops", "priceUsd", "released", "operatingPoints", "typicalDrawFraction",
            "sources" });
    SystemModel m;
    m.id = SystemModelId(r.text(*o, p, "id", Need::Required));
    m.name = r.text(*o, p, "name", Need::Required);
    m.vendor = r.text(*o, p, "vendor", Need::Optional);
    m.generation = r.text(*o, p, "generation", Need::Required);
    m.gpu = r.text(*o, p, "gpu", Need::Optional);
    m.gpusPerSystem = r.integer(*o, p, "gpusPerSystem", limits::gpusPerSystem);
    m.power = Kilowatts(r.number(*o, p, "powerKw", limits::systemPower));
    m.height = RackUnits(r.integer(*o, p, "heightU", limits::systemHeight));
    m.wholeRack = r.boolean(*o, p, "wholeRack", false);
    m.cooling = r.enumValue<CoolingType>(*o, p, "cooling");
    m.liquidFraction = r.number(*o, p, "liquidFraction", limits::fraction, 0.0);
    m.weight = Kilograms(r.number(*o, p, "weightKg", limits::systemWeight));
    if (const auto t = r.object(*o, p, "tflops", Need::Required)) {
        const QString tp = JsonReader::member(p, QStringLiteral("tflops"));
        r.rejectUnknownKeys(*t, tp, { "bf16", "fp8", "fp4" });
        m.bf16 = Teraflops(r.number(*t, tp, "bf16", limits::tflops));
        m.fp8 = Teraflops(r.number(*t, tp, "fp8", limits::tflops, 0.0));
        m.fp4 = Teraflops(r.number(*t, tp, "fp4", limits::tflops, 0.0));
    }
    m.price = Money(r.number(*o, p, "priceUsd", limits::money));
    m.released = r.date(*o, p, "released", Need::Optional);
    m.typicalDrawFraction = r.number(*o, p, "typicalDrawFraction", limits::positiveFraction, 1.0);
    const QJsonArray points = r.array(*o, p, "operatingPoints", Need::Optional);
    for (qsizetype k = 0; k < points.size(); ++k) {
        const QString pp = JsonReader::item(JsonReader::member(p, QStringLiteral("operatingPoints")), k);
        const auto po = r.object(points[k], pp);
        if (!po)
            continue;
        r.rejectUnknownKeys(*po, pp, { "name", "powerFraction", "performanceFraction" });
        m.operatingPoints.push_back(
            { r.text(*po, pp, "name", Need::Required), r.number(*po, pp, "powerFraction", limits::positiveFraction),
                r.number(*po, pp, "performanceFraction", limits::positiveFraction) });
    }
    if (const auto s = r.object(*o, p, "sources", Need::Optional)) {
        const QString sp = JsonReader::member(p, QStringLiteral("sources"));
        for (auto it = s->begin(); it != s->end(); ++it) {
            const QString fp = JsonReader::member(sp, it.key().left(64));
            const auto fo = r.object(it.value(), fp);
            if (!fo)
                continue;
            r.rejectUnknownKeys(*fo, fp, { "source", "confidence", "note" });
            m.sources.insert(it.key(),
                { r.text(*fo, fp, "source", Need::Required), r.text(*fo, fp, "confidence", Need::Optional),
                    r.text(*fo, fp, "note", Need::Optional) });
        }
    }
    if (m.wholeRack != (m.height.value() == 0))
        r.fail(JsonReader::member(p, QStringLiteral("heightU")),
            QStringLiteral("must be 0 exactly when wholeRack is true"));
    return m;
}

QJsonObject systemModelToJson(const SystemModel &m)
{
    QJsonObject sources;
    for (auto it = m.sources.begin(); it != m.sources.end(); ++it)
        sources.insert(it.key(),
            QJsonObject{ { QStringLiteral("source"), it->source }, { QStringLiteral("confidence"), it->confidence },
                { QStringLiteral("note"), it->note } });
    QJsonObject o{ { QStringLiteral("id"), m.id.toString() }, { QStringLiteral("name"), m.name },
        { QStringLiteral("vendor"), m.vendor }, { QStringLiteral("generation"), m.generation },
        { QStringLiteral("gpu"), m.gpu }, { QStringLiteral("gpusPerSystem"), m.gpusPerSystem },
        { QStringLiteral("powerKw"), m.power.value() }, { QStringLiteral("heightU"), m.height.value() },
        { QStringLiteral("wholeRack"), m.wholeRack }, { QStringLiteral("cooling"), keyOf(m.cooling) },
        { QStringLiteral("liquidFraction"), m.liquidFraction }, { QStringLiteral("weightKg"), m.weight.value() },
        { QStringLiteral("tflops"),
            QJsonObject{ { QStringLiteral("bf16"), m.bf16.value() }, { QStringLiteral("fp8"), m.fp8.value() },
                { QStringLiteral("fp4"), m.fp4.value() } } },
        { QStringLiteral("priceUsd"), m.price.value() },
        { QStringLiteral("typicalDrawFraction"), m.typicalDrawFraction }, { QStringLiteral("sources"), sources } };
    if (!m.released.isNull())
        o.insert(QStringLiteral("released"), m.released.toString(Qt::ISODate));
    if (!m.operatingPoints.empty()) {
        QJsonArray points;
        for (const auto &op : m.operatingPoints)
            points.append(
                QJsonObject{ { QStringLiteral("name"), op.name }, { QStringLiteral("powerFraction"), op.powerFraction },
                    { QStringLiteral("performanceFraction"), op.performanceFraction } });
        o.insert(QStringLiteral("operatingPoints"), points);
    }
    return o;
}

// ---- entry points ------------------------------------------------------------------------

namespace {

// Why `bytes` cannot be a project file, before parsing: too large, empty, nested too deep.
std::optional<Problem> refuseBytes(const QByteArray &bytes)
{
    if (bytes.size() > limits::maxFileBytes)
        return Problem{ QStringLiteral("$"),
            QStringLiteral("the file is %1 MB; project files are limited to %2 MB")
                .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1)
                .arg(limits::maxFileBytes / (1024 * 1024)) };
    if (bytes.trimmed().isEmpty())
        return Problem{ QStringLiteral("$"), QStringLiteral("the file is empty") };
    if (const qsizetype at = firstTooDeepOffset(bytes); at >= 0)
        return Problem{ QStringLiteral("$"),
            QStringLiteral("nesting deeper than %1 levels at byte %2").arg(limits::maxNesting).arg(at) };
    return std::nullopt;
}

// Why `root` is not a WarmShell project this build reads (its format, its version); nothing
// when it is one, with its format version in `version`.
std::optional<Problem> refuseFormat(const QJsonObject &root, int &version)
{
    if (root.value(QStringLiteral("format")).toString() != kFormatName)
        return Problem{ QStringLiteral("$.format"),
            QStringLiteral("must be \"%1\"; this is not a WarmShell project").arg(kFormatName) };
    const QJsonValue versionValue = root.value(QStringLiteral("formatVersion"));
    const double v = versionValue.toDouble(-1);
    if (!versionValue.isDouble() || v != std::floor(v) || v < 1)
        return Problem{ QStringLiteral("$.formatVersion"),
            QStringLiteral("must be a whole number from 1 to %1, got %2")
                .arg(kProjectFormatVersion)
                .arg(versionValue.isDouble() ? QString::number(v) : jsonTypeName(versionValue)) };
    if (v > kProjectFormatVersion)
        return Problem{ QStringLiteral("$.formatVersion"),
            QStringLiteral("the file is format version %1, newer than the %2 this WarmShell reads; "
                           "open it with a newer WarmShell")
                .arg(v)
                .arg(kProjectFormatVersion) };
    version = int(v);
    return std::nullopt;
}

// The root object of a project file of a version this build reads, or the one reason it is
// refused.
std::optional<QJsonObject> readRoot(const QByteArray &bytes, int &version, std::vector<Problem> &errors)
{
    if (auto refusal = refuseBytes(bytes)) {
        errors.push_back(std::move(*refusal));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors.push_back({ QStringLiteral("$"),
            QStringLiteral("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()) });
        return std::nullopt;
    }
    if (!doc.isObject()) {
        errors.push_back({ QStringLiteral("$"),
            QStringLiteral("must be a JSON object, got %1")
                .arg(doc.isArray() ? QStringLiteral("an array") : QStringLiteral("a scalar")) });
        return std::nullopt;
    }
    if (auto refusal = refuseFormat(doc.object(), version)) {
        errors.push_back(std::move(*refusal));
        return std::nullopt;
    }
    return doc.object();
}

void readSite(JsonReader &r, const QJsonObject &root, Site &s)
{
    const auto site = r.object(root, QStringLiteral("$"), "site", Need::Required);
    if (!site)
        return;
    const QString sp = QStringLiteral("$.site");
    r.rejectUnknownKeys(*site, sp,
        { "name", "currency", "planStart", "period", "horizonPeriods", "halls", "rows", "racks", "powerNodes",
            "coolingUnits", "thermal", "allowInterruptibleOnReserve", "measuredDiversity" });
    s.name = r.text(*site, sp, "name", Need::Required);
    s.currency = r.text(*site, sp, "currency", Need::Optional);
    if (s.currency.isEmpty())
        s.currency = QStringLiteral("USD");
    else if (s.currency.size() != 3)
        r.fail(JsonReader::member(sp, QStringLiteral("currency")),
            QStringLiteral("must be a 3-letter code such as \"USD\""));
    s.planStart = r.date(*site, sp, "planStart", Need::Required);
    s.period = r.enumValue<PlanningPeriod>(*site, sp, "period", PlanningPeriod::Quarter);
    s.horizonPeriods = r.integer(*site, sp, "horizonPeriods", limits::horizonPeriods, 8);
    readFloor(r, *site, s);
    readPowerNodes(r, *site, s);
    readCooling(r, *site, s);
    readThermal(r, *site, s);
    s.allowInterruptibleOnReserve = r.boolean(*site, sp, "allowInterruptibleOnReserve", false);
    if (const auto md = r.object(*site, sp, "measuredDiversity", Need::Optional)) {
        const QString mp = JsonReader::member(sp, QStringLiteral("measuredDiversity"));
        r.rejectUnknownKeys(*md, mp, { "enabled", "margin" });
        s.measuredDiversity.enabled = r.boolean(*md, mp, "enabled", false);
        s.measuredDiversity.margin = r.number(*md, mp, "margin", limits::diversityMargin, 0.10);
    }
}

void readCatalog(JsonReader &r, const QJsonObject &root, Project &out)
{
    const QJsonArray catalog = r.array(root, QStringLiteral("$"), "catalog", Need::Optional);
    for (qsizetype i = 0; i < catalog.size(); ++i)
        if (auto m = readSystemModel(r, catalog[i], JsonReader::item(QStringLiteral("$.catalog"), i)))
            out.customModels.push_back(std::move(*m));
}

} // namespace

LoadResult parseProject(const QByteArray &bytes)
{
    LoadResult result;
    int version = 0;
    std::optional<QJsonObject> root = readRoot(bytes, version, result.errors);
    if (!root)
        return result;

    JsonReader r;
    if (version < kProjectFormatVersion)
        result.migratedFrom = version;
    if (version < 2)
        migrateV1ToV2(*root, r);
    if (version < 3)
        migrateV2ToV3(*root, r);
    if (version < 4)
        migrateV3ToV4(*root, r);
    if (version < 5)
        migrateV4ToV5(*root, r);
    if (version < 6)
        migrateV5ToV6(*root, r);
    if (version < 7)
        migrateV6ToV7(*root, r);
    if (version < 8)
        migrateV7ToV8(*root, r);
    if (version < 9)
        migrateV8ToV9(*root, r);
    if (version < 10)
        migrateV9ToV10(*root, r);

    r.rejectUnknownKeys(*root, QStringLiteral("$"),
        { "format", "formatVersion", "site", "catalog", "fleet", "scenarios", "maintenanceWindows", "tenants",
            "fabricDomains", "clusters" });
    Project project;
    readSite(r, *root, project.site);
    readCatalog(r, *root, project);
    readFleet(r, *root, project);
    readScenarios(r, *root, project);
    readMaintenanceWindows(r, *root, project);
    checkMaintenanceWindows(r, project);
    readTenants(r, *root, project);
    checkTenants(r, project);
    readClusters(r, *root, project);
    checkClusters(r, project);

    result.errors = r.takeErrors();
    if (result.errors.empty())
        result.project = std::move(project);
    return result;
}

LoadResult loadProject(const QString &fileName)
{
    InputFile file = readInputFile(fileName);
    if (!file.ok()) {
        LoadResult result;
        result.errors.push_back({ QStringLiteral("$"), file.error });
        return result;
    }
    return parseProject(file.bytes);
}

QByteArray serializeProject(const Project &project)
{
    QJsonArray catalog, fleet;
    for (const SystemModel &m : project.customModels)
        catalog.append(systemModelToJson(m));
    for (const FleetLot &lot : project.fleet) {
        QJsonObject o{ { QStringLiteral("id"), lot.id.toString() }, { QStringLiteral("name"), lot.name },
            { QStringLiteral("model"), lot.model.toString() }, { QStringLiteral("count"), lot.count },
            { QStringLiteral("unitCost"), lot.unitCost.value() },
            { QStringLiteral("delivered"), dateToJson(lot.delivered) },
            { QStringLiteral("depreciation"), depreciationToJson(lot.depreciation) } };
        if (!lot.retire.isNull())
            o.insert(QStringLiteral("retire"), dateToJson(lot.retire));
        if (lot.deliveryDelay)
            o.insert(QStringLiteral("deliveryDelayMonths"), delayToJson(*lot.deliveryDelay));
        if (lot.isInterruptible()) {
            o.insert(QStringLiteral("loadClass"), keyOf(lot.loadClass));
            if (!lot.cappedTo.isEmpty())
                o.insert(QStringLiteral("cappedTo"), lot.cappedTo);
        }
        if (lot.typicalDrawFraction)
            o.insert(QStringLiteral("typicalDrawFraction"), *lot.typicalDrawFraction);
        if (!lot.tenant.isNull())
            o.insert(QStringLiteral("tenant"), lot.tenant.toString());
        fleet.append(o);
    }
    QJsonObject root{ { QStringLiteral("format"), kFormatName },
        { QStringLiteral("formatVersion"), kProjectFormatVersion },
        { QStringLiteral("site"), siteToJson(project.site) }, { QStringLiteral("catalog"), catalog },
        { QStringLiteral("fleet"), fleet } };
    if (!project.scenarios.empty())
        root.insert(QStringLiteral("scenarios"), scenariosToJson(project.scenarios));
    if (!project.maintenanceWindows.empty())
        root.insert(QStringLiteral("maintenanceWindows"), maintenanceWindowsToJson(project.maintenanceWindows));
    if (!project.tenants.empty())
        root.insert(QStringLiteral("tenants"), tenantsToJson(project.tenants));
    if (!project.fabricDomains.empty())
        root.insert(QStringLiteral("fabricDomains"), fabricDomainsToJson(project.fabricDomains));
    if (!project.clusters.empty())
        root.insert(QStringLiteral("clusters"), clustersToJson(project.clusters));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString saveProject(const Project &project, const QString &fileName, const OutputGuard &guard)
{
    const QByteArray bytes = serializeProject(project);
    // What is written must load: refuse here, before touching the file, what loadProject would.
    if (bytes.size() > limits::maxFileBytes)
        return QStringLiteral("cannot write %1: the project is %2 MiB; project files are limited to %3 MiB")
            .arg(fileName)
            .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1)
            .arg(limits::maxFileBytes / (1024 * 1024));
    return writeOutputFile(fileName, bytes, guard);
}

} // namespace warmshell
