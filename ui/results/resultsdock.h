// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/capacityplan.h"

#include <QDockWidget>
#include <QSet>

class QCustomPlot;
class QLabel;
class QListWidget;
class QSplitter;
class QTableWidget;
class QTabWidget;

namespace warmshell::ui {

class ResultsSummary;

// The solver's answer: on top the summary a manager reads first (ResultsSummary: whether the
// plan is current, its date, GPUs per generation, idle cost, facility power, binding limit),
// then a headline (not-current marker first, status, objective, bound, gap), tables per
// generation (with a total row) and per tenant (when the project has tenants), marginal values per node and stranded
// capacity, lists of binding constraints and explanations, and the energized/idle and node utilisation charts, the
// latter with its values in a table beside it (utilisationTable()). Shows a copy of the plan it was given; knows
// nothing about solving. Each chart has a context menu to export it (PNG/SVG/PDF).
class ResultsDock : public QDockWidget
{
    Q_OBJECT

public:
    // Columns of generationTable(); the last row is the total ("All generations").
    enum GenerationColumn {
        GenerationName,
        EnergizedGpus,
        IdleGpus,
        EnergizedSystems,
        IdleSystems,
        EnergizedPower,
        IdleDepreciation,
        GenerationColumnCount
    };
    // Columns of tenantTable(): one row per TenantResult of the plan (project order, then the
    // operator's own), the figures as the plan gives them, never recomputed here.
    enum TenantColumn {
        TenantName,
        TenantPriority,
        TenantEnergizedGpus,
        TenantIdleGpus,
        TenantEnergizedPower,
        TenantIdleDepreciation,
        TenantQuotaAtLimit,
        TenantColumnCount
    };
    // Item data role holding a cell's number (int or double), unformatted.
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit ResultsDock(QWidget *parent = nullptr);

    // Shows `plan`; money in `currency`.
    void setPlan(const CapacityPlan &plan, const QString &currency);
    // Marks the shown plan as older than the project: a newer solve runs or is due, or, with
    // `notCurrentReason`, the project as edited has no plan and that is why.
    void setStale(bool stale, const QString &notCurrentReason = {});
    bool isStale() const { return m_stale; }
    // The shown plan is of the project with scenario `name` applied (empty: the base): the
    // headline starts with it and the dock's title names it.
    void setScenario(const QString &name);
    const QString &scenario() const { return m_scenario; }

    // The energized GPUs of the plan shown (the total row); -1 before any plan.
    int shownEnergizedGpus() const;

    ResultsSummary *summary() const { return m_summary; }
    QLabel *headline() const { return m_headline; }
    // The node utilisation chart's values: node, load kW, usable kW, utilisation %.
    // Back to "No plan yet": every table, chart and the summary emptied (the document holds
    // another project).
    void clearPlan();
    QTableWidget *utilisationTable() const { return m_utilisation; }
    QTableWidget *generationTable() const { return m_generations; }
    // The "Tenants" tab's table; the tab is hidden while the plan has no tenants.
    QTableWidget *tenantTable() const { return m_tenants; }
    QTableWidget *marginalTable() const { return m_marginal; }
    QTableWidget *strandedTable() const { return m_stranded; }
    QListWidget *bindingList() const { return m_binding; }
    QListWidget *explanationList() const { return m_explanations; }
    QCustomPlot *energizedIdleChart() const { return m_energizedIdleChart; }
    QCustomPlot *powerUtilisationChart() const { return m_powerChart; }
    QTabWidget *tabs() const { return m_tabs; }
    QTabWidget *chartTabs() const { return m_chartTabs; }

protected:
    // Tables beside the charts when the dock is wide, above them when it is tall.
    void resizeEvent(QResizeEvent *event) override;
    // Fits the columns of a table marked by fitColumns() when it is first shown.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Fits `table`'s columns to their contents now if it is visible, else when it is next
    // shown: measuring the text of thousands of rows (a 5,000-node site's utilisation) on a
    // hidden tab after every edit was a tenth of a second of the GUI thread.
    void fitColumns(QTableWidget *table);
    void showGenerations(const CapacityPlan &plan, const QString &currency);
    void showTenants(const CapacityPlan &plan, const QString &currency);
    void showBinding(const CapacityPlan &plan);
    void showMarginalValues(const CapacityPlan &plan);
    void showStranded(const CapacityPlan &plan);
    void showUtilisation(const CapacityPlan &plan);
    void updateHeadline();
    void updateSplitterOrientation();
    void addChartExportMenu(QCustomPlot *plot, const QString &baseName);

    ResultsSummary *m_summary;
    QLabel *m_headline;
    QTabWidget *m_tabs;
    QTableWidget *m_generations;
    QTableWidget *m_tenants;
    QListWidget *m_binding;
    QTableWidget *m_marginal;
    QTableWidget *m_stranded;
    QSet<QObject *> m_columnsToFit; // hidden tables whose columns are fitted when shown
    QListWidget *m_explanations;
    QTabWidget *m_chartTabs;
    QSplitter *m_splitter;
    QCustomPlot *m_energizedIdleChart;
    QCustomPlot *m_powerChart;
    QTableWidget *m_utilisation;
    QString m_headlineText;
    QString m_scenario; // see setScenario()
    bool m_stale = false;
    QString m_notCurrentReason;
    bool m_hasPlan = false;
};

} // namespace warmshell::ui
