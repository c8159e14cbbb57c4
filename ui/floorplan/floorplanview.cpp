// SPDX-License-Identifier: GPL-3.0-or-later
#include "floorplanview.h"

#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace warmshell::ui {

FloorPlanView::FloorPlanView(QGraphicsScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setMinimumSize(320, 240);
    // Refit whenever the plan changes size (a project was opened) while in fitting mode.
    connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] {
        if (m_fitting)
            fitAll();
    });
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
