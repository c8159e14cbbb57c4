// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/contingency.h"

#include "analysisdock.h"

namespace warmshell::ui {

// The "Contingencies" dock: every single failure of the plan, most impact first, as the CLI's
// table (failure by name, GPUs, PFLOPS and idle depreciation per month lost, racks dark,
// without cooling, capped, shedding; the failed object's id in the first cell's tooltip).
// Filled and marked as AnalysisDock says. A double-click on a row emits failureActivated().
class ContingencyDock : public AnalysisDock
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
    explicit ContingencyDock(QWidget *parent = nullptr);

    // Shows `analysis` of a plan of `project` (money in its currency); the table is current.
    void setAnalysis(const ContingencyAnalysis &analysis, const Project &project);

signals:
    void failureActivated(const warmshell::Failure &failure);

private:
    void addRow(int row, const ContingencyResult &result, const QString &currency);
};

} // namespace warmshell::ui
