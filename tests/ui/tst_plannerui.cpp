// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, items 1, 3, 4, 5, 12 and 14, driven through the real widgets of the main window
// (offscreen) on the lab example, with fresh settings in a temporary folder:
//  1. a validation problem keeps the last plan in the headline, marked not current with the
//     reason, and a drop on the rack elevation over a rack limit is refused at the drop;
//  3. a lot's new model brings its catalog price and name unless the user set them;
//  4. the property editor edits every selected rack at once, as one undo entry;
//  5. a refused value leaves its field when focus does;
// 12. the add tools go back to Select after one use (Shift keeps them) and never put a rack
//     on another;
// 14. the window fits a 1366 × 768 screen with its status bar.
// Screenshots of the window at 1366 × 768 and 1600 × 1000 go to $WARMSHELL_SCREENSHOT_DIR
// when it is set.

#include "catalog.h"
#include "document/document.h"
#include "elevation/rackelevation.h"
#include "elevation/rackelevationdock.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "mainwindow.h"
#include "panels/problemspanel.h"
#include "panels/propertyeditor.h"
#include "results/resultsdock.h"
#include "results/resultssummary.h"
#include "solve/solvecontroller.h"
#include "uitestsupport.h"
#include "validation.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace warmshell;
using namespace warmshell::ui;
using warmshell::uitest::dropSystemModel;
using warmshell::uitest::saveShot;

namespace {

constexpr int kSolveTimeoutMs = 60000;
constexpr double kPixelsPerMetre = 20; // scene units per metre

const RackId kRackA02(QStringLiteral("rack-A-02")); // lab: (3.6, 3.0) m, 40 kW, feed pdu-A
const RackId kRackB01(QStringLiteral("rack-B-01")); // lab: 30 kW, 4 × DGX A100 pinned

const FleetLot *lotOf(const Project &project, const QString &id)
{
    for (const FleetLot &lot : project.fleet)
        if (lot.id.toString() == id)
            return &lot;
    return nullptr;
}

} // namespace

class TestPlannerUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void unfedRackKeepsLastPlanWithReason();
    void invalidProjectHasNoZeroHeadline();
    void messagesNameRacksByName();
    void dropOverPowerLimitIsRefused();
    void lotModelBringsPriceAndName();
    void propertyEditorEditsEverySelectedRack();
    void refusedValueLeavesWithFocus();
    void addToolsReturnToSelect();
    void newRackNeverOverlaps();
    void windowFitsSmallScreen();
    void defaultDocksUsable_data();
    void defaultDocksUsable();
    void newProjectDropsTheOldPlan();
    void screenshots();

private:
    // A fresh window (settings from an empty folder) on the lab example, solved.
    void openLab();
    bool waitForSolve(); // until the solve in flight (or due) has finished
    QPoint pixelOf(const QPointF &hallMetres) const; // lab hall origin is (0, 0)
    void clickRack(const RackId &rack, Qt::KeyboardModifiers modifiers = {});

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
};

void TestPlannerUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPlannerUi::init()
{
    // Fresh settings for every test: nothing of an earlier window's size or layout.
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_settingsDir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir->path());
}

void TestPlannerUi::cleanup()
{
    if (m_window)
        m_window->document()->undoStack()->setClean(); // no "save changes?" on close
    m_window.reset();
}

void TestPlannerUi::openLab()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->solveController()->setDebounceMs(0);
    QVERIFY(m_window->openFile(MainWindow::labExample()).isEmpty());
    m_window->floorPlanView()->fitAll();
    QVERIFY(waitForSolve());
    QVERIFY(m_window->solveController()->plan());
}

bool TestPlannerUi::waitForSolve()
{
    SolveController *solve = m_window->solveController();
    // A refused project leaves the plan stale and says why in the headline.
    return QTest::qWaitFor(
        [this, solve] {
            return !solve->isBusy()
                && (!solve->isStale() || m_window->planHeadline().contains(QStringLiteral(" problem")));
        },
        kSolveTimeoutMs);
}

QPoint TestPlannerUi::pixelOf(const QPointF &hallMetres) const
{
    return m_window->floorPlanView()->mapFromScene(hallMetres * kPixelsPerMetre);
}

void TestPlannerUi::clickRack(const RackId &rack, Qt::KeyboardModifiers modifiers)
{
    const Rack *r = m_window->document()->project().site.rack(rack);
    QVERIFY(r);
    const QPoint at = pixelOf(QPointF(r->position.x.value(), r->position.y.value()));
    QTest::mouseClick(m_window->floorPlanView()->viewport(), Qt::LeftButton, modifiers, at);
}

// Item 1: rack A-02 loses its feed through the property editor (a key press in its Feed A
// box). The solver refuses the project; the headline keeps the last plan's figures, says
// first that it is not current and why, and names no zero; the results dock says the same.
// Undo brings a current plan back.
void TestPlannerUi::unfedRackKeepsLastPlanWithReason()
{
    openLab();
    SolveController *solve = m_window->solveController();
    const int energized = solve->plan()->energizedGpus();
    QVERIFY(energized > 0);
    const QString before = m_window->planHeadline();
    QVERIFY2(
        before.startsWith(QStringLiteral("%1 GPUs energized").arg(QLocale().toString(energized))), qPrintable(before));

    clickRack(kRackA02);
    auto *feedA = qobject_cast<QComboBox *>(m_window->propertyEditor()->editor(QStringLiteral("feedA")));
    QVERIFY(feedA);
    QTest::keyClick(feedA, Qt::Key_Home); // "(not connected)", the first choice
    QVERIFY(m_window->document()->project().site.rack(kRackA02)->feedA.isNull());
    QVERIFY(waitForSolve());

    const QString headline = m_window->planHeadline();
    QVERIFY2(headline.startsWith(
                 QStringLiteral("1 problem: Rack A-02 has no power feed — plan shown is from before this edit · ")),
        qPrintable(headline));
    QVERIFY2(headline.contains(QStringLiteral(" · %1 GPUs energized").arg(QLocale().toString(energized))),
        qPrintable(headline));
    QVERIFY2(!headline.contains(QStringLiteral(" 0 GPUs")) && !headline.startsWith(QStringLiteral("0 GPUs")),
        qPrintable(headline));
    QCOMPARE(solve->plan()->energizedGpus(), energized);
    QCOMPARE(m_window->resultsDock()->shownEnergizedGpus(), energized);
    QVERIFY2(m_window->resultsDock()->headline()->text().startsWith(
                 QStringLiteral("<span style=\"color:#b02020\"><b>Not current</b>")),
        qPrintable(m_window->resultsDock()->headline()->text()));
    // The reason is on screen, not cut to its first letters by the project figures, nor
    // drawn over them.
    QApplication::processEvents();
    auto *reason = m_window->findChild<QLabel *>(QStringLiteral("planStaleLabel"));
    QVERIFY(reason && reason->isVisible());
    QVERIFY2(
        reason->width() >= std::min(reason->sizeHint().width(), 400), qPrintable(QString::number(reason->width())));
    for (QLabel *other : m_window->statusBar()->findChildren<QLabel *>())
        QVERIFY(other == reason || !other->isVisible() || !other->geometry().intersects(reason->geometry()));
    QVERIFY2(
        m_window->minimumSizeHint().width() <= 1280, qPrintable(QString::number(m_window->minimumSizeHint().width())));
    saveShot(m_window.get(), QStringLiteral("window-plan-not-current.png"));

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier); // Edit → Undo
    QCOMPARE(m_window->document()->project().site.rack(kRackA02)->feedA, PowerNodeId(QStringLiteral("pdu-A")));
    QVERIFY(waitForSolve());
    QCOMPARE(m_window->planHeadline(), before);
}

// Item 1: a project that fails validation from the start has no plan to keep: the headline
// says so and why, with no figures at all.
void TestPlannerUi::invalidProjectHasNoZeroHeadline()
{
    openLab();
    QTemporaryDir dir;
    QFile lab(MainWindow::labExample());
    QVERIFY(lab.open(QIODevice::ReadOnly));
    QByteArray json = lab.readAll();
    // rack-B-02's feed removed: the file loads, and validation finds exactly that.
    const QByteArray feed = "\"id\": \"rack-B-02\"";
    QVERIFY(json.contains(feed));
    const qsizetype at = json.indexOf(feed);
    const qsizetype feedAt = json.indexOf("\"feedA\": \"pdu-B\"", at);
    QVERIFY(feedAt > at);
    json.replace(feedAt, qsizetype(strlen("\"feedA\": \"pdu-B\"")), "\"feedA\": null");
    const QString file = dir.filePath(QStringLiteral("unfed.warmshell.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(json);
    out.close();

    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->solveController()->setDebounceMs(0);
    const QStringList problems = m_window->openFile(file);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(waitForSolve());
    QVERIFY(!m_window->solveController()->plan());
    QCOMPARE(
        m_window->planHeadline(), QStringLiteral("1 problem: Rack B-02 has no power feed — no plan yet · No plan"));
}

// Issue 16 item 16: rack A-02, renamed 1A-10 in the property editor, loses its feed. Every
// message names it "Rack 1A-10" — the problems panel, the status bar, the results summary
// — and none shows its id or a JSON path, except the panel's detail line, which keeps the
// path for whoever looks for it in the file.
void TestPlannerUi::messagesNameRacksByName()
{
    openLab();
    clickRack(kRackA02);
    PropertyEditor *editor = m_window->propertyEditor();
    auto *name = qobject_cast<QLineEdit *>(editor->editor(QStringLiteral("name")));
    QVERIFY(name);
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("1A-10"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_window->document()->project().site.rack(kRackA02)->name, QStringLiteral("1A-10"));
    auto *feedA = qobject_cast<QComboBox *>(editor->editor(QStringLiteral("feedA")));
    QVERIFY(feedA);
    QTest::keyClick(feedA, Qt::Key_Home); // "(not connected)"
    QVERIFY(waitForSolve());

    const auto &racks = m_window->document()->project().site.racks;
    const auto at = std::find_if(racks.begin(), racks.end(), [](const Rack &r) { return r.id == kRackA02; });
    const QString path = QStringLiteral("$.site.racks[%1].feedA").arg(at - racks.begin());
    const QString message = QStringLiteral("Rack 1A-10 has no power feed");

    QListWidget *problems = m_window->problemsPanel()->view();
    QCOMPARE(problems->count(), 1);
    QCOMPARE(problems->item(0)->text(), message + QStringLiteral("\nat ") + path);
    QCOMPARE(problems->item(0)->data(ProblemsPanel::PathRole).toString(), path);

    const QString headline = m_window->planHeadline();
    QVERIFY2(headline.startsWith(QStringLiteral("1 problem: ") + message), qPrintable(headline));
    const QString summary = m_window->resultsDock()->summary()->text();
    QVERIFY2(summary.startsWith(QStringLiteral("Not current: 1 problem: ") + message), qPrintable(summary));
    for (const QString &text : { headline, summary }) {
        QVERIFY2(!text.contains(kRackA02.toString()) && !text.contains(QStringLiteral("$.")), qPrintable(text));
    }
    m_window->problemsPanel()->raise();
    QApplication::processEvents();
    saveShot(m_window.get(), QStringLiteral("window-problem-names-rack.png"));
}

// Item 1: rack B-01 (30 kW) holds 4 DGX A100 (6.5 kW each, 26 kW): a fifth (32.5 kW) fits its
// 42 U but not its power limit, and is refused at the drop with the figures; a DGX A100 on
// the 40 kW rack A-02 goes in.
void TestPlannerUi::dropOverPowerLimitIsRefused()
{
    openLab();
    Document *document = m_window->document();
    RackElevationDock *dock = m_window->rackElevationDock();
    const SystemModelId a100(QStringLiteral("dgx-a100"));
    const Project before = document->project();
    const int stack = document->undoStack()->count();

    clickRack(kRackB01);
    dropSystemModel(dock->elevation(), a100);
    QCOMPARE(document->project(), before);
    QCOMPARE(document->undoStack()->count(), stack);
    QVERIFY(!dock->messageLabel()->isHidden());
    QCOMPARE(dock->messageLabel()->text(),
        QStringLiteral("Cannot pin NVIDIA DGX A100 in Rack B-01: pinned systems draw 32.5 kW but Rack B-01 is limited "
                       "to 30 kW."));

    clickRack(kRackA02);
    dropSystemModel(dock->elevation(), a100);
    QCOMPARE(document->undoStack()->count(), stack + 1);
    QCOMPARE(document->project().site.rack(kRackA02)->pinned, (std::vector<PinnedSystems>{ { a100, 1 } }));
}

// Item 3: the lab's H100 lot was bought at the catalog price (270,000) under a name of the
// user's: a new model brings the new price and keeps the name. A lot added by Site → Add Lot
// (named after its model, at its price) follows the model in both. A cost the user set stays.
// Each change is one undo entry that undo reverses whole.
void TestPlannerUi::lotModelBringsPriceAndName()
{
    openLab();
    Document *document = m_window->document();
    PropertyEditor *editor = m_window->propertyEditor();
    const Catalog &catalog = Catalog::builtIn();
    const auto price = [&](const char *model) { return catalog.find(SystemModelId(QLatin1String(model)))->price; };
    const auto chooseNextModel = [&] {
        auto *model = qobject_cast<QComboBox *>(editor->editor(QStringLiteral("model")));
        QVERIFY(model);
        QTest::keyClick(model, Qt::Key_Down);
    };

    editor->showLot(LotId(QStringLiteral("lot-h100-2024")));
    QCOMPARE(lotOf(document->project(), QStringLiteral("lot-h100-2024"))->unitCost, price("dgx-h100"));
    chooseNextModel(); // dgx-h100 → hgx-h200, next in the catalog
    const FleetLot *h200 = lotOf(document->project(), QStringLiteral("lot-h100-2024"));
    QCOMPARE(h200->model, SystemModelId(QStringLiteral("hgx-h200")));
    QCOMPARE(h200->unitCost, Money(300000));
    QCOMPARE(h200->name, QStringLiteral("DGX H100 (2024)"));
    QCOMPARE(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    QCOMPARE(lotOf(document->project(), QStringLiteral("lot-h100-2024"))->unitCost, Money(270000));
    QCOMPARE(
        lotOf(document->project(), QStringLiteral("lot-h100-2024"))->model, SystemModelId(QStringLiteral("dgx-h100")));

    // A new lot: the catalog's first model (DGX A100) at its price, named after it.
    m_window->findChild<QAction *>(QStringLiteral("addLotAction"))->trigger();
    const FleetLot added = document->project().fleet.back();
    QCOMPARE(added.name, QStringLiteral("NVIDIA DGX A100 lot"));
    editor->showLot(added.id);
    chooseNextModel(); // → DGX H100
    const FleetLot *changed = lotOf(document->project(), added.id.toString());
    QCOMPARE(changed->name, QStringLiteral("NVIDIA DGX H100 lot"));
    QCOMPARE(changed->unitCost, Money(270000));
    const int entries = document->undoStack()->count();
    document->undoStack()->undo();
    QCOMPARE(*lotOf(document->project(), added.id.toString()), added);
    document->undoStack()->redo();

    // A cost the user typed stays through a change of model.
    auto *cost = qobject_cast<QLineEdit *>(editor->editor(QStringLiteral("unitCost")));
    cost->setFocus();
    cost->selectAll();
    QTest::keyClicks(cost, QStringLiteral("250000"));
    QTest::keyClick(cost, Qt::Key_Return);
    QCOMPARE(document->undoStack()->count(), entries + 1);
    chooseNextModel(); // → HGX H200
    changed = lotOf(document->project(), added.id.toString());
    QCOMPARE(changed->model, SystemModelId(QStringLiteral("hgx-h200")));
    QCOMPARE(changed->unitCost, Money(250000));
    QCOMPARE(changed->name, QStringLiteral("NVIDIA HGX H200 8-GPU system (DGX H200 class) lot"));
}

// Item 4: Ctrl+clicks select racks A-01…A-05 and B-09; the header counts them, the power
// limit reads "(mixed)" (40 and 25 kW), and 80 kW typed once sets all six as one undo entry,
// leaving every other rack alone; undo restores each rack's own limit.
void TestPlannerUi::propertyEditorEditsEverySelectedRack()
{
    openLab();
    Document *document = m_window->document();
    PropertyEditor *editor = m_window->propertyEditor();
    const Project before = document->project();
    QList<RackId> chosen;
    for (const char *id : { "rack-A-01", "rack-A-02", "rack-A-03", "rack-A-04", "rack-A-05", "rack-B-09" })
        chosen << RackId(QLatin1String(id));
    clickRack(chosen.front());
    for (qsizetype i = 1; i < chosen.size(); ++i)
        clickRack(chosen[i], Qt::ControlModifier);
    auto *limit = qobject_cast<QLineEdit *>(editor->editor(QStringLiteral("powerLimitKw")));
    QVERIFY(limit);
    QCOMPARE(limit->text(), QString());
    QCOMPARE(limit->placeholderText(), QStringLiteral("(mixed)"));
    QCOMPARE(qobject_cast<QLineEdit *>(editor->editor(QStringLiteral("heightU")))->text(), QStringLiteral("42"));

    limit->setFocus();
    QTest::keyClicks(limit, QStringLiteral("80"));
    QTest::keyClick(limit, Qt::Key_Return);
    QCOMPARE(document->undoStack()->count(), 1);
    for (const Rack &rack : document->project().site.racks) {
        const Kilowatts expected = chosen.contains(rack.id) ? Kilowatts(80) : before.site.rack(rack.id)->powerLimit;
        QCOMPARE(rack.powerLimit, expected);
    }
    QCOMPARE(limit->text(), QStringLiteral("80"));
    QVERIFY(document->undoStack()->undoText().contains(QStringLiteral("6 racks")));
    QCOMPARE(editor->subjectIds().size(), chosen.size());
    QCOMPARE(editor->title(), QStringLiteral("6 racks"));
    document->undoStack()->undo();
    QCOMPARE(document->project(), before);
}

// Item 5: "abc" in a rack's power limit is refused; while the field has focus the text stays
// for correction, and when focus leaves (Tab) the field shows the model's 40 kW again, with
// the refusal still under it.
void TestPlannerUi::refusedValueLeavesWithFocus()
{
    openLab();
    PropertyEditor *editor = m_window->propertyEditor();
    clickRack(kRackA02);
    auto *limit = qobject_cast<QLineEdit *>(editor->editor(QStringLiteral("powerLimitKw")));
    QVERIFY(limit);
    QCOMPARE(limit->text(), QStringLiteral("40"));
    limit->setFocus();
    QVERIFY(limit->hasFocus());
    limit->selectAll();
    QTest::keyClicks(limit, QStringLiteral("abc"));
    QTest::keyClick(limit, Qt::Key_Return);
    QCOMPARE(limit->text(), QStringLiteral("abc"));
    QVERIFY(editor->message(QStringLiteral("powerLimitKw")).contains(QStringLiteral("“abc” is not a number")));

    QTest::keyClick(limit, Qt::Key_Tab);
    QVERIFY(!limit->hasFocus());
    QTRY_COMPARE(limit->text(), QStringLiteral("40"));
    QVERIFY(editor->message(QStringLiteral("powerLimitKw")).contains(QStringLiteral("nothing was changed")));
    QCOMPARE(m_window->document()->undoStack()->count(), 0);

    // Typed and left at once: the same.
    limit->setFocus();
    limit->selectAll();
    QTest::keyClicks(limit, QStringLiteral("-5"));
    QTest::keyClick(limit, Qt::Key_Tab);
    QTRY_COMPARE(limit->text(), QStringLiteral("40"));
    QVERIFY(editor->message(QStringLiteral("powerLimitKw")).contains(QStringLiteral("got -5")));
}

// Item 12: one click of the add-rack tool adds one rack and returns to Select (the tool bar
// follows); Shift keeps the tool for the next click; the add-row tool returns after its drag.
void TestPlannerUi::addToolsReturnToSelect()
{
    openLab();
    FloorPlanView *view = m_window->floorPlanView();
    Document *document = m_window->document();
    QAction *addRack = m_window->findChild<QAction *>(QStringLiteral("addRackToolAction"));
    QAction *select = m_window->findChild<QAction *>(QStringLiteral("selectToolAction"));
    const size_t racks = document->project().site.racks.size();

    addRack->trigger();
    QCOMPARE(view->tool(), FloorPlanView::Tool::AddRack);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, pixelOf(QPointF(10.2, 9.0)));
    QCOMPARE(document->project().site.racks.size(), racks + 1);
    QCOMPARE(view->tool(), FloorPlanView::Tool::AddRack);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pixelOf(QPointF(10.8, 9.0)));
    QCOMPARE(document->project().site.racks.size(), racks + 2);
    QCOMPARE(view->tool(), FloorPlanView::Tool::Select);
    QVERIFY(select->isChecked());
    QVERIFY(!addRack->isChecked());
    // A third click selects; it adds nothing.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pixelOf(QPointF(12.0, 9.0)));
    QCOMPARE(document->project().site.racks.size(), racks + 2);

    m_window->findChild<QAction *>(QStringLiteral("addRowToolAction"))->trigger();
    QCOMPARE(view->tool(), FloorPlanView::Tool::AddRow);
    const QPoint from = pixelOf(QPointF(2.4, 9.0)), to = pixelOf(QPointF(4.2, 9.0));
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view->viewport(), to);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    QVERIFY(document->project().site.racks.size() > racks + 2);
    QCOMPARE(view->tool(), FloorPlanView::Tool::Select);
}

// Item 12: the add-rack tool on rack A-02, or 0.3 m beside it, adds nothing and says which
// rack stands there; a row dragged across row A keeps only the free places; a rack moved onto
// another is flagged by validation (the problems panel's source).
void TestPlannerUi::newRackNeverOverlaps()
{
    openLab();
    FloorPlanView *view = m_window->floorPlanView();
    Document *document = m_window->document();
    const Project before = document->project();
    QAction *addRack = m_window->findChild<QAction *>(QStringLiteral("addRackToolAction"));

    for (const QPointF &at : { QPointF(3.6, 3.0), QPointF(3.9, 3.3) }) {
        addRack->trigger();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pixelOf(at));
        QCOMPARE(document->project(), before);
        QCOMPARE(m_window->statusBar()->currentMessage(),
            QStringLiteral("Rack A-02 already stands there; a rack takes 0.6 × 1.2 m"));
    }

    // Row A stands at y 3.0 from x 3.0 to 8.4; a row from x 7.2 to 10.2 at y 3.0 overlaps
    // A-08…A-10 (7.2, 7.8, 8.4) and keeps 9.0, 9.6, 10.2.
    m_window->findChild<QAction *>(QStringLiteral("addRowToolAction"))->trigger();
    const QPoint from = pixelOf(QPointF(7.2, 3.0)), to = pixelOf(QPointF(10.2, 3.0));
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view->viewport(), to);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    const auto &racks = document->project().site.racks;
    QCOMPARE(racks.size(), before.site.racks.size() + 3);
    for (size_t i = 0; i < 3; ++i)
        QCOMPARE(racks[before.site.racks.size() + i].position.x.value(), 9.0 + 0.6 * double(i));
    const std::vector<Problem> problems = validateProject(document->project(), Catalog::builtIn());
    for (const Problem &problem : problems)
        QVERIFY2(!problem.message.contains(QStringLiteral("overlaps")), qPrintable(problem.toString()));

    // A rack dragged onto its neighbour is moved (the planner may be tidying up) but flagged in
    // the problems panel: A-02 dragged from 3.6 to 3.9 m stands 0.3 m from A-03 (4.2 m), less
    // than a rack's 0.6 m width. A-03, the later of the two in the file, names A-02.
    QListWidget *panel = m_window->problemsPanel()->view();
    const auto overlapsShown = [panel] {
        QStringList shown;
        for (int i = 0; i < panel->count(); ++i)
            if (panel->item(i)->text().contains(QStringLiteral("overlaps")))
                shown << panel->item(i)->text();
        return shown;
    };
    QCOMPARE(overlapsShown(), QStringList());
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, pixelOf(QPointF(3.6, 3.0)));
    QTest::mouseMove(view->viewport(), pixelOf(QPointF(3.75, 3.0)));
    QTest::mouseMove(view->viewport(), pixelOf(QPointF(3.9, 3.0)));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, pixelOf(QPointF(3.9, 3.0)));
    QCOMPARE(document->project().site.rack(kRackA02)->position.x.value(), 3.9);
    QCOMPARE(overlapsShown(),
        QStringList(
            QStringLiteral("Rack A-03 at (4.2, 3) m overlaps Rack A-02 at (3.9, 3) m; a rack takes 0.6 × 1.2 m\n"
                           "at $.site.racks[2].position")));
}

// Item 14: with fresh settings the window opens within a 1366 × 768 screen, its minimum size
// is at most 1280 × 720, and at 1366 × 768 it keeps that size with the status bar (and the
// plan headline in it) inside the window.
void TestPlannerUi::windowFitsSmallScreen()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openFile(MainWindow::campusExample()).isEmpty());
    QApplication::processEvents();
    const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
    QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 720,
        qPrintable(QStringLiteral("minimum %1 × %2").arg(minimum.width()).arg(minimum.height())));
    QVERIFY2(m_window->width() <= 1366 && m_window->height() <= 768,
        qPrintable(QStringLiteral("opened at %1 × %2").arg(m_window->width()).arg(m_window->height())));

    m_window->resize(1366, 768);
    QApplication::processEvents();
    QCOMPARE(m_window->size(), QSize(1366, 768));
    QStatusBar *bar = m_window->statusBar();
    QVERIFY(bar->isVisible());
    QVERIFY(m_window->rect().contains(bar->geometry()));
    auto *gpus = m_window->findChild<QLabel *>(QStringLiteral("planGpusLabel"));
    QVERIFY(gpus && gpus->isVisible());
    QVERIFY(gpus->width() > 0 && bar->rect().contains(gpus->geometry()));
}

void TestPlannerUi::defaultDocksUsable_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1600x1000") << QSize(1600, 1000);
}

// Item 14: with fresh settings at each screen size, a click on rack A-02 shows every field of
// its properties whole (none cut off by the dock's edge or a scroll area), the rack elevation
// shows the rack at least 200 px tall, the floor plan keeps at least 400 × 250 px, and the
// results summary is whole.
void TestPlannerUi::defaultDocksUsable()
{
    QFETCH(QSize, size);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->solveController()->setDebounceMs(0);
    QVERIFY(m_window->openFile(MainWindow::labExample()).isEmpty());
    QVERIFY(waitForSolve());
    QCOMPARE(m_window->size(), size);
    clickRack(kRackA02);
    PropertyEditor *editor = m_window->propertyEditor();
    QCOMPARE(editor->subjectIds(), QStringList(kRackA02.toString()));
    QApplication::processEvents();
    saveShot(m_window.get(), QStringLiteral("window-rack-%1x%2.png").arg(size.width()).arg(size.height()));
    const auto whole = [](QWidget *widget) {
        return widget && widget->isVisible() && widget->visibleRegion().boundingRect() == widget->rect();
    };
    const QStringList fields = { QStringLiteral("name"), QStringLiteral("heightU"), QStringLiteral("powerLimitKw"),
        QStringLiteral("weightLimitKg"), QStringLiteral("cooling"), QStringLiteral("feedA"), QStringLiteral("feedB"),
        QStringLiteral("airCoolingUnit"), QStringLiteral("liquidCoolingUnit"), QStringLiteral("position") };
    for (const QString &field : fields) {
        QWidget *widget = editor->editor(field);
        QVERIFY2(whole(widget),
            qPrintable(QStringLiteral("%1: %2 of %3 px shown in a %4 px dock")
                           .arg(field)
                           .arg(widget ? widget->visibleRegion().boundingRect().height() : -1)
                           .arg(widget ? widget->height() : -1)
                           .arg(editor->height())));
    }
    RackElevation *elevation = m_window->rackElevationDock()->elevation();
    QVERIFY2(whole(elevation) && elevation->height() >= 200, qPrintable(QString::number(elevation->height())));
    const QSize plan = m_window->floorPlanView()->viewport()->size();
    QVERIFY2(plan.width() >= 400 && plan.height() >= 250,
        qPrintable(QStringLiteral("%1 × %2").arg(plan.width()).arg(plan.height())));
    QVERIFY(whole(m_window->resultsDock()->summary()));
}

// The window with fresh settings on the campus example, solved, at both screen sizes.
void TestPlannerUi::screenshots()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->solveController()->setDebounceMs(0);
    QVERIFY(m_window->openFile(MainWindow::campusExample()).isEmpty());
    QVERIFY(waitForSolve());
    for (const QSize &size : { QSize(1366, 768), QSize(1600, 1000) }) {
        m_window->resize(size);
        QApplication::processEvents();
        QCOMPARE(m_window->size(), size);
        saveShot(m_window.get(), QStringLiteral("window-%1x%2.png").arg(size.width()).arg(size.height()));
    }
}

QTEST_MAIN(TestPlannerUi)
// Item 1 (never a wrong headline): after File → New, nothing computed for the project before
// stays on screen — summary, tables, status bar, export — until the new project's plan.
void TestPlannerUi::newProjectDropsTheOldPlan()
{
    openLab();
    const CapacityPlan *plan = m_window->solveController()->plan();
    const QString oldGpus = QLocale().toString(plan->energizedGpus());
    QVERIFY(plan->energizedGpus() > 0);
    const auto statusText = [this] {
        QStringList texts;
        for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
            if (label->isVisible())
                texts << label->text();
        return texts.join(QLatin1Char(' '));
    };
    ResultsDock *results = m_window->resultsDock();
    QVERIFY2(results->summary()->text().contains(QStringLiteral("energized")), qPrintable(results->summary()->text()));
    QVERIFY(statusText().contains(oldGpus));
    QVERIFY(results->generationTable()->rowCount() > 0);
    QAction *exportAction = m_window->findChild<QAction *>(QStringLiteral("exportAction"));
    QVERIFY(exportAction && exportAction->isEnabled());

    QTest::keySequence(m_window.get(), QKeySequence::New); // File → New; the lab was not edited
    QVERIFY(m_window->document()->project().site.racks.empty());
    // At once, before the new project's solve: no figure of the lab anywhere.
    QVERIFY(!m_window->solveController()->plan());
    QVERIFY2(!results->summary()->text().contains(QStringLiteral("energized")), qPrintable(results->summary()->text()));
    QVERIFY2(!statusText().contains(oldGpus), qPrintable(statusText()));
    QCOMPARE(results->generationTable()->rowCount(), 0);
    QCOMPARE(results->utilisationTable()->rowCount(), 0);
    QVERIFY(!exportAction->isEnabled());
}

#include "tst_plannerui.moc"
