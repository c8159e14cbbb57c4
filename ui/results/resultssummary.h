// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/capacityplan.h"

#include <QFrame>

class QLabel;

namespace warmshell::ui {

// What a manager reads first, on top of the results dock, in short wrapped lines that fit
// the default dock width without scrolling: first whether the plan is current (when it is
// not, that line comes before every figure), then the plan date and status, energized and
// idle GPUs per generation, the idle cost per month, the facility power used of available
// (facilityPower()) and the binding limit. Labels are named summaryState, summaryDate,
// summaryGenerations, summaryIdleCost, summaryFacility and summaryBinding.
class ResultsSummary : public QFrame
{
    Q_OBJECT

public:
    explicit ResultsSummary(QWidget *parent = nullptr);

    // Shows `plan`; money in `currency`.
    void setPlan(const CapacityPlan &plan, const QString &currency);
    // "No plan yet" and nothing else.
    void clearPlan();
    // `notCurrentReason` non-empty: the project as edited has no plan, and why; else `stale`:
    // a newer solve runs or is due; neither: the plan is current (the line is hidden).
    void setCurrency(bool stale, const QString &notCurrentReason);

    // Every visible line as plain text, one per line (for tests and accessibility).
    QString text() const;

    // One line high: a window squeezed below its size keeps the first line (whether the plan is
    // current, or its date) and does not grow its minimum with the number of generations; as
    // wide as a generation's line, so the dock is never narrower.
    QSize minimumSizeHint() const override;

private:
    QLabel *addLine(const char *objectName);

    QLabel *m_state;
    QLabel *m_date;
    QLabel *m_generations;
    QLabel *m_idleCost;
    QLabel *m_facility;
    QLabel *m_binding;
};

} // namespace warmshell::ui
