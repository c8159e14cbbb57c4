// SPDX-License-Identifier: GPL-3.0-or-later
#include "floorplanview.h"

#include "floorplanscene.h"
#include "halldrag.h"
#include "hallitem.h"
#include "rackitem.h"

#include <QContextMenuEvent>
#include <QGraphicsRectItem>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace warmshell::ui {

namespace {
// How far from a hall's edge (device pixels) a press still grabs it.
constexpr int kGripPixels = 5;

// Metres rounded to a micrometre, so snapped sums like 2.0 + 2.4 compare equal to 4.4.
double tidy(double metres)
{
    return std::round(metres * 1e6) / 1e6;
}
QPointF tidy(const QPointF &p)
{
    return { tidy(p.x()), tidy(p.y()) };
}
} // namespace

QList<QPointF> rowPositions(const QPointF &start, const QPointF &end)
{
    QList<QPointF> out;
    const double direction = end.x() >= start.x() ? 1.0 : -1.0;
    const int count = 1 + int(std::floor(std::abs(end.x() - start.x()) / kRackWidthMetres + 1e-9));
    for (int i = 0; i < count; ++i)
        out << tidy(QPointF(start.x() + direction * i * kRackWidthMetres, start.y()));
    return out;
}

double FloorPlanView::snap(double value)
{
    return tidy(std::round(value / kGridMetres) * kGridMetres);
}

FloorPlanView::FloorPlanView(FloorPlanScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    // Every item sets the pen, brush and hints it paints with (and restores what else it
    // changes), so the scene need not save and restore the painter around each of tens of
    // thousands of racks.
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setMinimumSize(320, 240);
    // Refit whenever the plan changes size (a project was opened) while in fitting mode.
    connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] {
        if (m_fitting)
            fitAll();
    });
    connect(scene, &FloorPlanScene::rebuilt, this, &FloorPlanView::cancelGesture);
}

FloorPlanView::~FloorPlanView() = default;

FloorPlanScene *FloorPlanView::planScene() const
{
    return static_cast<FloorPlanScene *>(scene());
}

double FloorPlanView::zoom() const
{
    return transform().m11();
}

void FloorPlanView::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, minZoom, maxZoom);
    if (target == zoom())
        return;
    m_fitting = false;
    const double applied = target / zoom();
    scale(applied, applied);
}

void FloorPlanView::fitAll()
{
    m_fitting = true;
    if (scene())
        fitInView(sceneRect(), Qt::KeepAspectRatio);
}

void FloorPlanView::setTool(Tool tool)
{
    if (tool == m_tool)
        return;
    cancelGesture();
    m_tool = tool;
    setDragMode(tool == Tool::Select ? RubberBandDrag : NoDrag);
    viewport()->setCursor(tool == Tool::Select ? Qt::ArrowCursor : Qt::CrossCursor);
    emit toolChanged(tool);
}

void FloorPlanView::holdSelectionSettled(bool hold) const
{
    if (auto *plan = qobject_cast<FloorPlanScene *>(scene())) // another scene (a benchmark's) holds nothing
        plan->holdSelectionSettled(hold);
}

void FloorPlanView::cancelGesture()
{
    holdSelectionSettled(false);
    m_dragging = false;
    m_dragMoved = false;
    m_leader = nullptr;
    m_dragItems.clear();
    m_dragStart.clear();
    m_hallDrag.reset(); // the scene may be clearing its items: the preview is not restored
    m_rowGesture = false;
    if (m_rowPreview) {
        // The scene may be clearing its items right now; only drop ours if it is still there.
        if (m_rowPreview->scene())
            m_rowPreview->scene()->removeItem(m_rowPreview);
        delete m_rowPreview;
        m_rowPreview = nullptr;
    }
}

RackItem *FloorPlanView::rackAt(const QPoint &viewPos) const
{
    for (QGraphicsItem *item : items(viewPos)) {
        if (item->type() == RackItem::Type)
            return static_cast<RackItem *>(item);
    }
    return nullptr;
}

QPointF FloorPlanView::dragDelta(const QPointF &scenePos) const
{
    const double scale = kScenePixelsPerMetre;
    const QPointF raw = scenePos - m_pressScene;
    // The leader lands on the grid of its hall; the others follow by the same amount.
    const int lead = int(m_dragItems.indexOf(m_leader));
    const QRectF leadHall = m_leader->hallRect();
    const QPointF leadMetres = (m_dragStart[lead] + raw - leadHall.topLeft()) / scale;
    const QPointF snapped(snap(leadMetres.x()), snap(leadMetres.y()));
    QPointF delta = leadHall.topLeft() + snapped * scale - m_dragStart[lead];
    // Keep every rack's centre inside its hall.
    double minX = -1e18, maxX = 1e18, minY = -1e18, maxY = 1e18;
    for (int i = 0; i < m_dragItems.size(); ++i) {
        const QRectF hall = m_dragItems[i]->hallRect();
        if (hall.isNull())
            continue;
        minX = std::max(minX, hall.left() - m_dragStart[i].x());
        maxX = std::min(maxX, hall.right() - m_dragStart[i].x());
        minY = std::max(minY, hall.top() - m_dragStart[i].y());
        maxY = std::min(maxY, hall.bottom() - m_dragStart[i].y());
    }
    if (minX <= maxX)
        delta.setX(std::clamp(delta.x(), minX, maxX));
    if (minY <= maxY)
        delta.setY(std::clamp(delta.y(), minY, maxY));
    return delta;
}

void FloorPlanView::startRackDrag(RackItem *rack, const QPointF &scenePos)
{
    if (!rack->isSelected()) {
        scene()->clearSelection();
        rack->setSelected(true);
    }
    m_dragging = true;
    m_dragMoved = false;
    m_pressScene = scenePos;
    m_leader = rack;
    m_dragItems.clear();
    m_dragStart.clear();
    for (QGraphicsItem *item : scene()->selectedItems()) {
        if (item->type() == RackItem::Type) {
            m_dragItems << static_cast<RackItem *>(item);
            m_dragStart << item->pos();
        }
    }
}

namespace {
// The hall whose grip (HallDrag::gripAt) is at `viewPos` of `view`, and that grip; the first
// of the halls drawn on top.
std::pair<HallItem *, HallDrag::Grip> hallGripAt(const QGraphicsView &view, const QPoint &viewPos)
{
    const QPointF scenePos = view.mapToScene(viewPos);
    const double tolerance = kGripPixels / std::max(view.transform().m11(), 1e-9);
    const QRect around(viewPos - QPoint(kGripPixels, kGripPixels), QSize(2 * kGripPixels + 1, 2 * kGripPixels + 1));
    for (QGraphicsItem *item : view.items(around)) {
        QGraphicsItem *hall = item->type() == HallItem::Type ? item : item->parentItem();
        if (!hall || hall->type() != HallItem::Type)
            continue;
        auto *hallItem = static_cast<HallItem *>(hall);
        if (const HallDrag::Grip grip = HallDrag::gripAt(*hallItem, scenePos, tolerance); grip != HallDrag::Grip::None)
            return { hallItem, grip };
    }
    return { nullptr, HallDrag::Grip::None };
}

Qt::CursorShape cursorFor(HallDrag::Grip grip)
{
    switch (grip) {
    case HallDrag::Grip::Move:
        return Qt::SizeAllCursor;
    case HallDrag::Grip::Right:
        return Qt::SizeHorCursor;
    case HallDrag::Grip::Bottom:
        return Qt::SizeVerCursor;
    case HallDrag::Grip::Corner:
        return Qt::SizeFDiagCursor;
    case HallDrag::Grip::None:
        break;
    }
    return Qt::ArrowCursor;
}
} // namespace

bool FloorPlanView::startHallDrag(const QPoint &viewPos)
{
    const auto [hall, grip] = hallGripAt(*this, viewPos);
    if (!hall)
        return false;
    scene()->clearSelection();
    const HallId id = hall->hallId();
    m_hallDrag = std::make_unique<HallDrag>(planScene(), hall, grip, mapToScene(viewPos));
    emit floorClicked(id, {}); // the hall's page follows the hall being dragged
    return true;
}

void FloorPlanView::updateHoverCursor(const QPoint &viewPos)
{
    if (m_tool != Tool::Select || m_spaceHeld)
        return;
    viewport()->setCursor(cursorFor(hallGripAt(*this, viewPos).second));
}

void FloorPlanView::finishHallDrag(const QPointF &scenePos)
{
    m_hallDrag->restore();
    const QRectF start = m_hallDrag->hall()->rect();
    const QRectF target = m_hallDrag->targetRect(scenePos);
    const HallId hall = m_hallDrag->hall()->hallId();
    cancelGesture();
    if (target == start)
        return;
    const QPointF origin = tidy(target.topLeft() / kScenePixelsPerMetre);
    const QPointF size = tidy(QPointF(target.width(), target.height()) / kScenePixelsPerMetre);
    emit hallReshaped(hall, origin, QSizeF(size.x(), size.y())); // may rebuild the scene
}

void FloorPlanView::mousePressEvent(QMouseEvent *event)
{
    const bool panButton = event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld);
    if (panButton) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    const QPointF scenePos = mapToScene(event->position().toPoint());

    if (m_tool == Tool::Select) {
        RackItem *rack = rackAt(event->position().toPoint());
        if (!rack && startHallDrag(event->position().toPoint())) {
            event->accept();
            return;
        }
        if (!rack) {
            // Rubber band: views of the selection follow once, on release.
            holdSelectionSettled(true);
            QGraphicsView::mousePressEvent(event); // rubber band; clears the selection
            const RowId row = planScene()->rowLabelAt(scenePos);
            const HallItem *hall = planScene()->hallAt(scenePos);
            emit floorClicked(hall ? hall->hallId() : HallId(), row);
            return;
        }
        if (event->modifiers() & Qt::ControlModifier) {
            rack->setSelected(!rack->isSelected());
            event->accept();
            return;
        }
        startRackDrag(rack, scenePos);
        event->accept();
        return;
    }

    HallItem *hall = planScene()->hallAt(scenePos);
    if (!hall) {
        event->accept();
        return;
    }
    const QPointF metres = (scenePos - hall->rect().topLeft()) / kScenePixelsPerMetre;
    const QPointF snapped(snap(metres.x()), snap(metres.y()));
    if (m_tool == Tool::AddRack) {
        const HallId hallId = hall->hallId();
        if (!(event->modifiers() & Qt::ShiftModifier))
            setTool(Tool::Select); // one use; Shift keeps the tool
        event->accept();
        emit addRackRequested(hallId, snapped); // may rebuild the scene: nothing is touched after this
        return;
    } else {
        m_rowGesture = true;
        m_rowHall = hall->hallId();
        m_rowHallRect = hall->rect();
        m_rowStart = snapped;
        m_rowPreview = new QGraphicsRectItem;
        QPen pen(RackItem::selectionColor(), 2, Qt::DashLine);
        pen.setCosmetic(true);
        m_rowPreview->setPen(pen);
        m_rowPreview->setBrush(QColor(0xf0, 0x8a, 0x00, 60));
        m_rowPreview->setZValue(5);
        scene()->addItem(m_rowPreview);
        mouseMoveEvent(event);
    }
    event->accept();
}

void FloorPlanView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint now = event->position().toPoint();
        const QPoint step = now - m_panLast;
        m_panLast = now;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - step.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - step.y());
        event->accept();
        return;
    }
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (m_hallDrag) {
        m_hallDrag->preview(scenePos);
        event->accept();
        return;
    }
    if (event->buttons() == Qt::NoButton)
        updateHoverCursor(event->position().toPoint());
    if (m_dragging) {
        const QPointF delta = dragDelta(scenePos);
        m_dragMoved = m_dragMoved || !delta.isNull();
        for (int i = 0; i < m_dragItems.size(); ++i)
            m_dragItems[i]->setPos(m_dragStart[i] + delta);
        event->accept();
        return;
    }
    if (m_rowGesture && m_rowPreview) {
        const QPointF metres = (scenePos - m_rowHallRect.topLeft()) / kScenePixelsPerMetre;
        const QList<QPointF> racks = rowPositions(m_rowStart, QPointF(snap(metres.x()), snap(metres.y())));
        const double s = kScenePixelsPerMetre;
        const QPointF first = m_rowHallRect.topLeft() + racks.first() * s;
        const QPointF last = m_rowHallRect.topLeft() + racks.last() * s;
        const QSizeF half(kRackWidthMetres * s / 2, kRackDepthMetres * s / 2);
        m_rowPreview->setRect(QRectF(QPointF(std::min(first.x(), last.x()) - half.width(), first.y() - half.height()),
            QPointF(std::max(first.x(), last.x()) + half.width(), first.y() + half.height())));
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void FloorPlanView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_tool == Tool::Select ? Qt::ArrowCursor : Qt::CrossCursor);
        event->accept();
        return;
    }
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (m_hallDrag) {
        event->accept();
        finishHallDrag(scenePos); // may rebuild the scene: nothing is touched after this
        return;
    }
    if (m_dragging) {
        QList<RackMove> moves;
        if (m_dragMoved) {
            const QPointF delta = dragDelta(scenePos);
            for (int i = 0; i < m_dragItems.size(); ++i) {
                RackItem *item = m_dragItems[i];
                const QPointF from = tidy((m_dragStart[i] - item->hallRect().topLeft()) / kScenePixelsPerMetre);
                const QPointF to = tidy((m_dragStart[i] + delta - item->hallRect().topLeft()) / kScenePixelsPerMetre);
                if (from != to)
                    moves.append({ item->rackId(), from, to });
                item->setPos(m_dragStart[i]); // the command moves it for real
            }
        } else if (m_leader) {
            // A plain click on a rack of a larger selection selects that rack alone.
            RackItem *leader = m_leader;
            scene()->clearSelection();
            leader->setSelected(true);
        }
        cancelGesture();
        event->accept();
        if (!moves.isEmpty())
            emit racksMoved(moves); // may rebuild the scene: nothing is touched after this
        return;
    }
    if (m_rowGesture) {
        const QPointF metres = (scenePos - m_rowHallRect.topLeft()) / kScenePixelsPerMetre;
        const HallId hall = m_rowHall;
        const QPointF start = m_rowStart;
        const QPointF end(snap(metres.x()), snap(metres.y()));
        cancelGesture();
        if (!(event->modifiers() & Qt::ShiftModifier))
            setTool(Tool::Select); // one use; Shift keeps the tool
        event->accept();
        emit addRowRequested(hall, start, end);
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    holdSelectionSettled(false); // the rubber band, if any, ended
}

void FloorPlanView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        if (m_dragging) {
            for (int i = 0; i < m_dragItems.size(); ++i)
                m_dragItems[i]->setPos(m_dragStart[i]);
        }
        if (m_hallDrag)
            m_hallDrag->restore();
        cancelGesture();
        setTool(Tool::Select);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void FloorPlanView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void FloorPlanView::contextMenuEvent(QContextMenuEvent *event)
{
    RackItem *rack = m_tool == Tool::Select ? rackAt(event->pos()) : nullptr;
    const HallItem *hall = m_tool == Tool::Select && !rack ? planScene()->hallAt(mapToScene(event->pos())) : nullptr;
    if (hall && !m_dragging && !m_hallDrag) {
        event->accept();
        emit hallContextMenuRequested(hall->hallId(), event->globalPos());
        return;
    }
    if (!rack || m_dragging || m_hallDrag) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    if (!rack->isSelected()) {
        scene()->clearSelection();
        rack->setSelected(true);
    }
    event->accept();
    emit racksContextMenuRequested(planScene()->selectedRacks(), event->globalPos());
}

void FloorPlanView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, delta)); // one notch (120) ≈ ×1.2
    event->accept();
}

void FloorPlanView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitting)
        fitAll();
}

void FloorPlanView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_fitting)
        fitAll();
}

} // namespace warmshell::ui
