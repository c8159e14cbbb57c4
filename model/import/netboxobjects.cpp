// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/netboxobjects.h"

#include "fieldlimits.h"

#include <QHash>

#include <cmath>
#include <optional>

namespace warmshell::netbox {

namespace {

// Fields of the NetBox 3.x/4.x REST objects that WarmShell knows besides the common ones (used
// or deliberately ignored); any other field is listed in the report.
const QSet<QString> kRackFields = { QStringLiteral("facility_id"), QStringLiteral("site"), QStringLiteral("location"),
    QStringLiteral("role"), QStringLiteral("serial"), QStringLiteral("asset_tag"), QStringLiteral("rack_type"),
    QStringLiteral("form_factor"), QStringLiteral("type"), QStringLiteral("width"), QStringLiteral("u_height"),
    QStringLiteral("starting_unit"), QStringLiteral("weight"), QStringLiteral("max_weight"),
    QStringLiteral("weight_unit"), QStringLiteral("desc_units"), QStringLiteral("outer_width"),
    QStringLiteral("outer_height"), QStringLiteral("outer_depth"), QStringLiteral("outer_unit"),
    QStringLiteral("mounting_depth"), QStringLiteral("airflow"), QStringLiteral("device_count"),
    QStringLiteral("powerfeed_count"), QStringLiteral("cooling_capability"), QStringLiteral("cooling_capacity") };
const QSet<QString> kPanelFields
    = { QStringLiteral("site"), QStringLiteral("location"), QStringLiteral("powerfeed_count") };
const QSet<QString> kFeedFields = { QStringLiteral("power_panel"), QStringLiteral("rack"), QStringLiteral("type"),
    QStringLiteral("supply"), QStringLiteral("phase"), QStringLiteral("voltage"), QStringLiteral("amperage"),
    QStringLiteral("max_utilization"), QStringLiteral("available_power"), QStringLiteral("mark_connected"),
    QStringLiteral("cable"), QStringLiteral("cable_end"), QStringLiteral("link_peers"),
    QStringLiteral("link_peers_type"), QStringLiteral("connected_endpoints"),
    QStringLiteral("connected_endpoints_type"), QStringLiteral("connected_endpoints_reachable"),
    QStringLiteral("_occupied") };
// NetBox 4.7 cooling sources and feeds (netbox/dcim/api/serializers_/cooling.py).
const QSet<QString> kCoolingSourceFields = { QStringLiteral("site"), QStringLiteral("location"), QStringLiteral("type"),
    QStringLiteral("fluid_type"), QStringLiteral("cooling_capacity"), QStringLiteral("coolingfeed_count") };
const QSet<QString> kCoolingFeedFields = { QStringLiteral("cooling_source"), QStringLiteral("rack"),
    QStringLiteral("cooling_capacity"), QStringLiteral("max_flow"), QStringLiteral("max_flow_unit") };

// WarmShell's unit kind for a NetBox cooling source type; empty for a type it does not know.
std::optional<CoolingUnitKind> coolingKindOf(const QString &type)
{
    if (type == QLatin1String("chiller"))
        return CoolingUnitKind::Chiller;
    if (type == QLatin1String("cooling-tower"))
        return CoolingUnitKind::Tower;
    if (type == QLatin1String("dry-cooler"))
        return CoolingUnitKind::DryCooler;
    if (type == QLatin1String("crac"))
        return CoolingUnitKind::Crac;
    if (type == QLatin1String("crah"))
        return CoolingUnitKind::Crah;
    return std::nullopt;
}

SiteRef siteOf(const QJsonObject &o)
{
    const QJsonValue v = o.value(QStringLiteral("site"));
    SiteRef s{ refId(v), text(v, "slug"), shortName(text(v, "name"), refId(v)) };
    if (s.slug.isEmpty() && s.id >= 0)
        s.slug = QStringLiteral("site-%1").arg(s.id);
    if (s.name.isEmpty())
        s.name = shortName(s.slug, s.id);
    return s;
}

// Kilograms per NetBox weight unit; NaN for a unit WarmShell does not know.
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

// Reads the objects of the three answers into NetBoxObjects, one report line per object left
// out or field defaulted.
class ObjectReader
{
public:
    ObjectReader(const NetBoxImportOptions &options, ProblemList &report)
        : m_options(options), m_wantedSites(options.sites.begin(), options.sites.end()), m_report(report)
    {
    }

    NetBoxObjects read(
        const ItemList &racks, const ItemList &panels, const ItemList &feeds, const CoolingItems &cooling)
    {
        reportUnknownFields(racks, kRackFields, "rack", m_report);
        reportUnknownFields(panels, kPanelFields, "power panel", m_report);
        reportUnknownFields(feeds, kFeedFields, "power feed", m_report);
        reportUnknownFields(cooling.sources, kCoolingSourceFields, "cooling source", m_report);
        reportUnknownFields(cooling.feeds, kCoolingFeedFields, "cooling feed", m_report);
        readRacks(racks);
        readPanels(panels);
        readFeeds(feeds, panels);
        readCoolingSources(cooling.sources);
        readCoolingFeeds(cooling.feeds, cooling.sources, racks);
        giveSitesUniqueKeys();
        if (m_otherSites > 0)
            m_report.push_back({ QStringLiteral("--sites"),
                QStringLiteral("%1 object(s) of sites other than %2 left out as asked")
                    .arg(m_otherSites)
                    .arg(m_options.sites.join(QStringLiteral(", "))) });
        return std::move(m_objects);
    }

private:
    void add(const QString &path, const QString &message) { m_report.push_back({ path, message }); }

    // The filter every object (`what`: "rack", "power panel", "power feed") passes first: a
    // whole-number id, and a name (else its display, else "#id"). With `site` (racks and
    // panels) also a site, one options.sites asks for. False when the object is left out: with
    // a line in the report, or counted among the other sites' objects.
    bool admit(const Item &item, const char *what, ObjectIn &out, SiteRef *site)
    {
        out.id = item.object.value(QStringLiteral("id")).toInteger(-1);
        out.name = item.object.value(QStringLiteral("name")).toString();
        out.path = item.path;
        if (out.id < 0) {
            add(member(item.path, "id"), QStringLiteral("is missing or not a whole number; object skipped"));
            return false;
        }
        if (out.name.trimmed().isEmpty())
            out.name = item.object.value(QStringLiteral("display")).toString();
        if (out.name.trimmed().isEmpty())
            out.name = QStringLiteral("#%1").arg(out.id);
        if (out.name.size() > kMaxNameChars) {
            add(member(item.path, "name"),
                QStringLiteral("is %1 characters; shortened to %2 with the NetBox id (WarmShell names are "
                               "kept to %2 characters)")
                    .arg(out.name.size())
                    .arg(kMaxNameChars));
            out.name = shortName(out.name, out.id);
        }
        if (!site)
            return true;
        *site = siteOf(item.object);
        if (site->id < 0) {
            add(member(item.path, "site"),
                QStringLiteral("%1 \"%2\" names no site; skipped").arg(QLatin1String(what), out.name));
            return false;
        }
        if (!m_wantedSites.isEmpty() && !m_wantedSites.contains(site->slug)) {
            ++m_otherSites;
            return false;
        }
        return true;
    }

    // True, with a line in the report, when an object of the same kind and id came before
    // (`seen`): the first copy is kept.
    bool repeated(bool seen, const ObjectIn &o, const char *what)
    {
        if (seen)
            add(member(o.path, "id"),
                QStringLiteral("%1 id %2 appears twice; this copy skipped").arg(QLatin1String(what)).arg(o.id));
        return seen;
    }

    void readRacks(const ItemList &list)
    {
        for (const Item &item : list.items) {
            RackIn r;
            if (!admit(item, "rack", r, &r.site) || repeated(m_objects.racks.count(r.id) > 0, r, "rack"))
                continue;
            const QJsonValue loc = item.object.value(QStringLiteral("location"));
            r.locationId = refId(loc);
            r.locationName = shortName(text(loc, "name"), r.locationId);
            r.locationSlug = text(loc, "slug");
            readHeight(item, r);
            readWeightLimit(item, r);
            readRackCooling(item, r);
            m_objects.racks.emplace(r.id, r);
        }
        if (m_liquidOnlyRacks > 0)
            add(QStringLiteral("cooling"),
                QStringLiteral("%1 rack(s) are liquid-only in NetBox: imported as liquid racks, which WarmShell "
                               "also lets take air-cooled systems")
                    .arg(m_liquidOnlyRacks));
        if (!m_defaultedWeight.isEmpty())
            add(m_firstDefaultedWeightPath,
                QStringLiteral("max_weight is missing on %1 rack(s) (%2); %3 kg assumed")
                    .arg(m_defaultedWeight.size())
                    .arg(joinWithin(m_defaultedWeight, kMaxNameChars))
                    .arg(kDefaultWeightKg));
    }

    void readHeight(const Item &item, RackIn &r)
    {
        const double u = number(item.object.value(QStringLiteral("u_height")));
        if (std::isnan(u))
            add(member(item.path, "u_height"), QStringLiteral("is missing; %1 U assumed").arg(kDefaultHeightU));
        else if (u != std::floor(u) || !limits::rackHeight.contains(u))
            add(member(item.path, "u_height"),
                QStringLiteral("%1 is not a whole number of 1 to 60 U; %2 U assumed").arg(u).arg(kDefaultHeightU));
        else
            r.heightU = int(u);
    }

    // A missing max_weight is reported once for all racks, after the last one.
    void readWeightLimit(const Item &item, RackIn &r)
    {
        const double maxWeight = number(item.object.value(QStringLiteral("max_weight")));
        const QString unit = choice(item.object.value(QStringLiteral("weight_unit")));
        if (std::isnan(maxWeight)) {
            if (m_firstDefaultedWeightPath.isEmpty())
                m_firstDefaultedWeightPath = member(item.path, "max_weight");
            m_defaultedWeight << r.name;
        } else if (std::isnan(kilogramsPer(unit))) {
            add(member(item.path, "weight_unit"),
                QStringLiteral("unknown weight unit \"%1\" (expected kg, g, lb or oz); max_weight %2 not used, "
                               "%3 kg assumed")
                    .arg(unit)
                    .arg(maxWeight)
                    .arg(kDefaultWeightKg));
        } else {
            const double kg = maxWeight * kilogramsPer(unit);
            if (!limits::rackWeight.contains(kg))
                add(member(item.path, "max_weight"),
                    QStringLiteral("%1 kg is outside 0 to 10000 kg; %2 kg assumed").arg(kg).arg(kDefaultWeightKg));
            else
                r.weightLimitKg = kg;
        }
    }

    // NetBox 4.7's cooling_capability and cooling_capacity; absent or null on older NetBox.
    void readRackCooling(const Item &item, RackIn &r)
    {
        const QString capability = choice(item.object.value(QStringLiteral("cooling_capability")));
        if (capability == QLatin1String("hybrid") || capability == QLatin1String("liquid-only"))
            r.liquid = true;
        else if (!capability.isEmpty() && capability != QLatin1String("air-only"))
            add(member(item.path, "cooling_capability"),
                QStringLiteral("\"%1\" is not air-only, hybrid or liquid-only; air assumed").arg(capability));
        m_liquidOnlyRacks += capability == QLatin1String("liquid-only") ? 1 : 0;
        const QJsonValue capacity = item.object.value(QStringLiteral("cooling_capacity"));
        const double kw = number(capacity);
        if (std::isfinite(kw) && kw > 0)
            r.coolingCapacityKw = kw;
        else if (!capacity.isUndefined() && !capacity.isNull())
            add(member(item.path, "cooling_capacity"), QStringLiteral("is not a number of kW above 0; not used"));
    }

    void readPanels(const ItemList &list)
    {
        for (const Item &item : list.items) {
            PanelIn p;
            if (admit(item, "power panel", p, &p.site) && !repeated(m_objects.panels.count(p.id) > 0, p, "power panel"))
                m_objects.panels.emplace(p.id, p);
        }
    }

    // `panels`: the whole panel answer, to tell a feed of another site's panel (counted) from
    // one whose panel is missing (reported).
    void readFeeds(const ItemList &list, const ItemList &panels)
    {
        const QSet<qint64> allPanelIds = idsOf(panels);
        for (const Item &item : list.items) {
            FeedIn f;
            if (!admit(item, "power feed", f, nullptr) || !readPanelOf(item, f, allPanelIds, panels.label))
                continue;
            f.rack = refId(item.object.value(QStringLiteral("rack")));
            readType(item, f);
            if (!readRating(item, f))
                continue;
            readDerating(item, f);
            const QString status = choice(item.object.value(QStringLiteral("status")));
            if (!status.isEmpty() && status != QLatin1String("active"))
                add(member(item.path, "status"),
                    QStringLiteral("power feed \"%1\" is %2 in NetBox; imported as in "
                                   "service")
                        .arg(f.name, status));
            if (!repeated(m_objects.feeds.count(f.id) > 0, f, "power feed"))
                m_objects.feeds.emplace(f.id, f);
        }
    }

    // False when the feed names no panel or one that is not imported.
    bool readPanelOf(const Item &item, FeedIn &f, const QSet<qint64> &allPanelIds, const QString &panelsLabel)
    {
        f.panel = refId(item.object.value(QStringLiteral("power_panel")));
        if (f.panel < 0) {
            add(member(item.path, "power_panel"),
                QStringLiteral("power feed \"%1\" has no power panel; not imported (WarmShell needs to know what "
                               "feeds it)")
                    .arg(f.name));
            return false;
        }
        if (m_objects.panels.count(f.panel))
            return true;
        if (allPanelIds.contains(f.panel))
            ++m_otherSites;
        else
            add(member(item.path, "power_panel"),
                QStringLiteral("power feed \"%1\" names power panel %2, which is not in %3; not imported")
                    .arg(f.name)
                    .arg(f.panel)
                    .arg(panelsLabel));
        return false;
    }

    void readType(const Item &item, FeedIn &f)
    {
        const QString type = choice(item.object.value(QStringLiteral("type")));
        if (type == QLatin1String("redundant"))
            f.redundant = true;
        else if (type != QLatin1String("primary"))
            add(member(item.path, "type"),
                QStringLiteral("\"%1\" is neither primary nor redundant; primary (A side) "
                               "assumed")
                    .arg(type));
    }

    // The rating from supply, phase, voltage and amperage; false when there is none in range.
    bool readRating(const Item &item, FeedIn &f)
    {
        const QJsonObject &o = item.object;
        const QString supply = choice(o.value(QStringLiteral("supply")));
        const QString phase = choice(o.value(QStringLiteral("phase")));
        bool dc = false;
        if (supply == QLatin1String("dc"))
            dc = true;
        else if (supply != QLatin1String("ac"))
            add(member(item.path, "supply"), QStringLiteral("\"%1\" is neither ac nor dc; ac assumed").arg(supply));
        bool threePhase = false;
        if (phase == QLatin1String("three-phase"))
            threePhase = true;
        else if (phase != QLatin1String("single-phase") && !dc)
            add(member(item.path, "phase"),
                QStringLiteral("\"%1\" is neither single-phase nor three-phase; "
                               "single-phase assumed")
                    .arg(phase));
        const double volts = number(o.value(QStringLiteral("voltage")));
        const double amps = number(o.value(QStringLiteral("amperage")));
        if (!(std::isfinite(volts) && volts != 0 && (dc || volts > 0))) {
            add(member(item.path, "voltage"),
                QStringLiteral("power feed \"%1\": voltage missing or not a usable "
                               "number; not imported")
                    .arg(f.name));
            return false;
        }
        if (!(std::isfinite(amps) && amps > 0)) {
            add(member(item.path, "amperage"),
                QStringLiteral("power feed \"%1\": amperage missing or not above 0; "
                               "not imported")
                    .arg(f.name));
            return false;
        }
        if (dc) {
            f.rating = PowerRating::kilowatts(Kilowatts(netBoxFeedKw(volts, amps, false, true, 1.0)));
        } else {
            const double kva = netBoxFeedKw(volts, amps, threePhase, false, 1.0);
            f.rating = PowerRating::kva(KiloVoltAmperes(kva), m_options.powerFactor);
        }
        if (limits::nodeRating.contains(f.rating.nameplateValue()))
            return true;
        add(item.path,
            QStringLiteral("power feed \"%1\": %2 kW is out of range; not imported")
                .arg(f.name)
                .arg(f.rating.nameplateValue()));
        return false;
    }

    void readDerating(const Item &item, FeedIn &f)
    {
        const double util = number(item.object.value(QStringLiteral("max_utilization")));
        if (std::isfinite(util) && util > 0 && util <= 100)
            f.derating = util / 100.0;
        else
            add(member(item.path, "max_utilization"),
                QStringLiteral("missing or not in 1..100 %; derating %1 assumed").arg(kDefaultDerating));
    }

    // Active sources of a known type with a capacity; every other one has its report line.
    void readCoolingSources(const ItemList &list)
    {
        for (const Item &item : list.items) {
            CoolingSourceIn c;
            if (!admit(item, "cooling source", c, &c.site) || !isActive(item, c, "cooling source"))
                continue;
            const QString type = choice(item.object.value(QStringLiteral("type")));
            const auto kind = coolingKindOf(type);
            if (!kind) {
                add(member(item.path, "type"),
                    QStringLiteral("cooling source \"%1\": type \"%2\" is not chiller, cooling-tower, dry-cooler, "
                                   "crac or crah; not imported")
                        .arg(c.name, type));
                continue;
            }
            c.kind = *kind;
            c.capacityKw = number(item.object.value(QStringLiteral("cooling_capacity")));
            if (!(std::isfinite(c.capacityKw) && c.capacityKw > 0)) {
                add(member(item.path, "cooling_capacity"),
                    QStringLiteral("cooling source \"%1\" has no cooling capacity above 0 kW; not imported")
                        .arg(c.name));
                continue;
            }
            if (c.capacityKw > limits::coolingCapacity.max) {
                add(member(item.path, "cooling_capacity"),
                    QStringLiteral("%1 kW capped at %2 kW").arg(c.capacityKw).arg(limits::coolingCapacity.max));
                c.capacityKw = limits::coolingCapacity.max;
            }
            if (!repeated(m_objects.coolingSources.count(c.id) > 0, c, "cooling source"))
                m_objects.coolingSources.emplace(c.id, c);
        }
    }

    // Active feeds from an imported source to a rack of the sites asked for. `sources`, `racks`:
    // the whole answers, to tell an object of another site (counted) from a missing one.
    void readCoolingFeeds(const ItemList &list, const ItemList &sources, const ItemList &racks)
    {
        const QSet<qint64> allSources = idsOf(sources), allRacks = idsOf(racks);
        for (const Item &item : list.items) {
            CoolingFeedIn f;
            if (!admit(item, "cooling feed", f, nullptr) || !isActive(item, f, "cooling feed"))
                continue;
            f.source = refId(item.object.value(QStringLiteral("cooling_source")));
            f.rack = refId(item.object.value(QStringLiteral("rack")));
            if (!m_objects.coolingSources.count(f.source)) {
                if (!allSources.contains(f.source))
                    add(member(item.path, "cooling_source"),
                        QStringLiteral("cooling feed \"%1\" names no imported cooling source; not imported")
                            .arg(f.name));
                continue; // a source left out has its own line (or is of another site)
            }
            if (f.rack < 0) {
                add(member(item.path, "rack"),
                    QStringLiteral("cooling feed \"%1\" serves no rack; not imported").arg(f.name));
                continue;
            }
            if (!m_objects.racks.count(f.rack)) {
                if (!(allRacks.contains(f.rack) && !m_wantedSites.isEmpty()))
                    add(member(item.path, "rack"),
                        QStringLiteral("cooling feed \"%1\" serves rack %2, which is not imported; not imported")
                            .arg(f.name)
                            .arg(f.rack));
                continue;
            }
            const QJsonValue capacity = item.object.value(QStringLiteral("cooling_capacity"));
            const double kw = number(capacity);
            if (std::isfinite(kw) && kw > 0)
                f.capacityKw = std::min(kw, limits::coolingCapacity.max);
            else if (!capacity.isUndefined() && !capacity.isNull())
                add(member(item.path, "cooling_capacity"), QStringLiteral("is not a number of kW above 0; not used"));
            if (!repeated(m_objects.coolingFeeds.count(f.id) > 0, f, "cooling feed"))
                m_objects.coolingFeeds.emplace(f.id, f);
        }
    }

    // True for status "active" or none; else false with a line: WarmShell plans with what is in
    // service (a planned source or loop belongs in a dated capacity change or a scenario).
    bool isActive(const Item &item, const ObjectIn &o, const char *what)
    {
        const QString status = choice(item.object.value(QStringLiteral("status")));
        if (status.isEmpty() || status == QLatin1String("active"))
            return true;
        add(member(item.path, "status"),
            QStringLiteral("%1 \"%2\" is %3 in NetBox; not imported (WarmShell plans with what is in service)")
                .arg(QLatin1String(what), o.name, status));
        return false;
    }

    static QSet<qint64> idsOf(const ItemList &list)
    {
        QSet<qint64> ids;
        for (const Item &item : list.items)
            ids.insert(item.object.value(QStringLiteral("id")).toInteger(-1));
        return ids;
    }

    // Replaces the slug of every site (SiteRef::slug of racks and panels) by the key its ids are
    // made of: the slug made safe for ids (slugify, at most kMaxSlugChars), unique per NetBox site
    // id. Sites in NetBox id order; a site whose key another already has gets "-2", "-3"… and a
    // line in the report, so two sites never merge into one hall or one utility.
    void giveSitesUniqueKeys()
    {
        std::map<qint64, QString> slugs; // NetBox site id -> its slug as first seen
        for (const auto &[id, r] : m_objects.racks)
            slugs.emplace(r.site.id, r.site.slug);
        for (const auto &[id, p] : m_objects.panels)
            slugs.emplace(p.site.id, p.site.slug);
        std::map<qint64, QString> keys;
        QHash<QString, qint64> owner; // key -> site id
        for (const auto &[siteId, slug] : slugs) {
            QString base = slugify(slug).left(kMaxSlugChars);
            while (base.endsWith(QLatin1Char('-')))
                base.chop(1);
            QString key = base;
            for (int n = 2; owner.contains(key); ++n)
                key = QStringLiteral("%1-%2").arg(base).arg(n);
            if (key != base)
                add(QStringLiteral("site %1").arg(siteId),
                    QStringLiteral("site %1 (slug \"%2\") would share the ids \"%3\" of site %4 and merge with "
                                   "it; its ids use \"%5\" instead")
                        .arg(siteId)
                        .arg(slug.left(kMaxSlugChars), base, QString::number(owner.value(base)), key));
            owner.insert(key, siteId);
            keys.emplace(siteId, key);
        }
        for (auto &[id, r] : m_objects.racks)
            r.site.slug = keys.at(r.site.id);
        for (auto &[id, p] : m_objects.panels)
            p.site.slug = keys.at(p.site.id);
    }

    const NetBoxImportOptions &m_options;
    const QSet<QString> m_wantedSites; // empty: every site
    ProblemList &m_report;
    NetBoxObjects m_objects;
    int m_otherSites = 0; // objects left out because options.sites does not name their site
    int m_liquidOnlyRacks = 0;
    QStringList m_defaultedWeight; // names of the racks without max_weight
    QString m_firstDefaultedWeightPath;
};

} // namespace

NetBoxObjects readObjects(const ItemList &racks, const ItemList &panels, const ItemList &feeds,
    const CoolingItems &cooling, const NetBoxImportOptions &options, ProblemList &report)
{
    return ObjectReader(options, report).read(racks, panels, feeds, cooling);
}

QMap<QString, QString> siteNames(const NetBoxObjects &objects)
{
    QMap<QString, QString> names;
    for (const auto &[id, p] : objects.panels)
        names.insert(p.site.slug, p.site.name);
    for (const auto &[id, r] : objects.racks)
        names.insert(r.site.slug, r.site.name);
    return names;
}

} // namespace warmshell::netbox
