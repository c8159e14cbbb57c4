// SPDX-License-Identifier: GPL-3.0-or-later
// Accessibility (issue 21 §3): every control and dock of the main window has a name that a screen
// reader speaks, asked through Qt's accessibility interface as a reader asks it (not by reading
// accessibleName() directly: a label's buddy, a button's text or a dock's title count too).
#include "catalog.h"
#include "document/document.h"
#include "elevation/rackelevation.h"
#include "elevation/rackelevationdock.h"
#include "floorplan/floorplanscene.h"
#include "format.h"
#include "import/measuredpowerdialog.h"
#include "import/netboximportdialog.h"
#include "mainwindow.h"
#include "panels/custommodeldialog.h"
#include "panels/racktablepanel.h"
#include "procurement/procurementdialog.h"
#include "risk/riskdialog.h"
#include "scenarios/scenariocomparedialog.h"
#include "solve/solvecontroller.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDockWidget>
#include <QGraphicsView>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QScrollBar>
#include <QTabBar>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace warmshell;
using namespace warmshell::ui;

namespace {

// The name a screen reader speaks for `widget`, trimmed; empty when it has none.
QString spokenName(QWidget *widget)
{
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(QAccessible::Name).trimmed() : QString();
}

// Whether `widget` is a control a person reaches and operates (a button, field, list, view),
// not a part Qt builds inside one (a combo box's popup list, a spin box's line edit, a scroll
// area's bars, an item view's headers and corner button, a tab bar's scroll arrows, a dock's title buttons).
bool isControl(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    if (qobject_cast<const QScrollBar *>(widget))
        return false;
    if (parent
        && (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)
            || qobject_cast<const QTabBar *>(parent) || qobject_cast<const QDockWidget *>(parent)
            || qobject_cast<const QAbstractItemView *>(parent)))
        return false;
    if (widget->objectName().startsWith(QLatin1String("qt_")))
        return false;
    // The tab bars QMainWindow makes for tabified docks: a reader speaks each tab by its dock's
    // title (checked with the docks), and the bar has no name of its own to give.
    if (qobject_cast<const QTabBar *>(widget) && qobject_cast<const QMainWindow *>(parent))
        return false;
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QGraphicsView *>(widget)
        || qobject_cast<const QAbstractSlider *>(widget) || qobject_cast<const QTabBar *>(widget);
}

// "QLineEdit 'name' in PowerChainPanel 'powerChain'": enough to find the widget in the code.
QString describe(const QWidget *widget)
{
    QString where;
    for (const QWidget *up = widget->parentWidget(); up; up = up->parentWidget())
        if (!up->objectName().isEmpty() && !up->objectName().startsWith(QLatin1String("qt_"))) {
            where = QStringLiteral(" in %1 '%2'").arg(QLatin1String(up->metaObject()->className()), up->objectName());
            break;
        }
    return QStringLiteral("%1 '%2'%3")
        .arg(QLatin1String(widget->metaObject()->className()), widget->objectName(), where);
}

// The controls under `root` (and `root` itself when it is one) that have no spoken name,
// described; `asked` counts the controls looked at.
QStringList unnamedControls(QWidget *root, int &asked)
{
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (!isControl(widget))
            continue;
        ++asked;
        if (spokenName(widget).isEmpty())
            unnamed << describe(widget);
    }
    for (const QString &line : unnamed)
        qWarning("no spoken name: %s", qPrintable(line));
    return unnamed;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_settingsDir = uitest::useFreshSettings(); }
    void cleanup()
    {
        if (m_window)
            m_window->document()->undoStack()->setClean();
        m_window.reset();
    }

    // Every dock is named (its title), and every control in the window and its docks is.
    void everyControlAndDockHasAName()
    {
        QVERIFY(openWindow());
        const QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>();
        QVERIFY(docks.size() >= 4);
        QStringList unnamed;
        for (QDockWidget *dock : docks)
            if (spokenName(dock).isEmpty())
                unnamed << describe(dock);
        int controls = 0;
        unnamed << unnamedControls(m_window.get(), controls);
        qInfo("%d docks and %d controls asked", int(docks.size()), controls);
        QVERIFY(controls > 30);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("%1 without a spoken name").arg(unnamed.size())));
    }

    // The Racks dock is the floor plan's alternative by keyboard: arrow keys walk the racks in
    // the project's order and select each on the floor plan and in the properties; Shift+Down
    // extends the selection; a selection made on the floor plan shows in the table.
    void rackTableIsTheFloorPlansKeyboardAlternative()
    {
        QVERIFY(openWindow());
        const Site &site = m_window->document()->project().site;
        QVERIFY(site.racks.size() >= 3);
        auto *dock = m_window->findChild<RackTablePanel *>(QStringLiteral("rackTableDock"));
        QVERIFY(dock);
        // Behind the Fleet tab it has not built its rows (edits do not pay for it); shown, it has.
        QVERIFY(!dock->rowsAreCurrent());
        dock->raise();
        QTRY_VERIFY(dock->rowsAreCurrent());
        QTableWidget *table = dock->view();
        QCOMPARE(table->rowCount(), int(site.racks.size()));
        // Each row states its rack as the project does: name, row, limit.
        for (int r = 0; r < table->rowCount(); ++r) {
            const Rack &rack = site.racks[size_t(r)];
            QCOMPARE(table->item(r, RackTablePanel::RackColumn)->text(), rack.name);
            QCOMPARE(table->item(r, RackTablePanel::RowColumn)->text(), site.row(rack.row)->name);
            QCOMPARE(table->item(r, RackTablePanel::LimitColumn)->text(), format::kilowatts(rack.powerLimit));
        }
        table->setFocus();
        FloorPlanScene *scene = m_window->floorPlanScene();
        QTest::keyClick(table, Qt::Key_Down); // onto the second rack and back to the first
        QTest::keyClick(table, Qt::Key_Up);
        for (int r = 0; r < 3; ++r) {
            if (r > 0)
                QTest::keyClick(table, Qt::Key_Down);
            QTRY_COMPARE(scene->selectedRacks(), QList<RackId>{ site.racks[size_t(r)].id });
            QTRY_COMPARE(m_window->propertyEditor()->subjectId(), site.racks[size_t(r)].id.toString());
        }
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QTRY_COMPARE(scene->selectedRacks().size(), 2);
        // From the floor plan back to the table.
        const RackId last = site.racks.back().id;
        scene->selectRacks({ last });
        QTRY_COMPARE(dock->selectedRacks(), QList<RackId>{ last });
    }

    // The rack elevation without a mouse: Enter on a catalog model pins one system of it in the
    // shown rack (as a drop does), and the drawing's description says what it holds, by U.
    void elevationByKeyboard()
    {
        QVERIFY(openWindow());
        const Project &project = m_window->document()->project();
        const Rack rack = project.site.racks.front();
        m_window->floorPlanScene()->selectRacks({ rack.id });
        RackElevationDock *dock = m_window->rackElevationDock();
        QTRY_COMPARE(dock->rack(), rack.id);
        // The free height by hand, and the first air model of the list that fits in it.
        int usedU = 0, before = 0;
        for (const PinnedSystems &p : rack.pinned)
            usedU += project.model(p.model, Catalog::builtIn())->height.value() * p.count;
        QListWidget *list = dock->catalogList();
        int row = -1;
        const SystemModel *chosen = nullptr;
        for (int i = 0; i < list->count() && !chosen; ++i)
            for (const SystemModel &m : Catalog::builtIn().models())
                if (list->item(i)->text().section(QLatin1Char('\n'), 0, 0) == m.name && !m.wholeRack
                    && m.cooling == CoolingType::Air && usedU + m.height.value() <= rack.height.value()) {
                    row = i;
                    chosen = &m;
                    break;
                }
        QVERIFY(chosen);
        for (const PinnedSystems &p : rack.pinned)
            before += p.model == chosen->id ? p.count : 0;
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Home);
        for (int i = 0; i < row; ++i)
            QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentRow(), row);
        QTest::keyClick(list, Qt::Key_Return);
        int after = 0;
        for (const PinnedSystems &p : m_window->document()->project().site.rack(rack.id)->pinned)
            after += p.model == chosen->id ? p.count : 0;
        QCOMPARE(after, before + 1);
        // Stacked from the bottom after what was pinned: its U range, by hand.
        const QString description = dock->elevation()->accessibleDescription();
        const int bottom = usedU + 1, top = usedU + chosen->height.value();
        const QString units
            = top > bottom ? QStringLiteral("U%1–U%2").arg(bottom).arg(top) : QStringLiteral("U%1").arg(bottom);
        QVERIFY2(description.contains(units + QStringLiteral(": ") + chosen->name), qPrintable(description));
        QVERIFY(description.startsWith(dock->elevation()->figures()));
    }

    // Form labels become spoken names without their mnemonic and colon; "&&" is a literal "&".
    void spokenLabelDropsMnemonicAndColon()
    {
        QCOMPARE(format::spokenLabel(QStringLiteral("Power &feeds:")), QStringLiteral("Power feeds"));
        QCOMPARE(format::spokenLabel(QStringLiteral("R&&D &hall: ")), QStringLiteral("R&D hall"));
        QCOMPARE(format::spokenLabel(QStringLiteral("Efficiency (%)")), QStringLiteral("Efficiency (%)"));
    }

    // The property editor's fields for each kind of object a person selects.
    void everyPropertyFieldHasAName()
    {
        QVERIFY(openWindow());
        const Site &site = m_window->document()->project().site;
        PropertyEditor *editor = m_window->propertyEditor();
        const std::vector<std::function<void()>> subjects = {
            [&] { editor->showSite(); },
            [&] { editor->showHall(site.halls.front().id); },
            [&] { editor->showRow(site.rows.front().id); },
            [&] { editor->showRack(site.racks.front().id); },
            [&] { editor->showPowerNode(site.power.nodes().front().id); },
            [&] { editor->showCoolingUnit(site.coolingUnits.front().id); },
            [&] { editor->showLot(m_window->document()->project().fleet.front().id); },
        };
        int controls = 0;
        QStringList unnamed;
        for (const auto &show : subjects) {
            show();
            unnamed << unnamedControls(editor, controls);
        }
        qInfo("%d property fields asked", controls);
        QVERIFY(controls > 30);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("%1 without a spoken name").arg(unnamed.size())));
    }

    // The dialogs the menus open, each shown as the menu shows it.
    void everyDialogControlHasAName()
    {
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openFile(MainWindow::labExample()).isEmpty());
        const Project &project = m_window->document()->project();
        std::vector<std::unique_ptr<QDialog>> dialogs;
        dialogs.push_back(std::make_unique<ProcurementDialog>(project));
        dialogs.push_back(std::make_unique<NetBoxImportDialog>([](Project) { return false; }));
        dialogs.push_back(std::make_unique<MeasuredPowerDialog>(
            [](const QString &, const MeasurementWindow &) { return std::vector<Problem>(); }));
        dialogs.push_back(std::make_unique<CustomModelDialog>(project, Catalog::builtIn()));
        dialogs.push_back(std::make_unique<ScenarioCompareDialog>(project, QStringList()));
        dialogs.push_back(std::make_unique<RiskDialog>(project));
        int controls = 0;
        QStringList unnamed;
        for (const auto &dialog : dialogs) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            unnamed << unnamedControls(dialog.get(), controls);
        }
        qInfo("%d dialog controls asked", controls);
        QVERIFY(controls > 20);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("%1 without a spoken name").arg(unnamed.size())));
    }

private:
    // The main window on the lab example at 1366 × 768, shown; false when it did not open.
    bool openWindow()
    {
        m_window = std::make_unique<MainWindow>();
        if (!m_window->openFile(MainWindow::labExample()).isEmpty())
            return false;
        m_window->resize(1366, 768);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
