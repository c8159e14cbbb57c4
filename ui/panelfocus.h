// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QDockWidget;
class QMainWindow;
class QWidget;

namespace warmshell::ui {

// Moves the keyboard focus from panel to panel of a main window (View → Next Panel, F6, and
// Previous Panel, Shift+F6), as Tab moves it from control to control inside one: the panels
// are the central widget (the floor plan with its legend and hints) and every open dock (its View menu entry checked),
// in reading order — the left column, the centre, the right column, the bottom, then floating docks; top to bottom and
// left to right in a column, tabs of one place in their tabs' order. A dock behind another's tab is raised when it is
// reached. Each panel gets back the control that last had the focus in it, else its first control that takes focus by
// Tab. Owned by the window (a child).
class PanelFocus : public QObject
{
    Q_OBJECT

public:
    // `centreFirst`: the control of the central widget that gets the focus when the centre is
    // reached for the first time (the floor plan view); the central widget is read from
    // `window` at each step, so it may be set after this is made.
    PanelFocus(QMainWindow *window, QWidget *centreFirst);

    // The panels in the order focusNext() visits them.
    QList<QWidget *> panels() const;
    // The panel that holds the focus widget; null when the focus is elsewhere (menu bar, tool bar).
    QWidget *currentPanel() const;

public slots:
    // The next panel after the current one (the first when none is current) gets the focus.
    void focusNext();
    void focusPrevious();

private:
    void step(int direction);
    bool focusPanel(QWidget *panel);
    QWidget *panelOf(const QWidget *widget) const;
    QWidget *centre() const;
    void remember(QWidget *now);

    QMainWindow *m_window;
    QPointer<QWidget> m_centreFirst;
    QHash<QWidget *, QPointer<QWidget>> m_lastFocus; // panel → its control that last had the focus
};

} // namespace warmshell::ui
