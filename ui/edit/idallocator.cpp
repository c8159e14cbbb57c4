// SPDX-License-Identifier: GPL-3.0-or-later
#include "idallocator.h"

#include "project.h"

namespace warmshell::ui {

IdAllocator::IdAllocator(const Project &project)
{
    const Site &site = project.site;
    for (const Hall &hall : site.halls)
        m_used.insert(hall.id.toString());
    for (const Row &row : site.rows)
        m_used.insert(row.id.toString());
    for (const Rack &rack : site.racks)
        m_used.insert(rack.id.toString());
    for (const PowerNode &node : site.power.nodes())
        m_used.insert(node.id.toString());
    for (const CoolingUnit &unit : site.coolingUnits)
        m_used.insert(unit.id.toString());
    for (const FleetLot &lot : project.fleet)
        m_used.insert(lot.id.toString());
    for (const Tenant &tenant : project.tenants)
        m_used.insert(tenant.id.toString());
}

QString IdAllocator::next(const QString &prefix)
{
    for (int n = 1;; ++n) {
        const QString id = QStringLiteral("%1-%2").arg(prefix).arg(n);
        if (!m_used.contains(id)) {
            m_used.insert(id);
            return id;
        }
    }
}

} // namespace warmshell::ui
