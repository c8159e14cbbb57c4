// SPDX-License-Identifier: GPL-3.0-or-later
#include "planstatus.h"
#include "theme.h"

#include "format.h"
#include "plan/facilitypower.h"
#include "solve/solvecontroller.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTextDocumentFragment>
#include <QToolButton>

#include <algorithm>

namespace warmshell::ui {

PlanStatus::PlanStatus(const SolveController *solve, QLabel *projectPower, QWidget *parent)
    : m_solve(solve), m_projectPower(projectPower), m_gpus(new QLabel(parent)), m_idleCost(new QLabel(parent)),
      m_sitePower(new QLabel(parent)), m_gap(new QLabel(parent)), m_stale(new QLabel(parent)),
      m_progress(new QProgressBar(parent)), m_cancelButton(new QToolButton(parent))
{
    m_gpus->setObjectName(QStringLiteral("planGpusLabel"));
    m_stale->setObjectName(QStringLiteral("planStaleLabel"));
    // The figures keep their width (about 650 pixels in all); the project's figures right of
    // them give way first on a small screen.
    for (QLabel *label : { m_gpus, m_idleCost, m_sitePower, m_gap, m_stale })
        label->setContentsMargins(6, 0, 6, 0);
    m_progress->setRange(0, 0); // busy indicator: the solver reports no fraction done
    m_progress->setMaximumWidth(90);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancelButton->hide();

    connect(m_solve, &SolveController::planReady, this, &PlanStatus::update);
    connect(m_solve, &SolveController::staleChanged, this, &PlanStatus::update);
    connect(m_solve, &SolveController::busyChanged, this, &PlanStatus::setBusy);
    connect(m_solve, &SolveController::refusalChanged, this, &PlanStatus::update);
    update();
}

QList<QWidget *> PlanStatus::widgets() const
{
    // Whether the figures are current comes first: a refused edit, "solving…", "stale".
    return { m_stale, m_gpus, m_idleCost, m_sitePower, m_gap, m_progress, m_cancelButton };
}

void PlanStatus::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    update();
}

void PlanStatus::update()
{
    const CapacityPlan *plan = m_solve->plan();
    if (!plan) {
        m_gpus->setText(m_solve->refusal().isEmpty() ? tr("Not solved yet") : tr("No plan"));
        for (QLabel *label : { m_idleCost, m_sitePower, m_gap })
            label->clear();
    } else {
        const QString currency = m_solve->planProject().site.currency;
        const QString scenario = m_solve->planScenario();
        m_gpus->setText((scenario.isEmpty() ? QString() : tr("[%1] ").arg(scenario.toHtmlEscaped()))
            + tr("<b>%L1</b> GPUs energized, <b>%L2</b> idle").arg(plan->energizedGpus()).arg(plan->idleGpus()));
        m_idleCost->setText(tr("idle %1/month").arg(format::money(plan->idleDepreciationPerMonth(), currency)));
        const FacilityPower power = facilityPower(*plan);
        // Stands in for the project's "usable at" figure (same source, used too).
        m_projectPower->setVisible(false);
        m_sitePower->setToolTip(m_projectPower->text());
        m_sitePower->setText(
            tr("power %1 used of %2").arg(format::megawatts(power.used), format::megawatts(power.available)));
        m_gap->setText(tr("gap %1 %").arg(QLocale().toString(plan->gap * 100.0, 'f', 2)));
    }
    const QString reason = notCurrentReason(*m_solve);
    m_stale->setToolTip(m_solve->refusal().join(QLatin1Char('\n')));
    if (!reason.isEmpty())
        m_stale->setText(
            theme::coloured(theme::Role::ErrorText, QStringLiteral("<b>%1</b>").arg(reason.toHtmlEscaped())));
    else if (m_solve->isBusy())
        m_stale->setText(theme::coloured(theme::Role::WarningText, tr("<b>solving…</b>")));
    else if (m_solve->isStale() && plan)
        m_stale->setText(theme::coloured(theme::Role::WarningText, tr("<b>stale</b>")));
    else
        m_stale->clear();
    // The reason is what the user needs most: the project figures give way to it first.
    constexpr int kReasonWidth = 400; // the window's minimum width stays under 1280
    m_stale->setMinimumWidth(reason.isEmpty() ? 40 : std::min(m_stale->sizeHint().width(), kReasonWidth));
}

QString PlanStatus::notCurrentReason(const SolveController &solve, int maxReason)
{
    const QStringList &refusal = solve.refusal();
    if (refusal.isEmpty())
        return {};
    // One line: the first reason, cut short when asked; the tooltip lists them all.
    QString first = refusal.front();
    if (maxReason > 0 && first.size() > maxReason)
        first = first.left(maxReason - 1) + QChar(0x2026);
    const QString problems = solve.refusedPlan() && solve.refusedPlan()->status == warmshell::PlanStatus::Infeasible
        ? tr("pinned systems cannot all run")
        : (refusal.size() == 1 ? tr("1 problem") : tr("%L1 problems").arg(refusal.size()));
    return solve.plan() ? tr("%1: %2 — plan shown is from before this edit").arg(problems, first)
                        : tr("%1: %2 — no plan yet").arg(problems, first);
}

QString PlanStatus::headline() const
{
    QStringList parts;
    for (QLabel *label : { m_stale, m_gpus, m_idleCost, m_sitePower, m_gap }) {
        if (!label->text().isEmpty())
            parts << QTextDocumentFragment::fromHtml(label->text()).toPlainText();
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace warmshell::ui
