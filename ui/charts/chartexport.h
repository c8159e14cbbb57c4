// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCustomPlot;
class QWidget;

namespace warmshell::ui::charts {

// Writes `plot` to `fileName` in the format its suffix names: .png (raster, 2× scale),
// .svg (vector, QSvgGenerator) or .pdf (vector). Width and height in pixels (PDF: points);
// 0 takes the widget's size (or 800 × 500 when it has none). Returns an empty string on
// success, else the reason; a failed export removes the file it started
// (never one that was there before).
QString exportChart(QCustomPlot *plot, const QString &fileName, int width = 0, int height = 0);

// "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)" for file dialogs.
QString exportFilter();

// Gives `plot` a context menu with "Export Chart…": a save dialog (parented to `dialogParent`,
// proposing `baseName`.png), then exportChart(); a failure is shown in a warning box.
void addExportMenu(QCustomPlot *plot, QWidget *dialogParent, const QString &baseName);

} // namespace warmshell::ui::charts
