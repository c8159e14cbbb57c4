// SPDX-License-Identifier: GPL-3.0-or-later
#include "planreport.h"

#include "explanationtext.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace warmshell::solver {

namespace {

// A capacity binds when the smallest waiting system no longer fits under it and more of
// it would be worth something (positive LP dual).
bool binds(bool live, double need, double usable, double load, double dual)
{
    return live && std::isfinite(need) && usable - load < need - kEps && dual > 1e-7;
}

// "Substation 1 is at 99.9% of its N+1 (3 modules) usable capacity (4560 kW); ..."
QString bindingText(const QString &name, const CapacityUse &use, const Redundancy &red, const char *what,
    const char *needs, double need)
{
    return QStringLiteral("%1 is at %2% of its %3 usable %4 (%5); the smallest waiting system %6 %7")
        .arg(name.isEmpty() ? use.object : name, numberText(100 * use.utilisation(), 1), red.label(),
            QLatin1String(what), kwText(use.usable.value()), QLatin1String(needs), kwText(need));
}

} // namespace

PlanReport::Need PlanReport::mediumOf(const CoolingUnit &unit)
{
    return heatMedium(unit.kind) == HeatMedium::Liquid ? Need::Liquid : Need::Air;
}

void PlanReport::bindingLimits()
{
    countWaiting();
    mapCapacitiesToGroups();
    bindPowerNodes();
    bindCoolingUnits();
    bindInlets();
    bindFullRacks();
    bindFleet();
}

// Systems still waiting, per model: the smallest one decides whether a limit binds.
void PlanReport::countWaiting()
{
    m_waiting.assign(m_f.models.size(), 0);
    for (size_t i = 0; i < m_f.lots.size(); ++i)
        m_waiting[size_t(m_f.lots[i].pool)] += m_f.lots[i].available - m_energizedOfLot[i];
}

// The groups each node and each cooling unit supplies (whether it can bind or not).
void PlanReport::mapCapacitiesToGroups()
{
    const Formulation &f = m_f;
    m_groupsOfNode.assign(f.nodes.size(), {});
    m_groupsOfUnit.assign(f.units.size(), {});
    for (size_t gi = 0; gi < f.groups.size(); ++gi) {
        std::vector<int> supplies = f.groups[gi].rackSupply;
        std::sort(supplies.begin(), supplies.end());
        supplies.erase(std::unique(supplies.begin(), supplies.end()), supplies.end());
        auto addOnce = [&](std::vector<int> &list) {
            if (list.empty() || list.back() != int(gi))
                list.push_back(int(gi));
        };
        for (int si : supplies) {
            const Formulation::Supply &supply = f.supplies[size_t(si)];
            for (const NodeLoad &l : supply.loads)
                addOnce(m_groupsOfNode[size_t(l.node)]);
            for (int u : supply.airUnits)
                addOnce(m_groupsOfUnit[size_t(u)]);
            for (int u : supply.liquidUnits)
                addOnce(m_groupsOfUnit[size_t(u)]);
            for (const auto *units : { &supply.airUnits, &supply.liquidUnits })
                for (int u : *units)
                    if (const int plant = f.unitPlant[size_t(u)]; plant >= 0)
                        addOnce(m_groupsOfUnit[size_t(plant)]);
        }
    }
}

double PlanReport::heatNeed(size_t u) const
{
    const CoolingUnit &unit = *m_f.units[u];
    if (!isPlant(unit.kind))
        return smallestWaiting(m_groupsOfUnit[u], mediumOf(unit));
    bool air = false, liquid = false;
    for (size_t room = 0; room < m_f.units.size(); ++room)
        if (m_f.unitPlant[room] == int(u))
            (mediumOf(*m_f.units[room]) == Need::Liquid ? liquid : air) = true;
    double need = INFINITY;
    if (air)
        need = std::min(need, smallestWaiting(m_groupsOfUnit[u], Need::Air));
    if (liquid)
        need = std::min(need, smallestWaiting(m_groupsOfUnit[u], Need::Liquid));
    return need;
}

double PlanReport::nodeFactor(size_t group, int node, double liquidFraction) const
{
    double factor = INFINITY;
    for (int si : m_f.groups[group].rackSupply)
        for (const NodeLoad &l : m_f.supplies[size_t(si)].loads)
            if (l.node == node)
                factor = std::min(factor, l.perSystemKw(liquidFraction));
    return std::isfinite(factor) ? factor : 1.0;
}

double PlanReport::smallestWaiting(const std::vector<int> &groups, Need need, int node) const
{
    double best = INFINITY;
    for (int gi : groups)
        for (int v : m_f.groups[size_t(gi)].variants) {
            const Variant &var = m_f.variants[size_t(v)];
            if (m_waiting[size_t(var.pool)] <= 0)
                continue;
            const double lf = var.model->liquidFraction;
            const double kw = need == Need::Power ? var.powerKw * (node >= 0 ? nodeFactor(size_t(gi), node, lf) : 1.0)
                                                  : var.powerKw * (need == Need::Liquid ? lf : 1 - lf);
            if (kw > kEps)
                best = std::min(best, kw);
        }
    return best;
}

// Whether capacity `use` binds (binds(), for the smallest waiting system's `need` kW and the
// capacity's `dual`): then it is marked and listed among the plan's binding limits as `kind`.
bool PlanReport::listIfBinding(CapacityUse &use, const Redundancy &redundancy, double need, double dual,
    const QString &kind, const char *what, const char *needs)
{
    use.binding = binds(use.live, need, use.usable.value(), use.load.value(), dual);
    if (use.binding)
        m_plan.binding.push_back({ kind, use.object, bindingText(use.name, use, redundancy, what, needs, need) });
    return use.binding;
}

void PlanReport::bindPowerNodes()
{
    const Formulation &f = m_f;
    m_nodeBinding.assign(f.nodes.size(), false);
    for (size_t n = 0; n < f.nodes.size(); ++n) {
        const PowerNode &node = f.nodes[n];
        CapacityUse use{ node.id.toString(), node.name, keyOf(node.kind), node.installedCapacity(),
            Kilowatts(f.nodeUsableKw[n] + f.nodeMeasuredCreditKw[n]), Kilowatts(m_nodeLoad[n]),
            bool(f.nodeEnergized[n]), false };
        use.measuredCredit = Kilowatts(f.nodeMeasuredCreditKw[n]);
        use.itLoad = Kilowatts(m_nodeIt[n]);
        use.mechanicalLoad = Kilowatts(m_nodeMechanical[n]);
        use.houseLoad = Kilowatts(m_nodeHouse[n]);
        use.lossesLoad = Kilowatts(std::max(0.0, m_nodeLoad[n] - m_nodeIt[n] - m_nodeMechanical[n] - m_nodeHouse[n]));
        use.normalLoad = Kilowatts(m_nodeNormalLoad[n]);
        if (f.nodeEnergized[n] && f.nodeAvailableKw[n] < -kEps) {
            use.binding = m_nodeBinding[n] = true;
            m_plan.binding.push_back({ QStringLiteral("power"), use.object,
                QStringLiteral("%1 carries %2 of house load and fixed cooling draw, more than its %3 usable: no "
                               "rack whose load reaches it can be energized")
                    .arg(use.name.isEmpty() ? use.object : use.name, kwText(f.nodeFixedKw[n]),
                        kwText(f.nodeUsableKw[n])) });
        } else {
            m_nodeBinding[n]
                = listIfBinding(use, node.redundancy, smallestWaiting(m_groupsOfNode[n], Need::Power, int(n)),
                    m_nodeDual[n], QStringLiteral("power"), "capacity", "needs");
        }
        m_plan.powerNodes.push_back(use);
    }
}

void PlanReport::bindCoolingUnits()
{
    const Formulation &f = m_f;
    m_unitBinding.assign(f.units.size(), false);
    for (size_t u = 0; u < f.units.size(); ++u) {
        const CoolingUnit &unit = *f.units[u];
        CapacityUse use{ unit.id.toString(), unit.name, keyOf(unit.kind),
            unit.capacity * unit.redundancy.installedModules(), Kilowatts(f.unitUsableKw[u]), Kilowatts(m_unitLoad[u]),
            bool(f.unitLive[u]), false };
        if (isPlant(unit.kind))
            bindPlant(u, use);
        else
            m_unitBinding[u] = listIfBinding(
                use, unit.redundancy, heatNeed(u), m_unitDual[u], QStringLiteral("cooling"), "cooling", "sends");
        m_plan.coolingUnits.push_back(use);
    }
}

// A plant unit binds as a room unit does; its explanation names the kind of plant and the
// month it was planned for: "chiller plant CH-1 is at 100.0% of its N+1 usable heat rejection
// (800 kW) in July (capacity ×0.9); the smallest waiting system sends 7.2 kW".
void PlanReport::bindPlant(size_t u, CapacityUse &use)
{
    const CoolingUnit &unit = *m_f.units[u];
    const double need = heatNeed(u);
    use.binding = m_unitBinding[u] = binds(use.live, need, use.usable.value(), use.load.value(), m_unitDual[u]);
    if (!use.binding)
        return;
    const PlantCondition &c = m_f.unitCondition[u];
    QString month;
    if (c.capacityMonth > 0 || c.drawMonth > 0)
        month = QStringLiteral(" in %1 (capacity ×%2, draw ×%3)")
                    .arg(QLocale::c().standaloneMonthName(c.capacityMonth > 0 ? c.capacityMonth : c.drawMonth),
                        QString::number(c.capacityFactor, 'g', 3), QString::number(c.drawFactor, 'g', 3));
    m_plan.binding.push_back({ QStringLiteral("cooling"), use.object,
        QStringLiteral("%1 %2 is at %3% of its %4 usable heat rejection (%5)%6; the smallest waiting system sends %7")
            .arg(QLatin1String(plantKindText(unit.kind)), unit.name.isEmpty() ? use.object : unit.name,
                numberText(100 * use.utilisation(), 1), unit.redundancy.label(), kwText(use.usable.value()), month,
                kwText(need)) });
}

// Inlet limits: at the limit while systems wait and more headroom would be worth something.
void PlanReport::bindInlets()
{
    const bool anyWaiting = std::any_of(m_waiting.begin(), m_waiting.end(), [](int w) { return w > 0; });
    for (size_t t = 0; t < m_f.thermal.size() && anyWaiting; ++t) {
        const Rack *rack = m_f.thermal[t].rack;
        const auto in = std::find_if(
            m_plan.inlets.begin(), m_plan.inlets.end(), [&](const RackInlet &i) { return i.rack == rack->id; });
        if (in == m_plan.inlets.end() || !in->binding || m_thermalDual[t] <= 1e-7)
            continue;
        m_plan.binding.push_back({ QStringLiteral("inlet"), rack->id.toString(),
            QStringLiteral("the inlet of rack %1 is at %2 °C, its limit (%3 °C): hot air from its own and its "
                           "neighbours' exhaust recirculates")
                .arg(rack->id.toString(), numberText(in->temperature.value(), 1), numberText(in->limit.value(), 1)) });
    }
}

// Rack groups with no room for any waiting system.
void PlanReport::bindFullRacks()
{
    const Formulation &f = m_f;
    m_groupFull.assign(f.groups.size(), false);
    for (size_t gi = 0; gi < f.groups.size(); ++gi) {
        const RackGroup &g = f.groups[gi];
        bool anyWaiting = false, room = false;
        int bySpace = 0, byPower = 0, byWeight = 0;
        for (int v : g.variants) {
            const Variant &var = f.variants[size_t(v)];
            if (m_waiting[size_t(var.pool)] <= 0)
                continue;
            anyWaiting = true;
            const Shape &s = f.shapes[size_t(var.shape)];
            for (size_t r = 0; r < g.racks.size() && !room; ++r) {
                const RackContent &c = m_a[gi][r];
                if (fits(*g.racks[r], c, s)) {
                    room = true;
                    break;
                }
                const Rack &rack = *g.racks[r];
                bySpace += c.units + s.heightU > rack.height.value() || c.wholeRack;
                byPower += c.kw + s.powerKw > rack.powerLimit.value() + kEps;
                byWeight += c.kg + s.weightKg > rack.weightLimit.value() + kEps;
            }
        }
        if (!anyWaiting || room)
            continue;
        m_groupFull[gi] = true;
        const bool space = bySpace >= byPower && bySpace >= byWeight;
        const bool power = !space && byPower >= byWeight;
        m_plan.binding.push_back({ space ? QStringLiteral("rack-space")
                : power                  ? QStringLiteral("rack-power")
                                         : QStringLiteral("rack-weight"),
            g.racks.front()->id.toString(),
            QStringLiteral("%1 %2 full: no room (%3) for another waiting system")
                .arg(g.label, g.racks.size() == 1 ? QStringLiteral("is") : QStringLiteral("are"),
                    space       ? QStringLiteral("space")
                        : power ? QStringLiteral("power limit")
                                : QStringLiteral("weight limit")) });
    }
}

// Fleet fully energized.
void PlanReport::bindFleet()
{
    for (size_t m = 0; m < m_f.models.size(); ++m)
        if (m_waiting[m] == 0 && m_placedByModel[m] > 0)
            m_plan.binding.push_back({ QStringLiteral("fleet"), m_f.models[m]->id.toString(),
                QStringLiteral("all %1 available %2 systems are energized")
                    .arg(m_placedByModel[m])
                    .arg(m_f.models[m]->name) });
}

} // namespace warmshell::solver
