// SPDX-License-Identifier: GPL-3.0-or-later
// Live solving and the results dock on real widgets: the plan shown equals solve() on the
// same project, an edit through the undo stack re-solves to what solve() gives for the edited
// project, a newer edit supersedes an older solve, charts carry the plan's numbers and labels,
// and charts export to files. Screenshots go to $WARMSHELL_SCREENSHOT_DIR (or the build tree).

#include "catalog.h"
#include "charts/chartexport.h"
#include "charts/charttable.h"
#include "charts/energizedidlechart.h"
#include "charts/nodeutilisationchart.h"
#include "document/document.h"
#include "elevation/rackelevation.h"
#include "elevation/rackelevationdock.h"
#include "finance/depreciation.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/rackitem.h"
#include "format.h"
#include "mainwindow.h"
#include "project.h"
#include "results/resultsdock.h"
#include "results/resultssummary.h"
#include "solve/solvecontroller.h"
#include "solver/solver.h"
#include "theme.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoCommand>
#include <QUndoStack>

#include <qcustomplot.h>

#include <atomic>

using namespace warmshell;
using namespace warmshell::ui;

namespace {

constexpr int kSolveTimeoutMs = 60000;

// Multiplies one power node's rating (per module) by `factor`; undo restores the rating.
class ScaleNodeRatingCommand : public QUndoCommand
{
public:
    ScaleNodeRatingCommand(Document *document, PowerNodeId node, double factor)
        : m_document(document), m_node(std::move(node))
    {
        m_before = m_document->project().site.power.node(m_node)->rating;
        m_after = scaled(m_before, factor);
    }
    static PowerRating scaled(const PowerRating &r, double factor)
    {
        return r.isKva() ? PowerRating::kva(KiloVoltAmperes(r.nameplateValue() * factor), r.powerFactor())
                         : PowerRating::kilowatts(Kilowatts(r.nameplateValue() * factor));
    }
    void redo() override { set(m_after); }
    void undo() override { set(m_before); }

private:
    void set(const PowerRating &rating)
    {
        m_document->modifyProject([&](Project &p) { p.site.power.node(m_node)->rating = rating; });
    }
    Document *m_document;
    PowerNodeId m_node;
    PowerRating m_before, m_after;
};

Project scaledProject(Project project, const PowerNodeId &node, double factor)
{
    PowerNode *n = project.site.power.node(node);
    n->rating = ScaleNodeRatingCommand::scaled(n->rating, factor);
    return project;
}

SolveOptions defaultOptions()
{
    return SolveOptions{};
}

// Shows `main` at `size` with the lab example open and waits for its plan; `direct` gets
// solve() of the same project, computed here.
void showLabSolved(MainWindow &main, const QSize &size, CapacityPlan &direct)
{
    main.resize(size);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    QVERIFY(main.openFile(MainWindow::labExample()).isEmpty());
    direct = solve(main.document()->project(), Catalog::builtIn(), defaultOptions());
    QTRY_COMPARE_WITH_TIMEOUT(main.resultsDock()->shownEnergizedGpus(), direct.energizedGpus(), kSolveTimeoutMs);
    QTRY_VERIFY(!main.solveController()->isStale());
}

QString screenshotDir()
{
    const QByteArray env = qgetenv("WARMSHELL_SCREENSHOT_DIR");
    const QString dir
        = env.isEmpty() ? QStringLiteral(WARMSHELL_BINARY_DIR "/screenshots") : QString::fromLocal8Bit(env);
    QDir().mkpath(dir);
    return dir;
}

// A rack of the plan with the most systems placed (ties: the first).
RackId busiestRack(const CapacityPlan &plan)
{
    RackId best;
    int most = -1;
    for (const RackPlacement &p : plan.placements) {
        int n = 0;
        for (const PlacedSystems &s : p.systems)
            n += s.count;
        if (n > most) {
            most = n;
            best = p.rack;
        }
    }
    return best;
}

} // namespace

class TestResults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void liveSolveMatchesSolve_data();
    void liveSolveMatchesSolve();
    void editReSolves_data();
    void editReSolves();
    void newerEditSupersedesOlderSolve_data();
    void newerEditSupersedesOlderSolve();
    void liveSolvingOffMarksStale();
    void loneEditSolvesAtOnceBurstAfterDebounce();
    void planMenuChangesOptions_data();
    void planMenuChangesOptions();
    void energizedIdleChart_data();
    void energizedIdleChart();
    void nodeUtilisationChart_data();
    void nodeUtilisationChart();
    void chartTableHeadersWrapWhole();
    void resultsSummaryReadsFirst_data();
    void resultsSummaryReadsFirst();
    void failedPlanShowsNoFigures();
    void tablesNameObjectsAndLegendFits_data();
    void tablesNameObjectsAndLegendFits();
    void chartExport_data();
    void chartExport();
    void screenshots();
};

void TestResults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // no saved window layout from earlier runs
}

void TestResults::liveSolveMatchesSolve_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("lab") << MainWindow::labExample();
    QTest::newRow("campus") << MainWindow::campusExample();
}

void TestResults::liveSolveMatchesSolve()
{
    QFETCH(QString, file);
    MainWindow window;
    QVERIFY(window.openFile(file).isEmpty());
    const CapacityPlan direct = solve(window.document()->project(), Catalog::builtIn(), defaultOptions());
    QVERIFY(direct.energizedGpus() > 0);

    QTRY_COMPARE_WITH_TIMEOUT(window.resultsDock()->shownEnergizedGpus(), direct.energizedGpus(), kSolveTimeoutMs);
    QVERIFY(!window.solveController()->isStale());
    const CapacityPlan *live = window.solveController()->plan();
    QVERIFY(live);
    QCOMPARE(live->idleGpus(), direct.idleGpus());
    QCOMPARE(live->generations.size(), direct.generations.size());
    // The table, row by row, against the direct solve.
    QTableWidget *table = window.resultsDock()->generationTable();
    QCOMPARE(table->rowCount(), int(direct.generations.size()) + 1);
    for (int i = 0; i < int(direct.generations.size()); ++i) {
        const GenerationResult &g = direct.generations[size_t(i)];
        QCOMPARE(table->item(i, ResultsDock::GenerationName)->text(), g.generation);
        QCOMPARE(table->item(i, ResultsDock::EnergizedGpus)->data(ResultsDock::ValueRole).toInt(), g.energizedGpus);
        QCOMPARE(table->item(i, ResultsDock::IdleGpus)->data(ResultsDock::ValueRole).toInt(), g.idleGpus);
        QCOMPARE(table->item(i, ResultsDock::IdleDepreciation)->data(ResultsDock::ValueRole).toDouble(),
            g.idleDepreciationPerMonth.value());
    }
    // The status bar headline names the same totals.
    QVERIFY2(
        window.planHeadline().contains(QLocale().toString(direct.energizedGpus())), qPrintable(window.planHeadline()));
    QVERIFY(!window.planHeadline().contains(QStringLiteral("stale")));
}

void TestResults::editReSolves_data()
{
    QTest::addColumn<double>("factor");
    QTest::newRow("binding node raised x1.5") << 1.5;
    QTest::newRow("binding node lowered x0.5") << 0.5;
}

void TestResults::editReSolves()
{
    QFETCH(double, factor);
    MainWindow window;
    QVERIFY(window.openFile(MainWindow::campusExample()).isEmpty());
    const Project original = window.document()->project();
    const CapacityPlan before = solve(original, Catalog::builtIn(), defaultOptions());
    QTRY_COMPARE_WITH_TIMEOUT(window.resultsDock()->shownEnergizedGpus(), before.energizedGpus(), kSolveTimeoutMs);

    // A binding power node whose new rating changes the answer, found by solving directly.
    PowerNodeId node;
    int expected = -1;
    for (const BindingConstraint &b : before.binding) {
        if (b.kind != QStringLiteral("power"))
            continue;
        const CapacityPlan edited
            = solve(scaledProject(original, PowerNodeId(b.object), factor), Catalog::builtIn(), defaultOptions());
        if (edited.energizedGpus() != before.energizedGpus()) {
            node = PowerNodeId(b.object);
            expected = edited.energizedGpus();
            break;
        }
    }
    QVERIFY2(!node.isNull(), "no binding power node changes the campus plan");
    QVERIFY(factor > 1 ? expected > before.energizedGpus() : expected < before.energizedGpus());

    window.document()->undoStack()->push(new ScaleNodeRatingCommand(window.document(), node, factor));
    QVERIFY(window.solveController()->isStale());
    QTRY_COMPARE_WITH_TIMEOUT(window.resultsDock()->shownEnergizedGpus(), expected, kSolveTimeoutMs);
    QTRY_VERIFY(!window.solveController()->isStale());

    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->project(), original);
    QTRY_COMPARE_WITH_TIMEOUT(window.resultsDock()->shownEnergizedGpus(), before.energizedGpus(), kSolveTimeoutMs);
}

void TestResults::newerEditSupersedesOlderSolve_data()
{
    QTest::addColumn<int>("edits");
    QTest::newRow("one newer edit") << 1;
    QTest::newRow("three newer edits") << 3;
}

void TestResults::newerEditSupersedesOlderSolve()
{
    QFETCH(int, edits);
    Document document;
    SolveController controller(&document);
    controller.setDebounceMs(0);
    // The first solve blocks until it is cancelled; the later ones solve for real.
    std::atomic<int> calls{ 0 };
    std::atomic<bool> firstSawCancel{ false };
    controller.setSolveFunction([&](const Project &project, const SolveOptions &options) {
        if (calls.fetch_add(1) == 0) {
            for (int i = 0; i < 20000 && !options.cancel->load(); ++i)
                QThread::msleep(1);
            firstSawCancel = options.cancel->load();
            CapacityPlan plan = solve(project, Catalog::builtIn(), options);
            return plan;
        }
        return solve(project, Catalog::builtIn(), options);
    });
    QSignalSpy ready(&controller, &SolveController::planReady);

    QVERIFY(document.open(MainWindow::labExample()));
    QTRY_VERIFY(controller.isBusy()); // the first solve is running (and blocking)
    const quint64 first = controller.currentGeneration();

    // Lower the first rack-feeding node step by step; each edit is newer than the running solve.
    const PowerNodeId node(document.project().site.racks.front().feedA);
    for (int i = 0; i < edits; ++i)
        document.undoStack()->push(new ScaleNodeRatingCommand(&document, node, 0.5));
    QVERIFY(controller.isStale());
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy() && !controller.isStale(), kSolveTimeoutMs);

    QVERIFY(firstSawCancel);
    QCOMPARE(ready.count(), 1); // only the newest project's plan was published
    const quint64 published = ready.at(0).at(1).value<quint64>();
    QCOMPARE(published, controller.currentGeneration());
    QVERIFY(published > first);
    const CapacityPlan expected = solve(document.project(), Catalog::builtIn(), defaultOptions());
    QCOMPARE(controller.plan()->energizedGpus(), expected.energizedGpus());
    QVERIFY(!controller.plan()->cancelled);
    QCOMPARE(controller.planProject(), document.project());
}

void TestResults::liveSolvingOffMarksStale()
{
    MainWindow window;
    QVERIFY(window.openFile(MainWindow::labExample()).isEmpty());
    SolveController *controller = window.solveController();
    QTRY_VERIFY_WITH_TIMEOUT(controller->plan() && !controller->isStale(), kSolveTimeoutMs);
    const int before = window.resultsDock()->shownEnergizedGpus();

    controller->setLiveSolving(false);
    const PowerNodeId node(window.document()->project().site.racks.front().feedA);
    window.document()->undoStack()->push(new ScaleNodeRatingCommand(window.document(), node, 0.25));
    QTest::qWait(controller->debounceMs() + 100);
    QVERIFY(controller->isStale());
    QVERIFY(!controller->isBusy());
    QCOMPARE(window.resultsDock()->shownEnergizedGpus(), before);
    // Not current comes first: in the dock's summary and headline and in the status bar.
    QVERIFY(window.resultsDock()->headline()->text().startsWith(
        theme::coloured(theme::Role::WarningText, QStringLiteral("<b>Stale</b>"))));
    QVERIFY2(window.resultsDock()->summary()->text().startsWith(QStringLiteral("Stale: the project changed")),
        qPrintable(window.resultsDock()->summary()->text()));
    QVERIFY2(window.planHeadline().startsWith(QStringLiteral("stale · ")), qPrintable(window.planHeadline()));

    controller->solveNow();
    const CapacityPlan expected = solve(window.document()->project(), Catalog::builtIn(), defaultOptions());
    QTRY_COMPARE_WITH_TIMEOUT(window.resultsDock()->shownEnergizedGpus(), expected.energizedGpus(), kSolveTimeoutMs);
    QVERIFY(!window.resultsDock()->headline()->text().contains(QStringLiteral("Stale")));
    QVERIFY(!window.resultsDock()->summary()->text().contains(QStringLiteral("Stale")));
}

// A lone edit (none in the debounce interval before it) starts its solve as soon as the event
// loop runs once, not a debounce later; two edits in one burst start nothing then, and are
// solved once, after the debounce, for the second's project.
void TestResults::loneEditSolvesAtOnceBurstAfterDebounce()
{
    Document document;
    SolveController controller(&document);
    std::atomic<int> calls{ 0 };
    controller.setSolveFunction([&](const Project &project, const SolveOptions &options) {
        ++calls;
        return solve(project, Catalog::builtIn(), options);
    });
    controller.setDebounceMs(300);
    QVERIFY(document.open(MainWindow::labExample()));
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy() && !controller.isStale(), kSolveTimeoutMs);
    QCOMPARE(calls.load(), 1);
    const PowerNodeId node(document.project().site.racks.front().feedA);

    QTest::qWait(400); // quiet for longer than the debounce
    document.undoStack()->push(new ScaleNodeRatingCommand(&document, node, 0.5));
    QVERIFY(controller.isStale());
    QVERIFY(!controller.isBusy());
    QCoreApplication::processEvents(); // one pass: well inside the 300 ms debounce
    QVERIFY(controller.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy() && !controller.isStale(), kSolveTimeoutMs);
    QCOMPARE(calls.load(), 2);
    QCOMPARE(controller.plan()->energizedGpus(),
        solve(document.project(), Catalog::builtIn(), defaultOptions()).energizedGpus());

    QTest::qWait(400);
    document.undoStack()->push(new ScaleNodeRatingCommand(&document, node, 0.5));
    document.undoStack()->push(new ScaleNodeRatingCommand(&document, node, 0.5));
    QCoreApplication::processEvents();
    QVERIFY(!controller.isBusy());
    QVERIFY(controller.isStale());
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy() && !controller.isStale(), kSolveTimeoutMs);
    QCOMPARE(calls.load(), 3);
    QCOMPARE(controller.planProject(), document.project());
    QCOMPARE(controller.plan()->energizedGpus(),
        solve(document.project(), Catalog::builtIn(), defaultOptions()).energizedGpus());
}

void TestResults::planMenuChangesOptions_data()
{
    QTest::addColumn<QString>("submenu");
    QTest::addColumn<QString>("actionText"); // without '&'
    QTest::addColumn<int>("objective"); // Objective
    QTest::addColumn<int>("precision"); // Precision
    QTest::newRow("most GPUs") << QStringLiteral("Objective") << QStringLiteral("Most GPUs") << int(Objective::Gpus)
                               << int(Precision::Bf16);
    QTest::newRow("least idle depreciation") << QStringLiteral("Objective") << QStringLiteral("Least idle depreciation")
                                             << int(Objective::IdleCost) << int(Precision::Bf16);
    QTest::newRow("FP8") << QStringLiteral("Precision") << QStringLiteral("FP8") << int(Objective::Compute)
                         << int(Precision::Fp8);
}

void TestResults::planMenuChangesOptions()
{
    QFETCH(QString, submenu);
    QFETCH(QString, actionText);
    QFETCH(int, objective);
    QFETCH(int, precision);
    MainWindow window;
    QVERIFY(window.openFile(MainWindow::campusExample()).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(window.solveController()->plan() && !window.solveController()->isStale(), kSolveTimeoutMs);

    // Plan → submenu → action, found by their texts as the user reads them.
    const auto plain = [](QString text) { return text.remove(QLatin1Char('&')); };
    QMenu *plan = nullptr;
    for (QAction *a : window.menuBar()->actions()) {
        if (a->menu() && plain(a->text()) == QStringLiteral("Plan"))
            plan = a->menu();
    }
    QVERIFY(plan);
    QAction *target = nullptr;
    for (QAction *a : plan->actions()) {
        if (a->menu() && plain(a->text()) == submenu) {
            for (QAction *b : a->menu()->actions()) {
                if (plain(b->text()).startsWith(actionText))
                    target = b;
            }
        }
        if (plain(a->text()).startsWith(QStringLiteral("Cancel")))
            QVERIFY(!a->isEnabled()); // nothing to cancel while idle
    }
    QVERIFY(target);
    target->trigger();
    QVERIFY(window.solveController()->isStale());

    SolveOptions options;
    options.objectives = { Objective(objective) };
    options.precision = Precision(precision);
    const CapacityPlan expected = solve(window.document()->project(), Catalog::builtIn(), options);
    QTRY_VERIFY_WITH_TIMEOUT(!window.solveController()->isStale(), kSolveTimeoutMs);
    const CapacityPlan *shown = window.solveController()->plan();
    QCOMPARE(int(shown->objective), objective);
    QCOMPARE(int(shown->options.precision), precision);
    QCOMPARE(shown->objectiveValue, expected.objectiveValue);
    QCOMPARE(window.resultsDock()->shownEnergizedGpus(), expected.energizedGpus());
}

void TestResults::energizedIdleChart_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<int>>("energized");
    QTest::addColumn<QList<int>>("idle");
    QTest::newRow("three generations") << QStringList{ QStringLiteral("A100"), QStringLiteral("H100"),
        QStringLiteral("GB200") } << QList<int>{ 136, 1536, 2480 }
                                       << QList<int>{ 64, 0, 1152 };
    QTest::newRow("one, all idle") << QStringList{ QStringLiteral("B200") } << QList<int>{ 0 } << QList<int>{ 512 };
    QTest::newRow("none") << QStringList{} << QList<int>{} << QList<int>{};
}

void TestResults::energizedIdleChart()
{
    QFETCH(QStringList, names);
    QFETCH(QList<int>, energized);
    QFETCH(QList<int>, idle);
    std::vector<GenerationResult> generations;
    for (int i = 0; i < names.size(); ++i) {
        GenerationResult g;
        g.generation = names[i];
        g.energizedGpus = energized[i];
        g.idleGpus = idle[i];
        generations.push_back(g);
    }
    QCustomPlot plot;
    plot.resize(600, 400);
    charts::buildEnergizedIdleChart(&plot, generations);
    QCPBars *e = charts::energizedBars(&plot);
    QCPBars *d = charts::idleBars(&plot);
    QVERIFY(e && d);
    QCOMPARE(d->barBelow(), e); // stacked: idle on top of energized
    QCOMPARE(e->data()->size(), names.size());
    QCOMPARE(d->data()->size(), names.size());
    int top = 0;
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(e->data()->at(i)->key, double(i + 1));
        QCOMPARE(e->data()->at(i)->value, double(energized[i]));
        QCOMPARE(d->data()->at(i)->value, double(idle[i]));
        top = std::max(top, energized[i] + idle[i]);
    }
    auto ticker = plot.xAxis->ticker().dynamicCast<QCPAxisTickerText>();
    QVERIFY(ticker);
    QCOMPARE(ticker->ticks().values(), names);
    QCOMPARE(plot.xAxis->label(), QStringLiteral("GPU generation"));
    QCOMPARE(plot.yAxis->label(), QStringLiteral("GPUs"));
    QVERIFY(plot.yAxis->range().upper >= top); // the tallest stack is inside the chart
    QVERIFY(plot.legend->visible());
}

void TestResults::nodeUtilisationChart_data()
{
    // Each node: usable kW, load kW, live, binding. Expected bars: percent of usable.
    QTest::addColumn<QList<double>>("usable");
    QTest::addColumn<QList<double>>("load");
    QTest::addColumn<QList<bool>>("live");
    QTest::addColumn<QList<bool>>("binding");
    QTest::addColumn<int>("maxBars");
    QTest::addColumn<QList<double>>("normalPercent"); // shown, not binding, most utilised first
    QTest::addColumn<QList<double>>("bindingPercent"); // shown, binding, most utilised first
    QTest::addColumn<QStringList>("names"); // the bars from the top down
    QTest::newRow("mixed") << QList<double>{ 1000, 2000, 500, 800 } << QList<double>{ 950, 500, 500, 100 }
                           << QList<bool>{ true, true, true, false } << QList<bool>{ false, false, true, false } << 24
                           << QList<double>{ 95, 25 } << QList<double>{ 100 }
                           << QStringList{ QStringLiteral("Node 2"), QStringLiteral("Node 0"),
                                  QStringLiteral("Node 1") };
    QTest::newRow("capped to the two fullest")
        << QList<double>{ 100, 100, 100 } << QList<double>{ 10, 90, 60 } << QList<bool>{ true, true, true }
        << QList<bool>{ false, false, false } << 2 << QList<double>{ 90, 60 } << QList<double>{}
        << QStringList{ QStringLiteral("Node 1"), QStringLiteral("Node 2") };
}

void TestResults::nodeUtilisationChart()
{
    QFETCH(QList<double>, usable);
    QFETCH(QList<double>, load);
    QFETCH(QList<bool>, live);
    QFETCH(QList<bool>, binding);
    QFETCH(int, maxBars);
    QFETCH(QList<double>, normalPercent);
    QFETCH(QList<double>, bindingPercent);
    QFETCH(QStringList, names);
    std::vector<CapacityUse> uses;
    for (int i = 0; i < usable.size(); ++i) {
        CapacityUse u;
        u.object = QStringLiteral("N%1").arg(i);
        u.name = QStringLiteral("Node %1").arg(i);
        u.usable = Kilowatts(usable[i]);
        u.installed = Kilowatts(usable[i]);
        u.load = Kilowatts(load[i]);
        u.live = live[i];
        u.binding = binding[i];
        uses.push_back(u);
    }
    QCustomPlot plot;
    charts::buildNodeUtilisationChart(&plot, uses, QStringLiteral("Power"), maxBars);
    QCPBars *normal = charts::utilisationBars(&plot);
    QCPBars *bound = charts::bindingBars(&plot);
    QVERIFY(normal && bound);
    QCOMPARE(normal->data()->size(), normalPercent.size());
    for (int i = 0; i < normalPercent.size(); ++i)
        QCOMPARE(normal->data()->at(i)->value, normalPercent[i]);
    QCOMPARE(bound->data()->size(), bindingPercent.size());
    for (int i = 0; i < bindingPercent.size(); ++i)
        QCOMPARE(bound->data()->at(i)->value, bindingPercent[i]);
    QCPGraph *limit = charts::limitLine(&plot);
    QVERIFY(limit);
    QCOMPARE(limit->data()->size(), 2);
    QCOMPARE(limit->data()->at(0)->value, 100.0);
    QCOMPARE(limit->data()->at(1)->value, 100.0);
    // Horizontal bars: names down the left axis, the most utilised on top (key 1, the axis
    // reversed), the utilisation along the bottom.
    QCOMPARE(plot.xAxis->label(), QStringLiteral("Utilisation of usable capacity (%)"));
    QCOMPARE(plot.yAxis->label(), QStringLiteral("Node"));
    QVERIFY(plot.xAxis->range().upper > 100);
    QVERIFY(plot.yAxis->rangeReversed());
    QCOMPARE(normal->keyAxis(), plot.yAxis);
    auto ticker = plot.yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    QVERIFY(ticker);
    QCOMPARE(ticker->ticks().values(), names);
    QCOMPARE(plot.yAxis->tickLabelRotation(), 0.0);

    // The table beside a chart: one row per bar from the top down, each node's percent in the
    // column of its series; the 100 % line is no row.
    QTableWidget table;
    charts::showChartValues(&table, &plot);
    QCOMPARE(table.rowCount(), names.size());
    // Node, then a column per series with bars: utilisation, binding; no 100 % line.
    QStringList headers;
    for (int c = 1; c < table.columnCount(); ++c)
        headers << table.horizontalHeaderItem(c)->text();
    QStringList expectedHeaders;
    if (!normalPercent.isEmpty())
        expectedHeaders << normal->name();
    if (!bindingPercent.isEmpty())
        expectedHeaders << bound->name();
    QCOMPARE(headers, expectedHeaders);
    for (int row = 0; row < names.size(); ++row) {
        QCOMPARE(table.item(row, 0)->text(), names[row]);
        const int node = names[row].section(QLatin1Char(' '), 1).toInt();
        const int column = int(headers.indexOf(binding[node] ? bound->name() : normal->name())) + 1;
        QVERIFY(column > 0 && table.item(row, column));
        QCOMPARE(table.item(row, column)->data(charts::kChartValueRole).toDouble(), load[node] / usable[node] * 100.0);
        for (int other = 1; other < table.columnCount(); ++other)
            QVERIFY(other == column || !table.item(row, other));
    }
}

// The table beside a chart with long series names: each value column is as wide as its
// numbers or the longest word of its name, and the header row is tall enough for every name
// wrapped at word boundaries (the lines counted here by a greedy wrap of the test's own), so no
// header is cut (the timeline's "Facility power available (MW)" showed as "power availa").
void TestResults::chartTableHeadersWrapWhole()
{
    QCustomPlot plot;
    const QStringList names{ QStringLiteral("Facility power available (MW)"),
        QStringLiteral("Cumulative idle depreciation (right axis, USD)"), QStringLiteral("PUE") };
    const QList<double> values{ 13.0, 27739461.0, 1.25 };
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto *bars = new QCPBars(plot.xAxis, plot.yAxis);
        bars->setName(names[i]);
        bars->addData(1.0, values[i]);
        bars->addData(2.0, values[i] / 2);
    }
    QTableWidget table;
    table.resize(400, 300);
    charts::showChartValues(&table, &plot);
    QCOMPARE(table.columnCount(), 4);
    const QHeaderView *header = table.horizontalHeader();
    const QFontMetrics cells = table.fontMetrics(), heads = header->fontMetrics();
    const int headerMargin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    int linesNeeded = 1;
    for (int c = 1; c < table.columnCount(); ++c) {
        const int width = table.columnWidth(c);
        for (int r = 0; r < table.rowCount(); ++r)
            QVERIFY2(cells.horizontalAdvance(table.item(r, c)->text()) < width, qPrintable(table.item(r, c)->text()));
        QCOMPARE(table.horizontalHeaderItem(c)->text(), names[c - 1]);
        QCOMPARE(table.horizontalHeaderItem(c)->toolTip(), names[c - 1]);
        int lines = 1;
        QString line;
        for (const QString &word : names[c - 1].split(QLatin1Char(' '))) {
            QVERIFY2(heads.horizontalAdvance(word) <= width - headerMargin, qPrintable(word));
            const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (!line.isEmpty() && heads.horizontalAdvance(longer) > width - headerMargin) {
                ++lines;
                line = word;
            } else {
                line = longer;
            }
        }
        linesNeeded = std::max(linesNeeded, lines);
    }
    QVERIFY(linesNeeded >= 2); // the long names do wrap at these widths
    QVERIFY2(header->minimumHeight() >= linesNeeded * heads.lineSpacing() - heads.leading(),
        qPrintable(QStringLiteral("%1 px for %2 lines").arg(header->minimumHeight()).arg(linesNeeded)));
    QCOMPARE(header->defaultAlignment() & Qt::TextWordWrap, Qt::TextWordWrap);
}

// A solve refused by validation placed nothing: the summary says it failed and shows none of
// the empty figures ("No GPUs in the fleet", "USD 0 per month", "every available system is
// energized") that would read as the site's. A plan shows them all.
void TestResults::failedPlanShowsNoFigures()
{
    ResultsSummary summary;
    CapacityPlan failed;
    failed.status = warmshell::PlanStatus::Failed;
    failed.date = QDate(2026, 1, 1);
    summary.setPlan(failed, QStringLiteral("USD"));
    summary.setCurrency(true, QStringLiteral("1 problem: rack 1 has no power feed"));
    const QString text = summary.text();
    QVERIFY2(text.contains(QStringLiteral("(failed)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Not current")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("No GPUs in the fleet")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Idle cost")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Binding limit")), qPrintable(text));

    CapacityPlan placed = failed;
    placed.status = warmshell::PlanStatus::Optimal;
    summary.setPlan(placed, QStringLiteral("USD"));
    QVERIFY(summary.text().contains(QStringLiteral("Idle cost")));
    QVERIFY(summary.text().contains(QStringLiteral("Binding limit")));

    // The dock's generation table: no "All generations 0 0 0 0" row for a failed solve; the
    // total row for a plan.
    ResultsDock dock;
    dock.setPlan(failed, QStringLiteral("USD"));
    QCOMPARE(dock.generationTable()->rowCount(), 0);
    dock.setPlan(placed, QStringLiteral("USD"));
    QCOMPARE(dock.generationTable()->rowCount(), 1);
    QCOMPARE(dock.generationTable()->item(0, 0)->text(), QStringLiteral("All generations"));
}

void TestResults::resultsSummaryReadsFirst_data()
{
    QTest::addColumn<QSize>("window");
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1600x1000") << QSize(1600, 1000);
}

// Issue 16 item 15: the summary on top of the results dock names, per generation, the GPUs
// energized and idle, the idle cost per month, the facility power used of available, the plan
// date and the binding limit — each figure computed here from the project and the placements
// (not from the plan's totals) — and shows all of it, unclipped, at the default dock width of
// a fresh window. Beside the node chart a table holds its values, and hovering a bar says its
// node and value.
void TestResults::resultsSummaryReadsFirst()
{
    QFETCH(QSize, window);
    MainWindow main;
    CapacityPlan direct;
    showLabSolved(main, window, direct);
    if (QTest::currentTestFailed())
        return;
    const Project &project = main.document()->project();
    const QDate date = project.site.planStart;
    QCOMPARE(direct.date, date);

    // Independently: GPUs and kW from the placements, the fleet's GPUs on hand, the idle
    // systems' depreciation from the finance functions, the utility's usable capacity.
    QMap<QString, int> energized, onHand;
    QMap<SystemModelId, int> placed;
    double usedKw = 0;
    for (const RackPlacement &rack : direct.placements) {
        for (const PlacedSystems &systems : rack.systems) {
            const SystemModel *model = project.model(systems.model, Catalog::builtIn());
            energized[model->generation] += systems.count * model->gpusPerSystem;
            placed[systems.model] += systems.count;
            usedKw += systems.power.value();
        }
    }
    double idleCost = 0;
    for (const FleetLot &lot : project.fleet) { // one lot per model in the lab
        QVERIFY(lot.delivered <= date && !lot.retire.isValid());
        const SystemModel *model = project.model(lot.model, Catalog::builtIn());
        onHand[model->generation] += lot.count * model->gpusPerSystem;
        idleCost += (lot.count - placed.value(lot.model))
            * monthlyDepreciation(lot.depreciation, lot.unitCost, lot.delivered, date).value();
    }
    double availableKw = 0;
    for (const PowerNode &node : project.site.power.nodes())
        if (node.kind == PowerNodeKind::Utility && node.isCommissionedBy(date))
            availableKw += node.usableCapacity(date).value();

    ResultsDock *dock = main.resultsDock();
    dock->raise();
    QApplication::processEvents();
    const QString summary = dock->summary()->text();
    QVERIFY2(
        summary.startsWith(QStringLiteral("Plan for %1 (%2)").arg(date.toString(Qt::ISODate), keyOf(direct.status))),
        qPrintable(summary));
    QCOMPARE(energized.keys(), onHand.keys());
    for (const QString &generation : energized.keys()) {
        const QString line = QStringLiteral("%1: %L2 energized, %L3 idle GPUs")
                                 .arg(generation)
                                 .arg(energized[generation])
                                 .arg(onHand[generation] - energized[generation]);
        QVERIFY2(summary.contains(line), qPrintable(line + QStringLiteral(" in\n") + summary));
    }
    const QString currency = project.site.currency;
    QVERIFY2(summary.contains(QStringLiteral("Idle cost: %1 per month").arg(format::money(Money(idleCost), currency))),
        qPrintable(summary));
    QVERIFY2(
        summary.contains(QStringLiteral("Facility power: %1 used of %2 available")
                             .arg(format::megawatts(Kilowatts(usedKw)), format::megawatts(Kilowatts(availableKw)))),
        qPrintable(summary));
    QVERIFY(!direct.binding.empty());
    QVERIFY2(summary.contains(
                 QStringLiteral("Binding limit: ") + direct.binding.front().text.section(QStringLiteral("; "), 0, 0)),
        qPrintable(summary));

    // All of it on screen at the default dock width: every line shown whole, none clipped.
    for (QLabel *line : dock->summary()->findChildren<QLabel *>()) {
        if (line->isHidden())
            continue;
        QVERIFY2(line->isVisible(), qPrintable(line->objectName()));
        QCOMPARE(line->visibleRegion().boundingRect(), line->rect());
        QVERIFY2(line->height() >= line->heightForWidth(line->width()), qPrintable(line->objectName()));
    }
    QVERIFY2(dock->summary()->visibleRegion().boundingRect() == dock->summary()->rect(), "the summary is clipped");
    uitest::saveShot(&main, QStringLiteral("results-summary-%1x%2.png").arg(window.width()).arg(window.height()));

    // The node chart's values in the table beside it, most utilised first, and a tooltip on
    // the top bar naming that node.
    dock->chartTabs()->setCurrentIndex(1);
    QApplication::processEvents();
    QTableWidget *table = dock->utilisationTable();
    std::vector<CapacityUse> live;
    for (const CapacityUse &use : direct.powerNodes)
        if (use.live && use.usable.value() > 0)
            live.push_back(use);
    std::stable_sort(live.begin(), live.end(),
        [](const CapacityUse &a, const CapacityUse &b) { return a.utilisation() > b.utilisation(); });
    QCOMPARE(table->rowCount(), int(live.size()));
    for (int row = 0; row < int(live.size()); ++row) {
        QCOMPARE(table->item(row, 0)->text(), live[size_t(row)].name);
        QCOMPARE(table->item(row, 1)->data(ResultsDock::ValueRole).toDouble(), live[size_t(row)].load.value());
        QCOMPARE(table->item(row, 2)->data(ResultsDock::ValueRole).toDouble(), live[size_t(row)].usable.value());
    }
    QCustomPlot *chart = dock->powerUtilisationChart();
    QVERIFY(chart->isVisible());
    const double topPercent = live.front().utilisation() * 100.0;
    const QPoint onTopBar(int(chart->xAxis->coordToPixel(topPercent / 2)), int(chart->yAxis->coordToPixel(1)));
    QTest::mouseMove(chart, onTopBar);
    QTRY_VERIFY2(chart->toolTip().contains(live.front().name), qPrintable(chart->toolTip()));
    QVERIFY2(chart->toolTip().contains(QLocale().toString(topPercent, 'f', 1)), qPrintable(chart->toolTip()));
    uitest::saveShot(dock, QStringLiteral("results-dock-%1x%2.png").arg(window.width()).arg(window.height()));
}

void TestResults::tablesNameObjectsAndLegendFits_data()
{
    resultsSummaryReadsFirst_data();
}

// Issue 16 item 16 in the results dock: the marginal-value and stranded-capacity tables name
// power nodes and cooling units as the lab's file names them ("UPS 1", not "ups-1"), the id in
// the cell's tooltip, and no cell of either table (the reasons too) shows an id. The lab's plan
// has a marginal value at ups-1 and stranded power at every node (checked here from solve()).
// At the default dock width of a fresh window the node chart's legend lies wholly inside the
// chart, every entry, once the chart's tab is chosen by a click.
void TestResults::tablesNameObjectsAndLegendFits()
{
    QFETCH(QSize, window);
    const auto settings = uitest::useFreshSettings();
    MainWindow main;
    CapacityPlan direct;
    showLabSolved(main, window, direct);
    if (QTest::currentTestFailed())
        return;
    const Project &project = main.document()->project();
    QVERIFY(!direct.marginalValues.empty() && !direct.stranded.empty());

    QHash<QString, QString> nameOf; // id → the name in the file
    for (const PowerNode &node : project.site.power.nodes())
        nameOf.insert(node.id.toString(), node.name);
    for (const CoolingUnit &unit : project.site.coolingUnits)
        nameOf.insert(unit.id.toString(), unit.name);
    const auto checkTable = [&](QTableWidget *table, const QStringList &objects) {
        QCOMPARE(table->rowCount(), objects.size());
        for (int row = 0; row < table->rowCount(); ++row) {
            QVERIFY(nameOf.contains(objects[row]));
            QCOMPARE(table->item(row, 0)->text(), nameOf.value(objects[row]));
            QVERIFY2(table->item(row, 0)->toolTip().contains(objects[row]), qPrintable(table->item(row, 0)->toolTip()));
            for (int column = 0; column < table->columnCount(); ++column) {
                const QString text = table->item(row, column) ? table->item(row, column)->text() : QString();
                for (auto id = nameOf.keyBegin(); id != nameOf.keyEnd(); ++id) {
                    const QRegularExpression word(
                        QStringLiteral("(^|[^\\w-])%1($|[^\\w-])").arg(QRegularExpression::escape(*id)));
                    QVERIFY2(!word.match(text).hasMatch(), qPrintable(QStringLiteral("%1: %2").arg(*id, text)));
                }
            }
        }
    };
    QStringList marginal, stranded;
    for (const MarginalValue &m : direct.marginalValues)
        marginal << m.object;
    for (const StrandedCapacity &sc : direct.stranded)
        stranded << sc.object;
    checkTable(main.resultsDock()->marginalTable(), marginal);
    checkTable(main.resultsDock()->strandedTable(), stranded);
    if (QTest::currentTestFailed())
        return;
    // The binding limits and the explanations of idle systems name racks and nodes too: rack
    // B-01 is full in the lab's plan (asserted of solve() here), and no line shows an id.
    QHash<QString, QString> withRacks = nameOf;
    for (const Rack &rack : project.site.racks)
        withRacks.insert(rack.id.toString(), rack.name);
    QVERIFY(std::any_of(direct.binding.begin(), direct.binding.end(),
        [](const BindingConstraint &b) { return b.object == QStringLiteral("rack-B-01"); }));
    QStringList lines;
    for (QListWidget *list : { main.resultsDock()->bindingList(), main.resultsDock()->explanationList() })
        for (int i = 0; i < list->count(); ++i)
            lines << list->item(i)->text();
    QVERIFY2(lines.filter(QStringLiteral("Rack B-01 is full")).size() == 2, qPrintable(lines.join(QLatin1Char('\n'))));
    for (const QString &line : lines)
        for (auto id = withRacks.keyBegin(); id != withRacks.keyEnd(); ++id)
            QVERIFY2(
                !QRegularExpression(QStringLiteral("(^|[^\\w-])%1($|[^\\w-])").arg(QRegularExpression::escape(*id)))
                     .match(line)
                     .hasMatch(),
                qPrintable(QStringLiteral("%1: %2").arg(*id, line)));

    // The reasons name the binding node by its name: "UPS 1 binds".
    const QTableWidget *strandedTable = main.resultsDock()->strandedTable();
    int namingUps = 0;
    for (int row = 0; row < strandedTable->rowCount(); ++row)
        namingUps += strandedTable->item(row, 3)->text() == QStringLiteral("UPS 1 binds") ? 1 : 0;
    QVERIFY(namingUps > 0);

    // The node chart's tab, clicked; then its legend, every entry inside the chart.
    QCustomPlot *chart = main.resultsDock()->powerUtilisationChart();
    auto *tabs = qobject_cast<QTabWidget *>(chart->parentWidget());
    for (QWidget *w = chart; w && !tabs; w = w->parentWidget())
        tabs = qobject_cast<QTabWidget *>(w);
    QVERIFY(tabs);
    int tab = -1;
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i) == QStringLiteral("Power node utilisation"))
            tab = i;
    QVERIFY(tab >= 0);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tab).center());
    QTRY_VERIFY(chart->isVisible());
    chart->replot();
    QVERIFY(chart->legend->visible());
    QCOMPARE(chart->legend->itemCount(), 3);
    const QRect inside = chart->viewport();
    for (int i = 0; i < chart->legend->itemCount(); ++i) {
        const QRect entry = chart->legend->item(i)->outerRect();
        const int needs = chart->legend->item(i)->minimumOuterSizeHint().width();
        QVERIFY2(inside.contains(entry) && entry.width() >= needs,
            qPrintable(QStringLiteral("legend entry %1 at %2,%3 %4×%5 (needs %6) in a %7×%8 chart")
                           .arg(i)
                           .arg(entry.x())
                           .arg(entry.y())
                           .arg(entry.width())
                           .arg(entry.height())
                           .arg(needs)
                           .arg(inside.width())
                           .arg(inside.height())));
    }
}

void TestResults::chartExport_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << QStringLiteral("png") << QByteArray("\x89PNG");
    QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF");
    QTest::newRow("svg") << QStringLiteral("svg") << QByteArray("<?xml");
}

void TestResults::chartExport()
{
    QFETCH(QString, suffix);
    QFETCH(QByteArray, magic);
    GenerationResult g;
    g.generation = QStringLiteral("H100");
    g.energizedGpus = 800;
    g.idleGpus = 200;
    QCustomPlot plot;
    charts::buildEnergizedIdleChart(&plot, { g });
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("chart.") + suffix);
    QCOMPARE(charts::exportChart(&plot, file, 640, 400), QString());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.size() > 500);
    QVERIFY2(bytes.startsWith(magic), bytes.left(16).constData());
    if (suffix == QStringLiteral("png")) {
        const QImage image(file);
        QCOMPARE(image.size(), QSize(1280, 800)); // 2× scale
    } else if (suffix == QStringLiteral("svg")) {
        QVERIFY(bytes.contains("<svg"));
        QVERIFY(bytes.contains("GPUs")); // axis label as text
    }
    // An unknown format is refused and writes nothing.
    const QString bad = dir.filePath(QStringLiteral("chart.bmpx"));
    QVERIFY(charts::exportChart(&plot, bad).contains(QStringLiteral("unknown chart format")));
    QVERIFY(!QFile::exists(bad));
}

void TestResults::screenshots()
{
    MainWindow window;
    QVERIFY(window.openFile(MainWindow::campusExample()).isEmpty());
    const QSize screen = uitest::screenshotSize();
    window.resize(screen);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.minimumSizeHint().width() <= screen.width(), "the window must fit the screen");
    QTRY_VERIFY_WITH_TIMEOUT(window.solveController()->plan() && !window.solveController()->isStale(), kSolveTimeoutMs);
    const CapacityPlan plan = *window.solveController()->plan();
    const RackId rack = busiestRack(plan);
    QVERIFY(!rack.isNull());
    window.floorPlanScene()->rackItem(rack)->setSelected(true);
    QCOMPARE(window.rackElevationDock()->rack(), rack);
    QTest::qWait(100); // the queued re-colouring of the floor plan

    // The floor plan is coloured by the plan: an empty rack and a placed one differ.
    const RackItem *placed = window.floorPlanScene()->rackItem(rack);
    QVERIFY(placed->brush().color() != RackItem::fillColor(CoolingType::Liquid, false));

    const QString dir = screenshotDir();
    QVERIFY(window.grab().save(dir + QStringLiteral("/mainwindow-campus-utilisation.png")));

    ResultsDock *results = window.resultsDock();
    results->setFloating(true);
    results->resize(QSize(1100, 820).boundedTo(screen * 0.9));
    QTest::qWait(50);
    results->chartTabs()->setCurrentIndex(0);
    QVERIFY(results->grab().save(dir + QStringLiteral("/results-energized-idle.png")));
    results->chartTabs()->setCurrentIndex(1);
    results->tabs()->setCurrentIndex(2); // marginal values
    QVERIFY(results->grab().save(dir + QStringLiteral("/results-node-utilisation.png")));

    RackElevationDock *elevation = window.rackElevationDock();
    elevation->setFloating(true);
    elevation->resize(QSize(640, 760).boundedTo(screen * 0.9));
    QTest::qWait(50);
    QVERIFY(!elevation->elevation()->slotsShown().empty());
    QVERIFY(elevation->grab().save(dir + QStringLiteral("/rack-elevation.png")));
}

QTEST_MAIN(TestResults)
#include "tst_results.moc"
