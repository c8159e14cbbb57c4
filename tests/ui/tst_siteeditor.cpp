// SPDX-License-Identifier: GPL-3.0-or-later
// The site editor's placement rules (edit/placement.h) without a window: where a new rack,
// row or hall goes, what it is named and modelled on, and the defaults of new power nodes,
// cooling units and lots, against positions and names worked out by hand.

#include "catalog.h"
#include "edit/placement.h"

#include <QTest>

using namespace warmshell;
using namespace warmshell::ui;

namespace {

Rack rack(const char *id, const char *row, double x, double y)
{
    Rack r;
    r.id = RackId(QLatin1String(id));
    r.row = RowId(QLatin1String(row));
    r.position = { Metres(x), Metres(y) };
    r.powerLimit = Kilowatts(40);
    return r;
}

// Hall 1: 20 m × 12 m at the origin, one row "Row A" of two racks at y = 2 m (x = 1.0 and
// 1.6 m); rack-2 is a 60 kW liquid rack fed from pdu-1 and served by crah-1. Hall 2:
// 10 m × 8 m at x = 25 m, empty. The chain: utility-1 → pdu-1.
Project sample()
{
    Project p;
    Site &site = p.site;
    site.planStart = QDate(2026, 1, 1);
    site.halls.push_back({ HallId(QStringLiteral("hall-1")), QStringLiteral("Hall 1"), { Metres(0), Metres(0) },
        { Metres(20), Metres(12) } });
    site.halls.push_back({ HallId(QStringLiteral("hall-2")), QStringLiteral("Hall 2"), { Metres(25), Metres(0) },
        { Metres(10), Metres(8) } });
    site.rows.push_back({ RowId(QStringLiteral("row-1")), HallId(QStringLiteral("hall-1")), QStringLiteral("Row A") });
    site.racks.push_back(rack("rack-1", "row-1", 1.0, 2.0));
    Rack liquid = rack("rack-2", "row-1", 1.6, 2.0);
    liquid.powerLimit = Kilowatts(60);
    liquid.cooling = CoolingType::Liquid;
    liquid.feedA = PowerNodeId(QStringLiteral("pdu-1"));
    site.racks.push_back(liquid);
    PowerNode utility;
    utility.id = PowerNodeId(QStringLiteral("utility-1"));
    utility.kind = PowerNodeKind::Utility;
    PowerNode pdu;
    pdu.id = PowerNodeId(QStringLiteral("pdu-1"));
    site.power.addNode(utility);
    site.power.addNode(pdu);
    site.power.connect(utility.id, pdu.id);
    CoolingUnit crah;
    crah.id = CoolingUnitId(QStringLiteral("crah-1"));
    crah.serves = { RackId(QStringLiteral("rack-2")) };
    site.coolingUnits.push_back(crah);
    return p;
}

void compareAt(const Rack &rack, double x, double y)
{
    QCOMPARE(rack.position.x.value(), x);
    QCOMPARE(rack.position.y.value(), y);
}

} // namespace

class TestSiteEditor : public QObject
{
    Q_OBJECT

private slots:
    void rackJoinsTheRowWithinOneRackDepth();
    void rackFarFromEveryRowStartsOne();
    void rackInAnEmptyHallHasDefaults();
    void rowRunsFromStartTowardsEnd();
    void hallGoesRightOfTheOthers();
    void powerNodeUtilityFirstThenPdu();
    void coolingUnitServesTheGivenRacks();
    void lotDeliveredAtPlanStart();
    void pastesStepOneRowPitch();
};

void TestSiteEditor::rackJoinsTheRowWithinOneRackDepth()
{
    // 0.5 m from the row in y (< 1.2 m): joins Row A; nearest in x is rack-2 (1.4 m away,
    // rack-1 is 2.0 m), so the new rack is a copy of its limits, cooling and feed.
    const placement::NewRacks added = placement::rackAt(sample(), HallId(QStringLiteral("hall-1")), QPointF(3.0, 2.5));
    QVERIFY(!added.row);
    QCOMPARE(added.racks.size(), size_t(1));
    const Rack &r = added.racks.front();
    QCOMPARE(r.id, RackId(QStringLiteral("rack-3")));
    QCOMPARE(r.name, QStringLiteral("Row A-03"));
    QCOMPARE(r.row, RowId(QStringLiteral("row-1")));
    compareAt(r, 3.0, 2.5);
    QCOMPARE(r.powerLimit, Kilowatts(60));
    QCOMPARE(r.cooling, CoolingType::Liquid);
    QCOMPARE(r.feedA, PowerNodeId(QStringLiteral("pdu-1")));
    QCOMPARE(added.servedBy, std::vector<CoolingUnitId>{ CoolingUnitId(QStringLiteral("crah-1")) });
}

void TestSiteEditor::rackFarFromEveryRowStartsOne()
{
    // 4 m from Row A in y: a new row, the hall's second. Modelled on the nearest rack:
    // rack-2 (1.4² + 4² = 17.96 m²) rather than rack-1 (2² + 4² = 20 m²).
    const placement::NewRacks added = placement::rackAt(sample(), HallId(QStringLiteral("hall-1")), QPointF(3.0, 6.0));
    QVERIFY(added.row);
    QCOMPARE(added.row->id, RowId(QStringLiteral("row-2")));
    QCOMPARE(added.row->name, QStringLiteral("Row 2"));
    QCOMPARE(added.row->hall, HallId(QStringLiteral("hall-1")));
    const Rack &r = added.racks.front();
    QCOMPARE(r.id, RackId(QStringLiteral("rack-3")));
    QCOMPARE(r.name, QStringLiteral("Row 2-01"));
    QCOMPARE(r.row, RowId(QStringLiteral("row-2")));
    compareAt(r, 3.0, 6.0);
    QCOMPARE(r.powerLimit, Kilowatts(60));
    QCOMPARE(added.servedBy.size(), size_t(1));
}

void TestSiteEditor::rackInAnEmptyHallHasDefaults()
{
    const placement::NewRacks added = placement::rackAt(sample(), HallId(QStringLiteral("hall-2")), QPointF(1.2, 0.9));
    QVERIFY(added.row);
    QCOMPARE(added.row->name, QStringLiteral("Row 1"));
    const Rack &r = added.racks.front();
    QCOMPARE(r.name, QStringLiteral("Row 1-01"));
    QCOMPARE(r.powerLimit, Kilowatts(40));
    QCOMPARE(r.cooling, CoolingType::Air);
    QCOMPARE(r.height, RackUnits(42));
    QVERIFY(r.feedA.isNull());
    QVERIFY(added.servedBy.empty());
}

void TestSiteEditor::rowRunsFromStartTowardsEnd()
{
    // From x = 2.0 m towards 4.0 m, one rack every 0.6 m: 2.0, 2.6, 3.2, 3.8 (4.4 is past
    // the end), all at the start's y.
    const placement::NewRacks added
        = placement::rowAt(sample(), HallId(QStringLiteral("hall-1")), QPointF(2.0, 8.0), QPointF(4.0, 8.3));
    QVERIFY(added.row);
    QCOMPARE(added.row->id, RowId(QStringLiteral("row-2")));
    QCOMPARE(added.row->name, QStringLiteral("Row 2"));
    QCOMPARE(added.racks.size(), size_t(4));
    const double xs[] = { 2.0, 2.6, 3.2, 3.8 };
    for (int i = 0; i < 4; ++i) {
        const Rack &r = added.racks[size_t(i)];
        QCOMPARE(r.id, RackId(QStringLiteral("rack-%1").arg(i + 3)));
        QCOMPARE(r.name, QStringLiteral("Row 2-0%1").arg(i + 1));
        QCOMPARE(r.row, added.row->id);
        compareAt(r, xs[i], 8.0);
        QCOMPARE(r.powerLimit, Kilowatts(60)); // rack-2 is nearest the start
    }
    // Leftwards too, and at least one rack.
    const placement::NewRacks back
        = placement::rowAt(sample(), HallId(QStringLiteral("hall-1")), QPointF(5.0, 8.0), QPointF(3.9, 8.0));
    QCOMPARE(back.racks.size(), size_t(2));
    compareAt(back.racks[1], 4.4, 8.0);
    const placement::NewRacks one
        = placement::rowAt(sample(), HallId(QStringLiteral("hall-1")), QPointF(5.0, 8.0), QPointF(5.0, 8.0));
    QCOMPARE(one.racks.size(), size_t(1));
}

void TestSiteEditor::hallGoesRightOfTheOthers()
{
    // Right edges 20 m and 35 m: the new hall starts 5 m right of 35 m.
    const Hall hall = placement::nextHall(sample());
    QCOMPARE(hall.id, HallId(QStringLiteral("hall-3")));
    QCOMPARE(hall.name, QStringLiteral("Hall 3"));
    QCOMPARE(hall.origin, (FloorPoint{ Metres(40), Metres(0) }));
    QCOMPARE(hall.size, (FloorPoint{ Metres(20), Metres(12) }));
    const Hall first = placement::nextHall(Project{});
    QCOMPARE(first.name, QStringLiteral("Hall 1"));
    QCOMPARE(first.origin, (FloorPoint{ Metres(0), Metres(0) }));
}

void TestSiteEditor::powerNodeUtilityFirstThenPdu()
{
    const placement::NewPowerNode utility = placement::nextPowerNode(Project{}, {});
    QCOMPARE(utility.node.id, PowerNodeId(QStringLiteral("utility-1")));
    QCOMPARE(utility.node.kind, PowerNodeKind::Utility);
    QCOMPARE(utility.node.name, QStringLiteral("Utility feed"));
    QCOMPARE(utility.node.rating.realPower(), Kilowatts(10000));
    QVERIFY(utility.inputs.empty());

    const Project p = sample();
    const placement::NewPowerNode underCurrent = placement::nextPowerNode(p, PowerNodeId(QStringLiteral("pdu-1")));
    QCOMPARE(underCurrent.node.id, PowerNodeId(QStringLiteral("pdu-2")));
    QCOMPARE(underCurrent.node.kind, PowerNodeKind::Pdu);
    QCOMPARE(underCurrent.node.name, QStringLiteral("PDU 2"));
    QCOMPARE(underCurrent.node.rating.realPower(), Kilowatts(300));
    QCOMPARE(underCurrent.inputs, std::vector<PowerNodeId>{ PowerNodeId(QStringLiteral("pdu-1")) });
    // No current node (or one not in the chain): under the chain's first node.
    for (const PowerNodeId &current : { PowerNodeId(), PowerNodeId(QStringLiteral("gone-1")) })
        QCOMPARE(placement::nextPowerNode(p, current).inputs,
            std::vector<PowerNodeId>{ PowerNodeId(QStringLiteral("utility-1")) });
}

void TestSiteEditor::coolingUnitServesTheGivenRacks()
{
    const QList<RackId> racks{ RackId(QStringLiteral("rack-1")), RackId(QStringLiteral("rack-2")) };
    const CoolingUnit unit = placement::nextCoolingUnit(sample(), racks);
    QCOMPARE(unit.id, CoolingUnitId(QStringLiteral("crah-2")));
    QCOMPARE(unit.name, QStringLiteral("CRAH 2"));
    QCOMPARE(unit.capacity, Kilowatts(200));
    QCOMPARE(unit.serves, std::vector<RackId>(racks.begin(), racks.end()));
    QCOMPARE(placement::servingUnits(sample().site, RackId(QStringLiteral("rack-2"))),
        std::vector<CoolingUnitId>{ CoolingUnitId(QStringLiteral("crah-1")) });
    QVERIFY(placement::servingUnits(sample().site, RackId(QStringLiteral("rack-1"))).empty());
}

void TestSiteEditor::lotDeliveredAtPlanStart()
{
    const Catalog &catalog = Catalog::builtIn();
    QVERIFY(!catalog.models().empty());
    const SystemModel &first = catalog.models().front();
    const QDate today(2030, 5, 6);
    const FleetLot lot = placement::nextLot(sample(), catalog, today);
    QCOMPARE(lot.id, LotId(QStringLiteral("lot-1")));
    QCOMPARE(lot.model, first.id);
    QCOMPARE(lot.unitCost, first.price);
    QCOMPARE(lot.name, first.name + QStringLiteral(" lot"));
    QCOMPARE(lot.count, 1);
    QCOMPARE(lot.delivered, QDate(2026, 1, 1));
    Project undated = sample();
    undated.site.planStart = QDate();
    QCOMPARE(placement::nextLot(undated, catalog, today).delivered, today);
}

void TestSiteEditor::pastesStepOneRowPitch()
{
    // Two rack depths (1.2 m each) per paste.
    QCOMPARE(placement::pasteOffset(1), (FloorPoint{ Metres(0), Metres(2.4) }));
    QCOMPARE(placement::pasteOffset(3).y.value(), 7.2);
}

QTEST_MAIN(TestSiteEditor)
#include "tst_siteeditor.moc"
