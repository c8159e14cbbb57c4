// SPDX-License-Identifier: GPL-3.0-or-later
#include "whatifpresenter.h"

#include "catalog.h"
#include "floorplan/colourmodebar.h"
#include "floorplan/rackcolouring.h"
#include "icons.h"
#include "planview/planstatus.h"
#include "results/contingencydock.h"
#include "results/contingencytext.h"
#include "results/whatifdock.h"
#include "solve/solvecontroller.h"

#include <QAction>
#include <QWidget>

namespace warmshell::ui {

WhatIfPresenter::WhatIfPresenter(
    SolveController *solve, FloorPlanScene *scene, ColourModeBar *colourBar, QWidget *window)
    : QObject(window), m_solve(solve), m_scene(scene), m_colourBar(colourBar), m_dock(new WhatIfDock(window)),
      m_table(new ContingencyDock(window)), m_whatIfAction(new QAction(tr("&What If This Fails?"), window)),
      m_clearAction(new QAction(tr("Clear What If"), window))
{
    m_whatIfAction->setObjectName(QStringLiteral("whatIfAction"));
    m_whatIfAction->setIcon(themeIcon(QStringLiteral("dialog-warning")));
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
    connect(m_clearAction, &QAction::triggered, this, &WhatIfPresenter::clear);
    connect(m_dock, &WhatIfDock::clearRequested, this, &WhatIfPresenter::clear);
    connect(m_table, &ContingencyDock::analyseRequested, this, &WhatIfPresenter::analyseAll);
    connect(m_table, &ContingencyDock::failureActivated, this, &WhatIfPresenter::showFailure);
    connect(m_solve, &SolveController::planReady, this, &WhatIfPresenter::planChanged);
    connect(m_solve, &SolveController::planForgotten, this, &WhatIfPresenter::planChanged);
    connect(m_solve, &SolveController::staleChanged, this, [this](bool stale) {
        if (stale)
            m_table->setNotCurrent(tr("the project changed since the plan"));
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
    if (m_solve->plan() && m_table->isShown())
        analyseAll();
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
