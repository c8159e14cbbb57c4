// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coolingunit.h"
#include "ids.h"

#include <QDate>
#include <QStringList>

#include <vector>

#include <QDockWidget>

class QAction;
class QTreeWidget;

namespace warmshell {
struct Project;
}

namespace warmshell::ui {

// The "Cooling" dock: one row per cooling unit in file order with its kind, capacity of one
// module, redundancy, usable capacity at the plan start, how many racks it serves (a plant unit:
// how many room units reject to it), the power node it draws from (its feed), its draw (fixed
// kW and kW per kW of heat) and, for a room unit, the plant it rejects its heat to.
// Choosing a row emits unitActivated().
class CoolingPanel : public QDockWidget
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KindColumn,
        CapacityColumn,
        RedundancyColumn,
        UsableColumn,
        ServesColumn,
        FeedColumn,
        DrawColumn,
        RejectsToColumn,
        ColumnCount
    };

    explicit CoolingPanel(QWidget *parent = nullptr);

    // Rebuilds the rows, unless nothing they show changed since the last call (the units, the
    // plan start and the names of the nodes feeding them): then the rows stay as they are.
    void setProject(const Project &project);
    QTreeWidget *view() const { return m_view; }

    // Offered on a right-click on a row, after that row is made current (not owned).
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }

signals:
    void unitActivated(const warmshell::CoolingUnitId &id);

private:
    static QStringList feedNamesOf(const Project &project); // per unit, its feed's name
    QTreeWidget *m_view;
    // What the rows were built from (see setProject()).
    QDate m_shownPlanStart;
    std::vector<CoolingUnit> m_shownUnits;
    QStringList m_shownFeedNames;
    bool m_built = false;
    QList<QAction *> m_contextActions;
};

} // namespace warmshell::ui
