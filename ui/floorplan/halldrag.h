// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"

#include <QList>
#include <QPointF>
#include <QRectF>

namespace warmshell::ui {

class FloorPlanScene;
class HallItem;
class RackItem;

// A hall moved or resized with the mouse on the floor plan, as a preview: the items move while
// the mouse is down and go back where they were at the end, when the view asks the document
// for the real edit. Scene units unless a name says metres.
//  - Move (the hall's name or its top or left edge): the hall and its racks follow the mouse,
//    the hall's origin snapped to the kGridMetres grid.
//  - Resize (the right edge, the bottom edge or the bottom-right corner): the far edges follow
//    the mouse, the size snapped to the grid and never smaller than the hall's racks need
//    (smallestSize()), nor larger than limits::hallSize.
// Holds pointers to the scene's items: drop it before the scene is rebuilt.
class HallDrag
{
public:
    enum class Grip { None, Move, Right, Bottom, Corner };

    // The grip of `hall` at `scenePos`, within `tolerance` scene units of an edge; None on the
    // floor inside (where a rubber band starts) and away from the hall.
    static Grip gripAt(const HallItem &hall, const QPointF &scenePos, double tolerance);

    HallDrag(FloorPlanScene *scene, HallItem *hall, Grip grip, const QPointF &pressScene);

    HallItem *hall() const { return m_hall; }
    Grip grip() const { return m_grip; }

    // The hall's rectangle where the mouse at `scenePos` takes it.
    QRectF targetRect(const QPointF &scenePos) const;
    // Shows the hall (and, when moved, its racks) at targetRect(scenePos).
    void preview(const QPointF &scenePos);
    // Puts every item back where it stood at the press.
    void restore();

    // The smallest size (scene units) that keeps every rack's footprint of `racks` inside a hall
    // at `hallRect`'s origin, but not larger than the hall is now (a rack already past the edge
    // does not make the hall grow), and at least 1 m each way.
    static QSizeF smallestSize(const QRectF &hallRect, const QList<RackItem *> &racks);

private:
    HallItem *m_hall;
    Grip m_grip;
    QPointF m_pressScene;
    QRectF m_startRect;
    QSizeF m_smallest;
    QList<RackItem *> m_racks; // of this hall
    QList<QPointF> m_rackStart;
};

} // namespace warmshell::ui
