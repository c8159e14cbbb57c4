// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsdock.h"
#include "theme.h"

#include "charts/chartexport.h"
#include "charts/chartstyle.h"
#include "charts/charttable.h"
#include "charts/energizedidlechart.h"
#include "charts/nodeutilisationchart.h"
#include "enumkeys.h"
#include "format.h"
#include "plan/capacitynames.h"
#include "plan/planorder.h"
#include "resultssummary.h"

#include <QEvent>
#include <QFileDialog>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace warmshell::ui {

namespace {

QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

// A right-aligned number shown as `text`, its value in ValueRole.
QTableWidgetItem *numberItem(const QString &text, const QVariant &value)
{
    QTableWidgetItem *item = textItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(ResultsDock::ValueRole, value);
    return item;
}

// An object of the plan by the name the planner gave it, its id in the tooltip.
QTableWidgetItem *objectItem(const QString &name, const QString &id)
{
    QTableWidgetItem *item = textItem(name.isEmpty() ? id : name);
    item->setToolTip(ResultsDock::tr("Id: %1").arg(id));
    return item;
}

QTableWidgetItem *intItem(int value)
{
    return numberItem(QLocale().toString(value), value);
}

// A read-only results table; `name` is what a screen reader speaks for it.
QTableWidget *makeTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setAccessibleName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QListWidget *makeList(const QString &name, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setAccessibleName(name);
    list->setWordWrap(true);
    list->setAlternatingRowColors(true);
    return list;
}

QString objectiveUnit(Objective objective, const QString &currency)
{
    switch (objective) {
    case Objective::Compute:
        return QStringLiteral("PFLOPS");
    case Objective::Gpus:
        return ResultsDock::tr("GPUs");
    case Objective::IdleCost:
        return ResultsDock::tr("%1/month").arg(currency);
    }
    return {};
}

// "STATUS · value unit (bound, gap) · method in seconds · certified within 0.1 % (default gap)",
// and whether the solve was cut short.
QString headlineOf(const CapacityPlan &plan, const QString &currency)
{
    const QString unit = objectiveUnit(plan.objective, currency);
    const QString status = keyOf(plan.status);
    QString text = ResultsDock::tr("<b>%1</b> on %8 · %2 %3 (bound %4, gap %5 %) · %6 in %7 s")
                       .arg(status.toUpper(), QLocale().toString(plan.objectiveValue, 'f', 2), unit,
                           QLocale().toString(plan.bound, 'f', 2), QLocale().toString(plan.gap * 100.0, 'f', 2),
                           plan.method, QLocale().toString(plan.seconds, 'f', 2), format::date(plan.date));
    if (const QString certified = certificationText(plan); !certified.isEmpty())
        text += QStringLiteral(" · ") + certified.toHtmlEscaped();
    if (plan.cancelled)
        text += ResultsDock::tr(" · <b>cancelled</b>: best plan so far");
    else if (plan.timedOut)
        text += ResultsDock::tr(" · <b>time limit</b>: best plan so far");
    return text;
}

} // namespace

ResultsDock::ResultsDock(QWidget *parent)
    : QDockWidget(tr("Results"), parent), m_summary(new ResultsSummary(this)), m_headline(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_generations(makeTable(tr("Generations"),
          { tr("Generation"), tr("Energized GPUs"), tr("Idle GPUs"), tr("Energized systems"), tr("Idle systems"),
              tr("Energized kW"), tr("Idle depreciation / month") },
          this)),
      m_tenants(makeTable(tr("Tenants"),
          { tr("Tenant"), tr("Priority"), tr("Energized GPUs"), tr("Idle GPUs"), tr("Energized kW"),
              tr("Idle depreciation / month"), tr("Quota at its limit") },
          this)),
      m_binding(makeList(tr("Binding constraints"), this)),
      m_marginal(makeTable(tr("Marginal value"),
          { tr("Node"), tr("Dual (objective / MW)"), tr("+1 MW: objective"), tr("+1 MW: GPUs"), tr("By generation"),
              tr("In words") },
          this)),
      m_stranded(makeTable(tr("Stranded capacity"), { tr("Object"), tr("Kind"), tr("Stranded kW"), tr("Why") }, this)),
      m_explanations(makeList(tr("Explanations"), this)), m_chartTabs(new QTabWidget(this)),
      m_energizedIdleChart(new QCustomPlot(this)), m_powerChart(new QCustomPlot(this)),
      m_utilisation(
          makeTable(tr("Power node utilisation"), { tr("Node"), tr("Load kW"), tr("Usable kW"), tr("Use %") }, this))
{
    setObjectName(QStringLiteral("resultsDock"));
    m_headline->setObjectName(QStringLiteral("resultsHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setContentsMargins(6, 4, 6, 4);

    m_tabs->addTab(m_generations, tr("Generations"));
    m_tenants->setObjectName(QStringLiteral("tenantResultsTable"));
    m_tabs->addTab(m_tenants, tr("Tenants"));
    m_tabs->setTabVisible(m_tabs->indexOf(m_tenants), false);
    m_tabs->addTab(m_binding, tr("Binding"));
    m_tabs->addTab(m_marginal, tr("Marginal value"));
    m_tabs->addTab(m_stranded, tr("Stranded"));
    m_tabs->addTab(m_explanations, tr("Explanations"));

    m_energizedIdleChart->setObjectName(QStringLiteral("energizedIdleChart"));
    m_powerChart->setObjectName(QStringLiteral("powerUtilisationChart"));
    m_chartTabs->addTab(m_energizedIdleChart, tr("Energized vs idle"));
    // The values beside the chart: a chart shows the shape, the table the numbers.
    m_utilisation->setObjectName(QStringLiteral("utilisationTable"));
    m_chartTabs->addTab(charts::besideTable(m_powerChart, m_utilisation, this), tr("Power node utilisation"));
    addChartExportMenu(m_energizedIdleChart, QStringLiteral("energized-idle"));
    addChartExportMenu(m_powerChart, QStringLiteral("node-utilisation"));
    for (QCustomPlot *plot : { m_energizedIdleChart, m_powerChart }) {
        plot->setMinimumHeight(80); // with the summary above, the window must fit a 1280 × 720 screen
        charts::showValueTooltips(plot);
    }

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_chartTabs);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    // The tab bars scroll: a narrow dock must not widen the window.
    m_tabs->setMinimumWidth(240);
    m_chartTabs->setMinimumWidth(240);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_summary);
    layout->addWidget(m_headline);
    layout->addWidget(m_splitter, 1);
    setWidget(content);

    m_headlineText = tr("No plan yet.");
    updateHeadline();
    charts::buildEnergizedIdleChart(m_energizedIdleChart, {});
    charts::buildNodeUtilisationChart(m_powerChart, {}, tr("Power node utilisation"));
}

void ResultsDock::setPlan(const CapacityPlan &plan, const QString &currency)
{
    m_hasPlan = true;
    showGenerations(plan, currency);
    showTenants(plan, currency);
    showBinding(plan);
    showMarginalValues(plan);
    showStranded(plan);
    m_explanations->clear();
    m_explanations->addItems(plan.explanations);
    charts::buildEnergizedIdleChart(m_energizedIdleChart, plan.generations);
    charts::buildNodeUtilisationChart(
        m_powerChart, plan.powerNodes, tr("Power node utilisation at %1").arg(format::date(plan.date)));
    showUtilisation(plan);
    m_summary->setPlan(plan, currency);
    m_summary->setCurrency(m_stale, m_notCurrentReason);
    m_headlineText = headlineOf(plan, currency);
    updateHeadline();
}

void ResultsDock::clearPlan()
{
    m_hasPlan = false;
    for (QTableWidget *table : { m_generations, m_tenants, m_marginal, m_stranded, m_utilisation })
        table->setRowCount(0);
    m_tabs->setTabVisible(m_tabs->indexOf(m_tenants), false);
    m_binding->clear();
    m_explanations->clear();
    charts::buildEnergizedIdleChart(m_energizedIdleChart, {});
    charts::buildNodeUtilisationChart(m_powerChart, {}, tr("Power node utilisation"));
    m_summary->clearPlan();
    m_headlineText = tr("No plan yet.");
    updateHeadline();
}

// Per generation, then the total in bold.
void ResultsDock::showGenerations(const CapacityPlan &plan, const QString &currency)
{
    // A failed or infeasible solve placed nothing: no row of zeros that reads like the site's
    // answer (the summary above says why there is no plan).
    if (plan.status != PlanStatus::Optimal && plan.status != PlanStatus::Feasible) {
        m_generations->setRowCount(0);
        return;
    }
    m_generations->setRowCount(int(plan.generations.size()) + 1);
    int row = 0;
    const auto setRow = [&](const QString &name, int eg, int ig, int es, int is, double kw, double money) {
        m_generations->setItem(row, GenerationName, textItem(name));
        m_generations->setItem(row, EnergizedGpus, intItem(eg));
        m_generations->setItem(row, IdleGpus, intItem(ig));
        m_generations->setItem(row, EnergizedSystems, intItem(es));
        m_generations->setItem(row, IdleSystems, intItem(is));
        m_generations->setItem(row, EnergizedPower, numberItem(format::kilowatts(Kilowatts(kw)), kw));
        m_generations->setItem(row, IdleDepreciation, numberItem(format::money(Money(money), currency), money));
        ++row;
    };
    int es = 0, is = 0;
    for (const GenerationResult &g : plan.generations) {
        setRow(g.generation, g.energizedGpus, g.idleGpus, g.energizedSystems, g.idleSystems, g.energizedPower.value(),
            g.idleDepreciationPerMonth.value());
        es += g.energizedSystems;
        is += g.idleSystems;
    }
    setRow(tr("All generations"), plan.energizedGpus(), plan.idleGpus(), es, is, plan.energizedPower().value(),
        plan.idleDepreciationPerMonth().value());
    QFont bold = m_generations->font();
    bold.setBold(true);
    for (int c = 0; c < GenerationColumnCount; ++c)
        m_generations->item(row - 1, c)->setFont(bold);
    fitColumns(m_generations);
}

namespace {
// TenantResult::bindingQuota in words.
QString quotaText(const QString &key)
{
    if (key == QLatin1String("maxGpus"))
        return ResultsDock::tr("maximum GPUs");
    if (key == QLatin1String("maxMegawatts"))
        return ResultsDock::tr("maximum MW");
    if (key == QLatin1String("minGpus"))
        return ResultsDock::tr("minimum GPUs (holds power back from higher priorities)");
    return key.isEmpty() ? QStringLiteral("—") : key;
}
} // namespace

// One row per owner, as the plan reports it; the tab shows only when there are tenants.
void ResultsDock::showTenants(const CapacityPlan &plan, const QString &currency)
{
    m_tabs->setTabVisible(m_tabs->indexOf(m_tenants), !plan.tenants.empty());
    m_tenants->setRowCount(int(plan.tenants.size()));
    int row = 0;
    for (const TenantResult &t : plan.tenants) {
        const bool own = t.tenant.isNull();
        m_tenants->setItem(
            row, TenantName, own ? textItem(tr("operator's own")) : objectItem(t.name, t.tenant.toString()));
        m_tenants->setItem(row, TenantPriority, own ? textItem(tr("after every tenant")) : intItem(t.priority));
        m_tenants->setItem(row, TenantEnergizedGpus, intItem(t.energizedGpus));
        m_tenants->setItem(row, TenantIdleGpus, intItem(t.idleGpus));
        const double kw = t.energizedPower.value(), money = t.idleDepreciationPerMonth.value();
        m_tenants->setItem(row, TenantEnergizedPower, numberItem(format::kilowatts(t.energizedPower), kw));
        m_tenants->setItem(
            row, TenantIdleDepreciation, numberItem(format::money(t.idleDepreciationPerMonth, currency), money));
        m_tenants->setItem(row, TenantQuotaAtLimit, textItem(quotaText(t.bindingQuota)));
        m_tenants->item(row, TenantQuotaAtLimit)->setData(ValueRole, t.bindingQuota);
        ++row;
    }
    m_tenants->resizeColumnsToContents();
}

void ResultsDock::showBinding(const CapacityPlan &plan)
{
    m_binding->clear();
    for (const BindingConstraint &b : plan.binding)
        m_binding->addItem(QStringLiteral("[%1] %2").arg(b.kind, b.text));
    if (plan.binding.empty())
        m_binding->addItem(tr("No constraint binds: every available system is energized."));
}

void ResultsDock::showMarginalValues(const CapacityPlan &plan)
{
    m_marginal->setRowCount(int(plan.marginalValues.size()));
    const QHash<QString, QString> names = capacityNames(plan);
    int row = 0;
    for (const MarginalValue &m : plan.marginalValues) {
        const double perMw = m.dualPerKw * 1000.0;
        m_marginal->setItem(row, 0, objectItem(names.value(m.object), m.object));
        m_marginal->setItem(row, 1, numberItem(QLocale().toString(perMw, 'f', 2), perMw));
        m_marginal->setItem(row, 2,
            m.resolved ? numberItem(QLocale().toString(m.objectiveGain, 'f', 2), m.objectiveGain)
                       : textItem(tr("not re-solved")));
        m_marginal->setItem(row, 3, m.resolved ? intItem(m.extraGpus) : textItem(QStringLiteral("—")));
        m_marginal->setItem(row, 4, textItem(m.byGeneration));
        m_marginal->setItem(row, 5, textItem(m.text));
        m_marginal->item(row, 5)->setToolTip(m.text);
        ++row;
    }
    fitColumns(m_marginal);
}

void ResultsDock::showStranded(const CapacityPlan &plan)
{
    m_stranded->setRowCount(int(plan.stranded.size()));
    const QHash<QString, QString> names = capacityNames(plan);
    int row = 0;
    for (const StrandedCapacity &s : plan.stranded) {
        m_stranded->setItem(row, 0, objectItem(names.value(s.object), s.object));
        m_stranded->setItem(row, 1, textItem(s.kind));
        m_stranded->setItem(row, 2, numberItem(format::kilowatts(s.amount), s.amount.value()));
        m_stranded->setItem(row, 3, textItem(s.reason));
        ++row;
    }
    fitColumns(m_stranded);
}

// The live nodes, most utilised first, as the chart shows them.
void ResultsDock::showUtilisation(const CapacityPlan &plan)
{
    std::vector<const CapacityUse *> live;
    for (const CapacityUse &use : plan.powerNodes)
        if (use.live && use.usable.value() > 0)
            live.push_back(&use);
    std::stable_sort(live.begin(), live.end(),
        [](const CapacityUse *a, const CapacityUse *b) { return a->utilisation() > b->utilisation(); });
    m_utilisation->setRowCount(int(live.size()));
    int row = 0;
    for (const CapacityUse *use : live) {
        const double percent = use->utilisation() * 100.0;
        m_utilisation->setItem(row, 0, objectItem(use->name, use->object));
        m_utilisation->setItem(row, 1, numberItem(QLocale().toString(use->load.value(), 'f', 1), use->load.value()));
        m_utilisation->setItem(
            row, 2, numberItem(QLocale().toString(use->usable.value(), 'f', 1), use->usable.value()));
        m_utilisation->setItem(row, 3, numberItem(QLocale().toString(percent, 'f', 1), percent));
        ++row;
    }
    fitColumns(m_utilisation);
}

void ResultsDock::fitColumns(QTableWidget *table)
{
    if (table->isVisible()) {
        m_columnsToFit.remove(table);
        table->resizeColumnsToContents();
        return;
    }
    if (!m_columnsToFit.contains(table)) {
        m_columnsToFit.insert(table);
        table->installEventFilter(this);
    }
}

bool ResultsDock::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && m_columnsToFit.remove(watched)) {
        watched->removeEventFilter(this);
        static_cast<QTableWidget *>(watched)->resizeColumnsToContents();
    }
    return QDockWidget::eventFilter(watched, event);
}

void ResultsDock::resizeEvent(QResizeEvent *event)
{
    QDockWidget::resizeEvent(event);
    updateSplitterOrientation();
}

// Tables beside the charts where the room left under the summary and the headline is wide,
// above them where it is tall.
void ResultsDock::updateSplitterOrientation()
{
    const auto heightOf = [this](QWidget *w) {
        return w->isHidden() ? 0 : w->hasHeightForWidth() ? w->heightForWidth(width()) : w->sizeHint().height();
    };
    const int room = std::max(1, height() - heightOf(m_summary) - heightOf(m_headline));
    const Qt::Orientation wanted = width() > room * 3 / 2 ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() != wanted) {
        m_splitter->setOrientation(wanted);
        const int total = wanted == Qt::Horizontal ? width() : room;
        m_splitter->setSizes({ total * 2 / 5, total * 3 / 5 });
    }
}

void ResultsDock::setStale(bool stale, const QString &notCurrentReason)
{
    if (m_stale == stale && m_notCurrentReason == notCurrentReason)
        return;
    m_stale = stale;
    m_notCurrentReason = notCurrentReason;
    m_summary->setCurrency(stale && m_hasPlan, notCurrentReason);
    updateHeadline();
}

int ResultsDock::shownEnergizedGpus() const
{
    if (!m_hasPlan || m_generations->rowCount() == 0)
        return -1;
    return m_generations->item(m_generations->rowCount() - 1, EnergizedGpus)->data(ValueRole).toInt();
}

void ResultsDock::setScenario(const QString &name)
{
    if (m_scenario == name)
        return;
    m_scenario = name;
    setWindowTitle(name.isEmpty() ? tr("Results") : tr("Results — %1").arg(name));
    updateHeadline();
}

void ResultsDock::updateHeadline()
{
    // A plan that is not current says so before anything else; then the scenario it is of.
    QString text = m_headlineText;
    if (!m_scenario.isEmpty())
        text = tr("<b>Scenario %1</b> · ").arg(m_scenario.toHtmlEscaped()) + text;
    if (!m_notCurrentReason.isEmpty() && m_hasPlan)
        text = theme::coloured(theme::Role::ErrorText, tr("<b>Not current</b>")) + tr(" · plan shown: ") + text;
    else if (m_stale && m_hasPlan)
        text = theme::coloured(theme::Role::WarningText, tr("<b>Stale</b>")) + tr(" · plan shown: ") + text;
    m_headline->setText(text);
    updateSplitterOrientation();
}

void ResultsDock::addChartExportMenu(QCustomPlot *plot, const QString &baseName)
{
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(plot, &QWidget::customContextMenuRequested, this, [this, plot, baseName](const QPoint &pos) {
        QMenu menu(plot);
        menu.addAction(tr("Export Chart…"), this, [this, plot, baseName] {
            const QString fileName = QFileDialog::getSaveFileName(
                this, tr("Export Chart"), baseName + QStringLiteral(".png"), charts::exportFilter());
            if (fileName.isEmpty())
                return;
            const QString error = charts::exportChart(plot, fileName);
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Cannot export chart"), error);
        });
        menu.exec(plot->mapToGlobal(pos));
    });
}

} // namespace warmshell::ui
