// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"

#include <QDate>
#include <QList>
#include <QPointF>

#include <optional>
#include <vector>

namespace warmshell {
class Catalog;
}

// Where the site editor puts what the user adds, and with which defaults: plain functions of
// the project, so the rules are tested without a window. Positions are metres from the
// hall's origin; new ids come from an IdAllocator over `project`, so they are unused there.
// The user edits the defaults afterwards in the properties.
namespace warmshell::ui::placement {

// Racks to add together: a new row when they start one, and the cooling units that serve
// the rack they were modelled on (those units then serve the new racks too).
struct NewRacks
{
    std::optional<Row> row; // set when the racks start a new row
    std::vector<Rack> racks;
    std::vector<CoolingUnitId> servedBy; // empty when no rack served as model
    QString refusal; // when `racks` is empty: why nothing can stand there
};

// The first rack of `hall` whose footprint overlaps one at `position` (footprintsOverlap());
// null when the place is free.
const Rack *rackOverlapping(const Site &site, const HallId &hall, const FloorPoint &position);

// A power node to add and its inputs (empty for the first node of the chain).
struct NewPowerNode
{
    PowerNode node;
    std::vector<PowerNodeId> inputs;
};

// The cooling units that serve `rack`, in site order.
std::vector<CoolingUnitId> servingUnits(const Site &site, const RackId &rack);

// The rack of `hall` nearest to `at`, preferring `row` when given; null when there is none.
const Rack *nearestRack(const Site &site, const HallId &hall, const QPointF &at, const RowId &row = {});

// A new rack like `model` (height, power limit, cooling, weight limit, feeds); with a 40 kW
// limit and the Rack defaults when `model` is null. Id, name, row and position are unset.
Rack rackLike(const Rack *model);

// One rack at `position` in `hall`, unless it would overlap a rack there (then no rack and
// the refusal naming that rack). It joins the row whose racks stand closest in x among
// those less than one rack depth away in y; else it starts a new row "Row N" (N = rows in
// the hall + 1). It is named "<row name>-<nn>" (nn = racks in its row + 1, two digits) and
// modelled on that nearest rack of the row, or else on the rack of the hall nearest to it.
NewRacks rackAt(const Project &project, const HallId &hall, const QPointF &position);

// A new row "Row N" in `hall` from `start` towards `end` (rowPositions()): racks named
// "Row N-01", "Row N-02"…, modelled on the rack of the hall nearest to `start`. Places where
// a rack would overlap one of the hall are left out; when none is left, no row and the
// refusal.
NewRacks rowAt(const Project &project, const HallId &hall, const QPointF &start, const QPointF &end);

// Where a row typed in (Site → Add Row at a Position…) starts unless the user says otherwise:
// 1.2 m (two rack widths) from the hall's left wall, and two rack depths below the lowest rack
// of `hall` (2.4 m from its top wall when it has none), kept inside the hall. Rack centres,
// metres from the hall's origin; (0, 0) when `hall` is not in the site.
QPointF nextRowStart(const Site &site, const HallId &hall);

// How many racks of a row, one every kRackWidthMetres along x from the centre x = `startX`
// (metres from the hall's left wall), stand wholly inside `hall`; 0 when not even the first.
int racksThatFit(const Hall &hall, double startX);

// The centre of the last of `count` racks (count ≥ 1) of a row from `start`, as rowAt() takes
// it: rowPositions(start, rowEnd(start, count)) has `count` places.
QPointF rowEnd(const QPointF &start, int count);

// A 20 m × 12 m hall "Hall N" (N = halls + 1) at y = 0, 5 m right of the rightmost hall
// (at x = 0 when there is none). Metres from the site's origin.
Hall nextHall(const Project &project);

// The first node of an empty chain is a 10 MW utility feed; any later one a 300 kW PDU fed
// from `current` when it is in the chain, else from the chain's first node.
NewPowerNode nextPowerNode(const Project &project, const PowerNodeId &current);

// A 200 kW CRAH serving `racks`.
CoolingUnit nextCoolingUnit(const Project &project, const QList<RackId> &racks);

// The name a lot of `model` gets until the user renames it: "<model name> lot".
QString lotName(const SystemModel &model);

// A lot of one system of the catalog's first model (at its price, named lotName()),
// delivered at the plan start, or `today` when the site has none.
FleetLot nextLot(const Project &project, const Catalog &catalog, const QDate &today);

// Where the n-th paste of copied racks lands, relative to them: n row pitches (two rack
// depths) further along y.
FloorPoint pasteOffset(int n);

} // namespace warmshell::ui::placement
