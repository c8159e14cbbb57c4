// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19 §1: the Scenarios dock driven by clicks and keys on the real widgets, its undo
// commands, and the plan of a picked scenario against figures counted by hand.
#include "document/document.h"
#include "edit/scenariocommands.h"
#include "mainwindow.h"
#include "planview/planpresenter.h"
#include "results/resultsdock.h"
#include "scenarioapp.h"
#include "scenarios/scenariosdock.h"
#include "solve/solvecontroller.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

using namespace warmshell;
using namespace warmshell::ui;

namespace {

using uitest::scenarioAppFixture;

QString screenshotDir()
{
    const QByteArray env = qgetenv("WARMSHELL_SCREENSHOT_DIR");
    const QString dir
        = env.isEmpty() ? QStringLiteral(WARMSHELL_BINARY_DIR "/screenshots") : QString::fromLocal8Bit(env);
    QDir().mkpath(dir);
    return dir;
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

bool waitForPlan(MainWindow &window, int gpus)
{
    return uitest::waitForEnergizedGpus(window, gpus);
}

} // namespace

class TestScenarios : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_settings = uitest::useFreshSettings(); }

    // Each scenario command, applied, undone and redone on a document.
    void commandsUndoAndRedo()
    {
        Document document;
        QVERIFY(document.open(scenarioAppFixture()));
        QUndoStack *stack = document.undoStack();
        stack->push(new AddScenarioCommand(&document, Scenario{ QStringLiteral("late"), {}, {} }));
        stack->push(new RenameScenarioCommand(&document, 0, QStringLiteral("later")));
        stack->push(new DuplicateScenarioCommand(&document, 0, QStringLiteral("later copy")));
        ScenarioOverride o;
        o.kind = OverrideKind::DelayCommissioning;
        o.object = QStringLiteral("util-2");
        o.months = 3;
        stack->push(new AddOverrideCommand(&document, 1, o));
        o.months = 6;
        stack->push(new SetOverrideCommand(&document, 1, 0, o));
        const std::vector<Scenario> full = document.project().scenarios;
        QCOMPARE(full.size(), size_t(2));
        QCOMPARE(full[0].name, QStringLiteral("later"));
        QCOMPARE(full[1].name, QStringLiteral("later copy"));
        QCOMPARE(full[1].overrides.at(0).months, 6);
        stack->push(new RemoveOverrideCommand(&document, 1, 0));
        QVERIFY(document.project().scenarios[1].overrides.empty());
        stack->push(new DeleteScenarioCommand(&document, 0));
        QCOMPARE(document.project().scenarios.size(), size_t(1));
        stack->undo();
        stack->undo();
        QVERIFY(document.project().scenarios == full);
        stack->undo(); // months 6 → 3
        QCOMPARE(document.project().scenarios[1].overrides.at(0).months, 3);
        while (stack->canUndo())
            stack->undo();
        QVERIFY(document.project().scenarios.empty());
        while (stack->canRedo())
            stack->redo();
        QCOMPARE(document.project().scenarios.size(), size_t(1));
        QCOMPARE(document.project().scenarios[0].name, QStringLiteral("later copy"));
    }

    // A scenario made through the dock: New, an add-lot change, its count typed in. 2 systems
    // + a purchase of 1 = 3 systems, 24 GPUs; of 10: 12 systems, room for 9 → 72 GPUs
    // energized, 3 systems (24 GPUs) idle. Undo → 24 again, redo → 72; Base → 16.
    void dockEditsAndPicksAScenario()
    {
        MainWindow window;
        window.resize(uitest::screenshotSize());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(scenarioAppFixture()).isEmpty());
        QVERIFY(waitForPlan(window, 16));
        ScenariosDock *dock = window.scenariosDock();
        dock->raise();
        QCOMPARE(dock->scenarioList()->count(), 1); // Base

        QTest::mouseClick(child<QPushButton>(dock, "newScenarioButton"), Qt::LeftButton);
        QCOMPARE(window.document()->project().scenarios.size(), size_t(1));
        QCOMPARE(dock->scenarioList()->currentRow(), 1);
        QCOMPARE(window.solveController()->scenario(), QStringLiteral("Scenario"));

        auto *kinds = child<QComboBox>(dock, "newOverrideKind");
        kinds->setFocus();
        QTest::keyClicks(kinds, QStringLiteral("Add l")); // keyboard search: "Add lot (purchase)"
        QCOMPARE(kinds->currentText(), QStringLiteral("Add lot (purchase)"));
        QTest::mouseClick(child<QPushButton>(dock, "addOverrideButton"), Qt::LeftButton);
        QCOMPARE(window.document()->project().scenarios[0].overrides.size(), size_t(1));
        QCOMPARE(window.document()->project().scenarios[0].overrides[0].kind, OverrideKind::AddLot);
        QVERIFY(waitForPlan(window, 24));
        QCOMPARE(window.solveController()->planScenario(), QStringLiteral("Scenario"));
        QVERIFY(window.resultsDock()->headline()->text().contains(QStringLiteral("Scenario Scenario")));
        QCOMPARE(window.resultsDock()->windowTitle(), QStringLiteral("Results — Scenario"));

        QTRY_VERIFY(child<QDoubleSpinBox>(dock, "field_count"));
        auto *count = child<QDoubleSpinBox>(dock, "field_count");
        count->setFocus();
        count->selectAll();
        QTest::keyClicks(count, QStringLiteral("10"));
        QTest::keyClick(count, Qt::Key_Return);
        QCOMPARE(window.document()->project().scenarios[0].overrides[0].newLot.count, 10);
        QVERIFY(waitForPlan(window, 72));
        QCOMPARE(window.solveController()->plan()->idleGpus(), 24);
        // 3 idle systems × 72,000 / 72 months = 3,000 per month.
        QCOMPARE(qRound(window.solveController()->plan()->idleDepreciationPerMonth().value()), 3000);
        QVERIFY(window.planHeadline().contains(QStringLiteral("[Scenario]")));

        window.document()->undoStack()->undo(); // Edit → Undo
        QCOMPARE(window.document()->project().scenarios[0].overrides[0].newLot.count, 1);
        QVERIFY(waitForPlan(window, 24));
        window.document()->undoStack()->redo();
        QVERIFY(waitForPlan(window, 72));
        QCOMPARE(dock->overrideTable()->rowCount(), 1);
        QVERIFY(dock->overrideTable()->item(0, 1)->text().contains(QStringLiteral("Systems 10")));

        QTest::qWait(200);
        const QString dir = screenshotDir();
        QVERIFY(window.grab().save(dir + QStringLiteral("/scenarios-dock.png")));

        const QListWidget *list = dock->scenarioList();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center()); // Base
        QCOMPARE(window.solveController()->scenario(), QString());
        QVERIFY(waitForPlan(window, 16));
        QCOMPARE(window.resultsDock()->windowTitle(), QStringLiteral("Results"));
        QVERIFY(!window.resultsDock()->headline()->text().contains(QStringLiteral("Scenario")));
    }

    // Rename in place (F2, type, Return) is one undo step; a name in use is refused.
    void renameInPlace()
    {
        MainWindow window;
        window.resize(uitest::screenshotSize());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(scenarioAppFixture()).isEmpty());
        ScenariosDock *dock = window.scenariosDock();
        dock->raise();
        QTest::mouseClick(child<QPushButton>(dock, "newScenarioButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(dock, "duplicateScenarioButton"), Qt::LeftButton);
        QCOMPARE(window.document()->project().scenarios.size(), size_t(2));
        QCOMPARE(window.document()->project().scenarios[1].name, QStringLiteral("Scenario copy"));
        QListWidget *list = dock->scenarioList();
        QCOMPARE(list->currentRow(), 2);
        QTest::mouseClick(child<QPushButton>(dock, "renameScenarioButton"), Qt::LeftButton);
        auto *editor = list->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Substation late"));
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next event loop pass
        QTRY_COMPARE(window.document()->project().scenarios[1].name, QStringLiteral("Substation late"));
        QCOMPARE(window.solveController()->scenario(), QStringLiteral("Substation late"));
        window.document()->undoStack()->undo();
        QCOMPARE(window.document()->project().scenarios[1].name, QStringLiteral("Scenario copy"));
        QCOMPARE(window.solveController()->scenario(), QStringLiteral("Scenario copy"));
        QTest::mouseClick(child<QPushButton>(dock, "deleteScenarioButton"), Qt::LeftButton);
        QCOMPARE(window.document()->project().scenarios.size(), size_t(1));
    }

private:
    std::unique_ptr<QTemporaryDir> m_settings;
};

QTEST_MAIN(TestScenarios)
#include "tst_scenarios.moc"
