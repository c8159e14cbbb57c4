// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

namespace warmshell {
struct CapacityPlan;
struct Project;
} // namespace warmshell

namespace warmshell::ui {

class FloorPlanScene;

// The key of the floor plan coloured by the plan: rack load ÷ rack power limit in bands.
class UtilisationLegend : public QWidget
{
    Q_OBJECT

public:
    explicit UtilisationLegend(QWidget *parent = nullptr);

    // Fill of a rack whose plan load is `share` of its power limit (1 = 100 %); a negative
    // share means the plan leaves the rack empty.
    static QColor colour(double share);
    // Fills every rack of `scene` with colour(load in `plan` ÷ power limit in `project`);
    // racks the plan leaves empty get colour(-1).
    static void colourRacks(FloorPlanScene *scene, const Project &project, const CapacityPlan &plan);
    // The key: each band's colour and label, the empty rack first, over the limit last.
    static QList<std::pair<QColor, QString>> entries();
};

} // namespace warmshell::ui
