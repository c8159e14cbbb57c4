// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19 §1: while a scenario is viewed, the Fleet table, the floor plan and the add and
// remove tools never edit the base site silently. A lot's delivery date typed into the Fleet
// table becomes the scenario's delay-delivery; every other edit is refused where the user
// sees it (a read-only cell with its reason, a disabled action with its reason, a status-bar
// message). Driven by clicks and keys on the real main window, fresh settings.
#include "document/document.h"
#include "edit/scenariocommands.h"
#include "elevation/rackelevationdock.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "floorplan/rackitem.h"
#include "mainwindow.h"
#include "panels/fleetpanel.h"
#include "panels/fleettablemodel.h"
#include "scenarioapp.h"
#include "scenarios/scenariosdock.h"
#include "solve/solvecontroller.h"
#include "solver/glpkmodel.h"
#include "uitestsupport.h"

#include <QAction>
#include <QDateEdit>
#include <QListWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

using namespace warmshell;
using namespace warmshell::ui;

namespace {

constexpr double kPixelsPerMetre = 20; // scene units per metre; the fixture's hall is at (0, 0)

// The project as the base site: without its scenarios.
Project baseOf(const Project &p)
{
    Project base = p;
    base.scenarios.clear();
    return base;
}

// Clicks row `row` (0: Base, 1: the first scenario) of the Scenarios dock's list.
void pickScenarioRow(MainWindow &window, int row)
{
    ScenariosDock *dock = window.scenariosDock();
    dock->raise();
    QCoreApplication::processEvents();
    QListWidget *list = dock->scenarioList();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
}

QAction *action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

QWidget *toolbarButton(MainWindow &window, const char *name)
{
    return window.findChild<QToolBar *>(QStringLiteral("mainToolBar"))->widgetForAction(action(window, name));
}

QPoint pixelOf(MainWindow &window, const QPointF &hallMetres)
{
    return window.floorPlanView()->mapFromScene(hallMetres * kPixelsPerMetre);
}

// Opens the editor of `index` in the Fleet table as a person does (click the cell, F2);
// the editor that has the focus then, or null when the cell opened none.
QWidget *startEditing(QTableView *view, const QModelIndex &index)
{
    view->setFocus();
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QTest::keyClick(view, Qt::Key_F2);
    QWidget *focus = QApplication::focusWidget();
    return focus && focus != view && view->isAncestorOf(focus) ? focus : nullptr;
}

// Enters `date` in the Fleet table's delivery cell of `row` (the date editor the cell opens
// on F2) and presses Return.
bool typeDelivery(QTableView *view, int row, const QDate &date)
{
    QWidget *editor = startEditing(view, view->model()->index(row, FleetTableModel::DeliveredColumn));
    auto *dateEdit = qobject_cast<QDateEdit *>(editor);
    if (!dateEdit)
        return false;
    dateEdit->setDate(date); // the editor's own spin sections, as a pick in its calendar sets them
    QTest::keyClick(dateEdit, Qt::Key_Return);
    if (view->indexWidget(view->currentIndex()) || QApplication::focusWidget() == dateEdit) {
        // Offscreen, Return did not reach the delegate: commit as it would.
        emit view->itemDelegate()->commitData(dateEdit);
        emit view->itemDelegate()->closeEditor(dateEdit);
    }
    return true;
}

} // namespace

class TestScenarioEdits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_settings = uitest::useFreshSettings(); }
    void cleanupTestCase() { solver::glpkFreeEnvironment(); }

    void fleetTableEditsTheScenario();
    void floorPlanToolsAreRefused();

private:
    // A window on the scenario-app fixture, solved (16 GPUs), with scenario "Late grid" (no
    // changes yet) added but the base site still viewed.
    void openWithScenarioAdded(MainWindow &window)
    {
        window.resize(uitest::screenshotSize());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(uitest::scenarioAppFixture()).isEmpty());
        QVERIFY(uitest::waitForEnergizedGpus(window, 16));
        window.document()->undoStack()->push(
            new AddScenarioCommand(window.document(), Scenario{ QStringLiteral("Late grid"), {}, {} }));
        window.document()->undoStack()->clear();
    }

    // The same window with "Late grid" viewed.
    void openWithScenario(MainWindow &window)
    {
        openWithScenarioAdded(window);
        if (QTest::currentTestFailed())
            return;
        pickScenarioRow(window, 1);
        QCOMPARE(window.document()->viewedScenario(), QStringLiteral("Late grid"));
        QCOMPARE(window.document()->viewedScenarioIndex(), 0);
    }

    std::unique_ptr<QTemporaryDir> m_settings;
};

// lot-a (2 sys-a, delivered 2025-01-01) typed as delivered 2026-04-01 in the Fleet table: 15
// months later, after the plan start, so the scenario energizes nothing (from 16 GPUs). The
// base lot keeps its date; the cell shows the scenario's. 2026-04-15 is no whole number of
// months away and is refused in the status bar. The systems cell is read-only and says why.
void TestScenarioEdits::fleetTableEditsTheScenario()
{
    MainWindow window;
    openWithScenario(window);
    const Project base = baseOf(window.document()->project());
    FleetPanel *fleet = window.fleetPanel();
    fleet->raise();
    QCoreApplication::processEvents();
    QTableView *view = fleet->view();
    FleetTableModel *model = fleet->model();

    QVERIFY(typeDelivery(view, 0, QDate(2026, 4, 1)));
    const Scenario &s = window.document()->project().scenarios.at(0);
    QCOMPARE(s.overrides.size(), size_t(1));
    QCOMPARE(s.overrides[0].kind, OverrideKind::DelayDelivery);
    QCOMPARE(s.overrides[0].lot, LotId(QStringLiteral("lot-a")));
    QCOMPARE(s.overrides[0].months, 15);
    QCOMPARE(window.document()->undoStack()->count(), 1);
    QVERIFY(baseOf(window.document()->project()) == base);
    QCOMPARE(window.document()->project().fleet[0].delivered, QDate(2025, 1, 1));
    QCOMPARE(model->index(0, FleetTableModel::DeliveredColumn).data(Qt::EditRole).toDate(), QDate(2026, 4, 1));
    QVERIFY(model->index(0, FleetTableModel::DeliveredColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("base site: 2025-01-01")));
    QVERIFY(uitest::waitForEnergizedGpus(window, 0));

    // Not a whole number of months from the base date: refused, in the status bar.
    QVERIFY(typeDelivery(view, 0, QDate(2026, 4, 15)));
    QCOMPARE(window.document()->project().scenarios.at(0).overrides[0].months, 15);
    QCOMPARE(window.document()->undoStack()->count(), 1);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("whole number of months")),
        qPrintable(window.statusBar()->currentMessage()));

    // The systems cell: no editor opens, its tooltip says why; the base count stays 2.
    const QModelIndex systems = model->index(0, FleetTableModel::SystemsColumn);
    QVERIFY(!(model->flags(systems) & Qt::ItemIsEditable));
    QVERIFY(!startEditing(view, systems));
    QTest::keyClicks(view, QStringLiteral("7"));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(systems.data(Qt::ToolTipRole).toString(),
        QStringLiteral("a scenario cannot change a fleet lot's systems; edit the base site"));
    QVERIFY(!model->setData(systems, 7));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("a fleet lot's systems")));
    QCOMPARE(window.document()->project().fleet[0].count, 2);
    QVERIFY(baseOf(window.document()->project()) == base);
    QCOMPARE(window.document()->undoStack()->count(), 1);
    uitest::saveShot(&window, QStringLiteral("scenario-fleet-table.png"));

    // Base viewed again: the same cell edits the lot itself.
    pickScenarioRow(window, 0);
    QCOMPARE(window.document()->viewedScenarioIndex(), -1);
    QVERIFY(model->flags(systems) & Qt::ItemIsEditable);
    QCOMPARE(model->index(0, FleetTableModel::DeliveredColumn).data(Qt::EditRole).toDate(), QDate(2025, 1, 1));
    QVERIFY(model->setData(systems, 3));
    QCOMPARE(window.document()->project().fleet[0].count, 3);
}

// The add and remove actions are disabled with their reasons while a scenario is viewed; an
// add-rack tool already chosen gives way to Select with the reason in the status bar; a click
// with the tool and a rack dragged change nothing; the rack elevation refuses a pin. Back on
// the base site the tool adds a rack.
void TestScenarioEdits::floorPlanToolsAreRefused()
{
    MainWindow window;
    openWithScenarioAdded(window);
    if (QTest::currentTestFailed())
        return;
    FloorPlanView *view = window.floorPlanView();
    QTest::mouseClick(toolbarButton(window, "addRackToolAction"), Qt::LeftButton);
    QCOMPARE(view->tool(), FloorPlanView::Tool::AddRack);

    pickScenarioRow(window, 1);
    QCOMPARE(window.document()->viewedScenarioIndex(), 0);
    const Project before = window.document()->project();
    QCOMPARE(view->tool(), FloorPlanView::Tool::Select);
    QCOMPARE(window.statusBar()->currentMessage(),
        QStringLiteral("Scenario «Late grid» is viewed: switch to the base site to add racks"));
    for (const char *name :
        { "addRackToolAction", "addRowToolAction", "addHallAction", "addPowerNodeAction", "removePowerNodeAction",
            "addCoolingUnitAction", "addLotAction", "removeLotAction", "deleteAction", "pasteAction", "cutAction" }) {
        QVERIFY2(!action(window, name)->isEnabled(), name);
        QVERIFY2(action(window, name)->toolTip().contains(QStringLiteral("switch to the base site")), name);
    }
    QCOMPARE(action(window, "addRackToolAction")->statusTip(), QStringLiteral("switch to the base site to add racks"));
    // The toolbar button and the shortcut do nothing.
    QTest::mouseClick(toolbarButton(window, "addRackToolAction"), Qt::LeftButton);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_R);
    QCOMPARE(view->tool(), FloorPlanView::Tool::Select);

    // The tool forced on (as a stale gesture might): a click in the hall is refused, said why.
    view->setTool(FloorPlanView::Tool::AddRack);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pixelOf(window, QPointF(10.05, 6.55)));
    QCOMPARE(window.statusBar()->currentMessage(),
        QStringLiteral("Scenario «Late grid» is viewed: switch to the base site to add racks"));
    QVERIFY(window.document()->project() == before);

    // A rack dragged 3 m right: back where it was, nothing edited.
    const Rack rack1 = *before.site.rack(RackId(QStringLiteral("rack-1")));
    const QPointF itemPos = window.floorPlanScene()->rackItem(rack1.id)->pos();
    const QPoint from = view->mapFromScene(window.floorPlanScene()->rackItem(rack1.id)->sceneBoundingRect().center());
    const QPoint to = from + (pixelOf(window, QPointF(4, 0)) - pixelOf(window, QPointF(1, 0)));
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    for (int i = 1; i <= 5; ++i)
        QTest::mouseMove(view->viewport(), from + (to - from) * i / 5);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(window.statusBar()->currentMessage(),
        QStringLiteral("Scenario «Late grid» is viewed: switch to the base site to move racks"));
    QCOMPARE(window.floorPlanScene()->rackItem(rack1.id)->pos(), itemPos);
    // The Delete key on the selected rack: the action is disabled, the rack stays.
    window.floorPlanScene()->selectRacks({ rack1.id });
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    // Pinning from the rack elevation.
    window.rackElevationDock()->showRack(rack1.id);
    QVERIFY(window.rackElevationDock()
                ->pinModel(SystemModelId(QStringLiteral("sys-a")))
                .contains(QStringLiteral("switch to the base site to pin systems in racks")));
    QVERIFY(window.document()->project() == before);
    QCOMPARE(window.document()->undoStack()->count(), 0);
    uitest::saveShot(&window, QStringLiteral("scenario-tools-refused.png"));

    // The base site: the actions are back, their tooltips their own, and the tool adds a rack.
    pickScenarioRow(window, 0);
    QVERIFY(action(window, "addRackToolAction")->isEnabled());
    QVERIFY(!action(window, "addRackToolAction")->toolTip().contains(QStringLiteral("switch")));
    QTest::mouseClick(toolbarButton(window, "addRackToolAction"), Qt::LeftButton);
    QCOMPARE(view->tool(), FloorPlanView::Tool::AddRack);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pixelOf(window, QPointF(10.05, 6.55)));
    QCOMPARE(window.document()->project().site.racks.size(), before.site.racks.size() + 1);
}

QTEST_MAIN(TestScenarioEdits)
#include "tst_scenarioedits.moc"
