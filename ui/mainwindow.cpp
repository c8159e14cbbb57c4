// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "solve/solvecontroller.h"

#include "catalog.h"
#include "document/document.h"
#include "document/projectsummary.h"
#include "elevation/rackelevationdock.h"
#include "floorplan/colourmodebar.h"
#include "floorplan/floorplanlegend.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "format.h"
#include "help/firstlaunchhint.h"
#include "help/userguide.h"
#include "icons.h"
#include "language.h"
#include "panelfocus.h"
#include "panels/coolingpanel.h"
#include "panels/fleetpanel.h"
#include "panels/powerchainpanel.h"
#include "panels/problemspanel.h"
#include "panels/propertyeditor.h"
#include "panels/racktablepanel.h"
#include "panels/scenariofields.h"
#include "planview/measuredpresenter.h"
#include "planview/whatifpresenter.h"
#include "procurement/procurementdialog.h"
#include "results/contingencydock.h"
#include "results/maintenancedock.h"
#include "results/resultsdock.h"
#include "results/timelinedock.h"
#include "results/whatifdock.h"
#include "risk/riskdialog.h"
#include "scenarios/scenariosdock.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <qcustomplot.h>

#ifndef WARMSHELL_VERSION
#define WARMSHELL_VERSION "unknown"
#endif

namespace warmshell::ui {

namespace {
QAction *named(QAction *action, const char *name, const QKeySequence &shortcut = {})
{
    action->setObjectName(QLatin1String(name));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}
} // namespace

// In this order: the site docks are created before the centre and the plan's docks after
// the tool bar, which keeps the keyboard focus chain; the site views follow the document
// first, then the solver and the plan's views, then the status figures and the title.
MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new Document(this)), m_scene(new FloorPlanScene(this)),
      m_view(new FloorPlanView(m_scene)), m_session(std::make_unique<DocumentSession>(m_document, this)),
      m_editor(std::make_unique<SiteEditor>(m_document, m_scene, m_view, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());
    m_view->setObjectName(QStringLiteral("floorPlanView"));
    m_view->setAccessibleName(tr("Floor plan"));
    createCentre();
    layOutSiteDocks();
    createStatusLabels();
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createSiteMenu();
    createHelpMenu();
    createToolBar();
    addPlanSide();
    createToolsMenu();
    giveIcons();
    connectCollaborators();
    followDocument();

    // Fresh settings: 1400 × 900, or what a smaller screen (a 1366 × 768 laptop) has room for.
    const QSize room = screen() ? screen()->availableGeometry().size() * 0.95 : QSize(1400, 900);
    resize(QSize(1400, 900).boundedTo(room));
    m_defaultDockSizesPending = !m_session->restoreWindowLayout(this);
    m_view->setFocus(); // not a tree, whose focus would make its first row current
}

MainWindow::~MainWindow()
{
    // The docks, the scene and the solver are destroyed after this body (by ~QWidget and the
    // QObject tree) and may still emit signals then; none may reach this half-destroyed window.
    for (QObject *child : findChildren<QObject *>())
        QObject::disconnect(child, nullptr, this, nullptr);
    if (m_scene)
        QObject::disconnect(m_scene, nullptr, this, nullptr);
}

void MainWindow::createCentre()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_hint = new FirstLaunchHint(central);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    m_legend = new FloorPlanLegend(central);
    layout->addWidget(m_legend);
    setCentralWidget(central);
}

void MainWindow::createStatusLabels()
{
    m_racksLabel = new QLabel(this);
    m_powerLabel = new QLabel(this);
    m_fleetLabel = new QLabel(this);
    // Permanent widgets, so transient messages never cover the figures.
    for (QLabel *label : { m_racksLabel, m_powerLabel, m_fleetLabel }) {
        label->setContentsMargins(6, 0, 6, 0);
        // Cut short on a small screen (the plan's figures and a refusal's reason come before
        // them), never widening the window; the tooltip has the whole text.
        label->setMinimumWidth(40);
        statusBar()->addPermanentWidget(label);
    }
}

// ---- Menus and the tool bar

void MainWindow::createFileMenu()
{
    DocumentSession *session = m_session.get();
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QMenu *file = m_fileMenu;
    named(file->addAction(tr("&New"), session, &DocumentSession::newProject), "newAction", QKeySequence::New);
    named(file->addAction(tr("&Open…"), session, &DocumentSession::open), "openAction", QKeySequence::Open);
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    connect(recent, &QMenu::aboutToShow, session, [session, recent] {
        session->fillRecentMenu(recent);
        for (QAction *action : recent->actions())
            action->setIcon(themeIcon(QStringLiteral("document-open-recent")));
    });
    QMenu *examples = file->addMenu(tr("Open Exa&mple"));
    examples->setObjectName(QStringLiteral("examplesMenu"));
    named(examples->addAction(tr("&Campus (power-limited, two halls)"), session,
              [session] { session->openReplacing(campusExample()); }),
        "campusExampleAction");
    named(
        examples->addAction(tr("&Lab (one small hall)"), session, [session] { session->openReplacing(labExample()); }),
        "labExampleAction");
    named(
        file->addAction(tr("&Import from NetBox…"), session, &DocumentSession::importFromNetBox), "importNetBoxAction");
    file->addSeparator();
    named(file->addAction(tr("&Save"), session, &DocumentSession::save), "saveAction", QKeySequence::Save);
    named(file->addAction(tr("Save &As…"), session, &DocumentSession::saveAs), "saveAsAction",
        QKeySequence(tr("Ctrl+Shift+S")));
    // File → Export… goes here, from the plan side (addPlanSide()).
    m_beforeQuit = file->addSeparator();
    QAction *quit
        = named(file->addAction(tr("&Quit"), this, &QWidget::close), "quitAction", QKeySequence(tr("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createEditMenu()
{
    SiteEditor *editor = m_editor.get();
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    named(undo, "undoAction", QKeySequence::Undo)->setIconText(tr("Undo"));
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    named(redo, "redoAction", QKeySequence::Redo)->setIconText(tr("Redo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    named(edit->addAction(tr("Cu&t"), editor, &SiteEditor::cut), "cutAction", QKeySequence::Cut);
    named(edit->addAction(tr("&Copy"), editor, &SiteEditor::copy), "copyAction", QKeySequence::Copy);
    named(edit->addAction(tr("&Paste"), editor, &SiteEditor::paste), "pasteAction", QKeySequence::Paste);
    named(edit->addAction(tr("&Delete"), editor, &SiteEditor::deleteSelection), "deleteAction", QKeySequence::Delete);
    edit->addSeparator();
    named(edit->addAction(tr("Select &All Racks"), editor, &SiteEditor::selectAll), "selectAllAction",
        QKeySequence::SelectAll);
    named(edit->addAction(tr("Site Pr&operties…"), editor, &SiteEditor::showSiteProperties), "sitePropertiesAction")
        ->setIcon(themeIcon(QStringLiteral("document-properties")));
    // Shortcuts of the floor plan's edits apply while the plan has the focus, so typing in
    // an editor keeps Delete, Ctrl+C and Ctrl+A for the text.
    for (const char *name : { "cutAction", "copyAction", "pasteAction", "deleteAction", "selectAllAction" }) {
        QAction *action = findChild<QAction *>(QLatin1String(name));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
    }
    QAction *remove = findChild<QAction *>(QStringLiteral("deleteAction"));
    powerChainPanel()->view()->addAction(remove);
    fleetPanel()->view()->addAction(remove);
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    named(m_viewMenu->addAction(tr("Zoom &In"), m_view, &FloorPlanView::zoomIn), "zoomInAction", QKeySequence::ZoomIn);
    named(m_viewMenu->addAction(tr("Zoom &Out"), m_view, &FloorPlanView::zoomOut), "zoomOutAction",
        QKeySequence::ZoomOut);
    named(m_viewMenu->addAction(tr("&Fit Floor Plan"), m_view, &FloorPlanView::fitAll), "fitAction",
        QKeySequence(tr("Ctrl+0")));
    m_viewMenu->addSeparator();
    // The keyboard's way between the floor plan and the docks (Tab moves inside one).
    m_panelFocus = new PanelFocus(this, m_view);
    named(m_viewMenu->addAction(tr("&Next Panel"), m_panelFocus, &PanelFocus::focusNext), "nextPanelAction",
        QKeySequence(Qt::Key_F6));
    named(m_viewMenu->addAction(tr("&Previous Panel"), m_panelFocus, &PanelFocus::focusPrevious), "previousPanelAction",
        QKeySequence(Qt::SHIFT | Qt::Key_F6));
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : { static_cast<QDockWidget *>(propertyEditor()),
             static_cast<QDockWidget *>(powerChainPanel()), static_cast<QDockWidget *>(coolingPanel()),
             static_cast<QDockWidget *>(fleetPanel()), static_cast<QDockWidget *>(problemsPanel()) })
        m_viewMenu->addAction(dock->toggleViewAction());
}

// View → Language: System, English, 简体中文, stored in QSettings and applied at the next start
// (the texts of widgets already built do not change), which the status bar says.
void MainWindow::createLanguageMenu()
{
    QMenu *menu = m_viewMenu->addMenu(tr("&Language (at next start)"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    menu->setIcon(themeIcon(QStringLiteral("preferences-desktop-locale")));
    auto *group = new QActionGroup(menu);
    const language::Choice saved = language::savedChoice();
    for (language::Choice choice : language::choices()) {
        QAction *action = menu->addAction(language::displayName(choice));
        action->setObjectName(QStringLiteral("language_") + language::code(choice));
        action->setCheckable(true);
        action->setChecked(choice == saved);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] {
            language::saveChoice(choice);
            statusBar()->showMessage(
                tr("The language changes to %1 when WarmShell starts again.").arg(language::displayName(choice)));
        });
    }
}

void MainWindow::createSiteMenu()
{
    SiteEditor *editor = m_editor.get();
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
    named(site->addAction(tr("&Add Row at a Position…"), editor, &SiteEditor::addRowAtPosition), "addRowAction",
        QKeySequence(tr("Ctrl+Shift+R")));
    site->addSeparator();
    named(site->addAction(tr("Add &Hall"), editor, &SiteEditor::addHall), "addHallAction");
    named(site->addAction(tr("Add &Power Node"), editor, &SiteEditor::addPowerNode), "addPowerNodeAction");
    named(site->addAction(tr("Remove Power &Node"), editor, &SiteEditor::removePowerNode), "removePowerNodeAction");
    named(site->addAction(tr("Add &Cooling Unit (serving the selected racks)"), editor, &SiteEditor::addCoolingUnit),
        "addCoolingUnitAction")
        ->setIconText(tr("Add Cooling Unit"));
    site->addSeparator();
    named(site->addAction(tr("Add &Lot"), editor, &SiteEditor::addLot), "addLotAction");
    named(site->addAction(tr("Remove L&ot"), editor, &SiteEditor::removeLot), "removeLotAction");
}

// Tools, between Plan and Help: Procurement… opens the procurement dialog on a copy of the
// document's project as it is now.
void MainWindow::createToolsMenu()
{
    QMenu *tools = new QMenu(tr("&Tools"), this);
    tools->setObjectName(QStringLiteral("toolsMenu"));
    menuBar()->insertMenu(m_helpMenu->menuAction(), tools);
    named(tools->addAction(tr("&Procurement…"), this,
              [this] {
                  ProcurementDialog dialog(m_document->project(), this);
                  // Each plan is kept for the report, with the project state it was made for.
                  connect(&dialog, &ProcurementDialog::planned, this,
                      [this, &dialog, generation = solveController()->currentGeneration()] {
                          m_plan->sessionAnalyses().setProcurement(dialog.plannedInput(), dialog.plan(), generation);
                      });
                  dialog.resize(1100, 680);
                  dialog.exec();
              }),
        "procurementAction");
    // Plan → Risk…: the Monte Carlo run on a copy of the project as it is now.
    planMenu()->addSeparator();
    named(planMenu()->addAction(tr("Ris&k…"), this,
              [this] {
                  RiskDialog dialog(m_document->project(), this);
                  // Each run is kept for the report, with the project state it was run for.
                  connect(&dialog, &RiskDialog::finished, this,
                      [this, &dialog, generation = solveController()->currentGeneration()] {
                          m_plan->sessionAnalyses().setRisk(dialog.result(), dialog.options().timeline, generation);
                      });
                  dialog.resize(1100, 680);
                  dialog.exec();
              }),
        "riskAction");
}

void MainWindow::createHelpMenu()
{
    // The Plan menu goes before Help (addPlanSide()).
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    named(m_helpMenu->addAction(tr("&User Guide"), this, [this] { showUserGuide(this); }), "userGuideAction",
        QKeySequence::HelpContents);
    m_helpMenu->addSeparator();
    named(m_helpMenu->addAction(tr("&About WarmShell"), this, &MainWindow::about), "aboutAction")
        ->setMenuRole(QAction::AboutRole);
    named(m_helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt), "aboutQtAction")
        ->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
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

void MainWindow::addPlanSide()
{
    m_plan = std::make_unique<PlanPresenter>(m_document, m_scene, m_legend, m_powerLabel, this);
    // The results join the power chain's tabs, in front; the rack elevation goes under the
    // properties.
    addDockWidget(Qt::RightDockWidgetArea, resultsDock());
    tabifyDockWidget(powerChainPanel(), resultsDock());
    resultsDock()->raise();
    addDockWidget(Qt::LeftDockWidgetArea, rackElevationDock());
    rackElevationDock()->widget()->setMinimumWidth(300);
    // Left of the project figures.
    int index = 0;
    for (QWidget *widget : m_plan->statusBarWidgets())
        statusBar()->insertPermanentWidget(index++, widget);
    centralWidget()->layout()->addWidget(colourModeBar());
    // The timeline behind the fleet.
    addDockWidget(Qt::BottomDockWidgetArea, timelineDock());
    tabifyDockWidget(fleetPanel(), timelineDock());
    connectWhatIf();
    fleetPanel()->raise();
    // The scenarios, behind the results: picking one re-solves the plan the results show.
    m_scenarios = new ScenariosDock(m_document, solveController(), this);
    addDockWidget(Qt::RightDockWidgetArea, m_scenarios);
    tabifyDockWidget(resultsDock(), m_scenarios);
    resultsDock()->raise();
    m_viewMenu->addAction(m_scenarios->toggleViewAction());
    // The scenario viewed is the one the Properties dock edits (as overrides, never the base);
    // the document knows it, so every other view that edits the site refuses or stores an override.
    connect(solveController(), &SolveController::scenarioChanged, propertyEditor(), &PropertyEditor::setScenario);
    connect(solveController(), &SolveController::scenarioChanged, m_document, &Document::setViewedScenario);
    connect(m_document, &Document::viewedScenarioChanged, this, &MainWindow::updateBaseOnlyActions);
    connect(m_document, &Document::changed, this, &MainWindow::updateBaseOnlyActions);
    connect(m_scenarios, &ScenariosDock::changeActivated, this, [this](const ScenarioOverride &change) {
        if (scenariofields::showObjectOf(propertyEditor(), m_document->project(), change)) {
            propertyEditor()->setVisible(true);
            propertyEditor()->raise();
        }
    });

    m_fileMenu->insertAction(m_beforeQuit, m_plan->exportAction());
    menuBar()->insertMenu(m_helpMenu->menuAction(), m_plan->menu());
    for (QDockWidget *dock : m_plan->dockWidgets())
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(colourModeBar()->menu());
    createLanguageMenu();
}

// "What if this fails?": on the power chain's and cooling's rows, their text beside the
// results, the contingencies table behind the fleet.
void MainWindow::connectWhatIf()
{
    WhatIfPresenter *whatIf = m_plan->whatIf();
    connect(m_plan->measured(), &MeasuredPresenter::comparisonChanged, powerChainPanel(),
        &PowerChainPanel::setMeasuredComparison);
    powerChainPanel()->setContextActions({ whatIf->whatIfAction(), whatIf->whatIfModuleAction() });
    coolingPanel()->setContextActions({ whatIf->whatIfAction(), whatIf->whatIfModuleAction() });
    connect(powerChainPanel(), &PowerChainPanel::nodeActivated, whatIf, &WhatIfPresenter::selectPowerNode);
    connect(coolingPanel(), &CoolingPanel::unitActivated, whatIf, &WhatIfPresenter::selectCoolingUnit);
    connect(powerChainPanel(), &PowerChainPanel::coolingUnitActivated, whatIf, &WhatIfPresenter::selectCoolingUnit);
    addDockWidget(Qt::RightDockWidgetArea, whatIf->dock());
    tabifyDockWidget(resultsDock(), whatIf->dock());
    resultsDock()->raise();
    addDockWidget(Qt::BottomDockWidgetArea, whatIf->contingencyDock());
    tabifyDockWidget(fleetPanel(), whatIf->contingencyDock());
    addDockWidget(Qt::BottomDockWidgetArea, whatIf->maintenanceDock());
    tabifyDockWidget(fleetPanel(), whatIf->maintenanceDock());
}

// Every action of the menus and the tool bar gets its theme icon (ui/icons.h), found by
// object name; the docks' show/hide actions get their dock's icon.
void MainWindow::giveIcons()
{
    static const std::pair<const char *, const char *> actionIcons[] = { { "newAction", "document-new" },
        { "openAction", "document-open" }, { "campusExampleAction", "document-open" },
        { "labExampleAction", "document-open" }, { "importNetBoxAction", "document-import" },
        { "saveAction", "document-save" }, { "saveAsAction", "document-save-as" },
        { "exportAction", "document-export" }, { "quitAction", "application-exit" }, { "undoAction", "edit-undo" },
        { "redoAction", "edit-redo" }, { "cutAction", "edit-cut" }, { "copyAction", "edit-copy" },
        { "pasteAction", "edit-paste" }, { "deleteAction", "edit-delete" }, { "selectAllAction", "edit-select-all" },
        { "zoomInAction", "zoom-in" }, { "zoomOutAction", "zoom-out" }, { "fitAction", "zoom-fit-best" },
        { "selectToolAction", "edit-select" }, { "addRackToolAction", "list-add" },
        { "addRowToolAction", "object-rows" }, { "addRowAction", "object-rows" }, { "nextPanelAction", "go-next" },
        { "previousPanelAction", "go-previous" }, { "addHallAction", "draw-rectangle" },
        { "addPowerNodeAction", "flash" }, { "removePowerNodeAction", "list-remove" },
        { "addCoolingUnitAction", "temperature-cold" }, { "addLotAction", "list-add" },
        { "removeLotAction", "list-remove" }, { "userGuideAction", "help-contents" }, { "aboutAction", "help-about" },
        { "procurementAction", "view-calendar-day" }, { "riskAction", "office-chart-line" } };
    for (const auto &[name, icon] : actionIcons)
        findChild<QAction *>(QLatin1String(name))->setIcon(themeIcon(QLatin1String(icon)));
    // The Qt logo of Qt's own About Qt box.
    findChild<QAction *>(QStringLiteral("aboutQtAction"))
        ->setIcon(QIcon(QStringLiteral(":/qt-project.org/qmessagebox/images/qtlogo-64.png")));
    findChild<QMenu *>(QStringLiteral("recentMenu"))->setIcon(themeIcon(QStringLiteral("document-open-recent")));
    findChild<QMenu *>(QStringLiteral("examplesMenu"))->setIcon(themeIcon(QStringLiteral("document-open-folder")));
    colourModeBar()->menu()->setIcon(themeIcon(QStringLiteral("color-management")));
    static const std::pair<const char *, const char *> dockIcons[] = { { "propertiesDock", "document-properties" },
        { "powerChainDock", "flash" }, { "coolingDock", "temperature-cold" }, { "fleetDock", "server-database" },
        { "problemsDock", "dialog-warning" }, { "resultsDock", "view-statistics" },
        { "rackElevationDock", "network-server" }, { "timelineDock", "office-chart-line" },
        { "whatIfDock", "dialog-warning" }, { "contingencyDock", "object-rows" },
        { "maintenanceDock", "view-calendar-day" }, { "scenariosDock", "help-hint" },
        { "rackTableDock", "object-rows" } };
    for (const auto &[name, icon] : dockIcons)
        findChild<QDockWidget *>(QLatin1String(name))->toggleViewAction()->setIcon(themeIcon(QLatin1String(icon)));
}

// ---- Layout and wiring

void MainWindow::layOutSiteDocks()
{
    // Left: the properties. Right of the floor plan: the power chain (in front) and cooling
    // as tabs over the problems. Along the bottom, under the properties and the floor plan: the
    // fleet.
    addDockWidget(Qt::LeftDockWidgetArea, propertyEditor());
    addDockWidget(Qt::RightDockWidgetArea, powerChainPanel());
    tabifyDockWidget(powerChainPanel(), coolingPanel());
    powerChainPanel()->raise();
    addDockWidget(Qt::RightDockWidgetArea, problemsPanel());
    addDockWidget(Qt::BottomDockWidgetArea, fleetPanel());
    addDockWidget(Qt::BottomDockWidgetArea, m_editor->rackTablePanel());
    tabifyDockWidget(fleetPanel(), m_editor->rackTablePanel());
    fleetPanel()->raise();
    // Both side columns run down to the status bar, the fleet between them under the floor
    // plan: the results' summary, tables and charts (right) and the properties over the rack
    // elevation (left) need the height more than the fleet table needs the width; at
    // 1366 × 768 a rack's properties did not fit above the elevation otherwise.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
}

void MainWindow::connectCollaborators()
{
    QStatusBar *bar = statusBar();
    connect(m_session.get(), &DocumentSession::message, bar, &QStatusBar::showMessage);
    connect(m_editor.get(), &SiteEditor::message, bar, &QStatusBar::showMessage);
    connect(m_plan.get(), &PlanPresenter::message, bar, &QStatusBar::showMessage);
    connect(m_session.get(), &DocumentSession::fileOpened, m_editor.get(), &SiteEditor::resetPasteOffset);
    connect(m_session.get(), &DocumentSession::projectReplaced, m_view, &FloorPlanView::fitAll);
    // The first-launch hint speaks of the built-in campus, so it shows only while that is open.
    connect(m_document, &Document::fileNameChanged, m_hint,
        [this](const QString &fileName) { m_hint->setExampleOpen(fileName == campusExample()); });
}

void MainWindow::followDocument()
{
    connect(m_document, &Document::changed, this, &MainWindow::updateProjectStatus);
    connect(m_document, &Document::changed, this, &MainWindow::updateTitle);
    connect(m_document, &Document::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document, &Document::fileNameChanged, this, &MainWindow::updateTitle);
    updateProjectStatus();
    updateTitle();
}

void MainWindow::updateProjectStatus()
{
    const Project &project = m_document->project();
    const ProjectSummary s = summarize(project, Catalog::builtIn());
    m_racksLabel->setText((s.racks == 1 ? tr("1 rack") : tr("%L1 racks").arg(s.racks))
        + tr(", limit %1").arg(format::megawatts(s.rackPowerLimit)));
    m_powerLabel->setText(tr("Usable at %1: utility %2, generators %3")
                              .arg(format::date(project.site.planStart), format::megawatts(s.utilityUsable),
                                  format::megawatts(s.generatorUsable)));
    m_fleetLabel->setText(tr("Fleet: %L1 GPUs in %L2 systems, max %3")
                              .arg(s.fleetGpus)
                              .arg(s.fleetSystems)
                              .arg(format::megawatts(s.fleetMaxPower)));
    for (QLabel *label : { m_racksLabel, m_powerLabel, m_fleetLabel })
        label->setToolTip(label->text()); // in full when the status bar cuts it short
}

QString MainWindow::statusSummary() const
{
    return QStringList{ m_racksLabel->text(), m_powerLabel->text(), m_fleetLabel->text() }.join(QStringLiteral(" · "));
}

// While a scenario is viewed, the actions that would edit the base site are disabled, their
// tooltips and status tips saying why; an add tool in use gives way to Select, with the reason
// in the status bar.
void MainWindow::updateBaseOnlyActions()
{
    const bool scenario = m_document->viewedScenarioIndex() >= 0;
    if (scenario == m_baseOnlyActionsDisabled)
        return;
    m_baseOnlyActionsDisabled = scenario;
    for (const SiteEditor::BaseOnlyAction &a : SiteEditor::baseOnlyActions())
        if (QAction *action = findChild<QAction *>(QLatin1String(a.action))) {
            const QString reason = scenario ? SiteEditor::baseOnlyReason(a.action) : QString();
            action->setEnabled(!scenario);
            action->setToolTip(scenario ? tr("%1 — %2").arg(action->iconText(), reason) : QString());
            action->setStatusTip(reason);
        }
    const FloorPlanView::Tool tool = m_view->tool();
    if (scenario && tool != FloorPlanView::Tool::Select) {
        m_view->setTool(FloorPlanView::Tool::Select);
        statusBar()->showMessage(
            tr("Scenario «%1» is viewed: %2")
                .arg(m_document->viewedScenario(),
                    SiteEditor::baseOnlyReason(
                        tool == FloorPlanView::Tool::AddRack ? "addRackToolAction" : "addRowToolAction")),
            8000);
    }
}

void MainWindow::updateTitle()
{
    const QString name = m_document->project().site.name;
    setWindowTitle(tr("%1[*] — WarmShell").arg(name.isEmpty() ? tr("Untitled site") : name));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->canSaveInPlace() ? m_document->fileName() : QString());
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About WarmShell"),
        tr("<h3>WarmShell %1</h3>"
           "<p>Power and cooling capacity planning for GPU clusters.</p>"
           "<p>Qt %2 · QCustomPlot %3 · %4</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later "
           "(GPL-3.0-or-later).</p>")
            .arg(QStringLiteral(WARMSHELL_VERSION), QString::fromLatin1(qVersion()),
                QStringLiteral(QCUSTOMPLOT_VERSION_STR), SolveController::solverLibraryVersion()));
}

// ---- Events

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_defaultDockSizesPending)
        return;
    // Dock sizes only take once the window has its size; a restored layout keeps its own.
    m_defaultDockSizesPending = false;
    resizeDocks({ propertyEditor(), powerChainPanel() }, { width() / 5, width() * 2 / 5 }, Qt::Horizontal);
    resizeDocks({ powerChainPanel(), problemsPanel() }, { height() / 2, height() / 7 }, Qt::Vertical);
    resizeDocks({ fleetPanel() }, { height() / 4 }, Qt::Vertical);
    // The left column: a rack's ten fields over its elevation and the catalog to drag from.
    resizeDocks({ propertyEditor(), rackElevationDock() }, { height() / 2, height() / 2 }, Qt::Vertical);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_session->queryClose()) {
        event->ignore();
        return;
    }
    m_session->saveWindowLayout(this);
    event->accept();
}

} // namespace warmshell::ui
