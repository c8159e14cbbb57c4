// SPDX-License-Identifier: GPL-3.0-or-later
// The walk-through of docs/user-guide.md ("Your own site, from nothing"), done as a new user
// does it, with clicks and keys on the real window (offscreen) and fresh settings: the first
// launch on the campus, File → New, a hall, two rows of racks, a utility feed and a PDU, the
// racks' feeds, a cooling unit, a lot of 200 DGX A100 systems, a solve, the results, and the
// floor plan exported. At each step it checks the project and, at the end, the plan against
// figures worked out by hand in the guide. With $WARMSHELL_SCREENSHOT_DIR set it saves the
// guide's pictures there (guide-*.png), with the window at $WARMSHELL_SCREENSHOT_SIZE
// ("1366x768" by default): `./dev screenshots` runs it at 1366 × 768 and 1600 × 1000.
#include "catalog.h"
#include "document/document.h"
#include "export/exportdialog.h"
#include "floorplan/floorplanview.h"
#include "help/firstlaunchhint.h"
#include "mainwindow.h"
#include "panels/coolingpanel.h"
#include "panels/powerchainpanel.h"
#include "panels/propertyeditor.h"
#include "results/resultsdock.h"
#include "solve/solvecontroller.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace warmshell;
using namespace warmshell::ui;
using warmshell::uitest::saveShot;
using warmshell::uitest::screenshotSize;

namespace {

constexpr int kSolveTimeoutMs = 60000;
constexpr double kPixelsPerMetre = 20; // scene units per metre

} // namespace

class TestUserGuide : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void buildAHallFromNothing();

private:
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    void clickToolBar(const char *actionName);
    void clickMenuItem(const QString &menuTitle, const char *actionName);
    void dragRow(const QPointF &fromMetres, const QPointF &toMetres);
    void typeInto(const QString &key, const QString &text);
    bool waitForSolve();
    void shot(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
};

void TestUserGuide::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_settingsDir = uitest::useFreshSettings();
    QVERIFY(m_settingsDir->isValid());
}

void TestUserGuide::cleanupTestCase()
{
    if (m_window)
        m_window->document()->undoStack()->setClean();
    m_window.reset();
}

void TestUserGuide::clickToolBar(const char *actionName)
{
    auto *bar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QWidget *button = bar->widgetForAction(action(actionName));
    QVERIFY2(button && button->isVisible(), actionName);
    QTest::mouseClick(button, Qt::LeftButton);
}

// Opens the menu bar's menu `menuTitle` with a click and clicks its item `actionName`.
void TestUserGuide::clickMenuItem(const QString &menuTitle, const char *actionName)
{
    QMenuBar *bar = m_window->menuBar();
    QMenu *menu = nullptr;
    for (QAction *top : bar->actions())
        if (top->text().remove(QLatin1Char('&')) == menuTitle)
            menu = top->menu();
    QVERIFY2(menu, qPrintable(menuTitle));
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
    QTRY_VERIFY(menu->isVisible());
    QAction *item = action(actionName);
    QVERIFY2(menu->actions().contains(item), actionName);
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(item).center());
    QTRY_VERIFY(!menu->isVisible());
}

// Drags on the floor plan with the Add Row tool from one point of the hall to another
// (metres from the site's origin, where the first hall starts).
void TestUserGuide::dragRow(const QPointF &fromMetres, const QPointF &toMetres)
{
    FloorPlanView *view = m_window->floorPlanView();
    const QPoint from = view->mapFromScene(fromMetres * kPixelsPerMetre);
    const QPoint to = view->mapFromScene(toMetres * kPixelsPerMetre);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view->viewport(), (from + to) / 2);
    QTest::mouseMove(view->viewport(), to);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
}

// Types `text` into the property editor's field `key` and presses Return.
void TestUserGuide::typeInto(const QString &key, const QString &text)
{
    QVERIFY2(uitest::typeIntoProperty(m_window->propertyEditor(), key, text), qPrintable(key));
}

bool TestUserGuide::waitForSolve()
{
    SolveController *solve = m_window->solveController();
    return QTest::qWaitFor([solve] { return !solve->isBusy() && solve->plan() && !solve->isStale(); }, kSolveTimeoutMs);
}

// Saves a picture once the solve an edit started has finished, so it shows its outcome.
void TestUserGuide::shot(QWidget *widget, const QString &name)
{
    SolveController *solve = m_window->solveController();
    QVERIFY(QTest::qWaitFor([solve] { return !solve->isBusy(); }, kSolveTimeoutMs));
    QTest::qWait(50);
    saveShot(widget, name);
}

void TestUserGuide::buildAHallFromNothing()
{
    // First launch: the campus example and the hint over it.
    m_window = std::make_unique<MainWindow>();
    m_window->solveController()->setDebounceMs(0);
    QVERIFY(m_window->openFile(MainWindow::campusExample()).isEmpty());
    m_window->resize(screenshotSize());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(waitForSolve());
    QVERIFY(m_window->firstLaunchHint()->isVisible()); // the guide shows mainwindow-campus.png

    // File → New: an empty site, and the hint goes with the example.
    clickMenuItem(QStringLiteral("File"), "newAction");
    const Document *doc = m_window->document();
    QVERIFY(doc->project().site.halls.empty());
    QVERIFY(doc->project().site.racks.empty());
    QVERIFY(!m_window->firstLaunchHint()->isVisible());

    // A hall (20 m × 12 m at the origin), then two rows dragged across it with Add Row.
    clickToolBar("addHallAction");
    QCOMPARE(doc->project().site.halls.size(), size_t(1));
    m_window->floorPlanView()->fitAll();
    QApplication::processEvents();
    clickToolBar("addRowToolAction");
    dragRow(QPointF(2, 3), QPointF(17, 3));
    clickToolBar("addRowToolAction");
    dragRow(QPointF(2, 7), QPointF(17, 7));
    const size_t racks = doc->project().site.racks.size();
    QCOMPARE(doc->project().site.rows.size(), size_t(2));
    QVERIFY2(racks >= 40, qPrintable(QString::number(racks)));
    for (const Rack &rack : doc->project().site.racks) {
        QCOMPARE(rack.powerLimit.value(), 40.0); // the default for a rack modelled on none
        QVERIFY(rack.feedA.isNull());
    }
    shot(m_window.get(), QStringLiteral("guide-hall-rows.png"));

    // The power chain: a 10 MW utility feed, then, with it selected, a PDU under it, whose
    // rating the user sets to 1,000 kW.
    clickToolBar("addPowerNodeAction");
    clickToolBar("addPowerNodeAction");
    QCOMPARE(doc->project().site.power.nodes().size(), size_t(2));
    const PowerNode pdu = doc->project().site.power.nodes().back();
    QCOMPARE(pdu.kind, PowerNodeKind::Pdu);
    typeInto(QStringLiteral("rating.value"), QStringLiteral("1000"));
    QCOMPARE(doc->project().site.power.node(pdu.id)->rating.nameplateValue(), 1000.0);
    m_window->powerChainPanel()->raise();
    shot(m_window.get(), QStringLiteral("guide-power-chain.png"));

    // Every rack on the PDU: Edit → Select All Racks, then pick the PDU as feed A in the
    // properties (typing its first letter into the box).
    clickMenuItem(QStringLiteral("Edit"), "selectAllAction");
    QCOMPARE(m_window->propertyEditor()->subject(), PropertyEditor::Subject::Rack);
    auto *feedA = qobject_cast<QComboBox *>(m_window->propertyEditor()->editor(QStringLiteral("feedA")));
    QVERIFY(feedA);
    feedA->setFocus();
    QTest::keyClicks(feedA, QStringLiteral("P"));
    for (const Rack &rack : doc->project().site.racks)
        QCOMPARE(rack.feedA, pdu.id);
    shot(m_window.get(), QStringLiteral("guide-feeds.png"));

    // Cooling: with the racks still selected, a CRAH serving them, set to 1,500 kW.
    clickToolBar("addCoolingUnitAction");
    QCOMPARE(doc->project().site.coolingUnits.size(), size_t(1));
    QCOMPARE(doc->project().site.coolingUnits.front().serves.size(), racks);
    typeInto(QStringLiteral("capacityKw"), QStringLiteral("1500"));
    QCOMPARE(doc->project().site.coolingUnits.front().capacity.value(), 1500.0);
    m_window->coolingPanel()->raise();
    shot(m_window.get(), QStringLiteral("guide-cooling.png"));

    // The fleet: Site → Add Lot (the catalog's first model, the DGX A100), 200 systems.
    clickMenuItem(QStringLiteral("Site"), "addLotAction");
    QCOMPARE(doc->project().fleet.size(), size_t(1));
    QCOMPARE(doc->project().fleet.front().model.toString(), QStringLiteral("dgx-a100"));
    typeInto(QStringLiteral("count"), QStringLiteral("200"));
    QCOMPARE(doc->project().fleet.front().count, 200);
    shot(m_window.get(), QStringLiteral("guide-fleet.png"));

    // Plan → Solve Now and read the results. By hand: the PDU carries 1,000 kW × 0.8 (derating) =
    // 800 kW; a DGX A100 draws 6.5 kW, so floor(800 / 6.5) = 123 systems run, 984 GPUs, and
    // 77 systems (616 GPUs) stay idle. The racks would take 6 each (6 × 6.5 = 39 kW ≤ 40 kW),
    // at least 240 in all, and the CRAH 1,500 kW: neither binds.
    clickMenuItem(QStringLiteral("Plan"), "solveAction");
    QVERIFY(waitForSolve());
    const CapacityPlan &plan = *m_window->solveController()->plan();
    QCOMPARE(plan.generations.size(), size_t(1));
    QCOMPARE(plan.generations.front().energizedGpus, 984);
    QCOMPARE(plan.generations.front().idleGpus, 616);
    QVERIFY(m_window->planHeadline().contains(QStringLiteral("984")));
    QVERIFY(std::any_of(plan.binding.begin(), plan.binding.end(), [&](const BindingConstraint &b) {
        return b.kind == QStringLiteral("power") && b.object == pdu.id.toString();
    }));
    m_window->resultsDock()->raise();
    QApplication::processEvents();
    shot(m_window.get(), QStringLiteral("guide-solved.png"));

    // File → Export…: the floor plan as PNG, through the dialog.
    QTemporaryDir out;
    const QString png = out.filePath(QStringLiteral("my-hall.png"));
    clickMenuItem(QStringLiteral("File"), "exportAction");
    ExportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ExportDialog *>()) && dialog->isVisible());
    dialog->setKind(ExportKind::FloorPlanPng);
    auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("exportPath"));
    path->selectAll();
    QTest::keyClicks(path, png);
    shot(dialog, QStringLiteral("guide-export-dialog.png"));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(QFileInfo::exists(png));
    const QImage exported(png);
    QVERIFY(!exported.isNull());
    const QString dir = qEnvironmentVariable("WARMSHELL_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(exported.save(dir + QStringLiteral("/guide-export.png")));

    // The guide's last hint: with the PDU at 2,000 kW (1,600 kW usable, room for 246 systems)
    // all 200 run: 1,600 GPUs. Racks (312 places) and cooling (1,300 kW of 1,500) still fit.
    m_window->powerChainPanel()->raise();
    QApplication::processEvents();
    QTreeView *tree = m_window->powerChainPanel()->view();
    // The PDU is still the tree's current row (from step 4), and a click on the current row
    // does not show it again: click the utility feed first, then the PDU.
    for (const QString &name : { doc->project().site.power.nodes().front().name, pdu.name }) {
        const QModelIndexList hits = tree->model()->match(
            tree->model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(hits.size(), 1);
        tree->scrollTo(hits.first());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(hits.first()).center());
    }
    QCOMPARE(m_window->propertyEditor()->subject(), PropertyEditor::Subject::PowerNode);
    typeInto(QStringLiteral("rating.value"), QStringLiteral("2000"));
    QVERIFY(waitForSolve());
    QCOMPARE(m_window->solveController()->plan()->generations.front().energizedGpus, 1600);
    QCOMPARE(m_window->solveController()->plan()->generations.front().idleGpus, 0);
}

QTEST_MAIN(TestUserGuide)
#include "tst_userguide.moc"
