// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "plan/capacityplan.h"
#include "project.h"

#include <QJsonArray>
#include <QString>

// A plan written back to NetBox (see docs/netbox.md, "Writing the plan back").
namespace warmshell {

struct NetBoxExport
{
    // One record per system the plan places that is not pinned (pinned systems are installed,
    // so NetBox has them), in NetBox's device bulk import shape (Devices → Import, JSON):
    // name, role, manufacturer, device_type (the model's name), status "planned", site,
    // location (when any), rack, cooling_method, comments. NetBox needs the role, manufacturers
    // and device types to exist under those names.
    QJsonArray devices;
    // One {"id", "description"} per power feed imported from NetBox (node "nb-feed-<id>"): the
    // planned load against the feed's usable kW, a body for PATCH /api/dcim/power-feeds/ (bulk).
    QJsonArray feeds;
    int skippedPinned = 0; // systems left out as installed
};

// Sites and locations: a rack imported from NetBox ("nb-rack-<id>") is at its hall's NetBox site
// and location (the hall named "Site / Location", or "Site" alone); any other rack at the
// project's site, location its hall. `role` is NetBox's device role name. Pure; never fails
// (a model missing from `catalog` gives its id as device_type and no manufacturer).
NetBoxExport netBoxExport(
    const CapacityPlan &plan, const Project &project, const Catalog &catalog, const QString &role);

} // namespace warmshell
