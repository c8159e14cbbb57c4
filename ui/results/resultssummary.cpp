// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultssummary.h"
#include "theme.h"

#include "enumkeys.h"
#include "format.h"
#include "plan/facilitypower.h"

#include <QLabel>
#include <QLocale>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace warmshell::ui {

namespace {

// "H100: 512 energized, 64 idle GPUs", one generation a line.
QString generationLines(const CapacityPlan &plan)
{
    QStringList lines;
    for (const GenerationResult &g : plan.generations)
        lines << ResultsSummary::tr("<b>%1</b>: %L2 energized, %L3 idle GPUs")
                     .arg(g.generation.toHtmlEscaped())
                     .arg(g.energizedGpus)
                     .arg(g.idleGpus);
    if (lines.isEmpty())
        lines << ResultsSummary::tr("No GPUs in the fleet at this date");
    return lines.join(QStringLiteral("<br>"));
}

QString bindingLine(const CapacityPlan &plan)
{
    if (plan.binding.empty())
        return ResultsSummary::tr("<b>Binding limit</b>: none; every available system is energized");
    // Its first clause ("Substation 1 is at 99.9% of its usable capacity (4560 kW)"); the
    // Binding tab below has every limit in full.
    const QString first = plan.binding.front().text.section(QStringLiteral("; "), 0, 0);
    QString text = ResultsSummary::tr("<b>Binding limit</b>: %1").arg(first.toHtmlEscaped());
    if (plan.binding.size() > 1)
        text += ResultsSummary::tr(" (and %L1 more)").arg(qsizetype(plan.binding.size() - 1));
    return text;
}

} // namespace

ResultsSummary::ResultsSummary(QWidget *parent)
    : QFrame(parent), m_state(addLine("summaryState")), m_date(addLine("summaryDate")),
      m_generations(addLine("summaryGenerations")), m_idleCost(addLine("summaryIdleCost")),
      m_facility(addLine("summaryFacility")), m_binding(addLine("summaryBinding"))
{
    setObjectName(QStringLiteral("resultsSummary"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(1);
    for (QLabel *label : { m_state, m_date, m_generations, m_idleCost, m_facility, m_binding })
        layout->addWidget(label);
    clearPlan();
}

QLabel *ResultsSummary::addLine(const char *objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

void ResultsSummary::setPlan(const CapacityPlan &plan, const QString &currency)
{
    QString status = keyOf(plan.status);
    if (plan.cancelled || plan.timedOut)
        status += tr(", best plan so far");
    m_date->setText(tr("<b>Plan for %1</b> (%2)").arg(format::date(plan.date), status));
    m_generations->setText(generationLines(plan));
    m_idleCost->setText(tr("<b>Idle cost</b>: %1 per month")
                            .arg(format::money(plan.idleDepreciationPerMonth(), currency).toHtmlEscaped()));
    const FacilityPower power = facilityPower(plan);
    QString facility = tr("<b>Facility power</b>: %1 used of %2 available")
                           .arg(format::megawatts(power.used), format::megawatts(power.available));
    // PUE: IT, cooling draw, house load and losses over IT. A site that declares none of the
    // overhead gets no PUE of 1.00 (which would read as measured), but says so.
    if (power.pue > 1 + 1e-9)
        facility += tr(", PUE %1").arg(QString::number(power.pue, 'f', 2));
    else if (power.pue > 0)
        facility += tr(" (IT only: no losses, house load or cooling draw declared)");
    if (const QString months = designMonthText(plan.designMonths); !months.isEmpty())
        facility += QStringLiteral("; ") + tr("cooling plant %1").arg(months).toHtmlEscaped();
    m_facility->setText(facility);
    m_binding->setText(bindingLine(plan));
    // A failed or infeasible solve placed nothing: its empty figures ("no GPUs in the fleet",
    // "USD 0 per month", "every available system is energized") would read as the site's, so
    // only its status line shows; the state line above says why.
    const bool placed = plan.status == PlanStatus::Optimal || plan.status == PlanStatus::Feasible;
    for (QLabel *label : { m_generations, m_idleCost, m_facility, m_binding })
        label->setVisible(placed);
}

void ResultsSummary::clearPlan()
{
    m_date->setText(tr("No plan yet: the solver runs after the project opens."));
    for (QLabel *label : { m_state, m_generations, m_idleCost, m_facility, m_binding })
        label->hide();
}

void ResultsSummary::setCurrency(bool stale, const QString &notCurrentReason)
{
    if (!notCurrentReason.isEmpty())
        m_state->setText(theme::coloured(
            theme::Role::ErrorText, tr("<b>Not current</b>: %1").arg(notCurrentReason.toHtmlEscaped())));
    else if (stale)
        m_state->setText(
            theme::coloured(theme::Role::WarningText, tr("<b>Stale</b>: the project changed, re-solving…")));
    m_state->setVisible(stale || !notCurrentReason.isEmpty());
}

QSize ResultsSummary::minimumSizeHint() const
{
    const QMargins margins = contentsMargins() + layout()->contentsMargins();
    // Wide enough for "A100: 1,592 energized, 136 idle GPUs" on one line.
    const int width = fontMetrics().horizontalAdvance(QStringLiteral("GB200: 99,999 energized, 99,999 idle GPUs"));
    return { width + margins.left() + margins.right(), fontMetrics().lineSpacing() + margins.top() + margins.bottom() };
}

QString ResultsSummary::text() const
{
    QStringList lines;
    for (QLabel *label : { m_state, m_date, m_generations, m_idleCost, m_facility, m_binding })
        if (!label->isHidden())
            lines << QTextDocumentFragment::fromHtml(label->text()).toPlainText();
    return lines.join(QLatin1Char('\n'));
}

} // namespace warmshell::ui
