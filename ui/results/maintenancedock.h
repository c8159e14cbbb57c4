// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/maintenanceimpact.h"

#include "analysisdock.h"

namespace warmshell::ui {

// The "Maintenance" dock: the project's maintenance windows, each analysed on the current
// plan (analyseMaintenanceWindow): window by name, object, start, hours, GPUs and GPU-hours
// lost, idle cost of the window, racks dark / without cooling / capped / shedding, and the
// plan's date — shown in red, with why in the tooltip, when the window starts on another day
// than the plan it was analysed on (its figures are then those of that plan, not of the
// window's day). Filled and marked as AnalysisDock says. A click
// on a row emits windowActivated() with the failure the window stands for.
class MaintenanceDock : public AnalysisDock
{
    Q_OBJECT

public:
    enum Column {
        WindowColumn,
        ObjectColumn,
        StartColumn,
        HoursColumn,
        GpusColumn,
        GpuHoursColumn,
        IdleCostColumn,
        RacksColumn,
        PlanDateColumn,
        ColumnCount
    };
    explicit MaintenanceDock(QWidget *parent = nullptr);

    // Shows `impacts`, the windows of `project` on its current plan (money in its currency).
    void setImpacts(const std::vector<MaintenanceImpact> &impacts, const Project &project);

signals:
    void windowActivated(const warmshell::Failure &failure);

private:
    void addRow(int row, const MaintenanceImpact &impact, const QString &currency);
};

} // namespace warmshell::ui
