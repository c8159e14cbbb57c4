// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/capacityreport.h"
#include "report/sessionanalyses.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace warmshell {
struct Project;
}

namespace warmshell::ui {

// What the capacity report includes, asked before it is computed: the timeline and the
// generation comparison, the single failures (N−1), the scenarios side by side (only when the
// project has scenarios), the Monte Carlo risk (samples and seed), the procurement plan (only
// when the session has a procurement question: Tools → Procurement…). Where `offer` holds a
// result for the same project state, a "reuse" box (checked) takes it instead of computing it.
// The dialog computes nothing; request() describes the choice.
class ReportOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    ReportOptionsDialog(const Project &project, ReportOffer offer, QWidget *parent = nullptr);

    // The analyses chosen (no cancel flag, no progress), reused results included.
    ReportRequest request() const;

private:
    void addPlanSections(bool hasScenarios, int scenarios);
    void addRisk();
    void addProcurement();
    void updateEnabled();

    ReportOffer m_offer;
    QCheckBox *m_timeline = nullptr, *m_contingencies = nullptr, *m_scenarios = nullptr;
    QCheckBox *m_risk = nullptr, *m_reuseRisk = nullptr;
    QSpinBox *m_samples = nullptr, *m_seed = nullptr;
    QCheckBox *m_procurement = nullptr, *m_reuseProcurement = nullptr;
};

} // namespace warmshell::ui
