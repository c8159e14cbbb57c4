// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/scenariosidebyside.h"
#include "project.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QCustomPlot;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace warmshell::ui {

// Scenarios dock → "Compare Side by Side…": the base and 2 to 6 chosen scenarios of a copy of
// the project taken when the dialog opens (issue 19 §1). The planner ticks the scenarios and
// presses Compare; their timelines run on the thread pool (compareScenarios, the timeline
// options of the Timeline dock, at most 120 s in all) and appear as a table (one row per
// scenario × period × generation: GPUs energized and idle, idle depreciation, facility MW used
// and utility MW available) and a chart of energized GPUs per period, one line per scenario.
// "Export CSV…" writes the table as warmshell-cli scenarios --format csv does. Changing the
// ticks marks the shown comparison as not current. Owns nothing but its widgets; closing it
// cancels a comparison in flight and waits for it.
class ScenarioCompareDialog : public QDialog
{
    Q_OBJECT

public:
    // `checked`: names of the scenarios ticked at first (others unticked).
    ScenarioCompareDialog(Project project, const QStringList &checked, QWidget *parent = nullptr);
    ~ScenarioCompareDialog() override;

    // The scenarios ticked, in the project's order.
    QStringList checkedScenarios() const;
    // The last comparison shown (no variants before the first).
    const ScenarioSideBySide &shown() const { return m_shown; }
    // The CSV of the shown comparison (scenarioSideBySideTable).
    QString csv() const;
    // Writes csv() to `path`; empty on success, else the reason.
    QString exportCsv(const QString &path) const;

signals:
    // A comparison was computed and shown.
    void compared();

private:
    void buildChoices();
    void buildResults();
    void choicesChanged();
    void startCompare();
    void finished();
    void fillTable();
    void askAndExportCsv();

    Project m_project;
    ScenarioSideBySide m_shown;
    QStringList m_comparedNames; // the ticks of the comparison shown or running
    QString m_shownText; // the status of the comparison shown
    PlanningPeriod m_period = PlanningPeriod::Quarter;
    QFutureWatcher<ScenarioComparison> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QListWidget *m_choices = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    QCustomPlot *m_chart = nullptr;
};

} // namespace warmshell::ui
