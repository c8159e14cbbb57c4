// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/risk.h"
#include "project.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>

class QComboBox;
class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace warmshell::ui {

// Plan → Risk…: the Monte Carlo run over the timeline (analysis/risk.h, docs/risk.md) for a
// copy of the project taken when the dialog opens. The planner sets samples, seed and threads
// and presses Run; the run goes on the thread pool with a progress bar (samples done / total)
// and Cancel. It shows a fan chart (P10–P90 band and P50 per period of energized GPUs, idle GPUs
// or idle depreciation, chosen in a selector) and a table of each lot's probability of being
// fully energized by each period's start; Export CSV… writes riskTable(). Editing an input
// marks the shown run as not current. Owns nothing but its widgets; the result is a value.
class RiskDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RiskDialog(Project project, QWidget *parent = nullptr);
    // Cancels a run in progress and waits for it to stop.
    ~RiskDialog() override;

    // The options the widgets describe (the progress callback excepted).
    RiskOptions options() const;
    // The last run shown (no periods before the first, or when it was cancelled or failed).
    const RiskResult &result() const { return m_result; }
    // Writes the shown run as CSV (export/riskexport.h) to `path`; false, with the reason in
    // `error`, when there is no run to export or the file cannot be written.
    bool exportCsv(const QString &path, QString *error = nullptr) const;

signals:
    // A run ended (completed, cancelled or failed) and its outcome is shown.
    void finished();

private:
    void buildInputs();
    void buildResults();
    void startRun();
    void cancelRun();
    void showProgress(int done, int total);
    void showResult(const RiskResult &result);
    void fillTable();
    void drawChart();
    void chooseExportFile();
    QString summaryText() const;
    void markNotCurrent();

    Project m_project;
    RiskResult m_result;
    RiskOptions m_running;
    QFutureWatcher<RiskResult> m_watcher;
    std::atomic<bool> m_cancel{ false };
    QSpinBox *m_samples = nullptr, *m_seed = nullptr, *m_threads = nullptr;
    QPushButton *m_runButton = nullptr, *m_cancelButton = nullptr, *m_exportButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_figure = nullptr;
    QCustomPlot *m_chart = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace warmshell::ui
