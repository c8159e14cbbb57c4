// SPDX-License-Identifier: GPL-3.0-or-later
#include "planreport.h"

#include "explanationtext.h"
#include "problemtext.h"

#include <algorithm>
#include <cmath>

namespace warmshell::solver {

void PlanReport::strandedCapacity()
{
    for (size_t n = 0; n < m_f.nodes.size(); ++n)
        strandedPower(n);
    for (size_t u = 0; u < m_f.units.size(); ++u)
        strandedCooling(u);
}

// Reasons name nodes and units as the planner wrote them (objectName()); `object` is the id.

// A node's redundancy reserve, its capacity without a live input, and headroom that waiting
// systems cannot use.
void PlanReport::strandedPower(size_t n)
{
    const Formulation &f = m_f;
    const PowerNode &node = f.nodes[n];
    const double reserve = node.installedCapacity().value() * node.derating - node.usableCapacity().value();
    if (reserve > kEps && node.isCommissionedBy(f.date))
        m_plan.stranded.push_back({ node.id.toString(), QStringLiteral("power"), Kilowatts(reserve),
            QStringLiteral("redundancy reserve (%1)").arg(node.redundancy.label()) });
    if (node.isCommissionedBy(f.date) && !f.nodeEnergized[n] && node.usableCapacity(f.date).value() > 0)
        m_plan.stranded.push_back({ node.id.toString(), QStringLiteral("power"), node.usableCapacity(f.date),
            QStringLiteral("no live input on %1").arg(dateText(f.date)) });
    const double headroom = f.nodeUsableKw[n] + f.nodeMeasuredCreditKw[n] - m_nodeLoad[n];
    if (!f.nodeEnergized[n] || m_nodeBinding[n] || headroom <= kEps
        || !std::isfinite(smallestWaiting(m_groupsOfNode[n], Need::Power)))
        return;
    m_plan.stranded.push_back({ node.id.toString(), QStringLiteral("power"), Kilowatts(headroom), whyPowerUnused(n) });
}

// Why waiting systems leave node `n`'s headroom unused: the first binding limit upstream or
// in cooling, full racks, or the racks' type.
QString PlanReport::whyPowerUnused(size_t n) const
{
    const Formulation &f = m_f;
    for (int gi : m_groupsOfNode[n])
        for (int up : f.groups[size_t(gi)].nodes)
            if (m_nodeBinding[size_t(up)] && up != int(n))
                return QStringLiteral("%1 binds").arg(objectName(f.nodes[size_t(up)]));
    for (int gi : m_groupsOfNode[n])
        for (int u : f.groups[size_t(gi)].airUnits)
            if (m_unitBinding[size_t(u)])
                return QStringLiteral("cooling %1 binds").arg(objectName(*f.units[size_t(u)]));
    for (int gi : m_groupsOfNode[n])
        for (int u : f.groups[size_t(gi)].liquidUnits)
            if (m_unitBinding[size_t(u)])
                return QStringLiteral("cooling %1 binds").arg(objectName(*f.units[size_t(u)]));
    if (std::all_of(
            m_groupsOfNode[n].begin(), m_groupsOfNode[n].end(), [&](int gi) { return m_groupFull[size_t(gi)]; }))
        return QStringLiteral("the racks it feeds are full");
    return QStringLiteral("waiting systems cannot use it (rack or cooling type)");
}

// A cooling unit's headroom that waiting systems cannot use.
void PlanReport::strandedCooling(size_t u)
{
    const Formulation &f = m_f;
    const double headroom = f.unitUsableKw[u] - m_unitLoad[u];
    if (!f.unitLive[u] || m_unitBinding[u] || headroom <= kEps || !std::isfinite(heatNeed(u)))
        return;
    QString reason;
    for (int gi : m_groupsOfUnit[u])
        for (int n : f.groups[size_t(gi)].nodes)
            if (m_nodeBinding[size_t(n)] && reason.isEmpty())
                reason = QStringLiteral("power %1 binds").arg(objectName(f.nodes[size_t(n)]));
    if (reason.isEmpty())
        reason = QStringLiteral("the racks it cools are full");
    m_plan.stranded.push_back({ f.units[u]->id.toString(), QStringLiteral("cooling"), Kilowatts(headroom), reason });
}

} // namespace warmshell::solver
