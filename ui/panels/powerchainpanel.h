// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/measuredcomparison.h"
#include "coolingunit.h"
#include "ids.h"
#include "powernode.h"

#include <QDockWidget>
#include <QHash>
#include <QSet>

#include <utility>
#include <vector>

class QStandardItem;
class QStandardItemModel;
class QAction;
class QTreeView;

namespace warmshell {
struct Project;
}

namespace warmshell::ui {

// The "Power chain" dock: the power chain as a tree from its sources (nodes with no inputs)
// downward. Columns: name, kind, rating, redundancy, usable kW at the plan start, commissioned.
// A node fed from several inputs is listed in full under its first input and as a reference
// row (italic, no children) under each other input. Nodes that no source reaches (a loop)
// are listed at the top level after the sources. Every node row carries its node id in
// NodeIdRole. Under a node's full row, after its outputs, leaf rows show the facility load it
// carries directly (issue 17): each cooling unit fed from it (CoolingUnitIdRole: the unit's
// id; the rating column holds its draw, "0.06 kW/kW") and each house load (HouseLoadOfRole:
// the node's id). These rows have no NodeIdRole. With measurements (setMeasuredComparison), two
// more columns: the plan's load on each node and its measured peak, flagged when the peak
// exceeds the plan.
class PowerChainPanel : public QDockWidget
{
    Q_OBJECT

public:
    enum Role { NodeIdRole = Qt::UserRole + 1, IsReferenceRole, CoolingUnitIdRole, HouseLoadOfRole };
    enum Column {
        NameColumn,
        KindColumn,
        RatingColumn,
        RedundancyColumn,
        UsableColumn,
        CommissionedColumn,
        PlannedColumn, // the plan's load on the node, kW; hidden without measurements
        MeasuredColumn, // the node's measured peak, kW, flagged above the plan; hidden without measurements
        ColumnCount
    };

    explicit PowerChainPanel(QWidget *parent = nullptr);

    // Shows `project`'s chain. When only node fields changed since the last call (the same
    // nodes and edges in the same order, the same plan start and cooling units), the rows of
    // the changed nodes are updated in place: expansion, selection and tints stay, and a
    // 5,000-node chain is not rebuilt for one rating edit. Otherwise the tree is rebuilt.
    void setProject(const Project &project);
    // The plan's load and the measured peak of every node in `rows` (compareMeasured), kept
    // across setProject(); a node without a row shows "—". `current` false: the plan is older
    // than the project (an edit since), so the planned figures are greyed and marked not
    // current. Empty rows hide the two columns.
    void setMeasuredComparison(const std::vector<MeasuredComparisonRow> &rows, bool current);
    // Tints the rows of the nodes on a rack's A path (feed and everything upstream) and B
    // path; a node on both gets a third tint. Kept across setProject(). Empty sets clear.
    void highlightFeeds(const QSet<PowerNodeId> &pathA, const QSet<PowerNodeId> &pathB);
    // The node of the current row; null when none.
    PowerNodeId currentNode() const;
    void selectNode(const PowerNodeId &id);

    static QColor pathAColor();
    static QColor pathBColor();

    QTreeView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }

    // Offered on a right-click on a row, after that row is made current (not owned).
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }

signals:
    void nodeActivated(const warmshell::PowerNodeId &id); // the current row changed to `id`
    // The current row is the cooling draw of unit `id`.
    void coolingUnitActivated(const warmshell::CoolingUnitId &id);

private:
    void applyHighlight();
    void applyMeasured();
    void rebuild(const Project &project);
    struct Shown;
    // Updates the rows of every node of `shape` (shownOf(project)) that differs from m_shown;
    // false (nothing done) when the tree's shape or the plan start changed: then rebuild().
    bool updateInPlace(const Project &project, const Shown &shape);
    // What the tree was built from: its shape, and the node fields its rows show.
    struct Shown
    {
        QDate planStart;
        std::vector<PowerNode> nodes; // in chain order
        std::vector<std::pair<size_t, size_t>> outEdges, inEdges; // per vertex, in graph order
        std::vector<CoolingUnit> fedUnits; // the cooling units with a feed, in site order
        friend bool operator==(const Shown &, const Shown &) = default;
    };
    static Shown shownOf(const Project &project);

    QStandardItemModel *m_model;
    QTreeView *m_view;
    QList<QAction *> m_contextActions;
    QSet<PowerNodeId> m_pathA, m_pathB;
    QHash<QString, MeasuredComparisonRow> m_measured; // by node id
    bool m_measuredCells = false; // the planned and measured cells hold items (applyMeasured)
    Shown m_shown;
    // The name cell of every row (full and reference) of each node, for updates in place.
    QHash<PowerNodeId, QList<QStandardItem *>> m_rowsOf;
    bool m_measuredCurrent = true;
};

} // namespace warmshell::ui
