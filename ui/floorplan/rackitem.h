// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"
#include "rack.h"

#include <QColor>
#include <QGraphicsRectItem>

#include <functional>
#include <memory>

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

    // The rectangle (scene units) of the hall the rack stands in, whose top-left corner is the
    // origin of the rack's position; null when the rack has no hall (then the plan origin).
    void setHallRect(const QRectF &rect) { m_hallRect = rect; }
    const QRectF &hallRect() const { return m_hallRect; }
    // The rack's position in metres from its hall's origin, as the item stands now.
    QPointF positionMetres() const;

    // The tooltip the scene gave the rack (its site figures); colour modes append plan figures.
    const QString &baseToolTip() const { return m_baseToolTip; }
    // The plan's lines of a rack's tooltip, composed only when asked for (a hover), so colouring
    // 40,000 racks formats no text; one is shared by every item coloured from the same plan.
    using PlanToolTip = std::function<QString(const RackId &)>;
    // Null: the rack is not coloured from a plan (its tooltip is baseToolTip() alone).
    void setPlanToolTip(std::shared_ptr<const PlanToolTip> planToolTip) { m_planToolTip = std::move(planToolTip); }
    // What a hover shows (FloorPlanScene::helpEvent): baseToolTip(), then the plan's lines.
    QString toolTipText() const;
    // Marks the rack as over a limit (its power limit, or a cooling unit serving it over its
    // usable capacity): a red outline and hatching over the fill.
    void setOverLimit(bool over);
    bool isOverLimit() const { return m_overLimit; }

    static QColor fillColor(CoolingType cooling, bool hasPinned);
    static QColor overLimitColor();
    static QColor selectionColor();

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    RackId m_id;
    CoolingType m_cooling;
    bool m_hasPinned;
    QRectF m_hallRect;
    QString m_baseToolTip;
    std::shared_ptr<const PlanToolTip> m_planToolTip;
    bool m_overLimit = false;
};

} // namespace warmshell::ui
