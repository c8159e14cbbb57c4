// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/rackinsertion.h"
#include "floorplan/floorplanview.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;
class QAction;
class QActionGroup;
class QTimer;

namespace warmshell::ui {

class CoolingPanel;
class Document;
class FleetPanel;
class FloorPlanScene;
class PowerChainPanel;
class ProblemsPanel;
class RackElevationDock;
class ResultsDock;
class SolveController;
class ColourModeBar;
class TimelineController;
class TimelineDock;
class PropertyEditor;

// The desktop window: the floor plan in the centre; the power chain, properties, fleet and
// problems in docks; headline figures in the status bar. Owns the Document. Every edit goes
// through an undo command on the document's stack.
//
// Dialogs are shown only by the interactive slots (openFileInteractive, offerRecovery, the
// menu actions that ask for a file); openFile(), saveTo(), autosaveNow(), hasRecovery() and
// recover() never block, so tests and scripts use those. The dock layout, window geometry
// and recent files are kept in QSettings("WarmShell", "WarmShell") across runs.
//
// Autosave: every autosaveInterval() ms, a modified project is written (not adopted) to
// recoveryFileName() in QStandardPaths::AppDataLocation/recovery; the file is removed when
// the project is saved, or closed or replaced without unsaved changes left behind.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `fileName` into the document. Returns the problems ("path: message") when the
    // file is refused, in which case the current project, title and views stay as they were.
    QStringList openFile(const QString &fileName);
    // Saves to `fileName`; empty on success, else the reason.
    QString saveTo(const QString &fileName);

    Document *document() const { return m_document; }
    FloorPlanScene *floorPlanScene() const { return m_scene; }
    FloorPlanView *floorPlanView() const { return m_view; }
    PowerChainPanel *powerChainPanel() const { return m_powerChain; }
    CoolingPanel *coolingPanel() const { return m_cooling; }
    FleetPanel *fleetPanel() const { return m_fleet; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    PropertyEditor *propertyEditor() const { return m_properties; }
    // The Plan menu, left empty here for the solving actions.
    QMenu *planMenu() const { return m_planMenu; }
    // The status bar's summary text, for tests and the screenshot.
    QString statusSummary() const;

    // Autosave.
    void setAutosaveInterval(int msec);
    int autosaveInterval() const;
    // The recovery file of `projectFile` (empty: an untitled project).
    static QString recoveryFileName(const QString &projectFile);
    // Writes the recovery file now if the project is modified; true when written.
    bool autosaveNow();
    // True when a recovery file for `projectFile` exists and is newer than the file (or the
    // file does not exist, is untitled or is a Qt resource).
    static bool hasRecovery(const QString &projectFile);
    // Loads the recovery file of `projectFile` as an unsaved edit of it. Returns the problems
    // when the recovery file is refused (the project is then unchanged).
    QStringList recover(const QString &projectFile);

    QStringList recentFiles() const;

    static QString campusExample() { return QStringLiteral(":/warmshell/examples/campus.warmshell.json"); }
    static QString labExample() { return QStringLiteral(":/warmshell/examples/lab.warmshell.json"); }

public slots:
    // openFile(), then a warning box listing the problems if the file was refused, and the
    // offer of a recovery file if there is one.
    bool openFileInteractive(const QString &fileName);
    // A modal warning box: `fileName` was refused for `errors`; the project is unchanged.
    void showOpenErrors(const QString &fileName, const QStringList &errors);
    // Asks whether to recover unsaved changes of `projectFile` when hasRecovery().
    void offerRecovery(const QString &projectFile);
    void newProject();
    void open();
    bool save();
    bool saveAs();
    void about();

    void cut();
    void copy();
    void paste();
    void deleteSelection();
    void selectAll();
    void addHall();
    void addPowerNode();
    void removePowerNode();
    void addCoolingUnit();
    void addLot();
    void removeLot();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createSiteMenu();
    void createToolBar();
    void refresh(); // re-reads the document into every view
    void updateTitle();
    void updateRecentMenu();
    void addRecentFile(const QString &fileName);
    void removeRecoveryFile(const QString &projectFile) const;
    void syncSelection(); // floor-plan selection → properties and feed highlight
    void updateFeedHighlight();
    void racksMoved(const QList<RackMove> &moves);
    void addRackAt(const HallId &hall, const QPointF &position);
    void addRowAt(const HallId &hall, const QPointF &start, const QPointF &end);
    bool maybeSave(); // asks before discarding unsaved edits; false: the user cancelled
    void readSettings();
    void writeSettings() const;

    Document *m_document;
    FloorPlanScene *m_scene;
    FloorPlanView *m_view;
    PowerChainPanel *m_powerChain;
    CoolingPanel *m_cooling;
    FleetPanel *m_fleet;
    ProblemsPanel *m_problems;
    PropertyEditor *m_properties;
    QLabel *m_racksLabel;
    QLabel *m_powerLabel;
    QLabel *m_fleetLabel;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_planMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QActionGroup *m_tools = nullptr;
    QTimer *m_autosaveTimer;
    std::vector<RackInsertion::Entry> m_clipboard;
    int m_pasteCount = 0;
    bool m_refreshing = false;
    bool m_defaultDockSizesPending = true; // no saved layout: size the docks on first show

    // ---- Results: live solving, results dock, rack elevation, Plan menu, headline --------
public:
    SolveController *solveController() const { return m_solve; }
    ResultsDock *resultsDock() const { return m_results; }
    RackElevationDock *rackElevationDock() const { return m_elevation; }
    TimelineController *timelineController() const { return m_timeline; }
    TimelineDock *timelineDock() const { return m_timelineDock; }
    ColourModeBar *colourModeBar() const { return m_colourBar; }
    // The status bar's plan headline (energized / idle GPUs, idle depreciation, site power,
    // gap, stale marker), for tests and the screenshot.
    QString planHeadline() const;

private:
    void createResultsDock(); // called once from the constructor
    void createPlanMenu();
    void showPlan(); // the controller's plan into the docks and the status bar
    void updatePlanStatus();
    void colourRacksByPlan(); // floor-plan racks filled by the colour mode's figure in the plan

    SolveController *m_solve = nullptr;
    ResultsDock *m_results = nullptr;
    RackElevationDock *m_elevation = nullptr;
    QLabel *m_gpusLabel = nullptr;
    QLabel *m_idleCostLabel = nullptr;
    QLabel *m_sitePowerLabel = nullptr;
    QLabel *m_gapLabel = nullptr;
    QLabel *m_staleLabel = nullptr;
    QProgressBar *m_solveProgress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    ColourModeBar *m_colourBar = nullptr;
    TimelineController *m_timeline = nullptr;
    TimelineDock *m_timelineDock = nullptr;
    // Context of the results' connections that call into this window: destroyed before the
    // window's children, so none of them runs on a half-destroyed window.
    std::unique_ptr<QObject> m_resultsConnections;
    // ---- end of Results ------------------------------------------------------------------
};

} // namespace warmshell::ui
