// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemspanel.h"

#include <QApplication>
#include <QListWidget>
#include <QStyle>

namespace warmshell::ui {

ProblemsPanel::ProblemsPanel(QWidget *parent) : QDockWidget(tr("Problems"), parent), m_view(new QListWidget(this))
{
    setObjectName(QStringLiteral("problemsDock"));
    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setWordWrap(true);
    setWidget(m_view);
}

void ProblemsPanel::setProblems(const std::vector<Problem> &problems)
{
    m_view->clear();
    m_count = static_cast<int>(problems.size());
    if (problems.empty()) {
        auto *item = new QListWidgetItem(tr("No problems found"), m_view);
        item->setFlags(Qt::NoItemFlags);
        setWindowTitle(tr("Problems"));
        return;
    }
    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Problem &problem : problems) {
        auto *item = new QListWidgetItem(icon, problem.toString(), m_view);
        item->setToolTip(problem.toString());
    }
    setWindowTitle(tr("Problems (%1)").arg(m_count));
}

} // namespace warmshell::ui
