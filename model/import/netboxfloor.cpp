// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/netboxfloor.h"

#include "fieldlimits.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace warmshell::netbox {

namespace {

constexpr int kRacksPerRow = 10;
constexpr double kRackPitch = 0.6; // m between rack centres in a row
constexpr double kRowPitch = 2.4; // m between row centres (rack depth + aisle)
constexpr double kHallMargin = 1.5; // m from the hall wall to the first rack centre
constexpr double kHallGap = 5.0; // m between halls on the campus plan

// The racks of one hall: those of one NetBox site and location (-1: none).
struct HallRacks
{
    QString siteSlug;
    qint64 locationId = -1;
    std::vector<FedRack> racks;
};

// Groups the racks by hall, halls in the order of their first rack.
std::vector<HallRacks> groupByHall(const std::vector<FedRack> &racks)
{
    std::vector<HallRacks> halls;
    std::map<std::pair<QString, qint64>, size_t> index; // (site slug, location id) -> hall
    for (const FedRack &r : racks) {
        const auto key = std::make_pair(r.rack->site.slug, r.rack->locationId);
        const auto [it, added] = index.emplace(key, halls.size());
        if (added)
            halls.push_back({ key.first, key.second, {} });
        halls[it->second].racks.push_back(r);
    }
    return halls;
}

// The rack power limit its feeds allow (the smaller side when it has two), capped at the file
// format's maximum.
double rackLimitKw(const FedRack &r, std::vector<Problem> &report)
{
    double limit = r.a->rating.realPower().value() * r.a->derating;
    if (r.b)
        limit = std::min(limit, r.b->rating.realPower().value() * r.b->derating);
    if (limit > limits::rackPower.max) {
        report.push_back({ r.rack->path,
            QStringLiteral("rack \"%1\": its feeds allow %2 kW; the rack limit is capped at %3 kW")
                .arg(r.rack->name)
                .arg(limit)
                .arg(limits::rackPower.max) });
        limit = limits::rackPower.max;
    }
    return limit;
}

// Rack `i` of its hall: row i / 10, slot i % 10.
Rack rackAt(const FedRack &r, size_t i, const RowId &row, std::vector<Problem> &report)
{
    const int rowIndex = int(i / kRacksPerRow);
    const int slot = int(i % kRacksPerRow);
    Rack rack;
    rack.id = RackId(QStringLiteral("nb-rack-%1").arg(r.rack->id));
    rack.name = r.rack->name;
    rack.row = row;
    rack.position = { Metres(kHallMargin + kRackPitch * slot), Metres(kHallMargin + kRowPitch * rowIndex) };
    rack.height = RackUnits(r.rack->heightU);
    rack.weightLimit = Kilograms(r.rack->weightLimitKg);
    rack.feedA = feedNodeId(r.a->id);
    if (r.b)
        rack.feedB = feedNodeId(r.b->id);
    rack.powerLimit = Kilowatts(rackLimitKw(r, report));
    return rack;
}

// Adds one hall at `campusX` (m) with its rows, racks and air unit; returns the hall's width.
double addHall(HallRacks &h, double campusX, Site &site, std::vector<Problem> &report)
{
    auto &list = h.racks;
    std::sort(list.begin(), list.end(), [](const FedRack &a, const FedRack &b) {
        return a.rack->name == b.rack->name ? a.rack->id < b.rack->id : a.rack->name < b.rack->name;
    });
    const RackIn &first = *list.front().rack;
    Hall hall;
    const QString siteSlug = slugify(h.siteSlug);
    hall.id = HallId(h.locationId < 0 ? QStringLiteral("hall-") + siteSlug
                                      : QStringLiteral("hall-%1-%2").arg(siteSlug).arg(h.locationId));
    hall.name = h.locationId < 0 ? first.site.name : first.site.name + QStringLiteral(" / ") + first.locationName;
    const int rowCount = int((list.size() + kRacksPerRow - 1) / kRacksPerRow);
    const int perRow = int(std::min<size_t>(list.size(), kRacksPerRow));
    hall.origin = { Metres(campusX), Metres(0) };
    hall.size
        = { Metres(2 * kHallMargin + kRackPitch * (perRow - 1)), Metres(2 * kHallMargin + kRowPitch * (rowCount - 1)) };
    site.halls.push_back(hall);
    CoolingUnit crah;
    crah.id = CoolingUnitId(QStringLiteral("nb-air-") + hall.id.toString().mid(5));
    crah.name = QStringLiteral("Air cooling (not in NetBox) — %1").arg(hall.name);
    crah.kind = CoolingUnitKind::Crah;
    double hallKw = 0;
    for (size_t i = 0; i < list.size(); ++i) {
        if (i % kRacksPerRow == 0) {
            const int rowNumber = int(i / kRacksPerRow) + 1;
            Row row;
            row.id = RowId(QStringLiteral("%1-row-%2").arg(hall.id.toString()).arg(rowNumber));
            row.hall = hall.id;
            row.name = QStringLiteral("Row %1").arg(rowNumber);
            site.rows.push_back(row);
        }
        const Rack rack = rackAt(list[i], i, site.rows.back().id, report);
        hallKw += rack.powerLimit.value();
        crah.serves.push_back(rack.id);
        site.racks.push_back(rack);
    }
    crah.capacity = Kilowatts(std::max(1.0, std::ceil(hallKw)));
    site.coolingUnits.push_back(crah);
    return hall.size.x.value();
}

} // namespace

void layOutFloor(const std::vector<FedRack> &racks, Site &site, std::vector<Problem> &report)
{
    double campusX = 0;
    for (HallRacks &hall : groupByHall(racks))
        campusX += addHall(hall, campusX, site, report) + kHallGap;
    if (!site.racks.empty())
        report.push_back({ QStringLiteral("cooling"),
            QStringLiteral("NetBox has no cooling: every rack is imported air-cooled and a synthetic air unit "
                           "per hall (nb-air-*, sized to the hall's rack limits, never binding) serves it; "
                           "set liquid racks, CDUs and real capacities in WarmShell") });
}

} // namespace warmshell::netbox
