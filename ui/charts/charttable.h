// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

class QCustomPlot;
class QTableWidget;
class QWidget;

namespace warmshell::ui::charts {

// Item data role of a value cell of showChartValues(): the number as the chart plots it.
constexpr int kChartValueRole = Qt::UserRole + 1;

// Fills `table` with the numbers `plot` draws, so a chart has its values beside it: one row
// per category (a tick of a text-ticker key axis: "2026 Q1", "H100"), in key order, one
// column per named series ("Idle GPUs", "PFLOPS per MW"), the cell empty where the series
// has no point. Points off the categories (reference lines) are left out. A chart without
// category ticks gets one row per key. Replaces what `table` showed.
void showChartValues(QTableWidget *table, QCustomPlot *plot);

// `plot` with `table` to its right in a splitter (the chart three fifths), a child of `parent`.
QWidget *besideTable(QCustomPlot *plot, QTableWidget *table, QWidget *parent);

} // namespace warmshell::ui::charts
