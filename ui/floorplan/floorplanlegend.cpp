// SPDX-License-Identifier: GPL-3.0-or-later
#include "floorplanlegend.h"

#include "flowlayout.h"
#include "rackitem.h"

#include <QPainter>

namespace warmshell::ui {

namespace {
QPixmap swatch(const QColor &fill, const QColor &outline, int outlineWidth)
{
    const qreal dpr = 2.0;
    QPixmap pixmap(QSize(12, 18) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QPen(outline, outlineWidth));
    painter.setBrush(fill);
    painter.drawRect(QRectF(1, 1, 10, 16));
    return pixmap;
}
} // namespace

FloorPlanLegend::FloorPlanLegend(QWidget *parent) : QWidget(parent)
{
    auto *layout = new FlowLayout(this, 8);
    layout->setContentsMargins(6, 2, 6, 2);
    const auto add
        = [&](const QPixmap &pixmap, const QString &text) { layout->addWidget(makeLegendEntry(pixmap, text, this)); };
    const auto plain = [](CoolingType cooling, bool pinned) {
        return swatch(RackItem::fillColor(cooling, pinned), RackItem::fillColor(cooling, true).darker(140), 1);
    };
    add(plain(CoolingType::Air, false), tr("Air rack"));
    add(plain(CoolingType::Air, true), tr("Air, systems pinned"));
    add(plain(CoolingType::Liquid, false), tr("Liquid rack"));
    add(plain(CoolingType::Liquid, true), tr("Liquid, systems pinned"));
    add(swatch(RackItem::fillColor(CoolingType::Air, false), RackItem::selectionColor(), 2), tr("Selected"));
    setToolTip(tr("Wheel: zoom · drag: pan · click: select a rack · hover a rack for details"));
}

} // namespace warmshell::ui
