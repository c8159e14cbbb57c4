// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 20 §3 in the app, driven as a person does it on the real widgets (offscreen):
//  - a tenant created, named and given a priority and quota in the Fleet dock's Tenants tab
//    (a bad quota refused with its JSON path), a lot given to it in the Lots table's combo box,
//    a row of racks reserved for it from the floor plan's context menu and part of it cleared,
//    every step one undo entry, undone and redone by the keys;
//  - a hall reserved from its floor's context menu, and a rack of it reserved for another
//    tenant: the overlap shows in the Problems dock like any other problem;
//  - the per-tenant results of a small site worked out by hand, shown in the Results dock's
//    Tenants tab, equal to the hand figures and to solve()'s;
//  - the floor plan coloured by tenant, each rack's colour checked against the plan's
//    placements and the reservations, with screenshots at 1366 × 768 and 1600 × 1000.

#include "catalog.h"
#include "document/document.h"
#include "floorplan/colourmodebar.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "floorplan/rackcolouring.h"
#include "floorplan/rackitem.h"
#include "mainwindow.h"
#include "panels/fleetpanel.h"
#include "panels/fleettablemodel.h"
#include "panels/problemspanel.h"
#include "panels/tenanttablemodel.h"
#include "results/resultsdock.h"
#include "solve/solvecontroller.h"
#include "solver/solver.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace warmshell;
using namespace warmshell::ui;
using warmshell::uitest::saveShot;

namespace {

constexpr double kPixelsPerMetre = 20; // scene units per metre
constexpr int kSolveTimeoutMs = 60000;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestTenantsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void tenantCreatedLotAssignedRowReservedThenUndone();
    void hallReservedFromItsFloorAndOverlapShownAsProblem();
    void perTenantResultsEqualHandFiguresAndSolve();
    void floorPlanColouredByTenant();

private:
    QPoint pixelOf(const QPointF &metres) const
    {
        return m_window->floorPlanView()->mapFromScene(metres * kPixelsPerMetre);
    }
    // A rubber band from `from` to `to` (campus metres), as a person drags it.
    void rubberBand(const QPointF &from, const QPointF &to)
    {
        QWidget *viewport = m_window->floorPlanView()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, pixelOf(from));
        QTest::mouseMove(viewport, pixelOf((from + to) / 2));
        QTest::mouseMove(viewport, pixelOf(to));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, pixelOf(to));
    }
    // Right-clicks the floor plan at `at` (campus metres); the context menu it opens.
    QMenu *contextMenuAt(const QPointF &at)
    {
        QWidget *viewport = m_window->floorPlanView()->viewport();
        const QPoint pixel = pixelOf(at);
        QContextMenuEvent event(QContextMenuEvent::Mouse, pixel, viewport->mapToGlobal(pixel));
        QApplication::sendEvent(viewport, &event);
        return qobject_cast<QMenu *>(QApplication::activePopupWidget());
    }
    // Opens submenu `name` of `menu` by the keyboard and clicks its entry `text`.
    static bool chooseFromSubmenu(QMenu *menu, const QString &name, const QString &text)
    {
        auto *submenu = menu->findChild<QMenu *>(name);
        if (!submenu)
            return false;
        menu->setActiveAction(submenu->menuAction());
        QTest::keyClick(menu, Qt::Key_Right);
        if (!QTest::qWaitFor([submenu] { return submenu->isVisible(); }))
            return false;
        for (QAction *action : submenu->actions()) {
            if (action->text() == text) {
                QTest::mouseClick(submenu, Qt::LeftButton, {}, submenu->actionGeometry(action).center());
                return true;
            }
        }
        return false;
    }
    static QStringList entries(QMenu *menu, const QString &name)
    {
        QStringList out;
        if (auto *submenu = menu->findChild<QMenu *>(name))
            for (QAction *action : submenu->actions())
                out << (action->isChecked() ? s("[x] ") : QString()) + action->text();
        return out;
    }
    static void clickAction(QMenu *menu, const QString &objectName)
    {
        for (QAction *action : menu->actions()) {
            if (action->objectName() == objectName) {
                QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
                return;
            }
        }
        QFAIL(qPrintable(objectName));
    }
    // Types `text` into cell (row, column) of the tenants table: the cell made current, the
    // text typed (which opens its editor), Return.
    void typeIntoTenantCell(int row, int column, const QString &text)
    {
        QTableView *view = m_window->fleetPanel()->tenantView();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, column));
        QTest::keyClick(view, Qt::Key_F2);
        auto *edit = qobject_cast<QLineEdit *>(view->indexWidget(view->currentIndex()));
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
        QApplication::processEvents();
    }
    void focusPlan()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->floorPlanView()->setFocus();
    }
    void waitForPlan()
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->solveController()->plan() && !m_window->solveController()->isStale(), kSolveTimeoutMs);
        QTest::qWait(20);
    }
    QAction *modeAction(RackColourMode mode) const
    {
        for (QAction *a : m_window->colourModeBar()->menu()->actions())
            if (a->data().toInt() == int(mode))
                return a;
        return nullptr;
    }
    const Project &project() const { return m_window->document()->project(); }
    QUndoStack *stack() const { return m_window->document()->undoStack(); }

    std::unique_ptr<QTemporaryDir> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestTenantsUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_settings = uitest::useFreshSettings();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTenantsUi::init()
{
    QVERIFY(m_window->openFile(MainWindow::labExample()).isEmpty());
    m_window->floorPlanView()->setTool(FloorPlanView::Tool::Select);
    m_window->floorPlanView()->fitAll();
    QApplication::processEvents();
    QCOMPARE(stack()->count(), 0);
}

// The lab (one hall, rows A and B of ten racks, lots lot-h100-2024 and lot-a100-2022): a
// tenant added and named, its priority and maximum typed (a bad maximum refused), the H100 lot
// given to it, row A reserved for it and A-01…A-03 cleared again. Seven undo entries; undone by
// Ctrl+Z back to the lab as opened, redone by the Redo keys to the edited project.
void TestTenantsUi::tenantCreatedLotAssignedRowReservedThenUndone()
{
    const Project before = project();
    QVERIFY(before.tenants.empty());
    FleetPanel *fleet = m_window->fleetPanel();
    QTest::mouseClick(fleet->addTenantButton(), Qt::LeftButton);
    QCOMPARE(project().tenants.size(), size_t(1));
    const TenantId acme = project().tenants[0].id;
    QCOMPARE(acme.toString(), s("tenant-1"));
    QCOMPARE(fleet->tabs()->currentWidget(), fleet->tenantView()->parentWidget());
    // The name's editor is open: the person types the name straight away.
    QTableView *tenants = fleet->tenantView();
    auto *nameEdit = qobject_cast<QLineEdit *>(tenants->indexWidget(tenants->currentIndex()));
    QVERIFY(nameEdit);
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, s("Acme Research"));
    QTest::keyClick(nameEdit, Qt::Key_Return);
    QApplication::processEvents(); // the delegate commits a Return queued
    QCOMPARE(project().tenants[0].name, s("Acme Research"));

    typeIntoTenantCell(0, TenantTableModel::PriorityColumn, s("10"));
    typeIntoTenantCell(0, TenantTableModel::MaxGpusColumn, s("lots")); // refused, nothing written
    QCOMPARE(fleet->tenantMessage(), s("$.tenants[0].maxGpus: not a number"));
    QVERIFY(!project().tenants[0].maxGpus);
    typeIntoTenantCell(0, TenantTableModel::MaxGpusColumn, s("96"));
    QVERIFY(fleet->tenantMessage().isEmpty());
    QCOMPARE(project().tenants[0].priority, 10);
    QVERIFY(project().tenants[0].maxGpus == std::optional<int>(96));
    QCOMPARE(stack()->count(), 4);
    QCOMPARE(stack()->text(3), s("Change maximum GPUs of Acme Research"));

    // The H100 lot (first row) given to Acme in the Lots table: F2 opens the combo, Down picks.
    fleet->tabs()->setCurrentIndex(0);
    QTableView *lots = fleet->view();
    lots->setFocus();
    lots->setCurrentIndex(lots->model()->index(0, FleetTableModel::TenantColumn));
    QCOMPARE(lots->currentIndex().data().toString(), s("operator (none)"));
    QTest::keyClick(lots, Qt::Key_F2);
    auto *combo = qobject_cast<QComboBox *>(lots->indexWidget(lots->currentIndex()));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2);
    QTest::keyClick(combo, Qt::Key_Down);
    QApplication::processEvents();
    QCOMPARE(project().fleet[0].tenant, acme);
    QVERIFY(project().fleet[1].tenant.isNull());
    QCOMPARE(lots->model()->index(0, FleetTableModel::TenantColumn).data().toString(), s("Acme Research"));
    QCOMPARE(stack()->count(), 5);

    // Row A (ten racks) selected by a rubber band, reserved from the context menu: one step.
    rubberBand(QPointF(2.2, 2.2), QPointF(9.2, 3.8));
    QCOMPARE(m_window->floorPlanScene()->selectedRacks().size(), 10);
    QMenu *menu = contextMenuAt(QPointF(3.6, 3.0));
    QVERIFY(menu);
    QCOMPARE(entries(menu, s("reserveMenu")), QStringList{ s("Acme Research") });
    QVERIFY(!menu->findChild<QAction *>(s("clearReservationAction"))->isEnabled());
    QVERIFY(chooseFromSubmenu(menu, s("reserveMenu"), s("Acme Research")));
    QCOMPARE(stack()->count(), 6);
    QCOMPARE(stack()->text(5), s("Reserve 10 racks for Acme Research"));
    std::vector<RackId> rowA;
    for (int i = 1; i <= 10; ++i)
        rowA.push_back(RackId(QStringLiteral("rack-A-%1").arg(i, 2, 10, QLatin1Char('0'))));
    QCOMPARE(project().tenants[0].reservedRacks, rowA); // in site order
    QCOMPARE(fleet->tenantModel()->index(0, TenantTableModel::ReservedColumn).data().toString(), s("10 racks"));
    QCOMPARE(fleet->tenantModel()->index(0, TenantTableModel::LotsColumn).data().toString(), s("1 lot, 128 GPUs"));

    // A-01…A-03 cleared: the menu now checks Acme, and Clear takes the three back in one step.
    rubberBand(QPointF(2.2, 2.2), QPointF(4.4, 3.8));
    QCOMPARE(m_window->floorPlanScene()->selectedRacks().size(), 3);
    menu = contextMenuAt(QPointF(3.6, 3.0));
    QVERIFY(menu);
    QCOMPARE(entries(menu, s("reserveMenu")), QStringList{ s("[x] Acme Research") });
    clickAction(menu, s("clearReservationAction"));
    QCOMPARE(stack()->count(), 7);
    QCOMPARE(stack()->text(6), s("Clear reservation of 3 racks"));
    QCOMPARE(project().tenants[0].reservedRacks, std::vector<RackId>(rowA.begin() + 3, rowA.end()));

    // Undo by the keys, seven steps back to the lab as opened; redo to the edited project.
    const Project after = project();
    focusPlan();
    for (int i = 0; i < 7; ++i)
        QTest::keyClick(m_window->floorPlanView(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(project() == before);
    QCOMPARE(fleet->tenantModel()->rowCount(), 0);
    const QKeySequence redoKeys = m_window->findChild<QAction *>(s("redoAction"))->shortcut();
    for (int i = 0; i < 7; ++i)
        QTest::keySequence(m_window->floorPlanView(), redoKeys);
    QVERIFY(project() == after);

    // Removing the tenant gives its lot back to the operator; undo gives it back to Acme.
    fleet->tabs()->setCurrentWidget(fleet->tenantView()->parentWidget());
    fleet->selectTenant(acme);
    QTest::mouseClick(fleet->removeTenantButton(), Qt::LeftButton);
    QVERIFY(project().tenants.empty());
    QVERIFY(project().fleet[0].tenant.isNull());
    stack()->undo();
    QVERIFY(project() == after);

    // Deleting reserved racks (A-04…A-06, Delete key) takes them out of the reservation too, so
    // no reservation names a rack the site lacks; undo puts racks and reservation back.
    const int problems = m_window->problemsPanel()->problemCount();
    rubberBand(QPointF(4.6, 2.2), QPointF(6.2, 3.8));
    QCOMPARE(m_window->floorPlanScene()->selectedRacks().size(), 3);
    focusPlan();
    QTest::keyClick(m_window->floorPlanView(), Qt::Key_Delete);
    QCOMPARE(project().site.racks.size(), before.site.racks.size() - 3);
    QCOMPARE(project().tenants[0].reservedRacks, std::vector<RackId>(rowA.begin() + 6, rowA.end()));
    QCOMPARE(m_window->problemsPanel()->problemCount(), problems);
    stack()->undo();
    QVERIFY(project() == after);
}

// Hall 1 reserved for Beta from its floor's context menu (outside every rack); rack A-06 then
// reserved for Acme from the racks' menu: the rack stands in Beta's hall, which validation
// refuses, and the Problems dock says so. Clearing the hall's reservation ends the problem.
void TestTenantsUi::hallReservedFromItsFloorAndOverlapShownAsProblem()
{
    FleetPanel *fleet = m_window->fleetPanel();
    for (const char *name : { "Acme", "Beta" }) {
        QTest::mouseClick(fleet->addTenantButton(), Qt::LeftButton);
        QTableView *view = fleet->tenantView();
        auto *edit = qobject_cast<QLineEdit *>(view->indexWidget(view->currentIndex()));
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClicks(edit, QLatin1String(name));
        QTest::keyClick(edit, Qt::Key_Return);
        QApplication::processEvents();
    }
    QCOMPARE(project().tenants.size(), size_t(2));
    const int problemsBefore = m_window->problemsPanel()->problemCount();

    QMenu *menu = contextMenuAt(QPointF(11.0, 9.0)); // the hall's floor, right of row B
    QVERIFY(menu);
    QCOMPARE(menu->objectName(), s("hallMenu"));
    QCOMPARE(entries(menu, s("reserveHallMenu")), QStringList({ s("Acme"), s("Beta") }));
    QVERIFY(chooseFromSubmenu(menu, s("reserveHallMenu"), s("Beta")));
    QCOMPARE(project().tenants[1].reservedHalls, std::vector<HallId>{ HallId(s("hall-1")) });
    QCOMPARE(stack()->text(stack()->count() - 1), s("Reserve hall Lab hall for Beta"));
    QCOMPARE(m_window->problemsPanel()->problemCount(), problemsBefore);

    rubberBand(QPointF(5.8, 2.2), QPointF(6.2, 3.8)); // A-06 alone (at x = 5.7…6.3 m)
    const QList<RackId> selected = m_window->floorPlanScene()->selectedRacks();
    QCOMPARE(selected.size(), 1);
    menu = contextMenuAt(QPointF(6.0, 3.0));
    QVERIFY(menu);
    QVERIFY(chooseFromSubmenu(menu, s("reserveMenu"), s("Acme")));
    QCOMPARE(project().tenants[0].reservedRacks, std::vector<RackId>{ selected.front() });
    QCOMPARE(m_window->problemsPanel()->problemCount(), problemsBefore + 1);
    QListWidget *problems = m_window->problemsPanel()->view();
    QStringList texts;
    for (int i = 0; i < problems->count(); ++i)
        texts << problems->item(i)->text();
    // Acme is listed first, so Beta's hall is the one that overlaps its rack.
    const QString overlap = QStringLiteral("reserves hall \"hall-1\", where rack \"%1\" is already reserved for "
                                           "tenant \"tenant-1\"; a rack is reserved for one tenant at most")
                                .arg(selected.front().toString());
    QVERIFY2(texts.join(u'\n').contains(overlap), qPrintable(texts.join(u'\n')));

    menu = contextMenuAt(QPointF(11.0, 9.0));
    QVERIFY(menu);
    QCOMPARE(entries(menu, s("reserveHallMenu")), QStringList({ s("Acme"), s("[x] Beta") }));
    clickAction(menu, s("clearHallReservationAction"));
    QVERIFY(project().tenants[1].reservedHalls.empty());
    QCOMPARE(m_window->problemsPanel()->problemCount(), problemsBefore);
}

// The hand site: tests/data/good/tenants.warmshell.json (four racks of 20 kW on one 60 kW PDU,
// a 10 kW box of 8 GPUs at 120,000 each, depreciated straight-line over 6 years = 1,666.67 a
// month) with Beta's quota changed in the Tenants table to no GPU maximum and at most 0.02 MW.
// By hand: the PDU carries six boxes. Acme (priority 10, hall 2 = racks 3 and 4, room for 4)
// energizes all 3 of its boxes: 24 GPUs, 30 kW, none idle. Beta (priority 5, rack 1, room for
// 2) may draw 20 kW: 2 of its 4 boxes, 16 GPUs energized and 16 idle, 2 × 1,666.67 = 3,333.33
// idle a month, its MW maximum reached. The operator's own lots get the last 10 kW (rack 2):
// one box of 4, 8 GPUs energized, 24 idle, 3 × 1,666.67 = 5,000 a month.
void TestTenantsUi::perTenantResultsEqualHandFiguresAndSolve()
{
    QVERIFY(m_window->openFile(QStringLiteral(WARMSHELL_TEST_DATA "/good/tenants.warmshell.json")).isEmpty());
    FleetPanel *fleet = m_window->fleetPanel();
    fleet->tabs()->setCurrentWidget(fleet->tenantView()->parentWidget());
    typeIntoTenantCell(1, TenantTableModel::MaxGpusColumn, QString()); // emptied: no maximum
    typeIntoTenantCell(1, TenantTableModel::MaxMegawattsColumn, s("0.02"));
    QVERIFY(!project().tenants[1].maxGpus);
    QVERIFY(project().tenants[1].maxMegawatts == std::optional<double>(0.02));
    waitForPlan();

    struct Hand
    {
        QString name;
        int energized, idle;
        double kw, idleCost;
        QString quota;
    };
    const double box = 120000.0 / 72;
    const Hand hand[]
        = { { s("Acme Research"), 24, 0, 30, 0, QString() }, { s("Beta Labs"), 16, 16, 20, 2 * box, s("maxMegawatts") },
              { s("operator's own"), 8, 24, 10, 3 * box, QString() } };
    const CapacityPlan byModel = solve(project(), Catalog::builtIn(), m_window->solveController()->options());
    QCOMPARE(byModel.tenants.size(), size_t(3));

    ResultsDock *results = m_window->resultsDock();
    QTableWidget *table = results->tenantTable();
    QVERIFY(results->tabs()->isTabVisible(results->tabs()->indexOf(table)));
    QCOMPARE(table->rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        const Hand &h = hand[row];
        const TenantResult &m = byModel.tenants[size_t(row)];
        const auto value = [&](int column) { return table->item(row, column)->data(ResultsDock::ValueRole); };
        QCOMPARE(table->item(row, ResultsDock::TenantName)->text(), h.name);
        QCOMPARE(value(ResultsDock::TenantEnergizedGpus).toInt(), h.energized);
        QCOMPARE(value(ResultsDock::TenantIdleGpus).toInt(), h.idle);
        QCOMPARE(value(ResultsDock::TenantEnergizedPower).toDouble(), h.kw);
        QVERIFY(std::abs(value(ResultsDock::TenantIdleDepreciation).toDouble() - h.idleCost) < 1e-6);
        QCOMPARE(value(ResultsDock::TenantQuotaAtLimit).toString(), h.quota);
        QCOMPARE(m.energizedGpus, h.energized);
        QCOMPARE(m.idleGpus, h.idle);
        QCOMPARE(m.energizedPower.value(), h.kw);
        QCOMPARE(m.idleDepreciationPerMonth.value(), value(ResultsDock::TenantIdleDepreciation).toDouble());
        QCOMPARE(m.bindingQuota, h.quota);
    }
    QCOMPARE(table->item(1, ResultsDock::TenantQuotaAtLimit)->text(), s("maximum MW"));
    QCOMPARE(table->item(1, ResultsDock::TenantIdleDepreciation)->text(), s("USD 3,333"));
    results->tabs()->setCurrentWidget(table);
    for (const QSize size : { QSize(1366, 768), QSize(1600, 1000) }) {
        m_window->resize(size);
        QApplication::processEvents();
        saveShot(m_window.get(), QStringLiteral("tenants-results-%1.png").arg(size.width()));
    }
    m_window->resize(1400, 900);
}

// The lab with Acme owning the H100 lot and row A reserved for it, Beta owning nothing and
// reserving row B's last three racks. Coloured by tenant, each rack's fill is worked out here
// from the plan's placements (whose systems) and the project's reservations: a rack holding
// Acme's systems in Acme's colour, the A100s (the operator's) grey, a reserved rack holding
// nothing in its tenant's tint, an open empty rack in the empty colour.
void TestTenantsUi::floorPlanColouredByTenant()
{
    m_window->document()->modifyProject([](Project &p) {
        Tenant acme{ TenantId(s("acme")), s("Acme Research"), 10, {}, {}, {}, {}, {} };
        for (int i = 1; i <= 10; ++i)
            acme.reservedRacks.push_back(RackId(QStringLiteral("rack-A-%1").arg(i, 2, 10, QLatin1Char('0'))));
        Tenant beta{ TenantId(s("beta")), s("Beta Labs"), 5, {}, {}, {}, {}, {} };
        for (int i = 8; i <= 10; ++i) // B-01 holds pinned A100s of the operator: not Beta's to reserve
            beta.reservedRacks.push_back(RackId(QStringLiteral("rack-B-%1").arg(i, 2, 10, QLatin1Char('0'))));
        p.tenants = { acme, beta };
        p.fleet[0].tenant = acme.id;
    });
    waitForPlan();
    QAction *action = modeAction(RackColourMode::Tenant);
    QVERIFY(action && action->isEnabled());
    action->trigger();
    QCOMPARE(m_window->colourModeBar()->mode(), RackColourMode::Tenant);
    const QStringList labels = m_window->colourModeBar()->legendLabels();
    for (const QString &label : { s("Acme Research"), s("Beta Labs"), s("Acme Research: reserved, empty"),
             s("Beta Labs: reserved, empty"), s("operator's own"), s("mixed"), s("empty") })
        QVERIFY2(labels.contains(label), qPrintable(label));

    const CapacityPlan plan = *m_window->solveController()->plan();
    QHash<RackId, QSet<QString>> owners;
    for (const RackPlacement &p : plan.placements)
        for (const PlacedSystems &sys : p.systems)
            if (sys.count > 0)
                owners[p.rack].insert(sys.tenant.toString());
    QHash<QString, QColor> colourOf;
    for (const RackLegendEntry &e : m_window->colourModeBar()->legendEntries())
        colourOf.insert(e.key, e.colour);
    QHash<RackId, QString> reserved;
    for (const Tenant &t : project().tenants)
        for (const RackId &r : t.reservedRacks)
            reserved.insert(r, t.id.toString());
    QSet<QString> kinds;
    for (const Rack &rack : project().site.racks) {
        const QSet<QString> who = owners.value(rack.id);
        QString key;
        if (who.size() > 1)
            key = s("mixed");
        else if (who.size() == 1)
            key = who.begin()->isEmpty() ? s("operator") : *who.begin();
        else if (reserved.contains(rack.id))
            key = s("reserved:") + reserved.value(rack.id);
        kinds.insert(key);
        // A reserved rack holds its tenant's systems only: never Acme's in Beta's racks, never the
        // operator's in a reserved one.
        if (who.contains(s("acme")))
            QVERIFY(reserved.value(rack.id) != s("beta"));
        if (who.contains(QString()))
            QVERIFY(!reserved.contains(rack.id));
        const RackItem *item = m_window->floorPlanScene()->rackItem(rack.id);
        QVERIFY(colourOf.contains(key));
        QCOMPARE(item->brush().color(), colourOf.value(key));
        QCOMPARE(item->toolTipText().contains(s("Reserved for ")), reserved.contains(rack.id));
    }
    // The lab's plan shows Acme's systems, the operator's, and Beta's empty reservation.
    QVERIFY(kinds.contains(s("acme")));
    QVERIFY(kinds.contains(s("operator")));
    QVERIFY(kinds.contains(s("reserved:beta")));
    QVERIFY(colourOf.value(s("acme")) != colourOf.value(s("reserved:acme")));

    for (const QSize size : { QSize(1366, 768), QSize(1600, 1000) }) {
        m_window->resize(size);
        QApplication::processEvents();
        m_window->floorPlanView()->fitAll();
        QApplication::processEvents();
        saveShot(m_window.get(), QStringLiteral("tenants-colour-%1.png").arg(size.width()));
    }
    m_window->resize(1400, 900);
    modeAction(RackColourMode::PowerUtilisation)->trigger();
}

QTEST_MAIN(TestTenantsUi)
#include "tst_tenantsui.moc"
