// SPDX-License-Identifier: GPL-3.0-or-later
#include "netbox.h"

#include "catalog.h"
#include "fieldlimits.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace warmshell {

namespace {

// Fields of the NetBox 3.x/4.x REST objects that WarmShell knows (used or deliberately
// ignored); any other field is listed in the report.
const QSet<QString> kCommonFields = { QStringLiteral("id"), QStringLiteral("url"), QStringLiteral("display_url"),
    QStringLiteral("display"), QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("comments"),
    QStringLiteral("tags"), QStringLiteral("custom_fields"), QStringLiteral("created"), QStringLiteral("last_updated"),
    QStringLiteral("tenant"), QStringLiteral("status"), QStringLiteral("owner") };
const QSet<QString> kRackFields = { QStringLiteral("facility_id"), QStringLiteral("site"), QStringLiteral("location"),
    QStringLiteral("role"), QStringLiteral("serial"), QStringLiteral("asset_tag"), QStringLiteral("rack_type"),
    QStringLiteral("form_factor"), QStringLiteral("type"), QStringLiteral("width"), QStringLiteral("u_height"),
    QStringLiteral("starting_unit"), QStringLiteral("weight"), QStringLiteral("max_weight"),
    QStringLiteral("weight_unit"), QStringLiteral("desc_units"), QStringLiteral("outer_width"),
    QStringLiteral("outer_height"), QStringLiteral("outer_depth"), QStringLiteral("outer_unit"),
    QStringLiteral("mounting_depth"), QStringLiteral("airflow"), QStringLiteral("device_count"),
    QStringLiteral("powerfeed_count") };
const QSet<QString> kPanelFields
    = { QStringLiteral("site"), QStringLiteral("location"), QStringLiteral("powerfeed_count") };
const QSet<QString> kFeedFields = { QStringLiteral("power_panel"), QStringLiteral("rack"), QStringLiteral("type"),
    QStringLiteral("supply"), QStringLiteral("phase"), QStringLiteral("voltage"), QStringLiteral("amperage"),
    QStringLiteral("max_utilization"), QStringLiteral("available_power"), QStringLiteral("mark_connected"),
    QStringLiteral("cable"), QStringLiteral("cable_end"), QStringLiteral("link_peers"),
    QStringLiteral("link_peers_type"), QStringLiteral("connected_endpoints"),
    QStringLiteral("connected_endpoints_type"), QStringLiteral("connected_endpoints_reachable"),
    QStringLiteral("_occupied") };

constexpr int kRacksPerRow = 10;
constexpr double kRackPitch = 0.6; // m between rack centres in a row
constexpr double kRowPitch = 2.4; // m between row centres (rack depth + aisle)
constexpr double kHallMargin = 1.5; // m from the hall wall to the first rack centre
constexpr double kHallGap = 5.0; // m between halls on the campus plan
constexpr double kDefaultWeightKg = 1360;
constexpr int kDefaultHeightU = 42;
constexpr double kDefaultDerating = 0.8;

struct Item
{
    QJsonObject object;
    QString path; // "label: $.results[i]"
};

QString member(const QString &path, const char *key)
{
    return path + QLatin1Char('.') + QLatin1String(key);
}

// The objects of one saved answer; problems with the container go to errors, with single
// items to report.
std::vector<Item> readList(const NetBoxInput &in, std::vector<Problem> &errors, std::vector<Problem> &report)
{
    std::vector<Item> items;
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(in.json, &pe);
    const QString root = in.label + QStringLiteral(": $");
    if (pe.error != QJsonParseError::NoError) {
        errors.push_back({ root, QStringLiteral("is not JSON: %1 at byte %2").arg(pe.errorString()).arg(pe.offset) });
        return items;
    }
    QJsonArray list;
    QString listPath = root;
    if (doc.isArray()) {
        list = doc.array();
    } else if (doc.isObject() && doc.object().value(QStringLiteral("results")).isArray()) {
        const QJsonObject page = doc.object();
        list = page.value(QStringLiteral("results")).toArray();
        listPath = root + QStringLiteral(".results");
        const QJsonValue next = page.value(QStringLiteral("next"));
        if (next.isString() && !next.toString().isEmpty())
            report.push_back({ root + QStringLiteral(".next"),
                QStringLiteral("this is one page of %1 objects (%2 in this file); the later pages (%3) are "
                               "not imported: save every page, or ask with ?limit=0")
                    .arg(page.value(QStringLiteral("count")).toInteger(-1))
                    .arg(list.size())
                    .arg(next.toString()) });
        else if (page.contains(QStringLiteral("count"))
            && page.value(QStringLiteral("count")).toInteger(-1) != list.size()
            && page.value(QStringLiteral("previous")).isNull())
            report.push_back({ root + QStringLiteral(".count"),
                QStringLiteral("says %1 objects but the file holds %2")
                    .arg(page.value(QStringLiteral("count")).toInteger(-1))
                    .arg(list.size()) });
    } else {
        errors.push_back({ root,
            QStringLiteral("expected a NetBox list: an object with a \"results\" array "
                           "(as the REST API returns it) or a bare array") });
        return items;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = listPath + QStringLiteral("[%1]").arg(i);
        if (!list[i].isObject()) {
            report.push_back({ path, QStringLiteral("is not an object; skipped") });
            continue;
        }
        items.push_back({ list[i].toObject(), path });
    }
    return items;
}

// Reports each unknown field once per file with how many objects carry it.
void reportUnknownFields(const std::vector<Item> &items, const QSet<QString> &known, const QString &label,
    const char *what, std::vector<Problem> &report)
{
    QMap<QString, QStringList> seen; // field -> paths
    for (const Item &item : items)
        for (auto it = item.object.begin(); it != item.object.end(); ++it)
            if (!kCommonFields.contains(it.key()) && !known.contains(it.key()))
                seen[it.key()] << item.path;
    for (auto it = seen.begin(); it != seen.end(); ++it)
        report.push_back({ it->first() + QLatin1Char('.') + it.key(),
            QStringLiteral("field \"%1\" (in %2 %3 of %4) is not a NetBox %3 field WarmShell knows; ignored")
                .arg(it.key())
                .arg(it->size())
                .arg(QLatin1String(what))
                .arg(label) });
}

// A nested reference {"id": 3, ...} or a bare id; -1 when absent or null.
qint64 refId(const QJsonValue &v)
{
    if (v.isObject())
        return v.toObject().value(QStringLiteral("id")).toInteger(-1);
    if (v.isDouble())
        return v.toInteger(-1);
    return -1;
}

// A choice field {"value": "primary", "label": "Primary"} or a bare "primary"; empty when absent.
QString choice(const QJsonValue &v)
{
    if (v.isObject())
        return v.toObject().value(QStringLiteral("value")).toString();
    return v.toString();
}

QString text(const QJsonValue &v, const char *key)
{
    return v.isObject() ? v.toObject().value(QLatin1String(key)).toString() : QString();
}

// A number that may arrive as a JSON number or a decimal string ("415.00"); NaN when absent.
double number(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        return ok ? d : std::nan("");
    }
    return std::nan("");
}

// Lower-case letters, digits and '-' only: NetBox slugs and names made safe for ids.
QString slugify(const QString &s)
{
    QString out;
    for (const QChar c : s.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
        else if (!out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("x") : out;
}

struct SiteRef
{
    qint64 id = -1;
    QString slug;
    QString name;
};

SiteRef siteOf(const QJsonObject &o)
{
    const QJsonValue v = o.value(QStringLiteral("site"));
    SiteRef s{ refId(v), text(v, "slug"), text(v, "name") };
    if (s.slug.isEmpty() && s.id >= 0)
        s.slug = QStringLiteral("site-%1").arg(s.id);
    if (s.name.isEmpty())
        s.name = s.slug;
    return s;
}

struct RackIn
{
    qint64 id;
    QString name;
    QString path;
    SiteRef site;
    qint64 locationId = -1;
    QString locationName, locationSlug;
    int heightU = kDefaultHeightU;
    double weightLimitKg = kDefaultWeightKg;
};

struct PanelIn
{
    qint64 id;
    QString name;
    QString path;
    SiteRef site;
};

struct FeedIn
{
    qint64 id;
    QString name;
    QString path;
    qint64 panel;
    qint64 rack = -1;
    bool redundant = false;
    PowerRating rating;
    double derating = kDefaultDerating;
};

double kilogramsPer(const QString &unit)
{
    if (unit == QLatin1String("kg"))
        return 1.0;
    if (unit == QLatin1String("g"))
        return 0.001;
    if (unit == QLatin1String("lb"))
        return 0.45359237;
    if (unit == QLatin1String("oz"))
        return 0.028349523125;
    return std::nan("");
}

} // namespace

double netBoxFeedKw(double volts, double amps, bool threePhase, bool dc, double powerFactor)
{
    if (dc)
        return std::abs(volts) * amps / 1000.0;
    return volts * amps * (threePhase ? std::sqrt(3.0) : 1.0) * powerFactor / 1000.0;
}

NetBoxImportResult importNetBox(const NetBoxInput &racksIn, const NetBoxInput &panelsIn, const NetBoxInput &feedsIn,
    const NetBoxImportOptions &options)
{
    NetBoxImportResult result;
    auto &report = result.report;
    if (!options.planStart.isValid())
        result.errors.push_back({ QStringLiteral("planStart"), QStringLiteral("is needed (a date YYYY-MM-DD)") });
    if (!(options.powerFactor > 0 && options.powerFactor <= 1))
        result.errors.push_back({ QStringLiteral("powerFactor"),
            QStringLiteral("must be above 0 and at most 1, got %1").arg(options.powerFactor) });
    const auto rackItems = readList(racksIn, result.errors, report);
    const auto panelItems = readList(panelsIn, result.errors, report);
    const auto feedItems = readList(feedsIn, result.errors, report);
    if (!result.errors.empty())
        return result;
    reportUnknownFields(rackItems, kRackFields, racksIn.label, "rack", report);
    reportUnknownFields(panelItems, kPanelFields, panelsIn.label, "power panel", report);
    reportUnknownFields(feedItems, kFeedFields, feedsIn.label, "power feed", report);

    const QSet<QString> wantedSites(options.sites.begin(), options.sites.end());
    auto siteWanted = [&](const SiteRef &s) { return wantedSites.isEmpty() || wantedSites.contains(s.slug); };
    int otherSites = 0;
    auto idAndName = [&](const Item &item, qint64 &id, QString &name) {
        id = item.object.value(QStringLiteral("id")).toInteger(-1);
        name = item.object.value(QStringLiteral("name")).toString();
        if (id < 0) {
            report.push_back(
                { member(item.path, "id"), QStringLiteral("is missing or not a whole number; object skipped") });
            return false;
        }
        if (name.trimmed().isEmpty())
            name = item.object.value(QStringLiteral("display")).toString();
        if (name.trimmed().isEmpty())
            name = QStringLiteral("#%1").arg(id);
        return true;
    };

    // Racks.
    std::map<qint64, RackIn> racks;
    QStringList defaultedWeight;
    QString firstDefaultedWeightPath;
    for (const Item &item : rackItems) {
        RackIn r;
        if (!idAndName(item, r.id, r.name))
            continue;
        r.path = item.path;
        r.site = siteOf(item.object);
        if (r.site.id < 0) {
            report.push_back(
                { member(item.path, "site"), QStringLiteral("rack \"%1\" names no site; skipped").arg(r.name) });
            continue;
        }
        if (!siteWanted(r.site)) {
            ++otherSites;
            continue;
        }
        if (racks.count(r.id)) {
            report.push_back(
                { member(item.path, "id"), QStringLiteral("rack id %1 appears twice; this copy skipped").arg(r.id) });
            continue;
        }
        const QJsonValue loc = item.object.value(QStringLiteral("location"));
        r.locationId = refId(loc);
        r.locationName = text(loc, "name");
        r.locationSlug = text(loc, "slug");
        const double u = number(item.object.value(QStringLiteral("u_height")));
        if (std::isnan(u))
            report.push_back(
                { member(item.path, "u_height"), QStringLiteral("is missing; %1 U assumed").arg(kDefaultHeightU) });
        else if (u != std::floor(u) || !limits::rackHeight.contains(u))
            report.push_back({ member(item.path, "u_height"),
                QStringLiteral("%1 is not a whole number of 1 to 60 U; %2 U assumed").arg(u).arg(kDefaultHeightU) });
        else
            r.heightU = int(u);
        const double maxWeight = number(item.object.value(QStringLiteral("max_weight")));
        const QString unit = choice(item.object.value(QStringLiteral("weight_unit")));
        if (std::isnan(maxWeight)) {
            if (firstDefaultedWeightPath.isEmpty())
                firstDefaultedWeightPath = member(item.path, "max_weight");
            defaultedWeight << r.name;
        } else if (std::isnan(kilogramsPer(unit))) {
            report.push_back({ member(item.path, "weight_unit"),
                QStringLiteral("unknown weight unit \"%1\" (expected kg, g, lb or oz); max_weight %2 not used, "
                               "%3 kg assumed")
                    .arg(unit)
                    .arg(maxWeight)
                    .arg(kDefaultWeightKg) });
        } else {
            const double kg = maxWeight * kilogramsPer(unit);
            if (!limits::rackWeight.contains(kg))
                report.push_back({ member(item.path, "max_weight"),
                    QStringLiteral("%1 kg is outside 0 to 10000 kg; %2 kg assumed").arg(kg).arg(kDefaultWeightKg) });
            else
                r.weightLimitKg = kg;
        }
        racks.emplace(r.id, r);
    }
    if (!defaultedWeight.isEmpty())
        report.push_back({ firstDefaultedWeightPath,
            QStringLiteral("max_weight is missing on %1 rack(s) (%2); %3 kg assumed")
                .arg(defaultedWeight.size())
                .arg(defaultedWeight.join(QStringLiteral(", ")))
                .arg(kDefaultWeightKg) });

    // Power panels.
    std::map<qint64, PanelIn> panels;
    for (const Item &item : panelItems) {
        PanelIn p;
        if (!idAndName(item, p.id, p.name))
            continue;
        p.path = item.path;
        p.site = siteOf(item.object);
        if (p.site.id < 0) {
            report.push_back(
                { member(item.path, "site"), QStringLiteral("power panel \"%1\" names no site; skipped").arg(p.name) });
            continue;
        }
        if (!siteWanted(p.site)) {
            ++otherSites;
            continue;
        }
        if (!panels.emplace(p.id, p).second)
            report.push_back({ member(item.path, "id"),
                QStringLiteral("power panel id %1 appears twice; this copy skipped").arg(p.id) });
    }

    // Power feeds.
    std::map<qint64, FeedIn> feeds;
    QSet<qint64> allPanelIds; // every panel in the file, to tell "other site" from "missing"
    for (const Item &item : panelItems)
        allPanelIds.insert(item.object.value(QStringLiteral("id")).toInteger(-1));
    for (const Item &item : feedItems) {
        FeedIn f;
        if (!idAndName(item, f.id, f.name))
            continue;
        f.path = item.path;
        const QJsonObject &o = item.object;
        f.panel = refId(o.value(QStringLiteral("power_panel")));
        if (f.panel < 0) {
            report.push_back({ member(item.path, "power_panel"),
                QStringLiteral("power feed \"%1\" has no power panel; not imported (WarmShell needs to know what "
                               "feeds it)")
                    .arg(f.name) });
            continue;
        }
        if (!panels.count(f.panel)) {
            if (allPanelIds.contains(f.panel)) {
                ++otherSites;
            } else {
                report.push_back({ member(item.path, "power_panel"),
                    QStringLiteral("power feed \"%1\" names power panel %2, which is not in %3; not imported")
                        .arg(f.name)
                        .arg(f.panel)
                        .arg(panelsIn.label) });
            }
            continue;
        }
        f.rack = refId(o.value(QStringLiteral("rack")));
        const QString type = choice(o.value(QStringLiteral("type")));
        if (type == QLatin1String("redundant"))
            f.redundant = true;
        else if (type != QLatin1String("primary"))
            report.push_back({ member(item.path, "type"),
                QStringLiteral("\"%1\" is neither primary nor redundant; primary (A side) "
                               "assumed")
                    .arg(type) });
        const QString supply = choice(o.value(QStringLiteral("supply")));
        const QString phase = choice(o.value(QStringLiteral("phase")));
        bool dc = false;
        if (supply == QLatin1String("dc"))
            dc = true;
        else if (supply != QLatin1String("ac"))
            report.push_back(
                { member(item.path, "supply"), QStringLiteral("\"%1\" is neither ac nor dc; ac assumed").arg(supply) });
        bool threePhase = false;
        if (phase == QLatin1String("three-phase"))
            threePhase = true;
        else if (phase != QLatin1String("single-phase") && !dc)
            report.push_back({ member(item.path, "phase"),
                QStringLiteral("\"%1\" is neither single-phase nor three-phase; "
                               "single-phase assumed")
                    .arg(phase) });
        const double volts = number(o.value(QStringLiteral("voltage")));
        const double amps = number(o.value(QStringLiteral("amperage")));
        if (!(std::isfinite(volts) && volts != 0 && (dc || volts > 0))) {
            report.push_back({ member(item.path, "voltage"),
                QStringLiteral("power feed \"%1\": voltage missing or not a usable "
                               "number; not imported")
                    .arg(f.name) });
            continue;
        }
        if (!(std::isfinite(amps) && amps > 0)) {
            report.push_back({ member(item.path, "amperage"),
                QStringLiteral("power feed \"%1\": amperage missing or not above 0; "
                               "not imported")
                    .arg(f.name) });
            continue;
        }
        if (dc) {
            f.rating = PowerRating::kilowatts(Kilowatts(netBoxFeedKw(volts, amps, false, true, 1.0)));
        } else {
            const double kva = netBoxFeedKw(volts, amps, threePhase, false, 1.0);
            f.rating = PowerRating::kva(KiloVoltAmperes(kva), options.powerFactor);
        }
        if (!limits::nodeRating.contains(f.rating.nameplateValue())) {
            report.push_back({ item.path,
                QStringLiteral("power feed \"%1\": %2 kW is out of range; not imported")
                    .arg(f.name)
                    .arg(f.rating.nameplateValue()) });
            continue;
        }
        const double util = number(o.value(QStringLiteral("max_utilization")));
        if (std::isfinite(util) && util > 0 && util <= 100)
            f.derating = util / 100.0;
        else
            report.push_back({ member(item.path, "max_utilization"),
                QStringLiteral("missing or not in 1..100 %; derating %1 assumed").arg(kDefaultDerating) });
        const QString status = choice(o.value(QStringLiteral("status")));
        if (!status.isEmpty() && status != QLatin1String("active"))
            report.push_back({ member(item.path, "status"),
                QStringLiteral("power feed \"%1\" is %2 in NetBox; imported as in "
                               "service")
                    .arg(f.name, status) });
        if (!feeds.emplace(f.id, f).second)
            report.push_back({ member(item.path, "id"),
                QStringLiteral("power feed id %1 appears twice; this copy skipped").arg(f.id) });
    }
    if (otherSites > 0)
        report.push_back({ QStringLiteral("--sites"),
            QStringLiteral("%1 object(s) of sites other than %2 left out as asked")
                .arg(otherSites)
                .arg(options.sites.join(QStringLiteral(", "))) });

    // Feeds per rack: A = first primary, B = first redundant (by NetBox id).
    std::map<qint64, std::vector<const FeedIn *>> primaries, redundants;
    for (const auto &[id, f] : feeds) {
        if (f.rack < 0) {
            report.push_back({ member(f.path, "rack"),
                QStringLiteral("power feed \"%1\" is assigned to no rack; imported as a "
                               "node that feeds nothing")
                    .arg(f.name) });
            continue;
        }
        if (!racks.count(f.rack)) {
            report.push_back({ member(f.path, "rack"),
                QStringLiteral("power feed \"%1\" names rack %2, which is not imported "
                               "(not in %3 or of another site); it feeds nothing")
                    .arg(f.name)
                    .arg(f.rack)
                    .arg(racksIn.label) });
            continue;
        }
        (f.redundant ? redundants : primaries)[f.rack].push_back(&f);
    }

    Project project;
    Site &site = project.site;
    site.planStart = options.planStart;
    site.currency = QStringLiteral("USD");

    struct RackOut
    {
        const RackIn *in;
        const FeedIn *a = nullptr;
        const FeedIn *b = nullptr;
    };
    // Halls keyed by (site slug, location id), in the order of first appearance.
    std::map<std::pair<QString, qint64>, std::vector<RackOut>> hallRacks;
    std::vector<std::pair<QString, qint64>> hallOrder;
    for (const auto &[id, r] : racks) {
        auto &prim = primaries[id];
        auto &red = redundants[id];
        RackOut out{ &r };
        if (!prim.empty()) {
            out.a = prim.front();
            if (!red.empty())
                out.b = red.front();
        } else if (!red.empty()) {
            out.a = red.front();
            report.push_back({ r.path,
                QStringLiteral("rack \"%1\" has only redundant feeds; \"%2\" taken as its A feed")
                    .arg(r.name, out.a->name) });
            red.erase(red.begin());
        } else {
            report.push_back({ r.path,
                QStringLiteral("rack \"%1\" has no power feed in %2; not imported (a WarmShell rack needs "
                               "a feed)")
                    .arg(r.name, feedsIn.label) });
            continue;
        }
        for (size_t k = prim.empty() ? 0 : 1; k < prim.size(); ++k)
            report.push_back({ prim[k]->path,
                QStringLiteral("rack \"%1\" has more than one primary feed; \"%2\" not connected "
                               "(WarmShell has one A and one B feed per rack)")
                    .arg(r.name, prim[k]->name) });
        for (size_t k = out.b ? 1 : 0; k < red.size(); ++k)
            report.push_back({ red[k]->path,
                QStringLiteral("rack \"%1\" has more than one redundant feed; \"%2\" not connected "
                               "(WarmShell has one A and one B feed per rack)")
                    .arg(r.name, red[k]->name) });
        if (out.b && out.b->panel == out.a->panel) {
            report.push_back({ out.b->path,
                QStringLiteral("the A and B feeds of rack \"%1\" come from the same panel \"%2\", a "
                               "single point of failure; imported single-fed on \"%3\"")
                    .arg(r.name, panels.at(out.a->panel).name, out.a->name) });
            out.b = nullptr;
        }
        const auto key = std::make_pair(r.site.slug, r.locationId);
        if (!hallRacks.count(key))
            hallOrder.push_back(key);
        hallRacks[key].push_back(out);
    }

    // Power chain: one synthetic 2N utility per site above its panels; panels; feeds.
    QMap<QString, QString> siteNames; // slug -> name
    for (const auto &[id, p] : panels)
        siteNames.insert(p.site.slug, p.site.name);
    for (const auto &[id, r] : racks)
        siteNames.insert(r.site.slug, r.site.name);
    QHash<qint64, double> panelKw;
    for (const auto &[id, f] : feeds)
        panelKw[f.panel] += f.rating.realPower().value();
    QHash<QString, double> siteKw;
    for (const auto &[id, p] : panels)
        siteKw[p.site.slug] += panelKw.value(id);
    auto feedNodeId = [](qint64 id) { return PowerNodeId(QStringLiteral("nb-feed-%1").arg(id)); };
    auto panelNodeId = [](qint64 id) { return PowerNodeId(QStringLiteral("nb-panel-%1").arg(id)); };
    for (auto it = siteNames.begin(); it != siteNames.end(); ++it) {
        if (!siteKw.contains(it.key()))
            continue;
        PowerNode u;
        u.id = PowerNodeId(QStringLiteral("nb-utility-") + slugify(it.key()));
        u.name = QStringLiteral("Utility (not in NetBox) — %1").arg(*it);
        u.kind = PowerNodeKind::Utility;
        u.rating = PowerRating::kilowatts(Kilowatts(std::max(1.0, std::ceil(siteKw.value(it.key())))));
        u.derating = 1.0;
        u.redundancy = Redundancy::twoN();
        site.power.addNode(u);
    }
    for (const auto &[id, p] : panels) {
        PowerNode n;
        n.id = panelNodeId(id);
        n.name = p.name;
        n.kind = PowerNodeKind::Switchboard;
        n.rating = PowerRating::kilowatts(Kilowatts(panelKw.value(id)));
        n.derating = 1.0;
        site.power.addNode(n);
        site.power.connect(PowerNodeId(QStringLiteral("nb-utility-") + slugify(p.site.slug)), n.id);
        if (!panelKw.contains(id))
            report.push_back({ p.path,
                QStringLiteral("power panel \"%1\" has no imported feed; imported with rating 0").arg(p.name) });
    }
    for (const auto &[id, f] : feeds) {
        PowerNode n;
        n.id = feedNodeId(id);
        n.name = f.name;
        n.kind = PowerNodeKind::Pdu;
        n.rating = f.rating;
        n.derating = f.derating;
        site.power.addNode(n);
        site.power.connect(panelNodeId(f.panel), n.id);
    }
    if (!siteKw.isEmpty() && siteNames.size() > 0)
        report.push_back({ QStringLiteral("power chain"),
            QStringLiteral("NetBox has nothing above power panels: a synthetic 2N utility feed per site "
                           "(nb-utility-*, rated at the sum of its feeds, never binding) feeds the panels; "
                           "panels are rated at the sum of their feeds") });

    // Floor: a hall per site and location, rows of up to 10 racks in name order, racks on a
    // grid (NetBox stores no floor position); a synthetic air unit per hall.
    double campusX = 0;
    for (const auto &key : hallOrder) {
        auto &list = hallRacks[key];
        std::sort(list.begin(), list.end(), [](const RackOut &a, const RackOut &b) {
            return a.in->name == b.in->name ? a.in->id < b.in->id : a.in->name < b.in->name;
        });
        const RackIn &first = *list.front().in;
        Hall hall;
        const QString siteSlug = slugify(key.first);
        hall.id = HallId(key.second < 0 ? QStringLiteral("hall-") + siteSlug
                                        : QStringLiteral("hall-%1-%2").arg(siteSlug).arg(key.second));
        hall.name = key.second < 0 ? first.site.name : first.site.name + QStringLiteral(" / ") + first.locationName;
        const int rowCount = int((list.size() + kRacksPerRow - 1) / kRacksPerRow);
        const int perRow = int(std::min<size_t>(list.size(), kRacksPerRow));
        hall.origin = { Metres(campusX), Metres(0) };
        hall.size = { Metres(2 * kHallMargin + kRackPitch * (perRow - 1)),
            Metres(2 * kHallMargin + kRowPitch * (rowCount - 1)) };
        campusX += hall.size.x.value() + kHallGap;
        site.halls.push_back(hall);
        CoolingUnit crah;
        crah.id = CoolingUnitId(QStringLiteral("nb-air-") + hall.id.toString().mid(5));
        crah.name = QStringLiteral("Air cooling (not in NetBox) — %1").arg(hall.name);
        crah.kind = CoolingUnitKind::Crah;
        double hallKw = 0;
        for (size_t i = 0; i < list.size(); ++i) {
            const int rowIndex = int(i / kRacksPerRow);
            const int slot = int(i % kRacksPerRow);
            if (slot == 0) {
                Row row;
                row.id = RowId(QStringLiteral("%1-row-%2").arg(hall.id.toString()).arg(rowIndex + 1));
                row.hall = hall.id;
                row.name = QStringLiteral("Row %1").arg(rowIndex + 1);
                site.rows.push_back(row);
            }
            const RackOut &ro = list[i];
            Rack rack;
            rack.id = RackId(QStringLiteral("nb-rack-%1").arg(ro.in->id));
            rack.name = ro.in->name;
            rack.row = site.rows.back().id;
            rack.position = { Metres(kHallMargin + kRackPitch * slot), Metres(kHallMargin + kRowPitch * rowIndex) };
            rack.height = RackUnits(ro.in->heightU);
            rack.weightLimit = Kilograms(ro.in->weightLimitKg);
            rack.feedA = feedNodeId(ro.a->id);
            double limit = ro.a->rating.realPower().value() * ro.a->derating;
            if (ro.b) {
                rack.feedB = feedNodeId(ro.b->id);
                limit = std::min(limit, ro.b->rating.realPower().value() * ro.b->derating);
            }
            if (limit > limits::rackPower.max) {
                report.push_back({ ro.in->path,
                    QStringLiteral("rack \"%1\": its feeds allow %2 kW; the rack limit is capped at %3 kW")
                        .arg(rack.name)
                        .arg(limit)
                        .arg(limits::rackPower.max) });
                limit = limits::rackPower.max;
            }
            rack.powerLimit = Kilowatts(limit);
            hallKw += limit;
            crah.serves.push_back(rack.id);
            site.racks.push_back(rack);
        }
        crah.capacity = Kilowatts(std::max(1.0, std::ceil(hallKw)));
        site.coolingUnits.push_back(crah);
    }
    if (!site.racks.empty())
        report.push_back({ QStringLiteral("cooling"),
            QStringLiteral("NetBox has no cooling: every rack is imported air-cooled and a synthetic air unit "
                           "per hall (nb-air-*, sized to the hall's rack limits, never binding) serves it; "
                           "set liquid racks, CDUs and real capacities in WarmShell") });

    QStringList names;
    for (const QString &n : siteNames)
        names << n;
    site.name = names.isEmpty() ? QStringLiteral("NetBox import") : names.join(QStringLiteral(", "));
    if (site.racks.empty()) {
        result.errors.push_back({ racksIn.label, QStringLiteral("no rack could be imported (see the report)") });
        return result;
    }
    const auto problems = validateProject(project, Catalog::builtIn());
    if (!problems.empty()) {
        result.errors = problems;
        return result;
    }
    result.project = std::move(project);
    return result;
}

} // namespace warmshell
