// SPDX-License-Identifier: GPL-3.0-or-later
// The plan views added to the desktop app, driven through real widgets on the campus example:
// the timeline and generation comparison charts carry the numbers computeTimeline() and
// compareGenerations() give for the same project and options; each floor-plan colour mode
// fills every rack with the colour its legend gives for the rack's figure, computed here from
// the plan by hand; over-limit racks are marked; the custom model dialog refuses bad figures
// next to the field and adds a good model to the catalog through the undo stack.
// `screenshots` saves the timeline, comparison and one floor plan per colour mode to
// $WARMSHELL_SCREENSHOT_DIR (or the build tree).

#include "catalog.h"
#include "charts/chartexport.h"
#include "charts/charttable.h"
#include "charts/comparisonchart.h"
#include "charts/timelinechart.h"
#include "document/document.h"
#include "fieldlimits.h"
#include "floorplan/colourmodebar.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "floorplan/rackcolouring.h"
#include "floorplan/rackitem.h"
#include "format.h"
#include "mainwindow.h"
#include "panels/custommodeldialog.h"
#include "panels/fleetpanel.h"
#include "panels/propertyeditor.h"
#include "project.h"
#include "results/timelinedock.h"
#include "solve/solvecontroller.h"
#include "solve/timelinecontroller.h"
#include "thermal.h"
#include "uitestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHelpEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>
#include <QUndoStack>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

using namespace warmshell;
using namespace warmshell::ui;

Q_DECLARE_METATYPE(warmshell::ui::RackColourMode)

namespace {

constexpr int kSolveTimeoutMs = 60000;
constexpr int kTimelineTimeoutMs = 180000;

QString screenshotDir()
{
    const QByteArray env = qgetenv("WARMSHELL_SCREENSHOT_DIR");
    const QString dir
        = env.isEmpty() ? QStringLiteral(WARMSHELL_BINARY_DIR "/screenshots") : QString::fromLocal8Bit(env);
    QDir().mkpath(dir);
    return dir;
}

QAction *modeAction(MainWindow &window, RackColourMode mode)
{
    for (QAction *a : window.colourModeBar()->menu()->actions()) {
        if (a->data().toInt() == int(mode))
            return a;
    }
    return nullptr;
}

// The rack's figure in `mode`, from the plan and the project alone (not rackcolouring).
// Utilisation: load ÷ power limit, -1 when the plan leaves the rack empty. Headroom: the
// smallest (usable − load) ÷ usable of the live cooling units serving the rack, NaN if none.
double figureByHand(RackColourMode mode, const Project &project, const CapacityPlan &plan, const Rack &rack)
{
    if (mode == RackColourMode::PowerUtilisation) {
        for (const RackPlacement &p : plan.placements) {
            int systems = 0;
            for (const PlacedSystems &s : p.systems)
                systems += s.count;
            if (p.rack == rack.id && systems > 0)
                return p.load.value() / rack.powerLimit.value();
        }
        return -1;
    }
    double best = std::nan("");
    for (const CoolingUnit &unit : project.site.coolingUnits) {
        if (std::find(unit.serves.begin(), unit.serves.end(), rack.id) == unit.serves.end())
            continue;
        for (const CapacityUse &use : plan.coolingUnits) {
            if (use.object != unit.id.toString() || !use.live || use.usable.value() <= 0)
                continue;
            const double h = (use.usable.value() - use.load.value()) / use.usable.value();
            if (std::isnan(best) || h < best)
                best = h;
        }
    }
    return best;
}

// The generation the plan places in `rack`: "" if none, "mixed" if more than one.
QString generationByHand(const Project &project, const CapacityPlan &plan, const Rack &rack)
{
    QSet<QString> generations;
    for (const RackPlacement &p : plan.placements) {
        if (p.rack != rack.id)
            continue;
        for (const PlacedSystems &s : p.systems) {
            if (s.count > 0)
                generations.insert(project.model(s.model, Catalog::builtIn())->generation);
        }
    }
    if (generations.isEmpty())
        return {};
    return generations.size() == 1 ? *generations.begin() : QStringLiteral("mixed");
}

void openCampusAndSolve(MainWindow &window)
{
    QVERIFY(window.openFile(MainWindow::campusExample()).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(window.solveController()->plan() && !window.solveController()->isStale(), kSolveTimeoutMs);
    QTest::qWait(20); // the queued re-colouring after the plan
}

} // namespace

class TestPlanViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void timelineChartMatchesModel();
    void colourModes_data();
    void colourModes();
    void inletTemperatureIsNotOffered();
    void inletTemperatureColours();
    void overLimitRacksAreMarked_data();
    void overLimitRacksAreMarked();
    void hoverShowsTheRacksPlan();
    void floorPlanRebuildsForFloorEditsOnly();
    void customModelDialog_data();
    void customModelDialog();
    void screenshots();
};

void TestPlanViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPlanViews::timelineChartMatchesModel()
{
    MainWindow window;
    openCampusAndSolve(window);
    QAction *action = window.findChild<QAction *>(QStringLiteral("timelineAction"));
    QVERIFY(action);
    QSignalSpy ready(window.timelineController(), &TimelineController::resultReady);
    action->trigger();
    QVERIFY(window.timelineController()->isBusy()); // on the worker thread, the UI is free
    QVERIFY(ready.wait(kTimelineTimeoutMs));

    const Project &project = window.document()->project();
    const SolveOptions &solve = window.solveController()->options();
    const Timeline t = computeTimeline(project, Catalog::builtIn(), TimelineController::timelineOptions(solve));
    QVERIFY(t.problems.isEmpty());
    QVERIFY(t.periods.size() >= 4);

    QCustomPlot *plot = window.timelineDock()->timelineChart();
    QCPGraph *available = charts::availablePowerGraph(plot);
    QCPGraph *used = charts::usedPowerGraph(plot);
    QCPBars *idle = charts::idleGpuBars(plot);
    QCPGraph *cumulative = charts::cumulativeIdleGraph(plot);
    QVERIFY(available && used && idle && cumulative);
    QCOMPARE(available->data()->size(), int(t.periods.size()));
    QCOMPARE(idle->data()->size(), int(t.periods.size()));
    double sumIdle = 0;
    for (int i = 0; i < int(t.periods.size()); ++i) {
        const TimelinePeriod &p = t.periods[std::size_t(i)];
        QCOMPARE(available->data()->at(i)->key, double(i + 1));
        QCOMPARE(available->data()->at(i)->value, p.powerAvailable.value() / 1000.0);
        QCOMPARE(used->data()->at(i)->value, p.powerUsed.value() / 1000.0);
        QCOMPARE(idle->data()->at(i)->value, double(p.idleGpus));
        sumIdle += p.idleDepreciation.value();
        // The cumulative series is the running sum of the periods' idle depreciation.
        QVERIFY(std::abs(cumulative->data()->at(i)->value - sumIdle) <= 1e-6 * std::max(1.0, sumIdle));
    }
    // Axes with units; the right axis in the site's currency.
    QCOMPARE(plot->yAxis->label(), QStringLiteral("Power (MW)"));
    QCOMPARE(cumulative->valueAxis()->label(),
        QStringLiteral("Cumulative idle depreciation (%1)").arg(project.site.currency));
    QCOMPARE(idle->valueAxis()->label(), QStringLiteral("Idle GPUs"));
    const auto ticker = idle->keyAxis()->ticker().dynamicCast<QCPAxisTickerText>();
    QVERIFY(ticker);
    QCOMPARE(ticker->ticks().value(1.0), charts::periodLabel(t.periods.front().start, t.period));

    // The comparison chart: one bar per compared model that energizes anything.
    const Comparison c = compareGenerations(project, Catalog::builtIn(), TimelineController::comparisonOptions(solve));
    QVERIFY(c.problems.isEmpty());
    QCustomPlot *cplot = window.timelineDock()->comparisonChart();
    QCPBars *perMw = charts::pflopsPerMwBars(cplot);
    QCPBars *cost = charts::costPerPflopYearBars(cplot);
    QVERIFY(perMw && cost);
    int k = 0;
    for (int i = 0; i < int(c.rows.size()); ++i) {
        const GenerationFigures &row = c.rows[std::size_t(i)];
        if (row.pflops <= 0)
            continue;
        QCOMPARE(perMw->data()->at(k)->key, double(i + 1));
        QCOMPARE(perMw->data()->at(k)->value, row.pflopsPerMw);
        // By definition: first-year depreciation ÷ PFLOPS, and PFLOPS ÷ MW.
        QVERIFY(std::abs(cost->data()->at(k)->value - row.depreciationPerYear.value() / row.pflops)
            <= 1e-9 * std::max(1.0, cost->data()->at(k)->value));
        QVERIFY(std::abs(row.pflopsPerMw - row.pflops / (row.power.value() / 1000.0)) <= 1e-9 * row.pflopsPerMw);
        ++k;
    }
    QVERIFY(k >= 2);
    QCOMPARE(perMw->data()->size(), k);
    QCOMPARE(cplot->yAxis->label(), QStringLiteral("PFLOPS per MW"));
    QCOMPARE(cost->valueAxis()->label(), QStringLiteral("%1 per PFLOP-year").arg(project.site.currency));

    // Issue 16 item 15: beside each chart a table of its values, one row per period or
    // generation, compared here with computeTimeline() and compareGenerations().
    const auto column = [](QTableWidget *table, const QString &header) {
        for (int c = 0; c < table->columnCount(); ++c)
            if (table->horizontalHeaderItem(c) && table->horizontalHeaderItem(c)->text() == header)
                return c;
        return -1;
    };
    const auto value = [](QTableWidget *table, int row, int c) {
        return table->item(row, c) ? table->item(row, c)->data(charts::kChartValueRole).toDouble() : -1.0;
    };
    QTableWidget *timelineTable = window.timelineDock()->timelineTable();
    QCOMPARE(timelineTable->rowCount(), int(t.periods.size()));
    const int idleColumn = column(timelineTable, idle->name());
    const int usedColumn = column(timelineTable, used->name());
    QVERIFY(idleColumn > 0 && usedColumn > 0);
    for (int i = 0; i < int(t.periods.size()); ++i) {
        const TimelinePeriod &p = t.periods[std::size_t(i)];
        QCOMPARE(timelineTable->item(i, 0)->text(), charts::periodLabel(p.start, t.period));
        QCOMPARE(value(timelineTable, i, idleColumn), double(p.idleGpus));
        QCOMPARE(value(timelineTable, i, usedColumn), p.powerUsed.value() / 1000.0);
    }
    QTableWidget *comparisonTable = window.timelineDock()->comparisonTable();
    const int perMwColumn = column(comparisonTable, perMw->name());
    QVERIFY(perMwColumn > 0);
    QCOMPARE(comparisonTable->rowCount(), perMw->data()->size());
    for (int row = 0; row < comparisonTable->rowCount(); ++row)
        QCOMPARE(value(comparisonTable, row, perMwColumn), perMw->data()->at(row)->value);

    // An edit marks the result stale.
    QVERIFY(!window.timelineController()->isStale());
    window.document()->modifyProject(
        [](Project &p) { p.site.racks.front().powerLimit = Kilowatts(p.site.racks.front().powerLimit.value() + 1); });
    QVERIFY(window.timelineController()->isStale());
    QVERIFY(window.timelineDock()->summary()->text().contains(QStringLiteral("stale")));
}

void TestPlanViews::colourModes_data()
{
    QTest::addColumn<RackColourMode>("mode");
    QTest::newRow("power utilisation") << RackColourMode::PowerUtilisation;
    QTest::newRow("cooling headroom") << RackColourMode::CoolingHeadroom;
    QTest::newRow("generation placed") << RackColourMode::GenerationPlaced;
}

void TestPlanViews::colourModes()
{
    QFETCH(RackColourMode, mode);
    MainWindow window;
    openCampusAndSolve(window);
    const CapacityPlan plan = *window.solveController()->plan();
    const Project &project = window.document()->project();

    // Start from the cooling-type colours, then pick the mode in the View menu.
    modeAction(window, RackColourMode::CoolingType)->trigger();
    for (RackItem *item : window.floorPlanScene()->rackItems())
        QCOMPARE(item->brush().color(), RackItem::fillColor(item->cooling(), item->hasPinned()));
    QAction *action = modeAction(window, mode);
    QVERIFY(action && action->isEnabled());
    action->trigger();
    QCOMPARE(window.colourModeBar()->comboBox()->currentData().toInt(), int(mode));

    const std::vector<RackLegendEntry> &legend = window.colourModeBar()->legendEntries();
    QVERIFY(legend.size() >= 3);
    QStringList labels = window.colourModeBar()->legendLabels();
    for (const RackLegendEntry &e : legend)
        QVERIFY2(labels.contains(e.label), qPrintable(e.label)); // what the legend shows

    int differentFromCoolingType = 0;
    QSet<QRgb> coloursSeen;
    for (const Rack &rack : project.site.racks) {
        const RackItem *item = window.floorPlanScene()->rackItem(rack.id);
        QVERIFY(item);
        QColor expected;
        if (mode == RackColourMode::GenerationPlaced) {
            const QString generation = generationByHand(project, plan, rack);
            for (const RackLegendEntry &e : legend) {
                if ((generation.isEmpty() && e.label == QStringLiteral("empty"))
                    || (!generation.isEmpty() && e.key == generation))
                    expected = e.colour;
            }
        } else {
            const double value = figureByHand(mode, project, plan, rack);
            for (const RackLegendEntry &e : legend) {
                const bool none = std::isnan(value) && e.key == QStringLiteral("none");
                if (none || (e.key.isEmpty() && value > e.lower && value <= e.upper))
                    expected = e.colour;
            }
        }
        QVERIFY2(expected.isValid(), qPrintable(rack.id.toString()));
        QCOMPARE(item->brush().color(), expected);
        QVERIFY(item->toolTipText().startsWith(item->baseToolTip()));
        QVERIFY(item->toolTipText().contains(QStringLiteral("Cooling headroom")));
        coloursSeen.insert(expected.rgb());
        if (expected != RackItem::fillColor(rack.cooling, !rack.pinned.empty()))
            ++differentFromCoolingType;
    }
    QVERIFY(differentFromCoolingType > 0);
    QVERIFY(coloursSeen.size() >= 2); // the campus is not one colour in any mode

    // Back to cooling type: the scene's own colours and tooltips.
    modeAction(window, RackColourMode::CoolingType)->trigger();
    for (RackItem *item : window.floorPlanScene()->rackItems()) {
        QCOMPARE(item->brush().color(), RackItem::fillColor(item->cooling(), item->hasPinned()));
        QCOMPARE(item->toolTipText(), item->baseToolTip());
    }
}

void TestPlanViews::inletTemperatureIsNotOffered()
{
    MainWindow window;
    openCampusAndSolve(window);
    QAction *action = modeAction(window, RackColourMode::InletTemperature);
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    QVERIFY(action->toolTip().contains(QStringLiteral("no thermal model")));
    // The combo's item is disabled too, so keys skip it: Down from "Generation placed" stays.
    QComboBox *combo = window.colourModeBar()->comboBox();
    modeAction(window, RackColourMode::GenerationPlaced)->trigger();
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(RackColourMode(combo->currentData().toInt()), RackColourMode::GenerationPlaced);
    QCOMPARE(window.colourModeBar()->mode(), RackColourMode::GenerationPlaced);
    // Up goes to cooling headroom and colours by it.
    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(window.colourModeBar()->mode(), RackColourMode::CoolingHeadroom);
}

// The campus with a thermal model derived from its layout (supply 23 °C, limit 27 °C): the
// inlet mode is offered, and every rack's colour is the legend's for its margin to the limit,
// computed here from the plan's placements, the catalog and the layout coefficients.
void TestPlanViews::inletTemperatureColours()
{
    QFile in(MainWindow::campusExample());
    QVERIFY(in.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    QJsonObject site = root.value(QStringLiteral("site")).toObject();
    site.insert(QStringLiteral("thermal"),
        QJsonObject{ { QStringLiteral("supplyTemperatureC"), 23.0 }, { QStringLiteral("inletLimitC"), 27.0 },
            { QStringLiteral("deriveFromLayout"), true } });
    root.insert(QStringLiteral("site"), site);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("campus-thermal.warmshell.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    out.close();

    MainWindow window;
    QVERIFY(window.openFile(file).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(window.solveController()->plan() && !window.solveController()->isStale(), kSolveTimeoutMs);
    QTest::qWait(20);
    const CapacityPlan plan = *window.solveController()->plan();
    const Project &project = window.document()->project();
    QAction *action = modeAction(window, RackColourMode::InletTemperature);
    QVERIFY(action && action->isEnabled());
    action->trigger();
    const std::vector<RackLegendEntry> &legend = window.colourModeBar()->legendEntries();

    QHash<RackId, double> airHeat;
    for (const RackPlacement &p : plan.placements)
        for (const PlacedSystems &ps : p.systems) {
            const SystemModel *m = project.model(ps.model, Catalog::builtIn());
            QVERIFY(m);
            airHeat[p.rack] += ps.power.value() * (1 - m->liquidFraction);
        }
    int atTheLimit = 0;
    for (const Rack &rack : project.site.racks) {
        double inlet = 23;
        for (const Rack &other : project.site.racks)
            if (other.row == rack.row) {
                const double d = std::hypot(rack.position.x.value() - other.position.x.value(),
                    rack.position.y.value() - other.position.y.value());
                inlet += layoutCoefficient(project.site.row(rack.row)->containment, d) * airHeat.value(other.id);
            }
        const double margin = inlet - 27;
        QVERIFY2(margin <= 1e-6, qPrintable(rack.id.toString()));
        atTheLimit += margin > -0.05;
        QColor expected;
        for (const RackLegendEntry &e : legend)
            if (e.key.isEmpty() && margin > e.lower && margin <= e.upper)
                expected = e.colour;
        const RackItem *item = window.floorPlanScene()->rackItem(rack.id);
        QCOMPARE(item->brush().color(), expected);
        QVERIFY(item->toolTipText().contains(QStringLiteral("Inlet")));
    }
    QVERIFY(
        atTheLimit > 0); // some campus inlets reach the limit at 23 °C supply (24 °C: the pinned racks alone pass it)
}

void TestPlanViews::overLimitRacksAreMarked_data()
{
    QTest::addColumn<double>("loadKw");
    QTest::addColumn<double>("coolingLoadKw");
    QTest::addColumn<bool>("over");
    // Rack limit 40 kW; its cooling unit usable 200 kW.
    QTest::newRow("within both") << 40.0 << 200.0 << false;
    QTest::newRow("above the rack power limit") << 40.5 << 150.0 << true;
    QTest::newRow("cooling unit over its usable capacity") << 30.0 << 201.0 << true;
}

void TestPlanViews::overLimitRacksAreMarked()
{
    QFETCH(double, loadKw);
    QFETCH(double, coolingLoadKw);
    QFETCH(bool, over);
    Project project;
    project.site.halls.push_back(
        { HallId(QStringLiteral("h")), QStringLiteral("H"), { Metres(0), Metres(0) }, { Metres(10), Metres(10) } });
    project.site.rows.push_back({ RowId(QStringLiteral("row")), HallId(QStringLiteral("h")), QStringLiteral("Row") });
    Rack rack;
    rack.id = RackId(QStringLiteral("r1"));
    rack.row = RowId(QStringLiteral("row"));
    rack.position = { Metres(2), Metres(2) };
    rack.powerLimit = Kilowatts(40);
    project.site.racks.push_back(rack);
    CoolingUnit crah;
    crah.id = CoolingUnitId(QStringLiteral("crah"));
    crah.name = QStringLiteral("CRAH");
    crah.capacity = Kilowatts(200);
    crah.serves = { rack.id };
    project.site.coolingUnits.push_back(crah);

    CapacityPlan plan;
    RackPlacement placement;
    placement.rack = rack.id;
    placement.systems.push_back(
        { SystemModelId(QStringLiteral("dgx-h100")), QStringLiteral("full power"), 3, Kilowatts(loadKw), 24, false });
    placement.load = Kilowatts(loadKw);
    plan.placements.push_back(placement);
    CapacityUse use;
    use.object = QStringLiteral("crah");
    use.name = QStringLiteral("CRAH");
    use.usable = Kilowatts(200);
    use.load = Kilowatts(coolingLoadKw);
    plan.coolingUnits.push_back(use);

    FloorPlanScene scene;
    scene.setProject(project, Catalog::builtIn());
    rackcolouring::apply(&scene, project, Catalog::builtIn(), &plan, RackColourMode::PowerUtilisation);
    RackItem *item = scene.rackItem(rack.id);
    QCOMPARE(item->isOverLimit(), over);
    QCOMPARE(item->toolTipText().contains(QStringLiteral("OVER")), over);
    // 40.5 ÷ 40 > 100 %: the legend's red band.
    if (loadKw > 40)
        QCOMPARE(item->brush().color(), rackcolouring::legend(RackColourMode::PowerUtilisation, &plan).back().colour);
    // Headroom by hand: (200 − load) ÷ 200.
    const RackPlanFigures f = rackcolouring::figures(project, Catalog::builtIn(), plan).value(rack.id);
    QCOMPARE(f.coolingHeadroom, (200.0 - coolingLoadKw) / 200.0);
    rackcolouring::apply(&scene, project, Catalog::builtIn(), &plan, RackColourMode::CoolingType);
    QVERIFY(!item->isOverLimit());
}

// What a hover over a rack shows (the tooltip is composed on demand, not when the racks are
// coloured): the rack's site figures, then its load under the shown plan, computed here from
// the plan's placement and the rack's limit; in the cooling-type colours, the site figures alone.
void TestPlanViews::hoverShowsTheRacksPlan()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openCampusAndSolve(window);
    modeAction(window, RackColourMode::PowerUtilisation)->trigger();
    const CapacityPlan &plan = *window.solveController()->plan();
    const Project &project = window.document()->project();
    const RackPlacement *placed = nullptr;
    for (const RackPlacement &p : plan.placements)
        if (p.load.value() > 0 && !placed)
            placed = &p;
    QVERIFY(placed);
    const Rack *rack = project.site.rack(placed->rack);
    QVERIFY(rack);
    FloorPlanView *view = window.floorPlanView();
    RackItem *item = window.floorPlanScene()->rackItem(rack->id);
    view->centerOn(item);
    const auto hover = [&] {
        const QPoint at = view->mapFromScene(item->sceneBoundingRect().center());
        QHelpEvent event(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &event);
        return QToolTip::text();
    };
    const QString shown = hover();
    const QString percent = QLocale().toString(placed->load.value() / rack->powerLimit.value() * 100, 'f', 1);
    QVERIFY2(shown.startsWith(rack->name + QStringLiteral(" (") + rack->id.toString() + QLatin1Char(')')),
        qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("— Plan at %1 —").arg(format::date(plan.date))), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Load %1 of %2 (%3 %)")
                                .arg(format::kilowatts(placed->load), format::kilowatts(rack->powerLimit), percent)),
        qPrintable(shown));
    QToolTip::hideText();
    modeAction(window, RackColourMode::CoolingType)->trigger();
    const QString plain = hover();
    QVERIFY2(plain.startsWith(rack->name) && !plain.contains(QStringLiteral("Plan at")), qPrintable(plain));
}

// An edit that leaves the floor as it was (a feed's capacity typed in the properties) keeps the
// floor plan's items: no rebuild of every rack, and the colours follow the new plan, checked per
// rack against load ÷ limit computed here from that plan. An edit the racks show (the feed's new
// name, in their tooltips) rebuilds them.
void TestPlanViews::floorPlanRebuildsForFloorEditsOnly()
{
    MainWindow window;
    openCampusAndSolve(window);
    modeAction(window, RackColourMode::PowerUtilisation)->trigger();
    const Document *document = window.document();
    const Rack *fed = nullptr;
    for (const Rack &rack : document->project().site.racks)
        if (!fed && !rack.feedA.isNull())
            fed = &rack;
    QVERIFY(fed);
    const RackId rackId = fed->id;
    const PowerNodeId feed = fed->feedA;
    FloorPlanScene *scene = window.floorPlanScene();
    RackItem *item = scene->rackItem(rackId);
    QSignalSpy rebuilt(scene, &FloorPlanScene::rebuilt);
    QSignalSpy ready(window.solveController(), &SolveController::planReady);

    window.propertyEditor()->showPowerNode(feed);
    const int half = int(document->project().site.power.node(feed)->rating.nameplateValue() / 2);
    QVERIFY(uitest::typeIntoProperty(window.propertyEditor(), QStringLiteral("rating.value"), QString::number(half)));
    QCOMPARE(document->project().site.power.node(feed)->rating.nameplateValue(), double(half));
    QTRY_VERIFY_WITH_TIMEOUT(
        !ready.isEmpty() && !window.solveController()->isStale() && !window.solveController()->isBusy(),
        kSolveTimeoutMs);
    QTest::qWait(20); // anything queued after the plan
    QCOMPARE(rebuilt.size(), 0);
    QCOMPARE(scene->rackItem(rackId), item);
    const CapacityPlan &plan = *window.solveController()->plan();
    const std::vector<RackLegendEntry> &legend = window.colourModeBar()->legendEntries();
    for (const Rack &rack : document->project().site.racks) {
        const double value = figureByHand(RackColourMode::PowerUtilisation, document->project(), plan, rack);
        QColor expected;
        for (const RackLegendEntry &e : legend)
            if (e.key.isEmpty() && value > e.lower && value <= e.upper)
                expected = e.colour;
        QCOMPARE(scene->rackItem(rack.id)->brush().color(), expected);
    }

    QVERIFY(uitest::typeIntoProperty(window.propertyEditor(), QStringLiteral("name"), QStringLiteral("Renamed feed")));
    QVERIFY(!rebuilt.isEmpty());
    QVERIFY2(scene->rackItem(rackId)->toolTipText().contains(QStringLiteral("Feed A: Renamed feed")),
        qPrintable(scene->rackItem(rackId)->toolTipText()));
    // The rebuilt scene's index: one item per rack, in the site's order, each found by its id.
    const std::vector<Rack> &racks = document->project().site.racks;
    QCOMPARE(scene->rackItems().size(), qsizetype(racks.size()));
    for (size_t i = 0; i < racks.size(); ++i) {
        QCOMPARE(scene->rackItems().at(qsizetype(i))->rackId(), racks[i].id);
        QCOMPARE(scene->rackItem(racks[i].id), scene->rackItems().at(qsizetype(i)));
    }
}

void TestPlanViews::customModelDialog_data()
{
    QTest::addColumn<QString>("badPower");
    QTest::addColumn<QString>("expectedMessage");
    QTest::newRow("negative") << QStringLiteral("-5") << QStringLiteral("must be above 0 and at most 2000 kW, got -5");
    QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("must be above 0 and at most 2000 kW, got 0");
    QTest::newRow("too large") << QStringLiteral("2500") << QStringLiteral("got 2500");
    QTest::newRow("not a number") << QStringLiteral("ten") << QStringLiteral("\"ten\" is not a number");
}

void TestPlanViews::customModelDialog()
{
    QFETCH(QString, badPower);
    QFETCH(QString, expectedMessage);
    MainWindow window;
    QVERIFY(window.openFile(MainWindow::labExample()).isEmpty());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FleetPanel *fleet = window.fleetPanel();
    const std::size_t before = window.document()->project().customModels.size();
    const int undoBefore = window.document()->undoStack()->count();

    QTest::mouseClick(fleet->addCustomModelButton(), Qt::LeftButton);
    CustomModelDialog *dialog = fleet->customModelDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const auto type = [&](CustomModelDialog::Field f, const QString &text) {
        QLineEdit *edit = dialog->field(f);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    };
    type(CustomModelDialog::Name, QStringLiteral("Acme X9"));
    QCOMPARE(dialog->field(CustomModelDialog::Id)->text(), QStringLiteral("acme-x9")); // derived
    QCOMPARE(dialog->field(CustomModelDialog::Id)->maxLength(), limits::maxStringLength); // as the file
    type(CustomModelDialog::Vendor, QStringLiteral("Acme"));
    type(CustomModelDialog::Generation, QStringLiteral("X9"));
    type(CustomModelDialog::GpusPerSystem, QStringLiteral("8"));
    type(CustomModelDialog::PowerKw, badPower);
    type(CustomModelDialog::HeightU, QStringLiteral("6"));
    type(CustomModelDialog::Bf16Pflops, QStringLiteral("12"));
    type(CustomModelDialog::Fp8Pflops, QStringLiteral("24"));
    type(CustomModelDialog::PriceUsd, QStringLiteral("300000"));
    QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);

    // Refused: still open, the message next to the power field, nothing else flagged.
    QVERIFY(dialog->isVisible());
    QLabel *message = dialog->message(CustomModelDialog::PowerKw);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(expectedMessage), qPrintable(message->text()));
    QCOMPARE(message->parentWidget(), dialog->field(CustomModelDialog::PowerKw)->parentWidget());
    for (int f = 0; f < CustomModelDialog::FieldCount; ++f) {
        if (f != CustomModelDialog::PowerKw)
            QVERIFY2(dialog->message(CustomModelDialog::Field(f))->text().isEmpty(),
                qPrintable(dialog->message(CustomModelDialog::Field(f))->text()));
    }
    QCOMPARE(window.document()->project().customModels.size(), before);
    QCOMPARE(window.document()->undoStack()->count(), undoBefore);

    // Hybrid cooling with 85 % to liquid, then a valid power: accepted.
    dialog->coolingBox()->setCurrentIndex(dialog->coolingBox()->findData(int(CustomModelDialog::Cooling::Hybrid)));
    type(CustomModelDialog::LiquidFraction, QStringLiteral("0.85"));
    type(CustomModelDialog::PowerKw, QStringLiteral("12.5"));
    QVERIFY(!message->isVisible()); // editing the field clears its message
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!fleet->customModelDialog());

    const Project &project = window.document()->project();
    QCOMPARE(project.customModels.size(), before + 1);
    const SystemModel &m = project.customModels.back();
    QCOMPARE(m.id.toString(), QStringLiteral("acme-x9"));
    QCOMPARE(m.power.value(), 12.5);
    QCOMPARE(m.height.value(), 6);
    QCOMPARE(m.cooling, CoolingType::Liquid);
    QCOMPARE(m.liquidFraction, 0.85);
    QCOMPARE(m.bf16.value(), 12.0 * 1000.0 / 8.0); // 12 PFLOPS per system over 8 GPUs
    QCOMPARE(m.fp8.value(), 24.0 * 1000.0 / 8.0);
    QCOMPARE(m.fp4.value(), 0.0);
    QCOMPARE(m.price.value(), 300000.0);
    QCOMPARE(window.document()->undoStack()->count(), undoBefore + 1);

    // It is in the catalog tab.
    const auto inCatalog = [&] {
        QTreeWidget *catalog = fleet->catalogView();
        for (int i = 0; i < catalog->topLevelItemCount(); ++i) {
            if (catalog->topLevelItem(i)->data(0, Qt::UserRole).toString() == QStringLiteral("acme-x9"))
                return true;
        }
        return false;
    };
    QVERIFY(inCatalog());
    // Undo removes it; a second dialog would not reuse the id while it exists.
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->project().customModels.size(), before);
    QVERIFY(!inCatalog());
}

void TestPlanViews::screenshots()
{
    MainWindow window;
    const QSize screen = uitest::screenshotSize();
    window.resize(screen);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openCampusAndSolve(window);
    const QString dir = screenshotDir();

    for (RackColourMode mode : rackcolouring::kModes) {
        QAction *action = modeAction(window, mode);
        if (!action->isEnabled())
            continue; // inlet temperature: nothing computes it
        action->trigger();
        QTest::qWait(30);
        QString name = rackcolouring::modeName(mode).toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
        QVERIFY(window.grab().save(dir + QStringLiteral("/floorplan-%1.png").arg(name)));
    }
    modeAction(window, RackColourMode::PowerUtilisation)->trigger();

    QSignalSpy ready(window.timelineController(), &TimelineController::resultReady);
    window.findChild<QAction *>(QStringLiteral("timelineAction"))->trigger();
    QVERIFY(ready.wait(kTimelineTimeoutMs));
    TimelineDock *dock = window.timelineDock();
    dock->setFloating(true);
    dock->resize(QSize(1100, 720).boundedTo(screen * 0.9));
    QTest::qWait(50);
    QCOMPARE(charts::exportChart(dock->timelineChart(), dir + QStringLiteral("/timeline.png"), 1000, 600), QString());
    QCOMPARE(
        charts::exportChart(dock->comparisonChart(), dir + QStringLiteral("/comparison.png"), 1000, 600), QString());
    dock->tabs()->setCurrentIndex(0);
    QVERIFY(dock->grab().save(dir + QStringLiteral("/timeline-dock.png")));
}

QTEST_MAIN(TestPlanViews)
#include "tst_planviews.moc"
