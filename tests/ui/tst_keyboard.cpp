// SPDX-License-Identifier: GPL-3.0-or-later
// Full keyboard operation of the main tasks (issue 21 §3): a planner who uses no mouse opens the
// example and a file, builds a hall from nothing, selects racks and edits them, adds a lot,
// solves, picks the plan date, opens the timeline and comparison, exports and saves. Every step
// here is a key press sent where the keyboard's events go — the open menu, else the widget with
// the focus (keyTarget()) — menus by their access keys (Alt+letter, then letters), the panels by
// F6, the fields by Tab; never a click, a setFocus() or a slot called on the way. Each outcome is
// read back from the document, the files written, or the plan compared with solve() run here.
#include "catalog.h"
#include "document/document.h"
#include "edit/placement.h"
#include "export/exportdialog.h"
#include "export/planexport.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "format.h"
#include "mainwindow.h"
#include "panelfocus.h"
#include "panels/addrowdialog.h"
#include "panels/problemspanel.h"
#include "panels/propertyeditor.h"
#include "panels/racktablepanel.h"
#include "projectfile.h"
#include "rack.h"
#include "results/resultsdock.h"
#include "results/resultssummary.h"
#include "results/timelinedock.h"
#include "solve/solvecontroller.h"
#include "solve/timelinecontroller.h"
#include "solver/solver.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace warmshell;
using namespace warmshell::ui;

namespace {

constexpr int kSolveTimeoutMs = 60000;

// Where a key pressed now goes: the open menu, else the focus widget, else the active window.
QWidget *keyTarget()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup;
    // A desktop's window manager activates the main window again when a dialog or menu over it
    // closes; the offscreen platform does not, and leaves no window active or the closed menu
    // active (keys sent then reach no window shortcut, the menu bar's among them): do what the
    // desktop does.
    QWidget *active = QApplication::activeWindow();
    if (!active || !active->isVisible()) {
        for (QWidget *window : QApplication::topLevelWidgets())
            if (window->isVisible() && qobject_cast<QMainWindow *>(window)) {
                window->activateWindow();
                if (QApplication::activeWindow() != window)
                    QApplication::setActiveWindow(window);
                if (!QTest::qWaitForWindowActive(window))
                    return nullptr;
                break;
            }
        active = QApplication::activeWindow();
    }
    if (QWidget *focus = QApplication::focusWidget())
        return focus;
    return active;
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = keyTarget();
    QVERIFY2(target, "no widget takes the keyboard");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

// Types `text` into the focus widget, as letters typed one by one.
void type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "no widget has the focus");
    QTest::keyClicks(target, text);
}

// Chooses the item `text` of the focused choice box as a person does when the name has spaces
// (a space typed into a closed box opens its list): Alt+Down opens the list, the name is typed
// into it and Return takes it.
void choose(const QString &text)
{
    QWidget *box = QApplication::focusWidget();
    QVERIFY2(qobject_cast<QComboBox *>(box), "no choice box has the focus");
    QTest::keyClick(box, Qt::Key_Down, Qt::AltModifier);
    QTRY_VERIFY(QApplication::activePopupWidget());
    QWidget *list = QApplication::focusWidget();
    QTest::keyClicks(list, text);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!QApplication::activePopupWidget());
    QVERIFY2(qobject_cast<QComboBox *>(box)->currentText().startsWith(text), qPrintable(text));
}

// Replaces the focused field's text with `text`: Ctrl+A, then the letters.
void replaceText(const QString &text)
{
    press(Qt::Key_A, Qt::ControlModifier);
    type(text);
}

// replaceText(), then Return.
void enterText(const QString &text)
{
    replaceText(text);
    press(Qt::Key_Return);
}

// A menu item by its access keys: Alt+first, then the others, each in the menu it opened
// ("fml": File ▸ Open Example ▸ Lab).
void menuKeys(const char *keys)
{
    QVERIFY(keys[0]);
    press(QChar::toUpper(char16_t(keys[0])), Qt::AltModifier);
    for (const char *k = keys + 1; *k; ++k) {
        QTRY_VERIFY2(QApplication::activePopupWidget(), keys);
        QTest::keyClick(QApplication::activePopupWidget(), *k);
    }
    QTRY_VERIFY2(!QApplication::activePopupWidget(), keys); // the item ran and its menus closed
}

// The access key of a menu text ("Open Exa&mple" → 'M'); a null char when it has none.
QChar accessKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toUpper();
    }
    return {};
}

int energizedGpus(const CapacityPlan &plan)
{
    int gpus = 0;
    for (const GenerationResult &g : plan.generations)
        gpus += g.energizedGpus;
    return gpus;
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A closed combo box's keyboard search restarts after this pause between keys; a busy
        // machine (or a sanitizer build) can take longer than the default 400 ms.
        QApplication::setKeyboardInputInterval(10000);
    }
    void init() { m_settingsDir = uitest::useFreshSettings(); }
    void cleanup()
    {
        // A dialog step armed by a test that failed before its dialog opened must not act on a
        // later test's dialog.
        qDeleteAll(findChildren<QTimer *>(Qt::FindDirectChildrenOnly));
        if (m_window)
            m_window->document()->undoStack()->setClean();
        m_window.reset();
    }

    void menusHaveDistinctAccessKeysAndShortcuts();
    void f6VisitsEveryOpenPanelAndBack();
    void addRowDialogKeepsTheRowInsideTheHall();
    void buildAndSolveAHallByKeyboard();
    void editTheExampleByKeyboard();

private:
    bool openWindow();
    // Presses F6 until the focus is in `panel` (a dock or the floor plan); false when it never is.
    bool f6To(QWidget *panel);
    // Presses Tab until `target` has the focus; false when it never does.
    bool tabTo(QWidget *target);
    // In the property editor: F6 to it, Tab to field `key`.
    bool toProperty(const QString &key);
    // Runs `steps` in the event loop of the next modal dialog to open (a file dialog, a question);
    // the dialog is rejected if the steps failed and left it open.
    void whenDialogOpens(std::function<void()> steps);
    bool waitForSolve();
    void waitForFile(const QString &fileName);

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
};

bool TestKeyboard::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->solveController()->setDebounceMs(0);
    m_window->resize(1366, 768);
    m_window->show();
    m_window->activateWindow();
    return QTest::qWaitForWindowActive(m_window.get());
}

bool TestKeyboard::f6To(QWidget *panel)
{
    PanelFocus *panels = m_window->panelFocus();
    for (int i = 0; i <= panels->panels().size(); ++i) {
        if (panels->currentPanel() == panel)
            return true;
        QTest::keyClick(keyTarget(), Qt::Key_F6);
    }
    return panels->currentPanel() == panel;
}

// Tab first, then Shift+Tab, each while the focus stays in the panel it started in (a table
// met on the way round the window would take a Tab per cell).
bool TestKeyboard::tabTo(QWidget *target)
{
    PanelFocus *panels = m_window->panelFocus();
    for (const Qt::KeyboardModifiers direction : { Qt::NoModifier, Qt::ShiftModifier }) {
        for (int i = 0; i < 80 && target; ++i) {
            if (QApplication::focusWidget() == target)
                return true;
            QWidget *panel = panels->currentPanel();
            QTest::keyClick(keyTarget(), Qt::Key_Tab, direction);
            if (panels->currentPanel() != panel) { // back into it, and the other way
                QTest::keyClick(keyTarget(), Qt::Key_Tab, direction ^ Qt::ShiftModifier);
                break;
            }
        }
    }
    return target && QApplication::focusWidget() == target;
}

bool TestKeyboard::toProperty(const QString &key)
{
    PropertyEditor *properties = m_window->propertyEditor();
    return f6To(properties) && tabTo(properties->editor(key));
}

void TestKeyboard::whenDialogOpens(std::function<void()> steps)
{
    auto *timer = new QTimer(this);
    const QPointer<QWidget> before = QApplication::activeModalWidget();
    QElapsedTimer waited;
    waited.start();
    connect(timer, &QTimer::timeout, this, [timer, before, steps, waited] {
        if (waited.hasExpired(30000)) { // the dialog never opened: act on no later one
            timer->stop();
            timer->deleteLater();
            return;
        }
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || dialog == before || !dialog->isVisible() || !dialog->isAncestorOf(QApplication::focusWidget()))
            return;
        timer->stop();
        timer->deleteLater();
        const QPointer<QWidget> open = dialog;
        steps();
        if (QTest::currentTestFailed() && open && open->isVisible())
            QMetaObject::invokeMethod(open, "reject");
    });
    timer->start(10);
}

bool TestKeyboard::waitForSolve()
{
    SolveController *solve = m_window->solveController();
    return QTest::qWaitFor([solve] { return !solve->isBusy() && solve->plan() && !solve->isStale(); }, kSolveTimeoutMs);
}

void TestKeyboard::waitForFile(const QString &fileName)
{
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(fileName).size() > 0, kSolveTimeoutMs);
}

// Each menu's items have different access keys (a repeated one only moves between them, and
// Enter is needed), the menu bar's too, and no two actions share a shortcut (Qt runs neither).
void TestKeyboard::menusHaveDistinctAccessKeysAndShortcuts()
{
    QVERIFY(openWindow());
    QStringList clashes;
    std::function<void(const QString &, const QList<QAction *> &)> check = [&](const QString &where,
                                                                               const QList<QAction *> &actions) {
        QHash<QChar, QString> taken;
        for (QAction *action : actions) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QChar key = accessKey(action->text());
            if (!key.isNull()) {
                if (taken.contains(key))
                    clashes << QStringLiteral("%1: '%2' and '%3' share %4").arg(where, taken[key], action->text(), key);
                taken.insert(key, action->text());
            }
            if (QMenu *sub = action->menu()) {
                emit sub->aboutToShow(); // menus filled when shown (recent files) fill now
                check(where + QStringLiteral(" ▸ ") + action->text(), sub->actions());
            }
        }
    };
    check(QStringLiteral("menu bar"), m_window->menuBar()->actions());
    QHash<QKeySequence, QString> shortcuts;
    int withShortcut = 0;
    for (QAction *action : m_window->findChildren<QAction *>())
        for (const QKeySequence &key : action->shortcuts()) {
            ++withShortcut;
            if (shortcuts.contains(key))
                clashes
                    << QStringLiteral("shortcut %1: '%2' and '%3'").arg(key.toString(), shortcuts[key], action->text());
            shortcuts.insert(key, action->text());
        }
    for (const QString &clash : clashes)
        qWarning("%s", qPrintable(clash));
    QVERIFY(withShortcut > 20);
    QVERIFY2(clashes.isEmpty(), qPrintable(QString::number(clashes.size()) + QStringLiteral(" clashes")));
    // The keys this suite relies on, where the menus show them.
    for (const auto &[name, key] : { std::pair{ "nextPanelAction", QKeySequence(Qt::Key_F6) },
             std::pair{ "previousPanelAction", QKeySequence(Qt::SHIFT | Qt::Key_F6) },
             std::pair{ "addRowAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R) },
             std::pair{ "solveAction", QKeySequence(Qt::Key_F5) } }) {
        auto *action = m_window->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action && action->shortcut() == key, name);
    }
}

// F6 goes from the floor plan through every open dock that has a control, each once, in the
// window's reading order, and back to the floor plan; Shift+F6 the same way backwards. Docks
// behind another's tab are raised on the way.
void TestKeyboard::f6VisitsEveryOpenPanelAndBack()
{
    QVERIFY(openWindow());
    QVERIFY(m_window->openFile(MainWindow::labExample()).isEmpty());
    QVERIFY(waitForSolve());
    PanelFocus *panels = m_window->panelFocus();
    QWidget *centre = m_window->centralWidget();
    QVERIFY(f6To(centre));
    QCOMPARE(QApplication::focusWidget(), m_window->floorPlanView()); // the floor plan, not the hint
    QList<QWidget *> forward{ panels->currentPanel() };
    for (int i = 0; i < 40; ++i) {
        press(Qt::Key_F6);
        QWidget *now = panels->currentPanel();
        QVERIFY2(now, "F6 left the focus outside every panel");
        QVERIFY(now->isAncestorOf(QApplication::focusWidget()) || now == QApplication::focusWidget());
        QVERIFY(QApplication::focusWidget()->isVisible());
        if (now == forward.front())
            break;
        QVERIFY2(!forward.contains(now), qPrintable(now->objectName() + QStringLiteral(" twice")));
        forward << now;
    }
    QCOMPARE(panels->currentPanel(), centre);
    QStringList names;
    for (QWidget *panel : forward)
        names << panel->objectName();
    qInfo("F6 order: %s", qPrintable(names.join(QStringLiteral(", "))));
    // The docks a planner works in are all on the way; the left column comes first.
    for (const char *dock : { "propertiesDock", "rackElevationDock", "powerChainDock", "coolingDock", "resultsDock",
             "problemsDock", "fleetDock", "rackTableDock", "timelineDock", "scenariosDock" })
        QVERIFY2(names.contains(QLatin1String(dock)), dock);
    const QList<QWidget *> order = panels->panels();
    QCOMPARE(order.size(), forward.size());
    QCOMPARE(order.at(0)->objectName(), QStringLiteral("propertiesDock"));
    QCOMPARE(order.at(1)->objectName(), QStringLiteral("rackElevationDock"));
    QCOMPARE(order.at(2), centre);
    // Backwards: the same panels in reverse.
    QList<QWidget *> backward{ panels->currentPanel() };
    for (qsizetype i = 1; i < forward.size(); ++i) {
        press(Qt::Key_F6, Qt::ShiftModifier);
        backward << panels->currentPanel();
    }
    const qsizetype start = forward.indexOf(centre);
    for (qsizetype i = 0; i < forward.size(); ++i)
        QCOMPARE(backward[i], forward[((start - i) % forward.size() + forward.size()) % forward.size()]);
    // A closed dock is left out; the View menu's toggle brings it back on the way.
    m_window->problemsPanel()->toggleViewAction()->trigger(); // not the path under test
    QVERIFY(!panels->panels().contains(m_window->problemsPanel()));
    m_window->problemsPanel()->toggleViewAction()->trigger();
    QVERIFY(panels->panels().contains(m_window->problemsPanel()));
}

// Site ▸ Add Row at a Position… (Ctrl+Shift+R) on the lab: the boxes start below the lowest row
// and keep the row inside the hall; a row on racks already there is refused with the rack's
// name and nothing is added.
void TestKeyboard::addRowDialogKeepsTheRowInsideTheHall()
{
    QVERIFY(openWindow());
    QVERIFY(m_window->openFile(MainWindow::labExample()).isEmpty());
    const Document *doc = m_window->document();
    const Hall hall = doc->project().site.halls.front(); // 12 m × 10 m
    QCOMPARE(hall.size.x.value(), 12.0);
    QCOMPARE(hall.size.y.value(), 10.0);
    const size_t racksBefore = doc->project().site.racks.size();
    QVERIFY(f6To(m_window->centralWidget()));

    // The defaults, by hand: x = 1.2 m (two rack widths); the lowest racks stand at y = 6.6 m, so
    // y = 6.6 + 2 × 1.2 = 9.0 m (≤ 10 − 0.6); from x = 1.2 the centres may reach 12 − 0.3 = 11.7:
    // 1 + ⌊10.5 / 0.6⌋ = 18 racks fit, 17 leave the same 1.2 m at the right wall (last at 10.8).
    whenDialogOpens([&] {
        auto *dialog = qobject_cast<AddRowDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->hall(), hall.id);
        QCOMPARE(dialog->xBox()->value(), 1.2);
        QCOMPARE(dialog->yBox()->value(), 9.0);
        QCOMPARE(dialog->countBox()->maximum(), 18);
        QCOMPARE(dialog->countBox()->value(), 17);
        QCOMPARE(dialog->xBox()->maximum(), 11.7);
        QCOMPARE(dialog->yBox()->maximum(), 9.4);
        uitest::saveShot(dialog, QStringLiteral("add-row-dialog.png"));
        press(Qt::Key_Return);
    });
    press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    const Site &site = doc->project().site;
    QCOMPARE(site.racks.size(), racksBefore + 17);
    QCOMPARE(site.rows.size(), size_t(3));
    for (size_t i = 0; i < 17; ++i) {
        const Rack &rack = site.racks[racksBefore + i];
        QCOMPARE(rack.row, site.rows.back().id);
        QCOMPARE(rack.position.x.value(), 1.2 + 0.6 * double(i));
        QCOMPARE(rack.position.y.value(), 9.0);
    }
    QCOMPARE(site.racks[racksBefore].name, QStringLiteral("Row 3-01"));
    // The new racks are selected, so the dialog now starts in their hall, one row pitch lower:
    // 9.0 + 2.4 = 11.4 is past 9.4, so y stays at the wall (9.4).
    QCOMPARE(m_window->floorPlanScene()->selectedRacks().size(), 17);

    // On Rack A-01 (x = 3.0, y = 3.0): refused, the dialog stays with the reason; Escape adds nothing.
    QString refusal;
    whenDialogOpens([&] {
        auto *dialog = qobject_cast<AddRowDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->yBox()->value(), 9.4);
        press(Qt::Key_Tab); // hall → x
        QVERIFY(
            dialog->xBox() == QApplication::focusWidget() || dialog->xBox()->isAncestorOf(QApplication::focusWidget()));
        replaceText(QStringLiteral("11.7"));
        press(Qt::Key_Tab); // x → y: the number of racks now fits from 11.7
        QCOMPARE(dialog->countBox()->maximum(), 1);
        press(Qt::Key_Tab, Qt::ShiftModifier);
        replaceText(QStringLiteral("3"));
        press(Qt::Key_Tab);
        replaceText(QStringLiteral("3"));
        press(Qt::Key_Tab);
        replaceText(QStringLiteral("1"));
        press(Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        refusal = dialog->refusal();
        uitest::saveShot(dialog, QStringLiteral("add-row-dialog-refused.png"));
        press(Qt::Key_Escape);
    });
    press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(refusal.contains(QStringLiteral("Rack A-01")), qPrintable(refusal));
    QCOMPARE(doc->project().site.racks.size(), racksBefore + 17);
    QCOMPARE(doc->undoStack()->count(), 1);
}

// docs/user-guide.md §2 ("Your own site, from nothing") without a mouse, with the guide's
// figures: a 20 m × 12 m hall, two rows of 26 racks from x = 2 m to 17 m, a utility feed and a
// 1,000 kW PDU (800 kW usable), the racks on it, a 1,500 kW CRAH, 200 DGX A100; then the plan
// (⌊800 / 6.5⌋ = 123 systems, 984 GPUs), a plan date, the timeline and comparison, the exports
// and a save, each checked against the document, the files or solve() run here.
void TestKeyboard::buildAndSolveAHallByKeyboard()
{
    QVERIFY(openWindow());
    Document *doc = m_window->document();
    press(Qt::Key_N, Qt::ControlModifier); // File ▸ New
    QVERIFY(doc->project().site.halls.empty());

    menuKeys("sh"); // Site ▸ Add Hall
    QCOMPARE(doc->project().site.halls.size(), size_t(1));
    const Hall hall = doc->project().site.halls.front();
    QCOMPARE(hall.size.x.value(), 20.0);
    for (const char *y : { "3", "7" }) {
        whenDialogOpens([y] {
            press(Qt::Key_Tab); // hall → x
            replaceText(QStringLiteral("2"));
            press(Qt::Key_Tab);
            replaceText(QString::fromLatin1(y));
            press(Qt::Key_Tab);
            replaceText(QStringLiteral("26"));
            press(Qt::Key_Return);
        });
        menuKeys("sa"); // Site ▸ Add Row at a Position…
    }
    const Site &site = doc->project().site;
    QCOMPARE(site.rows.size(), size_t(2));
    QCOMPARE(site.racks.size(), size_t(52));
    QCOMPARE(site.racks[25].position.x.value(), 17.0); // 2 + 25 × 0.6
    QCOMPARE(site.racks[26].position.y.value(), 7.0);

    // A utility feed, then under it (the power chain's current node) a PDU, rated 1,000 kW.
    menuKeys("sp");
    menuKeys("sp");
    QCOMPARE(site.power.nodes().size(), size_t(2));
    const PowerNode pdu = site.power.nodes().back();
    QCOMPARE(pdu.kind, PowerNodeKind::Pdu);
    QVERIFY(toProperty(QStringLiteral("rating.value")));
    enterText(QStringLiteral("1000"));
    QCOMPARE(site.power.node(pdu.id)->rating.nameplateValue(), 1000.0);

    // Every rack on the PDU: Ctrl+A on the floor plan, then Feed A in the properties, chosen by
    // typing the start of its name.
    QVERIFY(f6To(m_window->centralWidget()));
    press(Qt::Key_A, Qt::ControlModifier);
    QTRY_COMPARE(m_window->propertyEditor()->subjectIds().size(), 52);
    QVERIFY(toProperty(QStringLiteral("feedA")));
    choose(pdu.name);
    for (const Rack &rack : site.racks)
        QCOMPARE(rack.feedA, pdu.id);

    // A CRAH serving the selected racks, 1,500 kW.
    menuKeys("sc");
    QCOMPARE(site.coolingUnits.size(), size_t(1));
    QCOMPARE(site.coolingUnits.front().serves.size(), size_t(52));
    QVERIFY(toProperty(QStringLiteral("capacityKw")));
    enterText(QStringLiteral("1500"));
    QCOMPARE(site.coolingUnits.front().capacity.value(), 1500.0);

    // The fleet: Site ▸ Add Lot, 200 systems of the catalog's first model.
    menuKeys("sl");
    QCOMPARE(doc->project().fleet.size(), size_t(1));
    QVERIFY(toProperty(QStringLiteral("count")));
    enterText(QStringLiteral("200"));
    QCOMPARE(doc->project().fleet.front().count, 200);
    QCOMPARE(doc->project().fleet.front().model.toString(), QStringLiteral("dgx-a100"));

    // F5 and the results: the solver's count run here, and the guide's 984 by hand.
    press(Qt::Key_F5);
    QVERIFY(waitForSolve());
    SolveController *solver = m_window->solveController();
    const CapacityPlan direct = solve(doc->project(), Catalog::builtIn(), solver->options());
    QCOMPARE(energizedGpus(direct), 984);
    QCOMPARE(energizedGpus(*solver->plan()), 984);
    QString summary = m_window->resultsDock()->summary()->text();
    QVERIFY2(summary.contains(QStringLiteral("984 energized, 616 idle GPUs")), qPrintable(summary));

    // Plan ▸ Plan Date…: a year and a half after the plan start, typed into the question.
    const QDate date = site.planStart.addMonths(18);
    whenDialogOpens([date] { enterText(date.toString(Qt::ISODate)); });
    menuKeys("pd");
    QCOMPARE(solver->options().date, date);
    QVERIFY(waitForSolve());
    SolveOptions dated = solver->options();
    const CapacityPlan atDate = solve(doc->project(), Catalog::builtIn(), dated);
    QCOMPARE(energizedGpus(*solver->plan()), energizedGpus(atDate));
    summary = m_window->resultsDock()->summary()->text();
    QVERIFY2(summary.contains(format::date(date)), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("%L1 energized").arg(energizedGpus(atDate))), qPrintable(summary));

    // Plan ▸ Timeline and Comparison (Ctrl+T): computed; its first period is the plan at the
    // period's start, as solve() gives it; F6 reaches its table.
    press(Qt::Key_T, Qt::ControlModifier);
    TimelineController *timeline = m_window->timelineController();
    QTRY_VERIFY_WITH_TIMEOUT(timeline->result() && !timeline->isBusy(), kSolveTimeoutMs);
    const Timeline &t = timeline->result()->timeline;
    QVERIFY(!t.periods.empty());
    SolveOptions first = solver->options();
    first.date = t.periods.front().start;
    QCOMPARE(t.periods.front().energizedGpus, energizedGpus(solve(doc->project(), Catalog::builtIn(), first)));
    QVERIFY(!timeline->result()->comparison.rows.empty());
    QVERIFY(f6To(m_window->timelineDock()));
    QVERIFY(tabTo(m_window->timelineDock()->timelineTable()));
    QVERIFY(m_window->timelineDock()->timelineTable()->rowCount() > 0);

    // File ▸ Export… (Ctrl+E): the placements CSV (typed "P" picks it), its file typed after
    // Alt+F; the systems it lists are the plan's.
    QTemporaryDir out;
    const QString csv = out.filePath(QStringLiteral("placements.csv"));
    press(Qt::Key_E, Qt::ControlModifier);
    ExportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ExportDialog *>()) && dialog->isAncestorOf(QApplication::focusWidget()));
    type(QStringLiteral("P"));
    QCOMPARE(dialog->kind(), ExportKind::Placements);
    press(Qt::Key_F, Qt::AltModifier);
    enterText(csv);
    waitForFile(csv);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const PlacementsReadResult read = readPlacementsCsv(QString::fromUtf8(file.readAll()));
    QVERIFY(read.errors.empty());
    int systems = 0, planned = 0;
    for (const RackPlacement &p : read.placements)
        for (const PlacedSystems &s : p.systems)
            systems += s.count;
    for (const RackPlacement &p : solver->plan()->placements)
        for (const PlacedSystems &s : p.systems)
            planned += s.count;
    QCOMPARE(systems, planned);

    // The PDF report the same way ("C": Capacity plan report), Return on its options.
    const QString pdf = out.filePath(QStringLiteral("report.pdf"));
    press(Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY((dialog = m_window->findChild<ExportDialog *>()) && dialog->isAncestorOf(QApplication::focusWidget()));
    type(QStringLiteral("C"));
    QCOMPARE(dialog->kind(), ExportKind::Report);
    press(Qt::Key_F, Qt::AltModifier);
    replaceText(pdf);
    whenDialogOpens([] { press(Qt::Key_Return); }); // the report's options, as offered
    press(Qt::Key_Return);
    waitForFile(pdf);
    QFile report(pdf);
    QVERIFY(report.open(QIODevice::ReadOnly));
    QCOMPARE(report.read(5), QByteArray("%PDF-"));

    // Ctrl+S on the new site asks for a file; the file reads back as the project edited.
    const QString saved = out.filePath(QStringLiteral("keyboard-hall.warmshell.json"));
    whenDialogOpens([saved] { enterText(saved); });
    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(doc->fileName(), saved);
    QVERIFY(!doc->isModified());
    const LoadResult loaded = loadProject(saved);
    QVERIFY(loaded.project);
    QVERIFY(*loaded.project == doc->project());
}

// The lab example from the menu, two racks chosen in the Racks table, their power limit, feeds
// and cooling unit set in the properties, a lot added; saved as a new file and opened again
// (Ctrl+O), with the values typed.
void TestKeyboard::editTheExampleByKeyboard()
{
    QVERIFY(openWindow());
    Document *doc = m_window->document();
    menuKeys("fml"); // File ▸ Open Example ▸ Lab
    QCOMPARE(doc->fileName(), MainWindow::labExample());
    const Site &site = doc->project().site;
    QCOMPARE(site.racks.size(), size_t(20));

    // Racks B-01 and B-02 (rows 11 and 12 of the table): Down from the first, Shift+Down.
    auto *racks = m_window->findChild<RackTablePanel *>(QStringLiteral("rackTableDock"));
    QVERIFY(f6To(racks));
    QTRY_VERIFY(racks->rowsAreCurrent());
    press(Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < 10; ++i)
        press(Qt::Key_Down);
    press(Qt::Key_Down, Qt::ShiftModifier);
    const RackId b1 = site.racks[10].id, b2 = site.racks[11].id;
    QCOMPARE(site.racks[10].name, QStringLiteral("Rack B-01"));
    QTRY_COMPARE(m_window->floorPlanScene()->selectedRacks().size(), 2);
    QTRY_COMPARE(m_window->propertyEditor()->subjectIds(), QStringList({ b1.toString(), b2.toString() }));

    // Power limit 28 kW; Feed A "PDU row A", Feed B "PDU row B"; air unit "CRAH row A".
    QVERIFY(toProperty(QStringLiteral("powerLimitKw")));
    enterText(QStringLiteral("28"));
    QVERIFY(tabTo(m_window->propertyEditor()->editor(QStringLiteral("feedA"))));
    choose(QStringLiteral("PDU row A"));
    QVERIFY(tabTo(m_window->propertyEditor()->editor(QStringLiteral("feedB"))));
    choose(QStringLiteral("PDU row B"));
    QVERIFY(tabTo(m_window->propertyEditor()->editor(QStringLiteral("airCoolingUnit"))));
    choose(QStringLiteral("CRAH row A"));
    const CoolingUnitId crahA(QStringLiteral("crah-1"));
    for (const RackId &id : { b1, b2 }) {
        const Rack *rack = site.rack(id);
        QCOMPARE(rack->powerLimit.value(), 28.0);
        QCOMPARE(rack->feedA.toString(), QStringLiteral("pdu-A"));
        QCOMPARE(rack->feedB.toString(), QStringLiteral("pdu-B"));
        QCOMPARE(placement::servingUnits(site, id), std::vector<CoolingUnitId>{ crahA });
    }
    QCOMPARE(site.rack(site.racks[12].id)->powerLimit.value(), 30.0); // B-03 untouched
    QVERIFY(!placement::servingUnits(site, site.racks[12].id).empty());

    // Site ▸ Add Lot, 5 systems.
    menuKeys("sl");
    QCOMPARE(doc->project().fleet.size(), size_t(3));
    QVERIFY(toProperty(QStringLiteral("count")));
    enterText(QStringLiteral("5"));
    const FleetLot lot = doc->project().fleet.back();
    QCOMPARE(lot.count, 5);

    // File ▸ Save As… (Ctrl+Shift+S), then File ▸ New and File ▸ Open… (Ctrl+O) of that file.
    QTemporaryDir out;
    const QString saved = out.filePath(QStringLiteral("lab-edited.warmshell.json"));
    const Project edited = doc->project();
    whenDialogOpens([saved] { enterText(saved); });
    press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(doc->fileName(), saved);
    press(Qt::Key_N, Qt::ControlModifier);
    QVERIFY(doc->project().site.racks.empty());
    whenDialogOpens([saved] { enterText(saved); });
    press(Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(doc->fileName(), saved);
    QVERIFY(doc->project() == edited);
    QCOMPARE(doc->project().site.rack(b2)->powerLimit.value(), 28.0);
    QCOMPARE(doc->project().fleet.back().count, 5);
    QCOMPARE(placement::servingUnits(doc->project().site, b1), std::vector<CoolingUnitId>{ crahA });
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
