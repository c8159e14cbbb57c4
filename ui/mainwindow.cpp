// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "catalog.h"
#include "document/document.h"
#include "document/projectsummary.h"
#include "edit/addcoolingunitcommand.h"
#include "edit/addhallcommand.h"
#include "edit/addlotcommand.h"
#include "edit/addpowernodecommand.h"
#include "edit/addrackcommand.h"
#include "edit/addrowcommand.h"
#include "edit/deleterackscommand.h"
#include "edit/idallocator.h"
#include "edit/moverackscommand.h"
#include "edit/pasterackscommand.h"
#include "edit/removelotcommand.h"
#include "edit/removepowernodecommand.h"
#include "floorplan/floorplanlegend.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "floorplan/rackitem.h"
#include "format.h"
#include "panels/coolingpanel.h"
#include "panels/fleetpanel.h"
#include "panels/powerchainpanel.h"
#include "panels/problemspanel.h"
#include "panels/propertyeditor.h"
#include "projectfile.h"
#include "validation.h"

// Results
#include "elevation/rackelevationdock.h"
#include "export/exportdialog.h"
#include "floorplan/colourmodebar.h"
#include "floorplan/rackcolouring.h"
#include "floorplan/rackitem.h"
#include "import/netboximportdialog.h"
#include "report/capacityreport.h"
#include "results/resultsdock.h"
#include "results/timelinedock.h"
#include "solve/solvecontroller.h"
#include "solve/timelinecontroller.h"

#include <QActionGroup>
#include <QProgressBar>
#include <QTextDocumentFragment>
#include <QToolButton>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <glpk.h>
#include <qcustomplot.h>

#ifndef WARMSHELL_VERSION
#define WARMSHELL_VERSION "unknown"
#endif

namespace warmshell::ui {

namespace {
const QString kFileFilter = QStringLiteral("WarmShell projects (*.warmshell.json *.json);;All files (*)");
const QString kSettingsOrganization = QStringLiteral("WarmShell");
const QString kSettingsApplication = QStringLiteral("WarmShell");
const QString kRecentFilesKey = QStringLiteral("recentFiles");
constexpr int kMaxRecentFiles = 8;
constexpr int kDefaultAutosaveMsec = 3 * 60 * 1000;

FloorPoint floorPoint(const QPointF &metres)
{
    return { Metres(metres.x()), Metres(metres.y()) };
}

// The cooling units that serve `rack`, in site order.
std::vector<CoolingUnitId> servingUnits(const Site &site, const RackId &rack)
{
    std::vector<CoolingUnitId> out;
    for (const CoolingUnit &unit : site.coolingUnits)
        if (std::find(unit.serves.begin(), unit.serves.end(), rack) != unit.serves.end())
            out.push_back(unit.id);
    return out;
}

// The rack of `hall` nearest to `at` (metres in the hall), preferring `row` when given.
const Rack *nearestRack(const Site &site, const HallId &hall, const QPointF &at, const RowId &row = {})
{
    const Rack *best = nullptr;
    double bestDistance = 0;
    for (const Rack &rack : site.racks) {
        const Hall *h = site.hallOf(rack);
        if (!h || h->id != hall || (!row.isNull() && rack.row != row))
            continue;
        const double dx = rack.position.x.value() - at.x(), dy = rack.position.y.value() - at.y();
        const double d = dx * dx + dy * dy;
        if (!best || d < bestDistance) {
            best = &rack;
            bestDistance = d;
        }
    }
    return best;
}

// A new rack like `model` (limits, cooling, feeds) or with defaults when there is none.
Rack rackLike(const Rack *model)
{
    Rack rack;
    rack.powerLimit = Kilowatts(40);
    if (model) {
        rack.height = model->height;
        rack.powerLimit = model->powerLimit;
        rack.cooling = model->cooling;
        rack.weightLimit = model->weightLimit;
        rack.feedA = model->feedA;
        rack.feedB = model->feedB;
    }
    return rack;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new Document(this)), m_scene(new FloorPlanScene(this)),
      m_view(new FloorPlanView(m_scene)), m_powerChain(new PowerChainPanel(this)), m_cooling(new CoolingPanel(this)),
      m_fleet(new FleetPanel(m_document, this)), m_problems(new ProblemsPanel(this)),
      m_properties(new PropertyEditor(m_document, this)), m_racksLabel(new QLabel(this)),
      m_powerLabel(new QLabel(this)), m_fleetLabel(new QLabel(this)), m_autosaveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_view->setObjectName(QStringLiteral("floorPlanView"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(new FloorPlanLegend(central));
    setCentralWidget(central);

    // Left: the properties of the selection; right of the floor plan: the power chain over
    // the problems; along the bottom: the fleet.
    addDockWidget(Qt::LeftDockWidgetArea, m_properties);
    addDockWidget(Qt::RightDockWidgetArea, m_powerChain);
    tabifyDockWidget(m_powerChain, m_cooling);
    m_powerChain->raise();
    addDockWidget(Qt::RightDockWidgetArea, m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_fleet);

    // Permanent widgets, so transient messages never cover the figures.
    for (QLabel *label : { m_racksLabel, m_powerLabel, m_fleetLabel }) {
        label->setContentsMargins(6, 0, 6, 0);
        statusBar()->addPermanentWidget(label);
    }

    createActions();
    createResultsDock();
    connect(m_document, &Document::changed, this, &MainWindow::refresh);
    connect(m_document, &Document::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document, &Document::fileNameChanged, this, &MainWindow::updateTitle);

    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::syncSelection);
    connect(m_view, &FloorPlanView::racksMoved, this, &MainWindow::racksMoved);
    connect(m_view, &FloorPlanView::addRackRequested, this, &MainWindow::addRackAt);
    connect(m_view, &FloorPlanView::addRowRequested, this, &MainWindow::addRowAt);
    connect(m_powerChain, &PowerChainPanel::nodeActivated, m_properties, &PropertyEditor::showPowerNode);
    connect(m_fleet, &FleetPanel::lotActivated, m_properties, &PropertyEditor::showLot);
    connect(m_cooling, &CoolingPanel::unitActivated, m_properties, &PropertyEditor::showCoolingUnit);

    m_autosaveTimer->setInterval(kDefaultAutosaveMsec);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosaveNow);
    m_autosaveTimer->start();

    resize(1400, 900);
    readSettings();
    refresh();
    m_view->setFocus(); // not a tree, whose focus would make its first row current
}

MainWindow::~MainWindow()
{
    // Docks, the scene and the solver are destroyed after this body (by ~QWidget and the
    // QObject tree) and may still emit signals then; none may reach this half-destroyed window.
    for (QObject *child : findChildren<QObject *>())
        QObject::disconnect(child, nullptr, this, nullptr);
    if (m_scene)
        QObject::disconnect(m_scene, nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createSiteMenu();
    // Filled by the solving side (Solve, objective, precision, live solving).
    m_planMenu = menuBar()->addMenu(tr("&Plan"));
    m_planMenu->setObjectName(QStringLiteral("planMenu"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About WarmShell"), this, &MainWindow::about)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
    createToolBar();
}

namespace {
QAction *named(QAction *action, const char *name, const QKeySequence &shortcut = {})
{
    action->setObjectName(QLatin1String(name));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}
} // namespace

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    named(file->addAction(tr("&New"), this, &MainWindow::newProject), "newAction", QKeySequence::New);
    named(file->addAction(tr("&Open…"), this, &MainWindow::open), "openAction", QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    QMenu *examples = file->addMenu(tr("Open &Example"));
    examples->addAction(tr("&Campus (power-limited, two halls)"), this, [this] {
        if (maybeSave())
            openFileInteractive(campusExample());
    });
    examples->addAction(tr("&Lab (one small hall)"), this, [this] {
        if (maybeSave())
            openFileInteractive(labExample());
    });
    // The import opens as a new, unsaved project, after asking to save unsaved changes.
    named(file->addAction(tr("&Import from NetBox…"), this,
              [this] {
                  auto *dialog = new NetBoxImportDialog(
                      [this](Project project) {
                          if (!maybeSave())
                              return false;
                          const QString previous = m_document->fileName();
                          m_document->adoptRecovered(std::move(project), QString());
                          removeRecoveryFile(previous);
                          m_view->fitAll();
                          return true;
                      },
                      this);
                  dialog->setAttribute(Qt::WA_DeleteOnClose);
                  dialog->open();
              }),
        "importNetBoxAction");
    file->addSeparator();
    named(file->addAction(tr("&Save"), this, &MainWindow::save), "saveAction", QKeySequence::Save);
    named(
        file->addAction(tr("Save &As…"), this, &MainWindow::saveAs), "saveAsAction", QKeySequence(tr("Ctrl+Shift+S")));
    // Enabled by the report side once there is something to export.
    m_exportAction = named(file->addAction(tr("&Export…")), "exportAction", QKeySequence(tr("Ctrl+E")));
    m_exportAction->setEnabled(false);
    file->addSeparator();
    QAction *quit
        = named(file->addAction(tr("&Quit"), this, &QWidget::close), "quitAction", QKeySequence(tr("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    named(undo, "undoAction", QKeySequence::Undo)->setIconText(tr("Undo"));
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    named(redo, "redoAction", QKeySequence::Redo)->setIconText(tr("Redo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    named(edit->addAction(tr("Cu&t"), this, &MainWindow::cut), "cutAction", QKeySequence::Cut);
    named(edit->addAction(tr("&Copy"), this, &MainWindow::copy), "copyAction", QKeySequence::Copy);
    named(edit->addAction(tr("&Paste"), this, &MainWindow::paste), "pasteAction", QKeySequence::Paste);
    named(edit->addAction(tr("&Delete"), this, &MainWindow::deleteSelection), "deleteAction", QKeySequence::Delete);
    edit->addSeparator();
    named(edit->addAction(tr("Select &All Racks"), this, &MainWindow::selectAll), "selectAllAction",
        QKeySequence::SelectAll);
    // Shortcuts of the floor plan's edits apply while the plan has the focus, so typing in
    // an editor keeps Delete, Ctrl+C and Ctrl+A for the text.
    for (const char *name : { "cutAction", "copyAction", "pasteAction", "deleteAction", "selectAllAction" }) {
        QAction *action = findChild<QAction *>(QLatin1String(name));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
    }
    QAction *remove = findChild<QAction *>(QStringLiteral("deleteAction"));
    m_powerChain->view()->addAction(remove);
    m_fleet->view()->addAction(remove);
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(tr("Zoom &In"), m_view, &FloorPlanView::zoomIn)->setShortcut(QKeySequence::ZoomIn);
    m_viewMenu->addAction(tr("Zoom &Out"), m_view, &FloorPlanView::zoomOut)->setShortcut(QKeySequence::ZoomOut);
    m_viewMenu->addAction(tr("&Fit Floor Plan"), m_view, &FloorPlanView::fitAll)
        ->setShortcut(QKeySequence(tr("Ctrl+0")));
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : { static_cast<QDockWidget *>(m_properties), static_cast<QDockWidget *>(m_powerChain),
             static_cast<QDockWidget *>(m_cooling), static_cast<QDockWidget *>(m_fleet),
             static_cast<QDockWidget *>(m_problems) })
        m_viewMenu->addAction(dock->toggleViewAction());
}

void MainWindow::createSiteMenu()
{
    QMenu *site = menuBar()->addMenu(tr("&Site"));
    m_tools = new QActionGroup(this);
    const auto tool = [&](const QString &text, const char *name, FloorPlanView::Tool t, const QKeySequence &key) {
        QAction *action = named(site->addAction(text), name, key);
        action->setCheckable(true);
        action->setData(int(t));
        m_tools->addAction(action);
        connect(action, &QAction::triggered, this, [this, t] { m_view->setTool(t); });
        return action;
    };
    QAction *select
        = tool(tr("&Select and Move"), "selectToolAction", FloorPlanView::Tool::Select, QKeySequence(tr("S")));
    select->setChecked(true);
    select->setIconText(tr("Select"));
    tool(tr("Add &Rack (click in a hall)"), "addRackToolAction", FloorPlanView::Tool::AddRack, QKeySequence(tr("R")))
        ->setIconText(tr("Add Rack"));
    tool(tr("Add Ro&w (drag in a hall)"), "addRowToolAction", FloorPlanView::Tool::AddRow, QKeySequence(tr("W")))
        ->setIconText(tr("Add Row"));
    connect(m_view, &FloorPlanView::toolChanged, this, [this](FloorPlanView::Tool t) {
        for (QAction *action : m_tools->actions())
            if (action->data().toInt() == int(t))
                action->setChecked(true);
    });
    site->addSeparator();
    named(site->addAction(tr("Add &Hall"), this, &MainWindow::addHall), "addHallAction");
    named(site->addAction(tr("Add &Power Node"), this, &MainWindow::addPowerNode), "addPowerNodeAction");
    named(site->addAction(tr("Remove Power &Node"), this, &MainWindow::removePowerNode), "removePowerNodeAction");
    named(site->addAction(tr("Add &Cooling Unit (serving the selected racks)"), this, &MainWindow::addCoolingUnit),
        "addCoolingUnitAction")
        ->setIconText(tr("Add Cooling Unit"));
    site->addSeparator();
    named(site->addAction(tr("Add &Lot"), this, &MainWindow::addLot), "addLotAction");
    named(site->addAction(tr("Remove L&ot"), this, &MainWindow::removeLot), "removeLotAction");
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const char *name : { "newAction", "openAction", "saveAction" })
        bar->addAction(findChild<QAction *>(QLatin1String(name)));
    bar->addSeparator();
    bar->addAction(findChild<QAction *>(QStringLiteral("undoAction")));
    bar->addAction(findChild<QAction *>(QStringLiteral("redoAction")));
    bar->addSeparator();
    for (QAction *action : m_tools->actions())
        bar->addAction(action);
    bar->addSeparator();
    bar->addAction(findChild<QAction *>(QStringLiteral("addHallAction")));
    bar->addAction(findChild<QAction *>(QStringLiteral("addPowerNodeAction")));
    bar->addAction(findChild<QAction *>(QStringLiteral("addCoolingUnitAction")));
}

QStringList MainWindow::openFile(const QString &fileName)
{
    QStringList errors;
    const QString previous = m_document->fileName();
    const bool previousModified = m_document->isModified();
    if (!m_document->open(fileName, &errors))
        return errors;
    if (!previousModified)
        removeRecoveryFile(previous);
    addRecentFile(fileName);
    m_pasteCount = 0;
    m_view->fitAll();
    statusBar()->showMessage(tr("Opened %1").arg(fileName), 4000);
    return {};
}

QString MainWindow::saveTo(const QString &fileName)
{
    const QString previous = m_document->fileName();
    const QString error = m_document->saveAs(fileName);
    if (!error.isEmpty())
        return error;
    removeRecoveryFile(previous);
    removeRecoveryFile(fileName);
    addRecentFile(fileName);
    return {};
}

bool MainWindow::openFileInteractive(const QString &fileName)
{
    const QStringList errors = openFile(fileName);
    if (errors.isEmpty()) {
        offerRecovery(fileName);
        return true;
    }
    showOpenErrors(fileName, errors);
    return false;
}

void MainWindow::offerRecovery(const QString &projectFile)
{
    if (!hasRecovery(projectFile)) {
        removeRecoveryFile(projectFile); // older than the project: stale
        return;
    }
    const QFileInfo info(recoveryFileName(projectFile));
    const auto answer = QMessageBox::question(this, tr("Recover unsaved changes"),
        tr("WarmShell found changes to %1 that were not saved (autosaved %2). Recover them?")
            .arg(projectFile.isEmpty() ? tr("an untitled project") : projectFile,
                QLocale().toString(info.lastModified(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        removeRecoveryFile(projectFile);
        return;
    }
    const QStringList errors = recover(projectFile);
    if (!errors.isEmpty())
        showOpenErrors(info.filePath(), errors);
}

void MainWindow::showOpenErrors(const QString &fileName, const QStringList &errors)
{
    QMessageBox box(QMessageBox::Warning, tr("Cannot open project"),
        tr("%1 was not opened; the current project is unchanged.").arg(fileName), QMessageBox::Ok, this);
    const int shown = 20;
    QStringList lines = errors.mid(0, shown);
    if (errors.size() > shown)
        lines << tr("… and %1 more").arg(errors.size() - shown);
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    box.setDetailedText(errors.join(QLatin1Char('\n')));
    box.exec();
}

void MainWindow::newProject()
{
    if (!maybeSave())
        return;
    const QString previous = m_document->fileName();
    m_document->newProject();
    removeRecoveryFile(previous);
    m_view->fitAll();
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(), kFileFilter);
    if (!fileName.isEmpty())
        openFileInteractive(fileName);
}

bool MainWindow::save()
{
    if (!m_document->canSaveInPlace())
        return saveAs();
    const QString error = m_document->save();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot save project"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->fileName()), 4000);
    return true;
}

bool MainWindow::saveAs()
{
    QString fileName = QFileDialog::getSaveFileName(this, tr("Save Project As"), QString(), kFileFilter);
    if (fileName.isEmpty())
        return false;
    if (!fileName.endsWith(QStringLiteral(".json")))
        fileName += QStringLiteral(".warmshell.json");
    const QString error = saveTo(fileName);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot save project"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(fileName), 4000);
    return true;
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About WarmShell"),
        tr("<h3>WarmShell %1</h3>"
           "<p>Power and cooling capacity planning for GPU clusters.</p>"
           "<p>Qt %2 · QCustomPlot %3 · GLPK %4</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later "
           "(GPL-3.0-or-later).</p>")
            .arg(QStringLiteral(WARMSHELL_VERSION), QString::fromLatin1(qVersion()),
                QStringLiteral(QCUSTOMPLOT_VERSION_STR), QString::fromLatin1(glp_version())));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_defaultDockSizesPending)
        return;
    // Dock sizes only take once the window has its size; a restored layout keeps its own.
    m_defaultDockSizesPending = false;
    resizeDocks({ m_properties, m_powerChain }, { width() / 5, width() * 2 / 5 }, Qt::Horizontal);
    resizeDocks({ m_powerChain, m_problems }, { height() / 2, height() / 7 }, Qt::Vertical);
    resizeDocks({ m_fleet }, { height() / 4 }, Qt::Vertical);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    if (!m_document->isModified())
        removeRecoveryFile(m_document->fileName());
    event->accept();
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
        tr("%1 has unsaved changes. Save them?").arg(m_document->project().site.name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard)
        removeRecoveryFile(m_document->fileName());
    return answer == QMessageBox::Discard;
}

void MainWindow::refresh()
{
    const Project &project = m_document->project();
    const Catalog &builtIn = Catalog::builtIn();
    m_refreshing = true; // the scene's rebuild changes the selection back and forth
    m_scene->setProject(project, builtIn);
    m_refreshing = false;
    m_powerChain->setProject(project);
    m_cooling->setProject(project);
    m_fleet->setProject(project, builtIn);
    const std::vector<Problem> problems = validateProject(project, builtIn);
    m_problems->setProblems(problems);
    m_properties->refresh(problems);
    updateFeedHighlight(); // the subject of the properties stays what the user chose last

    const ProjectSummary s = summarize(project, builtIn);
    m_racksLabel->setText((s.racks == 1 ? tr("1 rack") : tr("%L1 racks").arg(s.racks))
        + tr(", limit %1").arg(format::megawatts(s.rackPowerLimit)));
    m_powerLabel->setText(tr("Usable at %1: utility %2, generators %3")
                              .arg(format::date(project.site.planStart), format::megawatts(s.utilityUsable),
                                  format::megawatts(s.generatorUsable)));
    m_fleetLabel->setText(tr("Fleet: %L1 GPUs in %L2 systems, max %3")
                              .arg(s.fleetGpus)
                              .arg(s.fleetSystems)
                              .arg(format::megawatts(s.fleetMaxPower)));
    updateTitle();
}

QString MainWindow::statusSummary() const
{
    return QStringList{ m_racksLabel->text(), m_powerLabel->text(), m_fleetLabel->text() }.join(QStringLiteral(" · "));
}

void MainWindow::updateTitle()
{
    const QString name = m_document->project().site.name;
    setWindowTitle(tr("%1[*] — WarmShell").arg(name.isEmpty() ? tr("Untitled site") : name));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->canSaveInPlace() ? m_document->fileName() : QString());
}

void MainWindow::readSettings()
{
    QSettings s(kSettingsOrganization, kSettingsApplication);
    const QByteArray geometry = s.value(QStringLiteral("mainWindow/geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    m_defaultDockSizesPending = !restoreState(s.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::writeSettings() const
{
    QSettings s(kSettingsOrganization, kSettingsApplication);
    s.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    s.setValue(QStringLiteral("mainWindow/state"), saveState());
}

// ---- Results: live solving, results dock, rack elevation, Plan menu, headline ------------

void MainWindow::createResultsDock()
{
    m_resultsConnections = std::make_unique<QObject>();
    m_solve = new SolveController(m_document, this);
    m_results = new ResultsDock(this);
    m_elevation = new RackElevationDock(m_document, this);
    // Results share the right area with the power chain (in front); the elevation on the left.
    addDockWidget(Qt::RightDockWidgetArea, m_results);
    tabifyDockWidget(m_powerChain, m_results);
    m_results->raise();
    addDockWidget(Qt::LeftDockWidgetArea, m_elevation);
    m_elevation->widget()->setMinimumWidth(300);

    m_gpusLabel = new QLabel(this);
    m_idleCostLabel = new QLabel(this);
    m_sitePowerLabel = new QLabel(this);
    m_gapLabel = new QLabel(this);
    m_staleLabel = new QLabel(this);
    m_gpusLabel->setObjectName(QStringLiteral("planGpusLabel"));
    m_staleLabel->setObjectName(QStringLiteral("planStaleLabel"));
    m_solveProgress = new QProgressBar(this);
    m_solveProgress->setRange(0, 0); // busy indicator: the solver reports no fraction done
    m_solveProgress->setMaximumWidth(90);
    m_solveProgress->setMaximumHeight(14);
    m_solveProgress->setTextVisible(false);
    m_solveProgress->hide();
    m_cancelButton = new QToolButton(this);
    m_cancelButton->hide();
    // Permanent, left of the project figures, so transient messages never cover them.
    int index = 0;
    for (QWidget *w : std::initializer_list<QWidget *>{ m_gpusLabel, m_idleCostLabel, m_sitePowerLabel, m_gapLabel,
             m_staleLabel, m_solveProgress, m_cancelButton }) {
        if (auto *label = qobject_cast<QLabel *>(w))
            label->setContentsMargins(6, 0, 6, 0);
        statusBar()->insertPermanentWidget(index++, w);
    }

    m_colourBar = new ColourModeBar(this);
    if (QLayout *layout = centralWidget()->layout())
        layout->addWidget(m_colourBar);
    connect(m_colourBar, &ColourModeBar::modeChanged, m_resultsConnections.get(), [this] { colourRacksByPlan(); });

    m_timeline = new TimelineController(m_document, this);
    m_timelineDock = new TimelineDock(m_timeline, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);
    tabifyDockWidget(m_fleet, m_timelineDock);
    m_fleet->raise();

    createPlanMenu();

    connect(m_solve, &SolveController::planReady, this, &MainWindow::showPlan);
    // File → Export…: what was solved, with the project it was solved for.
    connect(m_solve, &SolveController::planReady, m_exportAction, [this] { m_exportAction->setEnabled(true); });
    connect(m_exportAction, &QAction::triggered, m_resultsConnections.get(), [this] {
        if (!m_solve->plan())
            return;
        const QFileInfo projectFile(m_document->fileName());
        auto *dialog = new ExportDialog(m_solve->planProject(), *m_solve->plan(),
            projectFile.fileName().isEmpty() || m_document->fileName().startsWith(QLatin1Char(':'))
                ? QString()
                : projectFile.absolutePath(),
            this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ExportDialog::exported, this,
            [this](const QString &f) { statusBar()->showMessage(tr("Wrote %1").arg(f), 4000); });
        dialog->open();
    });
    connect(m_solve, &SolveController::staleChanged, m_resultsConnections.get(), [this](bool stale) {
        m_results->setStale(stale);
        m_elevation->setPlan(m_solve->plan(), stale);
        updatePlanStatus();
    });
    connect(m_solve, &SolveController::busyChanged, m_resultsConnections.get(), [this](bool busy) {
        m_solveProgress->setVisible(busy);
        m_cancelButton->setVisible(busy);
        updatePlanStatus();
    });
    // Context: m_resultsConnections, destroyed with the MainWindow's members, so the scene
    // clearing its selection while the window's children are deleted calls nothing here.
    connect(m_scene, &QGraphicsScene::selectionChanged, m_resultsConnections.get(), [this] {
        const QList<RackId> racks = m_scene->selectedRacks();
        if (!racks.isEmpty())
            m_elevation->showRack(racks.first());
    });
    // After the floor plan is rebuilt from the document (refresh() runs first).
    connect(
        m_document, &Document::changed, m_resultsConnections.get(), [this] { colourRacksByPlan(); },
        Qt::QueuedConnection);
    updatePlanStatus();
}

void MainWindow::createPlanMenu()
{
    // The Plan menu createActions() placed before Help.
    QMenu *plan = m_planMenu;

    QAction *solveAction = plan->addAction(tr("&Solve Now"), m_solve, &SolveController::solveNow);
    solveAction->setShortcut(QKeySequence(Qt::Key_F5));
    QAction *cancel = plan->addAction(tr("&Cancel Solve"), m_solve, &SolveController::cancel);
    cancel->setShortcut(QKeySequence(tr("Ctrl+.")));
    cancel->setEnabled(false);
    m_cancelButton->setDefaultAction(cancel);
    m_cancelButton->setText(tr("Cancel"));
    connect(m_solve, &SolveController::busyChanged, cancel, &QAction::setEnabled);
    QAction *live = plan->addAction(tr("&Live Solving"));
    live->setCheckable(true);
    live->setChecked(m_solve->isLiveSolving());
    connect(live, &QAction::toggled, m_solve, &SolveController::setLiveSolving);
    connect(m_solve, &SolveController::liveSolvingChanged, live, &QAction::setChecked);
    plan->addSeparator();

    QMenu *objective = plan->addMenu(tr("&Objective"));
    auto *objectives = new QActionGroup(objective);
    const std::pair<Objective, QString> objectiveNames[] = { { Objective::Compute, tr("Most &compute (PFLOPS)") },
        { Objective::Gpus, tr("Most &GPUs") }, { Objective::IdleCost, tr("Least &idle depreciation") } };
    for (const auto &[value, name] : objectiveNames) {
        QAction *a = objective->addAction(name);
        a->setCheckable(true);
        a->setChecked(m_solve->options().objectives.front() == value);
        a->setData(keyOf(value));
        objectives->addAction(a);
        connect(a, &QAction::triggered, this, [this, value = value] { m_solve->setObjective(value); });
    }
    QMenu *precision = plan->addMenu(tr("&Precision"));
    auto *precisions = new QActionGroup(precision);
    for (const auto &[value, key] : kPrecisions) {
        QAction *a = precision->addAction(QString::fromLatin1(key).toUpper());
        a->setCheckable(true);
        a->setChecked(m_solve->options().precision == value);
        precisions->addAction(a);
        connect(a, &QAction::triggered, this, [this, value = value] { m_solve->setPrecision(value); });
    }
    plan->addSeparator();
    plan->addAction(tr("Export Capacity &Report (PDF)…"), this, [this] {
        const CapacityPlan *current = m_solve->plan();
        if (!current) {
            QMessageBox::information(this, tr("Export Capacity Report"), tr("There is no plan yet: solve first (F5)."));
            return;
        }
        const QString fileName = QFileDialog::getSaveFileName(
            this, tr("Export Capacity Report"), tr("capacity-plan.pdf"), tr("PDF documents (*.pdf)"));
        if (fileName.isEmpty())
            return;
        // The plan with the project it was solved for, so figures and assumptions agree.
        QApplication::setOverrideCursor(Qt::WaitCursor); // the timeline and comparison are solved first
        const QString error = CapacityReport::write(m_solve->planProject(), Catalog::builtIn(), *current, fileName,
            CapacityReport::analyse(m_solve->planProject(), Catalog::builtIn(), *current));
        QApplication::restoreOverrideCursor();
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Cannot export the report"), error);
        else
            statusBar()->showMessage(tr("Wrote %1").arg(fileName), 4000);
    });
    QAction *timeline = plan->addAction(tr("&Timeline && Comparison"), this, [this] {
        m_timeline->setSolveOptions(m_solve->options());
        m_timelineDock->show();
        m_timelineDock->raise();
        m_timeline->compute();
    });
    timeline->setObjectName(QStringLiteral("timelineAction"));
    timeline->setShortcut(QKeySequence(tr("Ctrl+T")));

    // The docks in View.
    for (QAction *action : menuBar()->actions()) {
        if (action->menu() && action->text() == tr("&View")) {
            action->menu()->addAction(m_results->toggleViewAction());
            action->menu()->addAction(m_elevation->toggleViewAction());
            action->menu()->addAction(m_timelineDock->toggleViewAction());
            action->menu()->addSeparator();
            action->menu()->addMenu(m_colourBar->menu());
        }
    }
}

void MainWindow::showPlan()
{
    const CapacityPlan *plan = m_solve->plan();
    if (!plan)
        return;
    m_results->setPlan(*plan, m_solve->planProject().site.currency);
    m_results->setStale(m_solve->isStale());
    m_elevation->setPlan(plan, m_solve->isStale());
    m_timeline->setSolveOptions(m_solve->options());
    colourRacksByPlan();
    updatePlanStatus();
}

void MainWindow::updatePlanStatus()
{
    const CapacityPlan *plan = m_solve->plan();
    if (!plan) {
        m_gpusLabel->setText(tr("Not solved yet"));
        for (QLabel *label : { m_idleCostLabel, m_sitePowerLabel, m_gapLabel })
            label->clear();
    } else {
        const QString currency = m_solve->planProject().site.currency;
        m_gpusLabel->setText(
            tr("<b>%L1</b> GPUs energized, <b>%L2</b> idle").arg(plan->energizedGpus()).arg(plan->idleGpus()));
        m_idleCostLabel->setText(tr("idle %1/month").arg(format::money(plan->idleDepreciationPerMonth(), currency)));
        Kilowatts available{ 0 };
        for (const CapacityUse &use : plan->powerNodes) {
            if (use.kind == keyOf(PowerNodeKind::Utility) && use.live)
                available += use.usable;
        }
        // Replaces the project's "usable at" figure while a plan is shown (same source, used too).
        m_powerLabel->setVisible(false);
        m_sitePowerLabel->setToolTip(m_powerLabel->text());
        m_sitePowerLabel->setText(
            tr("power %1 used of %2").arg(format::megawatts(plan->energizedPower()), format::megawatts(available)));
        m_gapLabel->setText(tr("gap %1 %").arg(QLocale().toString(plan->gap * 100.0, 'f', 2)));
    }
    if (m_solve->isBusy())
        m_staleLabel->setText(tr("<b style=\"color:#b35900\">solving…</b>"));
    else if (m_solve->isStale() && plan)
        m_staleLabel->setText(tr("<b style=\"color:#b35900\">stale</b>"));
    else
        m_staleLabel->clear();
}

QString MainWindow::planHeadline() const
{
    QStringList parts;
    for (QLabel *label : { m_gpusLabel, m_idleCostLabel, m_sitePowerLabel, m_gapLabel, m_staleLabel }) {
        if (!label->text().isEmpty())
            parts << QTextDocumentFragment::fromHtml(label->text()).toPlainText();
    }
    return parts.join(QStringLiteral(" · "));
}

void MainWindow::colourRacksByPlan()
{
    const CapacityPlan *plan = m_solve->plan();
    m_colourBar->setPlan(plan);
    const RackColourMode mode = m_colourBar->effectiveMode(plan);
    if (QWidget *legend = centralWidget()->findChild<FloorPlanLegend *>())
        legend->setVisible(mode == RackColourMode::CoolingType);
    rackcolouring::apply(m_scene, m_document->project(), Catalog::builtIn(), plan, mode);
}

// ---- end of Results ------------------------------------------------------------------------

// ---- Recent files and autosave

QStringList MainWindow::recentFiles() const
{
    return QSettings(kSettingsOrganization, kSettingsApplication).value(kRecentFilesKey).toStringList();
}

void MainWindow::addRecentFile(const QString &fileName)
{
    if (fileName.startsWith(QLatin1Char(':')))
        return; // the built-in examples have their own menu
    const QString path = QFileInfo(fileName).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings(kSettingsOrganization, kSettingsApplication).setValue(kRecentFilesKey, files);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString file = files[i];
        m_recentMenu
            ->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(file).fileName()), this,
                [this, file] {
                    if (maybeSave())
                        openFileInteractive(file);
                })
            ->setToolTip(file);
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear Menu"), this,
            [] { QSettings(kSettingsOrganization, kSettingsApplication).remove(kRecentFilesKey); });
    }
}

void MainWindow::setAutosaveInterval(int msec)
{
    m_autosaveTimer->start(msec);
}

int MainWindow::autosaveInterval() const
{
    return m_autosaveTimer->interval();
}

QString MainWindow::recoveryFileName(const QString &projectFile)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
    QString key = QStringLiteral("untitled");
    if (!projectFile.isEmpty()) {
        const QString path
            = projectFile.startsWith(QLatin1Char(':')) ? projectFile : QFileInfo(projectFile).absoluteFilePath();
        key = QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    }
    return dir + QLatin1Char('/') + key + QStringLiteral(".warmshell.json");
}

bool MainWindow::autosaveNow()
{
    if (!m_document->isModified())
        return false;
    const QString file = recoveryFileName(m_document->fileName());
    QDir().mkpath(QFileInfo(file).absolutePath());
    const QString error = m_document->writeCopy(file);
    if (!error.isEmpty()) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 8000);
        return false;
    }
    return true;
}

bool MainWindow::hasRecovery(const QString &projectFile)
{
    const QFileInfo recovery(recoveryFileName(projectFile));
    if (!recovery.exists())
        return false;
    if (projectFile.isEmpty() || projectFile.startsWith(QLatin1Char(':')))
        return true;
    const QFileInfo project(projectFile);
    return !project.exists() || recovery.lastModified() > project.lastModified();
}

QStringList MainWindow::recover(const QString &projectFile)
{
    LoadResult result = loadProject(recoveryFileName(projectFile));
    if (!result.ok()) {
        QStringList errors;
        for (const Problem &problem : result.errors)
            errors << problem.toString();
        return errors;
    }
    m_document->adoptRecovered(std::move(*result.project), projectFile);
    m_view->fitAll();
    statusBar()->showMessage(tr("Recovered unsaved changes"), 4000);
    return {};
}

void MainWindow::removeRecoveryFile(const QString &projectFile) const
{
    QFile::remove(recoveryFileName(projectFile));
}

// ---- Floor-plan edits

void MainWindow::syncSelection()
{
    if (m_refreshing)
        return;
    updateFeedHighlight();
    const QList<RackId> racks = m_scene->selectedRacks();
    if (!racks.isEmpty())
        m_properties->showRack(racks.front());
    else if (m_properties->subject() == PropertyEditor::Subject::Rack)
        m_properties->showNothing();
}

void MainWindow::updateFeedHighlight()
{
    const QList<RackId> racks = m_scene->selectedRacks();
    const Site &site = m_document->project().site;
    QSet<PowerNodeId> pathA, pathB;
    const auto path = [&](const PowerNodeId &feed, QSet<PowerNodeId> &into) {
        if (feed.isNull() || !site.power.contains(feed))
            return;
        into.insert(feed);
        for (const PowerNodeId &up : site.power.upstreamOf(feed))
            into.insert(up);
    };
    for (const RackId &id : racks) {
        if (const Rack *rack = site.rack(id)) {
            path(rack->feedA, pathA);
            path(rack->feedB, pathB);
        }
    }
    m_powerChain->highlightFeeds(pathA, pathB);
}

void MainWindow::racksMoved(const QList<RackMove> &moves)
{
    std::vector<MoveRacksCommand::Move> list;
    for (const RackMove &move : moves)
        list.push_back({ move.rack, floorPoint(move.from), floorPoint(move.to) });
    m_document->undoStack()->push(new MoveRacksCommand(m_document, std::move(list)));
}

void MainWindow::addRackAt(const HallId &hall, const QPointF &position)
{
    const Site &site = m_document->project().site;
    IdAllocator ids(m_document->project());
    // The row whose racks stand closest in y, if within one rack depth; else a new row.
    const Rack *nearest = nullptr;
    for (const Rack &rack : site.racks) {
        const Hall *h = site.hallOf(rack);
        if (!h || h->id != hall || std::abs(rack.position.y.value() - position.y()) >= kRackDepthMetres)
            continue;
        if (!nearest
            || std::abs(rack.position.x.value() - position.x()) < std::abs(nearest->position.x.value() - position.x()))
            nearest = &rack;
    }
    std::optional<Row> newRow;
    RowId row;
    if (nearest) {
        row = nearest->row;
    } else {
        const auto rowsInHall
            = std::count_if(site.rows.begin(), site.rows.end(), [&](const Row &r) { return r.hall == hall; });
        newRow = Row{ RowId(ids.next(QStringLiteral("row"))), hall, tr("Row %1").arg(rowsInHall + 1) };
        row = newRow->id;
    }
    const Rack *model = nearest ? nearest : nearestRack(site, hall, position);
    Rack rack = rackLike(model);
    rack.id = RackId(ids.next(QStringLiteral("rack")));
    const auto inRow = std::count_if(site.racks.begin(), site.racks.end(), [&](const Rack &r) { return r.row == row; });
    const Row *rowObject = site.row(row);
    rack.name = QStringLiteral("%1-%2")
                    .arg(rowObject ? rowObject->name : newRow->name)
                    .arg(inRow + 1, 2, 10, QLatin1Char('0'));
    rack.row = row;
    rack.position = floorPoint(position);
    const RackId id = rack.id;
    m_document->undoStack()->push(new AddRackCommand(
        m_document, rack, newRow, model ? servingUnits(site, model->id) : std::vector<CoolingUnitId>{}));
    m_scene->selectRacks({ id });
}

void MainWindow::addRowAt(const HallId &hall, const QPointF &start, const QPointF &end)
{
    const Site &site = m_document->project().site;
    IdAllocator ids(m_document->project());
    const auto rowsInHall
        = std::count_if(site.rows.begin(), site.rows.end(), [&](const Row &r) { return r.hall == hall; });
    const Row row{ RowId(ids.next(QStringLiteral("row"))), hall, tr("Row %1").arg(rowsInHall + 1) };
    const Rack *model = nearestRack(site, hall, start);
    std::vector<Rack> racks;
    QList<RackId> added;
    const QList<QPointF> positions = rowPositions(start, end);
    for (int i = 0; i < positions.size(); ++i) {
        Rack rack = rackLike(model);
        rack.id = RackId(ids.next(QStringLiteral("rack")));
        rack.name = QStringLiteral("%1-%2").arg(row.name).arg(i + 1, 2, 10, QLatin1Char('0'));
        rack.row = row.id;
        rack.position = floorPoint(positions[i]);
        added << rack.id;
        racks.push_back(std::move(rack));
    }
    m_document->undoStack()->push(new AddRowCommand(
        m_document, row, std::move(racks), model ? servingUnits(site, model->id) : std::vector<CoolingUnitId>{}));
    m_scene->selectRacks(added);
}

void MainWindow::copy()
{
    const Site &site = m_document->project().site;
    const QList<RackId> selected = m_scene->selectedRacks();
    if (selected.isEmpty())
        return;
    m_clipboard.clear();
    for (const Rack &rack : site.racks) // in site order, whatever the selection order
        if (selected.contains(rack.id))
            m_clipboard.push_back({ rack, servingUnits(site, rack.id) });
    m_pasteCount = 0;
    statusBar()->showMessage(
        m_clipboard.size() == 1 ? tr("Copied 1 rack") : tr("Copied %n racks", nullptr, int(m_clipboard.size())), 3000);
}

void MainWindow::cut()
{
    copy();
    if (m_clipboard.empty())
        return;
    const QList<RackId> selected = m_scene->selectedRacks();
    auto *command = new DeleteRacksCommand(m_document, std::vector<RackId>(selected.begin(), selected.end()));
    command->setText(m_clipboard.size() == 1 ? tr("Cut 1 rack") : tr("Cut %n racks", nullptr, int(m_clipboard.size())));
    m_document->undoStack()->push(command);
}

void MainWindow::paste()
{
    if (m_clipboard.empty())
        return;
    // Each paste lands one more row pitch (two rack depths) below the copied racks.
    ++m_pasteCount;
    const FloorPoint offset{ Metres(0), Metres(2 * kRackDepthMetres * m_pasteCount) };
    auto *command = new PasteRacksCommand(m_document, m_clipboard, offset);
    const std::vector<RackId> pasted = command->pastedIds();
    m_document->undoStack()->push(command);
    m_scene->selectRacks(QList<RackId>(pasted.begin(), pasted.end()));
}

void MainWindow::deleteSelection()
{
    // What has the focus decides: the power chain tree, the lots table, else the floor plan.
    if (m_powerChain->view()->hasFocus()) {
        removePowerNode();
        return;
    }
    if (m_fleet->view()->hasFocus()) {
        removeLot();
        return;
    }
    const QList<RackId> selected = m_scene->selectedRacks();
    if (!selected.isEmpty())
        m_document->undoStack()->push(
            new DeleteRacksCommand(m_document, std::vector<RackId>(selected.begin(), selected.end())));
}

void MainWindow::selectAll()
{
    for (RackItem *item : m_scene->rackItems())
        item->setSelected(true);
}

// ---- Site and fleet additions (defaults the user then edits in the properties)

void MainWindow::addHall()
{
    const Site &site = m_document->project().site;
    IdAllocator ids(m_document->project());
    double right = 0;
    for (const Hall &hall : site.halls)
        right = std::max(right, hall.origin.x.value() + hall.size.x.value() + 5);
    Hall hall{ HallId(ids.next(QStringLiteral("hall"))), tr("Hall %1").arg(site.halls.size() + 1),
        { Metres(right), Metres(0) }, { Metres(20), Metres(12) } };
    m_document->undoStack()->push(new AddHallCommand(m_document, hall));
    m_view->fitAll();
}

void MainWindow::addPowerNode()
{
    const Site &site = m_document->project().site;
    IdAllocator ids(m_document->project());
    PowerNode node;
    std::vector<PowerNodeId> inputs;
    const PowerNodeId current = m_powerChain->currentNode();
    if (site.power.size() == 0) {
        node.kind = PowerNodeKind::Utility;
        node.id = PowerNodeId(ids.next(QStringLiteral("utility")));
        node.name = tr("Utility feed");
        node.rating = PowerRating::kilowatts(Kilowatts(10000));
    } else {
        node.kind = PowerNodeKind::Pdu;
        node.id = PowerNodeId(ids.next(QStringLiteral("pdu")));
        node.name = tr("PDU %1").arg(node.id.toString().section(QLatin1Char('-'), -1));
        node.rating = PowerRating::kilowatts(Kilowatts(300));
        inputs.push_back(site.power.contains(current) ? current : site.power.nodes().front().id);
    }
    const PowerNodeId id = node.id;
    m_document->undoStack()->push(new AddPowerNodeCommand(m_document, node, inputs));
    m_powerChain->selectNode(id);
    m_properties->showPowerNode(id);
}

void MainWindow::removePowerNode()
{
    const PowerNodeId current = m_powerChain->currentNode();
    if (current.isNull() || !m_document->project().site.power.contains(current))
        return;
    m_document->undoStack()->push(new RemovePowerNodeCommand(m_document, current));
}

void MainWindow::addCoolingUnit()
{
    IdAllocator ids(m_document->project());
    CoolingUnit unit;
    unit.id = CoolingUnitId(ids.next(QStringLiteral("crah")));
    unit.name = tr("CRAH %1").arg(unit.id.toString().section(QLatin1Char('-'), -1));
    unit.capacity = Kilowatts(200);
    const QList<RackId> selected = m_scene->selectedRacks();
    unit.serves.assign(selected.begin(), selected.end());
    const CoolingUnitId id = unit.id;
    m_document->undoStack()->push(new AddCoolingUnitCommand(m_document, unit));
    m_properties->showCoolingUnit(id);
}

void MainWindow::addLot()
{
    const Project &project = m_document->project();
    IdAllocator ids(project);
    FleetLot lot;
    lot.id = LotId(ids.next(QStringLiteral("lot")));
    const auto &models = Catalog::builtIn().models();
    if (!models.empty()) {
        lot.model = models.front().id;
        lot.unitCost = models.front().price;
        lot.name = tr("%1 lot").arg(models.front().name);
    }
    lot.count = 1;
    lot.delivered = project.site.planStart.isValid() ? project.site.planStart : QDate::currentDate();
    const LotId id = lot.id;
    m_document->undoStack()->push(new AddLotCommand(m_document, lot));
    m_fleet->selectLot(id);
    m_properties->showLot(id);
}

void MainWindow::removeLot()
{
    const LotId current = m_fleet->currentLot();
    if (!current.isNull())
        m_document->undoStack()->push(new RemoveLotCommand(m_document, current));
}

} // namespace warmshell::ui
