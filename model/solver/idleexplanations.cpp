// SPDX-License-Identifier: GPL-3.0-or-later
#include "planreport.h"

#include "explanationtext.h"
#include "problemtext.h"

#include <QSet>

#include <algorithm>

namespace warmshell::solver {

// Why systems stay idle, per generation.
void PlanReport::idleExplanations()
{
    const Formulation &f = m_f;
    for (const GenerationResult &g : m_plan.generations) {
        if (g.idleSystems == 0)
            continue;
        std::vector<int> eligible;
        for (size_t gi = 0; gi < f.groups.size(); ++gi)
            for (int v : f.groups[gi].variants)
                if (f.variants[size_t(v)].model->generation == g.generation) {
                    if (std::find(eligible.begin(), eligible.end(), int(gi)) == eligible.end())
                        eligible.push_back(int(gi));
                }
        const QString head = QStringLiteral("%1: %2 systems (%3 GPUs) idle on %4")
                                 .arg(g.generation)
                                 .arg(g.idleSystems)
                                 .arg(g.idleGpus)
                                 .arg(dateText(f.date));
        if (eligible.empty()) {
            m_plan.explanations << noRackFor(g, head);
            continue;
        }
        const QStringList limits = limitsOn(eligible);
        m_plan.explanations << head
                + (limits.isEmpty() ? QStringLiteral(": the plan prefers other systems for the same capacity")
                                    : QStringLiteral(", limited by: ") + limits.mid(0, 4).join(QStringLiteral("; "))
                            + (limits.size() > 4 ? QStringLiteral("; and %1 more").arg(limits.size() - 4) : QString()));
    }
}

// Generation `g` has no rack it may run in: how many racks of its cooling type the site has,
// how many lack live power or cooling, and the nodes they wait for.
QString PlanReport::noRackFor(const GenerationResult &g, const QString &head) const
{
    const SystemModel *example = nullptr;
    for (const LotInfo &l : m_f.lots)
        if (l.model->generation == g.generation)
            example = l.model;
    const bool liquid = example && example->cooling == CoolingType::Liquid;
    const Site &site = m_project.site;
    int racksOfType = 0, deadOfType = 0;
    QDate firstLive;
    QSet<QString> waitingFor;
    for (const Rack &rack : site.racks)
        if (!liquid || rack.cooling == CoolingType::Liquid)
            ++racksOfType;
    for (const Rack *rack : m_f.deadRacks) {
        if (liquid && rack->cooling != CoolingType::Liquid)
            continue;
        ++deadOfType;
        for (const PowerNodeId &feed : { rack->feedA, rack->feedB }) {
            if (feed.isNull())
                continue;
            auto up = site.power.upstreamOf(feed);
            up.push_back(feed);
            for (const PowerNodeId &id : up) {
                const PowerNode *node = site.power.node(id);
                if (node && !node->isCommissionedBy(m_f.date)) {
                    waitingFor.insert(objectName(*node)); // named as the planner wrote it
                    if (!firstLive.isValid() || node->commissioned < firstLive)
                        firstLive = node->commissioned;
                }
            }
        }
    }
    QString text = head
        + QStringLiteral(": they need a %1 rack with live power and cooling; the site has %2, %3 without live "
                         "power or cooling")
              .arg(liquid ? QStringLiteral("liquid-cooled") : QStringLiteral("suitable"))
              .arg(racksOfType)
              .arg(deadOfType);
    if (!waitingFor.isEmpty()) {
        QStringList names = waitingFor.values();
        names.sort();
        // "; " between names: a name may hold a comma ("Generators hall 2, side A").
        text += QStringLiteral(" (fed through %1; commissioned from %2)")
                    .arg(names.join(QStringLiteral("; ")), dateText(firstLive));
    }
    return text;
}

// The binding limits (fleet excepted) on any of the `eligible` groups, in the plan's order.
QStringList PlanReport::limitsOn(const std::vector<int> &eligible) const
{
    // The ids each kind of binding limit may name, collected once (a campus has thousands of
    // groups and of binding limits: comparing every pair took most of the solve).
    const Formulation &f = m_f;
    QSet<QString> nodes, units, racks;
    for (int gi : eligible) {
        const RackGroup &grp = f.groups[size_t(gi)];
        for (int n : grp.nodes)
            nodes.insert(f.nodes[size_t(n)].id.toString());
        for (const auto *list : { &grp.airUnits, &grp.liquidUnits })
            for (int u : *list) { // the unit, and the plant it rejects to
                units.insert(f.units[size_t(u)]->id.toString());
                if (const int plant = f.unitPlant[size_t(u)]; plant >= 0)
                    units.insert(f.units[size_t(plant)]->id.toString());
            }
        racks.insert(grp.racks.front()->id.toString());
    }
    QStringList limits;
    for (const BindingConstraint &b : m_plan.binding) {
        if (b.kind == QLatin1String("fleet"))
            continue;
        const QSet<QString> &ids = b.kind == QLatin1String("power") ? nodes
            : b.kind == QLatin1String("cooling")                    ? units
                                                                    : racks;
        if (ids.contains(b.object))
            limits << b.text;
    }
    return limits;
}

} // namespace warmshell::solver
