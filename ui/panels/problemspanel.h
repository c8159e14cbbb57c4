// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"

#include <QDockWidget>

#include <vector>

class QListWidget;

namespace warmshell {
struct Project;
}

namespace warmshell::ui {

// The "Problems" dock: what validateProject() found, one item per problem: the problem in words,
// naming objects by their names (readableProblem(): "Rack A-01 has no power feed"), and under
// it a detail line with its JSON path ("at $.site.racks[0].feedA"; also in PathRole) — or a
// single disabled line "No problems found". The title counts the problems.
class ProblemsPanel : public QDockWidget
{
    Q_OBJECT

public:
    static constexpr int PathRole = Qt::UserRole + 1; // an item's JSON path

    explicit ProblemsPanel(QWidget *parent = nullptr);

    // `problems` of `project` (validateProject()), whose names the texts use.
    void setProblems(const std::vector<Problem> &problems, const Project &project);
    int problemCount() const { return m_count; }

    QListWidget *view() const { return m_view; }

private:
    QListWidget *m_view;
    int m_count = 0;
};

} // namespace warmshell::ui
