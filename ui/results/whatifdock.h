// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QLabel;
class QPushButton;

namespace warmshell {
class Catalog;
struct ContingencyResult;
struct Project;
} // namespace warmshell

namespace warmshell::ui {

// The "What If" dock: the text of the failure shown on the floor plan (contingencytext::summary:
// what fails, GPUs, PFLOPS and idle cost per month lost, rack counts, the runbook's first
// steps) and a Clear button. Shows what it is given; knows nothing about plans or solving.
class WhatIfDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit WhatIfDock(QWidget *parent = nullptr);

    // Shows `result`, a failure of `project` (the plan's project); names looked up in it.
    void showResult(const ContingencyResult &result, const Project &project, const Catalog &builtIn);
    // Back to the hint on how to ask.
    void clearResult();
    // Marks the text shown as of a plan older than the project (or not); cleared by the next
    // showResult() or clearResult().
    void setNotCurrent(bool notCurrent);
    bool isMarkedNotCurrent() const;

    QString text() const;
    QPushButton *clearButton() const { return m_clear; }

signals:
    void clearRequested();

private:
    QLabel *m_notCurrent;
    QLabel *m_text;
    QPushButton *m_clear;
};

} // namespace warmshell::ui
