// SPDX-License-Identifier: GPL-3.0-or-later
#include "panelfocus.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QTabBar>

#include <algorithm>
#include <tuple>
#include <vector>

namespace warmshell::ui {

namespace {

// Reading order of the places a panel can be: the left column, the centre, the right column,
// the top, the bottom, floating.
int placeRank(QMainWindow *window, QDockWidget *dock)
{
    if (dock->isFloating())
        return 5;
    switch (window->dockWidgetArea(dock)) {
    case Qt::LeftDockWidgetArea:
        return 0;
    case Qt::RightDockWidgetArea:
        return 2;
    case Qt::TopDockWidgetArea:
        return 3;
    default:
        return 4;
    }
}
constexpr int kCentreRank = 1;

// Where each tabbed dock of `window` stands: the top left of its tab group's current dock (a
// dock behind a tab keeps a stale geometry off the window) and its tab's index. The window's tab
// bars name their docks in their tabs' data (QMainWindow's layout); a tab whose data is not
// one of `docks` is left out, and so is a dock in no tab group.
struct TabPlace
{
    QPoint place;
    int tab = 0;
};
QHash<const QDockWidget *, TabPlace> tabPlaces(QMainWindow *window, const QList<QDockWidget *> &docks)
{
    QHash<quintptr, QDockWidget *> byAddress;
    for (QDockWidget *dock : docks)
        byAddress.insert(quintptr(dock), dock);
    QHash<const QDockWidget *, TabPlace> out;
    for (QTabBar *bar : window->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
        if (!bar->isVisible())
            continue;
        const QDockWidget *current = byAddress.value(bar->tabData(bar->currentIndex()).value<quintptr>());
        if (!current)
            continue;
        for (int t = 0; t < bar->count(); ++t)
            if (const QDockWidget *dock = byAddress.value(bar->tabData(t).value<quintptr>()))
                out.insert(dock, { current->geometry().topLeft(), t });
    }
    return out;
}

bool takesTabFocus(const QWidget *widget)
{
    return widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
        && !widget->focusProxy();
}

// The first control of `panel` (itself or a descendant) in the window's Tab order; null when none.
QWidget *firstControl(QWidget *panel)
{
    if (!qobject_cast<QDockWidget *>(panel) && takesTabFocus(panel))
        return panel;
    for (QWidget *w = panel->nextInFocusChain(); w && w != panel; w = w->nextInFocusChain())
        if (panel->isAncestorOf(w) && takesTabFocus(w))
            return w;
    return nullptr;
}

} // namespace

PanelFocus::PanelFocus(QMainWindow *window, QWidget *centreFirst)
    : QObject(window), m_window(window), m_centreFirst(centreFirst)
{
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { remember(now); });
}

QWidget *PanelFocus::centre() const
{
    QWidget *central = m_window->centralWidget();
    return central ? central : m_centreFirst.data();
}

QList<QWidget *> PanelFocus::panels() const
{
    struct Stop
    {
        QWidget *panel;
        int rank;
        QPoint place;
        int tab; // the tab index within its tab group
    };
    std::vector<Stop> stops{ { centre(), kCentreRank, {}, 0 } };
    const QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly);
    const QHash<const QDockWidget *, TabPlace> tabbed = tabPlaces(m_window, docks);
    for (QDockWidget *dock : docks) {
        if (!dock->toggleViewAction()->isChecked())
            continue;
        const auto tab = tabbed.constFind(dock);
        if (tab != tabbed.cend())
            stops.push_back({ dock, placeRank(m_window, dock), tab->place, tab->tab });
        else
            stops.push_back({ dock, placeRank(m_window, dock), dock->geometry().topLeft(), 0 });
    }
    std::stable_sort(stops.begin(), stops.end(), [](const Stop &a, const Stop &b) {
        return std::tuple(a.rank, a.place.y(), a.place.x(), a.tab)
            < std::tuple(b.rank, b.place.y(), b.place.x(), b.tab);
    });
    QList<QWidget *> out;
    for (const Stop &stop : stops)
        out << stop.panel;
    return out;
}

QWidget *PanelFocus::panelOf(const QWidget *widget) const
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w == centre())
            return const_cast<QWidget *>(w);
        if (qobject_cast<const QDockWidget *>(w) && w->parentWidget() == m_window)
            return const_cast<QWidget *>(w);
    }
    return nullptr;
}

QWidget *PanelFocus::currentPanel() const
{
    return panelOf(QApplication::focusWidget());
}

void PanelFocus::remember(QWidget *now)
{
    if (QWidget *panel = now ? panelOf(now) : nullptr)
        m_lastFocus[panel] = now;
}

void PanelFocus::focusNext()
{
    step(1);
}

void PanelFocus::focusPrevious()
{
    step(-1);
}

// From the current panel (before the first when none is), `direction` panels on, skipping
// those without a control that takes focus.
void PanelFocus::step(int direction)
{
    const QList<QWidget *> order = panels();
    const qsizetype count = order.size();
    qsizetype at = order.indexOf(currentPanel());
    if (at < 0)
        at = direction > 0 ? -1 : 0;
    for (qsizetype k = 1; k <= count; ++k) {
        QWidget *panel = order[((at + direction * k) % count + count) % count];
        if (focusPanel(panel))
            return;
    }
}

// Raises `panel` when it is a dock behind another's tab, then focuses its remembered control
// or its first; false when it has no control that takes focus.
bool PanelFocus::focusPanel(QWidget *panel)
{
    if (auto *dock = qobject_cast<QDockWidget *>(panel)) {
        dock->raise();
        if (dock->isFloating())
            dock->activateWindow();
    }
    QWidget *target = m_lastFocus.value(panel);
    if (!target || !panel->isAncestorOf(target) || !takesTabFocus(target)) {
        const bool floorPlanFirst = panel == centre() && m_centreFirst && takesTabFocus(m_centreFirst);
        target = floorPlanFirst ? m_centreFirst.data() : firstControl(panel);
    }
    if (!target)
        return false;
    target->setFocus(Qt::ShortcutFocusReason);
    return true;
}

} // namespace warmshell::ui
