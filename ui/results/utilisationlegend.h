// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QWidget>

namespace warmshell::ui {

// The key of the floor plan coloured by the plan: rack load ÷ rack power limit in bands.
class UtilisationLegend : public QWidget
{
    Q_OBJECT

public:
    explicit UtilisationLegend(QWidget *parent = nullptr);

    // Fill of a rack whose plan load is `share` of its power limit (1 = 100 %); a negative
    // share means the plan leaves the rack empty.
    static QColor colour(double share);
};

} // namespace warmshell::ui
