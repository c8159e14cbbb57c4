// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowcontextmenu.h"

#include <QAbstractItemView>
#include <QMenu>

namespace warmshell::ui {

void installRowContextMenu(QAbstractItemView *view, std::function<QList<QAction *>(const QModelIndex &)> actions)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(
        view, &QWidget::customContextMenuRequested, view, [view, actions = std::move(actions)](const QPoint &pos) {
            const QModelIndex index = view->indexAt(pos);
            if (!index.isValid())
                return;
            view->setCurrentIndex(index);
            const QList<QAction *> offered = actions(index);
            if (offered.isEmpty())
                return;
            auto *menu = new QMenu(view);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->setObjectName(QStringLiteral("rowContextMenu"));
            menu->setToolTipsVisible(true);
            menu->addActions(offered);
            menu->popup(view->viewport()->mapToGlobal(pos));
        });
}

} // namespace warmshell::ui
