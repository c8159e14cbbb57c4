// SPDX-License-Identifier: GPL-3.0-or-later
#include "contingencydock.h"

#include "contingencytext.h"
#include "format.h"

#include <QLocale>
#include <QTableWidget>

namespace warmshell::ui {

ContingencyDock::ContingencyDock(QWidget *parent)
    : AnalysisDock(tr("Contingencies"), { "contingencyDock", "contingencyTable", "analyseContingenciesButton" },
        { tr("Failure"), tr("GPUs lost"), tr("PFLOPS lost"), tr("Idle cost/month"), tr("Dark"), tr("No cooling"),
            tr("Capped"), tr("Shed") },
        tr("Analyse every single failure of the current plan"), parent)
{
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const QTableWidgetItem *first = m_table->item(row, FailureColumn);
        emit failureActivated(
            Failure{ FailureKind(first->data(KindRole).toInt()), first->data(ObjectRole).toString() });
    });
}

void ContingencyDock::setAnalysis(const ContingencyAnalysis &analysis, const Project &project)
{
    m_table->setRowCount(int(analysis.results.size()));
    int row = 0;
    for (const ContingencyResult &r : analysis.results)
        addRow(row++, r, project.site.currency);
    markCurrent(tr("%L1 single failures on %2, most impact first (%3 s). Double-click one to see it "
                   "on the floor plan.")
                    .arg(analysis.results.size())
                    .arg(format::date(analysis.date), QLocale().toString(analysis.seconds, 'f', 2)));
}

void ContingencyDock::addRow(int row, const ContingencyResult &r, const QString &currency)
{
    auto *failure = new QTableWidgetItem(contingencytext::title(r));
    failure->setToolTip(tr("%1 (%2 %3)").arg(r.description, failureKindKey(r.failure.kind), r.failure.object));
    failure->setData(KindRole, int(r.failure.kind));
    failure->setData(ObjectRole, r.failure.object);
    m_table->setItem(row, FailureColumn, failure);
    m_table->setItem(row, GpusColumn, numberItem(QLocale().toString(r.lostGpus()), r.lostGpus()));
    m_table->setItem(row, PflopsColumn, numberItem(QLocale().toString(r.lostPflops(), 'f', 1), r.lostPflops()));
    const Money idle = r.lostIdleDepreciationPerMonth();
    m_table->setItem(row, IdleCostColumn, numberItem(format::money(idle, currency), idle.value()));
    const std::pair<Column, size_t> counts[]
        = { { DarkColumn, r.darkRacks.size() }, { UncooledColumn, r.uncooledRacks.size() },
              { CappedColumn, r.cappedRacks.size() }, { ShedColumn, r.shedRacks.size() } };
    for (const auto &[column, n] : counts)
        m_table->setItem(row, column, numberItem(QLocale().toString(qlonglong(n)), double(n)));
}

} // namespace warmshell::ui
