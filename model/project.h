// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster.h"
#include "lot.h"
#include "maintenance.h"
#include "scenario.h"
#include "site.h"
#include "systemmodel.h"
#include "tenant.h"

#include <vector>

namespace warmshell {

class Catalog;

// One project file: the site, the user's own system models and the fleet.
struct Project
{
    Site site;
    std::vector<SystemModel> customModels; // in addition to the built-in catalog
    std::vector<FleetLot> fleet;
    std::vector<Scenario> scenarios; // named what-if variants (file format 3)
    std::vector<MaintenanceWindow> maintenanceWindows; // planned outages (file format 5)
    std::vector<Tenant> tenants; // owners of lots, with reservations and quotas (file format 8)
    std::vector<FabricDomain> fabricDomains; // declared fabric domains (file format 10)
    std::vector<Cluster> clusters; // all-or-nothing cluster requests (file format 10)

    // The system model `id` names: a custom model first, else the built-in one; null if none.
    const SystemModel *model(const SystemModelId &id, const Catalog &builtIn) const;

    friend bool operator==(const Project &, const Project &) = default;
};

} // namespace warmshell
