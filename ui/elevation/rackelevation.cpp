// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackelevation.h"
#include "theme.h"

#include "catalog.h"
#include "format.h"
#include "project.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>

namespace warmshell::ui {

namespace {
const QColor kPlacedColor(0x9c, 0xc9, 0xe8);
const QColor kPinnedColor(0x5b, 0x8d, 0xb8);
const QColor kEmptyColor(0xf4, 0xf4, 0xf4);
} // namespace

RackElevation::RackElevation(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("rackElevation"));
    setAcceptDrops(true);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, theme::colour(theme::Role::ElevationBackground));
    setPalette(p);
    m_figures = tr("Select a rack on the floor plan to see its elevation.");
}

void RackElevation::setRack(
    const Project &project, const Catalog &builtIn, const Rack *rack, const RackPlacement *placement, bool stale)
{
    m_slots.clear();
    m_hasRack = rack != nullptr;
    m_overLimit = false;
    if (!rack) {
        m_heightU = 0;
        m_figures = tr("Select a rack on the floor plan to see its elevation.");
        m_subtitle.clear();
        update();
        return;
    }
    m_heightU = rack->height.value();

    // Systems to draw: the plan's placement, or the rack's pinned contents when unsolved.
    struct Entry
    {
        SystemModelId model;
        int count;
        bool pinned;
        QString operatingPoint;
    };
    std::vector<Entry> entries;
    if (placement) {
        for (const PlacedSystems &s : placement->systems)
            entries.push_back({ s.model, s.count, s.pinned, s.operatingPoint });
    } else {
        for (const PinnedSystems &p : rack->pinned)
            entries.push_back({ p.model, p.count, true, QString() });
    }
    // Pinned systems at the bottom, as they are already installed.
    std::stable_sort(
        entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.pinned > b.pinned; });

    double load = 0;
    int nextU = 1;
    for (const Entry &e : entries) {
        const SystemModel *model = project.model(e.model, builtIn);
        const QString name = model ? model->name : e.model.toString();
        const bool wholeRack = model && model->wholeRack;
        const int height = wholeRack ? m_heightU : (model ? std::max(1, model->height.value()) : 1);
        if (model) {
            double fraction = 1.0;
            for (const OperatingPoint &op : model->operatingPoints) {
                if (op.name == e.operatingPoint)
                    fraction = op.powerFraction;
            }
            load += model->power.value() * fraction * e.count;
        }
        QString label = name;
        if (!e.operatingPoint.isEmpty() && e.operatingPoint != QStringLiteral("full power"))
            label += QStringLiteral(" @ ") + e.operatingPoint;
        if (e.pinned)
            label += tr(" · pinned");
        for (int i = 0; i < e.count; ++i) {
            m_slots.push_back({ label, nextU, height, e.pinned, wholeRack });
            nextU += height;
        }
    }
    if (placement)
        load = placement->load.value();
    const int usedU = nextU - 1;
    m_overLimit = usedU > m_heightU || load > rack->powerLimit.value() + 1e-6;
    const QString name = rack->name.isEmpty() ? rack->id.toString() : rack->name;
    m_figures = tr("%1 · %2 / %3 · %4 / %5 U")
                    .arg(name, format::kilowatts(Kilowatts(load)), format::kilowatts(rack->powerLimit))
                    .arg(usedU)
                    .arg(m_heightU);
    if (!placement)
        m_subtitle = tr("Pinned contents only (not solved yet)");
    else if (stale)
        m_subtitle = tr("Placement from the last plan (stale: re-solving)");
    else
        m_subtitle = tr("Placement from the plan · drop a model here to pin it");
    update();
}

void RackElevation::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics fm(font());
    const int margin = 8;
    int y = margin;

    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(m_overLimit ? QColor(0xd6, 0x27, 0x28) : palette().color(QPalette::WindowText));
    const QRect figuresRect(margin, y, width() - 2 * margin, fm.height() * 2 + 4);
    painter.drawText(figuresRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_figures);
    y += painter.boundingRect(figuresRect, Qt::TextWordWrap, m_figures).height() + 2;
    painter.setFont(font());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    if (!m_subtitle.isEmpty()) {
        const QRect subtitleRect(margin, y, width() - 2 * margin, fm.height() * 2 + 4);
        painter.drawText(subtitleRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_subtitle);
        y += painter.boundingRect(subtitleRect, Qt::TextWordWrap, m_subtitle).height() + 6;
    }
    if (!m_hasRack || m_heightU <= 0)
        return;

    // The rack: a U scale on the left, slots to the right, U 1 at the bottom.
    const int scaleWidth = fm.horizontalAdvance(QStringLiteral("42U")) + 6;
    const QRect frame(margin + scaleWidth, y, std::max(120, width() - 2 * margin - scaleWidth), height() - y - margin);
    const double uHeight = double(frame.height()) / m_heightU;
    const auto uTop = [&](int u) { return frame.bottom() + 1 - u * uHeight; }; // top edge of U `u`

    painter.fillRect(frame, kEmptyColor);
    painter.setPen(theme::colour(theme::Role::ElevationGrid));
    for (int u = 1; u < m_heightU; ++u)
        painter.drawLine(QPointF(frame.left(), uTop(u)), QPointF(frame.right(), uTop(u)));
    painter.setPen(palette().color(QPalette::WindowText));
    const int step = uHeight * 1 >= fm.height() ? 1 : (uHeight * 2 >= fm.height() ? 2 : 5);
    for (int u = 1; u <= m_heightU; ++u) {
        if (u % step != 0 && u != 1)
            continue;
        const QRectF label(margin, uTop(u), scaleWidth - 4, uHeight);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, QString::number(u));
    }

    for (const Slot &slot : m_slots) {
        const int top = std::min(slot.bottomU + slot.heightU - 1, m_heightU);
        if (slot.bottomU > m_heightU)
            break; // does not fit: the figures above are red
        QRectF box(frame.left() + 2, uTop(top) + 1, frame.width() - 4, (top - slot.bottomU + 1) * uHeight - 2);
        painter.setPen(QPen(QColor(0x2f, 0x4f, 0x6f), 1));
        painter.setBrush(slot.pinned ? kPinnedColor : kPlacedColor);
        painter.drawRect(box);
        if (slot.pinned) {
            painter.setBrush(QBrush(QColor(255, 255, 255, 90), Qt::BDiagPattern));
            painter.drawRect(box);
        }
        painter.setPen(slot.pinned ? Qt::white : QColor(0x10, 0x20, 0x30));
        painter.drawText(box.adjusted(6, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(slot.label, Qt::ElideRight, int(box.width()) - 12));
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(theme::colour(theme::Role::HallLabel), 2));
    painter.drawRect(frame);
}

void RackElevation::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_hasRack && event->mimeData()->hasFormat(QLatin1String(kSystemModelMimeType)))
        event->acceptProposedAction();
}

void RackElevation::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_hasRack && event->mimeData()->hasFormat(QLatin1String(kSystemModelMimeType)))
        event->acceptProposedAction();
}

void RackElevation::dropEvent(QDropEvent *event)
{
    if (!m_hasRack || !event->mimeData()->hasFormat(QLatin1String(kSystemModelMimeType)))
        return;
    const QString id = QString::fromUtf8(event->mimeData()->data(QLatin1String(kSystemModelMimeType)));
    event->acceptProposedAction();
    emit modelDropped(SystemModelId(id));
}

} // namespace warmshell::ui
