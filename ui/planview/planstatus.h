// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QLabel;
class QProgressBar;
class QToolButton;
class QWidget;

namespace warmshell::ui {

class SolveController;

// The plan's headline in the status bar, left to right: first whether it is current
// ("solving…", "stale", or — when the solver refused the edited project — why,
// notCurrentReason()), then energized and idle GPUs, idle depreciation per month, site power
// used of available and the gap, never zeros; while a solve
// runs, a busy indicator and a Cancel button (whose action the Plan menu sets). Follows
// `solve` by itself. While a plan is shown its site power figure stands in for
// `projectPower`, the project's "usable at" label, which it hides and quotes in its tooltip.
class PlanStatus : public QObject
{
    Q_OBJECT

public:
    // The widgets are children of `parent` until the window puts them in its status bar;
    // `solve` and `projectPower` are not owned and must outlive this object.
    PlanStatus(const SolveController *solve, QLabel *projectPower, QWidget *parent);

    // Left to right.
    QList<QWidget *> widgets() const;
    QToolButton *cancelButton() const { return m_cancelButton; }
    // The figures as plain text, " · " between them (for tests and the screenshot).
    QString headline() const;

    // Re-reads the controller's plan, busy and stale state and its refusal.
    void update();

    // Why the plan shown is not the project's, for the status bar and the results dock:
    // "1 problem: Rack A-10 has no power feed — plan shown is from before this edit" (or
    // "… — no plan yet" when there is none), the first problem cut to `maxReason` characters
    // (0: whole); empty while the solver has not refused the project.
    static QString notCurrentReason(const SolveController &solve, int maxReason = 90);

private:
    void setBusy(bool busy);

    const SolveController *m_solve;
    QLabel *m_projectPower;
    QLabel *m_gpus;
    QLabel *m_idleCost;
    QLabel *m_sitePower;
    QLabel *m_gap;
    QLabel *m_stale;
    QProgressBar *m_progress;
    QToolButton *m_cancelButton;
};

} // namespace warmshell::ui
