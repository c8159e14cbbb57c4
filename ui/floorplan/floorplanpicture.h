// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QRectF>
#include <QSizeF>

#include <memory>

class QPainter;

namespace warmshell {
class Catalog;
struct CapacityPlan;
struct Project;
} // namespace warmshell

namespace warmshell::ui {

class FloorPlanScene;

// The floor plan of a project coloured by rack load ÷ rack power limit in a plan, as a picture
// that stands on its own: a title (the site's name), a line with the plan's date and the day
// it was drawn, the halls and racks, and the utilisation legend, on white. File → Export…
// writes it as PNG or SVG. Sizes are in scene units (1 unit = 1 pixel at scale 1).
class FloorPlanPicture
{
public:
    FloorPlanPicture(const Project &project, const Catalog &builtIn, const CapacityPlan &plan,
        const QDate &drawnOn = QDate::currentDate());
    ~FloorPlanPicture();

    // True when the site has no halls or racks to draw.
    bool isEmpty() const { return m_source.isEmpty(); }
    // The whole picture: header, floor plan and legend, with margins.
    QSizeF size() const;
    // Paints the picture with its top left corner at (0, 0), `scale` pixels per unit.
    void paint(QPainter *painter, double scale) const;

    QString title() const { return m_title; }
    QString subtitle() const { return m_subtitle; }

private:
    double legendWidth() const;
    void paintHeader(QPainter *painter) const;
    void paintLegend(QPainter *painter, double top) const;

    std::unique_ptr<FloorPlanScene> m_scene;
    QRectF m_source; // the part of the scene drawn
    QString m_title;
    QString m_subtitle;
};

} // namespace warmshell::ui
