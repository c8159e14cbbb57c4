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

    void setProject(const Project &project);
    // Selects the rows of `racks` (others cleared) and shows the first; emits nothing.
    void showSelection(const QList<RackId> &racks);
    QList<RackId> selectedRacks() const;

    QTableWidget *view() const { return m_view; }

signals:
    // The user chose these racks here (never empty).
    void racksChosen(const QList<RackId> &racks);

private:
    void userSelectionChanged();

    QTableWidget *m_view;
    bool m_updating = false; // rows or selection set from outside: no racksChosen
};

} // namespace warmshell::ui
