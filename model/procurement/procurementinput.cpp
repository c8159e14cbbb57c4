// SPDX-License-Identifier: GPL-3.0-or-later
#include "procurementinput.h"

#include "catalog.h"
#include "project.h"

#include <cmath>

namespace warmshell {

namespace {

bool isAmount(double v)
{
    return std::isfinite(v) && v >= 0;
}

void checkCandidate(
    const ProcurementInput &input, size_t i, const Project &project, const Catalog &catalog, std::vector<Problem> &out)
{
    const ProcurementCandidate &c = input.candidates[i];
    const QString at = QStringLiteral("candidates[%1]").arg(i);
    if (!project.model(c.model, catalog))
        out.push_back({ at + QStringLiteral(".model"),
            QStringLiteral("'%1' is neither in the catalog nor among the project's models").arg(c.model.toString()) });
    if (!(std::isfinite(c.unitPrice) && c.unitPrice > 0))
        out.push_back({ at + QStringLiteral(".unitPrice"),
            QStringLiteral("must be a price above 0 USD, got %1").arg(c.unitPrice) });
    if (c.leadQuarters < 0 || c.leadQuarters > 400)
        out.push_back({ at + QStringLiteral(".leadQuarters"),
            QStringLiteral("must be a whole number of quarters from 0 to 400, got %1").arg(c.leadQuarters) });
    for (size_t q = 0; q < c.availablePerQuarter.size(); ++q)
        if (c.availablePerQuarter[q] < 0 || c.availablePerQuarter[q] > 1'000'000)
            out.push_back({ at + QStringLiteral(".availablePerQuarter[%1]").arg(q),
                QStringLiteral("must be from 0 to 1000000 systems, got %1").arg(c.availablePerQuarter[q]) });
    const bool bounded = std::isfinite(input.totalBudget)
        || (input.budgetPerQuarter.size() >= size_t(input.horizonQuarters))
        || (c.availablePerQuarter.size() >= size_t(input.horizonQuarters));
    if (!bounded)
        out.push_back({ at,
            QStringLiteral("nothing bounds its orders: give a total budget, a budget for every "
                           "quarter or the quantity available in every quarter") });
}

} // namespace

std::vector<Problem> procurementProblems(const ProcurementInput &input, const Project &project, const Catalog &catalog)
{
    std::vector<Problem> out;
    if (input.horizonQuarters < 1 || input.horizonQuarters > kMaxProcurementQuarters)
        out.push_back({ QStringLiteral("horizonQuarters"),
            QStringLiteral("must be from 1 to %1 quarters (six years, the depreciation life), got %2")
                .arg(kMaxProcurementQuarters)
                .arg(input.horizonQuarters) });
    if (!project.site.planStart.isValid())
        out.push_back(
            { QStringLiteral("$.site.planStart"), QStringLiteral("the procurement plan needs a plan start date") });
    if (input.candidates.empty())
        out.push_back({ QStringLiteral("candidates"), QStringLiteral("at least one candidate model is needed") });
    for (size_t i = 0; i < input.candidates.size(); ++i) {
        checkCandidate(input, i, project, catalog, out);
        for (size_t j = 0; j < i; ++j)
            if (input.candidates[j].model == input.candidates[i].model)
                out.push_back({ QStringLiteral("candidates[%1].model").arg(i),
                    QStringLiteral("'%1' is already candidates[%2]")
                        .arg(input.candidates[i].model.toString())
                        .arg(j) });
    }
    if (!(input.totalBudget >= 0)) // NaN and negatives; +infinity is "no total"
        out.push_back({ QStringLiteral("totalBudget"),
            QStringLiteral("must be an amount of 0 USD or more, got %1").arg(input.totalBudget) });
    for (size_t q = 0; q < input.budgetPerQuarter.size(); ++q)
        if (!isAmount(input.budgetPerQuarter[q]))
            out.push_back({ QStringLiteral("budgetPerQuarter[%1]").arg(q),
                QStringLiteral("must be an amount of 0 USD or more, got %1").arg(input.budgetPerQuarter[q]) });
    if (!(input.discountRate >= 0 && input.discountRate <= 1))
        out.push_back({ QStringLiteral("discountRate"),
            QStringLiteral("must be a rate per year from 0 to 1, got %1").arg(input.discountRate) });
    if (input.objective == ProcurementObjective::Net
        && !(std::isfinite(input.valuePerPflopsYear) && input.valuePerPflopsYear > 0))
        out.push_back({ QStringLiteral("valuePerPflopsYear"),
            QStringLiteral("the net objective needs the value of a PFLOPS-year above 0 USD, got %1")
                .arg(input.valuePerPflopsYear) });
    if (!(input.relativeGap >= 0 && input.relativeGap <= 1))
        out.push_back(
            { QStringLiteral("relativeGap"), QStringLiteral("must be from 0 to 1, got %1").arg(input.relativeGap) });
    if (!(input.timeLimitSeconds > 0))
        out.push_back({ QStringLiteral("timeLimitSeconds"),
            QStringLiteral("must be above 0 seconds, got %1").arg(input.timeLimitSeconds) });
    return out;
}

} // namespace warmshell
