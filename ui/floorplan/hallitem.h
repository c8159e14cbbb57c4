// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"

#include <QGraphicsRectItem>

namespace warmshell::ui {

// A data hall on the floor plan: its rectangle (scene units) with its name written above the
// top-left corner. Not selectable (the floor-plan view moves and resizes it by its edges and
// name, see HallDrag); racks are drawn over it.
class HallItem : public QGraphicsRectItem
{
public:
    enum { Type = UserType + 2 };

    HallItem(HallId id, const QString &name, const QRectF &rect);

    int type() const override { return Type; }
    const HallId &hallId() const { return m_id; }
    // Where the hall's name is written, scene units.
    QRectF nameLabelSceneRect() const;

    // The floor, then faint grid lines every four snapping steps once zoomed in enough to
    // tell them apart.
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    HallId m_id;
    QGraphicsSimpleTextItem *m_label; // a child item: owned by this item
};

} // namespace warmshell::ui
