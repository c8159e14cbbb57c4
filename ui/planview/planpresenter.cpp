// SPDX-License-Identifier: GPL-3.0-or-later
#include "planpresenter.h"

#include "catalog.h"
#include "document/document.h"
#include "elevation/rackelevationdock.h"
#include "export/exportdialog.h"
#include "export/reportexport.h"
#include "floorplan/colourmodebar.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/rackcolouring.h"
#include "format.h"
#include "icons.h"
#include "planview/measuredpresenter.h"
#include "planview/planstatus.h"
#include "planview/whatifpresenter.h"
#include "report/capacityreport.h"
#include "results/contingencydock.h"
#include "results/maintenancedock.h"
#include "results/resultsdock.h"
#include "results/timelinedock.h"
#include "results/whatifdock.h"
#include "solve/solvecontroller.h"
#include "solve/timelinecontroller.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>

namespace warmshell::ui {

PlanPresenter::PlanPresenter(
    Document *document, FloorPlanScene *scene, QWidget *coolingLegend, QLabel *projectPower, QWidget *window)
    : m_document(document), m_scene(scene), m_coolingLegend(coolingLegend), m_window(window),
      m_solve(new SolveController(document, window)), m_results(new ResultsDock(window)),
      m_elevation(new RackElevationDock(document, window)),
      m_status(std::make_unique<PlanStatus>(m_solve, projectPower, window)), m_colourBar(new ColourModeBar(window)),
      m_timeline(new TimelineController(document, window)), m_timelineDock(new TimelineDock(m_timeline, window)),
      m_whatIf(new WhatIfPresenter(m_solve, scene, m_colourBar, window)),
      m_measured(new MeasuredPresenter(document, m_solve, window))
{
    createMenu();
    connectSolving();
}

PlanPresenter::~PlanPresenter() = default;

QList<QDockWidget *> PlanPresenter::dockWidgets() const
{
    return { m_results, m_elevation, m_timelineDock, m_whatIf->dock(), m_whatIf->contingencyDock(),
        m_whatIf->maintenanceDock() };
}

QList<QWidget *> PlanPresenter::statusBarWidgets() const
{
    return m_status->widgets();
}

QString PlanPresenter::headline() const
{
    return m_status->headline();
}

// ---- The Plan menu and File → Export…

void PlanPresenter::createMenu()
{
    m_menu = new QMenu(tr("&Plan"), m_window);
    m_menu->setObjectName(QStringLiteral("planMenu"));
    addSolveActions();
    m_menu->addSeparator();
    addObjectiveMenu();
    addPrecisionMenu();
    QAction *planDate = m_menu->addAction(tr("Plan &Date…"), this, &PlanPresenter::choosePlanDate);
    planDate->setObjectName(QStringLiteral("planDateAction"));
    planDate->setIcon(themeIcon(QStringLiteral("view-calendar-day")));
    m_menu->addSeparator();
    m_menu->addAction(m_whatIf->whatIfAction());
    m_menu->addAction(m_whatIf->whatIfModuleAction());
    QAction *contingencies = m_menu->addAction(tr("Co&ntingencies"), this, [this] {
        m_whatIf->contingencyDock()->show();
        m_whatIf->contingencyDock()->raise();
    });
    contingencies->setObjectName(QStringLiteral("contingenciesAction"));
    contingencies->setIcon(themeIcon(QStringLiteral("object-rows")));
    QAction *maintenance = m_menu->addAction(tr("Ma&intenance Windows"), this, [this] {
        m_whatIf->maintenanceDock()->show();
        m_whatIf->maintenanceDock()->raise();
    });
    maintenance->setObjectName(QStringLiteral("maintenanceAction"));
    maintenance->setIcon(themeIcon(QStringLiteral("view-calendar-day")));
    m_menu->addAction(m_measured->importAction());
    m_menu->addSeparator();
    m_menu->addAction(tr("Export Capacity &Report (PDF)…"), this, &PlanPresenter::exportReport)
        ->setIcon(themeIcon(QStringLiteral("application-pdf")));
    QAction *timeline = m_menu->addAction(tr("&Timeline and Comparison"), this, &PlanPresenter::showTimeline);
    timeline->setIcon(themeIcon(QStringLiteral("office-chart-line")));
    timeline->setObjectName(QStringLiteral("timelineAction"));
    timeline->setShortcut(QKeySequence(tr("Ctrl+T")));

    m_exportAction = new QAction(tr("&Export…"), m_window);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportAction->setEnabled(false);
}

// The date is asked as text so it can be emptied (back to the site's plan start); a text that is
// not a date changes nothing and says so in the status bar.
void PlanPresenter::choosePlanDate()
{
    const QDate current = m_solve->options().date;
    const QDate start = m_document->project().site.planStart;
    bool ok = false;
    const QString text = QInputDialog::getText(m_window, tr("Plan Date"),
        tr("Solve for the day (YYYY-MM-DD), as warmshell-cli solve --date;\nempty: the site's plan start (%1).")
            .arg(start.isValid() ? format::date(start) : tr("none")),
        QLineEdit::Normal, current.isValid() ? current.toString(Qt::ISODate) : QString(), &ok)
                             .trimmed();
    if (!ok)
        return;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!text.isEmpty() && !date.isValid()) {
        emit message(tr("“%1” is not a date YYYY-MM-DD; the plan date is unchanged").arg(text), 5000);
        return;
    }
    m_solve->setPlanDate(date);
}

void PlanPresenter::addSolveActions()
{
    QAction *solveAction = m_menu->addAction(tr("&Solve Now"), m_solve, &SolveController::solveNow);
    solveAction->setObjectName(QStringLiteral("solveAction"));
    solveAction->setShortcut(QKeySequence(Qt::Key_F5));
    solveAction->setIcon(themeIcon(QStringLiteral("media-playback-start")));
    QAction *cancel = m_menu->addAction(tr("&Cancel Solve"), m_solve, &SolveController::cancel);
    cancel->setShortcut(QKeySequence(tr("Ctrl+.")));
    cancel->setIcon(themeIcon(QStringLiteral("process-stop")));
    cancel->setEnabled(false);
    QToolButton *cancelButton = m_status->cancelButton();
    cancelButton->setDefaultAction(cancel);
    cancelButton->setText(tr("Cancel"));
    cancelButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_solve, &SolveController::busyChanged, cancel, &QAction::setEnabled);
    QAction *live = m_menu->addAction(tr("&Live Solving"));
    live->setCheckable(true);
    live->setIcon(themeIcon(QStringLiteral("view-refresh")));
    live->setChecked(m_solve->isLiveSolving());
    connect(live, &QAction::toggled, m_solve, &SolveController::setLiveSolving);
    connect(m_solve, &SolveController::liveSolvingChanged, live, &QAction::setChecked);
}

void PlanPresenter::addObjectiveMenu()
{
    QMenu *objective = m_menu->addMenu(themeIcon(QStringLiteral("crosshairs")), tr("&Objective"));
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
}

void PlanPresenter::addPrecisionMenu()
{
    QMenu *precision = m_menu->addMenu(themeIcon(QStringLiteral("format-precision-more")), tr("&Precision"));
    auto *precisions = new QActionGroup(precision);
    for (const auto &[value, key] : kPrecisions) {
        QAction *a = precision->addAction(QString::fromLatin1(key).toUpper());
        a->setCheckable(true);
        a->setChecked(m_solve->options().precision == value);
        precisions->addAction(a);
        connect(a, &QAction::triggered, this, [this, value = value] { m_solve->setPrecision(value); });
    }
}

// ---- Following the solver and the document

void PlanPresenter::connectSolving()
{
    connect(m_colourBar, &ColourModeBar::modeChanged, this, &PlanPresenter::colourRacks);
    connect(m_whatIf, &WhatIfPresenter::overlayChanged, this, &PlanPresenter::colourRacks);
    connect(m_solve, &SolveController::planReady, this, &PlanPresenter::showPlan);
    connect(m_solve, &SolveController::planReady, m_exportAction, [this] { m_exportAction->setEnabled(true); });
    connect(m_exportAction, &QAction::triggered, this, &PlanPresenter::exportPlan);
    connect(m_solve, &SolveController::staleChanged, this, &PlanPresenter::setStale);
    connect(m_solve, &SolveController::refusalChanged, this, &PlanPresenter::showRefusal);
    // Another project: nothing computed for the one before stays on screen.
    connect(m_solve, &SolveController::planForgotten, this, [this] {
        m_results->clearPlan();
        m_elevation->setPlan(nullptr, false);
        m_exportAction->setEnabled(false);
        colourRacks();
    });
    connect(m_scene, &FloorPlanScene::selectionSettled, this, [this] {
        const QList<RackId> racks = m_scene->selectedRacks();
        if (!racks.isEmpty())
            m_elevation->showRack(racks.first());
    });
    // New rack items start in the cooling-type colours: colour them once the scene is rebuilt
    // (queued: after every follower of the same edit). An edit that leaves the floor as it was
    // keeps the items and their colours (FloorPlanScene::setProject), so nothing is recoloured.
    connect(m_scene, &FloorPlanScene::rebuilt, this, [this] {
        if (m_colouringQueued)
            return;
        m_colouringQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_colouringQueued = false;
                colourRacks();
            },
            Qt::QueuedConnection);
    });
}

void PlanPresenter::showPlan()
{
    const CapacityPlan *plan = m_solve->plan();
    if (!plan)
        return;
    m_results->setPlan(*plan, m_solve->planProject().site.currency);
    m_results->setScenario(m_solve->planScenario());
    setStale(m_solve->isStale());
    m_timeline->setSolveOptions(m_solve->options());
    colourRacks();
}

void PlanPresenter::setStale(bool stale)
{
    m_results->setStale(stale, PlanStatus::notCurrentReason(*m_solve, 0));
    m_elevation->setPlan(m_solve->plan(), stale);
}

void PlanPresenter::showRefusal()
{
    // With no earlier plan to keep, the results show the refusal itself (status, explanations).
    if (!m_solve->plan() && m_solve->refusedPlan())
        m_results->setPlan(*m_solve->refusedPlan(), m_document->project().site.currency);
    setStale(m_solve->isStale());
}

void PlanPresenter::colourRacks()
{
    const CapacityPlan *plan = m_solve->plan();
    m_colourBar->setPlan(plan);
    if (m_whatIf->drawOverlay()) {
        m_coolingLegend->setVisible(false);
        return;
    }
    const RackColourMode mode = m_colourBar->effectiveMode(plan);
    m_coolingLegend->setVisible(mode == RackColourMode::CoolingType);
    rackcolouring::apply(m_scene, m_document->project(), Catalog::builtIn(), plan, mode);
}

// ---- Exports and the timeline

void PlanPresenter::exportPlan()
{
    if (!m_solve->plan())
        return;
    const QFileInfo projectFile(m_document->fileName());
    auto *dialog = new ExportDialog(m_solve->planProject(), *m_solve->plan(),
        projectFile.fileName().isEmpty() || m_document->fileName().startsWith(QLatin1Char(':'))
            ? QString()
            : projectFile.absolutePath(),
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReportOffer(reportOffer());
    connect(
        dialog, &ExportDialog::exported, this, [this](const QString &f) { emit message(tr("Wrote %1").arg(f), 4000); });
    dialog->open();
}

void PlanPresenter::exportReport()
{
    const CapacityPlan *current = m_solve->plan();
    if (!current) {
        QMessageBox::information(m_window, tr("Export Capacity Report"), tr("There is no plan yet: solve first (F5)."));
        return;
    }
    const QString fileName = QFileDialog::getSaveFileName(
        m_window, tr("Export Capacity Report"), tr("capacity-plan.pdf"), tr("PDF documents (*.pdf)"));
    if (fileName.isEmpty())
        return;
    // The plan with the project it was solved for, so figures and assumptions agree; the
    // analyses asked for run in the background.
    const ReportExportResult result
        = askAndExportReport(m_window, m_solve->planProject(), *current, fileName, reportOffer());
    if (result.outcome == ReportExportResult::Outcome::Failed)
        QMessageBox::warning(m_window, tr("Cannot export the report"), result.error);
    else if (result.outcome == ReportExportResult::Outcome::Written)
        emit message(tr("Wrote %1").arg(fileName), 4000);
    else
        emit message(tr("Report cancelled: nothing was written"), 4000);
}

ReportOffer PlanPresenter::reportOffer() const
{
    const CapacityPlan *plan = m_solve->plan();
    if (!plan)
        return {};
    return m_sessionAnalyses.offer(
        m_solve->planGeneration(), m_solve->planScenario(), CapacityReport::reportTimelineOptions(*plan));
}

void PlanPresenter::showTimeline()
{
    m_timeline->setSolveOptions(m_solve->options());
    m_timelineDock->show();
    m_timelineDock->raise();
    // Room for the two-panel chart: at least 45 % of the window's height, unless floating.
    const int wanted = m_window->height() * 45 / 100;
    auto *window = qobject_cast<QMainWindow *>(m_window);
    if (window && !m_timelineDock->isFloating() && m_timelineDock->height() < wanted)
        window->resizeDocks({ m_timelineDock }, { wanted }, Qt::Vertical);
    m_timeline->compute();
}

} // namespace warmshell::ui
