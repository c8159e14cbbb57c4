// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonreader.h"
#include "project.h"

#include <QJsonArray>

namespace warmshell {

// The file form of tenants (file format 8, docs/file-format.md): the root list "tenants", each
// {"id", "name", "priority", "reservedRacks", "reservedHalls", "minGpus", "maxGpus",
// "maxMegawatts"}; a lot names its owner in "tenant".

// The root list (absent: none), at most limits::maxTenants tenants; syntax and ranges only.
void readTenants(JsonReader &r, const QJsonObject &root, Project &out);
// After the whole project is read: tenantProblems without a catalog, as reader failures.
void checkTenants(JsonReader &r, const Project &project);

// The root list; optional fields only when set.
QJsonArray tenantsToJson(const std::vector<Tenant> &tenants);

} // namespace warmshell
