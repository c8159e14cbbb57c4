// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formulation.h"

#include <vector>

namespace warmshell::solver {

// The solver's side of clusters (issue 20 §2; model/cluster.h; docs/solver.md, "Clusters"). A
// cluster is its own fleet pool: its LotInfo shares (clusterShares) are taken off its lots'
// loose LotInfo, its variants are allowed only in the groups of its domains, and a binary
// column per domain w says where it stands:
//   Σ_d w_d ≤ 1                                   (ClusterChoice: one domain at most)
//   Σ_{groups in d} systems of the cluster ≤ k w_d (ClusterDomain: none in d unless chosen)
//   k w_d ≤ Σ_{groups in d} systems of the cluster (ClusterWhole: all k in d when chosen)
// and its fleet row (systems placed = its shares energized) keeps the rest idle. Racks are
// grouped only with racks in the same domains of every cluster (clusterRackKeys), so every
// group lies in one domain of each cluster or in none.

// After addLots: one ClusterInfo and one pool per cluster of the project whose model resolves,
// its shares as LotInfo (cluster ≥ 0) taken off the loose LotInfo of the same lot. Without
// clusters nothing changes.
void addClusterPools(Formulation &f, const Project &project, const Catalog &catalog);

// Per rack of `site`: a number equal for racks that stand in the same domain of every cluster
// (the hall, row and declared domain that the clusters' scopes look at); empty without clusters.
std::vector<int> clusterRackKeys(const Formulation &f, const Project &project);

// The domain (index into clusters[cluster].domains) group `g`'s racks stand in; −1 outside all.
int clusterDomainOfGroup(const Formulation &f, int cluster, const RackGroup &g);

// After the LotUse columns: the w columns of every cluster (upper bound 0 for a cluster whose
// share falls short of its size), and the rows above.
void addClusterColumns(Formulation &f);
void addClusterRows(Formulation &f);

// Formulation::columnOf(ColumnKind::ClusterDomain, −1, index) and its column name
// "w_CLUSTER_DOMAIN".
int clusterColumn(const Formulation &f, int index);
QString clusterColumnName(const Formulation &f, int index);

// The cluster and domain of a ClusterDomain column's index.
std::pair<int, int> clusterAndDomainOf(const Formulation &f, int index);

} // namespace warmshell::solver
