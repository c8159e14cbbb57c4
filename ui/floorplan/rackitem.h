// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"
#include "rack.h"

#include <QColor>
#include <QGraphicsRectItem>

namespace warmshell::ui {

// One rack on the floor plan: a 0.6 m × 1.2 m rectangle centred on the rack's position,
// filled by cooling type (air blue-grey, liquid teal; darker when systems are pinned in it).
// Selectable; holds the rack's id, not a pointer, so it survives edits of the project.
class RackItem : public QGraphicsRectItem
{
public:
    enum { Type = UserType + 1 };

    // `center` is in scene units; `toolTip` describes the rack to the user.
    RackItem(RackId id, CoolingType cooling, bool hasPinned, QPointF center, const QString &toolTip);

    int type() const override { return Type; }
    const RackId &rackId() const { return m_id; }
    CoolingType cooling() const { return m_cooling; }
    bool hasPinned() const { return m_hasPinned; }

    static QColor fillColor(CoolingType cooling, bool hasPinned);
    static QColor selectionColor();

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    RackId m_id;
    CoolingType m_cooling;
    bool m_hasPinned;
};

} // namespace warmshell::ui
