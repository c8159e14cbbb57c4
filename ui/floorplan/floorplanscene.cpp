// SPDX-License-Identifier: GPL-3.0-or-later
#include "floorplanscene.h"
#include "theme.h"

#include "catalog.h"
#include "format.h"
#include "hallitem.h"
#include "project.h"
#include "rackitem.h"

#include <QFont>
#include <QGraphicsSceneHelpEvent>
#include <QHash>
#include <QSet>
#include <QToolTip>

namespace warmshell::ui {

namespace {
constexpr int kRowIdKey = 0; // QGraphicsItem::data() key of a row label: the row's id
} // namespace

namespace {

QPointF toScene(const FloorPoint &p)
{
    return { p.x.value() * kScenePixelsPerMetre, p.y.value() * kScenePixelsPerMetre };
}

QString nodeName(const Site &site, const PowerNodeId &id)
{
    if (id.isNull())
        return FloorPlanScene::tr("not connected");
    const PowerNode *node = site.power.node(id);
    return node ? node->name : FloorPlanScene::tr("%1 (missing)").arg(id.toString());
}

// `row` and `hall`: the rack's, or null when missing.
QString rackToolTip(const Project &project, const Catalog &builtIn, const Rack &rack, const Row *row, const Hall *hall)
{
    const Site &site = project.site;
    QStringList lines;
    lines << FloorPlanScene::tr("%1 (%2)").arg(rack.name, rack.id.toString());
    lines << FloorPlanScene::tr("%1, %2").arg(
        row ? row->name : rack.row.toString(), hall ? hall->name : FloorPlanScene::tr("no hall"));
    lines << FloorPlanScene::tr("%1 cooled · %2 U · power limit %3")
                 .arg(rack.cooling == CoolingType::Liquid ? FloorPlanScene::tr("Liquid") : FloorPlanScene::tr("Air"))
                 .arg(rack.height.value())
                 .arg(format::kilowatts(rack.powerLimit));
    lines << FloorPlanScene::tr("Feed A: %1 · Feed B: %2")
                 .arg(nodeName(site, rack.feedA),
                     rack.isDualFed() ? nodeName(site, rack.feedB) : FloorPlanScene::tr("none (single-fed)"));
    if (rack.pinned.empty()) {
        lines << FloorPlanScene::tr("No pinned systems");
    } else {
        lines << FloorPlanScene::tr("Pinned systems:");
        for (const PinnedSystems &pinned : rack.pinned) {
            const SystemModel *model = project.model(pinned.model, builtIn);
            lines
                << FloorPlanScene::tr("  %1 × %2").arg(pinned.count).arg(model ? model->name : pinned.model.toString());
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

namespace {

// Where a row's racks stand in the scene: its row label goes left of the leftmost rack, level
// with the row's mean y.
struct RowExtent
{
    double minX = 0, sumY = 0;
    int count = 0;
};

void addRowLabels(QGraphicsScene *scene, const Site &site, const QHash<RowId, RowExtent> &rowExtents)
{
    QFont rowFont;
    rowFont.setPixelSize(int(kScenePixelsPerMetre * 0.6));
    for (const Row &row : site.rows) {
        const auto it = rowExtents.constFind(row.id);
        if (it == rowExtents.cend())
            continue;
        auto *label = scene->addSimpleText(row.name, rowFont);
        label->setBrush(theme::colour(theme::Role::RowLabel));
        label->setData(kRowIdKey, row.id.toString());
        const QRectF box = label->boundingRect();
        label->setPos(
            it->minX - kRackWidthMetres * kScenePixelsPerMetre - box.width(), it->sumY / it->count - box.height() / 2);
    }
}

} // namespace

// Everything setProject() draws from: the floor, and the names the racks' tooltips give.
struct FloorPlanScene::DrawnFrom
{
    const Catalog *builtIn = nullptr;
    std::vector<Hall> halls;
    std::vector<Row> rows;
    std::vector<Rack> racks;
    std::vector<std::pair<PowerNodeId, QString>> nodeNames;
    std::vector<SystemModel> customModels;

    DrawnFrom(const Project &project, const Catalog &catalog)
        : builtIn(&catalog), halls(project.site.halls), rows(project.site.rows), racks(project.site.racks),
          customModels(project.customModels)
    {
        for (const PowerNode &node : project.site.power.nodes())
            nodeNames.emplace_back(node.id, node.name);
    }
    friend bool operator==(const DrawnFrom &, const DrawnFrom &) = default;
};

FloorPlanScene::FloorPlanScene(QObject *parent) : QGraphicsScene(parent)
{
    setBackgroundBrush(theme::colour(theme::Role::FloorBackground));
    setItemIndexMethod(BspTreeIndex);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (m_holdSelection)
            m_selectionHeldChanged = true;
        else
            emit selectionSettled();
    });
}

FloorPlanScene::~FloorPlanScene()
{
    disconnect(this, &QGraphicsScene::selectionChanged, this, nullptr);
}

void FloorPlanScene::holdSelectionSettled(bool hold)
{
    m_holdSelection = hold;
    if (hold || !m_selectionHeldChanged)
        return;
    m_selectionHeldChanged = false;
    emit selectionSettled();
}

void FloorPlanScene::setProject(const Project &project, const Catalog &builtIn)
{
    auto drawnFrom = std::make_unique<DrawnFrom>(project, builtIn);
    if (m_drawnFrom && *m_drawnFrom == *drawnFrom)
        return;
    m_drawnFrom = std::move(drawnFrom);
    build(project, builtIn);
}

void FloorPlanScene::build(const Project &project, const Catalog &builtIn)
{
    const QList<RackId> selected = selectedRacks();
    const QSet<RackId> previouslySelected(selected.begin(), selected.end());
    QList<RackItem *> reselect; // found while the items are made: no search per selected rack
    emit rebuilt(); // before the items go, so nobody holds them across clear()
    m_rackItems.clear();
    m_rackById.clear();
    {
        const QSignalBlocker quiet(this); // selectionChanged() once at the end, not per selected item
        clear();
    }
    const Site &site = project.site;

    QHash<HallId, QRectF> hallRects;
    for (const Hall &hall : site.halls) {
        const QRectF rect(toScene(hall.origin), QSizeF(toScene(hall.size).x(), toScene(hall.size).y()));
        hallRects.insert(hall.id, rect);
        addItem(new HallItem(hall.id, hall.name, rect));
    }

    QHash<RowId, RowExtent> rowExtents;

    // By id, so a site of tens of thousands of racks is not searched row by row per rack.
    QHash<RowId, const Row *> rows;
    rows.reserve(qsizetype(site.rows.size()));
    for (const Row &row : site.rows)
        if (!rows.contains(row.id)) // the first of a repeated id, as Site::row() finds
            rows.insert(row.id, &row);
    QHash<HallId, const Hall *> halls;
    for (const Hall &hall : site.halls)
        if (!halls.contains(hall.id))
            halls.insert(hall.id, &hall);

    m_rackItems.reserve(qsizetype(site.racks.size()));
    m_rackById.reserve(qsizetype(site.racks.size()));
    for (const Rack &rack : site.racks) {
        const Row *row = rows.value(rack.row);
        const Hall *hall = row ? halls.value(row->hall) : nullptr;
        const QPointF center = (hall ? toScene(hall->origin) : QPointF()) + toScene(rack.position);
        auto *item = new RackItem(
            rack.id, rack.cooling, !rack.pinned.empty(), center, rackToolTip(project, builtIn, rack, row, hall));
        if (hall)
            item->setHallRect(hallRects.value(hall->id));
        addItem(item);
        m_rackItems.append(item);
        if (!m_rackById.contains(rack.id))
            m_rackById.insert(rack.id, item);
        if (previouslySelected.contains(rack.id))
            reselect << item;

        RowExtent &extent = rowExtents[rack.row];
        extent.minX = extent.count == 0 ? center.x() : std::min(extent.minX, center.x());
        extent.sumY += center.y();
        ++extent.count;
    }

    addRowLabels(this, site, rowExtents);

    // One selectionChanged() for the whole selection lost and restored, not one per rack.
    if (!reselect.isEmpty()) {
        const QSignalBlocker quiet(this);
        for (RackItem *item : reselect)
            item->setSelected(true);
    }
    if (!selected.isEmpty() || !reselect.isEmpty())
        emit selectionChanged();
    const double margin = kScenePixelsPerMetre;
    setSceneRect(itemsBoundingRect().adjusted(-margin, -margin, margin, margin));
    emit rebuilt();
}

void FloorPlanScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    for (QGraphicsItem *item : items(event->scenePos(), Qt::IntersectsItemShape, Qt::DescendingOrder)) {
        if (item->type() != RackItem::Type)
            continue;
        QToolTip::showText(event->screenPos(), static_cast<RackItem *>(item)->toolTipText(), event->widget());
        event->setAccepted(true);
        return;
    }
    QGraphicsScene::helpEvent(event);
}

RowId FloorPlanScene::rowLabelAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos))
        if (item->type() == QGraphicsSimpleTextItem::Type && item->data(kRowIdKey).isValid())
            return RowId(item->data(kRowIdKey).toString());
    return {};
}

HallItem *FloorPlanScene::hallAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == HallItem::Type && item->contains(item->mapFromScene(scenePos)))
            return static_cast<HallItem *>(item);
    }
    return nullptr;
}

void FloorPlanScene::selectRacks(const QList<RackId> &ids)
{
    // One selectionChanged() for the new selection: the views that follow it (the Racks table
    // among them) must not see the empty and partial selections on the way, which reset the
    // table's Shift+arrow anchor while it is extending a selection.
    const QList<QGraphicsItem *> before = selectedItems();
    {
        const QSignalBlocker quiet(this);
        clearSelection();
        for (const RackId &id : ids)
            if (RackItem *item = rackItem(id))
                item->setSelected(true);
    }
    const QList<QGraphicsItem *> after = selectedItems();
    if (QSet<QGraphicsItem *>(after.begin(), after.end()) != QSet<QGraphicsItem *>(before.begin(), before.end()))
        emit selectionChanged();
}

QList<RackId> FloorPlanScene::selectedRacks() const
{
    // In the project's order (the items' order), not selectedItems()' hash order, which differs
    // from run to run: the property editor, the Racks table and the clipboard list them so.
    QList<RackId> ids;
    for (const RackItem *item : m_rackItems)
        if (item->isSelected())
            ids.append(item->rackId());
    return ids;
}

} // namespace warmshell::ui
