// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/documentsession.h"
#include "panels/siteeditor.h"
#include "planview/planpresenter.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QActionGroup;
class QLabel;
class QMenu;

namespace warmshell::ui {

class Document;
class FirstLaunchHint;
class FloorPlanLegend;
class FloorPlanScene;
class FloorPlanView;
class PanelFocus;
class ScenariosDock;

// The desktop window: the floor plan in the centre, docks around it, menus, a tool bar and
// a status bar. Owns the Document and the floor plan, lays out and wires together what its
// collaborators own and do:
//  - session(): the document's life (new, open, save, recent files, autosave, recovery);
//  - siteEditor(): the site docks (power chain, cooling, fleet, problems, properties) and
//    every edit of the site, each an undo command on the document's stack;
//  - planPresenter(): live solving and the plan's docks, Plan menu, exports and headline;
//  - scenariosDock(): the project's scenarios, edited and picked for the plan shown.
// Each view follows the document itself; the window keeps only its title and the project's
// figures in the status bar. The dock layout and window geometry persist across runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DocumentSession *session() const { return m_session.get(); }
    SiteEditor *siteEditor() const { return m_editor.get(); }
    PlanPresenter *planPresenter() const { return m_plan.get(); }

    // Opens `fileName` into the document (DocumentSession::openFile()). Returns the problems
    // ("path: message") when the file is refused; the project, title and views then stay.
    QStringList openFile(const QString &fileName) { return m_session->openFile(fileName); }

    Document *document() const { return m_document; }
    FloorPlanScene *floorPlanScene() const { return m_scene; }
    FloorPlanView *floorPlanView() const { return m_view; }
    PowerChainPanel *powerChainPanel() const { return m_editor->powerChainPanel(); }
    CoolingPanel *coolingPanel() const { return m_editor->coolingPanel(); }
    FleetPanel *fleetPanel() const { return m_editor->fleetPanel(); }
    ProblemsPanel *problemsPanel() const { return m_editor->problemsPanel(); }
    PropertyEditor *propertyEditor() const { return m_editor->propertyEditor(); }
    QMenu *planMenu() const { return m_plan->menu(); }
    SolveController *solveController() const { return m_plan->solveController(); }
    ResultsDock *resultsDock() const { return m_plan->resultsDock(); }
    RackElevationDock *rackElevationDock() const { return m_plan->rackElevationDock(); }
    TimelineController *timelineController() const { return m_plan->timelineController(); }
    TimelineDock *timelineDock() const { return m_plan->timelineDock(); }
    ColourModeBar *colourModeBar() const { return m_plan->colourModeBar(); }
    ScenariosDock *scenariosDock() const { return m_scenarios; }
    FirstLaunchHint *firstLaunchHint() const { return m_hint; }
    PanelFocus *panelFocus() const { return m_panelFocus; }
    // The status bar's project figures ("208 racks, limit … · Usable at … · Fleet: …").
    QString statusSummary() const;
    // The status bar's plan headline (PlanPresenter::headline()).
    QString planHeadline() const { return m_plan->headline(); }

    static QString campusExample() { return QStringLiteral(":/warmshell/examples/campus.warmshell.json"); }
    static QString labExample() { return QStringLiteral(":/warmshell/examples/lab.warmshell.json"); }

public slots:
    void showOpenErrors(const QString &fileName, const QStringList &errors)
    {
        m_session->showOpenErrors(fileName, errors);
    }
    // At launch: offers the recovery copies instances that did not close left behind.
    void offerRecovery() { m_session->offerRecovery(); }
    void newProject() { m_session->newProject(); }
    void about();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createCentre();
    void layOutSiteDocks();
    void createStatusLabels();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createLanguageMenu();
    void createSiteMenu();
    void createToolsMenu();
    void createHelpMenu();
    void createToolBar();
    void addPlanSide(); // the presenter; its widgets into the docks, status bar, centre and menus
    void connectWhatIf(); // What If on the panels' rows, its docks beside the results and fleet
    void giveIcons();
    void connectCollaborators();
    void followDocument();
    void updateProjectStatus();
    void updateTitle();
    void updateBaseOnlyActions();

    Document *m_document;
    FloorPlanScene *m_scene;
    FloorPlanView *m_view;
    FloorPlanLegend *m_legend = nullptr;
    FirstLaunchHint *m_hint = nullptr; // over the floor plan while the example is open
    ScenariosDock *m_scenarios = nullptr; // behind the results
    QLabel *m_racksLabel = nullptr;
    QLabel *m_powerLabel = nullptr;
    QLabel *m_fleetLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_beforeQuit = nullptr; // the File menu's separator above Quit
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_tools = nullptr;
    PanelFocus *m_panelFocus = nullptr; // F6 and Shift+F6 between the floor plan and the docks
    bool m_baseOnlyActionsDisabled = false; // a scenario is viewed: updateBaseOnlyActions()
    bool m_defaultDockSizesPending = true; // no saved layout: size the docks on first show
    // Destroyed before the window's widgets, so signals those emit while they go reach none
    // of them.
    std::unique_ptr<DocumentSession> m_session;
    std::unique_ptr<SiteEditor> m_editor;
    std::unique_ptr<PlanPresenter> m_plan;
};

} // namespace warmshell::ui
