// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QCustomPlot;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace warmshell::ui {

class TimelineController;

// "Timeline and Comparison": the timeline chart and the generation comparison chart of the
// controller's last result, a one-line summary (periods, total idle depreciation, worst gap,
// stale or computing marker) and a Compute button. Shows; computes nothing itself. Each chart
// has its values in a table beside it (showChartValues()), tooltips on its bars and points,
// and a context menu to export it (PNG/SVG/PDF).
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

private:
    void showResult();
    void updateSummary();

    TimelineController *m_controller;
    QLabel *m_summary;
    QPushButton *m_compute;
    QTabWidget *m_tabs;
    QCustomPlot *m_timelineChart;
    QCustomPlot *m_comparisonChart;
    QTableWidget *m_timelineTable;
    QTableWidget *m_comparisonTable;
    QString m_resultText;
};

} // namespace warmshell::ui
