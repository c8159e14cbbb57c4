// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coolingunit.h"
#include "import/netboxinput.h"
#include "powernode.h"

#include <QMap>

#include <limits>
#include <map>

// The racks, power panels and power feeds of a NetBox import, read from their saved answers.
namespace warmshell::netbox {

// What the import assumes where NetBox gives no usable figure.
constexpr int kDefaultHeightU = 42; // of a rack
constexpr double kDefaultWeightKg = 1360; // weight limit of a rack
constexpr double kDefaultDerating = 0.8; // of a feed (NetBox max_utilization / 100)

struct SiteRef
{
    qint64 id = -1; // -1: the object names no site
    // Read: NetBox's slug ("site-<id>" when it gave none). After readObjects: the site's key in
    // ids, unique per site id (slugified, at most kMaxSlugChars, "-2"… when taken).
    QString slug;
    QString name; // the slug when NetBox gave none; at most kMaxNameChars (shortName)
};

// What every imported object has: its NetBox id, a name (else its display, else "#id") and
// where it stands in its file.
struct ObjectIn
{
    qint64 id = -1;
    QString name;
    QString path;
};

// The two NetBox 4.7 cooling answers as read (empty when not given).
struct CoolingItems
{
    ItemList sources;
    ItemList feeds;
};

struct RackIn : ObjectIn
{
    SiteRef site;
    qint64 locationId = -1; // -1: no location (the rack's hall is its site's)
    QString locationName, locationSlug;
    int heightU = kDefaultHeightU;
    double weightLimitKg = kDefaultWeightKg;
    // NetBox 4.7 cooling: `cooling_capability` "hybrid" or "liquid-only" (WarmShell's liquid
    // rack, which also takes air-cooled systems), and `cooling_capacity` in kW (NaN: not given).
    bool liquid = false;
    double coolingCapacityKw = std::numeric_limits<double>::quiet_NaN();
};

// A NetBox 4.7 cooling source (chiller, tower, dry cooler: plant; CRAC, CRAH: room unit), active,
// with a cooling capacity above 0.
struct CoolingSourceIn : ObjectIn
{
    SiteRef site;
    CoolingUnitKind kind = CoolingUnitKind::Chiller;
    double capacityKw = 0; // within limits::coolingCapacity
};

// A NetBox 4.7 cooling feed: an active loop from an imported source to a rack of the sites asked
// for (the rack may still be left out later, having no power feed).
struct CoolingFeedIn : ObjectIn
{
    qint64 source = -1;
    qint64 rack = -1;
    double capacityKw = std::numeric_limits<double>::quiet_NaN(); // NaN: not given
};

struct PanelIn : ObjectIn
{
    SiteRef site;
};

struct FeedIn : ObjectIn
{
    qint64 panel = -1; // NetBox id of an imported panel
    qint64 rack = -1; // -1: assigned to no rack
    bool redundant = false; // NetBox type "redundant"; else primary
    PowerRating rating; // at full nameplate
    double derating = kDefaultDerating; // max_utilization / 100
};

// The objects of the sites asked for, keyed by NetBox id (the first copy of a repeated id).
struct NetBoxObjects
{
    std::map<qint64, RackIn> racks;
    std::map<qint64, PanelIn> panels;
    std::map<qint64, FeedIn> feeds; // each of an imported panel, with a usable rating
    std::map<qint64, CoolingSourceIn> coolingSources;
    std::map<qint64, CoolingFeedIn> coolingFeeds;
};

// Reads racks, then panels, then feeds, after reporting the fields WarmShell does not know, and
// gives every site its unique key (SiteRef::slug).
// Every object left out or field defaulted has its line in `report`, except objects of other
// sites than options.sites: one line counts them.
// Cooling sources and feeds (NetBox 4.7; empty lists when not given) are read last.
NetBoxObjects readObjects(const ItemList &racks, const ItemList &panels, const ItemList &feeds,
    const CoolingItems &cooling, const NetBoxImportOptions &options, ProblemList &report);

// Site slug -> name of every site with an imported rack or panel (a rack's name for its site
// wins over a panel's).
QMap<QString, QString> siteNames(const NetBoxObjects &objects);

} // namespace warmshell::netbox
