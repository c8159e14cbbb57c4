// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"
#include "problem.h"

#include <QDate>
#include <QString>

#include <span>
#include <utility>
#include <vector>

namespace warmshell {

class Catalog;
struct Project;
struct Rack;
struct SystemModel;

// A declared fabric domain (issue 20 §2, file format 10): a named list of racks that share one
// fabric (an NVLink/InfiniBand pod, a scalable unit). Declared domains do not overlap: a rack
// belongs to one declared domain at most (validation), so "the domain of a rack" is one answer.
struct FabricDomain
{
    FabricDomainId id;
    QString name;
    std::vector<RackId> racks;
    friend bool operator==(const FabricDomain &, const FabricDomain &) = default;
};

// Which fabric domains a cluster may stand in: any one hall, any one row, or one declared
// fabric domain.
enum class ClusterScope { Hall, Row, FabricDomain };
constexpr std::pair<ClusterScope, const char *> kClusterScopes[]
    = { { ClusterScope::Hall, "hall" }, { ClusterScope::Row, "row" }, { ClusterScope::FabricDomain, "fabricDomain" } };
inline std::span<const std::pair<ClusterScope, const char *>> enumKeys(ClusterScope)
{
    return kClusterScopes;
}

// A cluster request (a scalable unit): `systems` systems of one model, energized all together
// within one fabric domain of its scope, or not at all.
//
// Its systems are part of the fleet, set aside for it at the solve date by clusterShares():
// a cluster naming a lot takes its systems from that lot; one naming a model takes them from
// the available lots of that model owned by the cluster's tenant (null: the operator's own),
// in fleet order. Systems set aside for a cluster are never placed outside it; a cluster whose
// share falls short of `systems` (not yet delivered) cannot be placed, and its share waits idle.
struct Cluster
{
    ClusterId id;
    QString name;
    SystemModelId model; // exactly one of model and lot is set
    LotId lot;
    int systems = 0; // limits::clusterSystems
    ClusterScope scope = ClusterScope::Hall;
    // With ClusterScope::FabricDomain: the declared domains it may use; empty: every one.
    std::vector<FabricDomainId> fabricDomains;
    // A cluster by model: whose lots it draws from (null: the operator's own). A cluster by lot
    // belongs to its lot's tenant; a tenant given here must be that one.
    TenantId tenant;
    friend bool operator==(const Cluster &, const Cluster &) = default;
};

// One fabric domain a cluster may stand in: a hall, a row or a declared domain, with the
// indices into Site::racks of its racks (project order).
struct ClusterDomain
{
    QString kind; // "hall", "row" or "fabric domain"
    QString id;
    QString name; // the domain's name, or its id when it has none
    std::vector<int> racks;
    // "hall \"h1\" (Hall 1)": how results and problems name the domain.
    QString label() const;
};

// Every domain `cluster` may stand in, in site order (halls, rows) or declaration order; a
// domain with no rack is left out. Unknown ids are skipped (validation reports them).
std::vector<ClusterDomain> clusterDomains(const Project &project, const Cluster &cluster);

// The owner of a cluster's systems: its lot's tenant, or its own `tenant` for a cluster by model.
TenantId clusterOwner(const Project &project, const Cluster &cluster);

// The systems set aside for each cluster at `date` (see Cluster): per cluster (project order)
// its shares as (index into Project::fleet, systems), in the order taken. Clusters take in
// project order; each takes at most `systems`, from what earlier clusters left. Lots whose
// model `builtIn` cannot resolve, not yet delivered or retired by `date` give nothing.
std::vector<std::vector<std::pair<size_t, int>>> clusterShares(
    const Project &project, const Catalog &builtIn, const QDate &date);

// Every problem of the project's fabric domains and clusters, with paths
// "$.fabricDomains[i].field" and "$.clusters[i].field": a missing or duplicate id; a domain
// naming a rack the site does not have, or a rack already in an earlier domain (declared
// domains do not overlap); a cluster naming neither or both of model and lot, an unknown lot,
// tenant or fabric domain, fabricDomains without the "fabricDomain" scope, a tenant other
// than its lot's, systems out of range (≥ 1), more systems than its lot holds, or clusters of
// one lot together needing more than the lot; and — when `builtIn` is given to resolve models
// — an unknown model, a cluster by model needing more than the owner's lots of the model hold,
// and a cluster larger than any domain of its scope can hold by rack slots (each rack's
// height, power limit, weight limit and cooling type alone, with no power chain or cooling
// unit). The file reader passes no catalog and leaves those to validation.
std::vector<Problem> clusterProblems(const Project &project, const Catalog *builtIn);

// Most systems of `model` one rack can hold by its own limits (height, power, weight, cooling
// type; a whole-rack model: 1 or 0), as clusterProblems counts rack slots.
int rackSlotsFor(const Rack &rack, const SystemModel &model);

} // namespace warmshell
