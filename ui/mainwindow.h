// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;

namespace warmshell::ui {

class Document;
class FleetPanel;
class FloorPlanScene;
class FloorPlanView;
class PowerChainPanel;
class ProblemsPanel;
class RackElevationDock;
class ResultsDock;
class SolveController;

// The desktop window: the floor plan in the centre, the power chain, fleet and problems in
// docks, headline figures in the status bar. Owns the Document. Dialogs are shown only by
// the interactive slots (openFileInteractive, the menu actions); openFile() and saveTo() never
// block, so tests and scripts use those. The dock layout and window geometry are kept in
// QSettings("WarmShell", "WarmShell") across runs.
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
    FleetPanel *fleetPanel() const { return m_fleet; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    // The status bar's summary text, for tests and the screenshot.
    QString statusSummary() const;

    static QString campusExample() { return QStringLiteral(":/warmshell/examples/campus.warmshell.json"); }
    static QString labExample() { return QStringLiteral(":/warmshell/examples/lab.warmshell.json"); }

public slots:
    // openFile(), then a warning box listing the problems if the file was refused.
    bool openFileInteractive(const QString &fileName);
    // A modal warning box: `fileName` was refused for `errors`; the project is unchanged.
    void showOpenErrors(const QString &fileName, const QStringList &errors);
    void newProject();
    void open();
    bool save();
    bool saveAs();
    void about();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void refresh();       // re-reads the document into every view
    void updateTitle();
    bool maybeSave();     // asks before discarding unsaved edits; false: the user cancelled
    void readSettings();
    void writeSettings() const;

    Document *m_document;
    FloorPlanScene *m_scene;
    FloorPlanView *m_view;
    PowerChainPanel *m_powerChain;
    FleetPanel *m_fleet;
    ProblemsPanel *m_problems;
    QLabel *m_racksLabel;
    QLabel *m_powerLabel;
    QLabel *m_fleetLabel;
    bool m_defaultDockSizesPending = true; // no saved layout: size the docks on first show

    // ---- Results: live solving, results dock, rack elevation, Plan menu, headline --------
public:
    SolveController *solveController() const { return m_solve; }
    ResultsDock *resultsDock() const { return m_results; }
    RackElevationDock *rackElevationDock() const { return m_elevation; }
    // The status bar's plan headline (energized / idle GPUs, idle depreciation, site power,
    // gap, stale marker), for tests and the screenshot.
    QString planHeadline() const;

private:
    void createResultsDock(); // called once from the constructor
    void createPlanMenu();
    void showPlan();          // the controller's plan into the docks and the status bar
    void updatePlanStatus();
    void colourRacksByPlan(); // floor-plan racks filled by load ÷ power limit in the plan

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
    QWidget *m_utilisationLegend = nullptr;
    QAction *m_colourByPlanAction = nullptr;
    // Context of the results' connections that call into this window: destroyed before the
    // window's children, so none of them runs on a half-destroyed window.
    std::unique_ptr<QObject> m_resultsConnections;
    // ---- end of Results ------------------------------------------------------------------
};

} // namespace warmshell::ui
