// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <functional>

class QAbstractItemView;
class QAction;
class QModelIndex;

namespace warmshell::ui {

// A right-click on a row of `view` makes that row current, then pops up at the cursor the
// actions `actions(index)` returns for the row clicked (the panel tells the actions' owner
// which object the row is before returning them); nothing outside a row or when there are no
// actions. The actions are not owned.
void installRowContextMenu(QAbstractItemView *view, std::function<QList<QAction *>(const QModelIndex &)> actions);

} // namespace warmshell::ui
