// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"
#include "plan/capacityplan.h"

#include <QString>
#include <QWidget>

#include <vector>

namespace warmshell {
class Catalog;
struct Project;
struct Rack;
} // namespace warmshell

namespace warmshell::ui {

// MIME type of a dragged system model: the model id, UTF-8.
inline constexpr char kSystemModelMimeType[] = "application/x-warmshell-system-model";

// Front view of one rack: its U slots numbered from the bottom, the systems in them (one box
// per system, whole-rack systems fill it; pinned systems hatched and labelled "pinned"), and
// the rack's figures above: load / power limit in kW and U used / height. Accepts drops of
// kSystemModelMimeType and reports them with modelDropped(); it never edits anything itself.
class RackElevation : public QWidget
{
    Q_OBJECT

public:
    // One drawn system box.
    struct Slot
    {
        QString label;
        int bottomU = 1; // first U, 1-based from the bottom
        int heightU = 1;
        bool pinned = false;
        bool wholeRack = false;
    };

    explicit RackElevation(QWidget *parent = nullptr);

    // Shows `rack` with `placement` from a plan (null: the rack's pinned contents only, not
    // solved). `stale`: the plan is older than the project. Null `rack` shows a hint.
    void setRack(
        const Project &project, const Catalog &builtIn, const Rack *rack, const RackPlacement *placement, bool stale);

    const std::vector<Slot> &slotsShown() const { return m_slots; }
    // "Rack 1A-01 · 132.0 / 140 kW · 42 / 42 U" or the hint when no rack is shown.
    const QString &figures() const { return m_figures; }
    int rackHeightU() const { return m_heightU; }

    QSize sizeHint() const override { return QSize(360, 640); }
    QSize minimumSizeHint() const override { return QSize(200, 180); }

signals:
    void modelDropped(const warmshell::SystemModelId &model);

protected:
    void paintEvent(QPaintEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QString m_figures;
    QString m_subtitle;
    int m_heightU = 0;
    bool m_hasRack = false;
    bool m_overLimit = false;
    std::vector<Slot> m_slots;
};

} // namespace warmshell::ui
