// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "catalog.h"
#include "document/document.h"
#include "document/projectsummary.h"
#include "floorplan/floorplanlegend.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "format.h"
#include "panels/fleetpanel.h"
#include "panels/powerchainpanel.h"
#include "panels/problemspanel.h"
#include "validation.h"

// Results
#include "elevation/rackelevationdock.h"
#include "report/capacityreport.h"
#include "floorplan/rackitem.h"
#include "results/resultsdock.h"
#include "results/utilisationlegend.h"
#include "solve/solvecontroller.h"

#include <QActionGroup>
#include <QProgressBar>
#include <QTextDocumentFragment>
#include <QToolButton>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
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
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_scene(new FloorPlanScene(this))
    , m_view(new FloorPlanView(m_scene))
    , m_powerChain(new PowerChainPanel(this))
    , m_fleet(new FleetPanel(this))
    , m_problems(new ProblemsPanel(this))
    , m_racksLabel(new QLabel(this))
    , m_powerLabel(new QLabel(this))
    , m_fleetLabel(new QLabel(this))
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

    // Right of the floor plan: the power chain over the problems; along the bottom: the fleet.
    addDockWidget(Qt::RightDockWidgetArea, m_powerChain);
    addDockWidget(Qt::RightDockWidgetArea, m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_fleet);

    // Permanent widgets, so transient messages never cover the figures.
    for (QLabel *label : {m_racksLabel, m_powerLabel, m_fleetLabel}) {
        label->setContentsMargins(6, 0, 6, 0);
        statusBar()->addPermanentWidget(label);
    }

    createActions();
    createResultsDock();
    connect(m_document, &Document::changed, this, &MainWindow::refresh);
    connect(m_document, &Document::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document, &Document::fileNameChanged, this, &MainWindow::updateTitle);

    resize(1400, 900);
    readSettings();
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New"), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
    QMenu *examples = file->addMenu(tr("Open &Example"));
    examples->addAction(tr("&Campus (power-limited, two halls)"), this, [this] {
        if (maybeSave())
            openFileInteractive(campusExample());
    });
    examples->addAction(tr("&Lab (one small hall)"), this, [this] {
        if (maybeSave())
            openFileInteractive(labExample());
    });
    file->addSeparator();
    file->addAction(tr("&Save"), this, &MainWindow::save)->setShortcut(QKeySequence::Save);
    file->addAction(tr("Save &As…"), this, &MainWindow::saveAs)->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(tr("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom &In"), m_view, &FloorPlanView::zoomIn)->setShortcut(QKeySequence::ZoomIn);
    view->addAction(tr("Zoom &Out"), m_view, &FloorPlanView::zoomOut)->setShortcut(QKeySequence::ZoomOut);
    view->addAction(tr("&Fit Floor Plan"), m_view, &FloorPlanView::fitAll)->setShortcut(QKeySequence(tr("Ctrl+0")));
    view->addSeparator();
    for (QDockWidget *dock : {static_cast<QDockWidget *>(m_powerChain), static_cast<QDockWidget *>(m_fleet),
                              static_cast<QDockWidget *>(m_problems)})
        view->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About WarmShell"), this, &MainWindow::about)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

QStringList MainWindow::openFile(const QString &fileName)
{
    QStringList errors;
    if (!m_document->open(fileName, &errors))
        return errors;
    m_view->fitAll();
    statusBar()->showMessage(tr("Opened %1").arg(fileName), 4000);
    return {};
}

QString MainWindow::saveTo(const QString &fileName)
{
    return m_document->saveAs(fileName);
}

bool MainWindow::openFileInteractive(const QString &fileName)
{
    const QStringList errors = openFile(fileName);
    if (errors.isEmpty())
        return true;
    showOpenErrors(fileName, errors);
    return false;
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
    m_document->newProject();
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
    resizeDocks({m_powerChain}, {width() * 11 / 20}, Qt::Horizontal);
    resizeDocks({m_powerChain, m_problems}, {height() / 2, height() / 7}, Qt::Vertical);
    resizeDocks({m_fleet}, {height() / 4}, Qt::Vertical);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
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
    return answer == QMessageBox::Discard;
}

void MainWindow::refresh()
{
    const Project &project = m_document->project();
    const Catalog &builtIn = Catalog::builtIn();
    m_scene->setProject(project, builtIn);
    m_powerChain->setProject(project);
    m_fleet->setProject(project, builtIn);
    m_problems->setProblems(validateProject(project, builtIn));

    const ProjectSummary s = summarize(project, builtIn);
    m_racksLabel->setText((s.racks == 1 ? tr("1 rack") : tr("%L1 racks").arg(s.racks)) + tr(", limit %1").arg(format::megawatts(s.rackPowerLimit)));
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
    return QStringList{m_racksLabel->text(), m_powerLabel->text(), m_fleetLabel->text()}.join(QStringLiteral(" · "));
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
    for (QWidget *w : std::initializer_list<QWidget *>{m_gpusLabel, m_idleCostLabel, m_sitePowerLabel, m_gapLabel,
                                                       m_staleLabel, m_solveProgress, m_cancelButton}) {
        if (auto *label = qobject_cast<QLabel *>(w))
            label->setContentsMargins(6, 0, 6, 0);
        statusBar()->insertPermanentWidget(index++, w);
    }

    m_utilisationLegend = new UtilisationLegend(this);
    if (QLayout *layout = centralWidget()->layout())
        layout->addWidget(m_utilisationLegend);

    createPlanMenu();

    connect(m_solve, &SolveController::planReady, this, &MainWindow::showPlan);
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
    QMenu *plan = new QMenu(tr("&Plan"), this);
    QAction *before = nullptr;
    for (QAction *action : menuBar()->actions()) {
        if (action->menu() && action->text() == tr("&Help"))
            before = action;
    }
    menuBar()->insertMenu(before, plan);

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
    const std::pair<Objective, QString> objectiveNames[] = {
        {Objective::Compute, tr("Most &compute (PFLOPS)")},
        {Objective::Gpus, tr("Most &GPUs")},
        {Objective::IdleCost, tr("Least &idle depreciation")}};
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
        const QString fileName = QFileDialog::getSaveFileName(this, tr("Export Capacity Report"),
                                                              tr("capacity-plan.pdf"), tr("PDF documents (*.pdf)"));
        if (fileName.isEmpty())
            return;
        // The plan with the project it was solved for, so figures and assumptions agree.
        const QString error = CapacityReport::write(m_solve->planProject(), Catalog::builtIn(), *current, fileName);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Cannot export the report"), error);
        else
            statusBar()->showMessage(tr("Wrote %1").arg(fileName), 4000);
    });
    m_colourByPlanAction = plan->addAction(tr("Colour Racks by &Utilisation"));
    m_colourByPlanAction->setCheckable(true);
    m_colourByPlanAction->setChecked(true);
    connect(m_colourByPlanAction, &QAction::toggled, this, [this](bool on) {
        if (on) {
            colourRacksByPlan();
        } else {
            refresh(); // the floor plan redraws its own colours
        }
    });

    // The docks in View.
    for (QAction *action : menuBar()->actions()) {
        if (action->menu() && action->text() == tr("&View")) {
            action->menu()->addAction(m_results->toggleViewAction());
            action->menu()->addAction(m_elevation->toggleViewAction());
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
    colourRacksByPlan();
    updatePlanStatus();
}

void MainWindow::updatePlanStatus()
{
    const CapacityPlan *plan = m_solve->plan();
    if (!plan) {
        m_gpusLabel->setText(tr("Not solved yet"));
        for (QLabel *label : {m_idleCostLabel, m_sitePowerLabel, m_gapLabel})
            label->clear();
    } else {
        const QString currency = m_solve->planProject().site.currency;
        m_gpusLabel->setText(tr("<b>%L1</b> GPUs energized, <b>%L2</b> idle").arg(plan->energizedGpus()).arg(plan->idleGpus()));
        m_idleCostLabel->setText(tr("idle %1/month").arg(format::money(plan->idleDepreciationPerMonth(), currency)));
        Kilowatts available{0};
        for (const CapacityUse &use : plan->powerNodes) {
            if (use.kind == keyOf(PowerNodeKind::Utility) && use.live)
                available += use.usable;
        }
        // Replaces the project's "usable at" figure while a plan is shown (same source, used too).
        m_powerLabel->setVisible(false);
        m_sitePowerLabel->setToolTip(m_powerLabel->text());
        m_sitePowerLabel->setText(tr("power %1 used of %2").arg(format::megawatts(plan->energizedPower()),
                                                               format::megawatts(available)));
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
    for (QLabel *label : {m_gpusLabel, m_idleCostLabel, m_sitePowerLabel, m_gapLabel, m_staleLabel}) {
        if (!label->text().isEmpty())
            parts << QTextDocumentFragment::fromHtml(label->text()).toPlainText();
    }
    return parts.join(QStringLiteral(" · "));
}

void MainWindow::colourRacksByPlan()
{
    const CapacityPlan *plan = m_solve->plan();
    const bool on = m_colourByPlanAction->isChecked() && plan;
    m_utilisationLegend->setVisible(on);
    if (QWidget *legend = centralWidget()->findChild<FloorPlanLegend *>())
        legend->setVisible(!on);
    if (!on)
        return;
    UtilisationLegend::colourRacks(m_scene, m_document->project(), *plan);
}

// ---- end of Results ------------------------------------------------------------------------

} // namespace warmshell::ui
