// SPDX-License-Identifier: GPL-3.0-or-later
// The light and dark colour sets (ui/theme): the dark Fusion palette turns the app's own surfaces
// dark, pictures for export stay light, and every text colour keeps a readable contrast against
// the surface it is drawn on in both sets (WCAG relative luminance, computed here). Every chart
// (built from hand-made figures, and in the main window on the campus example) shows the dark
// surface with texts at 4.5:1 and series at 3:1, restyles itself when the palette changes, and
// is exported light.
#include "charts/chartexport.h"
#include "charts/chartstyle.h"
#include "charts/comparisonchart.h"
#include "charts/energizedidlechart.h"
#include "charts/fanchart.h"
#include "charts/nodeutilisationchart.h"
#include "charts/scenariocomparechart.h"
#include "charts/timelinechart.h"
#include "document/document.h"
#include "floorplan/floorplanscene.h"
#include "mainwindow.h"
#include "results/resultsdock.h"
#include "results/timelinedock.h"
#include "solve/solvecontroller.h"
#include "solve/timelinecontroller.h"
#include "theme.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <qcustomplot.h>

#include <cmath>
#include <functional>

using namespace warmshell;
using namespace warmshell::ui;
using theme::Role;

namespace {

constexpr int kTimeoutMs = 180000; // a solve, the campus timeline

// WCAG 2 relative luminance of an sRGB colour.
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Every chart of the app, built by its builder from small hand-made figures (a note where a
// comparison row energizes nothing; seven scenarios, so every variant colour is drawn).
Timeline sampleTimeline()
{
    Timeline t;
    t.currency = QStringLiteral("USD");
    for (int i = 0; i < 3; ++i) {
        TimelinePeriod p;
        p.index = i;
        p.start = QDate(2026, 1 + 3 * i, 1);
        p.end = p.start.addMonths(3);
        p.powerAvailable = Kilowatts(6000);
        p.powerUsed = Kilowatts(3000 + 500 * i);
        p.facilityPowerUsed = Kilowatts(4000 + 600 * i);
        p.pue = p.facilityPowerUsed / p.powerUsed;
        p.idleGpus = 800 - 200 * i;
        p.cumulativeIdleDepreciation = Money(1e6 * (i + 1));
        t.periods.push_back(p);
    }
    return t;
}

Comparison sampleComparison()
{
    Comparison c;
    c.basis = QStringLiteral("site Campus");
    c.currency = QStringLiteral("USD");
    GenerationFigures h100;
    h100.generation = QStringLiteral("H100");
    h100.pflops = 100;
    h100.pflopsPerMw = 50;
    h100.pflopsPerFacilityMw = 40;
    h100.pue = 1.25;
    h100.costPerPflopYear = 90000;
    GenerationFigures none;
    none.generation = QStringLiteral("GB200");
    none.binding = QStringLiteral("power");
    c.rows = { h100, none };
    return c;
}

std::vector<GenerationResult> sampleGenerations()
{
    GenerationResult a100{ QStringLiteral("A100"), 10, 20, 80, 160 };
    GenerationResult h100{ QStringLiteral("H100"), 30, 2, 240, 16 };
    return { a100, h100 };
}

std::vector<CapacityUse> sampleUses()
{
    std::vector<CapacityUse> uses(3);
    for (int i = 0; i < 3; ++i) {
        uses[i].object = QStringLiteral("ups-%1").arg(i);
        uses[i].name = QStringLiteral("UPS %1").arg(i + 1);
        uses[i].usable = Kilowatts(1000);
        uses[i].load = Kilowatts(600 + 200 * i);
        uses[i].binding = i == 2;
    }
    return uses;
}

RiskResult sampleRisk()
{
    RiskResult r;
    r.currency = QStringLiteral("USD");
    for (int i = 0; i < 3; ++i) {
        RiskPeriod p;
        p.index = i;
        p.start = QDate(2026, 1 + 3 * i, 1);
        p.energizedGpus = { 100.0 + i, 200.0 + i, 300.0 + i };
        r.periods.push_back(p);
    }
    return r;
}

ScenarioSideBySide sampleScenarios()
{
    ScenarioSideBySide view;
    for (int v = 0; v < 7; ++v) {
        SideBySideVariant variant;
        variant.name = v == 0 ? QStringLiteral("base") : QStringLiteral("scenario %1").arg(v);
        for (int k = 0; k < 3; ++k) {
            SideBySidePeriod period;
            period.index = k;
            period.start = QDate(2026, 1 + 3 * k, 1);
            period.energizedGpus = 100 * (v + 1) + 10 * k;
            variant.periods.push_back(period);
        }
        view.variants.push_back(variant);
    }
    return view;
}

using ChartBuilder = std::function<void(QCustomPlot *)>;

QList<std::pair<const char *, ChartBuilder>> everyChart()
{
    return {
        { "timeline", [](QCustomPlot *p) { charts::buildTimelineChart(p, sampleTimeline()); } },
        { "comparison", [](QCustomPlot *p) { charts::buildComparisonChart(p, sampleComparison()); } },
        { "energizedIdle", [](QCustomPlot *p) { charts::buildEnergizedIdleChart(p, sampleGenerations()); } },
        { "nodeUtilisation",
            [](QCustomPlot *p) { charts::buildNodeUtilisationChart(p, sampleUses(), QStringLiteral("Nodes")); } },
        { "fan", [](QCustomPlot *p) { charts::drawRiskFan(p, sampleRisk(), charts::RiskFigure::EnergizedGpus); } },
        { "scenarioCompare",
            [](QCustomPlot *p) { charts::buildScenarioCompareChart(p, sampleScenarios(), PlanningPeriod::Quarter); } },
    };
}

ChartBuilder chartBuilder(const QString &name)
{
    for (const auto &[kind, build] : everyChart())
        if (name == QLatin1String(kind))
            return build;
    return {};
}

void addEveryChartRows()
{
    QTest::addColumn<QString>("chart");
    for (const auto &chart : everyChart())
        QTest::newRow(chart.first) << QString::fromLatin1(chart.first);
}

// The colour a plottable shows its series in: a bar's fill, a line's pen, or the points of a
// graph drawn without a line.
QColor seriesColour(QCPAbstractPlottable *plottable)
{
    if (qobject_cast<QCPBars *>(plottable))
        return plottable->brush().color();
    auto *graph = qobject_cast<QCPGraph *>(plottable);
    if (graph && graph->lineStyle() == QCPGraph::lsNone && graph->scatterStyle().isPenDefined())
        return graph->scatterStyle().pen().color();
    return plottable->pen().color();
}

// What is drawn on `plot` with too little contrast against `surface`: texts under 4.5:1, axis
// lines and series under 3:1. Empty when everything reads.
QStringList unreadable(QCustomPlot *plot, const QColor &surface)
{
    QStringList found;
    const auto need = [&](const QString &what, const QColor &colour, double least) {
        if (contrast(colour, surface) < least)
            found << QStringLiteral("%1 %2 (%3:1)").arg(what, colour.name()).arg(contrast(colour, surface), 0, 'f', 2);
    };
    for (QCPAxisRect *rect : plot->axisRects()) {
        for (QCPAxis *axis : rect->axes()) {
            if (!axis->visible())
                continue;
            const QString name = QStringLiteral("axis %1").arg(int(axis->axisType()));
            need(name + QStringLiteral(" tick labels"), axis->tickLabelColor(), 4.5);
            need(name + QStringLiteral(" title"), axis->labelColor(), 4.5);
            need(name + QStringLiteral(" line"), axis->basePen().color(), 3);
        }
    }
    need(QStringLiteral("legend"), plot->legend->textColor(), 4.5);
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        if (QCPAbstractLegendItem *entry = plot->legend->item(i))
            need(QStringLiteral("legend entry %1").arg(i), entry->textColor(), 4.5);
    QCPLayoutGrid *layout = plot->plotLayout();
    for (int i = 0; i < layout->elementCount(); ++i)
        if (auto *title = qobject_cast<QCPTextElement *>(layout->elementAt(i)))
            need(QStringLiteral("title"), title->textColor(), 4.5);
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto *note = qobject_cast<QCPItemText *>(plot->item(i)))
            need(QStringLiteral("note ") + note->text(), note->color(), 4.5);
    for (int i = 0; i < plot->plottableCount(); ++i)
        need(QStringLiteral("series ") + plot->plottable(i)->name(), seriesColour(plot->plottable(i)), 3);
    return found;
}

// Every colour `plot` draws with, in a fixed order: to compare a restyled chart with one built
// in the new theme.
QStringList colourSignature(QCustomPlot *plot)
{
    QStringList out;
    const auto add = [&out](const QColor &c) { out << c.name(QColor::HexArgb); };
    for (QCPAxisRect *rect : plot->axisRects()) {
        for (QCPAxis *axis : rect->axes()) {
            add(axis->tickLabelColor());
            add(axis->labelColor());
            add(axis->basePen().color());
            add(axis->grid()->pen().color());
        }
    }
    add(plot->legend->textColor());
    add(plot->legend->brush().color());
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto *note = qobject_cast<QCPItemText *>(plot->item(i)))
            add(note->color());
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable *p = plot->plottable(i);
        add(p->pen().color());
        add(p->brush().color());
        if (auto *graph = qobject_cast<QCPGraph *>(p)) {
            add(graph->scatterStyle().pen().color());
            add(graph->scatterStyle().brush().color());
        }
    }
    return out;
}

// The series colours of the set in force and their shades, opaque.
QSet<QRgb> seriesColours()
{
    QList<QColor> bases = { charts::energizedColor(), charts::idleColor(), charts::utilisationColor(),
        charts::moneyColor(), charts::overLimitColor(), charts::neutralColor() };
    for (int i = 1; i < 7; ++i)
        bases << charts::variantColor(i);
    QSet<QRgb> out;
    for (const QColor &c : bases)
        out << c.rgb() << charts::seriesOutline(c).rgb() << charts::seriesEmphasis(c).rgb();
    return out;
}

// The plot as it shows on screen (its last replot), at its corner: the chart's surface.
QColor surfaceOnScreen(QCustomPlot *plot)
{
    return plot->grab().toImage().pixelColor(1, 1);
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void unknownThemeRefused() { QVERIFY(!theme::applyTheme(*qApp, QStringLiteral("purple"))); }

    // Text on its surface: at least 4.5:1 for words, 3:1 for outlines and grids' neighbours.
    void textContrast_data()
    {
        QTest::addColumn<QString>("themeName");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }
    void textContrast()
    {
        QFETCH(QString, themeName);
        QVERIFY(theme::applyTheme(*qApp, themeName));
        QCOMPARE(theme::isDark(), themeName == QLatin1String("dark"));
        const QColor window = qApp->palette().color(QPalette::Window);
        for (Role text : { Role::ErrorText, Role::WarningText, Role::MutedText, Role::AccentText })
            QVERIFY2(contrast(theme::colour(text), window) >= 4.5,
                qPrintable(QStringLiteral("%1 on the window: %2")
                               .arg(theme::css(text))
                               .arg(contrast(theme::colour(text), window))));
        QVERIFY(contrast(theme::colour(Role::HallLabel), theme::colour(Role::FloorBackground)) >= 4.5);
        QVERIFY(contrast(theme::colour(Role::RowLabel), theme::colour(Role::HallFill)) >= 4.5);
        QVERIFY(contrast(theme::colour(Role::HintText), theme::colour(Role::HintBackground)) >= 4.5);
        QVERIFY(contrast(theme::colour(Role::HallOutline), theme::colour(Role::FloorBackground)) >= 3);
        QVERIFY(contrast(qApp->palette().color(QPalette::Text), theme::colour(Role::FeedATint)) >= 4.5);
        QVERIFY(contrast(qApp->palette().color(QPalette::Text), theme::colour(Role::FeedBTint)) >= 4.5);
        QVERIFY(contrast(qApp->palette().color(QPalette::Text), theme::colour(Role::FeedBothTint)) >= 4.5);
    }

    // The floor plan follows the palette; a LightScope (pictures, exports) gives the light set.
    void floorPlanFollowsThePalette()
    {
        QVERIFY(theme::applyTheme(*qApp, QStringLiteral("dark")));
        FloorPlanScene onScreen;
        QVERIFY(onScreen.backgroundBrush().color().lightness() < 128);
        {
            const theme::LightScope printed;
            QVERIFY(!theme::isDark());
            FloorPlanScene picture;
            QVERIFY(picture.backgroundBrush().color().lightness() >= 128);
        }
        QVERIFY(theme::isDark());
        QVERIFY(theme::applyTheme(*qApp, QStringLiteral("light")));
        FloorPlanScene light;
        QVERIFY(light.backgroundBrush().color().lightness() >= 128);
    }

    // Under the dark palette every chart shows on the palette's dark base, and its texts (axis
    // titles, tick labels, legend, title, notes) read at 4.5:1 or more against it, its axis
    // lines and series at 3:1; in the light set the same on white.
    void everyChartReads_data()
    {
        QTest::addColumn<QString>("themeName");
        QTest::addColumn<QString>("chart");
        for (const char *themeName : { "light", "dark" })
            for (const auto &chart : everyChart())
                QTest::addRow("%s %s", themeName, chart.first)
                    << QString::fromLatin1(themeName) << QString::fromLatin1(chart.first);
    }
    void everyChartReads()
    {
        QFETCH(QString, themeName);
        QFETCH(QString, chart);
        QVERIFY(theme::applyTheme(*qApp, themeName));
        const QColor surface = qApp->palette().color(QPalette::Base);
        QCOMPARE(surface, themeName == QLatin1String("dark") ? QColor(0x1e, 0x21, 0x26) : QColor(Qt::white));
        QCustomPlot plot;
        plot.resize(700, 450);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        chartBuilder(chart)(&plot);
        QVERIFY(plot.plottableCount() > 0);
        QCOMPARE(surfaceOnScreen(&plot), surface);
        QCOMPARE(plot.legend->brush().color(), surface);
        const QStringList bad = unreadable(&plot, surface);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QStringLiteral("; "))));
    }

    // A chart on screen restyles itself when the application's palette changes, without being
    // built again: the same plottables take the colours of a chart built in the new theme, and
    // the screen shows the new surface after the next pass of the event loop.
    void chartsRestyleWhenThePaletteChanges_data() { addEveryChartRows(); }
    void chartsRestyleWhenThePaletteChanges()
    {
        QFETCH(QString, chart);
        const ChartBuilder build = chartBuilder(chart);
        const auto signatureBuiltIn = [&build](const QString &themeName) {
            if (!theme::applyTheme(*qApp, themeName))
                return QStringList();
            QCustomPlot fresh;
            build(&fresh);
            return colourSignature(&fresh);
        };
        const QStringList dark = signatureBuiltIn(QStringLiteral("dark"));
        const QStringList light = signatureBuiltIn(QStringLiteral("light"));
        QVERIFY(!light.isEmpty());
        QVERIFY(dark != light);
        QCustomPlot plot;
        plot.resize(700, 450);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        build(&plot);
        QList<QCPAbstractPlottable *> built;
        for (int i = 0; i < plot.plottableCount(); ++i)
            built << plot.plottable(i);
        QCOMPARE(surfaceOnScreen(&plot), QColor(Qt::white));
        QVERIFY(theme::applyTheme(*qApp, QStringLiteral("dark")));
        QTRY_COMPARE(surfaceOnScreen(&plot), QColor(0x1e, 0x21, 0x26));
        QCOMPARE(colourSignature(&plot), dark);
        for (int i = 0; i < plot.plottableCount(); ++i)
            QCOMPARE(plot.plottable(i), built.value(i));
        QCOMPARE(plot.plottableCount(), built.size());
        QVERIFY(theme::applyTheme(*qApp, QStringLiteral("light")));
        QTRY_COMPARE(surfaceOnScreen(&plot), QColor(Qt::white));
        QCOMPARE(colourSignature(&plot), light);
    }

    // An exported chart is drawn light in the dark theme (it is printed): its PNG's corner is
    // white, no pixel is the dark surface or a dark-set series colour, some are light-set
    // series colours; the chart on screen stays dark.
    void exportsStayLight_data() { addEveryChartRows(); }
    void exportsStayLight()
    {
        QFETCH(QString, chart);
        QVERIFY(theme::applyTheme(*qApp, QStringLiteral("dark")));
        const QRgb darkSurface = qApp->palette().color(QPalette::Base).rgb();
        QSet<QRgb> darkSeries = seriesColours(), lightSeries;
        {
            const theme::LightScope printed;
            lightSeries = seriesColours();
        }
        darkSeries -= lightSeries;
        // Neutral greys are also the antialiased edges of the light chart's black text and grey
        // grid: only coloured dark-set shades tell a dark series drawn in the export.
        for (auto it = darkSeries.begin(); it != darkSeries.end();)
            it = qRed(*it) == qGreen(*it) && qGreen(*it) == qBlue(*it) ? darkSeries.erase(it) : std::next(it);
        QVERIFY(!darkSeries.isEmpty());
        QCustomPlot plot;
        plot.resize(700, 450);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        chartBuilder(chart)(&plot);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("chart.png"));
        QCOMPARE(charts::exportChart(&plot, png, 700, 450), QString());
        const QImage image = QImage(png).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(image.size(), QSize(1400, 900)); // drawn at twice the size
        QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white));
        int light = 0, dark = 0, surface = 0;
        for (int y = 0; y < image.height(); ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                light += lightSeries.contains(line[x]);
                dark += darkSeries.contains(line[x]);
                surface += line[x] == darkSurface;
            }
        }
        QCOMPARE(surface, 0);
        QCOMPARE(dark, 0);
        QVERIFY2(light > 100, qPrintable(QString::number(light)));
        QTRY_COMPARE(surfaceOnScreen(&plot), QColor(darkSurface));
    }

    // The main window as a person sees it in the dark theme (fresh settings, the campus example
    // solved, its timeline computed): every chart of the Results and Timeline docks shows the
    // dark surface with readable texts and series. Saves dark-mode.png (the window) and
    // dark-mode-results.png, dark-mode-timeline.png and dark-mode-comparison.png (the docks)
    // to $WARMSHELL_SCREENSHOT_DIR when set (./dev screenshots).
    void darkWindowCharts()
    {
        QStandardPaths::setTestModeEnabled(true);
        const auto settings = uitest::useFreshSettings();
        QVERIFY(theme::applyTheme(*qApp, QStringLiteral("dark")));
        const QColor surface = qApp->palette().color(QPalette::Base);
        MainWindow window;
        window.solveController()->setDebounceMs(0);
        window.resize(uitest::screenshotSize());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(MainWindow::campusExample()).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(window.solveController()->plan() && !window.solveController()->isStale(), kTimeoutMs);
        QSignalSpy ready(window.timelineController(), &TimelineController::resultReady);
        window.findChild<QAction *>(QStringLiteral("timelineAction"))->trigger();
        QVERIFY(ready.wait(kTimeoutMs));
        QTest::qWait(50);
        ResultsDock *results = window.resultsDock();
        TimelineDock *timeline = window.timelineDock();
        results->raise();
        QTest::qWait(20);
        uitest::saveShot(&window, QStringLiteral("dark-mode.png"));
        uitest::saveShot(results, QStringLiteral("dark-mode-results.png"));
        const auto check = [&surface](QCustomPlot *plot) {
            QVERIFY(plot->plottableCount() > 0);
            QTRY_COMPARE(surfaceOnScreen(plot), surface);
            const QStringList bad = unreadable(plot, surface);
            QVERIFY2(bad.isEmpty(), qPrintable(plot->objectName() + QLatin1Char(' ') + bad.join(QStringLiteral("; "))));
        };
        for (int tab = 0; tab < results->chartTabs()->count(); ++tab) {
            results->chartTabs()->setCurrentIndex(tab);
            QTest::qWait(20);
            check(tab == 0 ? results->energizedIdleChart() : results->powerUtilisationChart());
        }
        timeline->raise();
        for (int tab = 0; tab < 2; ++tab) {
            timeline->tabs()->setCurrentIndex(tab);
            QTest::qWait(50);
            check(tab == 0 ? timeline->timelineChart() : timeline->comparisonChart());
            uitest::saveShot(timeline,
                tab == 0 ? QStringLiteral("dark-mode-timeline.png") : QStringLiteral("dark-mode-comparison.png"));
        }
        window.document()->undoStack()->setClean(); // no "save changes?" on close
    }

    // Charts follow the palette (background, tick labels, grid) with readable text, and an
    // exported chart is drawn light in the dark theme: its corner pixel is the light
    // background, and the plot on screen is dark again afterwards.
    void chartsFollowThePalette()
    {
        QVERIFY(theme::applyTheme(*qApp, QStringLiteral("dark")));
        QCustomPlot plot;
        plot.resize(400, 300);
        charts::resetChart(&plot, QStringLiteral("Title"));
        charts::finishChart(&plot, 10);
        const auto corner = [&plot] { return plot.toPixmap(400, 300, 1.0).toImage().pixelColor(1, 1); };
        const QColor dark = corner();
        QVERIFY(dark.lightness() < 128);
        QVERIFY(contrast(plot.yAxis->tickLabelColor(), dark) >= 4.5);
        QVERIFY(contrast(plot.xAxis->labelColor(), dark) >= 4.5);
        QVERIFY(contrast(plot.yAxis->basePen().color(), dark) >= 3);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("chart.png"));
        QCOMPARE(charts::exportChart(&plot, png, 400, 300), QString());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white));
        plot.replot();
        QCOMPARE(corner(), dark);
        QVERIFY(theme::applyTheme(*qApp, QStringLiteral("light")));
        plot.replot();
        QCOMPARE(corner(), QColor(Qt::white));
        QVERIFY(contrast(plot.yAxis->tickLabelColor(), QColor(Qt::white)) >= 4.5);
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
