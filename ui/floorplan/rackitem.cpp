// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackitem.h"

#include "floorplanscene.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace warmshell::ui {

RackItem::RackItem(RackId id, CoolingType cooling, bool hasPinned, QPointF center, const QString &toolTip)
    : m_id(std::move(id)), m_cooling(cooling), m_hasPinned(hasPinned), m_baseToolTip(toolTip)
{
    const QSizeF size(kRackWidthMetres * kScenePixelsPerMetre, kRackDepthMetres * kScenePixelsPerMetre);
    setRect(QRectF(QPointF(-size.width() / 2, -size.height() / 2), size));
    setPos(center);
    setFlag(ItemIsSelectable);
    setToolTip(toolTip);
    setBrush(fillColor(cooling, hasPinned));
    QPen pen(fillColor(cooling, true).darker(140));
    pen.setCosmetic(true);
    setPen(pen);
    setZValue(1);
}

QPointF RackItem::positionMetres() const
{
    return (pos() - m_hallRect.topLeft()) / kScenePixelsPerMetre;
}

QString RackItem::toolTipText() const
{
    return m_planToolTip ? m_baseToolTip + QLatin1Char('\n') + (*m_planToolTip)(m_id) : m_baseToolTip;
}

QColor RackItem::fillColor(CoolingType cooling, bool hasPinned)
{
    if (cooling == CoolingType::Liquid)
        return hasPinned ? QColor(0x1f, 0x7a, 0x72) : QColor(0x5f, 0xc4, 0xb8);
    return hasPinned ? QColor(0x48, 0x5a, 0x70) : QColor(0x9a, 0xaa, 0xbd);
}

void RackItem::setOverLimit(bool over)
{
    if (m_overLimit == over)
        return;
    m_overLimit = over;
    update();
}

QColor RackItem::overLimitColor()
{
    return QColor(0xd6, 0x27, 0x28);
}

QColor RackItem::selectionColor()
{
    return QColor(0xf0, 0x8a, 0x00);
}

void RackItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    // Level of detail: a rack under a few pixels wide (a whole large site in view) is one
    // plain fill, no outline or hatching (which would not show anyway): the selection colour,
    // else red when over a limit, else its fill.
    const qreal pixels
        = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()) * rect().width();
    if (pixels < 4.0) {
        const QColor fill = isSelected() ? selectionColor() : (m_overLimit ? overLimitColor() : brush().color());
        // Unantialiased: at this size coverage blending costs more than the whole item.
        const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(rect(), fill);
        painter->setRenderHint(QPainter::Antialiasing, antialiased);
        return;
    }
    // Draw the rectangle without Qt's dashed selection box, then a solid outline if selected.
    QStyleOptionGraphicsItem plain(*option);
    plain.state &= ~QStyle::State_Selected;
    QGraphicsRectItem::paint(painter, &plain, widget);
    if (m_overLimit) {
        QPen pen(overLimitColor(), 2.5);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(QBrush(overLimitColor(), Qt::BDiagPattern));
        painter->drawRect(rect());
    }
    if (isSelected()) {
        QPen pen(selectionColor(), 3);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect());
    }
}

} // namespace warmshell::ui
