// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

namespace warmshell::ui {

// Shows the floor plan: the wheel zooms about the cursor, dragging empty floor pans, a click
// selects a rack. Until the user zooms, the whole plan is kept fitted in the view (also
// across resizes); fitAll() returns to that mode.
class FloorPlanView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit FloorPlanView(QGraphicsScene *scene, QWidget *parent = nullptr);

    // Multiplies the zoom by `factor`, kept within [minZoom, maxZoom] of the natural scale.
    void zoomBy(double factor);
    double zoom() const;
    bool isFitting() const { return m_fitting; }

    static constexpr double minZoom = 0.05;
    static constexpr double maxZoom = 40.0;

public slots:
    void fitAll();
    void zoomIn() { zoomBy(1.25); }
    void zoomOut() { zoomBy(1 / 1.25); }

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    bool m_fitting = true;
};

} // namespace warmshell::ui
