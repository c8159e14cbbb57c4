// SPDX-License-Identifier: GPL-3.0-or-later
#include "halldrag.h"

#include "fieldlimits.h"
#include "floorplanscene.h"
#include "floorplanview.h"
#include "hallitem.h"
#include "rackitem.h"

#include <algorithm>
#include <cmath>

namespace warmshell::ui {

namespace {
// `scene` units to the nearest grid point, in scene units.
double snapScene(double scene)
{
    return FloorPlanView::snap(scene / kScenePixelsPerMetre) * kScenePixelsPerMetre;
}
} // namespace

HallDrag::Grip HallDrag::gripAt(const HallItem &hall, const QPointF &scenePos, double tolerance)
{
    const QRectF r = hall.mapRectToScene(hall.rect());
    if (!r.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(scenePos))
        return hall.nameLabelSceneRect().contains(scenePos) ? Grip::Move : Grip::None;
    const bool right = std::abs(scenePos.x() - r.right()) <= tolerance;
    const bool bottom = std::abs(scenePos.y() - r.bottom()) <= tolerance;
    if (right && bottom)
        return Grip::Corner;
    if (right)
        return Grip::Right;
    if (bottom)
        return Grip::Bottom;
    if (std::abs(scenePos.x() - r.left()) <= tolerance || std::abs(scenePos.y() - r.top()) <= tolerance)
        return Grip::Move;
    return Grip::None;
}

QSizeF HallDrag::smallestSize(const QRectF &hallRect, const QList<RackItem *> &racks)
{
    const double oneMetre = kScenePixelsPerMetre;
    double width = oneMetre, depth = oneMetre;
    for (const RackItem *rack : racks) {
        const QRectF footprint = rack->mapRectToScene(rack->rect());
        width = std::max(width, footprint.right() - hallRect.left());
        depth = std::max(depth, footprint.bottom() - hallRect.top());
    }
    return { std::min(width, std::max(hallRect.width(), oneMetre)),
        std::min(depth, std::max(hallRect.height(), oneMetre)) };
}

HallDrag::HallDrag(FloorPlanScene *scene, HallItem *hall, Grip grip, const QPointF &pressScene)
    : m_hall(hall), m_grip(grip), m_pressScene(pressScene), m_startRect(hall->mapRectToScene(hall->rect()))
{
    for (RackItem *rack : scene->rackItems()) {
        if (rack->hallRect() == hall->rect()) {
            m_racks << rack;
            m_rackStart << rack->pos();
        }
    }
    m_smallest = smallestSize(m_startRect, m_racks);
}

QRectF HallDrag::targetRect(const QPointF &scenePos) const
{
    const QPointF raw = scenePos - m_pressScene;
    if (m_grip == Grip::Move) {
        // The origin lands on the grid (metres from the campus origin).
        const QPointF origin(snapScene(m_startRect.left() + raw.x()), snapScene(m_startRect.top() + raw.y()));
        return { origin, m_startRect.size() };
    }
    const double largest = limits::hallSize.max * kScenePixelsPerMetre;
    QSizeF size = m_startRect.size();
    if (m_grip == Grip::Right || m_grip == Grip::Corner)
        size.setWidth(std::clamp(snapScene(size.width() + raw.x()), m_smallest.width(), largest));
    if (m_grip == Grip::Bottom || m_grip == Grip::Corner)
        size.setHeight(std::clamp(snapScene(size.height() + raw.y()), m_smallest.height(), largest));
    return { m_startRect.topLeft(), size };
}

void HallDrag::preview(const QPointF &scenePos)
{
    const QRectF target = targetRect(scenePos);
    const QPointF shift = target.topLeft() - m_startRect.topLeft();
    // The hall item keeps its rect in scene units at pos (0, 0); a move shifts its pos.
    m_hall->setPos(shift);
    m_hall->setRect(QRectF(m_startRect.topLeft(), target.size()));
    for (int i = 0; i < m_racks.size(); ++i)
        m_racks[i]->setPos(m_rackStart[i] + shift);
}

void HallDrag::restore()
{
    m_hall->setPos(QPointF());
    m_hall->setRect(m_startRect);
    for (int i = 0; i < m_racks.size(); ++i)
        m_racks[i]->setPos(m_rackStart[i]);
}

} // namespace warmshell::ui
