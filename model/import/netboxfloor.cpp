// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/netboxfloor.h"

#include "fieldlimits.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace warmshell::netbox {

namespace {

constexpr int kRacksPerRow = 10; // in a hall whose rows fit its depth; longer rows beyond
constexpr int kMaxRows = 833; // rows of kRowPitch within the 2,000 m a hall may be deep
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
double rackLimitKw(const FedRack &r, ProblemList &report)
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

static_assert(2 * kHallMargin + kRowPitch * (kMaxRows - 1) <= limits::hallSize.max);

// Racks per row in a hall of `rackCount` racks: kRacksPerRow, or more when that many rows would
// not fit the hall's depth (8,331 racks and more).
int racksPerRow(size_t rackCount)
{
    return int(std::max<size_t>(kRacksPerRow, (rackCount + kMaxRows - 1) / kMaxRows));
}

// Rack `i` of its hall of `perRow` racks per row: row i / perRow, slot i % perRow.
Rack rackAt(const FedRack &r, size_t i, int perRow, const RowId &row, ProblemList &report)
{
    const int rowIndex = int(i / size_t(perRow));
    const int slot = int(i % size_t(perRow));
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
    rack.cooling = r.rack->liquid ? CoolingType::Liquid : CoolingType::Air;
    // All a rack's power becomes heat in the rack: its cooling capacity limits it as its feeds do.
    if (r.rack->coolingCapacityKw < rack.powerLimit.value()) {
        report.push_back({ member(r.rack->path, "cooling_capacity"),
            QStringLiteral("rack \"%1\": cooling capacity %2 kW is below the %3 kW its feeds allow; the rack "
                           "limit is %2 kW")
                .arg(r.rack->name)
                .arg(r.rack->coolingCapacityKw)
                .arg(rack.powerLimit.value()) });
        rack.powerLimit = Kilowatts(r.rack->coolingCapacityKw);
    }
    return rack;
}

// The id of the hall of `h` ("hall-<site key>[-<location id>]"), unlike any id in `taken`, nor
// its rows' ("<hall>-row-<n>", `rowCount` of them) and air unit's ("nb-air-…"): "-2", "-3"…
// are added when one is taken (site key "dc-1" without location and "dc" at location 1).
// Adds them all to `taken`.
HallId freeHallId(const HallRacks &h, int rowCount, QSet<QString> &taken)
{
    const QString base = h.locationId < 0 ? QStringLiteral("hall-") + h.siteSlug
                                          : QStringLiteral("hall-%1-%2").arg(h.siteSlug).arg(h.locationId);
    const auto derived = [rowCount](const QString &hall) {
        QStringList ids{ hall, QStringLiteral("nb-air-") + hall.mid(5) };
        for (int n = 1; n <= rowCount; ++n)
            ids << QStringLiteral("%1-row-%2").arg(hall).arg(n);
        return ids;
    };
    const auto isTaken = [&taken](const QString &d) { return taken.contains(d); };
    QString id = base;
    QStringList ids = derived(id);
    for (int n = 2; std::any_of(ids.begin(), ids.end(), isTaken); ++n) {
        id = QStringLiteral("%1-%2").arg(base).arg(n);
        ids = derived(id);
    }
    for (const QString &d : ids)
        taken.insert(d);
    return HallId(id);
}

// Adds one hall at `campusX` (m) with its rows, racks and air unit; returns the hall's width.
// `taken`: the hall, row and air unit ids of the halls added before.
double addHall(HallRacks &h, double campusX, Site &site, QSet<QString> &taken, ProblemList &report)
{
    auto &list = h.racks;
    std::sort(list.begin(), list.end(), [](const FedRack &a, const FedRack &b) {
        return a.rack->name == b.rack->name ? a.rack->id < b.rack->id : a.rack->name < b.rack->name;
    });
    const RackIn &first = *list.front().rack;
    const int perRow = racksPerRow(list.size());
    const int rowCount = int((list.size() + size_t(perRow) - 1) / size_t(perRow));
    Hall hall;
    hall.id = freeHallId(h, rowCount, taken);
    hall.name = h.locationId < 0 ? first.site.name : first.site.name + QStringLiteral(" / ") + first.locationName;
    const int firstRowRacks = int(std::min<size_t>(list.size(), size_t(perRow)));
    hall.origin = { Metres(campusX), Metres(0) };
    hall.size = { Metres(2 * kHallMargin + kRackPitch * (firstRowRacks - 1)),
        Metres(2 * kHallMargin + kRowPitch * (rowCount - 1)) };
    site.halls.push_back(hall);
    if (perRow > kRacksPerRow)
        report.push_back({ first.path,
            QStringLiteral("hall \"%1\" has %2 racks: laid out %3 to a row in %4 rows (a hall is at most %5 m "
                           "deep)")
                .arg(hall.name)
                .arg(list.size())
                .arg(perRow)
                .arg(rowCount)
                .arg(limits::hallSize.max) });
    CoolingUnit crah;
    crah.id = CoolingUnitId(QStringLiteral("nb-air-") + hall.id.toString().mid(5));
    crah.name = QStringLiteral("Air cooling (not in NetBox) — %1").arg(hall.name);
    crah.kind = CoolingUnitKind::Crah;
    double hallKw = 0;
    for (size_t i = 0; i < list.size(); ++i) {
        if (i % size_t(perRow) == 0) {
            const int rowNumber = int(i / size_t(perRow)) + 1;
            Row row;
            row.id = RowId(QStringLiteral("%1-row-%2").arg(hall.id.toString()).arg(rowNumber));
            row.hall = hall.id;
            row.name = QStringLiteral("Row %1").arg(rowNumber);
            site.rows.push_back(row);
        }
        const Rack rack = rackAt(list[i], i, perRow, site.rows.back().id, report);
        hallKw += rack.powerLimit.value();
        crah.serves.push_back(rack.id);
        site.racks.push_back(rack);
    }
    crah.capacity = Kilowatts(std::max(1.0, std::ceil(hallKw)));
    site.coolingUnits.push_back(crah);
    return hall.size.x.value();
}

} // namespace

void layOutFloor(const std::vector<FedRack> &racks, Site &site, ProblemList &report)
{
    double campusX = 0;
    QSet<QString> taken;
    for (HallRacks &hall : groupByHall(racks))
        campusX += addHall(hall, campusX, site, taken, report) + kHallGap;
}

} // namespace warmshell::netbox
