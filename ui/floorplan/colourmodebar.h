// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rackcolouring.h"

#include <QWidget>

class QActionGroup;
class QComboBox;
class QMenu;

namespace warmshell::ui {

class FlowLayout;

// Under the floor plan: "Colour by [mode]" and the legend of the mode shown (swatch + label
// per RackLegendEntry; the cooling-type legend is FloorPlanLegend). menu() is the same choice
// for the View menu; both stay in step. Modes that cannot be shown (no plan yet; inlet
// temperature, which nothing computes) are disabled with a tooltip saying why. Does not
// colour the scene itself: whoever owns the scene calls rackcolouring::apply() on
// modeChanged().
class ColourModeBar : public QWidget
{
    Q_OBJECT

public:
    explicit ColourModeBar(QWidget *parent = nullptr);

    RackColourMode mode() const { return m_mode; }
    // The mode the user chose, unless it cannot be shown with `plan`; then CoolingType.
    RackColourMode effectiveMode(const CapacityPlan *plan) const;
    void setMode(RackColourMode mode);

    // Enables the modes `plan` (null: none yet) allows and rebuilds the legend for it.
    void setPlan(const CapacityPlan *plan);

    QComboBox *comboBox() const { return m_combo; }
    QMenu *menu() const { return m_menu; }
    // The legend shown now (empty in cooling-type mode).
    const std::vector<RackLegendEntry> &legendEntries() const { return m_entries; }
    // The swatch widgets' labels, in order, for tests.
    QStringList legendLabels() const;

    // Shows `caption` and `entries` (the "What if this fails?" overlay's key) in place of the
    // mode's legend until called with no entries. The mode choice stays as it was.
    void setOverlayLegend(const QString &caption, const std::vector<RackLegendEntry> &entries);

signals:
    void modeChanged(warmshell::ui::RackColourMode mode);

private:
    void rebuildLegend();

    QComboBox *m_combo;
    QMenu *m_menu;
    QActionGroup *m_actions;
    QWidget *m_swatches;
    FlowLayout *m_swatchLayout;
    RackColourMode m_mode = RackColourMode::PowerUtilisation;
    const CapacityPlan *m_plan = nullptr;
    std::vector<RackLegendEntry> m_entries;
    QString m_overlayCaption;
    std::vector<RackLegendEntry> m_overlayEntries;
};

} // namespace warmshell::ui
