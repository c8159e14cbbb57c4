// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetpanel.h"

#include "catalog.h"
#include "format.h"
#include "project.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>

namespace warmshell::ui {

FleetPanel::FleetPanel(QWidget *parent)
    : QDockWidget(tr("Fleet"), parent)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("fleetDock"));
    m_view->setObjectName(QStringLiteral("fleetView"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_model->setHorizontalHeaderLabels({tr("Lot"), tr("Model"), tr("Generation"), tr("Systems"), tr("GPUs"),
                                        tr("Unit cost"), tr("Delivered"), tr("On order"), tr("Depreciation")});
    setWidget(m_view);
}

void FleetPanel::setProject(const Project &project, const Catalog &builtIn)
{
    m_model->removeRows(0, m_model->rowCount());
    const QDate planStart = project.site.planStart;
    for (const FleetLot &lot : project.fleet) {
        const SystemModel *model = project.model(lot.model, builtIn);
        const QString unknown = QStringLiteral("?");
        QList<QStandardItem *> row{
            new QStandardItem(lot.name.isEmpty() ? lot.id.toString() : lot.name),
            new QStandardItem(model ? model->name : tr("%1 (unknown model)").arg(lot.model.toString())),
            new QStandardItem(model ? model->generation : unknown),
            new QStandardItem(QLocale().toString(lot.count)),
            new QStandardItem(model ? QLocale().toString(lot.count * model->gpusPerSystem) : unknown),
            new QStandardItem(format::money(lot.unitCost, project.site.currency)),
            new QStandardItem(format::date(lot.delivered)),
            new QStandardItem(lot.isOnOrderAt(planStart) ? tr("yes") : tr("no")),
            new QStandardItem(format::depreciation(lot.depreciation)),
        };
        row[LotColumn]->setToolTip(lot.id.toString());
        for (int c : {SystemsColumn, GpusColumn, UnitCostColumn})
            row[c]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_model->appendRow(row);
    }
    m_model->setHeaderData(OnOrderColumn, Qt::Horizontal, tr("On order at %1").arg(format::date(planStart)));
    m_view->resizeColumnsToContents();
}

} // namespace warmshell::ui
