// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"
#include "plan/capacityplan.h"

#include <QDockWidget>

#include <optional>

class QLabel;
class QListWidget;

namespace warmshell::ui {

class Document;
class RackElevation;

// The rack elevation of one rack next to a list of the catalog's models. Dragging a model
// onto the elevation pins one system of it in the rack through a PinSystemsCommand on the
// document's undo stack, unless it cannot fit (height, cooling type, whole-rack systems): then
// a message says why and nothing changes — as it does while the document views a scenario
// (pinned contents are the base site's; no override kind expresses them).
class RackElevationDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit RackElevationDock(Document *document, QWidget *parent = nullptr);

    // The rack to show; a null id shows a hint.
    void showRack(const RackId &rack);
    const RackId &rack() const { return m_rack; }
    // The plan whose placement is shown (copied); null clears it. `stale`: older than the project.
    void setPlan(const CapacityPlan *plan, bool stale);

    RackElevation *elevation() const { return m_elevation; }
    QListWidget *catalogList() const { return m_catalog; }
    QLabel *messageLabel() const { return m_message; }

    // Pins one system of `model` in the shown rack if it fits (see the class comment).
    // Returns an empty string when the command was pushed, else the reason shown.
    QString pinModel(const SystemModelId &model);

private:
    void refresh();
    void fillCatalog();

    Document *m_document;
    RackElevation *m_elevation;
    QListWidget *m_catalog;
    QLabel *m_message;
    RackId m_rack;
    std::optional<CapacityPlan> m_plan;
    bool m_stale = false;
};

} // namespace warmshell::ui
