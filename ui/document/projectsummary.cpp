// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectsummary.h"

#include "catalog.h"

namespace warmshell::ui {

ProjectSummary summarize(const Project &project, const Catalog &builtIn)
{
    ProjectSummary s;
    const Site &site = project.site;
    s.racks = static_cast<int>(site.racks.size());
    for (const Rack &rack : site.racks)
        s.rackPowerLimit += rack.powerLimit;
    for (const PowerNode &node : site.power.nodes()) {
        if (node.kind == PowerNodeKind::Utility)
            s.utilityUsable += node.usableCapacity(site.planStart);
        else if (node.kind == PowerNodeKind::Generator)
            s.generatorUsable += node.usableCapacity(site.planStart);
    }
    for (const FleetLot &lot : project.fleet) {
        s.fleetSystems += lot.count;
        const SystemModel *model = project.model(lot.model, builtIn);
        if (!model) {
            ++s.lotsWithUnknownModel;
            continue;
        }
        s.fleetGpus += lot.count * model->gpusPerSystem;
        s.fleetMaxPower += model->power * lot.count;
    }
    return s;
}

} // namespace warmshell::ui
