// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariocomparedialog.h"

#include "catalog.h"
#include "charts/chartstyle.h"
#include "charts/scenariocomparechart.h"
#include "charts/timelinechart.h"
#include "export/scenarioexport.h"
#include "format.h"
#include "outputfile.h"
#include "solve/poolwork.h"
#include "solve/timelinecontroller.h"
#include "theme.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <qcustomplot.h>

namespace warmshell::ui {

namespace {

// Seconds the whole comparison may take, shared among its timelines (compareScenarios).
constexpr double kTotalSeconds = 120;

QTableWidgetItem *cell(const QString &text, bool number)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ScenarioCompareDialog::ScenarioCompareDialog(Project project, const QStringList &checked, QWidget *parent)
    : QDialog(parent), m_project(std::move(project)), m_period(m_project.site.period)
{
    setObjectName(QStringLiteral("scenarioCompareDialog"));
    setWindowTitle(tr("Scenarios Side by Side"));
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    layout->addLayout(left);
    m_choices = new QListWidget(this);
    m_choices->setObjectName(QStringLiteral("compareChoices"));
    m_choices->setAccessibleName(tr("Scenarios to compare"));
    m_choices->setMaximumWidth(220);
    for (const Scenario &s : m_project.scenarios) {
        auto *item = new QListWidgetItem(s.name, m_choices);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(s.name) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(s.description);
    }
    left->addWidget(new QLabel(tr("Compare the base with:"), this));
    left->addWidget(m_choices, 1);
    m_compare = new QPushButton(tr("Compare"), this);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_export->setEnabled(false);
    left->addWidget(m_compare);
    left->addWidget(m_export);
    buildResults();
    connect(m_choices, &QListWidget::itemChanged, this, &ScenarioCompareDialog::choicesChanged);
    connect(m_compare, &QPushButton::clicked, this, &ScenarioCompareDialog::startCompare);
    connect(m_export, &QPushButton::clicked, this, &ScenarioCompareDialog::askAndExportCsv);
    connect(&m_watcher, &QFutureWatcher<ScenarioComparison>::finished, this, &ScenarioCompareDialog::finished);
    choicesChanged();
    resize(1100, 640);
}

ScenarioCompareDialog::~ScenarioCompareDialog()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void ScenarioCompareDialog::buildResults()
{
    auto *right = new QVBoxLayout;
    static_cast<QHBoxLayout *>(layout())->addLayout(right, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_status->setWordWrap(true);
    right->addWidget(m_status);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_chart = new QCustomPlot(splitter);
    m_chart->setObjectName(QStringLiteral("compareChart"));
    charts::resetChart(m_chart, QString()); // empty until the results, in the theme's colours
    m_chart->setMinimumHeight(220);
    charts::showValueTooltips(m_chart);
    m_table = new QTableWidget(0, 8, splitter);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setAccessibleName(tr("Scenarios side by side"));
    m_table->setHorizontalHeaderLabels({ tr("Scenario"), tr("Period"), tr("Generation"), tr("GPUs on"), tr("Idle GPUs"),
        tr("Idle depreciation"), tr("Facility MW used"), tr("Utility MW available") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    right->addWidget(splitter, 1);
}

QStringList ScenarioCompareDialog::checkedScenarios() const
{
    QStringList out;
    for (int i = 0; i < m_choices->count(); ++i)
        if (m_choices->item(i)->checkState() == Qt::Checked)
            out << m_choices->item(i)->text();
    return out;
}

void ScenarioCompareDialog::choicesChanged()
{
    QString error;
    selectScenarios(m_project, checkedScenarios(), error);
    m_compare->setEnabled(error.isEmpty() && !m_watcher.isRunning());
    if (!error.isEmpty())
        m_status->setText(theme::coloured(theme::Role::ErrorText, error.toHtmlEscaped()));
    else if (!m_shown.variants.empty() && checkedScenarios() == m_comparedNames)
        m_status->setText(m_shownText);
    else if (!m_shown.variants.empty())
        m_status->setText(theme::coloured(
            theme::Role::WarningText, tr("Not current: the ticks changed since this comparison. Press Compare.")));
    else
        m_status->setText(tr("Press Compare to run the timelines of the base and the ticked scenarios."));
}

void ScenarioCompareDialog::startCompare()
{
    QString error;
    const std::vector<int> indices = selectScenarios(m_project, checkedScenarios(), error);
    if (!error.isEmpty() || m_watcher.isRunning())
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    TimelineOptions options = TimelineController::timelineOptions(SolveOptions());
    options.totalTimeLimitSeconds = kTotalSeconds;
    options.solve.cancel = m_cancel.get();
    m_comparedNames = checkedScenarios();
    m_compare->setEnabled(false);
    m_status->setText(theme::coloured(theme::Role::WarningText, tr("Comparing %1 timelines…").arg(indices.size() + 1)));
    m_watcher.setFuture(QtConcurrent::run([project = m_project, indices, options, cancel = m_cancel] {
        return solveOnPoolThread([&] { return compareScenarios(project, Catalog::builtIn(), options, indices); });
    }));
}

void ScenarioCompareDialog::finished()
{
    const ScenarioComparison c = m_watcher.result();
    m_shown = sideBySide(c);
    fillTable();
    charts::buildScenarioCompareChart(m_chart, m_shown, m_period);
    m_export->setEnabled(true);
    QStringList problems;
    for (const SideBySideVariant &v : m_shown.variants)
        for (const QString &p : v.problems)
            problems << QStringLiteral("%1: %2").arg(v.name, p);
    m_shownText = problems.isEmpty()
        ? tr("%1 scenario(s) against the base. Money in %2; facility MW at the meter.")
              .arg(m_shown.variants.size() - 1)
              .arg(m_shown.currency)
        : theme::coloured(theme::Role::ErrorText, problems.join(QStringLiteral("<br>")).toHtmlEscaped());
    m_status->setText(m_shownText);
    m_compare->setEnabled(true);
    emit compared();
}

void ScenarioCompareDialog::fillTable()
{
    m_table->setRowCount(0);
    for (const SideBySideVariant &v : m_shown.variants)
        for (const SideBySidePeriod &p : v.periods)
            for (const SideBySideGeneration &g : p.generations) {
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                const QStringList texts{ v.name, charts::periodLabel(p.start, m_period), g.generation,
                    QLocale().toString(g.energizedGpus), QLocale().toString(g.idleGpus),
                    format::money(g.idleDepreciation, m_shown.currency), QLocale().toString(p.facilityMwUsed, 'f', 3),
                    QLocale().toString(p.utilityMwAvailable, 'f', 3) };
                for (int c = 0; c < texts.size(); ++c)
                    m_table->setItem(row, c, cell(texts[c], c >= 3));
            }
}

QString ScenarioCompareDialog::csv() const
{
    return tableToCsv(scenarioSideBySideTable(m_shown));
}

QString ScenarioCompareDialog::exportCsv(const QString &path) const
{
    return writeOutputFile(path, csv().toUtf8());
}

void ScenarioCompareDialog::askAndExportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export CSV"), QStringLiteral("scenarios-side-by-side.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportCsv(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Cannot export CSV"), error);
}

} // namespace warmshell::ui
