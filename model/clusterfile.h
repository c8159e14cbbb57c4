// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonreader.h"
#include "project.h"

#include <QJsonArray>

namespace warmshell {

// The file form of fabric domains and clusters (file format 10, docs/file-format.md): the root
// lists "fabricDomains", each {"id", "name", "racks"}, and "clusters", each {"id", "name",
// "model" or "lot", "systems", "within" ("hall", "row" or "fabricDomain"), "fabricDomains",
// "tenant"}.

// The root lists (absent: none), at most limits::maxFabricDomains and limits::maxClusters;
// syntax and ranges only.
void readClusters(JsonReader &r, const QJsonObject &root, Project &out);
// After the whole project is read: clusterProblems without a catalog, as reader failures.
void checkClusters(JsonReader &r, const Project &project);

// The root lists; optional fields only when set.
QJsonArray fabricDomainsToJson(const std::vector<FabricDomain> &domains);
QJsonArray clustersToJson(const std::vector<Cluster> &clusters);

} // namespace warmshell
