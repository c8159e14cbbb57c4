// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace warmshell::ui {

// A one-line key to the floor plan's colours: air and liquid racks, with and without pinned
// systems, and the selection outline.
class FloorPlanLegend : public QWidget
{
    Q_OBJECT

public:
    explicit FloorPlanLegend(QWidget *parent = nullptr);
};

} // namespace warmshell::ui
