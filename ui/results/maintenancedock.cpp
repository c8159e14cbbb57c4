// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintenancedock.h"

#include "format.h"

#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace warmshell::ui {

namespace {

QTableWidgetItem *numberItem(const QString &text, double value)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// "2 dark, 1 shedding"; "none" when nothing is lost or capped.
QString rackText(const ContingencyResult &r)
{
    QStringList parts;
    const std::pair<size_t, QString> counts[] = { { r.darkRacks.size(), MaintenanceDock::tr("%L1 dark") },
        { r.uncooledRacks.size(), MaintenanceDock::tr("%L1 without cooling") },
        { r.cappedRacks.size(), MaintenanceDock::tr("%L1 capped") },
        { r.shedRacks.size(), MaintenanceDock::tr("%L1 shedding") } };
    for (const auto &[n, text] : counts)
        if (n > 0)
            parts << text.arg(qlonglong(n));
    return parts.isEmpty() ? MaintenanceDock::tr("none") : parts.join(QStringLiteral(", "));
}

} // namespace

MaintenanceDock::MaintenanceDock(QWidget *parent)
    : QDockWidget(tr("Maintenance"), parent), m_table(new QTableWidget(0, ColumnCount, this)),
      m_analyse(new QPushButton(tr("Analyse"), this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("maintenanceDock"));
    m_table->setObjectName(QStringLiteral("maintenanceTable"));
    m_analyse->setObjectName(QStringLiteral("analyseMaintenanceButton"));
    m_analyse->setToolTip(tr("Analyse every maintenance window on the current plan"));
    m_table->setHorizontalHeaderLabels({ tr("Window"), tr("Takes out"), tr("Start"), tr("Hours"), tr("GPUs lost"),
        tr("GPU-hours lost"), tr("Idle cost"), tr("Racks"), tr("Plan of") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setWordWrap(true);
    m_status->setText(tr("Not analysed yet: press Analyse."));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_analyse);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    setWidget(body);
    connect(m_analyse, &QPushButton::clicked, this, &MaintenanceDock::analyseRequested);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            QMetaObject::invokeMethod(this, &MaintenanceDock::analyseIfShown, Qt::QueuedConnection);
    });
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row) {
        const QTableWidgetItem *first = m_table->item(row, WindowColumn);
        emit windowActivated(Failure{ FailureKind(first->data(KindRole).toInt()), first->data(ObjectRole).toString() });
    });
}

void MaintenanceDock::setImpacts(const std::vector<MaintenanceImpact> &impacts, const Project &project)
{
    m_table->setRowCount(int(impacts.size()));
    int row = 0;
    double cost = 0, gpuHours = 0;
    for (const MaintenanceImpact &m : impacts) {
        addRow(row++, m, project.site.currency);
        cost += m.idleCost.value();
        gpuHours += m.lostGpuHours;
    }
    m_table->resizeColumnsToContents();
    m_status->setText(impacts.empty()
            ? tr("The project has no maintenance windows.")
            : tr("%L1 windows: %L2 GPU-hours lost, idle cost %3. Click one to see it on the floor plan.")
                  .arg(impacts.size())
                  .arg(gpuHours, 0, 'f', 0)
                  .arg(format::money(Money(cost), project.site.currency)));
    m_status->setStyleSheet(QString());
    m_current = true;
}

void MaintenanceDock::addRow(int row, const MaintenanceImpact &m, const QString &currency)
{
    auto *window = new QTableWidgetItem(m.window.name.isEmpty() ? m.window.id : m.window.name);
    window->setToolTip(
        m.impact.description.isEmpty() ? m.window.id : m.window.id + QStringLiteral(": ") + m.impact.description);
    window->setData(KindRole, int(m.failure.kind));
    window->setData(ObjectRole, m.failure.object);
    m_table->setItem(row, WindowColumn, window);
    const QString object = m.impact.name.isEmpty() ? m.window.object : m.impact.name;
    m_table->setItem(row, ObjectColumn,
        new QTableWidgetItem(m.window.module > 0 ? tr("%1, module %2").arg(object).arg(m.window.module) : object));
    m_table->setItem(row, StartColumn, new QTableWidgetItem(QLocale().toString(m.window.start, QLocale::ShortFormat)));
    m_table->setItem(row, HoursColumn, numberItem(QLocale().toString(m.hours, 'f', 1), m.hours));
    m_table->setItem(row, GpusColumn, numberItem(QLocale().toString(m.lostGpus()), m.lostGpus()));
    m_table->setItem(row, GpuHoursColumn, numberItem(QLocale().toString(m.lostGpuHours, 'f', 0), m.lostGpuHours));
    m_table->setItem(row, IdleCostColumn, numberItem(format::money(m.idleCost, currency), m.idleCost.value()));
    m_table->setItem(row, RacksColumn,
        new QTableWidgetItem(
            m.objectLive ? rackText(m.impact) : tr("not in service on %1").arg(format::date(m.planDate))));
    auto *plan = new QTableWidgetItem(format::date(m.planDate));
    if (m.planDate != m.window.start.toUTC().date()) {
        plan->setForeground(QColor(0xb0, 0x20, 0x20));
        plan->setToolTip(tr("Analysed on the plan of %1, not of the window's day %2: set the plan date (Plan → Plan "
                            "Date…) to the window's day, or use warmshell-cli maintenance, for its own figures.")
                             .arg(format::date(m.planDate), format::date(m.window.start.toUTC().date())));
    }
    m_table->setItem(row, PlanDateColumn, plan);
}

bool MaintenanceDock::isShown() const
{
    return isVisible() && !visibleRegion().isEmpty();
}

void MaintenanceDock::analyseIfShown()
{
    if (!m_current && isShown())
        emit analyseRequested();
}

void MaintenanceDock::setNotCurrent(const QString &why)
{
    m_current = false;
    m_status->setText(m_table->rowCount() == 0 ? tr("Nothing analysed: %1.").arg(why)
                                               : tr("Not current: %1. Press Analyse for the current plan.").arg(why));
    m_status->setStyleSheet(QStringLiteral("color: #b02020; font-weight: bold"));
}

} // namespace warmshell::ui
