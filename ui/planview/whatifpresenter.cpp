// SPDX-License-Identifier: GPL-3.0-or-later
#include "whatifpresenter.h"

#include "analysis/maintenanceimpact.h"
#include "catalog.h"
#include "floorplan/colourmodebar.h"
#include "floorplan/rackcolouring.h"
#include "icons.h"
#include "planview/planstatus.h"
#include "results/contingencydock.h"
#include "results/contingencytext.h"
#include "results/maintenancedock.h"
#include "results/whatifdock.h"
#include "solve/solvecontroller.h"

#include <QAction>
#include <QWidget>

namespace warmshell::ui {

WhatIfPresenter::WhatIfPresenter(
    SolveController *solve, FloorPlanScene *scene, ColourModeBar *colourBar, QWidget *window)
    : QObject(window), m_solve(solve), m_scene(scene), m_colourBar(colourBar), m_dock(new WhatIfDock(window)),
      m_table(new ContingencyDock(window)), m_maintenance(new MaintenanceDock(window)),
      m_whatIfAction(new QAction(tr("&What If This Fails?"), window)),
      m_whatIfModuleAction(new QAction(tr("What If One &Module Fails?"), window)),
      m_clearAction(new QAction(tr("Clear What If"), window))
{
    m_whatIfAction->setObjectName(QStringLiteral("whatIfAction"));
    m_whatIfAction->setIcon(themeIcon(QStringLiteral("dialog-warning")));
    m_whatIfModuleAction->setObjectName(QStringLiteral("whatIfModuleAction"));
    m_whatIfModuleAction->setIcon(themeIcon(QStringLiteral("dialog-warning")));
    m_clearAction->setObjectName(QStringLiteral("clearWhatIfAction"));
    m_clearAction->setIcon(themeIcon(QStringLiteral("dialog-close")));
    m_clearAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_clearAction->setShortcutContext(Qt::WindowShortcut);
    m_clearAction->setEnabled(false);
    window->addAction(m_clearAction);
    connect(m_whatIfAction, &QAction::triggered, this, [this] {
        if (m_selected)
            showFailure(*m_selected);
    });
    connect(m_whatIfModuleAction, &QAction::triggered, this, [this] {
        if (m_selected)
            showFailure(
                { m_selected->kind == FailureKind::PowerNode ? FailureKind::PowerModule : FailureKind::CoolingModule,
                    m_selected->object });
    });
    connect(m_clearAction, &QAction::triggered, this, &WhatIfPresenter::clear);
    connect(m_dock, &WhatIfDock::clearRequested, this, &WhatIfPresenter::clear);
    connect(m_table, &ContingencyDock::analyseRequested, this, &WhatIfPresenter::analyseAll);
    connect(m_table, &ContingencyDock::failureActivated, this, &WhatIfPresenter::showFailure);
    connect(m_maintenance, &MaintenanceDock::analyseRequested, this, &WhatIfPresenter::analyseWindows);
    connect(m_maintenance, &MaintenanceDock::windowActivated, this, &WhatIfPresenter::showFailure);
    connect(m_solve, &SolveController::planReady, this, &WhatIfPresenter::planChanged);
    connect(m_solve, &SolveController::planForgotten, this, &WhatIfPresenter::planChanged);
    connect(m_solve, &SolveController::staleChanged, this, [this](bool stale) {
        if (stale) {
            m_table->setNotCurrent(tr("the project changed since the plan"));
            m_maintenance->setNotCurrent(tr("the project changed since the plan"));
        }
        m_dock->setNotCurrent(stale);
        updateAction();
    });
    updateAction();
}

void WhatIfPresenter::selectPowerNode(const PowerNodeId &id)
{
    const PowerNode *node = m_solve->planProject().site.power.node(id);
    m_selected = Failure{ FailureKind::PowerNode, id.toString() };
    m_selectedName = node ? node->name : id.toString();
    updateAction();
}

void WhatIfPresenter::selectCoolingUnit(const CoolingUnitId &id)
{
    const CoolingUnit *unit = m_solve->planProject().site.coolingUnit(id);
    m_selected = Failure{ FailureKind::CoolingUnit, id.toString() };
    m_selectedName = unit ? unit->name : id.toString();
    updateAction();
}

bool WhatIfPresenter::isInPlan(const Failure &failure) const
{
    const Site &site = m_solve->planProject().site;
    return failure.kind == FailureKind::PowerNode || failure.kind == FailureKind::PowerModule
        ? site.power.node(PowerNodeId(failure.object)) != nullptr
        : site.coolingUnit(CoolingUnitId(failure.object)) != nullptr;
}

int WhatIfPresenter::selectedModules() const
{
    if (!m_selected)
        return 0;
    const Site &site = m_solve->planProject().site;
    if (m_selected->kind == FailureKind::PowerNode) {
        const PowerNode *node = site.power.node(PowerNodeId(m_selected->object));
        return node ? node->redundancy.installedModules() : 0;
    }
    const CoolingUnit *unit = site.coolingUnit(CoolingUnitId(m_selected->object));
    return unit ? unit->redundancy.installedModules() : 0;
}

void WhatIfPresenter::updateAction()
{
    QString why;
    if (!m_solve->plan())
        why = tr("There is no plan yet");
    else if (m_solve->isStale())
        why = tr("The plan is not current: wait for the solve (F5)");
    else if (!m_selected)
        why = tr("Select a power node or cooling unit first");
    else if (!isInPlan(*m_selected))
        why = tr("%1 is not in the planned site").arg(m_selectedName);
    m_whatIfAction->setEnabled(why.isEmpty());
    m_whatIfAction->setToolTip(why.isEmpty() ? tr("Show what %1 failing takes down").arg(m_selectedName) : why);
    m_whatIfAction->setStatusTip(m_whatIfAction->toolTip());
    const int modules = why.isEmpty() ? selectedModules() : 0;
    const QString moduleWhy = !why.isEmpty() ? why
        : modules < 2                        ? tr("%1 has a single module: use What If This Fails?").arg(m_selectedName)
                                             : QString();
    m_whatIfModuleAction->setEnabled(moduleWhy.isEmpty());
    m_whatIfModuleAction->setToolTip(moduleWhy.isEmpty()
            ? tr("Show what one of the %1 modules (or sides) of %2 failing takes down").arg(modules).arg(m_selectedName)
            : moduleWhy);
    m_whatIfModuleAction->setStatusTip(m_whatIfModuleAction->toolTip());
}

void WhatIfPresenter::showFailure(const Failure &failure)
{
    const CapacityPlan *plan = m_solve->plan();
    if (!plan || m_solve->isStale())
        return;
    const Project &project = m_solve->planProject();
    m_result = analyseFailure(project, Catalog::builtIn(), *plan, failure);
    m_dock->showResult(*m_result, project, Catalog::builtIn());
    m_dock->show();
    m_dock->raise();
    m_clearAction->setEnabled(true);
    emit overlayChanged();
}

void WhatIfPresenter::clear()
{
    if (!m_result)
        return;
    m_result.reset();
    m_dock->clearResult();
    m_clearAction->setEnabled(false);
    emit overlayChanged();
}

void WhatIfPresenter::planChanged()
{
    clear();
    m_table->setNotCurrent(tr("the plan changed"));
    m_maintenance->setNotCurrent(tr("the plan changed"));
    if (m_solve->plan() && m_table->isShown())
        analyseAll();
    if (m_solve->plan() && m_maintenance->isShown())
        analyseWindows();
    updateAction();
}

void WhatIfPresenter::analyseAll()
{
    const CapacityPlan *plan = m_solve->plan();
    if (!plan || m_solve->isStale()) {
        m_table->setNotCurrent(plan ? tr("the project changed since the plan") : tr("there is no plan yet"));
        return;
    }
    m_table->setAnalysis(
        analyseContingencies(m_solve->planProject(), Catalog::builtIn(), *plan), m_solve->planProject());
}

// Every window of the plan's project on the current plan (its date shown beside each window's).
void WhatIfPresenter::analyseWindows()
{
    const CapacityPlan *plan = m_solve->plan();
    if (!plan || m_solve->isStale()) {
        m_maintenance->setNotCurrent(plan ? tr("the project changed since the plan") : tr("there is no plan yet"));
        return;
    }
    const Project &project = m_solve->planProject();
    std::vector<MaintenanceImpact> impacts;
    for (const MaintenanceWindow &window : project.maintenanceWindows)
        impacts.push_back(analyseMaintenanceWindow(project, Catalog::builtIn(), *plan, window));
    m_maintenance->setImpacts(impacts, project);
}

bool WhatIfPresenter::drawOverlay()
{
    if (!m_result) {
        m_colourBar->setOverlayLegend({}, {});
        return false;
    }
    rackcolouring::applyFailure(m_scene, *m_result);
    m_colourBar->setOverlayLegend(
        tr("What if %1:").arg(contingencytext::title(*m_result)), rackcolouring::failureLegend());
    return true;
}

} // namespace warmshell::ui
