// SPDX-License-Identifier: GPL-3.0-or-later
#include "hallitem.h"

#include "floorplanscene.h"

#include <QBrush>
#include <QFont>
#include <QPen>

namespace warmshell::ui {

HallItem::HallItem(HallId id, const QString &name, const QRectF &rect)
    : QGraphicsRectItem(rect)
    , m_id(std::move(id))
{
    setBrush(QColor(0xfa, 0xfa, 0xf7));
    QPen pen(QColor(0x50, 0x50, 0x50), 2);
    pen.setCosmetic(true);
    setPen(pen);

    auto *label = new QGraphicsSimpleTextItem(name, this);
    QFont font;
    font.setPixelSize(int(kScenePixelsPerMetre * 0.9)); // scene units: the label zooms with the plan
    font.setBold(true);
    label->setFont(font);
    label->setBrush(QColor(0x30, 0x30, 0x30));
    label->setPos(rect.left(), rect.top() - label->boundingRect().height() - kScenePixelsPerMetre * 0.2);
    setToolTip(QObject::tr("%1 — %2 × %3 m").arg(name).arg(rect.width() / kScenePixelsPerMetre).arg(rect.height() / kScenePixelsPerMetre));
}

} // namespace warmshell::ui
