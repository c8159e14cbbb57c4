// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"

#include <QDockWidget>

#include <vector>

class QListWidget;

namespace warmshell::ui {

// The "Problems" dock: what validateProject() found, one line per problem ("path: message"),
// or a single disabled line "No problems found". The title counts the problems.
class ProblemsPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setProblems(const std::vector<Problem> &problems);
    int problemCount() const { return m_count; }

    QListWidget *view() const { return m_view; }

private:
    QListWidget *m_view;
    int m_count = 0;
};

} // namespace warmshell::ui
