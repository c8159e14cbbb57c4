// SPDX-License-Identifier: GPL-3.0-or-later
#include "riskdialog.h"

#include "catalog.h"
#include "charts/chartstyle.h"
#include "charts/fanchart.h"
#include "export/csv.h"
#include "export/riskexport.h"
#include "fieldlimits.h"
#include "solve/poolwork.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <qcustomplot.h>

namespace warmshell::ui {

namespace {

// Share of samples as the table shows it: "62.5 %".
QString shareText(double share)
{
    return QStringLiteral("%1 %").arg(100 * share, 0, 'f', 1);
}

} // namespace

RiskDialog::RiskDialog(Project project, QWidget *parent) : QDialog(parent), m_project(std::move(project))
{
    setWindowTitle(tr("Risk — delays with odds"));
    setObjectName(QStringLiteral("riskDialog"));
    auto *layout = new QVBoxLayout(this);
    buildInputs();
    buildResults();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = buttons->addButton(tr("Export &CSV…"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportButton->setEnabled(false);
    connect(m_exportButton, &QPushButton::clicked, this, &RiskDialog::chooseExportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(&m_watcher, &QFutureWatcher<RiskResult>::finished, this, [this] { showResult(m_watcher.result()); });
}

RiskDialog::~RiskDialog()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void RiskDialog::buildInputs()
{
    auto *row = new QHBoxLayout;
    auto spin = [&](const QString &label, const char *name, int low, int high, int value) {
        auto *box = new QSpinBox(this);
        box->setObjectName(QLatin1String(name));
        box->setRange(low, high);
        box->setValue(value);
        connect(box, &QSpinBox::valueChanged, this, &RiskDialog::markNotCurrent);
        auto *caption = new QLabel(label, this);
        caption->setBuddy(box);
        row->addWidget(caption);
        row->addWidget(box);
        return box;
    };
    m_samples = spin(tr("&Samples:"), "samplesSpin", 1, limits::maxRiskSamples, 200);
    m_seed = spin(tr("S&eed:"), "seedSpin", 0, std::numeric_limits<int>::max(), 1);
    m_seed->setToolTip(tr("The same seed gives the same answer on any number of threads."));
    m_threads
        = spin(tr("&Threads:"), "threadsSpin", 1, limits::maxRiskThreads, std::max(1, QThread::idealThreadCount()));
    m_runButton = new QPushButton(tr("&Run"), this);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setDefault(true);
    connect(m_runButton, &QPushButton::clicked, this, &RiskDialog::startRun);
    m_cancelButton = new QPushButton(tr("C&ancel Run"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelRunButton"));
    m_cancelButton->setEnabled(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &RiskDialog::cancelRun);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("riskProgress"));
    m_progress->setFormat(tr("%v of %m samples"));
    m_progress->setValue(0);
    row->addSpacing(12);
    row->addWidget(m_runButton);
    row->addWidget(m_cancelButton);
    row->addWidget(m_progress, 1);
    static_cast<QVBoxLayout *>(layout())->addLayout(row);
}

void RiskDialog::buildResults()
{
    m_summary = new QLabel(tr("Set the samples and the seed, then press Run."), this);
    m_summary->setObjectName(QStringLiteral("riskSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setMinimumHeight(2 * m_summary->fontMetrics().lineSpacing() + 4);
    layout()->addWidget(m_summary);
    m_figure = new QComboBox(this);
    m_figure->setObjectName(QStringLiteral("figureCombo"));
    m_figure->addItem(tr("Energized GPUs"), int(charts::RiskFigure::EnergizedGpus));
    m_figure->addItem(tr("Idle GPUs"), int(charts::RiskFigure::IdleGpus));
    m_figure->addItem(tr("Idle depreciation"), int(charts::RiskFigure::IdleDepreciation));
    connect(m_figure, &QComboBox::currentIndexChanged, this, &RiskDialog::drawChart);
    auto *figureRow = new QHBoxLayout;
    figureRow->addWidget(new QLabel(tr("Fan chart of:"), this));
    figureRow->addWidget(m_figure);
    figureRow->addStretch(1);
    static_cast<QVBoxLayout *>(layout())->addLayout(figureRow);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_chart = new QCustomPlot(splitter);
    m_chart->setObjectName(QStringLiteral("fanChart"));
    charts::resetChart(m_chart, QString()); // empty until the results, in the theme's colours
    m_chart->setMinimumSize(420, 260);
    charts::showValueTooltips(m_chart);
    auto *lotsPane = new QWidget(splitter);
    auto *lotsLayout = new QVBoxLayout(lotsPane);
    lotsLayout->setContentsMargins(0, 4, 0, 0);
    lotsLayout->addWidget(
        new QLabel(tr("Probability each lot is fully energized by the start of each period:"), lotsPane));
    m_table = new QTableWidget(0, 0, lotsPane);
    lotsLayout->addWidget(m_table, 1);
    m_table->setObjectName(QStringLiteral("lotProbabilityTable"));
    m_table->setAccessibleName(tr("Chance each lot is fully energized, by period"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("Share of samples in which the lot is fully energized by the period's start"));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 420, 220 });
    static_cast<QVBoxLayout *>(layout())->addWidget(splitter, 1); // the results take the height
}

RiskOptions RiskDialog::options() const
{
    RiskOptions o;
    o.samples = m_samples->value();
    o.seed = std::uint64_t(m_seed->value());
    o.threads = m_threads->value();
    return o;
}

void RiskDialog::startRun()
{
    if (m_watcher.isRunning())
        return;
    m_running = options();
    m_cancel = false;
    m_running.timeline.solve.cancel = &m_cancel;
    // From the run's workers, one call at a time: hand the figures to the GUI thread (dropped
    // if the dialog is gone by then).
    m_running.progress = [this](int done, int total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { showProgress(done, total); }, Qt::QueuedConnection);
    };
    m_runButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_progress->setRange(0, m_running.samples);
    m_progress->setValue(0);
    m_summary->setText(tr("Running…"));
    m_watcher.setFuture(QtConcurrent::run([project = m_project, o = m_running] {
        return solveOnPoolThread([&] { return computeRisk(project, Catalog::builtIn(), o); });
    }));
}

void RiskDialog::cancelRun()
{
    m_cancel = true;
    m_cancelButton->setEnabled(false);
    m_summary->setText(tr("Cancelling…"));
}

void RiskDialog::showProgress(int done, int total)
{
    if (m_watcher.isRunning() && done > m_progress->value() && total == m_progress->maximum())
        m_progress->setValue(done);
}

void RiskDialog::showResult(const RiskResult &result)
{
    m_result = result;
    m_runButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    m_exportButton->setEnabled(result.problems.isEmpty());
    if (result.problems.isEmpty())
        m_progress->setValue(m_progress->maximum());
    m_summary->setText(summaryText());
    drawChart();
    fillTable();
    const RiskOptions now = options();
    if (result.problems.isEmpty()
        && (now.samples != m_running.samples || now.seed != m_running.seed || now.threads != m_running.threads))
        markNotCurrent(); // an input changed while it ran
    emit finished();
}

QString RiskDialog::summaryText() const
{
    const RiskResult &r = m_result;
    if (!r.problems.isEmpty())
        return tr("No result: %1").arg(r.problems.join(QStringLiteral("; ")));
    QString text = tr("%1 samples of %2 periods, seed %3, %4 thread(s), %5 s; %6 uncertain dates; "
                      "%7 of %8 period plans reused.")
                       .arg(r.samples.size())
                       .arg(r.periods.size())
                       .arg(r.seed)
                       .arg(r.threads)
                       .arg(r.seconds, 0, 'f', 1)
                       .arg(r.uncertainDates.size())
                       .arg(r.cacheHits)
                       .arg(r.periodProblems);
    if (r.samplesTimedOut > 0)
        text += QLatin1Char('\n')
            + tr("%1 samples had a period solve stopped at its time limit: figures may differ run to run.")
                  .arg(r.samplesTimedOut);
    return text;
}

void RiskDialog::drawChart()
{
    charts::drawRiskFan(m_chart, m_result, charts::RiskFigure(m_figure->currentData().toInt()));
}

void RiskDialog::fillTable()
{
    const RiskResult &r = m_result;
    m_table->clear();
    m_table->setRowCount(int(r.lots.size()));
    m_table->setColumnCount(int(r.periods.size()));
    QStringList columns, rows;
    for (const RiskPeriod &p : r.periods)
        columns << charts::periodStartLabel(p.start, r.period);
    for (const RiskLot &lot : r.lots)
        rows << tr("%1 — %n system(s)", nullptr, lot.count).arg(lot.name);
    m_table->setHorizontalHeaderLabels(columns);
    m_table->setVerticalHeaderLabels(rows);
    for (int l = 0; l < m_table->rowCount(); ++l)
        for (int k = 0; k < m_table->columnCount(); ++k) {
            auto *item = new QTableWidgetItem(shareText(r.lots[size_t(l)].fullyEnergizedBy[size_t(k)]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(l, k, item);
        }
}

bool RiskDialog::exportCsv(const QString &path, QString *error) const
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_result.problems.isEmpty() || m_result.periods.empty())
        return fail(tr("there is no completed run to export"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    file.write(tableToCsv(riskTable(m_result)).toUtf8());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

void RiskDialog::chooseExportFile()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export Risk as CSV"), QStringLiteral("risk.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (QString error; !exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export CSV"), tr("Could not write %1: %2").arg(path, error));
}

void RiskDialog::markNotCurrent()
{
    if (!m_result.periods.empty() && !m_summary->text().startsWith(tr("Not current")))
        m_summary->setText(tr("Not current (an input changed; press Run): ") + m_summary->text());
}

} // namespace warmshell::ui
