// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QStandardItemModel;
class QTreeView;

namespace warmshell {
struct Project;
}

namespace warmshell::ui {

// The "Power chain" dock: the power chain as a tree from its sources (nodes with no inputs)
// downward. Columns: name, kind, rating, redundancy, usable kW at the plan start, commissioned.
// A node fed from several inputs is listed in full under its first input and as a reference
// row (italic, no children) under each other input. Nodes that no source reaches (a loop)
// are listed at the top level after the sources. Every row carries its node id in NodeIdRole.
class PowerChainPanel : public QDockWidget
{
    Q_OBJECT

public:
    enum Role { NodeIdRole = Qt::UserRole + 1, IsReferenceRole };
    enum Column { NameColumn, KindColumn, RatingColumn, RedundancyColumn, UsableColumn, CommissionedColumn, ColumnCount };

    explicit PowerChainPanel(QWidget *parent = nullptr);

    void setProject(const Project &project);

    QTreeView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }

private:
    QStandardItemModel *m_model;
    QTreeView *m_view;
};

} // namespace warmshell::ui
