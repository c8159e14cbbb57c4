// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "procurement/procurement.h"
#include "project.h"

#include <QDialog>
#include <QFutureWatcher>

class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace warmshell::ui {

// Tools → Procurement…: what to order when (model/procurement, docs/procurement.md) for a copy
// of the project taken when the dialog opens. The planner picks candidates, budget, horizon,
// lead time and discount rate and presses Plan; the plan runs on the thread pool and its
// schedule appears as a table (model, quarter ordered, delivery, count, cost) and as a Gantt-like
// chart (each order on order until delivered, then in service to the horizon), with the
// comparison and the candidates' verdicts in a summary. Editing an input marks the shown plan
// as not current. Owns nothing but its widgets; the plan is a value.
class ProcurementDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProcurementDialog(Project project, QWidget *parent = nullptr);
    ~ProcurementDialog() override;

    // The input the widgets describe (candidates with their catalog prices).
    ProcurementInput input() const;
    // The last plan shown (empty orders before the first).
    const ProcurementPlan &plan() const { return m_plan; }
    // The input that plan answers (the widgets may have changed since).
    const ProcurementInput &plannedInput() const { return m_running; }

signals:
    // A plan was computed and shown.
    void planned();

private:
    void buildInputs();
    void buildResults();
    void startPlan();
    void showPlan(const ProcurementPlan &plan, const ProcurementInput &input);
    void fillTable(const ProcurementPlan &plan);
    void drawGantt(const ProcurementPlan &plan, const ProcurementInput &input);
    QString summaryText(const ProcurementPlan &plan) const;
    void markNotCurrent();

    Project m_project;
    ProcurementPlan m_plan;
    QFutureWatcher<ProcurementPlan> m_watcher;
    ProcurementInput m_running;
    QListWidget *m_candidates = nullptr;
    QDoubleSpinBox *m_budget = nullptr; // million USD
    QSpinBox *m_horizon = nullptr, *m_lead = nullptr;
    QDoubleSpinBox *m_discount = nullptr; // percent per year
    QPushButton *m_planButton = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QCustomPlot *m_chart = nullptr;
};

} // namespace warmshell::ui
