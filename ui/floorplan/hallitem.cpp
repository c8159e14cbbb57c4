// SPDX-License-Identifier: GPL-3.0-or-later
#include "hallitem.h"
#include "theme.h"

#include "floorplanscene.h"

#include <QBrush>
#include <QFont>
#include <QPainter>
#include <QPen>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace warmshell::ui {

HallItem::HallItem(HallId id, const QString &name, const QRectF &rect) : QGraphicsRectItem(rect), m_id(std::move(id))
{
    setBrush(theme::colour(theme::Role::HallFill));
    QPen pen(theme::colour(theme::Role::HallOutline), 2);
    pen.setCosmetic(true);
    setPen(pen);

    auto *label = m_label = new QGraphicsSimpleTextItem(name, this);
    QFont font;
    font.setPixelSize(int(kScenePixelsPerMetre * 0.9)); // scene units: the label zooms with the plan
    font.setBold(true);
    label->setFont(font);
    label->setBrush(theme::colour(theme::Role::HallLabel));
    label->setPos(rect.left(), rect.top() - label->boundingRect().height() - kScenePixelsPerMetre * 0.2);
    setToolTip(QObject::tr("%1 — %2 × %3 m")
                   .arg(name)
                   .arg(rect.width() / kScenePixelsPerMetre)
                   .arg(rect.height() / kScenePixelsPerMetre));
}

namespace {
// The grip of the bottom-right corner (HallDrag): a square of 7 device pixels at any zoom.
void drawResizeHandle(QPainter *painter, const QRectF &hall, double lod)
{
    const double side = 7 / std::max(lod, 1e-9);
    painter->setPen(Qt::NoPen);
    painter->setBrush(theme::colour(theme::Role::HallOutline));
    painter->drawRect(QRectF(hall.bottomRight() - QPointF(side, side), QSizeF(side, side)));
}
} // namespace

QRectF HallItem::nameLabelSceneRect() const
{
    return m_label->sceneBoundingRect();
}

void HallItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    QGraphicsRectItem::paint(painter, option, widget);
    const double step = 4 * kGridMetres * kScenePixelsPerMetre;
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    drawResizeHandle(painter, rect(), lod);
    if (step * lod < 8)
        return;
    QPen pen(theme::colour(theme::Role::HallGrid), 0);
    painter->setPen(pen);
    const QRectF r = rect();
    for (double x = r.left() + step; x < r.right() - 1e-6; x += step)
        painter->drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
    for (double y = r.top() + step; y < r.bottom() - 1e-6; y += step)
        painter->drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
    painter->setPen(this->pen());
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(r);
}

} // namespace warmshell::ui
