// SPDX-License-Identifier: GPL-3.0-or-later
#include "contingencydock.h"

#include "contingencytext.h"
#include "format.h"

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
} // namespace

ContingencyDock::ContingencyDock(QWidget *parent)
    : QDockWidget(tr("Contingencies"), parent), m_table(new QTableWidget(0, ColumnCount, this)),
      m_analyse(new QPushButton(tr("Analyse"), this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("contingencyDock"));
    m_table->setObjectName(QStringLiteral("contingencyTable"));
    m_analyse->setObjectName(QStringLiteral("analyseContingenciesButton"));
    m_analyse->setToolTip(tr("Analyse every single failure of the current plan"));
    m_table->setHorizontalHeaderLabels({ tr("Failure"), tr("GPUs lost"), tr("PFLOPS lost"), tr("Idle cost/month"),
        tr("Dark"), tr("No cooling"), tr("Capped"), tr("Shed") });
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
    connect(m_analyse, &QPushButton::clicked, this, &ContingencyDock::analyseRequested);
    // Shown to the user (its tab raised): checked once the layout settles, as a dock is
    // briefly "visible" behind another tab while the window lays out its docks.
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            QMetaObject::invokeMethod(this, &ContingencyDock::analyseIfShown, Qt::QueuedConnection);
    });
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
    m_table->resizeColumnsToContents();
    m_status->setText(tr("%L1 single failures on %2, most impact first (%3 s). Double-click one to see it "
                         "on the floor plan.")
                          .arg(analysis.results.size())
                          .arg(format::date(analysis.date), QLocale().toString(analysis.seconds, 'f', 2)));
    m_status->setStyleSheet(QString());
    m_current = true;
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

bool ContingencyDock::isShown() const
{
    return isVisible() && !visibleRegion().isEmpty();
}

void ContingencyDock::analyseIfShown()
{
    if (!m_current && isShown())
        emit analyseRequested();
}

void ContingencyDock::setNotCurrent(const QString &why)
{
    m_current = false;
    m_status->setText(m_table->rowCount() == 0 ? tr("Nothing analysed: %1.").arg(why)
                                               : tr("Not current: %1. Press Analyse for the current plan.").arg(why));
    m_status->setStyleSheet(QStringLiteral("color: #b02020; font-weight: bold"));
}

} // namespace warmshell::ui
