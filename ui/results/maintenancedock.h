// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/maintenanceimpact.h"

#include <QDockWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace warmshell::ui {

// The "Maintenance" dock: the project's maintenance windows, each analysed on the current
// plan (analyseMaintenanceWindow): window by name, object, start, hours, GPUs and GPU-hours
// lost, idle cost of the window, racks dark / without cooling / capped / shedding, and the
// plan's date — shown in red, with why in the tooltip, when the window starts on another day
// than the plan it was analysed on (its figures are then those of that plan, not of the
// window's day). Filled by whoever owns the plan on analyseRequested() (the Analyse button, or
// the dock shown while not current); setNotCurrent() marks it when the plan changes. A click
// on a row emits windowActivated() with the failure the window stands for.
class MaintenanceDock : public QDockWidget
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
    // Item data roles of the first cell: the failure's kind (int) and object id.
    static constexpr int KindRole = Qt::UserRole + 1;
    static constexpr int ObjectRole = Qt::UserRole + 2;

    explicit MaintenanceDock(QWidget *parent = nullptr);

    // Shows `impacts`, the windows of `project` on its current plan (money in its currency).
    void setImpacts(const std::vector<MaintenanceImpact> &impacts, const Project &project);
    // Keeps the rows but says they are of an older plan, with `why`.
    void setNotCurrent(const QString &why);
    bool isCurrent() const { return m_current; }
    bool isShown() const;

    QTableWidget *table() const { return m_table; }
    QPushButton *analyseButton() const { return m_analyse; }
    QLabel *status() const { return m_status; }

signals:
    void analyseRequested();
    void windowActivated(const warmshell::Failure &failure);

private:
    void analyseIfShown();
    void addRow(int row, const MaintenanceImpact &impact, const QString &currency);

    QTableWidget *m_table;
    QPushButton *m_analyse;
    QLabel *m_status;
    bool m_current = false;
};

} // namespace warmshell::ui
