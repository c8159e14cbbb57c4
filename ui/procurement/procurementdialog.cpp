// SPDX-License-Identifier: GPL-3.0-or-later
#include "procurementdialog.h"

#include "catalog.h"
#include "charts/chartstyle.h"
#include "solve/poolwork.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <qcustomplot.h>

#include <cmath>

namespace warmshell::ui {

namespace {

constexpr double kDialogTimeLimitSeconds = 20;

QString quarterLabel(const QDate &d)
{
    return QStringLiteral("%1 Q%2").arg(d.year()).arg((d.month() - 1) / 3 + 1);
}

QString usd(double v)
{
    return QLocale(QLocale::English).toString(v, 'f', 0);
}

// The models a planner may order: the project's own and the catalog's, each with a price.
std::vector<const SystemModel *> orderableModels(const Project &project)
{
    std::vector<const SystemModel *> out;
    for (const SystemModel &m : project.customModels)
        if (m.price.value() > 0)
            out.push_back(&m);
    for (const SystemModel &m : Catalog::builtIn().models())
        if (m.price.value() > 0 && !project.model(m.id, Catalog()))
            out.push_back(&m);
    return out;
}

// Whether `a` and `b` ask the same question (what the dialog's widgets set).
bool sameQuestion(const ProcurementInput &a, const ProcurementInput &b)
{
    auto models = [](const ProcurementInput &in) {
        QStringList ids;
        for (const ProcurementCandidate &c : in.candidates)
            ids << c.model.toString() + QString::number(c.leadQuarters);
        return ids;
    };
    return a.horizonQuarters == b.horizonQuarters && a.totalBudget == b.totalBudget && a.discountRate == b.discountRate
        && models(a) == models(b);
}

} // namespace

ProcurementDialog::ProcurementDialog(Project project, QWidget *parent) : QDialog(parent), m_project(std::move(project))
{
    setWindowTitle(tr("Procurement — what to buy when"));
    setObjectName(QStringLiteral("procurementDialog"));
    auto *layout = new QVBoxLayout(this);
    buildInputs();
    buildResults();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(&m_watcher, &QFutureWatcher<ProcurementPlan>::finished, this,
        [this] { showPlan(m_watcher.result(), m_running); });
}

ProcurementDialog::~ProcurementDialog()
{
    m_watcher.waitForFinished();
}

void ProcurementDialog::buildInputs()
{
    auto *form = new QFormLayout;
    m_candidates = new QListWidget(this);
    m_candidates->setObjectName(QStringLiteral("candidateList"));
    m_candidates->setAccessibleName(tr("Candidate models"));
    for (const SystemModel *m : orderableModels(m_project)) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2, %3 USD)").arg(m->name, m->generation, usd(m->price.value())), m_candidates);
        item->setData(Qt::UserRole, m->id.toString());
        const bool chosen
            = QStringList{ QStringLiteral("B300"), QStringLiteral("GB300"), QStringLiteral("MI355X") }.contains(
                m->generation);
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }
    m_candidates->setMaximumHeight(130);
    form->addRow(tr("Candidates:"), m_candidates);
    auto spin = [&](const char *name, double low, double high, double value, const QString &suffix) {
        auto *box = new QDoubleSpinBox(this);
        box->setObjectName(QLatin1String(name));
        box->setRange(low, high);
        box->setValue(value);
        box->setSuffix(suffix);
        return box;
    };
    m_budget = spin("budgetSpin", 0, 1e6, 100, tr(" million USD over the horizon"));
    form->addRow(tr("Budget:"), m_budget);
    m_horizon = new QSpinBox(this);
    m_horizon->setObjectName(QStringLiteral("horizonSpin"));
    m_horizon->setRange(1, kMaxProcurementQuarters);
    m_horizon->setValue(12);
    m_horizon->setSuffix(tr(" quarters"));
    form->addRow(tr("Horizon:"), m_horizon);
    m_lead = new QSpinBox(this);
    m_lead->setObjectName(QStringLiteral("leadSpin"));
    m_lead->setRange(0, 24);
    m_lead->setValue(2);
    m_lead->setSuffix(tr(" quarters from order to delivery"));
    form->addRow(tr("Lead time:"), m_lead);
    m_discount = spin("discountSpin", 0, 100, 8, tr(" % a year"));
    form->addRow(tr("Discount rate:"), m_discount);
    m_planButton = new QPushButton(tr("&Plan"), this);
    m_planButton->setObjectName(QStringLiteral("planButton"));
    m_planButton->setDefault(true); // Enter in an input plans
    connect(m_planButton, &QPushButton::clicked, this, &ProcurementDialog::startPlan);
    form->addRow(QString(), m_planButton);
    static_cast<QVBoxLayout *>(layout())->addLayout(form);
    for (QDoubleSpinBox *box : { m_budget, m_discount })
        connect(box, &QDoubleSpinBox::valueChanged, this, &ProcurementDialog::markNotCurrent);
    for (QSpinBox *box : { m_horizon, m_lead })
        connect(box, &QSpinBox::valueChanged, this, &ProcurementDialog::markNotCurrent);
    connect(m_candidates, &QListWidget::itemChanged, this, &ProcurementDialog::markNotCurrent);
}

void ProcurementDialog::buildResults()
{
    m_summary = new QLabel(tr("Choose the candidates and the budget, then press Plan."), this);
    m_summary->setObjectName(QStringLiteral("procurementSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setMinimumHeight(4 * m_summary->fontMetrics().lineSpacing() + 4); // summaryText's four lines
    layout()->addWidget(m_summary);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableWidget(0, 5, splitter);
    m_table->setObjectName(QStringLiteral("orderTable"));
    m_table->setAccessibleName(tr("Order schedule"));
    m_table->setHorizontalHeaderLabels({ tr("Model"), tr("Order"), tr("Delivered"), tr("Systems"), tr("Cost USD") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chart = new QCustomPlot(splitter);
    m_chart->setObjectName(QStringLiteral("ganttChart"));
    charts::resetChart(m_chart, QString()); // empty until the results, in the theme's colours
    m_chart->setMinimumSize(420, 220);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 480, 860 });
    static_cast<QVBoxLayout *>(layout())->addWidget(splitter, 1); // the results take the height
}

ProcurementInput ProcurementDialog::input() const
{
    ProcurementInput in;
    in.horizonQuarters = m_horizon->value();
    in.totalBudget = m_budget->value() * 1e6;
    in.discountRate = m_discount->value() / 100.0;
    in.timeLimitSeconds = kDialogTimeLimitSeconds;
    for (int i = 0; i < m_candidates->count(); ++i) {
        const QListWidgetItem *item = m_candidates->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        ProcurementCandidate c;
        c.model = SystemModelId(item->data(Qt::UserRole).toString());
        c.unitPrice = m_project.model(c.model, Catalog::builtIn())->price.value();
        c.leadQuarters = m_lead->value();
        in.candidates.push_back(c);
    }
    return in;
}

void ProcurementDialog::startPlan()
{
    if (m_watcher.isRunning())
        return;
    m_running = input();
    m_planButton->setEnabled(false);
    m_summary->setText(tr("Planning…"));
    m_watcher.setFuture(QtConcurrent::run([project = m_project, in = m_running] {
        return solveOnPoolThread([&] { return planProcurement(project, Catalog::builtIn(), in); });
    }));
}

void ProcurementDialog::showPlan(const ProcurementPlan &plan, const ProcurementInput &input)
{
    m_plan = plan;
    m_planButton->setEnabled(true);
    if (!plan.problems.empty()) {
        QStringList lines;
        for (const Problem &p : plan.problems)
            lines << p.toString();
        m_summary->setText(tr("No plan: %1").arg(lines.join(QStringLiteral("; "))));
        m_table->setRowCount(0);
        charts::resetChart(m_chart, QString());
        m_chart->replot();
        emit planned();
        return;
    }
    m_summary->setText(summaryText(plan));
    fillTable(plan);
    drawGantt(plan, input);
    if (!sameQuestion(input, this->input())) // an input changed while it ran
        markNotCurrent();
    emit planned();
}

QString ProcurementDialog::summaryText(const ProcurementPlan &p) const
{
    QStringList lost;
    for (const ProcurementVerdict &v : p.verdicts)
        if (!v.binding.isEmpty())
            lost << tr("%1: %2").arg(v.model.toString(), v.binding);
    // One sentence a line: a label's word wrap does not grow it inside the dialog's layout.
    return tr("Plan: %1 PFLOPS-years (discounted over the horizon), %2 within %3 % of the best possible.\n"
              "Compared: buying the most efficient model now gives %4 PFLOPS-years; the file's orders only, %5.\n"
              "Idle depreciation %6 USD: %7 USD less than buying the most efficient model now.\n"
              "No order: %8.")
        .arg(p.plan.computeYears, 0, 'f', 1)
        .arg(p.optimal ? tr("proven") : tr("NOT proven"))
        .arg(100 * p.gap, 0, 'f', 2)
        .arg(p.mostEfficientNow.computeYears, 0, 'f', 1)
        .arg(p.fileOrdersOnly.computeYears, 0, 'f', 1)
        .arg(usd(p.plan.idleDepreciation))
        .arg(usd(p.mostEfficientNow.idleDepreciation - p.plan.idleDepreciation))
        .arg(lost.isEmpty() ? tr("none") : lost.join(QStringLiteral(", ")));
}

void ProcurementDialog::fillTable(const ProcurementPlan &plan)
{
    m_table->setRowCount(int(plan.plan.orders.size()));
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const ProcurementOrder &o = plan.plan.orders[size_t(r)];
        const QStringList cells{ o.model.toString(), quarterLabel(o.placed), o.delivered.toString(Qt::ISODate),
            QString::number(o.count), usd(o.cost) };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
}

// One row per order: transparent up to the quarter it is placed, "on order" until delivered,
// "in service" from delivery to the end of the horizon (three stacked horizontal bars).
void ProcurementDialog::drawGantt(const ProcurementPlan &plan, const ProcurementInput &input)
{
    charts::resetChart(m_chart, tr("Order schedule"));
    const auto &orders = plan.plan.orders;
    auto series = [&](const QString &name, const QColor &colour, QCPBars *below) {
        auto *bars = new QCPBars(m_chart->yAxis, m_chart->xAxis);
        bars->setObjectName(name);
        bars->setName(name);
        bars->setBrush(colour);
        bars->setPen(colour == Qt::transparent ? QPen(Qt::NoPen) : QPen(charts::seriesOutline(colour)));
        bars->setWidth(0.6);
        if (below)
            bars->moveAbove(below);
        return bars;
    };
    QCPBars *before = series(QStringLiteral("before"), Qt::transparent, nullptr);
    before->removeFromLegend();
    QCPBars *onOrder = series(tr("on order"), charts::idleColor(), before);
    QCPBars *inService = series(tr("in service"), charts::energizedColor(), onOrder);
    QStringList labels;
    for (size_t i = 0; i < orders.size(); ++i) {
        const ProcurementOrder &o = orders[i];
        const int lead = int(std::lround(o.placed.daysTo(o.delivered) / 91.3));
        before->addData(double(i + 1), o.quarter);
        onOrder->addData(double(i + 1), lead);
        inService->addData(double(i + 1), input.horizonQuarters - o.quarter - lead);
        labels << tr("%1 × %2").arg(o.count).arg(o.model.toString());
    }
    charts::showLegendAbove(m_chart);
    charts::setCategoryTicks(m_chart->yAxis, labels);
    m_chart->yAxis->setRange(0.4, double(orders.size()) + 0.6);
    // Quarter labels at the quarters' starts, every other one when the horizon is long.
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const QDate start = m_project.site.planStart;
    for (int q = 0; q <= input.horizonQuarters; q += input.horizonQuarters > 12 ? 2 : 1)
        ticker->addTick(q, quarterLabel(start.addMonths(3 * q)));
    m_chart->xAxis->setTicker(ticker);
    m_chart->xAxis->setRange(0, input.horizonQuarters);
    charts::setAxisTitle(
        m_chart->xAxis, tr("Quarter (bars start at the order, delivery ends the red part)"), tr("Quarter"));
    m_chart->replot();
}

void ProcurementDialog::markNotCurrent()
{
    if (m_plan.plan.solved && !m_summary->text().startsWith(tr("Not current")))
        m_summary->setText(tr("Not current (an input changed; press Plan): ") + m_summary->text());
}

} // namespace warmshell::ui
