// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"

#include <QDockWidget>
#include <QList>

class QTableWidget;

namespace warmshell {
struct Project;
}

namespace warmshell::ui {

// The "Racks" dock: the floor plan's racks as a table (hall, row, rack, cooling, power limit,
// feeds, pinned systems), the floor plan's alternative for the keyboard and screen readers.
// Moving through it with the arrow keys (or clicking) selects those racks on the floor plan
// (racksChosen); selecting on the floor plan selects the same rows here (showSelection, which
// does not emit). Rows keep the project's rack order.
class RackTablePanel : public QDockWidget
{
    Q_OBJECT

public:
    enum Column { HallColumn, RowColumn, RackColumn, CoolingColumn, LimitColumn, FeedsColumn, PinnedColumn };
    static constexpr int RackIdRole = Qt::UserRole + 1; // a row's rack id (QString)

    explicit RackTablePanel(QWidget *parent = nullptr);

    // `project` must outlive the panel or the next call (the document's). While the dock is
    // hidden the rows are not rebuilt (an edit on a 40,000-rack site must not pay for a table
    // nobody sees); they are when it is next shown, with the last selection asked for.
    void setProject(const Project &project);
    // Selects the rows of `racks` (others cleared) and shows the first; emits nothing.
    void showSelection(const QList<RackId> &racks);
    bool rowsAreCurrent() const { return !m_stale; }
    QList<RackId> selectedRacks() const;

    QTableWidget *view() const { return m_view; }

signals:
    // The user chose these racks here (never empty).
    void racksChosen(const QList<RackId> &racks);

private:
    void userSelectionChanged();
    void rebuildRows();

    QTableWidget *m_view;
    bool m_updating = false; // rows or selection set from outside: no racksChosen
    const Project *m_project = nullptr; // not owned
    bool m_seen = false; // on screen, not hidden or behind another dock's tab
    bool m_stale = false; // m_project changed while hidden: rows not rebuilt yet
    QList<RackId> m_wanted; // the selection asked for while stale
};

} // namespace warmshell::ui
