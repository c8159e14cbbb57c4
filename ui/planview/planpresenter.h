// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/sessionanalyses.h"

#include <QList>
#include <QObject>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QWidget;

namespace warmshell::ui {

class ColourModeBar;
class Document;
class FloorPlanScene;
class PlanStatus;
class RackElevationDock;
class ResultsDock;
class SolveController;
class TimelineController;
class TimelineDock;
class MeasuredPresenter;
class WhatIfPresenter;

// The plan side of the window: solves the document live (SolveController) and shows each
// plan in the results, rack elevation and timeline docks, the floor plan's rack colours, the
// status-bar headline (PlanStatus), and the exports (File → Export…, the PDF report).
//
// Creates its widgets as children of `window` and hands them over, as an editor does, for
// the window to lay out: dockWidgets(), menu() (the Plan menu), exportAction(),
// statusBarWidgets() and colourModeBar() (for under the floor plan; its menu() is for the
// View menu). Messages for the status bar come out of message().
class PlanPresenter : public QObject
{
    Q_OBJECT

public:
    // Colours the racks of `scene` (the window's floor plan); `coolingLegend`, the floor
    // plan's key to cooling types, is shown only while racks are coloured by cooling type;
    // `projectPower`: see PlanStatus. None of the arguments is owned.
    PlanPresenter(
        Document *document, FloorPlanScene *scene, QWidget *coolingLegend, QLabel *projectPower, QWidget *window);
    ~PlanPresenter() override;

    // Results, rack elevation, timeline, What If, Contingencies.
    QList<QDockWidget *> dockWidgets() const;
    QMenu *menu() const { return m_menu; }
    // File → Export…: the last plan with the project it was solved for; enabled once there
    // is a plan.
    QAction *exportAction() const { return m_exportAction; }
    // Left to right, for the left end of the status bar.
    QList<QWidget *> statusBarWidgets() const;
    ColourModeBar *colourModeBar() const { return m_colourBar; }

    SolveController *solveController() const { return m_solve; }
    ResultsDock *resultsDock() const { return m_results; }
    RackElevationDock *rackElevationDock() const { return m_elevation; }
    TimelineController *timelineController() const { return m_timeline; }
    TimelineDock *timelineDock() const { return m_timelineDock; }
    // "What if this fails?" and the Contingencies dock (its docks are in dockWidgets()).
    WhatIfPresenter *whatIf() const { return m_whatIf; }
    // Plan → Measured Power… and the measured comparison the power chain panel shows.
    MeasuredPresenter *measured() const { return m_measured; }
    // The Risk and Procurement dialogs' last results, which the window records here after each
    // dialog closes, for the report to reuse while the project is unchanged.
    SessionAnalyses &sessionAnalyses() { return m_sessionAnalyses; }
    // What a report of the current plan may reuse (nothing without a plan).
    ReportOffer reportOffer() const;
    // The status bar's plan headline (energized / idle GPUs, idle depreciation, site power,
    // gap, stale marker), for tests and the screenshot.
    QString headline() const;

signals:
    // A transient status-bar message for `msec` milliseconds.
    void message(const QString &text, int msec);

private:
    void createMenu();
    void addSolveActions();
    void addObjectiveMenu();
    void addPrecisionMenu();
    void choosePlanDate(); // Plan → Plan Date…
    void connectSolving();
    void showPlan(); // the controller's plan into the docks and the floor plan
    void setStale(bool stale);
    void showRefusal(); // the solver refused the edited project: say why, keep the last plan
    void colourRacks(); // floor-plan racks filled by the colour mode's figure in the plan
    void exportPlan(); // File → Export…
    void exportReport(); // Plan → Export Capacity Report (PDF)…
    void showTimeline(); // Plan → Timeline and Comparison

    Document *m_document;
    FloorPlanScene *m_scene;
    QWidget *m_coolingLegend;
    QWidget *m_window;
    SolveController *m_solve;
    ResultsDock *m_results;
    RackElevationDock *m_elevation;
    std::unique_ptr<PlanStatus> m_status;
    ColourModeBar *m_colourBar;
    TimelineController *m_timeline;
    TimelineDock *m_timelineDock;
    WhatIfPresenter *m_whatIf;
    MeasuredPresenter *m_measured;
    QMenu *m_menu = nullptr;
    QAction *m_exportAction = nullptr;
    SessionAnalyses m_sessionAnalyses;
    bool m_colouringQueued = false; // colourRacks() is queued after the scene was rebuilt
};

} // namespace warmshell::ui
