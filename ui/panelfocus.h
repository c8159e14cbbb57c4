// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QMainWindow;
class QWidget;

namespace warmshell::ui {

// Moves the keyboard focus from panel to panel of a main window (View → Next Panel, F6, and
// Previous Panel, Shift+F6), as Tab moves it from control to control inside one: the panels
// are the centre widget and every open dock (its View menu entry checked), in reading order —
// the left column, the centre, the right column, the bottom, then floating docks; top to bottom
// and left to right in a column, tabs of one place in the order they were created. A dock behind
// another's tab is raised when it is reached. Each panel gets back the control that last had the
// focus in it, else its first control that takes focus by Tab. Owned by the window (a child).
class PanelFocus : public QObject
{
    Q_OBJECT

public:
    PanelFocus(QMainWindow *window, QWidget *centre);

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
    void remember(QWidget *now);

    QMainWindow *m_window;
    QWidget *m_centre;
    QHash<QWidget *, QPointer<QWidget>> m_lastFocus; // panel → its control that last had the focus
};

} // namespace warmshell::ui
