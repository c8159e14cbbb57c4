// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintenancedock.h"
#include "theme.h"

#include "format.h"

#include <QColor>
#include <QLocale>
#include <QTableWidget>

namespace warmshell::ui {

namespace {

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
    : AnalysisDock(tr("Maintenance"), { "maintenanceDock", "maintenanceTable", "analyseMaintenanceButton" },
        { tr("Window"), tr("Takes out"), tr("Start"), tr("Hours"), tr("GPUs lost"), tr("GPU-hours lost"),
            tr("Idle cost"), tr("Racks"), tr("Plan of") },
        tr("Analyse every maintenance window on the current plan"), parent)
{
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
    markCurrent(impacts.empty()
            ? tr("The project has no maintenance windows.")
            : tr("%L1 windows: %L2 GPU-hours lost, idle cost %3. Click one to see it on the floor plan.")
                  .arg(impacts.size())
                  .arg(gpuHours, 0, 'f', 0)
                  .arg(format::money(Money(cost), project.site.currency)));
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
        plan->setForeground(theme::colour(theme::Role::ErrorText));
        plan->setToolTip(tr("Analysed on the plan of %1, not of the window's day %2: set the plan date (Plan → Plan "
                            "Date…) to the window's day, or use warmshell-cli maintenance, for its own figures.")
                             .arg(format::date(m.planDate), format::date(m.window.start.toUTC().date())));
    }
    m_table->setItem(row, PlanDateColumn, plan);
}

} // namespace warmshell::ui
