// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19 §1: while a scenario is viewed, the Properties dock edits that scenario — a field an
// override kind expresses becomes an override (one undo step, the base site unchanged), the
// others are read-only. Driven by clicks and keys on the real main window; the plans shown are
// checked against figures counted by hand and against solve() of the project with the
// scenario applied by applyScenario.
#include "catalog.h"
#include "document/document.h"
#include "edit/scenariocommands.h"
#include "mainwindow.h"
#include "panels/fleetpanel.h"
#include "panels/fleettablemodel.h"
#include "panels/powerchainpanel.h"
#include "panels/scenariofields.h"
#include "results/resultsdock.h"
#include "scenarioapp.h"
#include "scenarios/scenariosdock.h"
#include "solve/solvecontroller.h"
#include "solver/glpkmodel.h"
#include "solver/solver.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace warmshell;
using namespace warmshell::ui;

namespace {

using uitest::scenarioAppFixture;

// A purchase of 10 sys-a delivered before the plan start: with lot-a, 12 systems for the room
// of 9 (72 GPUs energized).
ScenarioOverride purchaseOfTen()
{
    ScenarioOverride o;
    o.kind = OverrideKind::AddLot;
    o.newLot.id = LotId(QStringLiteral("lot-buy"));
    o.newLot.name = QStringLiteral("buy");
    o.newLot.model = SystemModelId(QStringLiteral("sys-a"));
    o.newLot.count = 10;
    o.newLot.unitCost = Money(72000);
    o.newLot.delivered = QDate(2025, 6, 1);
    return o;
}

// The project as the base site: without its scenarios (which the edits do change).
Project baseOf(const Project &p)
{
    Project base = p;
    base.scenarios.clear();
    return base;
}

bool waitForPlan(MainWindow &window, int gpus)
{
    return uitest::waitForEnergizedGpus(window, gpus);
}

// The energized GPUs of solve() on the document's project with its scenario 0 applied by the
// model's own applyScenario, with the options the app solves with.
int independentlySolvedGpus(MainWindow &window)
{
    const Project &p = window.document()->project();
    std::vector<Problem> problems;
    const Project applied = applyScenario(p, p.scenarios.at(0), 0, problems);
    if (!problems.empty())
        qWarning("%s", qPrintable(problems.front().toString()));
    return solve(applied, Catalog::builtIn(), window.solveController()->options()).energizedGpus();
}

void clickRow(QAbstractItemView *view, const QModelIndex &index)
{
    view->selectionModel()->clearCurrentIndex(); // a row still current would not report a change
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

void clickPowerNode(MainWindow &window, const QString &id)
{
    PowerChainPanel *panel = window.powerChainPanel();
    panel->raise();
    QCoreApplication::processEvents();
    const QModelIndexList hits = panel->model()->match(
        panel->model()->index(0, 0), PowerChainPanel::NodeIdRole, id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(hits.size(), 1);
    clickRow(panel->view(), hits.first());
}

void clickLot(MainWindow &window, int row)
{
    window.fleetPanel()->raise();
    QCoreApplication::processEvents();
    clickRow(window.fleetPanel()->view(), window.fleetPanel()->model()->index(row, 0));
}

// Views scenario 0 by a click in the Scenarios dock's list.
void viewScenario(MainWindow &window)
{
    ScenariosDock *dock = window.scenariosDock();
    dock->raise();
    QCoreApplication::processEvents();
    QListWidget *list = dock->scenarioList();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
}

const ScenarioOverride *onlyOfKind(const Scenario &s, OverrideKind kind)
{
    const ScenarioOverride *found = nullptr;
    for (const ScenarioOverride &o : s.overrides)
        if (o.kind == kind) {
            if (found)
                return nullptr; // two: stacked
            found = &o;
        }
    return found;
}

} // namespace

class TestScenarioProperties : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_settings = uitest::useFreshSettings(); }
    void cleanupTestCase() { solver::glpkFreeEnvironment(); }

    void ratingBecomesChangeRating();
    void commissioningBecomesDelayCommissioning();
    void coolingCapacityBecomesChangeCoolingCapacity();
    void deliveryBecomesDelayDelivery();
    void otherFieldsAreReadOnly();
    void manySubjectsAreOneEdit();

private:
    // A window on the fixture with scenario "Late grid" (its overrides `overrides`) viewed.
    void openWithScenario(MainWindow &window, std::vector<ScenarioOverride> overrides, int baseGpus, int gpus)
    {
        window.resize(uitest::screenshotSize());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(scenarioAppFixture()).isEmpty());
        QVERIFY(waitForPlan(window, baseGpus));
        window.document()->undoStack()->push(new AddScenarioCommand(
            window.document(), Scenario{ QStringLiteral("Late grid"), {}, std::move(overrides) }));
        window.document()->undoStack()->clear();
        viewScenario(window);
        QCOMPARE(window.solveController()->scenario(), QStringLiteral("Late grid"));
        QVERIFY(window.propertyEditor()->editsScenario());
        QVERIFY(waitForPlan(window, gpus));
    }

    std::unique_ptr<QTemporaryDir> m_settings;
};

// util-1's rating 60 → 20 kW in the scenario: rack-1 and rack-2 then hold 2 systems, rack-3
// still 3: 5 systems, 40 GPUs (from 72). One change-rating from the plan start (util-1 has
// no commissioning date); a second edit updates it; undo and Revert remove it; the base
// site never changes.
void TestScenarioProperties::ratingBecomesChangeRating()
{
    MainWindow window;
    openWithScenario(window, { purchaseOfTen() }, 16, 72);
    const Project base = baseOf(window.document()->project());
    const std::vector<Scenario> before = window.document()->project().scenarios;
    PropertyEditor *editor = window.propertyEditor();
    clickPowerNode(window, QStringLiteral("util-1"));
    QCOMPARE(editor->subjectId(), QStringLiteral("util-1"));
    QCOMPARE(editor->banner(),
        QStringLiteral("Editing scenario «Late grid» — changes are stored as overrides (base site unchanged)"));
    QCOMPARE(editor->baseHint(QStringLiteral("rating.value")), QStringLiteral("Base site: 60"));

    QVERIFY(uitest::typeIntoProperty(editor, QStringLiteral("rating.value"), QStringLiteral("20")));
    const Scenario &s = window.document()->project().scenarios.at(0);
    QCOMPARE(s.overrides.size(), size_t(2));
    const ScenarioOverride *rating = onlyOfKind(s, OverrideKind::ChangeRating);
    QVERIFY(rating);
    QCOMPARE(rating->node, PowerNodeId(QStringLiteral("util-1")));
    QCOMPARE(rating->amount, 20.0);
    QCOMPARE(rating->from, QDate(2026, 1, 1));
    QCOMPARE(window.document()->undoStack()->count(), 1);
    QVERIFY(baseOf(window.document()->project()) == base);
    QVERIFY(waitForPlan(window, 40));
    QCOMPARE(independentlySolvedGpus(window), 40);
    QCOMPARE(qobject_cast<QLineEdit *>(editor->editor(QStringLiteral("rating.value")))->text(), QStringLiteral("20"));
    QCOMPARE(editor->baseHint(QStringLiteral("rating.value")),
        QStringLiteral("Base site: 60; this scenario: change-rating"));
    QVERIFY(editor->editor(QStringLiteral("rating.value"))
                ->toolTip()
                .contains(QStringLiteral("change-rating from 2026-01-01")));
    QVERIFY(editor->revertButton(QStringLiteral("rating.value"))->isEnabled());
    QTest::qWait(50); // the scroll area takes the form's new height on its next layout pass
    uitest::saveShot(editor, QStringLiteral("properties-scenario-node.png"));

    // Again: the same override now says 25 (racks 1–2 hold 2 systems still: 40 GPUs).
    QVERIFY(uitest::typeIntoProperty(editor, QStringLiteral("rating.value"), QStringLiteral("25")));
    QCOMPARE(window.document()->project().scenarios.at(0).overrides.size(), size_t(2));
    QCOMPARE(onlyOfKind(window.document()->project().scenarios.at(0), OverrideKind::ChangeRating)->amount, 25.0);
    QCOMPARE(window.document()->undoStack()->count(), 2);

    window.document()->undoStack()->undo();
    QCOMPARE(onlyOfKind(window.document()->project().scenarios.at(0), OverrideKind::ChangeRating)->amount, 20.0);
    window.document()->undoStack()->undo();
    QVERIFY(window.document()->project().scenarios == before);
    QVERIFY(waitForPlan(window, 72));
    QVERIFY(!editor->revertButton(QStringLiteral("rating.value"))->isEnabled());
    window.document()->undoStack()->redo();
    QCOMPARE(onlyOfKind(window.document()->project().scenarios.at(0), OverrideKind::ChangeRating)->amount, 20.0);
    QVERIFY(waitForPlan(window, 40));

    // Revert: the override goes, as one more undo step.
    QTest::mouseClick(editor->revertButton(QStringLiteral("rating.value")), Qt::LeftButton);
    QVERIFY(window.document()->project().scenarios == before);
    QCOMPARE(window.document()->undoStack()->index(), 2);
    QVERIFY(waitForPlan(window, 72));
    QVERIFY(baseOf(window.document()->project()) == base);
}

// util-2 commissioned 2025-07-01: 2025-10-01 is 3 months later (delay-commissioning 3);
// 2025-10-15 is no whole number of months from it and is refused; util-1 has no date to move.
void TestScenarioProperties::commissioningBecomesDelayCommissioning()
{
    MainWindow window;
    openWithScenario(window, {}, 16, 16);
    const Project base = baseOf(window.document()->project());
    PropertyEditor *editor = window.propertyEditor();
    clickPowerNode(window, QStringLiteral("util-2"));
    QCOMPARE(editor->subjectId(), QStringLiteral("util-2"));

    QVERIFY(uitest::typeIntoProperty(editor, QStringLiteral("commissioned"), QStringLiteral("2025-10-15")));
    QVERIFY(window.document()->project().scenarios.at(0).overrides.empty());
    QVERIFY(editor->message(QStringLiteral("commissioned")).contains(QStringLiteral("whole months")));
    QVERIFY(editor->message(QStringLiteral("commissioned")).contains(QStringLiteral("2025-10-01 or 2025-11-01")));

    QVERIFY(uitest::typeIntoProperty(editor, QStringLiteral("commissioned"), QStringLiteral("2025-10-01")));
    const Scenario &s = window.document()->project().scenarios.at(0);
    QCOMPARE(s.overrides.size(), size_t(1));
    QCOMPARE(s.overrides[0].kind, OverrideKind::DelayCommissioning);
    QCOMPARE(s.overrides[0].object, QStringLiteral("util-2"));
    QCOMPARE(s.overrides[0].months, 3);
    QVERIFY(s.overrides[0].from.isNull());
    QVERIFY(editor->message(QStringLiteral("commissioned")).isEmpty());
    // Earlier than the base by whole months: the kind counts months back.
    QVERIFY(uitest::typeIntoProperty(editor, QStringLiteral("commissioned"), QStringLiteral("2025-05-01")));
    QCOMPARE(window.document()->project().scenarios.at(0).overrides.size(), size_t(1));
    QCOMPARE(window.document()->project().scenarios.at(0).overrides[0].months, -2);

    clickPowerNode(window, QStringLiteral("util-1"));
    QVERIFY(uitest::typeIntoProperty(editor, QStringLiteral("commissioned"), QStringLiteral("2026-03-01")));
    QVERIFY(editor->message(QStringLiteral("commissioned")).contains(QStringLiteral("no commissioning date")));
    QCOMPARE(window.document()->project().scenarios.at(0).overrides.size(), size_t(1));

    // A cooling unit: crah-2, commissioned 2026-01-01, 6 months later. Its capacity is a
    // change-cooling-capacity (coolingCapacityBecomesChangeCoolingCapacity), editable here.
    editor->showCoolingUnit(CoolingUnitId(QStringLiteral("crah-2")));
    QVERIFY(uitest::typeIntoProperty(editor, QStringLiteral("commissioned"), QStringLiteral("2026-07-01")));
    const Scenario &after = window.document()->project().scenarios.at(0);
    QCOMPARE(after.overrides.size(), size_t(2));
    QCOMPARE(after.overrides[1].kind, OverrideKind::DelayCommissioning);
    QCOMPARE(after.overrides[1].object, QStringLiteral("crah-2"));
    QCOMPARE(after.overrides[1].months, 6);
    auto *capacity = qobject_cast<QLineEdit *>(editor->editor(QStringLiteral("capacityKw")));
    QVERIFY(capacity && !capacity->isReadOnly());
    QVERIFY(editor->revertButton(QStringLiteral("capacityKw")));
    QCOMPARE(window.document()->undoStack()->count(), 3);
    QVERIFY(baseOf(window.document()->project()) == base);
}

// crah-1 (cooling rack-1 and rack-2) 1,000 → 25 kW per module in the scenario: those racks
// then hold 2 systems of 10 kW between them, rack-3 still 3: 5 systems, 40 GPUs (from 72). One
// change-cooling-capacity; a negative capacity is refused with the field's range; Revert
// removes it; the base site never changes.
void TestScenarioProperties::coolingCapacityBecomesChangeCoolingCapacity()
{
    MainWindow window;
    openWithScenario(window, { purchaseOfTen() }, 16, 72);
    const Project base = baseOf(window.document()->project());
    const std::vector<Scenario> before = window.document()->project().scenarios;
    PropertyEditor *editor = window.propertyEditor();
    editor->showCoolingUnit(CoolingUnitId(QStringLiteral("crah-1")));
    QCOMPARE(editor->baseHint(QStringLiteral("capacityKw")), QStringLiteral("Base site: 1000"));
    QVERIFY(!editor->revertButton(QStringLiteral("capacityKw"))->isEnabled());

    QVERIFY(uitest::typeIntoProperty(editor, QStringLiteral("capacityKw"), QStringLiteral("25")));
    const Scenario &s = window.document()->project().scenarios.at(0);
    QCOMPARE(s.overrides.size(), size_t(2));
    const ScenarioOverride *cooling = onlyOfKind(s, OverrideKind::ChangeCoolingCapacity);
    QVERIFY(cooling);
    QCOMPARE(cooling->object, QStringLiteral("crah-1"));
    QCOMPARE(cooling->amount, 25.0);
    QCOMPARE(window.document()->undoStack()->count(), 1);
    QVERIFY(baseOf(window.document()->project()) == base);
    QVERIFY(waitForPlan(window, 40));
    QCOMPARE(independentlySolvedGpus(window), 40);
    QCOMPARE(editor->baseHint(QStringLiteral("capacityKw")),
        QStringLiteral("Base site: 1000; this scenario: change-cooling-capacity"));
    QVERIFY(editor->revertButton(QStringLiteral("capacityKw"))->isEnabled());

    // A second edit updates the same override; a negative one is refused and changes nothing.
    QVERIFY(uitest::typeIntoProperty(editor, QStringLiteral("capacityKw"), QStringLiteral("30")));
    QCOMPARE(window.document()->project().scenarios.at(0).overrides.size(), size_t(2));
    QCOMPARE(
        onlyOfKind(window.document()->project().scenarios.at(0), OverrideKind::ChangeCoolingCapacity)->amount, 30.0);
    QVERIFY(waitForPlan(window, 48)); // 3 + 3 systems
    const std::vector<Scenario> withThirty = window.document()->project().scenarios;
    QVERIFY(uitest::typeIntoProperty(editor, QStringLiteral("capacityKw"), QStringLiteral("-5")));
    QVERIFY(window.document()->project().scenarios == withThirty);
    QVERIFY2(editor->message(QStringLiteral("capacityKw")).contains(QStringLiteral("got -5")),
        qPrintable(editor->message(QStringLiteral("capacityKw"))));
    QCOMPARE(window.document()->undoStack()->count(), 2);

    QTest::mouseClick(editor->revertButton(QStringLiteral("capacityKw")), Qt::LeftButton);
    QVERIFY(window.document()->project().scenarios == before);
    QVERIFY(waitForPlan(window, 72));
    QVERIFY(baseOf(window.document()->project()) == base);
}

// lot-a delivered 2025-01-01 → 2026-04-01 in the scenario: 12 + 3 = 15 months later, after
// the plan start, so nothing is energized (from 16 GPUs). Its life 6 → 4 years is one
// depreciation-life; its retire date one retire-lot. Undo removes each.
void TestScenarioProperties::deliveryBecomesDelayDelivery()
{
    MainWindow window;
    openWithScenario(window, {}, 16, 16);
    const Project base = baseOf(window.document()->project());
    PropertyEditor *editor = window.propertyEditor();
    clickLot(window, 0);
    QCOMPARE(editor->subjectId(), QStringLiteral("lot-a"));
    QVERIFY(uitest::typeIntoProperty(editor, QStringLiteral("delivered"), QStringLiteral("2026-04-01")));
    const ScenarioOverride *delay
        = onlyOfKind(window.document()->project().scenarios.at(0), OverrideKind::DelayDelivery);
    QVERIFY(delay);
    QCOMPARE(delay->lot, LotId(QStringLiteral("lot-a")));
    QCOMPARE(delay->months, 15);
    QVERIFY(waitForPlan(window, 0));
    QCOMPARE(independentlySolvedGpus(window), 0);
    QCOMPARE(editor->baseHint(QStringLiteral("delivered")),
        QStringLiteral("Base site: 2025-01-01; this scenario: delay-delivery"));
    QCOMPARE(editor->baseHint(QStringLiteral("retire")), QStringLiteral("Base site: none"));

    QVERIFY(uitest::typeIntoProperty(editor, QStringLiteral("depreciation.lifeYears"), QStringLiteral("4")));
    QVERIFY(uitest::typeIntoProperty(editor, QStringLiteral("retire"), QStringLiteral("2029-12-31")));
    const Scenario &s = window.document()->project().scenarios.at(0);
    QCOMPARE(s.overrides.size(), size_t(3));
    QCOMPARE(onlyOfKind(s, OverrideKind::DepreciationLife)->amount, 4.0);
    QCOMPARE(onlyOfKind(s, OverrideKind::RetireLot)->from, QDate(2029, 12, 31));
    QCOMPARE(window.document()->undoStack()->count(), 3);
    QVERIFY(baseOf(window.document()->project()) == base);
    QTest::qWait(50);
    uitest::saveShot(editor, QStringLiteral("properties-scenario-lot.png"));
    if (!qEnvironmentVariableIsEmpty("WARMSHELL_SCREENSHOT_DIR"))
        uitest::saveShot(&window, QStringLiteral("properties-scenario-window.png"));

    // A double click on a change in the Scenarios dock shows its object here.
    editor->showNothing();
    window.scenariosDock()->raise();
    QTableWidget *changes = window.scenariosDock()->overrideTable();
    QCOMPARE(changes->rowCount(), 3);
    const QPoint cell = changes->visualItemRect(changes->item(0, 1)).center();
    QTest::mouseClick(changes->viewport(), Qt::LeftButton, {}, cell); // a double click's first press
    QCOMPARE(editor->subject(), PropertyEditor::Subject::None);
    QTest::mouseDClick(changes->viewport(), Qt::LeftButton, {}, cell);
    QCOMPARE(editor->subject(), PropertyEditor::Subject::Lot);
    QCOMPARE(editor->subjectId(), QStringLiteral("lot-a"));

    window.document()->undoStack()->undo();
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->project().scenarios.at(0).overrides.size(), size_t(1));
    window.document()->undoStack()->undo();
    QVERIFY(window.document()->project().scenarios.at(0).overrides.empty());
    QVERIFY(waitForPlan(window, 16));
    QCOMPARE(
        qobject_cast<QLineEdit *>(editor->editor(QStringLiteral("delivered")))->text(), QStringLiteral("2025-01-01"));

    // Base viewed again: the page edits the site itself, with no banner.
    QListWidget *list = window.scenariosDock()->scenarioList();
    window.scenariosDock()->raise();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    QVERIFY(!editor->editsScenario());
    QVERIFY(editor->banner().isEmpty());
    QVERIFY(uitest::typeIntoProperty(editor, QStringLiteral("delivered"), QStringLiteral("2025-02-01")));
    QCOMPARE(window.document()->project().fleet[0].delivered, QDate(2025, 2, 1));
    QVERIFY(window.document()->project().scenarios.at(0).overrides.empty());
}

// A field no override kind expresses is read-only in scenario mode, says why, and typing into
// it changes nothing: a power node's derating and kind, a rack's power limit (one rack and two).
void TestScenarioProperties::otherFieldsAreReadOnly()
{
    MainWindow window;
    openWithScenario(window, {}, 16, 16);
    const Project before = window.document()->project();
    PropertyEditor *editor = window.propertyEditor();
    clickPowerNode(window, QStringLiteral("util-1"));
    auto *derating = qobject_cast<QLineEdit *>(editor->editor(QStringLiteral("derating")));
    QVERIFY(derating && derating->isReadOnly());
    QCOMPARE(
        derating->toolTip(), QStringLiteral("a scenario cannot change a power node's derating; edit the base site"));
    QVERIFY(uitest::typeIntoProperty(editor, QStringLiteral("derating"), QStringLiteral("0.5")));
    QCOMPARE(derating->text(), QStringLiteral("1"));
    QVERIFY(!editor->editor(QStringLiteral("kind"))->isEnabled());
    QVERIFY(!editor->revertButton(QStringLiteral("derating")));

    editor->showRacks({ RackId(QStringLiteral("rack-1")), RackId(QStringLiteral("rack-3")) });
    for (int n : { 2, 1 }) {
        auto *limit = qobject_cast<QLineEdit *>(editor->editor(QStringLiteral("powerLimitKw")));
        QVERIFY(limit && limit->isReadOnly());
        QCOMPARE(limit->toolTip(), QStringLiteral("a scenario cannot change a rack's power limit; edit the base site"));
        QVERIFY(uitest::typeIntoProperty(editor, QStringLiteral("powerLimitKw"), QStringLiteral("12")));
        QCOMPARE(limit->text(), QStringLiteral("30"));
        QCOMPARE(editor->subjectIds().size(), n);
        editor->showRack(RackId(QStringLiteral("rack-1")));
    }
    QVERIFY(window.document()->project() == before);
    QCOMPARE(window.document()->undoStack()->count(), 0);

    // The viewed scenario deleted: the page edits the base site again; undone, the scenario
    // is back in the list and viewed when picked.
    window.scenariosDock()->raise();
    QTest::mouseClick(
        window.scenariosDock()->findChild<QPushButton *>(QStringLiteral("deleteScenarioButton")), Qt::LeftButton);
    QVERIFY(window.document()->project().scenarios.empty());
    QVERIFY(!editor->editsScenario());
    QVERIFY(editor->banner().isEmpty());
    QVERIFY(!qobject_cast<QLineEdit *>(editor->editor(QStringLiteral("powerLimitKw")))->isReadOnly());
    window.document()->undoStack()->undo();
    viewScenario(window);
    QVERIFY(editor->editsScenario());
    QVERIFY(qobject_cast<QLineEdit *>(editor->editor(QStringLiteral("powerLimitKw")))->isReadOnly());
}

// Several lots at once through scenariofields::editOverrides (the app selects one lot at a
// time; racks, its only multi-selection, have no field a scenario changes): one list of
// overrides for both, one undo step; a second edit updates both in place; a refusal of one
// lot refuses the whole edit.
void TestScenarioProperties::manySubjectsAreOneEdit()
{
    Document document;
    QVERIFY(document.open(scenarioAppFixture()));
    Project p = document.project();
    FleetLot second = p.fleet.at(0);
    second.id = LotId(QStringLiteral("lot-b"));
    second.delivered = QDate(2025, 3, 31);
    p.fleet.push_back(second);
    p.scenarios.push_back(Scenario{ QStringLiteral("s"), {}, {} });
    const auto *mapping = scenariofields::mappingFor(PropertyEditor::Subject::Lot, QStringLiteral("delivered"));
    QVERIFY(mapping);
    const QStringList both{ QStringLiteral("lot-a"), QStringLiteral("lot-b") };
    // 2025-01-01 → 2025-06-01: 5 months; 2025-03-31 → 2025-06-01 is no whole number of months.
    scenariofields::OverridesEdit edit = scenariofields::editOverrides(p, 0, *mapping, both, QDate(2025, 6, 1));
    QVERIFY(edit.refusal.startsWith(QStringLiteral("lot-b: delay-delivery moves a date by whole months")));
    QVERIFY(edit.overrides.empty());
    // lot-b on 2025-03-01 instead: 3 months.
    p.fleet[1].delivered = QDate(2025, 3, 1);
    edit = scenariofields::editOverrides(p, 0, *mapping, both, QDate(2025, 6, 1));
    QVERIFY(edit.refusal.isEmpty());
    QCOMPARE(edit.overrides.size(), size_t(2));
    QCOMPARE(edit.overrides[0].lot, LotId(QStringLiteral("lot-a")));
    QCOMPARE(edit.overrides[0].months, 5);
    QCOMPARE(edit.overrides[1].lot, LotId(QStringLiteral("lot-b")));
    QCOMPARE(edit.overrides[1].months, 3);
    p.scenarios[0].overrides = edit.overrides;
    edit = scenariofields::editOverrides(p, 0, *mapping, both, QDate(2025, 7, 1));
    QCOMPARE(edit.overrides.size(), size_t(2));
    QCOMPARE(edit.overrides[0].months, 6);
    QCOMPARE(edit.overrides[1].months, 4);
    // lot-a's base date: its override goes; lot-b's is 2 months earlier than its base.
    edit = scenariofields::editOverrides(p, 0, *mapping, both, QDate(2025, 1, 1));
    QCOMPARE(edit.overrides.size(), size_t(1));
    QCOMPARE(edit.overrides[0].lot, LotId(QStringLiteral("lot-b")));
    QCOMPARE(edit.overrides[0].months, -2);
    edit = scenariofields::editOverrides(p, 0, *mapping, both, std::nullopt);
    QVERIFY(edit.overrides.empty());

    // Through the command: one undo step for both, undone exactly.
    document.modifyProject([&](Project &project) { project = p; });
    const std::vector<Scenario> with = document.project().scenarios;
    const Project base = baseOf(document.project());
    document.undoStack()->push(new SetScenarioOverridesCommand(&document, 0, {}, QStringLiteral("revert both")));
    QVERIFY(document.project().scenarios.at(0).overrides.empty());
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QVERIFY(document.project().scenarios == with);
    QVERIFY(baseOf(document.project()) == base);
}

QTEST_MAIN(TestScenarioProperties)
#include "tst_scenarioproperties.moc"
