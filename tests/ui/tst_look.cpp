// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16 item 18, the look of a well-made Qt app, on the real main window (offscreen) with
// fresh settings in a temporary folder:
//  - every menu and tool bar action has an icon that draws, and the tool bar shows it;
//  - the window has an icon;
//  - no title or menu entry shows a doubled "&&" (the text as Qt draws it: mnemonics taken out
//    where the widget takes them out, verbatim where it does not);
//  - the charts' axis titles fit their axes at the window's default size on a 1366 × 768 screen;
//  - a floor-plan SVG export carries the title, the plan date, the day drawn and the legend;
//    the PNG export has its header above the plan;
//  - Help → User Guide finds the guide in the build tree and in an installed tree
//    (cmake --install), with every picture it shows;
//  - the first-launch hint shows over the campus with fresh settings and not once dismissed.
#include "catalog.h"
#include "document/document.h"
#include "export/exportdialog.h"
#include "floorplan/floorplanpicture.h"
#include "format.h"
#include "help/firstlaunchhint.h"
#include "help/userguide.h"
#include "mainwindow.h"
#include "projectfile.h"
#include "results/resultsdock.h"
#include "results/timelinedock.h"
#include "solve/solvecontroller.h"
#include "solve/timelinecontroller.h"
#include "solver/solver.h"
#include "uitestsupport.h"

#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include <qcustomplot.h>

#include <memory>

using namespace warmshell;
using namespace warmshell::ui;

namespace {

constexpr int kSolveTimeoutMs = 60000;
// The size the window gives itself with fresh settings on a 1366 × 768 screen (95 % of it);
// the offscreen screen is smaller, so the tests set it before the first show, as the
// constructor would there.
const QSize kWindowOnSmallScreen = QSize(1366 * 95 / 100, 768 * 95 / 100);

// `text` as a widget that takes mnemonics out draws it: "&x" shows "x", "&&" shows "&".
QString withoutMnemonics(const QString &text)
{
    QString shown;
    for (int i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        shown += text[i];
    }
    return shown;
}

// Every action reachable from `menu`, submenus included (their own menu action too).
void collectActions(QMenu *menu, QList<QAction *> &out)
{
    emit menu->aboutToShow(); // menus filled on demand (Open Recent)
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        out << action;
        if (action->menu())
            collectActions(action->menu(), out);
    }
}

// True for an item of a one-of-several choice (objective, precision, colour mode): its radio
// mark says which is chosen, and an icon would take that mark's place, so it has none.
bool isExclusiveChoice(const QAction *action)
{
    return action->isCheckable() && action->actionGroup() && action->actionGroup()->isExclusive();
}

} // namespace

class TestLook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void everyActionHasAnIcon();
    void windowHasAnIcon();
    void noDoubledAmpersand();
    void axisTitlesFitTheirAxes();
    void floorPlanExportHasTitleDateAndLegend();
    void userGuideInBuildTree();
    void userGuideInInstallLayout();
    void firstLaunchHint();

private:
    void openWindow(const QString &project);
    bool waitForSolve();

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
};

void TestLook::init()
{
    m_settingsDir = uitest::useFreshSettings();
    QVERIFY(m_settingsDir->isValid());
}

void TestLook::cleanup()
{
    if (m_window)
        m_window->document()->undoStack()->setClean(); // no "save changes?" on close
    m_window.reset();
}

void TestLook::openWindow(const QString &project)
{
    m_window = std::make_unique<MainWindow>();
    m_window->solveController()->setDebounceMs(0);
    QVERIFY(m_window->openFile(project).isEmpty());
    m_window->resize(kWindowOnSmallScreen);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

bool TestLook::waitForSolve()
{
    SolveController *solve = m_window->solveController();
    return QTest::qWaitFor([solve] { return !solve->isBusy() && solve->plan() && !solve->isStale(); }, kSolveTimeoutMs);
}

void TestLook::everyActionHasAnIcon()
{
    openWindow(MainWindow::labExample());
    QList<QAction *> actions;
    for (QAction *top : m_window->menuBar()->actions())
        collectActions(top->menu(), actions);
    int exempt = 0;
    QVERIFY(actions.size() > 40);
    for (QAction *action : actions) {
        if (isExclusiveChoice(action)) {
            ++exempt;
            continue;
        }
        const QString what = withoutMnemonics(action->text());
        QVERIFY2(!action->icon().isNull(), qPrintable(what + QStringLiteral(": no icon")));
        QVERIFY2(!action->icon().pixmap(16, 16).isNull(), qPrintable(what + QStringLiteral(": icon draws nothing")));
    }
    QVERIFY(exempt >= 3 + 3); // three objectives and at least three precisions, at least
    const QList<QToolBar *> bars = m_window->findChildren<QToolBar *>();
    QVERIFY(!bars.isEmpty());
    for (QToolBar *bar : bars) {
        QVERIFY(bar->toolButtonStyle() != Qt::ToolButtonTextOnly);
        for (QAction *action : bar->actions()) {
            if (action->isSeparator())
                continue;
            QVERIFY2(!action->icon().pixmap(22, 22).isNull(), qPrintable(action->text()));
            auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action));
            QVERIFY(button && button->isVisible());
            QVERIFY2(button->iconSize().width() >= 16, qPrintable(action->text()));
        }
    }
}

void TestLook::windowHasAnIcon()
{
    openWindow(MainWindow::labExample());
    const QIcon icon = m_window->windowIcon();
    QVERIFY(!icon.isNull());
    const QImage image = icon.pixmap(64, 64).toImage();
    QVERIFY(!image.isNull());
    // The icon is drawn, not a transparent square: its centre is opaque.
    QVERIFY(qAlpha(image.pixel(32, 32)) == 255);
}

// Dock titles are drawn verbatim in their title bars and with mnemonics taken out in the tabs
// of tabified docks and in the View menu, so a title with "&" shows wrong in one of them; menu
// entries are drawn with mnemonics taken out. None may show "&&" or lose an "&", and the
// timeline dock reads "Timeline and Comparison" in all three places.
void TestLook::noDoubledAmpersand()
{
    openWindow(MainWindow::labExample());
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        QVERIFY2(!dock->windowTitle().contains(QLatin1Char('&')), qPrintable(dock->windowTitle()));
        QCOMPARE(withoutMnemonics(dock->toggleViewAction()->text()), dock->windowTitle());
    }
    QCOMPARE(m_window->timelineDock()->windowTitle(), QStringLiteral("Timeline and Comparison"));
    bool timelineTab = false;
    for (QTabBar *tabs : m_window->findChildren<QTabBar *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            const QString shown = withoutMnemonics(tabs->tabText(i));
            QVERIFY2(!shown.contains(QStringLiteral("&&")), qPrintable(shown));
            timelineTab |= shown == QStringLiteral("Timeline and Comparison");
        }
    }
    QVERIFY(timelineTab); // tabified with the fleet
    QList<QAction *> actions;
    for (QAction *top : m_window->menuBar()->actions())
        collectActions(top->menu(), actions);
    for (QAction *action : actions)
        QVERIFY2(!withoutMnemonics(action->text()).contains(QStringLiteral("&&")), qPrintable(action->text()));
    QCOMPARE(withoutMnemonics(m_window->findChild<QAction *>(QStringLiteral("timelineAction"))->text()),
        QStringLiteral("Timeline and Comparison"));
    QVERIFY(!m_window->timelineDock()
                 ->findChild<QLabel *>(QStringLiteral("timelineSummary"))
                 ->text()
                 .contains(QStringLiteral("&&")));
}

// With fresh settings on a 1366 × 768 screen (kWindowOnSmallScreen), every
// chart of the results and timeline docks, at the size the window gives it, has room along
// each axis for that axis's title (the widest line of it, in the axis's label font).
void TestLook::axisTitlesFitTheirAxes()
{
    openWindow(MainWindow::campusExample());
    QVERIFY(waitForSolve());
    QSignalSpy ready(m_window->timelineController(), &TimelineController::resultReady);
    m_window->findChild<QAction *>(QStringLiteral("timelineAction"))->trigger();
    QVERIFY(ready.wait(kSolveTimeoutMs));
    ResultsDock *results = m_window->resultsDock();
    TimelineDock *timeline = m_window->timelineDock();
    // Every titled axis shows a title (its full or compact one) that fits; `shown` counts them.
    const auto check = [](QCustomPlot *plot, QTabWidget *tabs, int titledAxes) {
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i)->isAncestorOf(plot) || tabs->widget(i) == plot)
                tabs->setCurrentIndex(i);
        QApplication::processEvents();
        plot->replot(QCustomPlot::rpImmediateRefresh);
        QVERIFY(plot->isVisible());
        for (QCPAxisRect *rect : plot->axisRects()) {
            for (QCPAxis *axis : rect->axes()) {
                if (!axis->visible() || axis->property("warmshellFullTitle").toString().isEmpty())
                    continue;
                --titledAxes;
                QVERIFY2(!axis->label().isEmpty(),
                    qPrintable(plot->objectName() + QStringLiteral(": no room for any title of ")
                        + axis->property("warmshellFullTitle").toString()));
                const QFontMetrics metrics(axis->labelFont());
                int needed = 0;
                for (const QString &line : axis->label().split(QLatin1Char('\n')))
                    needed = std::max(needed, metrics.horizontalAdvance(line));
                const bool vertical = axis->orientation() == Qt::Vertical;
                const int room = vertical ? rect->height() : rect->width();
                QVERIFY2(needed <= room,
                    qPrintable(QStringLiteral("%1: axis title \"%2\" needs %3 px, the axis has %4 px")
                                   .arg(plot->objectName(), axis->label())
                                   .arg(needed)
                                   .arg(room)));
            }
        }
        QCOMPARE(titledAxes, 0);
    };
    warmshell::uitest::saveShot(m_window.get(), QStringLiteral("look-window.png"));
    check(results->energizedIdleChart(), results->chartTabs(), 2);
    timeline->raise();
    QApplication::processEvents();
    QTabWidget *timelineTabs = timeline->tabs();
    // The PUE axes (top right of the timeline, bottom right of the comparison) are titled too.
    check(timeline->timelineChart(), timelineTabs, 5);
    check(timeline->comparisonChart(), timelineTabs, 4);
}

void TestLook::floorPlanExportHasTitleDateAndLegend()
{
    const LoadResult loaded = loadProject(QStringLiteral(":/warmshell/examples/lab.warmshell.json"));
    QVERIFY(loaded.ok());
    const Project &project = *loaded.project;
    const CapacityPlan plan = solve(project, Catalog::builtIn(), SolveOptions{});
    QVERIFY(plan.date.isValid());
    QTemporaryDir dir;
    const QString svgFile = dir.filePath(QStringLiteral("floor.svg"));
    QCOMPARE(ExportDialog::write(ExportKind::FloorPlanSvg, project, Catalog::builtIn(), plan, svgFile), QString());
    QFile svg(svgFile);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(svg.readAll());
    // The texts as drawn (XML-escaped where needed), each written by hand here.
    const QStringList expected = { project.site.name.toHtmlEscaped(), QStringLiteral("floor plan by rack utilisation"),
        QStringLiteral("Plan for ") + plan.date.toString(Qt::ISODate),
        QStringLiteral("drawn ") + QDate::currentDate().toString(Qt::ISODate), QStringLiteral("no systems"),
        QStringLiteral("≤ 50 %"), QStringLiteral("50–80 %"), QStringLiteral("80–95 %"), QStringLiteral("95–100 %"),
        QStringLiteral("&gt; 100 %") };
    for (const QString &piece : expected)
        QVERIFY2(text.contains(piece), qPrintable(piece));

    // The PNG: twice the picture's size; its header (the first 20 of the 24 units above the
    // plan) holds dark text pixels, where the plan alone would leave white.
    const QString pngFile = dir.filePath(QStringLiteral("floor.png"));
    QCOMPARE(ExportDialog::write(ExportKind::FloorPlanPng, project, Catalog::builtIn(), plan, pngFile), QString());
    const QImage png(pngFile);
    QVERIFY(!png.isNull());
    const FloorPlanPicture picture(project, Catalog::builtIn(), plan);
    QCOMPARE(png.size(), (picture.size() * 2).toSize());
    int dark = 0;
    for (int y = 0; y < 2 * 30; ++y)
        for (int x = 0; x < png.width(); ++x)
            dark += qGray(png.pixel(x, y)) < 100 ? 1 : 0;
    QVERIFY2(dark > 200, qPrintable(QString::number(dark)));
}

namespace {
// The pictures `guide` (Markdown) shows: the targets of ![...](images/...).
QStringList guidePictures(const QString &guide)
{
    QFile file(guide);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QStringList pictures;
    static const QRegularExpression image(QStringLiteral(R"(!\[[^\]]*\]\(([^)]+)\))"));
    for (auto it = image.globalMatch(text); it.hasNext();)
        pictures << it.next().captured(1);
    return pictures;
}

void verifyGuideAt(const QString &appDir)
{
    const QString guide = userGuideFile(appDir);
    QVERIFY2(!guide.isEmpty(), qPrintable(appDir));
    QVERIFY(guide.endsWith(QStringLiteral("/share/warmshell/user-guide/user-guide.md")));
    const QStringList pictures = guidePictures(guide);
    QVERIFY(pictures.size() >= 15);
    for (const QString &picture : pictures)
        QVERIFY2(QFileInfo(QFileInfo(guide).dir(), picture).isFile(), qPrintable(picture));
}
} // namespace

// The desktop app is build/app/warmshell: the guide is where Help → User Guide looks from
// there, and the window it opens shows the guide's text and loads its pictures.
void TestLook::userGuideInBuildTree()
{
    verifyGuideAt(QStringLiteral(WARMSHELL_BINARY_DIR "/app"));
    if (QTest::currentTestFailed())
        return; // no guide: the window would show a message box and wait
    QVERIFY(userGuideFile(QStringLiteral(WARMSHELL_BINARY_DIR "/tests/ui")).isEmpty()); // no guide there
    openWindow(MainWindow::labExample());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("userGuideAction")));
    QWidget *shown = showUserGuide(m_window.get(), userGuideFile(QStringLiteral(WARMSHELL_BINARY_DIR "/app")));
    auto *browser = qobject_cast<QTextBrowser *>(shown);
    QVERIFY(browser);
    QVERIFY(browser->isVisible());
    QVERIFY(browser->toPlainText().contains(QStringLiteral("WarmShell user guide")));
    const QString first = guidePictures(userGuideFile(QStringLiteral(WARMSHELL_BINARY_DIR "/app"))).value(0);
    const QVariant image = browser->document()->resource(QTextDocument::ImageResource, QUrl(first));
    QVERIFY2(image.isValid() && !image.value<QImage>().isNull(), qPrintable(first));
    warmshell::uitest::saveShot(browser, QStringLiteral("look-user-guide.png"));
    browser->close();
}

// `cmake --install` of this build tree into a temporary prefix: bin/warmshell and the guide.
void TestLook::userGuideInInstallLayout()
{
    QTemporaryDir prefix;
    QProcess install;
    install.start(QStringLiteral(WARMSHELL_CMAKE_COMMAND),
        { QStringLiteral("--install"), QStringLiteral(WARMSHELL_BINARY_DIR), QStringLiteral("--prefix"),
            prefix.path() });
    QVERIFY(install.waitForFinished(120000));
    QVERIFY2(install.exitCode() == 0, install.readAllStandardError().constData());
    QVERIFY(QFileInfo(prefix.filePath(QStringLiteral("bin/warmshell"))).isExecutable());
    verifyGuideAt(prefix.filePath(QStringLiteral("bin")));
    // The installed CLI runs: in a build with shared libraries (./dev's), it finds them through
    // its RUNPATH in the prefix.
    QProcess cli;
    cli.start(prefix.filePath(QStringLiteral("bin/warmshell-cli")), { QStringLiteral("--version") });
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(cli.readAllStandardOutput().startsWith("warmshell-cli "));
}

void TestLook::firstLaunchHint()
{
    QVERIFY(!QSettings().contains(QLatin1String(FirstLaunchHint::kDismissedKey)));
    openWindow(MainWindow::campusExample());
    FirstLaunchHint *hint = m_window->findChild<FirstLaunchHint *>();
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    auto *text = hint->findChild<QLabel *>(QStringLiteral("firstLaunchHintText"));
    QVERIFY(text->text().contains(QStringLiteral("example")));
    QVERIFY(text->text().contains(QStringLiteral("Try first")));
    // Another project: the hint is about the example, so it goes, and comes back with it.
    QVERIFY(m_window->openFile(MainWindow::labExample()).isEmpty());
    QVERIFY(!hint->isVisible());
    QVERIFY(m_window->openFile(MainWindow::campusExample()).isEmpty());
    QVERIFY(hint->isVisible());
    QTest::mouseClick(hint->closeButton(), Qt::LeftButton);
    QVERIFY(!hint->isVisible());
    QVERIFY(QSettings().value(QLatin1String(FirstLaunchHint::kDismissedKey)).toBool());
    // The next launch, with the campus again: no hint.
    cleanup();
    openWindow(MainWindow::campusExample());
    hint = m_window->findChild<FirstLaunchHint *>();
    QVERIFY(hint);
    QVERIFY(!hint->isVisible());
}

QTEST_MAIN(TestLook)
#include "tst_look.moc"
