// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace warmshell::ui {

// A key to the floor plan's colours, wrapped to the width it is given: air and liquid racks, with and without pinned
// systems, and the selection outline.
class FloorPlanLegend : public QWidget
{
    Q_OBJECT

public:
    explicit FloorPlanLegend(QWidget *parent = nullptr);
};

} // namespace warmshell::ui
