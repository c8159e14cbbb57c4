// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinnedconflicts.h"

#include "assignment.h"
#include "explanationtext.h"

#include <algorithm>
#include <map>

namespace warmshell::solver {

namespace {

// With tenants, whose lots a pinned system needs: " of tenant "acme"" (the rack is reserved for
// it) or " of the operator's own lots" (an open rack); empty without tenants.
QString ownerText(const Formulation &f, int owner)
{
    if (!f.hasTenants())
        return {};
    return owner < 0 ? QStringLiteral(" of the operator's own lots (the rack is reserved for nobody)")
                     : QStringLiteral(" of tenant \"%1\" (the rack is reserved for it)")
                           .arg(f.tenants[size_t(owner)]->id.toString());
}

// Pinned systems per (model id, owner): the tenant the rack is reserved for, −1 for the
// operator's own (always −1 without tenants).
using PinnedByPool = std::map<std::pair<QString, int>, int>;

// Racks whose pinned systems cannot run there at all: no live supply, or no variant of the
// model and owner. Adds each rack's pinned systems to `pinnedByModel`.
void checkPinnedRacks(
    const Project &project, const Catalog &catalog, const Formulation &f, PinnedByPool &pinnedByModel, QStringList &out)
{
    const std::vector<int> reservedFor = f.hasTenants() ? rackReservations(project) : std::vector<int>{};
    QHash<const Rack *, int> groupOf;
    for (size_t gi = 0; gi < f.groups.size(); ++gi)
        for (const Rack *r : f.groups[gi].racks)
            groupOf.insert(r, int(gi));
    for (const Rack &rack : project.site.racks) {
        const int owner = reservedFor.empty() ? -1 : reservedFor[size_t(&rack - project.site.racks.data())];
        for (const PinnedSystems &pin : rack.pinned) {
            pinnedByModel[{ pin.model.toString(), owner }] += pin.count;
            const SystemModel *m = project.model(pin.model, catalog);
            const QString what = QStringLiteral("%1 × %2").arg(pin.count).arg(m ? m->name : pin.model.toString());
            if (!groupOf.contains(&rack)) {
                out << QStringLiteral("rack %1 holds pinned systems (%2) but has no live power and air cooling on %3")
                           .arg(rack.id.toString(), what, dateText(f.date));
                continue;
            }
            const RackGroup &g = f.groups[size_t(groupOf.value(&rack))];
            const bool allowed = std::any_of(g.variants.begin(), g.variants.end(), [&](int v) {
                const Variant &var = f.variants[size_t(v)];
                return var.fullPower && var.model->id == pin.model && var.tenant == owner && var.cluster < 0;
            });
            if (!allowed)
                out << QStringLiteral("rack %1 pins %2, which cannot run there on %3 (no system of that model is "
                                      "available in the fleet%4, or the rack lacks the cooling it needs)")
                           .arg(rack.id.toString(), what, dateText(f.date), ownerText(f, owner));
        }
    }
}

// Models pinned more often than the fleet (of their owner) has systems available.
void checkPinnedFleet(const Formulation &f, const PinnedByPool &pinnedByModel, QStringList &out)
{
    for (const auto &[pool, count] : pinnedByModel) {
        const auto &[model, owner] = pool;
        int available = 0;
        for (const LotInfo &l : f.lots)
            if (l.model->id.toString() == model && l.tenant == owner && l.cluster < 0) // pinned systems are loose
                available += l.available;
        if (count > available)
            out << QStringLiteral("racks pin %1 systems of %2 but the fleet%5 has %3 available on %4")
                       .arg(count)
                       .arg(model)
                       .arg(available)
                       .arg(dateText(f.date), ownerText(f, owner));
    }
}

// Racks whose pinned systems alone exceed their own limits (the group has no pattern; a
// counted group is only made for racks whose pinned systems fit).
void checkPinnedRackLimits(const Formulation &f, QStringList &out)
{
    for (size_t gi = 0; gi < f.groups.size(); ++gi)
        if (f.groups[gi].patterns.empty() && !f.groups[gi].counted())
            out << QStringLiteral("the pinned systems of rack %1 exceed its own power, space or weight limit")
                       .arg(f.groups[gi].racks.front()->id.toString());
}

// Pinned load against every node and cooling unit.
void checkPinnedLoads(const Formulation &f, QStringList &out)
{
    std::vector<double> nodeLoad(f.nodes.size(), 0), reserveLoad(f.nodes.size(), 0), airLoad(f.units.size(), 0);
    std::vector<QStringList> nodeRacks(f.nodes.size());
    for (size_t gi = 0; gi < f.groups.size(); ++gi) {
        const RackGroup &g = f.groups[gi];
        double kwPerRack = 0, airPerRack = 0, liquidPerRack = 0;
        std::vector<double> onNodePerRack(g.nodes.size(), 0.0); // with losses and cooling draw
        std::vector<double> onReservePerRack(g.nodes.size(), 0.0); // one module failed, capped
        for (int v : g.variants) {
            const Variant &var = f.variants[size_t(v)];
            const double k = g.pinnedPerRack[size_t(v)] * var.powerKw;
            kwPerRack += k;
            liquidPerRack += k * var.model->liquidFraction;
            airPerRack += k * (1 - var.model->liquidFraction);
            for (size_t i = 0; i < g.nodes.size(); ++i) {
                onNodePerRack[i] += k * g.nodeLoads[i].perSystemKw(var.model->liquidFraction);
                onReservePerRack[i] += g.pinnedPerRack[size_t(v)] * reserveLoadKw(var, g.nodeLoads[i]);
            }
        }
        if (kwPerRack <= 0)
            continue;
        const double n = double(g.racks.size());
        for (size_t i = 0; i < g.nodes.size(); ++i) {
            const int node = g.nodes[i];
            nodeLoad[size_t(node)] += onNodePerRack[i] * n;
            reserveLoad[size_t(node)] += onReservePerRack[i] * n;
            for (const Rack *r : g.racks)
                nodeRacks[size_t(node)] << r->id.toString();
        }
        for (int u : g.airUnits)
            airLoad[size_t(u)] += airPerRack * n / double(g.airUnits.size());
        for (int u : g.liquidUnits)
            airLoad[size_t(u)] += liquidPerRack * n / double(g.liquidUnits.size());
    }
    for (size_t u = 0; u < f.units.size(); ++u) // room units pass their heat to their plant
        if (const int plant = f.unitPlant[u]; plant >= 0)
            airLoad[size_t(plant)] += airLoad[u];
    for (size_t n = 0; n < f.nodes.size(); ++n)
        if (nodeLoad[n] > kEps && nodeLoad[n] > f.nodeAvailableKw[n] + kEps)
            out << QStringLiteral("pinned systems need %1 through %2 but it has %3 usable on %4 (racks %5)")
                       .arg(kwText(nodeLoad[n]), f.nodes[n].id.toString(), kwText(f.nodeAvailableKw[n]),
                           dateText(f.date),
                           nodeRacks[n].mid(0, 8).join(QStringLiteral(", "))
                               + (nodeRacks[n].size() > 8 ? QStringLiteral(", …") : QString()));
    for (size_t n = 0; n < f.nodes.size(); ++n)
        if (reserveLoad[n] > kEps && reserveLoad[n] > f.nodeReserveAvailableKw[n] + kEps)
            out << QStringLiteral("pinned systems need %1 through %2 with one of its modules failed (interruptible "
                                  "systems capped) but it has %3 then on %4")
                       .arg(kwText(reserveLoad[n]), f.nodes[n].id.toString(), kwText(f.nodeReserveAvailableKw[n]),
                           dateText(f.date));
    for (size_t u = 0; u < f.units.size(); ++u)
        if (airLoad[u] > f.unitUsableKw[u] + kEps)
            out << QStringLiteral("pinned systems send %1 of heat to cooling unit %2 but it removes %3 on %4")
                       .arg(kwText(airLoad[u]), f.units[u]->id.toString(), kwText(f.unitUsableKw[u]), dateText(f.date));
}

// Pinned air heat against every inlet limit.
void checkPinnedInlets(const Project &project, const Formulation &f, QStringList &out)
{
    std::vector<double> rise(f.thermal.size(), 0);
    std::vector<QStringList> sources(f.thermal.size());
    for (const RackGroup &g : f.groups)
        for (const auto &[t, coefficient] : g.thermal) {
            double air = 0;
            for (int v : g.variants)
                air += g.pinnedPerRack[size_t(v)] * f.variants[size_t(v)].powerKw
                    * (1 - f.variants[size_t(v)].model->liquidFraction);
            rise[size_t(t)] += coefficient * air;
            if (air > 0)
                sources[size_t(t)] << g.racks.front()->id.toString();
        }
    const Site &site = project.site;
    for (size_t t = 0; t < f.thermal.size(); ++t)
        if (rise[t] > f.thermal[t].headroomC + kEps)
            out << QStringLiteral(
                "pinned systems raise the inlet of rack %1 to %2 °C, over its %3 °C limit (exhaust from %4)")
                       .arg(f.thermal[t].rack->id.toString(), numberText(site.thermal.supply.value() + rise[t], 1),
                           numberText(site.thermal.inletLimit.value(), 1),
                           sources[t].mid(0, 8).join(QStringLiteral(", ")));
}

} // namespace

QStringList pinnedConflicts(const Project &project, const Catalog &catalog, const Formulation &f)
{
    QStringList out;
    PinnedByPool pinnedByModel;
    checkPinnedRacks(project, catalog, f, pinnedByModel, out);
    checkPinnedFleet(f, pinnedByModel, out);
    checkPinnedRackLimits(f, out);
    if (!out.isEmpty())
        return out;
    checkPinnedLoads(f, out);
    checkPinnedInlets(project, f, out);
    return out;
}

} // namespace warmshell::solver
