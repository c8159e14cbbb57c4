// SPDX-License-Identifier: GPL-3.0-or-later
#include "colourmodebar.h"
#include "theme.h"

#include "flowlayout.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QStandardItemModel>

namespace warmshell::ui {

namespace {
QPixmap swatch(const QColor &fill)
{
    const qreal dpr = 2.0;
    QPixmap pixmap(QSize(14, 14) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QPen(fill.darker(140), 1));
    painter.setBrush(fill);
    painter.drawRect(QRectF(0.5, 0.5, 13, 13));
    return pixmap;
}
} // namespace

ColourModeBar::ColourModeBar(QWidget *parent)
    : QWidget(parent), m_combo(new QComboBox(this)), m_menu(new QMenu(tr("&Colour Racks By"), this)),
      m_actions(new QActionGroup(this)), m_swatches(new QWidget(this)), m_swatchLayout(new FlowLayout(m_swatches, 6))
{
    setObjectName(QStringLiteral("colourModeBar"));
    m_combo->setObjectName(QStringLiteral("colourModeCombo"));
    m_menu->setObjectName(QStringLiteral("colourModeMenu"));
    m_menu->setToolTipsVisible(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->setSpacing(6);
    layout->addWidget(new QLabel(tr("Colour racks by:"), this));
    layout->addWidget(m_combo);
    layout->addSpacing(8);
    m_swatchLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_swatches, 1); // wraps to the width left

    for (RackColourMode mode : rackcolouring::kModes) {
        m_combo->addItem(rackcolouring::modeName(mode), int(mode));
        QAction *action = m_menu->addAction(rackcolouring::modeName(mode));
        action->setCheckable(true);
        action->setData(int(mode));
        m_actions->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode] { setMode(mode); });
    }
    connect(m_combo, &QComboBox::activated, this,
        [this](int index) { setMode(RackColourMode(m_combo->itemData(index).toInt())); });
    setPlan(nullptr);
}

RackColourMode ColourModeBar::effectiveMode(const CapacityPlan *plan) const
{
    return rackcolouring::isAvailable(m_mode, plan) ? m_mode : RackColourMode::CoolingType;
}

void ColourModeBar::setMode(RackColourMode mode)
{
    if (!rackcolouring::isAvailable(mode, m_plan) && mode != RackColourMode::PowerUtilisation)
        return; // a disabled choice (the default, utilisation, is kept until a plan arrives)
    const bool changed = mode != m_mode;
    m_mode = mode;
    rebuildLegend();
    if (changed)
        emit modeChanged(mode);
}

void ColourModeBar::setPlan(const CapacityPlan *plan)
{
    m_plan = plan;
    auto *model = qobject_cast<QStandardItemModel *>(m_combo->model());
    for (int i = 0; i < m_combo->count(); ++i) {
        const auto mode = RackColourMode(m_combo->itemData(i).toInt());
        QString why;
        const bool ok = rackcolouring::isAvailable(mode, plan, &why);
        if (QStandardItem *item = model ? model->item(i) : nullptr) {
            item->setEnabled(ok);
            item->setToolTip(why);
        }
        QAction *action = m_actions->actions().at(i);
        action->setEnabled(ok);
        action->setToolTip(why.isEmpty() ? rackcolouring::modeName(mode) : why);
    }
    rebuildLegend();
}

QStringList ColourModeBar::legendLabels() const
{
    QStringList labels;
    for (QLabel *label : m_swatches->findChildren<QLabel *>()) {
        if (!label->text().isEmpty())
            labels << label->text();
    }
    return labels;
}

void ColourModeBar::setOverlayLegend(const QString &caption, const std::vector<RackLegendEntry> &entries)
{
    m_overlayCaption = caption;
    m_overlayEntries = entries;
    rebuildLegend();
}

void ColourModeBar::rebuildLegend()
{
    const RackColourMode shown = effectiveMode(m_plan);
    m_combo->setCurrentIndex(m_combo->findData(int(m_mode)));
    for (QAction *action : m_actions->actions())
        action->setChecked(action->data().toInt() == int(m_mode));
    m_entries = rackcolouring::legend(shown, m_plan);
    while (QLayoutItem *item = m_swatchLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_overlayEntries.empty()) {
        auto *caption = new QLabel(m_overlayCaption, m_swatches);
        caption->setStyleSheet(QStringLiteral("font-weight: bold"));
        m_swatchLayout->addWidget(caption);
        for (const RackLegendEntry &e : m_overlayEntries)
            m_swatchLayout->addWidget(makeLegendEntry(swatch(e.colour), e.label, m_swatches));
        m_swatches->setVisible(true);
        return;
    }
    if (shown != m_mode) {
        QString why;
        rackcolouring::isAvailable(m_mode, m_plan, &why);
        auto *note = new QLabel(why, m_swatches);
        note->setStyleSheet(QStringLiteral("color: %1").arg(theme::css(theme::Role::MutedText)));
        m_swatchLayout->addWidget(note);
    }
    for (const RackLegendEntry &e : m_entries)
        m_swatchLayout->addWidget(makeLegendEntry(swatch(e.colour), e.label, m_swatches));
    if (!m_entries.empty()) {
        QPixmap pixmap = swatch(QColor(0xf4, 0xf4, 0xf4));
        {
            QPainter painter(&pixmap);
            painter.setPen(QPen(QColor(0xd6, 0x27, 0x28), 2));
            painter.setBrush(QBrush(QColor(0xd6, 0x27, 0x28), Qt::BDiagPattern));
            painter.drawRect(QRectF(1, 1, 12, 12));
        }
        m_swatchLayout->addWidget(makeLegendEntry(pixmap, tr("over a limit (rack power or cooling)"), m_swatches));
    }
    m_swatches->setVisible(m_swatchLayout->count() > 0);
}

} // namespace warmshell::ui
