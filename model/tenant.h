// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"
#include "problem.h"

#include <QString>

#include <optional>
#include <vector>

namespace warmshell {

class Catalog;
struct Project;

// A named owner of lots (issue 20 §3, file format 8): a priority, the racks and halls reserved
// for it, and quotas on what of its fleet is energized.
//
// Reservations are exclusive: a reserved rack (listed, or standing in a listed hall) holds
// systems of its tenant only — no other tenant's and none of the operator's own lots (lots
// with no tenant). A rack reserved for nobody is open to every lot. A rack is reserved for one
// tenant at most (validation).
//
// Priorities order the solve: the energized value (the solve's objectives) of the tenants of
// the highest priority is maximised first, then, with that kept, the next priority's, and so
// on; the operator's own lots come after every tenant (docs/solver.md, "Tenants").
struct Tenant
{
    TenantId id;
    QString name;
    int priority = 0; // higher first; limits::tenantPriority
    std::vector<RackId> reservedRacks;
    std::vector<HallId> reservedHalls;
    // Energized GPUs of the tenant's lots at the solve date: at least minGpus, at most maxGpus.
    std::optional<int> minGpus;
    std::optional<int> maxGpus;
    // kW of the tenant's energized systems (each at its operating point, as the rack and node
    // rows count it) at most maxMegawatts × 1000.
    std::optional<double> maxMegawatts;

    bool hasQuota() const { return minGpus || maxGpus || maxMegawatts; }
    friend bool operator==(const Tenant &, const Tenant &) = default;
};

// Index of the tenant `id` names in project.tenants; −1 for a null id or an unknown one.
int tenantIndex(const Project &project, const TenantId &id);

// Per rack of project.site.racks (same order): the index in project.tenants of the tenant the
// rack is reserved for, directly or through its hall; −1 when it is open to every lot. Where
// reservations overlap (refused by validation) the first tenant listed wins.
std::vector<int> rackReservations(const Project &project);

// Every problem of the project's tenants and of the lots' tenant references, with paths
// "$.tenants[i].field" and "$.fleet[i].tenant": a missing or duplicate id, a priority or quota
// out of range, a reserved rack or hall the site does not have, a rack or hall reserved for
// two tenants (directly or through its hall), minGpus above maxGpus, a lot naming a tenant the
// project does not have, and — when `builtIn` is given to resolve models — minGpus above the
// GPUs of all the tenant's lots. The file reader passes no catalog and leaves that one to
// validation.
std::vector<Problem> tenantProblems(const Project &project, const Catalog *builtIn);

} // namespace warmshell
