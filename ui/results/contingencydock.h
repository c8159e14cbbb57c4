// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/contingency.h"

#include <QDockWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace warmshell::ui {

// The "Contingencies" dock: every single failure of the plan, most impact first, as the CLI's
// table (failure by name, GPUs, PFLOPS and idle depreciation per month lost, racks dark,
// without cooling, capped, shedding; the failed object's id in the first cell's tooltip).
// Filled by whoever owns the plan on analyseRequested() (the Analyse button, or the dock
// shown while its table is not current); setNotCurrent() marks the table when the plan
// changes. A double-click on a row emits failureActivated().
class ContingencyDock : public QDockWidget
{
    Q_OBJECT

public:
    enum Column {
        FailureColumn,
        GpusColumn,
        PflopsColumn,
        IdleCostColumn,
        DarkColumn,
        UncooledColumn,
        CappedColumn,
        ShedColumn,
        ColumnCount
    };
    // Item data roles of the first cell: the failure's kind (int) and object id.
    static constexpr int KindRole = Qt::UserRole + 1;
    static constexpr int ObjectRole = Qt::UserRole + 2;

    explicit ContingencyDock(QWidget *parent = nullptr);

    // Shows `analysis` of a plan of `project` (money in its currency); the table is current.
    void setAnalysis(const ContingencyAnalysis &analysis, const Project &project);
    // Keeps the rows but says they are of an older plan, with `why`.
    void setNotCurrent(const QString &why);
    bool isCurrent() const { return m_current; }
    // The table is on screen (not hidden, nor behind another dock's tab).
    bool isShown() const;

    QTableWidget *table() const { return m_table; }
    QPushButton *analyseButton() const { return m_analyse; }
    QLabel *status() const { return m_status; }

signals:
    void analyseRequested();
    void failureActivated(const warmshell::Failure &failure);

private:
    void analyseIfShown();
    void addRow(int row, const ContingencyResult &result, const QString &currency);

    QTableWidget *m_table;
    QPushButton *m_analyse;
    QLabel *m_status;
    bool m_current = false;
};

} // namespace warmshell::ui
