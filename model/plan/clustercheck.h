// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capacityplan.h"
#include "planchecker.h"
#include "project.h"

#include <QDate>

#include <map>
#include <utility>
#include <vector>

namespace warmshell {

class Catalog;

// The plan checker's part for clusters (issue 20 §2), by its own code — it shares nothing
// with the solver or model/cluster.cpp: each cluster's domains found from the halls, rows and
// declared fabric domains; then
//   "cluster": a cluster whose placed systems (placements naming it) are neither none nor
//              exactly its size, or stand in racks of more than one of its domains, or in a
//              rack outside them all, or are of another model or owner than its own
//              (object: the cluster);
//   "unknown-reference": a placement naming a cluster the project does not have.
std::vector<PlanViolation> checkClusterRules(const Project &project, const Catalog &catalog, const CapacityPlan &plan);

// The systems of each lot set aside for clusters at `date` (the rule of docs/file-format.md,
// "Clusters", computed again here): per index into Project::fleet, (cluster, systems) in the
// order taken. The checker counts a lot's loose systems as its count less these, and a
// cluster's as these.
std::map<size_t, std::vector<std::pair<ClusterId, int>>> setAsideForClusters(
    const Project &project, const Catalog &catalog, const QDate &date);

} // namespace warmshell
