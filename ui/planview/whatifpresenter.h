// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/contingency.h"

#include <QObject>

#include <optional>

class QAction;
class QWidget;

namespace warmshell::ui {

class ColourModeBar;
class ContingencyDock;
class MaintenanceDock;
class FloorPlanScene;
class SolveController;
class WhatIfDock;

// "What if this fails?" (issue 18 §1 in the app): runs analyseFailure on the current plan for
// the selected power node or cooling unit, draws its effect on the floor plan
// (rackcolouring::applyFailure, with the key in the colour-mode bar) and its text in the What
// If dock, until cleared (Escape, the dock's Clear button, a new plan or another project); and
// the Contingencies dock, every single failure of the plan (analyseContingencies), a row's
// double-click drawn the same way; the Maintenance dock, every maintenance window of the project
// on the current plan (analyseMaintenanceWindow), a row's click drawn the same way. Owned by PlanPresenter, which
// recolours the racks on overlayChanged() and asks drawOverlay() first. The widgets are children of `window`.
class WhatIfPresenter : public QObject
{
    Q_OBJECT

public:
    WhatIfPresenter(SolveController *solve, FloorPlanScene *scene, ColourModeBar *colourBar, QWidget *window);

    // Plan → What If This Fails? and the panels' context menus: the selected node or unit.
    // Disabled, with a tooltip saying why, when nothing failable is selected or the plan is
    // missing or not current.
    QAction *whatIfAction() const { return m_whatIfAction; }
    // The same for one module (one 2N side) of the selected node or unit; disabled, with why,
    // also when it has a single module.
    QAction *whatIfModuleAction() const { return m_whatIfModuleAction; }
    // Escape while a failure is drawn: clear().
    QAction *clearAction() const { return m_clearAction; }
    WhatIfDock *dock() const { return m_dock; }
    ContingencyDock *contingencyDock() const { return m_table; }
    MaintenanceDock *maintenanceDock() const { return m_maintenance; }

    // The power node or cooling unit the user selected last (a panel's current row); the
    // whole element is the failure asked about.
    void selectPowerNode(const PowerNodeId &id);
    void selectCoolingUnit(const CoolingUnitId &id);

    // Analyses `failure` against the current plan and draws it; nothing without a current plan.
    void showFailure(const Failure &failure);
    // Drops the drawn failure (the floor plan goes back to its colour mode).
    void clear();
    // The failure drawn now; null when none.
    const ContingencyResult *result() const { return m_result ? &*m_result : nullptr; }

    // When a failure is drawn, colours the racks by it and shows its key; true if it did.
    // Otherwise removes the key and returns false: the caller colours by the mode.
    bool drawOverlay();

signals:
    void overlayChanged();

private:
    void updateAction();
    bool isInPlan(const Failure &failure) const; // its node or unit is in the plan's project
    void planChanged(); // a new plan or none: what was drawn is of the plan before
    void analyseAll();
    void analyseWindows();
    int selectedModules() const; // installed modules of the selected element in the plan's project

    SolveController *m_solve;
    FloorPlanScene *m_scene;
    ColourModeBar *m_colourBar;
    WhatIfDock *m_dock;
    ContingencyDock *m_table;
    MaintenanceDock *m_maintenance;
    QAction *m_whatIfAction;
    QAction *m_whatIfModuleAction;
    QAction *m_clearAction;
    std::optional<Failure> m_selected;
    QString m_selectedName;
    std::optional<ContingencyResult> m_result;
};

} // namespace warmshell::ui
