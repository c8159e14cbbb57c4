// SPDX-License-Identifier: GPL-3.0-or-later
#include "racktablepanel.h"

#include "format.h"
#include "project.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSet>
#include <QTableWidget>

namespace warmshell::ui {

namespace {

QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

// "A: UPS-1 · B: UPS-2", "A: PDU-3", or "not connected".
QString feedsText(const Site &site, const Rack &rack)
{
    const auto name = [&](const PowerNodeId &id) {
        const PowerNode *node = site.power.node(id);
        return node ? (node->name.isEmpty() ? node->id.toString() : node->name) : id.toString();
    };
    if (rack.feedA.isNull())
        return RackTablePanel::tr("not connected");
    QString text = RackTablePanel::tr("A: %1").arg(name(rack.feedA));
    if (rack.isDualFed())
        text += RackTablePanel::tr(" · B: %1").arg(name(rack.feedB));
    return text;
}

} // namespace

RackTablePanel::RackTablePanel(QWidget *parent)
    : QDockWidget(tr("Racks"), parent), m_view(new QTableWidget(0, PinnedColumn + 1, this))
{
    setObjectName(QStringLiteral("rackTableDock"));
    m_view->setObjectName(QStringLiteral("rackTable"));
    m_view->setAccessibleName(tr("Racks of the site"));
    m_view->setHorizontalHeaderLabels(
        { tr("Hall"), tr("Row"), tr("Rack"), tr("Cooling"), tr("Limit kW"), tr("Feeds"), tr("Pinned systems") });
    m_view->verticalHeader()->setVisible(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(false); // rows in the project's order: the floor plan's reading order
    m_view->horizontalHeader()->setStretchLastSection(true);
    setWidget(m_view);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RackTablePanel::userSelectionChanged);
    // A dock behind another's tab stays isVisible(); visibilityChanged says whether it is seen.
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        m_seen = visible;
        if (visible && m_stale)
            rebuildRows();
    });
}

void RackTablePanel::setProject(const Project &project)
{
    if (!m_stale)
        m_wanted = selectedRacks();
    m_project = &project;
    m_stale = true;
    if (m_seen)
        rebuildRows();
}

void RackTablePanel::rebuildRows()
{
    m_stale = false;
    m_updating = true;
    const Site &site = m_project->site;
    m_view->setRowCount(int(site.racks.size()));
    for (int r = 0; r < int(site.racks.size()); ++r) {
        const Rack &rack = site.racks[size_t(r)];
        const Row *row = site.row(rack.row);
        const Hall *hall = row ? site.hall(row->hall) : nullptr;
        int pinned = 0;
        for (const PinnedSystems &p : rack.pinned)
            pinned += p.count;
        auto *rackItem = textItem(rack.name.isEmpty() ? rack.id.toString() : rack.name);
        rackItem->setData(RackIdRole, rack.id.toString());
        m_view->setItem(r, HallColumn, textItem(hall ? hall->name : QString()));
        m_view->setItem(r, RowColumn, textItem(row ? row->name : QString()));
        m_view->setItem(r, RackColumn, rackItem);
        m_view->setItem(r, CoolingColumn, textItem(rack.cooling == CoolingType::Liquid ? tr("liquid") : tr("air")));
        auto *limit = textItem(format::kilowatts(rack.powerLimit));
        limit->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_view->setItem(r, LimitColumn, limit);
        m_view->setItem(r, FeedsColumn, textItem(feedsText(site, rack)));
        auto *pinnedItem = textItem(QLocale().toString(pinned));
        pinnedItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_view->setItem(r, PinnedColumn, pinnedItem);
    }
    m_view->resizeColumnsToContents();
    m_updating = false;
    showSelection(m_wanted);
}

void RackTablePanel::showSelection(const QList<RackId> &racks)
{
    m_wanted = racks;
    if (m_stale)
        return;
    const QSet<QString> wanted = [&] {
        QSet<QString> ids;
        for (const RackId &id : racks)
            ids.insert(id.toString());
        return ids;
    }();
    m_updating = true;
    QItemSelection selection;
    int first = -1;
    for (int r = 0; r < m_view->rowCount(); ++r)
        if (wanted.contains(m_view->item(r, RackColumn)->data(RackIdRole).toString())) {
            selection.select(m_view->model()->index(r, 0), m_view->model()->index(r, PinnedColumn));
            first = first < 0 ? r : first;
        }
    // The current row (and with it the anchor Shift+arrow extends from) moves only when it is not
    // among the racks shown: a selection made in this table keeps its own current row.
    const QModelIndex current = m_view->currentIndex();
    const bool keepCurrent = current.isValid() && selection.contains(current);
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first >= 0 && !keepCurrent) {
        m_view->selectionModel()->setCurrentIndex(
            m_view->model()->index(first, RackColumn), QItemSelectionModel::NoUpdate);
        m_view->scrollToItem(m_view->item(first, RackColumn));
    }
    m_updating = false;
}

QList<RackId> RackTablePanel::selectedRacks() const
{
    QList<RackId> racks;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows(RackColumn))
        racks << RackId(index.data(RackIdRole).toString());
    return racks;
}

void RackTablePanel::userSelectionChanged()
{
    if (m_updating)
        return;
    const QList<RackId> racks = selectedRacks();
    if (!racks.isEmpty())
        emit racksChosen(racks);
}

} // namespace warmshell::ui
