// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>

#include <vector>

class QPixmap;

namespace warmshell::ui {

// Lays its items out left to right and wraps to a new line when the width runs out, so a
// legend takes the width it is given instead of widening the window. Its minimum width is
// that of its widest item; its height follows from the width (heightForWidth). Owns its items.
class FlowLayout : public QLayout
{
public:
    // `spacing`: pixels between items on a line and between lines.
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override; // every item on one line
    QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (only measures when `place` is false); the height used.
    int arrange(const QRect &rect, bool place) const;

    std::vector<QLayoutItem *> m_items;
    int m_gap;
};

// A legend entry: `swatch` and `text` side by side, a child of `parent`; in a FlowLayout the
// two stay on one line.
QWidget *makeLegendEntry(const QPixmap &swatch, const QString &text, QWidget *parent);

} // namespace warmshell::ui
