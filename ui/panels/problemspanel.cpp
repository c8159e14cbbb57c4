// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemspanel.h"

#include "problemtext.h"

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

void ProblemsPanel::setProblems(const std::vector<Problem> &problems, const Project &project)
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
    const QStringList readable = readableProblems(project, problems);
    for (size_t i = 0; i < problems.size(); ++i) {
        // The problem in words; under it, where in the file (the path the command-line tool prints).
        const Problem &problem = problems[i];
        const QString &words = readable[qsizetype(i)];
        const bool detailed = !problem.path.isEmpty() && !words.contains(problem.path); // the path is not in the text
        const QString text = detailed ? words + QLatin1Char('\n') + tr("at %1").arg(problem.path) : words;
        auto *item = new QListWidgetItem(icon, text, m_view);
        item->setData(PathRole, problem.path);
        item->setToolTip(text);
    }
    setWindowTitle(tr("Problems (%1)").arg(m_count));
}

} // namespace warmshell::ui
