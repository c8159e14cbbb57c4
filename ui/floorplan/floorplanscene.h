// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"
#include "rack.h"

#include <QGraphicsScene>
#include <QHash>
#include <QList>

#include <memory>

namespace warmshell {
class Catalog;
struct Project;
} // namespace warmshell

namespace warmshell::ui {

class HallItem;
class RackItem;

// Floor-plan scale: scene units per metre of floor. Scene x and y grow like the plan's.
inline constexpr double kScenePixelsPerMetre = 20.0;
// The footprint of a rack on the plan is kRackWidthMetres × kRackDepthMetres (rack.h).
// Rack positions snap to this grid, metres from the hall origin; racks of a row drawn with the
// add-row tool stand one rack width apart.
inline constexpr double kGridMetres = 0.3;

// The site's floor plan: one HallItem per hall at its origin and size, one RackItem per rack
// centred at its position inside its hall (at the plan origin if its row or hall is missing),
// and row labels. Rebuilt whole from a project; the scene owns its items.
class FloorPlanScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit FloorPlanScene(QObject *parent = nullptr);
    // Stops following selectionChanged(), which ~QGraphicsScene emits when it clears the
    // selection, after this object's part is gone.
    ~FloorPlanScene() override;

    // Replaces every item with the plan of `project`. Racks selected before and still present
    // stay selected. The scene rect becomes the plan's bounds plus a margin. When nothing the
    // items show changed since the last call (halls, rows, racks, the names of power nodes and
    // custom models their tooltips give, the catalog), the items stay as they are, with their
    // colours, selection and any gesture in progress, and neither rebuilt() is emitted: an edit
    // of a node's rating on 40,000 racks rebuilds nothing.
    void setProject(const Project &project, const Catalog &builtIn);

    // The rack items in the order of the site's racks, from an index kept by setProject() (no
    // walk over the scene's items).
    const QList<RackItem *> &rackItems() const { return m_rackItems; }
    // Null if no rack has that id (the first item of a repeated id). Constant time.
    RackItem *rackItem(const RackId &id) const { return m_rackById.value(id); }
    // The selected racks in the site's order. Linear in the number of racks.
    QList<RackId> selectedRacks() const;
    // Selects exactly these racks (ids without an item are skipped) with one selectionChanged(),
    // none when the selection stays the same.
    void selectRacks(const QList<RackId> &ids);
    // The hall whose floor contains `scenePos`; null outside every hall.
    HallItem *hallAt(const QPointF &scenePos) const;
    // The row whose label is at `scenePos`; null when no label is there.
    RowId rowLabelAt(const QPointF &scenePos) const;

    // While held (a rubber band is dragged), selection changes emit no selectionSettled();
    // releasing the hold emits it once if the selection changed meanwhile.
    void holdSelectionSettled(bool hold);

protected:
    // A rack's tooltip is composed when hovered (RackItem::toolTipText()), other items' as Qt does.
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

signals:
    // setProject() replaced every item; pointers to old items are dangling.
    void rebuilt();
    // The selection changed and no gesture holds it (holdSelectionSettled()): what views that
    // show the selection (properties, feed highlight, elevation) follow, so a rubber band over
    // thousands of racks updates them once, on release, not on every mouse move.
    void selectionSettled();

private:
    struct DrawnFrom; // what the items were made from (floorplanscene.cpp)
    void build(const Project &project, const Catalog &builtIn);

    std::unique_ptr<DrawnFrom> m_drawnFrom; // null before the first setProject()
    QList<RackItem *> m_rackItems; // owned by the scene; emptied before its items are deleted
    QHash<RackId, RackItem *> m_rackById;
    bool m_holdSelection = false;
    bool m_selectionHeldChanged = false;
};

} // namespace warmshell::ui
