// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

#include <qcustomplot.h>

// What every chart builder shares, so charts added later (timeline, generation comparison)
// look like the others: call resetChart() first, then add plottables, then finishChart().
namespace warmshell::ui::charts {

// Chart texts, translated in one context for every chart.
QString tr(const char *text);

// The plottable of type T whose objectName is `objectName` (chart builders name their
// series so tests and tooltips find them), or null.
template <typename T> T *plottableNamed(QCustomPlot *plot, const QString &objectName)
{
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (auto *p = qobject_cast<T *>(plot->plottable(i)); p && p->objectName() == objectName)
            return p;
    return nullptr;
}

// Removes every plottable, item and title of `plot` and sets the common fonts, margins and
// background, with `title` above the axis rect (no title when empty).
void resetChart(QCustomPlot *plot, const QString &title);
// Adds a second axis rect (a panel) below the existing ones, styled like the first, with its
// left and right margins aligned to them; its left and right axes are visible, its bottom axis
// shows ticks. Call after showLegendAbove(). resetChart() removes it again.
QCPAxisRect *addLowerPanel(QCustomPlot *plot);
// Shows the legend in one row between the title and the axis rect, so it never covers data.
void showLegendAbove(QCustomPlot *plot);
// Labels the bottom axis with `labels` at ticks 1..n (categories), rotated when crowded.
void setCategoryTicks(QCPAxis *axis, const QStringList &labels);
// Titles `axis` with `full`, or with `compact` while the axis is too short for `full`, or
// with nothing while it is too short for both: a title never runs past its axis (resetChart()
// makes the plot re-check after every layout). The full title is then in the plot's tooltip.
// A plot not shown on screen (a report's) always has its full titles.
void setAxisTitle(QCPAxis *axis, const QString &full, const QString &compact);
// Puts every axis of `plot` back to its full title, for drawing it at another size than on
// screen (exportChart()); the next replot on screen fits them again.
void showFullAxisTitles(QCustomPlot *plot);
// Gives `plot` the chart colours of the theme in force (theme::colour: the dark set under a
// dark palette, the light set while a theme::LightScope lives): background, axes, tick and
// axis labels, grid, legend and title texts, text notes (QCPItemText) in the muted colour,
// and the series colours (applySeriesColours()).
// resetChart() calls it, makes every replot call it again and makes the plot restyle and
// replot itself when the application's or its own palette changes (QEvent::PaletteChange,
// ApplicationPaletteChange), so a chart follows a change of theme without being built again;
// exportChart() and the report draw in the light set.
void applyChartColours(QCustomPlot *plot);
// Gives every plottable of `plot` (pens, brushes, scatter styles; any alpha kept) the set in
// force of the series colours below and their seriesOutline() and seriesEmphasis() shades, in
// whichever set they were made; other colours stay.
void applySeriesColours(QCustomPlot *plot);
// Rescales the value axis to [0, max(values, minimumTop) × 1.1] and replots.
void finishChart(QCustomPlot *plot, double maximumValue, double minimumTop = 1.0);

// Shows, while the mouse is over a bar or a point of `plot`, a tooltip with the series name,
// the category (the key axis's tick label, or the key) and the value: "Utilisation: UPS 1 —
// 87.5". Also sets it as the plot's toolTip() (empty away from data). Call once per plot.
void showValueTooltips(QCustomPlot *plot);

// Series colours, in the theme's set in force (light: on white; dark: on the dark chart
// surface; each at least 3:1 against its surface): energized (green), idle (grey-red),
// utilisation (blue), limit (red), money (purple, for currency series on a second axis),
// neutral (grey, for ratios such as PUE).
QColor energizedColor();
QColor idleColor();
QColor utilisationColor();
QColor overLimitColor();
QColor moneyColor();
QColor neutralColor();
// One colour per series of a chart that compares variants (scenarios side by side): index 0
// (the base) is energizedColor(); the others are distinct hues, repeating after seven.
QColor variantColor(int index);
// Shades of a series colour that applySeriesColours() knows: a bar's outline (darker), and a
// line drawn over a band of the colour (darker on white, lighter on the dark surface).
QColor seriesOutline(const QColor &colour);
QColor seriesEmphasis(const QColor &colour);

} // namespace warmshell::ui::charts
