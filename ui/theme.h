// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

class QApplication;

// The colours of the app's own drawing (floor plan, elevation, status words, panels) in a light
// and a dark set. Data colours (generations, utilisation and temperature scales) are the same in
// both; surfaces, outlines and text change. Pictures and exports stay light (LightScope).
namespace warmshell::ui::theme {

enum class Role {
    ErrorText, // "Not current", field errors
    WarningText, // "Stale", "solving…"
    MutedText, // notes, dimmed rows
    AccentText, // a power node's kind
    FloorBackground, // around the halls
    HallFill,
    HallOutline,
    HallLabel,
    HallGrid,
    RowLabel,
    ElevationBackground,
    ElevationGrid,
    HintBackground, // the first-launch hint
    HintText,
    FeedATint, // power chain rows on side A, B, both
    FeedBTint,
    FeedBothTint,
    ChartBackground, // a chart's surface
    ChartText, // a chart's axes, tick labels, titles and legend
    ChartGrid, // a chart's grid lines
};

// True when colour() gives the dark set: the application palette's window is dark, and no
// LightScope is alive.
bool isDark();
QColor colour(Role role);
// colour() as "#rrggbb", for rich text and style sheets.
QString css(Role role);

// `html` in a span of colour(role): a coloured word in rich text ("<b>Stale</b>").
QString coloured(Role role, const QString &html);

// While one lives (on the GUI thread), colour() gives the light set: for pictures and exports,
// which are printed on white.
class LightScope
{
public:
    LightScope();
    ~LightScope();
    LightScope(const LightScope &) = delete;
    LightScope &operator=(const LightScope &) = delete;
};

// Applies theme `name` to `app`: "light" or "dark" (the Fusion style with a light or dark
// palette), or "system" (nothing: the platform's). False for any other name.
bool applyTheme(QApplication &app, const QString &name);

} // namespace warmshell::ui::theme
