// SPDX-License-Identifier: GPL-3.0-or-later
#include "facilityoverhead.h"

#include <QHash>

namespace warmshell::bench {

namespace {

double efficiencyOf(PowerNodeKind kind)
{
    switch (kind) {
    case PowerNodeKind::Ups:
        return 0.96;
    case PowerNodeKind::Transformer:
    case PowerNodeKind::Substation:
        return 0.985;
    case PowerNodeKind::Switchboard:
    case PowerNodeKind::Pdu:
    case PowerNodeKind::Busway:
        return 0.995;
    case PowerNodeKind::Utility:
    case PowerNodeKind::Generator:
        break;
    }
    return 1.0;
}

} // namespace

void addFacilityOverhead(Project &project)
{
    Site &site = project.site;
    for (const PowerNode &n : site.power.nodes()) {
        PowerNode *node = site.power.node(n.id);
        node->efficiency = efficiencyOf(n.kind);
        if (n.kind == PowerNodeKind::Utility)
            node->houseLoads.push_back({ QStringLiteral("house"), n.usableCapacity() * 0.01, {} });
    }
    QHash<RackId, PowerNodeId> feedOf;
    for (const Rack &r : site.racks)
        feedOf.insert(r.id, r.feedA);
    for (CoolingUnit &u : site.coolingUnits) {
        if (u.serves.empty())
            continue;
        u.feed = feedOf.value(u.serves.front());
        u.drawKwPerKw = heatMedium(u.kind) == HeatMedium::Liquid ? 0.03 : 0.25;
    }
}

} // namespace warmshell::bench
