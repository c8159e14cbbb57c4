// SPDX-License-Identifier: GPL-3.0-or-later
#include "placement.h"

#include "catalog.h"
#include "edit/idallocator.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace warmshell::ui::placement {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("warmshell::ui::placement", text);
}

FloorPoint floorPoint(const QPointF &metres)
{
    return { Metres(metres.x()), Metres(metres.y()) };
}

qsizetype rowsIn(const Site &site, const HallId &hall)
{
    return std::count_if(site.rows.begin(), site.rows.end(), [&](const Row &r) { return r.hall == hall; });
}

// "<row>-<n>", n with two digits at least.
QString rackName(const QString &row, qsizetype n)
{
    return QStringLiteral("%1-%2").arg(row).arg(n, 2, 10, QLatin1Char('0'));
}

// Why a new rack cannot stand where `taken` stands.
QString overlapRefusal(const Rack &taken)
{
    return tr("%1 already stands there; a rack takes %2 × %3 m")
        .arg(taken.name.isEmpty() ? tr("Rack %1").arg(taken.id.toString()) : taken.name)
        .arg(kRackWidthMetres)
        .arg(kRackDepthMetres);
}

// The rack of `hall` less than one rack depth from `position` in y and closest to it in x.
const Rack *rowNeighbour(const Site &site, const HallId &hall, const QPointF &position)
{
    const Rack *nearest = nullptr;
    for (const Rack &rack : site.racks) {
        const Hall *h = site.hallOf(rack);
        if (!h || h->id != hall || std::abs(rack.position.y.value() - position.y()) >= kRackDepthMetres)
            continue;
        if (!nearest
            || std::abs(rack.position.x.value() - position.x()) < std::abs(nearest->position.x.value() - position.x()))
            nearest = &rack;
    }
    return nearest;
}

} // namespace

std::vector<CoolingUnitId> servingUnits(const Site &site, const RackId &rack)
{
    std::vector<CoolingUnitId> out;
    for (const CoolingUnit &unit : site.coolingUnits)
        if (std::find(unit.serves.begin(), unit.serves.end(), rack) != unit.serves.end())
            out.push_back(unit.id);
    return out;
}

const Rack *nearestRack(const Site &site, const HallId &hall, const QPointF &at, const RowId &row)
{
    const Rack *best = nullptr;
    double bestDistance = 0;
    for (const Rack &rack : site.racks) {
        const Hall *h = site.hallOf(rack);
        if (!h || h->id != hall || (!row.isNull() && rack.row != row))
            continue;
        const double dx = rack.position.x.value() - at.x(), dy = rack.position.y.value() - at.y();
        const double d = dx * dx + dy * dy;
        if (!best || d < bestDistance) {
            best = &rack;
            bestDistance = d;
        }
    }
    return best;
}

Rack rackLike(const Rack *model)
{
    Rack rack;
    rack.powerLimit = Kilowatts(40);
    if (model) {
        rack.height = model->height;
        rack.powerLimit = model->powerLimit;
        rack.cooling = model->cooling;
        rack.weightLimit = model->weightLimit;
        rack.feedA = model->feedA;
        rack.feedB = model->feedB;
    }
    return rack;
}

const Rack *rackOverlapping(const Site &site, const HallId &hall, const FloorPoint &position)
{
    for (const Rack &rack : site.racks) {
        const Hall *h = site.hallOf(rack);
        if (h && h->id == hall && footprintsOverlap(rack.position, position))
            return &rack;
    }
    return nullptr;
}

NewRacks rackAt(const Project &project, const HallId &hall, const QPointF &position)
{
    const Site &site = project.site;
    NewRacks out;
    if (const Rack *taken = rackOverlapping(site, hall, floorPoint(position))) {
        out.refusal = overlapRefusal(*taken);
        return out;
    }
    IdAllocator ids(project);
    const Rack *neighbour = rowNeighbour(site, hall, position);
    RowId row;
    if (neighbour) {
        row = neighbour->row;
    } else {
        out.row = Row{ RowId(ids.next(QStringLiteral("row"))), hall, tr("Row %1").arg(rowsIn(site, hall) + 1) };
        row = out.row->id;
    }
    const Rack *model = neighbour ? neighbour : nearestRack(site, hall, position);
    Rack rack = rackLike(model);
    rack.id = RackId(ids.next(QStringLiteral("rack")));
    const auto inRow = std::count_if(site.racks.begin(), site.racks.end(), [&](const Rack &r) { return r.row == row; });
    const Row *existing = site.row(row);
    // A neighbour whose row is missing (the validator reports it) lends the row's id.
    rack.name = rackName(existing ? existing->name : out.row ? out.row->name : row.toString(), inRow + 1);
    rack.row = row;
    rack.position = floorPoint(position);
    out.racks.push_back(std::move(rack));
    if (model)
        out.servedBy = servingUnits(site, model->id);
    return out;
}

NewRacks rowAt(const Project &project, const HallId &hall, const QPointF &start, const QPointF &end)
{
    const Site &site = project.site;
    IdAllocator ids(project);
    NewRacks out;
    const Row row{ RowId(ids.next(QStringLiteral("row"))), hall, tr("Row %1").arg(rowsIn(site, hall) + 1) };
    const Rack *model = nearestRack(site, hall, start);
    const Rack *taken = nullptr;
    for (const QPointF &position : rowPositions(start, end)) {
        if (const Rack *other = rackOverlapping(site, hall, floorPoint(position))) {
            taken = other;
            continue;
        }
        Rack rack = rackLike(model);
        rack.id = RackId(ids.next(QStringLiteral("rack")));
        rack.name = rackName(row.name, qsizetype(out.racks.size()) + 1);
        rack.row = row.id;
        rack.position = floorPoint(position);
        out.racks.push_back(std::move(rack));
    }
    if (out.racks.empty()) {
        out.refusal = overlapRefusal(*taken);
        return out;
    }
    out.row = row;
    if (model)
        out.servedBy = servingUnits(site, model->id);
    return out;
}

QPointF nextRowStart(const Site &site, const HallId &hall)
{
    const Hall *h = site.hall(hall);
    if (!h)
        return {};
    double lowest = -1;
    for (const Rack &rack : site.racks)
        if (const Row *row = site.row(rack.row); row && row->hall == hall)
            lowest = std::max(lowest, rack.position.y.value());
    const double y = lowest < 0 ? 2 * kRackDepthMetres : lowest + 2 * kRackDepthMetres;
    const double maxY = std::max(kRackDepthMetres / 2, h->size.y.value() - kRackDepthMetres / 2);
    const double maxX = std::max(kRackWidthMetres / 2, h->size.x.value() - kRackWidthMetres / 2);
    return { std::min(2 * kRackWidthMetres, maxX), std::min(y, maxY) };
}

int racksThatFit(const Hall &hall, double startX)
{
    const double room = hall.size.x.value() - kRackWidthMetres / 2 - startX; // for the centres after the first
    if (startX < kRackWidthMetres / 2 - 1e-9 || room < -1e-9)
        return 0;
    return 1 + int(std::floor(room / kRackWidthMetres + 1e-9));
}

QPointF rowEnd(const QPointF &start, int count)
{
    return { start.x() + std::max(0, count - 1) * kRackWidthMetres, start.y() };
}

Hall nextHall(const Project &project)
{
    const Site &site = project.site;
    IdAllocator ids(project);
    double right = 0;
    for (const Hall &hall : site.halls)
        right = std::max(right, hall.origin.x.value() + hall.size.x.value() + 5);
    return Hall{ HallId(ids.next(QStringLiteral("hall"))), tr("Hall %1").arg(site.halls.size() + 1),
        { Metres(right), Metres(0) }, { Metres(20), Metres(12) } };
}

NewPowerNode nextPowerNode(const Project &project, const PowerNodeId &current)
{
    const Site &site = project.site;
    IdAllocator ids(project);
    NewPowerNode out;
    PowerNode &node = out.node;
    if (site.power.size() == 0) {
        node.kind = PowerNodeKind::Utility;
        node.id = PowerNodeId(ids.next(QStringLiteral("utility")));
        node.name = tr("Utility feed");
        node.rating = PowerRating::kilowatts(Kilowatts(10000));
    } else {
        node.kind = PowerNodeKind::Pdu;
        node.id = PowerNodeId(ids.next(QStringLiteral("pdu")));
        node.name = tr("PDU %1").arg(node.id.toString().section(QLatin1Char('-'), -1));
        node.rating = PowerRating::kilowatts(Kilowatts(300));
        out.inputs.push_back(site.power.contains(current) ? current : site.power.nodes().front().id);
    }
    return out;
}

CoolingUnit nextCoolingUnit(const Project &project, const QList<RackId> &racks)
{
    IdAllocator ids(project);
    CoolingUnit unit;
    unit.id = CoolingUnitId(ids.next(QStringLiteral("crah")));
    unit.name = tr("CRAH %1").arg(unit.id.toString().section(QLatin1Char('-'), -1));
    unit.capacity = Kilowatts(200);
    unit.serves.assign(racks.begin(), racks.end());
    return unit;
}

QString lotName(const SystemModel &model)
{
    return tr("%1 lot").arg(model.name);
}

FleetLot nextLot(const Project &project, const Catalog &catalog, const QDate &today)
{
    IdAllocator ids(project);
    FleetLot lot;
    lot.id = LotId(ids.next(QStringLiteral("lot")));
    const auto &models = catalog.models();
    if (!models.empty()) {
        lot.model = models.front().id;
        lot.unitCost = models.front().price;
        lot.name = lotName(models.front());
    }
    lot.count = 1;
    lot.delivered = project.site.planStart.isValid() ? project.site.planStart : today;
    return lot;
}

FloorPoint pasteOffset(int n)
{
    return { Metres(0), Metres(2 * kRackDepthMetres * n) };
}

} // namespace warmshell::ui::placement
