// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18 §1 in the app, driven through real widgets on the lab example: a right-click on a
// power node or cooling unit → "What If This Fails?" draws exactly the racks analyseFailure
// (run here on the same plan) reports dark or without cooling in their colours, every other
// rack unaffected, with the counts in the What If dock; by hand, UPS 1 feeds all 20 racks of
// the lab and PDU row A the 10 racks of row A; Escape, the Clear button and a new plan clear
// it; the action is disabled, saying why, without a plan; the Contingencies dock lists
// analyseContingencies' rows in order with names, and a double-click draws that failure.
// One module of the selected node from the same context menu (issue 18 §1: "What If One
// Module Fails?", disabled with why on a single-module node). The Maintenance dock (§2) lists
// the project's windows on the current plan with analyseMaintenanceWindow's figures, marks a
// window on another day than the plan's, and a click draws the window's failure.
// `screenshots` saves the overlay at 1366 × 768 and 1600 × 1000 to $WARMSHELL_SCREENSHOT_DIR.

#include "analysis/contingency.h"
#include "analysis/maintenanceimpact.h"
#include "catalog.h"
#include "document/document.h"
#include "floorplan/colourmodebar.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "floorplan/rackcolouring.h"
#include "floorplan/rackitem.h"
#include "mainwindow.h"
#include "panels/coolingpanel.h"
#include "panels/powerchainpanel.h"
#include "planview/planpresenter.h"
#include "planview/whatifpresenter.h"
#include "project.h"
#include "projectfile.h"
#include "results/contingencydock.h"
#include "results/contingencytext.h"
#include "results/maintenancedock.h"
#include "results/whatifdock.h"
#include "solve/solvecontroller.h"
#include "uitestsupport.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace warmshell;
using namespace warmshell::ui;

namespace {

constexpr int kSolveTimeoutMs = 60000;

void openLabAndSolve(MainWindow &window, QSize size = QSize(1366, 768))
{
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(MainWindow::labExample()).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(window.solveController()->plan() && !window.solveController()->isStale(), kSolveTimeoutMs);
    QTest::qWait(20); // the queued re-colouring after the plan
}

// Right-clicks the row of `index` in `view` as a person does and returns the menu it opens.
QMenu *contextMenuOn(QTreeView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    const QPoint pixel = view->visualRect(index).center();
    QTest::mousePress(view->viewport(), Qt::RightButton, {}, pixel);
    QTest::mouseRelease(view->viewport(), Qt::RightButton, {}, pixel);
    QContextMenuEvent event(QContextMenuEvent::Mouse, pixel, view->viewport()->mapToGlobal(pixel));
    QApplication::sendEvent(view->viewport(), &event);
    return qobject_cast<QMenu *>(QApplication::activePopupWidget());
}

// Clicks the entry `objectName` of `menu`; false when it is missing or disabled.
bool clickEntry(QMenu *menu, const QString &objectName)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == objectName && action->isEnabled()) {
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
            return true;
        }
    }
    return false;
}

QModelIndex powerNodeRow(MainWindow &window, const QString &id)
{
    QStandardItemModel *model = window.powerChainPanel()->model();
    const QModelIndexList found
        = model->match(model->index(0, 0), PowerChainPanel::NodeIdRole, id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

// Right-click on power node `id` → What If This Fails?
bool askWhatIfPowerNode(MainWindow &window, const QString &id)
{
    window.powerChainPanel()->show();
    window.powerChainPanel()->raise();
    window.powerChainPanel()->view()->expandAll();
    const QModelIndex row = powerNodeRow(window, id);
    QMenu *menu = row.isValid() ? contextMenuOn(window.powerChainPanel()->view(), row) : nullptr;
    return menu && clickEntry(menu, QStringLiteral("whatIfAction"));
}

// The fill of every rack the floor plan draws, by rack id.
QHash<RackId, QColor> drawnFills(MainWindow &window)
{
    QHash<RackId, QColor> fills;
    const auto *scene = static_cast<FloorPlanScene *>(window.floorPlanView()->scene());
    for (RackItem *item : scene->rackItems())
        fills.insert(item->rackId(), item->brush().color());
    return fills;
}

// The racks drawn in the colour of `effect`.
QSet<RackId> drawnAs(MainWindow &window, rackcolouring::FailureEffect effect)
{
    QSet<RackId> racks;
    const QHash<RackId, QColor> fills = drawnFills(window);
    for (auto it = fills.cbegin(); it != fills.cend(); ++it)
        if (it.value() == rackcolouring::failureColour(effect))
            racks.insert(it.key());
    return racks;
}

QSet<RackId> asSet(const std::vector<RackId> &racks)
{
    return QSet<RackId>(racks.begin(), racks.end());
}

ContingencyResult independently(MainWindow &window, FailureKind kind, const QString &id)
{
    SolveController *solve = window.solveController();
    return analyseFailure(solve->planProject(), Catalog::builtIn(), *solve->plan(), Failure{ kind, id });
}

// Racks of the lab whose rack id starts with `prefix` ("rack-A-": row A) and in which the
// plan places systems (a failure loses only what racks hold; an empty rack loses nothing).
QSet<RackId> loadedLabRacks(MainWindow &window, const QString &prefix)
{
    QSet<RackId> racks;
    for (const RackPlacement &p : window.solveController()->plan()->placements) {
        int systems = 0;
        for (const PlacedSystems &s : p.systems)
            systems += s.count;
        if (systems > 0 && p.rack.toString().startsWith(prefix))
            racks.insert(p.rack);
    }
    return racks;
}

} // namespace

class TestWhatIf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void upsFailureDrawsDarkRacks();
    void pduFailureDrawsItsRow();
    void coolingUnitFailureDrawsUncooledRacks();
    void escapeClearButtonAndNewPlanClear();
    void actionDisabledWithoutPlan();
    void contingencyTableMatchesModel();
    void moduleFailureFromContextMenu();
    void maintenanceDockDrawsAWindow();
    void screenshots_data();
    void screenshots();
};

void TestWhatIf::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWhatIf::upsFailureDrawsDarkRacks()
{
    const auto settings = uitest::useFreshSettings();
    MainWindow window;
    openLabAndSolve(window);
    QVERIFY(askWhatIfPowerNode(window, QStringLiteral("ups-1")));
    const ContingencyResult expected = independently(window, FailureKind::PowerNode, QStringLiteral("ups-1"));
    // By hand: every rack of the lab is fed through UPS 1 alone, so every rack the plan loads
    // goes dark and every energized GPU of the plan is lost.
    const QSet<RackId> loaded = loadedLabRacks(window, QStringLiteral("rack-"));
    QVERIFY(loaded.size() > 10);
    QCOMPARE(asSet(expected.darkRacks), loaded);
    QCOMPARE(expected.lostGpus(), window.solveController()->plan()->energizedGpus());
    QVERIFY(expected.lostGpus() > 0);

    QCOMPARE(drawnAs(window, rackcolouring::FailureEffect::Dark), asSet(expected.darkRacks));
    QVERIFY(window.planPresenter()->whatIf()->result());
    const QString text = window.planPresenter()->whatIf()->dock()->text();
    QVERIFY2(text.contains(QStringLiteral("What if UPS 1 fails?")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("%1 racks dark, 0 without cooling, 0 capped, 0 shedding").arg(loaded.size())),
        qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(expected.lostGpus()) + QStringLiteral(" GPUs")), qPrintable(text));
    QVERIFY2(
        text.contains(QLocale().toString(expected.lostPflops(), 'f', 1) + QStringLiteral(" PFLOPS")), qPrintable(text));
    QVERIFY(window.planPresenter()->whatIf()->dock()->isVisible());
    QVERIFY(window.colourModeBar()->legendLabels().contains(QStringLiteral("dark (no power)")));
}

void TestWhatIf::pduFailureDrawsItsRow()
{
    const auto settings = uitest::useFreshSettings();
    MainWindow window;
    openLabAndSolve(window);
    QVERIFY(askWhatIfPowerNode(window, QStringLiteral("pdu-A")));
    const ContingencyResult expected = independently(window, FailureKind::PowerNode, QStringLiteral("pdu-A"));
    const QSet<RackId> rowA = loadedLabRacks(window, QStringLiteral("rack-A-"));
    QVERIFY(!rowA.isEmpty()); // by hand: PDU row A feeds the racks of row A, and only those
    QCOMPARE(asSet(expected.darkRacks), rowA);
    QCOMPARE(drawnAs(window, rackcolouring::FailureEffect::Dark), rowA);
    // The figures docs/user-guide.md quotes for this right-click on the lab.
    QCOMPARE(rowA.size(), 5);
    QCOMPARE(expected.lostGpus(), 120);
    QCOMPARE(QString::number(expected.lostPflops(), 'f', 1), QStringLiteral("113.3"));
    QSet<RackId> rest;
    for (const Rack &rack : window.document()->project().site.racks)
        rest.insert(rack.id);
    rest -= asSet(expected.darkRacks) + asSet(expected.cappedRacks) + asSet(expected.shedRacks)
        + asSet(expected.uncooledRacks);
    QCOMPARE(drawnAs(window, rackcolouring::FailureEffect::Unaffected), rest);
    QVERIFY(
        window.planPresenter()->whatIf()->dock()->text().contains(QStringLiteral("%1 racks dark").arg(rowA.size())));
}

void TestWhatIf::coolingUnitFailureDrawsUncooledRacks()
{
    const auto settings = uitest::useFreshSettings();
    MainWindow window;
    openLabAndSolve(window);
    CoolingPanel *cooling = window.coolingPanel();
    cooling->show();
    cooling->raise();
    QTreeWidget *view = cooling->view();
    const QList<QTreeWidgetItem *> rows = view->findItems(QStringLiteral("CRAH row A"), Qt::MatchExactly);
    QCOMPARE(rows.size(), 1);
    QMenu *menu = contextMenuOn(view, view->indexFromItem(rows.first()));
    QVERIFY(menu);
    QVERIFY(clickEntry(menu, QStringLiteral("whatIfAction")));
    const ContingencyResult expected = independently(window, FailureKind::CoolingUnit, QStringLiteral("crah-1"));
    // By hand: CRAH row A is the only air unit of the air racks of row A.
    const QSet<RackId> rowA = loadedLabRacks(window, QStringLiteral("rack-A-"));
    QCOMPARE(asSet(expected.uncooledRacks), rowA);
    QCOMPARE(drawnAs(window, rackcolouring::FailureEffect::Uncooled), asSet(expected.uncooledRacks));
    QVERIFY(drawnAs(window, rackcolouring::FailureEffect::Dark).isEmpty());
    QVERIFY(window.planPresenter()->whatIf()->dock()->text().contains(
        QStringLiteral("0 racks dark, %1 without cooling").arg(rowA.size())));
}

void TestWhatIf::escapeClearButtonAndNewPlanClear()
{
    const auto settings = uitest::useFreshSettings();
    MainWindow window;
    openLabAndSolve(window);
    const QHash<RackId, QColor> planColours = drawnFills(window);
    WhatIfPresenter *whatIf = window.planPresenter()->whatIf();

    QVERIFY(askWhatIfPowerNode(window, QStringLiteral("ups-1")));
    QVERIFY(drawnFills(window) != planColours);
    window.floorPlanView()->setFocus();
    QTest::keyClick(window.floorPlanView(), Qt::Key_Escape);
    QVERIFY(!whatIf->result());
    QCOMPARE(drawnFills(window), planColours);
    QVERIFY(!window.colourModeBar()->legendLabels().contains(QStringLiteral("dark (no power)")));

    QVERIFY(askWhatIfPowerNode(window, QStringLiteral("ups-1")));
    QPushButton *clear = whatIf->dock()->clearButton();
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(!whatIf->result());
    QCOMPARE(drawnFills(window), planColours);

    QVERIFY(askWhatIfPowerNode(window, QStringLiteral("ups-1")));
    QVERIFY(!whatIf->dock()->isMarkedNotCurrent());
    window.solveController()->setLiveSolving(false);
    // An edit of the site (the UPS the context menu made current, renamed in its properties):
    // what is drawn is of an older plan, and the dock says so.
    QVERIFY(uitest::typeIntoProperty(window.propertyEditor(), QStringLiteral("name"), QStringLiteral("UPS one")));
    QTRY_VERIFY(window.solveController()->isStale());
    QVERIFY(whatIf->dock()->isMarkedNotCurrent());
    window.solveController()->setLiveSolving(true);
    QSignalSpy planned(window.solveController(), &SolveController::planReady);
    window.solveController()->setObjective(Objective::Gpus);
    QTRY_VERIFY_WITH_TIMEOUT(planned.count() > 0, kSolveTimeoutMs);
    QVERIFY(!whatIf->result());
    QVERIFY(drawnAs(window, rackcolouring::FailureEffect::Dark).isEmpty());
}

void TestWhatIf::actionDisabledWithoutPlan()
{
    const auto settings = uitest::useFreshSettings();
    MainWindow window;
    window.solveController()->setLiveSolving(false);
    QVERIFY(window.openFile(MainWindow::labExample()).isEmpty());
    QAction *action = window.planPresenter()->whatIf()->whatIfAction();
    QVERIFY(!action->isEnabled());
    QCOMPARE(action->toolTip(), QStringLiteral("There is no plan yet"));
    QVERIFY(window.planMenu()->actions().contains(action));
    // Once solved, still nothing selected until a node is chosen.
    window.solveController()->solveNow();
    QTRY_VERIFY_WITH_TIMEOUT(window.solveController()->plan() && !window.solveController()->isStale(), kSolveTimeoutMs);
    if (!window.powerChainPanel()->currentNode().isNull()) // a row may be current from the open
        return;
    QVERIFY(!action->isEnabled());
    QCOMPARE(action->toolTip(), QStringLiteral("Select a power node or cooling unit first"));
    window.powerChainPanel()->selectNode(PowerNodeId(QStringLiteral("ups-1")));
    QVERIFY(action->isEnabled());
}

void TestWhatIf::contingencyTableMatchesModel()
{
    const auto settings = uitest::useFreshSettings();
    MainWindow window;
    openLabAndSolve(window);
    ContingencyDock *dock = window.planPresenter()->whatIf()->contingencyDock();
    QVERIFY(!dock->isCurrent()); // behind the fleet's tab: not analysed
    QTest::qWait(20);
    QVERIFY(!dock->isCurrent());
    dock->show();
    dock->raise(); // shown: analysed
    QTRY_VERIFY(dock->isCurrent());
    SolveController *solve = window.solveController();
    const ContingencyAnalysis expected = analyseContingencies(solve->planProject(), Catalog::builtIn(), *solve->plan());
    QTableWidget *table = dock->table();
    QCOMPARE(table->rowCount(), int(expected.results.size()));
    QVERIFY(table->rowCount() > 0);
    for (int row = 0; row < table->rowCount(); ++row) {
        const ContingencyResult &r = expected.results[size_t(row)];
        const QTableWidgetItem *failure = table->item(row, ContingencyDock::FailureColumn);
        QCOMPARE(failure->data(ContingencyDock::ObjectRole).toString(), r.failure.object);
        QCOMPARE(failure->text(), contingencytext::title(r));
        QVERIFY(!r.name.isEmpty() && failure->text().startsWith(r.name)); // names, not ids
        QVERIFY(failure->toolTip().contains(r.failure.object));
        QCOMPARE(table->item(row, ContingencyDock::GpusColumn)->data(Qt::UserRole).toInt(), r.lostGpus());
        QCOMPARE(table->item(row, ContingencyDock::PflopsColumn)->data(Qt::UserRole).toDouble(), r.lostPflops());
        QCOMPARE(table->item(row, ContingencyDock::DarkColumn)->data(Qt::UserRole).toInt(), int(r.darkRacks.size()));
        QCOMPARE(table->item(row, ContingencyDock::ShedColumn)->data(Qt::UserRole).toInt(), int(r.shedRacks.size()));
    }
    // Double-click the first row (most impact): the same overlay as the context menu's.
    const QRect cell = table->visualRect(table->model()->index(0, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(window.planPresenter()->whatIf()->result());
    QCOMPARE(drawnAs(window, rackcolouring::FailureEffect::Dark), asSet(expected.results.front().darkRacks));
    // A new plan: the table says it is not current.
    QSignalSpy planned(solve, &SolveController::planReady);
    solve->setObjective(Objective::Gpus);
    QTRY_VERIFY_WITH_TIMEOUT(planned.count() > 0, kSolveTimeoutMs);
    QTRY_VERIFY(dock->isCurrent() || dock->status()->text().startsWith(QStringLiteral("Not current")));
}

// ups-1 of the lab is N+1 with 4 modules: right-click → What If One Module Fails? draws
// analyseFailure's one-module result and names it; on pdu-A (scheme N, one module) the entry
// is there but disabled, its tooltip saying why.
void TestWhatIf::moduleFailureFromContextMenu()
{
    const auto settings = uitest::useFreshSettings();
    MainWindow window;
    openLabAndSolve(window);
    window.powerChainPanel()->show();
    window.powerChainPanel()->raise();
    window.powerChainPanel()->view()->expandAll();
    QMenu *menu = contextMenuOn(window.powerChainPanel()->view(), powerNodeRow(window, QStringLiteral("pdu-A")));
    QVERIFY(menu);
    QAction *module = window.planPresenter()->whatIf()->whatIfModuleAction();
    QVERIFY(menu->actions().contains(module));
    QVERIFY(!module->isEnabled());
    QVERIFY2(module->toolTip().contains(QStringLiteral("single module")), qPrintable(module->toolTip()));
    menu->close();
    menu = contextMenuOn(window.powerChainPanel()->view(), powerNodeRow(window, QStringLiteral("ups-1")));
    QVERIFY(menu);
    QVERIFY(clickEntry(menu, QStringLiteral("whatIfModuleAction")));
    const ContingencyResult expected = independently(window, FailureKind::PowerModule, QStringLiteral("ups-1"));
    const ContingencyResult *drawn = window.planPresenter()->whatIf()->result();
    QVERIFY(drawn);
    QCOMPARE(drawn->failure.kind, FailureKind::PowerModule);
    QCOMPARE(drawn->description, expected.description);
    QCOMPARE(drawn->description, QStringLiteral("UPS ups-1: one of 4 modules fails"));
    QCOMPARE(drawn->lostGpus(), expected.lostGpus());
    QCOMPARE(drawnAs(window, rackcolouring::FailureEffect::Shed), asSet(expected.shedRacks));
    const QString text = window.planPresenter()->whatIf()->dock()->text();
    QVERIFY2(text.contains(QStringLiteral("one of 4 modules fails")), qPrintable(text));
}

// The lab with two windows: UPS 1 whole for 10 h on the plan's day (2026-01-01) and crah-1's
// module 2 for 6 h on 2026-03-01. The table shows analyseMaintenanceWindow's figures on the
// current plan; by hand, UPS 1 feeds every rack, so its window loses every energized GPU for
// 10 h; the CRAH window starts on another day than the plan's, so its plan date is marked.
// A click on the UPS row draws its dark racks.
void TestWhatIf::maintenanceDockDrawsAWindow()
{
    const auto settings = uitest::useFreshSettings();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("lab.warmshell.json"));
    {
        LoadResult loaded = loadProject(QStringLiteral(WARMSHELL_SOURCE_DIR "/resources/examples/lab.warmshell.json"));
        QVERIFY(loaded.ok());
        const QDateTime day(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
        loaded.project->maintenanceWindows = {
            { QStringLiteral("mw-ups"), QStringLiteral("UPS swap"), QStringLiteral("ups-1"), 0, day,
                day.addSecs(36000) },
            { QStringLiteral("mw-crah"), QStringLiteral("CRAH belts"), QStringLiteral("crah-1"), 2, day.addDays(59),
                day.addDays(59).addSecs(21600) },
        };
        QCOMPARE(saveProject(*loaded.project, file), QString());
    }
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(file).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(window.solveController()->plan() && !window.solveController()->isStale(), kSolveTimeoutMs);
    MaintenanceDock *dock = window.planPresenter()->whatIf()->maintenanceDock();
    QVERIFY(!dock->isCurrent());
    QAction *show = window.findChild<QAction *>(QStringLiteral("maintenanceAction"));
    QVERIFY(show);
    show->trigger();
    QTRY_VERIFY(dock->isCurrent());
    SolveController *solve = window.solveController();
    QCOMPARE(solve->plan()->date, QDate(2026, 1, 1));
    QTableWidget *table = dock->table();
    QCOMPARE(table->rowCount(), 2);
    const Project &project = solve->planProject();
    for (int row = 0; row < 2; ++row) {
        const MaintenanceImpact expected = analyseMaintenanceWindow(
            project, Catalog::builtIn(), *solve->plan(), project.maintenanceWindows[size_t(row)]);
        QCOMPARE(table->item(row, MaintenanceDock::GpusColumn)->data(Qt::UserRole).toInt(), expected.lostGpus());
        QCOMPARE(
            table->item(row, MaintenanceDock::GpuHoursColumn)->data(Qt::UserRole).toDouble(), expected.lostGpuHours);
        QCOMPARE(table->item(row, MaintenanceDock::IdleCostColumn)->data(Qt::UserRole).toDouble(),
            expected.idleCost.value());
        QCOMPARE(table->item(row, MaintenanceDock::HoursColumn)->data(Qt::UserRole).toDouble(), row == 0 ? 10.0 : 6.0);
    }
    // By hand: UPS 1 feeds every rack, so all energized GPUs are lost for the 10 hours.
    const int gpus = solve->plan()->energizedGpus();
    QVERIFY(gpus > 0);
    QCOMPARE(table->item(0, MaintenanceDock::GpusColumn)->data(Qt::UserRole).toInt(), gpus);
    QCOMPARE(table->item(0, MaintenanceDock::GpuHoursColumn)->data(Qt::UserRole).toDouble(), 10.0 * gpus);
    QVERIFY(table->item(0, MaintenanceDock::PlanDateColumn)->toolTip().isEmpty());
    QVERIFY2(table->item(1, MaintenanceDock::PlanDateColumn)->toolTip().contains(QStringLiteral("2026-03-01")),
        qPrintable(table->item(1, MaintenanceDock::PlanDateColumn)->toolTip()));
    QVERIFY(table->item(1, MaintenanceDock::ObjectColumn)->text().contains(QStringLiteral("module 2")));
    // Click the UPS window: its dark racks are drawn.
    const QRect cell = table->visualRect(table->model()->index(0, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(window.planPresenter()->whatIf()->result());
    const ContingencyResult expected = independently(window, FailureKind::PowerNode, QStringLiteral("ups-1"));
    QCOMPARE(drawnAs(window, rackcolouring::FailureEffect::Dark), asSet(expected.darkRacks));
    QTest::qWait(50);
    uitest::saveShot(&window, QStringLiteral("maintenance-1366x768.png"));
}

void TestWhatIf::screenshots_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1600x1000") << QSize(1600, 1000);
}

void TestWhatIf::screenshots()
{
    QFETCH(QSize, size);
    const auto settings = uitest::useFreshSettings();
    MainWindow window;
    openLabAndSolve(window, size);
    QVERIFY(askWhatIfPowerNode(window, QStringLiteral("pdu-A")));
    QTest::qWait(50);
    uitest::saveShot(&window, QStringLiteral("whatif-%1x%2.png").arg(size.width()).arg(size.height()));
    ContingencyDock *dock = window.planPresenter()->whatIf()->contingencyDock();
    dock->show();
    dock->raise();
    QTRY_VERIFY(dock->isCurrent());
    QTest::qWait(50);
    uitest::saveShot(&window, QStringLiteral("contingencies-%1x%2.png").arg(size.width()).arg(size.height()));
}

QTEST_MAIN(TestWhatIf)
#include "tst_whatif.moc"
