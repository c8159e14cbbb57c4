// SPDX-License-Identifier: GPL-3.0-or-later
#include "coolingpanel.h"

#include "format.h"
#include "project.h"
#include "rowcontextmenu.h"

#include <QTreeWidget>

#include <algorithm>

namespace warmshell::ui {

CoolingPanel::CoolingPanel(QWidget *parent) : QDockWidget(tr("Cooling"), parent), m_view(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("coolingDock"));
    m_view->setObjectName(QStringLiteral("coolingView"));
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setHeaderLabels({ tr("Name"), tr("Kind"), tr("Capacity"), tr("Redundancy"), tr("Usable at start"),
        tr("Serves"), tr("Feed"), tr("Draw"), tr("Rejects to") });
    connect(m_view, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current)
            emit unitActivated(CoolingUnitId(current->data(0, Qt::UserRole).toString()));
    });
    setWidget(m_view);
    installRowContextMenu(m_view, [this](const QModelIndex &index) {
        emit unitActivated(CoolingUnitId(index.siblingAtColumn(0).data(Qt::UserRole).toString()));
        return m_contextActions;
    });
}

namespace {

// The power node the unit draws from, by name (id in the tooltip); a dash when its draw is
// off the chain, the bare id when no node has it (validation names that problem).
void setFeed(QTreeWidgetItem *item, const Project &project, const CoolingUnit &unit)
{
    const PowerNode *feed = unit.feed.isNull() ? nullptr : project.site.power.node(unit.feed);
    item->setText(CoolingPanel::FeedColumn,
        unit.feed.isNull() ? QStringLiteral("—")
            : feed         ? feed->name
                           : unit.feed.toString());
    item->setToolTip(CoolingPanel::FeedColumn,
        unit.feed.isNull() ? CoolingPanel::tr("Its draw is not on the power chain") : unit.feed.toString());
}

// What the unit draws on its feed ("0.06 kW/kW", "2 kW + 0.3125 kW/kW"; "—": nothing) and,
// for a room unit, the plant it rejects its heat to ("—": the heat leaves the model there).
void setDrawAndPlant(QTreeWidgetItem *item, const Project &project, const CoolingUnit &unit)
{
    QStringList draw;
    if (unit.drawKw > 0)
        draw << format::kilowatts(Kilowatts(unit.drawKw));
    if (unit.drawKwPerKw > 0)
        draw << CoolingPanel::tr("%1 kW/kW").arg(unit.drawKwPerKw);
    item->setText(CoolingPanel::DrawColumn, draw.isEmpty() ? QStringLiteral("—") : draw.join(QStringLiteral(" + ")));
    if (isPlant(unit.kind)) {
        item->setText(CoolingPanel::RejectsToColumn, CoolingPanel::tr("outdoors (plant)"));
        return;
    }
    const CoolingUnit *plant = unit.rejectsTo.isNull() ? nullptr : project.site.coolingUnit(unit.rejectsTo);
    item->setText(CoolingPanel::RejectsToColumn,
        unit.rejectsTo.isNull() ? QStringLiteral("—")
            : plant             ? plant->name
                                : unit.rejectsTo.toString());
    item->setToolTip(CoolingPanel::RejectsToColumn,
        unit.rejectsTo.isNull() ? CoolingPanel::tr("No plant: nothing above this unit limits its heat")
                                : unit.rejectsTo.toString());
}

} // namespace

// Per unit, what its feed column shows of the chain: "=" + the feed's name, empty when it
// names no node.
QStringList CoolingPanel::feedNamesOf(const Project &project)
{
    QStringList names;
    names.reserve(qsizetype(project.site.coolingUnits.size()));
    for (const CoolingUnit &unit : project.site.coolingUnits) {
        const PowerNode *feed = unit.feed.isNull() ? nullptr : project.site.power.node(unit.feed);
        names << (feed ? QLatin1Char('=') + feed->name : QString()); // a missing node differs from a nameless one
    }
    return names;
}

void CoolingPanel::setProject(const Project &project)
{
    QStringList feedNames = feedNamesOf(project);
    if (m_built && project.site.planStart == m_shownPlanStart && project.site.coolingUnits == m_shownUnits
        && feedNames == m_shownFeedNames)
        return; // an edit of something the rows do not show (racks, lots, a node's rating)
    m_built = true;
    m_shownPlanStart = project.site.planStart;
    m_shownUnits = project.site.coolingUnits;
    m_shownFeedNames = std::move(feedNames);
    const QSignalBlocker block(m_view);
    const QString current = m_view->currentItem() ? m_view->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_view->clear();
    for (const CoolingUnit &unit : project.site.coolingUnits) {
        auto *item = new QTreeWidgetItem(m_view);
        item->setText(NameColumn, unit.name);
        item->setText(KindColumn, keyOf(unit.kind));
        item->setText(CapacityColumn, format::kilowatts(unit.capacity));
        item->setText(RedundancyColumn, unit.redundancy.label());
        item->setText(UsableColumn, format::kilowatts(unit.usableCapacity(project.site.planStart)));
        if (isPlant(unit.kind)) {
            const auto rooms = std::count_if(project.site.coolingUnits.begin(), project.site.coolingUnits.end(),
                [&unit](const CoolingUnit &room) { return room.rejectsTo == unit.id; });
            item->setText(ServesColumn, rooms == 1 ? tr("1 room unit") : tr("%1 room units").arg(rooms));
        } else {
            item->setText(
                ServesColumn, unit.serves.size() == 1 ? tr("1 rack") : tr("%1 racks").arg(unit.serves.size()));
        }
        for (int c : { CapacityColumn, UsableColumn, ServesColumn })
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, unit.id.toString());
        item->setToolTip(NameColumn, unit.id.toString());
        setFeed(item, project, unit);
        setDrawAndPlant(item, project, unit);
        if (unit.id.toString() == current)
            m_view->setCurrentItem(item);
    }
    for (int c = 0; c < ColumnCount; ++c)
        m_view->resizeColumnToContents(c);
}

} // namespace warmshell::ui
