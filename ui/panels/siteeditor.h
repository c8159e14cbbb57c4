// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/rackinsertion.h"
#include "ids.h"

#include <QList>
#include <QObject>
#include <QPoint>
#include <QPointF>
#include <QSizeF>

#include <span>
#include <vector>

class QWidget;

namespace warmshell::ui {

class CoolingPanel;
class Document;
class FleetPanel;
class FloorPlanScene;
class FloorPlanView;
class PowerChainPanel;
class ProblemsPanel;
class RackTablePanel;
class PropertyEditor;
struct RackMove;

// Edits the site from the floor plan and the site docks: adds halls, racks, rows, power
// nodes, cooling units and lots where placement.h says, moves racks, and cuts, copies,
// pastes, deletes and selects racks, moves and resizes halls, and wires selected racks from the
// floor plan's context menu. Every edit is one undo command on the document's stack.
//
// While the document views a scenario (Document::viewedScenarioIndex()) no edit here reaches
// the base site: each is refused with a status-bar message ("Scenario «Late grid» is viewed:
// switch to the base site to add racks"); the window disables the actions of
// baseOnlyActions() with the same reasons. Edits a scenario can hold go through the
// properties and the fleet table, as overrides.
//
// Owns the site docks of this folder (power chain, cooling, fleet, problems, properties),
// created as children of `window`, which lays them out. They, and the floor plan, follow the document
// themselves: each re-reads the project after every change. The floor-plan selection is
// mirrored in the properties (a rack) and the power chain (the rack's feed paths).
class SiteEditor : public QObject
{
    Q_OBJECT

public:
    // `scene` and `view` are the window's floor plan; none of the arguments is owned.
    SiteEditor(Document *document, FloorPlanScene *scene, FloorPlanView *view, QWidget *window);
    ~SiteEditor() override;

    PowerChainPanel *powerChainPanel() const { return m_powerChain; }
    CoolingPanel *coolingPanel() const { return m_cooling; }
    FleetPanel *fleetPanel() const { return m_fleet; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    RackTablePanel *rackTablePanel() const { return m_rackTable; }
    PropertyEditor *propertyEditor() const { return m_properties; }

    // The window's actions (by object name) that edit the base site and that no override kind
    // expresses, each with why it is unavailable while a scenario is viewed ("switch to the
    // base site to add racks"), untranslated (tr() in the SiteEditor context).
    struct BaseOnlyAction
    {
        const char *action;
        const char *reason;
    };
    static std::span<const BaseOnlyAction> baseOnlyActions();
    // The reason of baseOnlyActions() for `action`, translated; empty for another action.
    static QString baseOnlyReason(const char *action);

public slots:
    // The clipboard holds copies of racks (with the cooling units serving them), in site
    // order; the n-th paste since the last copy lands placement::pasteOffset(n) away.
    void cut();
    void copy();
    void paste();
    // What has the focus decides: the power chain's node, the fleet's lot, else the racks
    // selected on the floor plan, else the hall or row shown in the properties (after a
    // confirmation that says how many racks go with it).
    void deleteSelection();
    // Edit → Site Properties…: the site's settings in the properties dock.
    void showSiteProperties();
    void selectAll();
    void addHall();
    // Site → Add Row at a Position…: the hall, the first rack's place and the number of racks
    // asked in an AddRowDialog (the hall of the selected racks, or the hall or row the
    // properties show, chosen at first), then added as the Add Row tool adds a dragged row.
    void addRowAtPosition();
    void addPowerNode(); // under the power chain's current node
    void removePowerNode(); // the power chain's current node
    void addCoolingUnit(); // serving the selected racks
    void addLot();
    void removeLot(); // the fleet's current lot
    // Pastes restart one row pitch from the copied racks (after another file is opened).
    void resetPasteOffset() { m_pasteCount = 0; }

signals:
    // A transient status-bar message for `msec` milliseconds.
    void message(const QString &text, int msec);

private:
    // While the document views a scenario: the status bar says why the edit of `action`
    // (a name of baseOnlyActions()) is refused, and true; nothing is edited.
    bool refusedInScenario(const char *action);
    // Calls `update` now and after every change of the document.
    template <typename Update> void follow(Update update);
    void followDocument();
    void showProblems();
    void rebuildScene();
    void syncSelection(); // floor-plan selection → properties and feed highlight
    void updateFeedHighlight();
    void racksMoved(const QList<RackMove> &moves);
    // A hall dragged on the floor plan: its new origin and size (metres) as one undo step.
    void reshapeHall(const HallId &hall, const QPointF &origin, const QSizeF &size);
    // The bulk wiring menu (bulkwiringmenu.h) for `racks` at `globalPos`.
    void showRacksMenu(const QList<RackId> &racks, const QPoint &globalPos);
    // The hall reservation menu (bulkwiringmenu.h) for `hall` at `globalPos`.
    void showHallMenu(const HallId &hall, const QPoint &globalPos);
    void addRackAt(const HallId &hall, const QPointF &position);
    void addRowAt(const HallId &hall, const QPointF &start, const QPointF &end);
    // The hall the user works in: of the first selected rack, else the hall or row the
    // properties show; null when neither.
    HallId currentHall() const;
    void deleteRacks(const QList<RackId> &racks, const QString &text = {});
    // A click on the floor outside racks: the row, hall or site in the properties.
    void showFloor(const HallId &hall, const RowId &row);
    // Deletes the hall or row the properties show, once the user confirms; false when they show neither.
    bool deleteFloorShown();

    Document *m_document;
    QWidget *m_window;
    FloorPlanScene *m_scene;
    FloorPlanView *m_view;
    PowerChainPanel *m_powerChain;
    CoolingPanel *m_cooling;
    FleetPanel *m_fleet;
    ProblemsPanel *m_problems;
    RackTablePanel *m_rackTable;
    PropertyEditor *m_properties;
    std::vector<RackInsertion::Entry> m_clipboard;
    int m_pasteCount = 0;
    bool m_rebuilding = false; // the scene's rebuild changes the selection back and forth
};

} // namespace warmshell::ui
