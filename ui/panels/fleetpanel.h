// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QStandardItemModel;
class QTableView;

namespace warmshell {
class Catalog;
struct Project;
} // namespace warmshell

namespace warmshell::ui {

// The "Fleet" dock: one row per fleet lot in file order with its model, generation, systems,
// GPUs, unit cost, delivery date, whether it is on order at the plan start, and depreciation.
// A lot whose model is unknown shows the model id and "?" for generation and GPUs.
class FleetPanel : public QDockWidget
{
    Q_OBJECT

public:
    enum Column { LotColumn, ModelColumn, GenerationColumn, SystemsColumn, GpusColumn, UnitCostColumn,
                  DeliveredColumn, OnOrderColumn, DepreciationColumn, ColumnCount };

    explicit FleetPanel(QWidget *parent = nullptr);

    void setProject(const Project &project, const Catalog &builtIn);

    QTableView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }

private:
    QStandardItemModel *m_model;
    QTableView *m_view;
};

} // namespace warmshell::ui
