// SPDX-License-Identifier: GPL-3.0-or-later
// The rack elevation and pinning: PinSystemsCommand's undo/redo round trip, dropping a catalog
// model onto the elevation (pinned, or refused with a reason), and the elevation drawing the
// plan's placement of a rack with its figures.

#include "catalog.h"
#include "document/document.h"
#include "edit/properties.h"
#include "elevation/pinsystemscommand.h"
#include "elevation/rackelevation.h"
#include "elevation/rackelevationdock.h"
#include "mainwindow.h"
#include "project.h"
#include "solver/solver.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QMimeData>
#include <QTest>
#include <QUndoStack>

using namespace warmshell;
using namespace warmshell::ui;
using warmshell::uitest::dropSystemModel;

namespace {

// The first rack with the given cooling type and nothing pinned; null id if none.
RackId firstRack(const Project &project, CoolingType cooling)
{
    for (const Rack &r : project.site.racks) {
        if (r.cooling == cooling && r.pinned.empty())
            return r.id;
    }
    return {};
}

// An air-cooled, non-whole-rack built-in model, and a liquid one.
const SystemModel *builtInModel(CoolingType cooling, bool wholeRack)
{
    for (const SystemModel &m : Catalog::builtIn().models()) {
        if (m.cooling == cooling && m.wholeRack == wholeRack)
            return &m;
    }
    return nullptr;
}

int pinnedCount(const Project &project, const RackId &rack, const SystemModelId &model)
{
    for (const PinnedSystems &p : project.site.rack(rack)->pinned) {
        if (p.model == model)
            return p.count;
    }
    return 0;
}

} // namespace

class TestElevation : public QObject
{
    Q_OBJECT

private slots:
    void pinRoundTrip_data();
    void pinRoundTrip();
    void dropPins();
    void dropRefused();
    void elevationShowsPlan();
};

void TestElevation::pinRoundTrip_data()
{
    QTest::addColumn<QList<int>>("counts"); // successive pin (+) / unpin (−) commands
    QTest::addColumn<int>("expected"); // pinned systems of the model at the end
    QTest::newRow("pin one") << QList<int>{ 1 } << 1;
    QTest::newRow("pin twice merges") << QList<int>{ 1, 2 } << 3;
    QTest::newRow("unpin to zero removes") << QList<int>{ 2, -2 } << 0;
    QTest::newRow("unpin never below zero") << QList<int>{ 1, -5 } << 0;
}

void TestElevation::pinRoundTrip()
{
    QFETCH(QList<int>, counts);
    QFETCH(int, expected);
    Document document;
    QVERIFY(document.open(MainWindow::labExample()));
    const Project original = document.project();
    const RackId rack = firstRack(original, CoolingType::Air);
    const SystemModel *model = builtInModel(CoolingType::Air, false);
    QVERIFY(!rack.isNull() && model);

    // The states after each command that changed something (no-op commands leave the stack).
    std::vector<Project> states{ original };
    for (int count : counts) {
        const int depth = document.undoStack()->count();
        document.undoStack()->push(new PinSystemsCommand(&document, rack, model->id, count));
        if (document.project() == states.back())
            QCOMPARE(document.undoStack()->count(), depth);
        else
            states.push_back(document.project());
    }
    QCOMPARE(document.undoStack()->count(), int(states.size()) - 1);
    QCOMPARE(pinnedCount(document.project(), rack, model->id), expected);
    const Project end = document.project();
    // Only that rack's pinned contents changed.
    Project check = end;
    check.site.rack(rack)->pinned = original.site.rack(rack)->pinned;
    QCOMPARE(check, original);

    // Undo step by step restores every earlier state exactly; redo all returns to the end.
    for (int i = int(states.size()) - 2; i >= 0; --i) {
        document.undoStack()->undo();
        QCOMPARE(document.project(), states[size_t(i)]);
    }
    QCOMPARE(document.project(), original);
    while (document.undoStack()->canRedo())
        document.undoStack()->redo();
    QCOMPARE(document.project(), end);
}

void TestElevation::dropPins()
{
    Document document;
    QVERIFY(document.open(MainWindow::labExample()));
    RackElevationDock dock(&document);
    dock.resize(600, 700);
    const RackId rack = firstRack(document.project(), CoolingType::Air);
    const SystemModel *model = builtInModel(CoolingType::Air, false);
    dock.showRack(rack);
    const int before = pinnedCount(document.project(), rack, model->id);
    const int stack = document.undoStack()->count();

    dropSystemModel(dock.elevation(), model->id);
    QCOMPARE(document.undoStack()->count(), stack + 1);
    QCOMPARE(pinnedCount(document.project(), rack, model->id), before + 1);
    QVERIFY(dock.messageLabel()->isHidden());
    document.undoStack()->undo();
    QCOMPARE(pinnedCount(document.project(), rack, model->id), before);
}

void TestElevation::dropRefused()
{
    Document document;
    QVERIFY(document.open(MainWindow::labExample()));
    RackElevationDock dock(&document);
    const Project original = document.project();
    const RackId air = firstRack(original, CoolingType::Air);
    const SystemModel *liquid = builtInModel(CoolingType::Liquid, true);
    QVERIFY(liquid);
    dock.showRack(air);
    dropSystemModel(dock.elevation(), liquid->id);
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.project(), original);
    QVERIFY(!dock.messageLabel()->isHidden());
    QVERIFY2(
        dock.messageLabel()->text().contains(QStringLiteral("liquid-cooled")), qPrintable(dock.messageLabel()->text()));

    // More U than the rack has: refused with the free height named. The power limit is raised
    // first, as it would refuse the seventh 6.5 kW system on the 40 kW rack before its U do.
    document.undoStack()->push(
        new SetRackPropertyCommand<Kilowatts>(&document, air, properties::rackPowerLimit, Kilowatts(1000)));
    const SystemModel *air8 = builtInModel(CoolingType::Air, false);
    const int height = original.site.rack(air)->height.value();
    const int fits = height / std::max(1, air8->height.value());
    for (int i = 0; i < fits + 1; ++i)
        dock.pinModel(air8->id);
    QVERIFY(dock.messageLabel()->text().contains(QStringLiteral("U free")));
    int usedU = 0;
    for (const PinnedSystems &p : document.project().site.rack(air)->pinned)
        usedU += document.project().model(p.model, Catalog::builtIn())->height.value() * p.count;
    QVERIFY(usedU <= height);
}

void TestElevation::elevationShowsPlan()
{
    Document document;
    QVERIFY(document.open(MainWindow::labExample()));
    const CapacityPlan plan = solve(document.project(), Catalog::builtIn(), SolveOptions{});
    QVERIFY(!plan.placements.empty());
    const RackPlacement &placement = plan.placements.front();
    const Rack *rack = document.project().site.rack(placement.rack);
    RackElevationDock dock(&document);
    dock.resize(600, 700);
    dock.showRack(placement.rack);
    dock.setPlan(&plan, false);

    int systems = 0, heightU = 0;
    for (const PlacedSystems &s : placement.systems) {
        systems += s.count;
        const SystemModel *m = document.project().model(s.model, Catalog::builtIn());
        heightU += (m->wholeRack ? rack->height.value() : m->height.value()) * s.count;
    }
    const auto &shown = dock.elevation()->slotsShown();
    QCOMPARE(int(shown.size()), systems);
    // Boxes stack from U 1 without gaps or overlaps.
    int next = 1;
    for (const RackElevation::Slot &slot : shown) {
        QCOMPARE(slot.bottomU, next);
        next += slot.heightU;
    }
    QCOMPARE(next - 1, heightU);
    QVERIFY2(dock.elevation()->figures().contains(QStringLiteral("%1 / %2 U").arg(heightU).arg(rack->height.value())),
        qPrintable(dock.elevation()->figures()));
    QCOMPARE(dock.elevation()->rackHeightU(), rack->height.value());
}

QTEST_MAIN(TestElevation)
#include "tst_elevation.moc"
