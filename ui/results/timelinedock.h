// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace warmshell::ui {

class TimelineController;

// "Timeline and Comparison": the timeline chart and the generation comparison chart of the
// controller's last result, a one-line summary (periods, total idle depreciation, worst gap,
// stale, cancelled or computing marker) and a Compute button; while the controller computes, a
// progress bar (solves of the running part done, "Timeline 3/8") and a Cancel button that stops
// it. Shows; computes nothing itself. Each chart has its values in a table beside it
// (showChartValues()), tooltips on its bars and points, and a context menu to export it
// (PNG/SVG/PDF).
class TimelineDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit TimelineDock(TimelineController *controller, QWidget *parent = nullptr);

    QCustomPlot *timelineChart() const { return m_timelineChart; }
    QCustomPlot *comparisonChart() const { return m_comparisonChart; }
    QTableWidget *timelineTable() const { return m_timelineTable; }
    QTableWidget *comparisonTable() const { return m_comparisonTable; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *summary() const { return m_summary; }
    QPushButton *computeButton() const { return m_compute; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }

private:
    void showResult();
    void updateSummary();
    void updateProgress();

    TimelineController *m_controller;
    QLabel *m_summary;
    QPushButton *m_compute;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QTabWidget *m_tabs;
    QCustomPlot *m_timelineChart;
    QCustomPlot *m_comparisonChart;
    QTableWidget *m_timelineTable;
    QTableWidget *m_comparisonTable;
    QString m_resultText;
};

} // namespace warmshell::ui
