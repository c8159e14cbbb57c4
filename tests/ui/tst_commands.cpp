// SPDX-License-Identifier: GPL-3.0-or-later
// Every undo command: applied to a small hand-built project, the result equals the project
// edited by hand (plain struct edits, not the document's API); undo gives back the original
// exactly (including list order and power-chain edge order); redo gives the edited one again.

#include "catalog.h"
#include "document/document.h"
#include "edit/addcoolingunitcommand.h"
#include "edit/addcustommodelcommand.h"
#include "edit/addhallcommand.h"
#include "edit/addlotcommand.h"
#include "edit/addpowernodecommand.h"
#include "edit/addrackcommand.h"
#include "edit/addrowcommand.h"
#include "edit/assigncoolingunitcommand.h"
#include "edit/connectfeedcommand.h"
#include "edit/deletefloorcommand.h"
#include "edit/deleterackscommand.h"
#include "edit/idallocator.h"
#include "edit/moverackscommand.h"
#include "edit/pasterackscommand.h"
#include "edit/properties.h"
#include "edit/removelotcommand.h"
#include "edit/removepowernodecommand.h"
#include "validation.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace warmshell;
using namespace warmshell::ui;

using MakeCommand = std::function<QUndoCommand *(Document *)>;
using EditByHand = std::function<void(Project &)>;
Q_DECLARE_METATYPE(MakeCommand)
Q_DECLARE_METATYPE(EditByHand)

namespace {

PowerNode node(const char *id, PowerNodeKind kind, double kw)
{
    PowerNode n;
    n.id = PowerNodeId(QString::fromLatin1(id));
    n.name = QString::fromLatin1(id).toUpper();
    n.kind = kind;
    n.rating = PowerRating::kilowatts(Kilowatts(kw));
    return n;
}

Rack rack(const char *id, const char *row, double x, double y, const char *feedA, const char *feedB = "")
{
    Rack r;
    r.id = RackId(QString::fromLatin1(id));
    r.name = QStringLiteral("Rack ") + QString::fromLatin1(id);
    r.row = RowId(QString::fromLatin1(row));
    r.position = { Metres(x), Metres(y) };
    r.powerLimit = Kilowatts(40);
    r.feedA = PowerNodeId(QString::fromLatin1(feedA));
    r.feedB = PowerNodeId(QString::fromLatin1(feedB));
    return r;
}

// util → ups → pdu-a, pdu-b; gen → ups (second input); racks r1, r2 in row-1 and r3 in row-2;
// a CRAH serving all three and a CDU serving r3; two lots.
Project fixture()
{
    Project p;
    Site &s = p.site;
    s.name = QStringLiteral("Fixture");
    s.planStart = QDate(2026, 1, 1);
    s.halls.push_back({ HallId(QStringLiteral("hall-1")), QStringLiteral("Hall 1"), { Metres(0), Metres(0) },
        { Metres(20), Metres(10) } });
    s.rows.push_back({ RowId(QStringLiteral("row-1")), HallId(QStringLiteral("hall-1")), QStringLiteral("Row 1") });
    s.rows.push_back({ RowId(QStringLiteral("row-2")), HallId(QStringLiteral("hall-1")), QStringLiteral("Row 2") });
    s.power.addNode(node("util", PowerNodeKind::Utility, 2000));
    s.power.addNode(node("gen", PowerNodeKind::Generator, 1500));
    s.power.addNode(node("ups", PowerNodeKind::Ups, 1000));
    s.power.addNode(node("pdu-a", PowerNodeKind::Pdu, 300));
    s.power.addNode(node("pdu-b", PowerNodeKind::Pdu, 300));
    const auto id = [](const char *t) { return PowerNodeId(QString::fromLatin1(t)); };
    s.power.connect(id("util"), id("ups"));
    s.power.connect(id("ups"), id("pdu-a"));
    s.power.connect(id("gen"), id("ups"));
    s.power.connect(id("ups"), id("pdu-b"));
    s.racks = { rack("r1", "row-1", 2, 2, "pdu-a", "pdu-b"), rack("r2", "row-1", 2.6, 2, "pdu-a"),
        rack("r3", "row-2", 2, 5, "pdu-b") };
    s.racks[2].cooling = CoolingType::Liquid;
    CoolingUnit crah;
    crah.id = CoolingUnitId(QStringLiteral("crah-1"));
    crah.name = QStringLiteral("CRAH 1");
    crah.capacity = Kilowatts(200);
    crah.serves = { RackId(QStringLiteral("r1")), RackId(QStringLiteral("r2")), RackId(QStringLiteral("r3")) };
    CoolingUnit cdu;
    cdu.id = CoolingUnitId(QStringLiteral("cdu-1"));
    cdu.name = QStringLiteral("CDU 1");
    cdu.kind = CoolingUnitKind::Cdu;
    cdu.capacity = Kilowatts(100);
    cdu.serves = { RackId(QStringLiteral("r3")) };
    s.coolingUnits = { crah, cdu };
    FleetLot h100;
    h100.id = LotId(QStringLiteral("lot-h100"));
    h100.name = QStringLiteral("H100 2024");
    h100.model = SystemModelId(QStringLiteral("dgx-h100"));
    h100.count = 10;
    h100.unitCost = Money(300000);
    h100.delivered = QDate(2024, 6, 1);
    FleetLot b200 = h100;
    b200.id = LotId(QStringLiteral("lot-b200"));
    b200.name = QStringLiteral("B200 2026");
    b200.model = SystemModelId(QStringLiteral("dgx-b200"));
    b200.count = 4;
    b200.delivered = QDate(2026, 3, 1);
    p.fleet = { h100, b200 };
    return p;
}

// What operator== of PowerChain ignores: node order and the order of inputs and outputs.
QStringList chainOrder(const PowerChain &chain)
{
    QStringList out;
    for (const PowerNode &n : chain.nodes()) {
        QStringList ins, outs;
        for (const auto &i : chain.inputsOf(n.id))
            ins << i.toString();
        for (const auto &o : chain.outputsOf(n.id))
            outs << o.toString();
        out << n.id.toString() + QLatin1Char('<') + ins.join(QLatin1Char(',')) + QLatin1Char('>')
                + outs.join(QLatin1Char(','));
    }
    return out;
}

void compareProjects(const Project &actual, const Project &expected)
{
    QCOMPARE(actual.site.racks.size(), expected.site.racks.size());
    QCOMPARE(chainOrder(actual.site.power), chainOrder(expected.site.power));
    QVERIFY(actual.site.racks == expected.site.racks);
    QVERIFY(actual.site.rows == expected.site.rows);
    QVERIFY(actual.site.halls == expected.site.halls);
    QVERIFY(actual.site.coolingUnits == expected.site.coolingUnits);
    QVERIFY(actual.fleet == expected.fleet);
    QVERIFY(actual == expected);
}

Rack *rackOf(Project &p, const char *id)
{
    return p.site.rack(RackId(QString::fromLatin1(id)));
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void noOpEditsMakeNoEntry_data();
    void noOpEditsMakeNoEntry();
    void propertyEditsMerge();
    void assignCoolingUnitLeavesEveryList();
    void idAllocatorAvoidsEveryKind();
    void problemsFollowEveryEdit();

private:
    void addFloorRows(); // rows of roundTrip_data
};

void TestCommands::roundTrip_data()
{
    QTest::addColumn<MakeCommand>("make");
    QTest::addColumn<EditByHand>("byHand");
    const auto P = [](const char *id) { return PowerNodeId(QString::fromLatin1(id)); };
    const auto R = [](const char *id) { return RackId(QString::fromLatin1(id)); };

    for (const bool wholeRack : { false, true }) {
        SystemModel m;
        m.id = SystemModelId(wholeRack ? QStringLiteral("acme-rack") : QStringLiteral("acme-x9"));
        m.name = wholeRack ? QStringLiteral("Acme Rack 64") : QStringLiteral("Acme X9");
        m.vendor = QStringLiteral("Acme");
        m.generation = QStringLiteral("X9");
        m.gpusPerSystem = wholeRack ? 64 : 8;
        m.power = Kilowatts(wholeRack ? 120 : 11.5);
        m.height = RackUnits(wholeRack ? 0 : 6);
        m.wholeRack = wholeRack;
        m.cooling = wholeRack ? CoolingType::Liquid : CoolingType::Air;
        m.liquidFraction = wholeRack ? 0.8 : 0;
        m.bf16 = Teraflops(1000);
        m.price = Money(250000);
        QTest::newRow(wholeRack ? "AddCustomModelCommand, whole liquid rack" : "AddCustomModelCommand, 6 U air system")
            << MakeCommand([m](Document *d) { return new AddCustomModelCommand(d, m); })
            << EditByHand([m](Project &p) { p.customModels.push_back(m); });
    }
    {
        Rack added = rack("r9", "row-1", 3.2, 2, "pdu-a");
        QTest::newRow("AddRackCommand, existing row, cooled by the CRAH") << MakeCommand([added](Document *d) {
            return new AddRackCommand(d, added, std::nullopt, { CoolingUnitId(QStringLiteral("crah-1")) });
        }) << EditByHand([added](Project &p) {
            p.site.racks.push_back(added);
            p.site.coolingUnits[0].serves.push_back(added.id);
        });
    }
    {
        Rack added = rack("r9", "row-9", 3, 8, "");
        const Row row{ RowId(QStringLiteral("row-9")), HallId(QStringLiteral("hall-1")), QStringLiteral("Row 9") };
        QTest::newRow("AddRackCommand with a new row")
            << MakeCommand([=](Document *d) { return new AddRackCommand(d, added, row); })
            << EditByHand([=](Project &p) {
                   p.site.rows.push_back(row);
                   p.site.racks.push_back(added);
               });
    }
    {
        const Row row{ RowId(QStringLiteral("row-3")), HallId(QStringLiteral("hall-1")), QStringLiteral("Row 3") };
        std::vector<Rack> racks{ rack("r10", "row-3", 2, 8, "pdu-a"), rack("r11", "row-3", 2.6, 8, "pdu-a"),
            rack("r12", "row-3", 3.2, 8, "pdu-a") };
        QTest::newRow("AddRowCommand, three racks served by both units") << MakeCommand([=](Document *d) {
            return new AddRowCommand(
                d, row, racks, { CoolingUnitId(QStringLiteral("crah-1")), CoolingUnitId(QStringLiteral("cdu-1")) });
        }) << EditByHand([=](Project &p) {
            p.site.rows.push_back(row);
            for (const Rack &r : racks) {
                p.site.racks.push_back(r);
                p.site.coolingUnits[0].serves.push_back(r.id);
                p.site.coolingUnits[1].serves.push_back(r.id);
            }
        });
    }
    QTest::newRow("MoveRacksCommand, two racks in one drag") << MakeCommand([R](Document *d) {
        return new MoveRacksCommand(d,
            { { R("r1"), { Metres(2), Metres(2) }, { Metres(4.4), Metres(3.2) } },
                { R("r3"), { Metres(2), Metres(5) }, { Metres(4.4), Metres(6.2) } } });
    }) << EditByHand([](Project &p) {
        rackOf(p, "r1")->position = { Metres(4.4), Metres(3.2) };
        rackOf(p, "r3")->position = { Metres(4.4), Metres(6.2) };
    });
    QTest::newRow("DeleteRacksCommand, first and last rack and their cooling references") << MakeCommand(
        [R](Document *d) {
            return new DeleteRacksCommand(d, { R("r3"), R("r1") });
        }) << EditByHand([](Project &p) {
        p.site.racks.erase(p.site.racks.begin() + 2);
        p.site.racks.erase(p.site.racks.begin());
        p.site.coolingUnits[0].serves = { RackId(QStringLiteral("r2")) };
        p.site.coolingUnits[1].serves.clear();
    });
    QTest::newRow("PasteRacksCommand, two racks with fresh ids, offset 0.6 m × 3 m") << MakeCommand([](Document *d) {
        const Site &s = d->project().site;
        std::vector<RackInsertion::Entry> copied{ { s.racks[0], { CoolingUnitId(QStringLiteral("crah-1")) } },
            { s.racks[2], { CoolingUnitId(QStringLiteral("crah-1")), CoolingUnitId(QStringLiteral("gone")) } } };
        return new PasteRacksCommand(d, copied, { Metres(0.6), Metres(3) });
    }) << EditByHand([](Project &p) {
        // rack-1 and rack-2 are the first ids of the form rack-<n> no object uses.
        Rack a = p.site.racks[0], b = p.site.racks[2];
        a.id = RackId(QStringLiteral("rack-1"));
        a.name = QStringLiteral("Rack r1 copy");
        a.position = { Metres(2.6), Metres(5) };
        b.id = RackId(QStringLiteral("rack-2"));
        b.name = QStringLiteral("Rack r3 copy");
        b.position = { Metres(2.6), Metres(8) };
        p.site.racks.push_back(a);
        p.site.racks.push_back(b);
        p.site.coolingUnits[0].serves.push_back(a.id);
        p.site.coolingUnits[0].serves.push_back(b.id);
    });
    QTest::newRow("SetRackPropertyCommand, power limit") << MakeCommand([R](Document *d) {
        return new SetRackPropertyCommand<Kilowatts>(d, R("r2"), properties::rackPowerLimit, Kilowatts(132));
    }) << EditByHand([](Project &p) { rackOf(p, "r2")->powerLimit = Kilowatts(132); });
    QTest::newRow("SetRackPropertyCommand, cooling type") << MakeCommand([R](Document *d) {
        return new SetRackPropertyCommand<CoolingType>(d, R("r1"), properties::rackCooling, CoolingType::Liquid);
    }) << EditByHand([](Project &p) { rackOf(p, "r1")->cooling = CoolingType::Liquid; });
    QTest::newRow("SetNodePropertyCommand, rating") << MakeCommand([P](Document *d) {
        return new SetNodePropertyCommand<PowerRating>(
            d, P("ups"), properties::nodeRating, PowerRating::kva(KiloVoltAmperes(1250), 0.9));
    }) << EditByHand([](Project &p) {
        p.site.power.node(PowerNodeId(QStringLiteral("ups")))->rating = PowerRating::kva(KiloVoltAmperes(1250), 0.9);
    });
    QTest::newRow("SetNodePropertyCommand, redundancy") << MakeCommand([P](Document *d) {
        return new SetNodePropertyCommand<Redundancy>(
            d, P("pdu-a"), properties::nodeRedundancy, Redundancy::nPlusOne(3));
    }) << EditByHand([](Project &p) {
        p.site.power.node(PowerNodeId(QStringLiteral("pdu-a")))->redundancy = Redundancy::nPlusOne(3);
    });
    QTest::newRow("SetNodePropertyCommand, commissioning date") << MakeCommand([P](Document *d) {
        return new SetNodePropertyCommand<QDate>(d, P("gen"), properties::nodeCommissioned, QDate(2027, 7, 1));
    }) << EditByHand([](Project &p) {
        p.site.power.node(PowerNodeId(QStringLiteral("gen")))->commissioned = QDate(2027, 7, 1);
    });
    QTest::newRow("SetCoolingUnitPropertyCommand, capacity") << MakeCommand([](Document *d) {
        return new SetCoolingUnitPropertyCommand<Kilowatts>(
            d, CoolingUnitId(QStringLiteral("cdu-1")), properties::unitCapacity, Kilowatts(350));
    }) << EditByHand([](Project &p) { p.site.coolingUnits[1].capacity = Kilowatts(350); });
    QTest::newRow("SetLotPropertyCommand, count") << MakeCommand([](Document *d) {
        return new SetLotPropertyCommand<int>(d, LotId(QStringLiteral("lot-b200")), properties::lotCount, 12);
    }) << EditByHand([](Project &p) { p.fleet[1].count = 12; });
    QTest::newRow("SetLotPropertyCommand, delivery date") << MakeCommand([](Document *d) {
        return new SetLotPropertyCommand<QDate>(
            d, LotId(QStringLiteral("lot-h100")), properties::lotDelivered, QDate(2025, 1, 15));
    }) << EditByHand([](Project &p) { p.fleet[0].delivered = QDate(2025, 1, 15); });
    {
        PowerNode added = node("pdu-c", PowerNodeKind::Pdu, 250);
        QTest::newRow("AddPowerNodeCommand fed from the UPS")
            << MakeCommand([=](Document *d) { return new AddPowerNodeCommand(d, added, { P("ups") }); })
            << EditByHand([=](Project &p) {
                   p.site.power.addNode(added);
                   p.site.power.connect(PowerNodeId(QStringLiteral("ups")), added.id);
               });
    }
    QTest::newRow("RemovePowerNodeCommand, the UPS: edges go, rack feeds stay")
        << MakeCommand([P](Document *d) { return new RemovePowerNodeCommand(d, P("ups")); })
        << EditByHand([](Project &p) { p.site.power.removeNode(PowerNodeId(QStringLiteral("ups"))); });
    QTest::newRow("RemovePowerNodeCommand, pdu-b: rack feeds cleared")
        << MakeCommand([P](Document *d) { return new RemovePowerNodeCommand(d, P("pdu-b")); })
        << EditByHand([](Project &p) {
               p.site.power.removeNode(PowerNodeId(QStringLiteral("pdu-b")));
               rackOf(p, "r1")->feedB = PowerNodeId();
               rackOf(p, "r3")->feedA = PowerNodeId();
           });
    QTest::newRow("ConnectFeedCommand, rack feed A") << MakeCommand([P, R](Document *d) {
        return new ConnectFeedCommand(d, R("r2"), ConnectFeedCommand::Side::A, P("pdu-b"));
    }) << EditByHand([](Project &p) { rackOf(p, "r2")->feedA = PowerNodeId(QStringLiteral("pdu-b")); });
    QTest::newRow("ConnectFeedCommand, rack feed B disconnected") << MakeCommand([P, R](Document *d) {
        return new ConnectFeedCommand(d, R("r1"), ConnectFeedCommand::Side::B, {});
    }) << EditByHand([](Project &p) { rackOf(p, "r1")->feedB = PowerNodeId(); });
    QTest::newRow("ConnectFeedCommand, node input moved from the UPS to the utility")
        << MakeCommand([P](Document *d) { return new ConnectFeedCommand(d, P("pdu-b"), P("ups"), P("util")); })
        << EditByHand([](Project &p) {
               p.site.power.disconnect(PowerNodeId(QStringLiteral("ups")), PowerNodeId(QStringLiteral("pdu-b")));
               p.site.power.connect(PowerNodeId(QStringLiteral("util")), PowerNodeId(QStringLiteral("pdu-b")));
           });
    QTest::newRow("ConnectFeedCommand, first of two node inputs removed")
        << MakeCommand([P](Document *d) { return new ConnectFeedCommand(d, P("ups"), P("util"), {}); })
        << EditByHand([](Project &p) {
               p.site.power.disconnect(PowerNodeId(QStringLiteral("util")), PowerNodeId(QStringLiteral("ups")));
           });
    {
        CoolingUnit unit;
        unit.id = CoolingUnitId(QStringLiteral("crah-2"));
        unit.name = QStringLiteral("CRAH 2");
        unit.capacity = Kilowatts(150);
        unit.redundancy = Redundancy::nPlusOne(4);
        unit.serves = { RackId(QStringLiteral("r2")) };
        QTest::newRow("AddCoolingUnitCommand")
            << MakeCommand([=](Document *d) { return new AddCoolingUnitCommand(d, unit); })
            << EditByHand([=](Project &p) { p.site.coolingUnits.push_back(unit); });
    }
    {
        Hall hall{ HallId(QStringLiteral("hall-2")), QStringLiteral("Hall 2"), { Metres(30), Metres(0) },
            { Metres(15), Metres(12) } };
        QTest::newRow("AddHallCommand") << MakeCommand([=](Document *d) { return new AddHallCommand(d, hall); })
                                        << EditByHand([=](Project &p) { p.site.halls.push_back(hall); });
    }
    {
        FleetLot lot;
        lot.id = LotId(QStringLiteral("lot-gb200"));
        lot.name = QStringLiteral("GB200 racks");
        lot.model = SystemModelId(QStringLiteral("gb200-nvl72"));
        lot.count = 2;
        lot.unitCost = Money(3'500'000);
        lot.delivered = QDate(2026, 9, 1);
        QTest::newRow("AddLotCommand") << MakeCommand([=](Document *d) { return new AddLotCommand(d, lot); })
                                       << EditByHand([=](Project &p) { p.fleet.push_back(lot); });
    }
    QTest::newRow("RemoveLotCommand, the first lot")
        << MakeCommand([](Document *d) { return new RemoveLotCommand(d, LotId(QStringLiteral("lot-h100"))); })
        << EditByHand([](Project &p) { p.fleet.erase(p.fleet.begin()); });
    addFloorRows();
}

// The site's settings, halls and rows, deleting them, and cooling-unit assignment.
void TestCommands::addFloorRows()
{
    const auto R = [](const char *id) { return RackId(QString::fromLatin1(id)); };
    const HallId hall(QStringLiteral("hall-1"));
    QTest::newRow("SetSitePropertyCommand, horizon") << MakeCommand([](Document *d) {
        return new SetSitePropertyCommand<int>(d, SiteKey(), properties::siteHorizon, 20);
    }) << EditByHand([](Project &p) { p.site.horizonPeriods = 20; });
    QTest::newRow("SetSitePropertyCommand, inlet limit") << MakeCommand([](Document *d) {
        return new SetSitePropertyCommand<Celsius>(d, SiteKey(), properties::siteInletLimit, Celsius(30));
    }) << EditByHand([](Project &p) { p.site.thermal.inletLimit = Celsius(30); });
    QTest::newRow("SetHallPropertyCommand, depth") << MakeCommand([hall](Document *d) {
        return new SetHallPropertyCommand<Metres>(d, hall, properties::hallDepth, Metres(4));
    }) << EditByHand([](Project &p) { p.site.halls[0].size.y = Metres(4); });
    QTest::newRow("SetRowPropertyCommand, containment") << MakeCommand([](Document *d) {
        return new SetRowPropertyCommand<Containment>(
            d, RowId(QStringLiteral("row-2")), properties::rowContainment, Containment::ColdAisle);
    }) << EditByHand([](Project &p) { p.site.rows[1].containment = Containment::ColdAisle; });
    QTest::newRow("DeleteFloorCommand, a row with two racks")
        << MakeCommand([](Document *d) { return new DeleteFloorCommand(d, RowId(QStringLiteral("row-1"))); })
        << EditByHand([](Project &p) {
               p.site.rows.erase(p.site.rows.begin());
               p.site.racks.erase(p.site.racks.begin(), p.site.racks.begin() + 2);
               p.site.coolingUnits[0].serves = { RackId(QStringLiteral("r3")) };
           });
    QTest::newRow("DeleteFloorCommand, the hall with its rows and racks")
        << MakeCommand([hall](Document *d) { return new DeleteFloorCommand(d, hall); }) << EditByHand([](Project &p) {
               p.site.halls.clear();
               p.site.rows.clear();
               p.site.racks.clear();
               for (CoolingUnit &unit : p.site.coolingUnits)
                   unit.serves.clear();
           });
    QTest::newRow("AssignCoolingUnitCommand, no CDU for r3")
        << MakeCommand([R](Document *d) { return new AssignCoolingUnitCommand(d, R("r3"), HeatMedium::Liquid, {}); })
        << EditByHand([](Project &p) { p.site.coolingUnits[1].serves.clear(); });
    QTest::newRow("AssignCoolingUnitCommand, no air unit for r3")
        << MakeCommand([R](Document *d) { return new AssignCoolingUnitCommand(d, R("r3"), HeatMedium::Air, {}); })
        << EditByHand([R](Project &p) {
               p.site.coolingUnits[0].serves = { R("r1"), R("r2") };
           });
}

void TestCommands::roundTrip()
{
    QFETCH(MakeCommand, make);
    QFETCH(EditByHand, byHand);

    const Project original = fixture();
    Project expected = original;
    byHand(expected);
    QVERIFY(!(expected == original)); // the row edits something

    Document document;
    document.setProject(original);
    QSignalSpy changed(&document, &Document::changed);
    // The document's validation, kept from one change to the next, is the project's each time.
    const auto problemsAreCurrent
        = [&document] { return document.problems() == validateProject(document.project(), Catalog::builtIn()); };
    QVERIFY(problemsAreCurrent());
    QUndoCommand *command = make(&document);
    QVERIFY(!command->text().isEmpty());
    document.undoStack()->push(command);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(changed.count(), 1); // one signal per edit, however many lists it touched
    QVERIFY(document.isModified());
    compareProjects(document.project(), expected);

    document.undoStack()->undo();
    compareProjects(document.project(), original);
    QVERIFY(!document.isModified());
    document.undoStack()->redo();
    compareProjects(document.project(), expected);
    QVERIFY(problemsAreCurrent());
    document.undoStack()->undo();
    compareProjects(document.project(), original);
    QVERIFY(problemsAreCurrent());
    QCOMPARE(changed.count(), 4);
}

// Document::problems() is computed once per change and shared (the Problems dock and the
// solver): asked before and after each edit, undo and redo, it reads the project as it is then.
void TestCommands::problemsFollowEveryEdit()
{
    Document document;
    document.setProject(fixture());
    const std::vector<Problem> before = document.problems();
    QCOMPARE(before, validateProject(document.project(), Catalog::builtIn()));
    const QString limitPath = QStringLiteral("$.site.racks[0].powerLimitKw");
    const auto names = [&](const std::vector<Problem> &problems) {
        return std::any_of(problems.begin(), problems.end(), [&](const Problem &p) { return p.path == limitPath; });
    };
    QVERIFY(!names(before));
    const RackId r1(QStringLiteral("r1"));
    document.undoStack()->push(
        new SetRackPropertyCommand<Kilowatts>(&document, r1, properties::rackPowerLimit, Kilowatts(-5)));
    const std::vector<Problem> after = document.problems();
    QCOMPARE(after, validateProject(document.project(), Catalog::builtIn()));
    QVERIFY(names(after));
    document.undoStack()->undo();
    QCOMPARE(document.problems(), before);
    document.undoStack()->redo();
    QCOMPARE(document.problems(), after);
    document.setProject(fixture()); // a replaced project
    QCOMPARE(document.problems(), before);
}

void TestCommands::noOpEditsMakeNoEntry_data()
{
    QTest::addColumn<MakeCommand>("make");
    const auto R = [](const char *id) { return RackId(QString::fromLatin1(id)); };
    QTest::newRow("same power limit") << MakeCommand([R](Document *d) {
        return new SetRackPropertyCommand<Kilowatts>(d, R("r1"), properties::rackPowerLimit, Kilowatts(40));
    });
    QTest::newRow("move to the same place") << MakeCommand([R](Document *d) {
        return new MoveRacksCommand(d, { { R("r1"), { Metres(2), Metres(2) }, { Metres(2), Metres(2) } } });
    });
    QTest::newRow("delete an unknown rack")
        << MakeCommand([R](Document *d) { return new DeleteRacksCommand(d, { R("nope") }); });
    QTest::newRow("feed A to the node it has") << MakeCommand([R](Document *d) {
        return new ConnectFeedCommand(d, R("r1"), ConnectFeedCommand::Side::A, PowerNodeId(QStringLiteral("pdu-a")));
    });
    QTest::newRow("input that is already there") << MakeCommand([](Document *d) {
        return new ConnectFeedCommand(d, PowerNodeId(QStringLiteral("ups")), {}, PowerNodeId(QStringLiteral("gen")));
    });
    QTest::newRow("remove an unknown node")
        << MakeCommand([](Document *d) { return new RemovePowerNodeCommand(d, PowerNodeId(QStringLiteral("nope"))); });
    QTest::newRow("add a node with a taken id")
        << MakeCommand([](Document *d) { return new AddPowerNodeCommand(d, node("ups", PowerNodeKind::Ups, 5), {}); });
    QTest::newRow("remove an unknown lot")
        << MakeCommand([](Document *d) { return new RemoveLotCommand(d, LotId(QStringLiteral("x"))); });
    QTest::newRow("delete an unknown hall")
        << MakeCommand([](Document *d) { return new DeleteFloorCommand(d, HallId(QStringLiteral("x"))); });
    QTest::newRow("cool by the unit that alone does") << MakeCommand([R](Document *d) {
        return new AssignCoolingUnitCommand(d, R("r1"), HeatMedium::Air, CoolingUnitId(QStringLiteral("crah-1")));
    });
    QTest::newRow("a CDU as air unit") << MakeCommand([R](Document *d) {
        return new AssignCoolingUnitCommand(d, R("r1"), HeatMedium::Air, CoolingUnitId(QStringLiteral("cdu-1")));
    });
}

void TestCommands::noOpEditsMakeNoEntry()
{
    QFETCH(MakeCommand, make);
    Document document;
    document.setProject(fixture());
    QSignalSpy changed(&document, &Document::changed);
    document.undoStack()->push(make(&document));
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.isModified());
    QVERIFY(document.project() == fixture());
}

// r1 listed twice by crah-1 and once by crah-2, moved to crah-3: it leaves all three places and
// is appended to crah-3's list; the CDU's list is left alone; undo puts each entry back.
void TestCommands::assignCoolingUnitLeavesEveryList()
{
    const auto R = [](const char *id) { return RackId(QString::fromLatin1(id)); };
    Project original = fixture();
    original.site.coolingUnits[0].serves = { R("r1"), R("r2"), R("r1"), R("r3") };
    CoolingUnit second, third;
    second.id = CoolingUnitId(QStringLiteral("crah-2"));
    second.serves = { R("r3"), R("r1") };
    third.id = CoolingUnitId(QStringLiteral("crah-3"));
    third.serves = { R("r2") };
    original.site.coolingUnits.push_back(second);
    original.site.coolingUnits.push_back(third);
    original.site.coolingUnits[1].serves = { R("r1"), R("r3") }; // the CDU
    Document document;
    document.setProject(original);
    document.undoStack()->push(new AssignCoolingUnitCommand(&document, R("r1"), HeatMedium::Air, third.id));
    const auto &units = document.project().site.coolingUnits;
    QCOMPARE(units[0].serves, (std::vector<RackId>{ R("r2"), R("r3") }));
    QCOMPARE(units[1].serves, (std::vector<RackId>{ R("r1"), R("r3") }));
    QCOMPARE(units[2].serves, std::vector<RackId>{ R("r3") });
    QCOMPARE(units[3].serves, (std::vector<RackId>{ R("r2"), R("r1") }));
    document.undoStack()->undo();
    QVERIFY(document.project() == original);
    document.undoStack()->redo();
    QCOMPARE(document.project().site.coolingUnits[0].serves, (std::vector<RackId>{ R("r2"), R("r3") }));
}

void TestCommands::propertyEditsMerge()
{
    Document document;
    document.setProject(fixture());
    const RackId r1(QStringLiteral("r1")), r2(QStringLiteral("r2"));
    QUndoStack *stack = document.undoStack();
    // A scrub 40 → 50 → 60 kW on one rack is one entry whose undo returns to 40 kW.
    stack->push(new SetRackPropertyCommand<Kilowatts>(&document, r1, properties::rackPowerLimit, Kilowatts(50)));
    stack->push(new SetRackPropertyCommand<Kilowatts>(&document, r1, properties::rackPowerLimit, Kilowatts(60)));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(document.project().site.rack(r1)->powerLimit, Kilowatts(60));
    // Another rack, or another field, is a new entry.
    stack->push(new SetRackPropertyCommand<Kilowatts>(&document, r2, properties::rackPowerLimit, Kilowatts(70)));
    stack->push(new SetRackPropertyCommand<Kilograms>(&document, r2, properties::rackWeightLimit, Kilograms(900)));
    QCOMPARE(stack->count(), 3);
    stack->undo();
    stack->undo();
    stack->undo();
    QVERIFY(document.project() == fixture());
    stack->redo();
    QCOMPARE(document.project().site.rack(r1)->powerLimit, Kilowatts(60));
    // Scrubbing back to the starting value removes the entry altogether.
    stack->setIndex(0);
    stack->clear();
    stack->push(new SetRackPropertyCommand<Kilowatts>(&document, r1, properties::rackPowerLimit, Kilowatts(45)));
    stack->push(new SetRackPropertyCommand<Kilowatts>(&document, r1, properties::rackPowerLimit, Kilowatts(40)));
    QCOMPARE(stack->count(), 0);
    QVERIFY(document.project() == fixture());
}

void TestCommands::idAllocatorAvoidsEveryKind()
{
    Project p = fixture();
    // Ids are unique across kinds: a lot named "rack-1" blocks that rack id too.
    p.fleet[0].id = LotId(QStringLiteral("rack-1"));
    p.site.power.addNode(node("rack-2", PowerNodeKind::Pdu, 1));
    IdAllocator ids(p);
    QCOMPARE(ids.next(QStringLiteral("rack")), QStringLiteral("rack-3"));
    QCOMPARE(ids.next(QStringLiteral("rack")), QStringLiteral("rack-4"));
    QCOMPARE(ids.next(QStringLiteral("row")), QStringLiteral("row-3"));
    QVERIFY(ids.isUsed(QStringLiteral("crah-1")));
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
