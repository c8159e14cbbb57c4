// SPDX-License-Identifier: GPL-3.0-or-later
#include "procurementcheck.h"

#include <cmath>
#include <map>

namespace warmshell {

namespace {

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max({ 1.0, std::abs(a), std::abs(b) });
}

const ProcurementCandidate *candidateOf(const ProcurementInput &input, const SystemModelId &model)
{
    for (const ProcurementCandidate &c : input.candidates)
        if (c.model == model)
            return &c;
    return nullptr;
}

void checkOrder(const ProcurementInput &in, const QDate &start, const ProcurementOrder &o, QStringList &out)
{
    const QString what
        = QStringLiteral("order of %1 × %2 in quarter %3").arg(o.count).arg(o.model.toString()).arg(o.quarter);
    const ProcurementCandidate *c = candidateOf(in, o.model);
    if (!c) {
        out << what + QStringLiteral(": not a candidate");
        return;
    }
    if (o.count < 1)
        out << what + QStringLiteral(": no systems");
    if (o.quarter < 0 || o.quarter + c->leadQuarters >= in.horizonQuarters)
        out << what + QStringLiteral(": delivered past the horizon");
    if (o.placed != start.addMonths(3 * o.quarter) || o.delivered != start.addMonths(3 * (o.quarter + c->leadQuarters)))
        out << what
                + QStringLiteral(": placed %1, delivered %2, not the quarter's start and %3 quarter(s) later")
                      .arg(o.placed.toString(Qt::ISODate), o.delivered.toString(Qt::ISODate))
                      .arg(c->leadQuarters);
    if (!near(o.cost, o.count * c->unitPrice))
        out << what + QStringLiteral(": costs %1, not count × price %2").arg(o.cost).arg(o.count * c->unitPrice);
    if (size_t(o.quarter) < c->availablePerQuarter.size() && o.count > c->availablePerQuarter[size_t(o.quarter)])
        out << what + QStringLiteral(": more than the %1 available").arg(c->availablePerQuarter[size_t(o.quarter)]);
}

void checkBudgets(const ProcurementInput &in, const ProcurementOutcome &o, QStringList &out)
{
    std::map<int, double> perQuarter;
    double total = 0;
    for (const ProcurementOrder &order : o.orders) {
        perQuarter[order.quarter] += order.cost;
        total += order.cost;
    }
    for (const auto &[q, spent] : perQuarter)
        if (size_t(q) < in.budgetPerQuarter.size() && spent > in.budgetPerQuarter[size_t(q)] + 1e-6)
            out << QStringLiteral("quarter %1 spends %2 USD, over its budget of %3")
                       .arg(q)
                       .arg(spent, 0, 'f', 2)
                       .arg(in.budgetPerQuarter[size_t(q)], 0, 'f', 2);
    if (total > in.totalBudget + 1e-6)
        out << QStringLiteral("the orders cost %1 USD, over the total budget of %2")
                   .arg(total, 0, 'f', 2)
                   .arg(in.totalBudget, 0, 'f', 2);
}

void checkQuarters(const ProcurementInput &in, const ProcurementOutcome &o, QStringList &out)
{
    double computeYears = 0, idle = 0;
    for (const ProcurementPeriod &p : o.periods) {
        int delivered = 0;
        for (const ProcurementOrder &order : o.orders)
            if (order.delivered <= p.start)
                delivered += order.count;
        const QString at = QStringLiteral("quarter %1").arg(p.quarter);
        if (p.orderedDelivered != delivered)
            out << at
                    + QStringLiteral(": %1 ordered systems held, but the orders deliver %2 by then")
                          .arg(p.orderedDelivered)
                          .arg(delivered);
        if (p.orderedEnergized < 0 || p.orderedEnergized > p.orderedDelivered
            || p.orderedEnergized > p.energizedSystems)
            out << at
                    + QStringLiteral(": %1 ordered systems energized of %2 held and %3 energized in all")
                          .arg(p.orderedEnergized)
                          .arg(p.orderedDelivered)
                          .arg(p.energizedSystems);
        if (p.idleSystems < p.orderedDelivered - p.orderedEnergized)
            out << at + QStringLiteral(": fewer idle systems than ordered ones held and not energized");
        if (!near(p.computeYears, 0.25 * p.energizedPflops))
            out << at + QStringLiteral(": PFLOPS-years are not a quarter-year of its PFLOPS");
        const double weight = std::pow(1.0 + in.discountRate, -p.quarter / 4.0);
        computeYears += weight * p.computeYears;
        idle += weight * p.idleDepreciation;
    }
    if (int(o.periods.size()) != in.horizonQuarters)
        out << QStringLiteral("%1 quarters reported for a horizon of %2").arg(o.periods.size()).arg(in.horizonQuarters);
    if (!near(o.computeYears, computeYears) || !near(o.idleDepreciation, idle))
        out << QStringLiteral("the totals are not the discounted sums of the quarters");
}

} // namespace

QStringList checkProcurementSchedule(
    const ProcurementInput &input, const QDate &startDate, const ProcurementOutcome &outcome)
{
    QStringList out;
    for (const ProcurementOrder &o : outcome.orders)
        checkOrder(input, startDate, o, out);
    checkBudgets(input, outcome, out);
    checkQuarters(input, outcome, out);
    return out;
}

} // namespace warmshell
