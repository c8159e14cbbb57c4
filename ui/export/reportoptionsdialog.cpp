// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportoptionsdialog.h"

#include "fieldlimits.h"
#include "project.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace warmshell::ui {

namespace {

constexpr int kDefaultSamples = 200; // as the Risk dialog starts

QCheckBox *checkBox(const QString &text, const char *name, bool checked, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(QLatin1String(name));
    box->setChecked(checked);
    return box;
}

// "3 candidates, 100 M USD over 12 quarters": the procurement question in a few words.
QString questionText(const ProcurementInput &in)
{
    const QString budget = std::isfinite(in.totalBudget)
        ? ReportOptionsDialog::tr("%1 M USD").arg(QLocale().toString(in.totalBudget / 1e6, 'f', 0))
        : ReportOptionsDialog::tr("no total budget");
    return ReportOptionsDialog::tr("%1 candidates, %2 over %3 quarters")
        .arg(in.candidates.size())
        .arg(budget)
        .arg(in.horizonQuarters);
}

// A box indented under the section it belongs to.
QHBoxLayout *indented(QWidget *widget)
{
    auto *row = new QHBoxLayout;
    row->addSpacing(24);
    row->addWidget(widget);
    row->addStretch(1);
    return row;
}

} // namespace

ReportOptionsDialog::ReportOptionsDialog(const Project &project, ReportOffer offer, QWidget *parent)
    : QDialog(parent), m_offer(std::move(offer))
{
    setWindowTitle(tr("Capacity Report: What to Include"));
    setObjectName(QStringLiteral("reportOptionsDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The plan's own pages are always in the report. Include also:"), this));
    addPlanSections(!project.scenarios.empty(), int(project.scenarios.size()));
    addRisk();
    addProcurement();
    auto *note = new QLabel(tr("The analyses run in the background with a progress bar; Cancel stops them and "
                               "writes nothing. A section left out is named as not computed in the report."),
        this);
    note->setWordWrap(true);
    note->setEnabled(false); // secondary text
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Compute and Export"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("computeButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateEnabled();
}

void ReportOptionsDialog::addPlanSections(bool hasScenarios, int scenarios)
{
    m_timeline = checkBox(tr("&Timeline and generation comparison"), "timelineCheck", true, this);
    m_contingencies = checkBox(tr("&Single failures (N−1)"), "contingenciesCheck", true, this);
    const int compared = std::min(scenarios, kMaxComparedScenarios);
    m_scenarios = checkBox(compared == 1 ? tr("Sc&enarios side by side (the base and its scenario)")
                                         : tr("Sc&enarios side by side (the base and %1 scenarios)").arg(compared),
        "scenariosCheck", hasScenarios, this);
    m_scenarios->setVisible(hasScenarios);
    for (QCheckBox *box : { m_timeline, m_contingencies, m_scenarios })
        layout()->addWidget(box);
}

void ReportOptionsDialog::addRisk()
{
    m_risk
        = checkBox(tr("Monte Carlo &risk (fan chart, P10 / P50 / P90)"), "riskCheck", m_offer.risk.has_value(), this);
    m_samples = new QSpinBox(this);
    m_samples->setObjectName(QStringLiteral("reportSamplesSpin"));
    m_samples->setRange(1, limits::maxRiskSamples);
    m_samples->setValue(m_offer.risk ? int(m_offer.risk->samples.size()) : kDefaultSamples);
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("reportSeedSpin"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(
        m_offer.risk ? int(std::min<std::uint64_t>(m_offer.risk->seed, std::numeric_limits<int>::max())) : 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_risk);
    row->addStretch(1);
    for (const auto &[text, box] : { std::pair{ tr("Sa&mples:"), m_samples }, std::pair{ tr("See&d:"), m_seed } }) {
        auto *label = new QLabel(text, this);
        label->setBuddy(box);
        row->addWidget(label);
        row->addWidget(box);
    }
    static_cast<QVBoxLayout *>(layout())->addLayout(row);
    if (m_offer.risk) {
        m_reuseRisk = checkBox(tr("Reuse the Risk dialog's last run (%1 samples, seed %2): the project has not "
                                  "changed since")
                                   .arg(m_offer.risk->samples.size())
                                   .arg(m_offer.risk->seed),
            "reuseRiskCheck", true, this);
        static_cast<QVBoxLayout *>(layout())->addLayout(indented(m_reuseRisk));
        connect(m_reuseRisk, &QCheckBox::toggled, this, &ReportOptionsDialog::updateEnabled);
    }
    connect(m_risk, &QCheckBox::toggled, this, &ReportOptionsDialog::updateEnabled);
}

void ReportOptionsDialog::addProcurement()
{
    const bool asked = m_offer.procurementInput.has_value();
    m_procurement = checkBox(asked ? tr("&Procurement plan (%1)").arg(questionText(*m_offer.procurementInput))
                                   : tr("&Procurement plan: plan one in Tools → Procurement… first"),
        "procurementCheck", asked, this);
    m_procurement->setEnabled(asked);
    layout()->addWidget(m_procurement);
    if (m_offer.procurement) {
        m_reuseProcurement = checkBox(tr("Reuse the Procurement dialog's last plan: the project has not changed since"),
            "reuseProcurementCheck", true, this);
        static_cast<QVBoxLayout *>(layout())->addLayout(indented(m_reuseProcurement));
        connect(m_procurement, &QCheckBox::toggled, this, &ReportOptionsDialog::updateEnabled);
    }
}

// Samples and seed apply to a run to compute; a reuse box applies to its section when chosen.
void ReportOptionsDialog::updateEnabled()
{
    const bool reuseRisk = m_reuseRisk && m_reuseRisk->isChecked();
    m_samples->setEnabled(m_risk->isChecked() && !reuseRisk);
    m_seed->setEnabled(m_risk->isChecked() && !reuseRisk);
    if (m_reuseRisk)
        m_reuseRisk->setEnabled(m_risk->isChecked());
    if (m_reuseProcurement)
        m_reuseProcurement->setEnabled(m_procurement->isChecked());
}

ReportRequest ReportOptionsDialog::request() const
{
    ReportRequest r;
    r.timeline = m_timeline->isChecked();
    r.contingencies = m_contingencies->isChecked();
    r.scenarios = m_scenarios->isChecked();
    if (m_risk->isChecked() && m_reuseRisk && m_reuseRisk->isChecked()) {
        r.riskResult = m_offer.risk;
    } else if (m_risk->isChecked()) {
        RiskOptions risk;
        risk.samples = m_samples->value();
        risk.seed = std::uint64_t(m_seed->value());
        risk.threads = 0; // one per core
        r.risk = risk;
    }
    if (m_procurement->isChecked() && m_reuseProcurement && m_reuseProcurement->isChecked())
        r.procurementPlan = m_offer.procurement;
    else if (m_procurement->isChecked())
        r.procurement = m_offer.procurementInput;
    return r;
}

} // namespace warmshell::ui
