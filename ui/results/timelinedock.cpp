// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinedock.h"
#include "theme.h"

#include "charts/chartexport.h"
#include "charts/chartstyle.h"
#include "charts/charttable.h"
#include "charts/comparisonchart.h"
#include "charts/timelinechart.h"
#include "format.h"
#include "solve/timelinecontroller.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <tuple>

#include <qcustomplot.h>

namespace warmshell::ui {

namespace {
constexpr int kChartMinimumHeight = 380; // pixels
}

TimelineDock::TimelineDock(TimelineController *controller, QWidget *parent)
    : QDockWidget(tr("Timeline and Comparison"), parent), m_controller(controller), m_summary(new QLabel(this)),
      m_compute(new QPushButton(tr("&Compute"), this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_progress(new QProgressBar(this)), m_tabs(new QTabWidget(this)), m_timelineChart(new QCustomPlot(this)),
      m_comparisonChart(new QCustomPlot(this)), m_timelineTable(new QTableWidget(this)),
      m_comparisonTable(new QTableWidget(this))
{
    setObjectName(QStringLiteral("timelineDock"));
    m_summary->setObjectName(QStringLiteral("timelineSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_compute->setObjectName(QStringLiteral("timelineComputeButton"));
    m_compute->setToolTip(tr("Solve the project period by period and each GPU generation alone on the site "
                             "(one solve per period and per model, on a worker thread)"));
    m_cancel->setObjectName(QStringLiteral("timelineCancelButton"));
    m_cancel->setToolTip(tr("Stop the timeline and comparison; the charts keep the last result"));
    m_progress->setObjectName(QStringLiteral("timelineProgress"));
    m_progress->setMaximumWidth(160);
    m_timelineChart->setObjectName(QStringLiteral("timelineChart"));
    m_comparisonChart->setObjectName(QStringLiteral("comparisonChart"));
    m_timelineTable->setObjectName(QStringLiteral("timelineTable"));
    m_comparisonTable->setObjectName(QStringLiteral("comparisonTable"));
    m_timelineTable->setAccessibleName(tr("Timeline by period"));
    m_comparisonTable->setAccessibleName(tr("Generations compared"));
    for (QTableWidget *table : { m_timelineTable, m_comparisonTable }) {
        table->verticalHeader()->setVisible(false);
        table->setAlternatingRowColors(true);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }
    // Each chart keeps the height its two panels need to be read (titles, legend, tick labels
    // and both panels' axis titles), beside its table of values, and scrolls in a dock shorter
    // than that.
    for (auto [plot, table, name] : { std::tuple{ m_timelineChart, m_timelineTable, tr("Timeline") },
             std::tuple{ m_comparisonChart, m_comparisonTable, tr("Generation comparison") } }) {
        auto *scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(charts::besideTable(plot, table, scroll));
        m_tabs->addTab(scroll, name);
    }
    charts::addExportMenu(m_timelineChart, this, QStringLiteral("timeline"));
    charts::addExportMenu(m_comparisonChart, this, QStringLiteral("comparison"));
    for (QCustomPlot *plot : { m_timelineChart, m_comparisonChart }) {
        plot->setMinimumSize(240, kChartMinimumHeight); // width: the window must fit a 1366 × 768 screen
        charts::showValueTooltips(plot);
    }

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    top->addWidget(m_compute);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    setWidget(content);

    charts::buildTimelineChart(m_timelineChart, {});
    charts::buildComparisonChart(m_comparisonChart, {});
    m_resultText = tr("Not computed yet: press Compute (Plan ▸ Timeline and Comparison).");

    connect(m_compute, &QPushButton::clicked, m_controller, &TimelineController::compute);
    connect(m_controller, &TimelineController::resultReady, this, &TimelineDock::showResult);
    connect(m_controller, &TimelineController::busyChanged, this, &TimelineDock::updateSummary);
    connect(m_controller, &TimelineController::staleChanged, this, &TimelineDock::updateSummary);
    connect(m_cancel, &QPushButton::clicked, m_controller, &TimelineController::cancel);
    connect(m_controller, &TimelineController::progressChanged, this, &TimelineDock::updateProgress);
    updateSummary();
}

void TimelineDock::showResult()
{
    const TimelineController::Result *r = m_controller->result();
    if (!r)
        return;
    charts::buildTimelineChart(m_timelineChart, r->timeline);
    charts::buildComparisonChart(m_comparisonChart, r->comparison);
    charts::showChartValues(m_timelineTable, m_timelineChart);
    charts::showChartValues(m_comparisonTable, m_comparisonChart);
    const Timeline &t = r->timeline;
    if (!t.problems.isEmpty()) {
        m_resultText = tr("<b>No timeline</b>: %1").arg(t.problems.join(QStringLiteral("; ")).toHtmlEscaped());
    } else {
        const QString currency = t.currency.isEmpty() ? QStringLiteral("USD") : t.currency;
        m_resultText = tr("%1 %2 from %3 · idle depreciation over the horizon <b>%4</b> · worst gap %5 % · %6 s")
                           .arg(t.periods.size())
                           .arg(t.period == PlanningPeriod::Quarter ? tr("quarters") : tr("months"))
                           .arg(t.boundaries.empty() ? QString() : format::date(t.boundaries.front()))
                           .arg(format::money(t.totalIdleDepreciation, currency))
                           .arg(QLocale().toString(t.worstGap * 100.0, 'f', 2))
                           .arg(QLocale().toString(t.seconds, 'f', 1));
    }
    if (!r->comparison.problems.isEmpty())
        m_resultText += tr(" · comparison: %1").arg(r->comparison.problems.join(QStringLiteral("; ")).toHtmlEscaped());
    else if (r->comparison.pueBasis == QLatin1String("assumed"))
        m_resultText += tr(" · comparison per facility MW at an <b>assumed PUE of %1</b> (the site states no losses, "
                           "cooling draw or house load; [%2] %3)")
                            .arg(QLocale().toString(r->comparison.assumedPue, 'g', 3),
                                r->comparison.pueSource.confidence, r->comparison.pueSource.source.toHtmlEscaped());
    else if (!r->comparison.rows.empty())
        m_resultText += tr(" · comparison per facility MW, PUE computed for each generation from its plan");
    updateSummary();
}

void TimelineDock::updateSummary()
{
    QString text = m_resultText;
    if (m_controller->isBusy())
        text += QStringLiteral(" · ") + theme::coloured(theme::Role::WarningText, tr("<b>computing…</b>"));
    else if (m_controller->wasCancelled())
        text += QStringLiteral(" · ") + theme::coloured(theme::Role::WarningText, tr("<b>cancelled</b>"))
            + tr(": the charts show the last result; Compute again");
    else if (m_controller->result() && m_controller->isStale())
        text += QStringLiteral(" · ") + theme::coloured(theme::Role::WarningText, tr("<b>stale</b>"))
            + tr(": the project changed; Compute again");
    m_summary->setText(text);
    m_compute->setEnabled(!m_controller->isBusy());
    m_cancel->setVisible(m_controller->isBusy());
    m_progress->setVisible(m_controller->isBusy());
    updateProgress();
}

void TimelineDock::updateProgress()
{
    const int total = m_controller->progressTotal();
    const bool timeline = m_controller->progressPart() == TimelineController::Part::Timeline;
    m_progress->setRange(0, total); // 0 of 0 (no solve returned yet): a busy indicator
    m_progress->setValue(m_controller->progressDone());
    //: %v: solves done, %m: solves of that part
    m_progress->setFormat(timeline ? tr("Timeline %v/%m") : tr("Comparison %v/%m"));
    m_progress->setToolTip(timeline ? tr("Periods of the timeline solved") : tr("GPU generations compared"));
}

} // namespace warmshell::ui
