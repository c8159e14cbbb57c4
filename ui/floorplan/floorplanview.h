// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"

#include <QGraphicsView>
#include <QList>

#include <memory>

class QGraphicsRectItem;

namespace warmshell::ui {

class FloorPlanScene;
class HallDrag;
class RackItem;

// One rack moved by a drag: where it stood and where it goes, metres from its hall's origin.
struct RackMove
{
    RackId rack;
    QPointF from;
    QPointF to;
};

// Shows the floor plan and turns mouse gestures into edit requests; it never changes the
// project itself (the main window turns the signals into undo commands).
//  - Select tool: a click selects a rack (Ctrl toggles), one elsewhere emits floorClicked()
//    (after the selection is cleared), dragging on empty floor draws a
//    rubber band, dragging a selected rack moves the whole selection as a preview snapped
//    to the kGridMetres grid of its hall and kept inside it; on release racksMoved() is
//    emitted once. Dragging a hall by its name or its top or left edge moves it with its
//    racks; dragging its right or bottom edge or its bottom-right corner resizes it (HallDrag:
//    snapped, never smaller than its racks need); on release hallReshaped() is emitted once.
//    A right-click on a selected rack emits racksContextMenuRequested() for the selection.
//  - Add rack tool: a click inside a hall emits addRackRequested() at the snapped point.
//  - Add row tool: a drag inside a hall emits addRowRequested() with the snapped start and
//    end (a preview shows the row while the mouse is down).
//  The add tools go back to Select after one use, unless Shift is held at the click (or at
//  the release ending the row), which keeps them for the next.
// The wheel zooms about the cursor; the middle button (or Space with the left) pans. Until
// the user zooms, the whole plan is kept fitted in the view; fitAll() returns to that mode.
class FloorPlanView : public QGraphicsView
{
    Q_OBJECT

public:
    enum class Tool { Select, AddRack, AddRow };

    explicit FloorPlanView(FloorPlanScene *scene, QWidget *parent = nullptr);
    ~FloorPlanView() override;

    // Multiplies the zoom by `factor`, kept within [minZoom, maxZoom] of the natural scale.
    void zoomBy(double factor);
    double zoom() const;
    bool isFitting() const { return m_fitting; }
    Tool tool() const { return m_tool; }

    static constexpr double minZoom = 0.05;
    static constexpr double maxZoom = 40.0;

    // `value` (metres) to the nearest grid point.
    static double snap(double value);

public slots:
    void fitAll();
    void zoomIn() { zoomBy(1.25); }
    void zoomOut() { zoomBy(1 / 1.25); }
    void setTool(warmshell::ui::FloorPlanView::Tool tool);

signals:
    void racksMoved(const QList<warmshell::ui::RackMove> &moves);
    // Positions in metres from the origin of `hall`, on the grid.
    void addRackRequested(const warmshell::HallId &hall, const QPointF &position);
    void addRowRequested(const warmshell::HallId &hall, const QPointF &start, const QPointF &end);
    void toolChanged(warmshell::ui::FloorPlanView::Tool tool);
    // A click of the Select tool outside every rack: on a row's label (`row` set, and its
    // `hall`), on a hall's floor (`hall` set), or outside every hall (both null).
    void floorClicked(const warmshell::HallId &hall, const warmshell::RowId &row);
    // A hall dragged to a new place or size: its origin (metres from the campus origin) and
    // size (metres), on the grid. Emitted once, on release, only when either changed.
    void hallReshaped(const warmshell::HallId &hall, const QPointF &origin, const QSizeF &size);
    // A right-click on a rack (which is selected first unless it already is): `racks` is the
    // whole selection, `globalPos` where the menu goes.
    void racksContextMenuRequested(const QList<warmshell::RackId> &racks, const QPoint &globalPos);
    // A right-click of the Select tool on a hall's floor outside every rack.
    void hallContextMenuRequested(const warmshell::HallId &hall, const QPoint &globalPos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    FloorPlanScene *planScene() const;
    RackItem *rackAt(const QPoint &viewPos) const;
    QPointF dragDelta(const QPointF &scenePos) const; // snapped and clamped, scene units
    void cancelGesture();
    // FloorPlanScene::holdSelectionSettled() on the scene shown.
    void holdSelectionSettled(bool hold) const;
    // Starts a hall drag when the press at `viewPos` is on a hall's grip; false otherwise.
    bool startHallDrag(const QPoint &viewPos);
    // The cursor that tells what a press at `viewPos` would grab (Select tool, no button down).
    void updateHoverCursor(const QPoint &viewPos);
    void finishHallDrag(const QPointF &scenePos);
    // Starts dragging the selection led by `rack`, pressed at `scenePos`.
    void startRackDrag(RackItem *rack, const QPointF &scenePos);

    bool m_fitting = true;
    Tool m_tool = Tool::Select;
    bool m_spaceHeld = false;

    // Pan with the middle button (or Space + left).
    bool m_panning = false;
    QPoint m_panLast;

    // Rack drag: items and their centres at the press; the pressed item leads the snapping.
    bool m_dragging = false;
    bool m_dragMoved = false;
    QPointF m_pressScene;
    RackItem *m_leader = nullptr;
    QList<RackItem *> m_dragItems;
    QList<QPointF> m_dragStart;

    // Hall move or resize; null when none is under way.
    std::unique_ptr<HallDrag> m_hallDrag;

    // Add-row gesture.
    bool m_rowGesture = false;
    HallId m_rowHall;
    QRectF m_rowHallRect;
    QPointF m_rowStart; // metres in the hall, snapped
    QGraphicsRectItem *m_rowPreview = nullptr;
};

// Racks of a row from `start` towards `end` (metres in the hall): rows run along x, one rack
// every rack width from `start` while not past `end`'s x, all at `start`'s y; at least one.
QList<QPointF> rowPositions(const QPointF &start, const QPointF &end);

} // namespace warmshell::ui
