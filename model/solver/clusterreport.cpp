// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterreport.h"

#include "clusters.h"
#include "enumkeys.h"
#include "explanationtext.h"
#include "glpkmodel.h"

#include <QSet>

#include <cmath>

namespace warmshell::solver {

namespace {

// Each room test gets at most this long.
constexpr double kRoomSeconds = 2.0;
// A relaxed row's upper bound (no plan comes near it).
constexpr double kRelaxed = 1e15;

QString clusterName(const Cluster &c)
{
    const QString id = QLatin1Char('"') + c.id.toString() + QLatin1Char('"');
    return c.name.isEmpty() ? QStringLiteral("cluster %1").arg(id) : QStringLiteral("cluster %1 (%2)").arg(id, c.name);
}

int rowOf(const Formulation &f, RowKind kind, int cluster, int domain)
{
    for (size_t r = 0; r < f.rows.size(); ++r)
        if (f.rows[r].kind == kind && f.rows[r].object == cluster && f.rows[r].detail == domain)
            return int(r);
    return -1;
}

// Most systems of cluster `ci` domain `d` can hold: the cluster stands there (its w fixed at 1,
// every other of its w at 0) with its "whole" row relaxed; −1 when the search stopped first.
int roomIn(const SolveRun &run, const Formulation &f, int ci, int d)
{
    const ClusterInfo &c = f.clusters[size_t(ci)];
    GlpkModel model(f);
    for (size_t k = 0; k < c.domains.size(); ++k)
        model.fixColumn(c.firstColumn + int(k), int(k) == d ? 1.0 : 0.0);
    model.setRowUpper(rowOf(f, RowKind::ClusterWhole, ci, d), kRelaxed);
    std::vector<double> objective(f.columns.size(), 0.0);
    for (size_t gi = 0; gi < f.groups.size(); ++gi)
        if (clusterDomainOfGroup(f, ci, f.groups[gi]) == d)
            for (int v : f.groups[gi].variants)
                if (f.variants[size_t(v)].cluster == ci)
                    objective[size_t(f.columnOf(ColumnKind::Systems, int(gi), v))] = 1.0;
    model.setObjective(objective);
    const GlpkModel::Result r
        = model.solveMilp(run.deadline().earlier(Deadline::after(kRoomSeconds)), 0.0, run.options().cancel);
    return r.hasSolution && r.optimal ? int(std::lround(r.value)) : -1;
}

QString shortText(const ClusterInfo &c, const QDate &date)
{
    return QStringLiteral("only %1 of its %2 systems are delivered and set aside for it on %3 (the rest are not "
                          "delivered yet, retired, or taken by clusters listed before it)")
        .arg(c.share)
        .arg(c.systems)
        .arg(dateText(date));
}

// The reason from the room of each domain tried.
QString roomText(const ClusterInfo &c, const ClusterResult &r, bool cut)
{
    QString best;
    for (const auto &[domain, room] : r.room)
        if (room == r.bestRoom && best.isEmpty())
            best = domain;
    QStringList each;
    for (const auto &[domain, room] : r.room)
        each << QStringLiteral("%1: %2").arg(
            domain, room < 0 ? QStringLiteral("not found in time") : QString::number(room));
    const QString tried = QStringLiteral(" (most each domain tried could hold — %1%2)")
                              .arg(each.join(QStringLiteral("; ")),
                                  cut ? QStringLiteral("; only the first %1 of its %2 domains were tried")
                                            .arg(kClusterDomainsTried)
                                            .arg(c.domains.size())
                                      : QString());
    if (r.bestRoom < 0)
        return QStringLiteral("no domain's room was found before the search stopped") + tried;
    if (r.bestRoom < c.systems)
        return QStringLiteral("no %1 holds it whole: the best, %2, has room for %3 of its %4 systems (rack "
                              "space, power and cooling, with every other system free to move)")
                   .arg(c.domains.front().kind, best)
                   .arg(r.bestRoom)
                   .arg(c.systems)
            + tried;
    return QStringLiteral("%1 could hold all %2 systems, but the plan's objective is higher with that room given to "
                          "other systems (or to higher-priority tenants)")
               .arg(best)
               .arg(c.systems)
        + tried;
}

void explainOne(const SolveRun &run, const Formulation &f, int ci, ClusterResult &r)
{
    const ClusterInfo &c = f.clusters[size_t(ci)];
    if (c.share < c.systems) {
        r.reason = shortText(c, f.date);
        return;
    }
    if (c.domains.empty()) {
        r.reason = QStringLiteral("the site has no %1 with racks for it").arg(keyOf(c.cluster->scope));
        return;
    }
    const int tried = std::min(int(c.domains.size()), kClusterDomainsTried);
    for (int d = 0; d < tried; ++d) {
        const int room = roomIn(run, f, ci, d);
        r.room.emplace_back(c.domains[size_t(d)].label(), room);
        r.bestRoom = std::max(r.bestRoom, room);
    }
    r.reason = roomText(c, r, tried < int(c.domains.size()));
}

} // namespace

std::vector<ClusterResult> clusterResults(const Formulation &f, const Assignment &a)
{
    std::vector<ClusterResult> out;
    for (size_t ci = 0; ci < f.clusters.size(); ++ci) {
        const ClusterInfo &c = f.clusters[ci];
        ClusterResult r;
        r.cluster = c.cluster->id;
        r.name = c.cluster->name;
        r.model = f.models[size_t(c.pool)]->id;
        r.tenant = c.tenant < 0 ? TenantId() : f.tenants[size_t(c.tenant)]->id;
        r.systems = c.systems;
        r.setAside = c.share;
        int placed = 0;
        QSet<int> domains;
        for (size_t gi = 0; gi < a.size(); ++gi)
            for (const RackContent &content : a[gi])
                for (const auto &[v, n] : content.systems)
                    if (f.variants[size_t(v)].cluster == int(ci) && n > 0) {
                        placed += n;
                        domains.insert(clusterDomainOfGroup(f, int(ci), f.groups[gi]));
                    }
        r.placed = placed == c.systems && domains.size() == 1 && *domains.begin() >= 0;
        QStringList names;
        for (int d : domains)
            names << (d < 0 ? QStringLiteral("outside its domains") : c.domains[size_t(d)].label());
        names.sort();
        r.domain = names.join(QStringLiteral(", "));
        if (!r.placed && placed > 0)
            r.reason
                = QStringLiteral("split or short: %1 of %2 systems in %3").arg(placed).arg(c.systems).arg(r.domain);
        out.push_back(std::move(r));
    }
    return out;
}

void explainUnplacedClusters(const SolveRun &run, const Formulation &f, CapacityPlan &plan)
{
    for (size_t ci = 0; ci < f.clusters.size() && ci < plan.clusters.size(); ++ci) {
        ClusterResult &r = plan.clusters[ci];
        if (r.placed || !r.reason.isEmpty())
            continue;
        explainOne(run, f, int(ci), r);
        plan.explanations << QStringLiteral("%1 (%2 × %3) is not placed: %4")
                                 .arg(clusterName(*f.clusters[ci].cluster))
                                 .arg(r.systems)
                                 .arg(r.model.toString(), r.reason);
    }
}

} // namespace warmshell::solver
