// SPDX-License-Identifier: GPL-3.0-or-later
// The procurement plan (model/procurement) on the bundled campus example and on the synthetic
// 100 MW campus: 12 quarters, five candidates (B300, GB300, MI355X, B200, H200, catalog prices,
// lead time 2 quarters). Peer measured in the same run: GLPK's plain branch-and-cut
// (glp_init_iocp defaults: no cuts, no presolve, no starting plan) on the same multi-period
// model with the same gap and time limit. Prints each run's time, value, bound and gap.
// Targets: campus ≤ 0.5 % in < 5 s; 100 MW ≤ 1 % in < 60 s.
//
// Usage: bench_procurement [--mw X] [--budget USD] [--quarters N] [--time-limit S] [--peer-limit S]
// Defaults: 100 MW, 1.5e9 USD on the synthetic site (200e6 on the campus), 12 quarters, 60 s,
// peer 60 s.
#include "campusdelays.h"
#include "catalog.h"
#include "procurement/procurement.h"
#include "procurement/procurementmodel.h"
#include "projectfile.h"
#include "syntheticsite.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cmath>
#include <cstdio>

using namespace warmshell;

namespace {

ProcurementInput benchInput(const Project &project, double budget, int quarters, double gap, double seconds)
{
    ProcurementInput in;
    in.horizonQuarters = quarters;
    in.totalBudget = budget;
    in.relativeGap = gap;
    in.timeLimitSeconds = seconds;
    for (const char *id : { "dgx-b300", "gb300-nvl72", "mi355x-platform", "dgx-b200", "hgx-h200" }) {
        ProcurementCandidate c;
        c.model = SystemModelId(QString::fromLatin1(id));
        c.unitPrice = project.model(c.model, Catalog::builtIn())->price.value();
        c.leadQuarters = 2;
        in.candidates.push_back(c);
    }
    return in;
}

// WarmShell's run, then the plain peer on the same model; returns whether the target was met.
bool runBoth(const char *name, const Project &project, const ProcurementInput &in, double peerSeconds, double target,
    double targetSeconds)
{
    QElapsedTimer clock;
    clock.start();
    const ProcurementPlan plan = planProcurement(project, Catalog::builtIn(), in);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    if (!plan.problems.empty()) {
        std::printf("%s: no plan: %s\n", name, qPrintable(plan.problems.front().toString()));
        return false;
    }
    int systems = 0;
    for (const ProcurementOrder &o : plan.plan.orders)
        systems += o.count;
    const bool met = plan.gap <= target && seconds < targetSeconds;
    std::printf("%s: %d columns x %d rows; warmshell %7.2f s  value %.2f  bound %.2f  gap %.3f%%  (%zu orders, %d "
                "systems, %.0f USD)  target <= %.1f%% in < %.0f s: %s\n",
        name, plan.columns, plan.rows, seconds, plan.plan.objective, plan.bound, 100 * plan.gap,
        plan.plan.orders.size(), systems, plan.plan.capital, 100 * target, targetSeconds, met ? "met" : "NOT met");

    clock.restart();
    const auto model = buildProcurementModel(project, Catalog::builtIn(), in);
    solver::GlpkModel glpk(model->lp);
    glpk.setObjective(model->objective);
    solver::GlpkModel::MilpSearch plain;
    plain.plain = true;
    const auto r = glpk.solveMilp(Deadline::after(peerSeconds), in.relativeGap, nullptr, plain);
    const double peer = double(clock.nsecsElapsed()) / 1e9;
    const double held = model->idleWeight() * model->heldDepreciation;
    if (r.hasSolution)
        std::printf("%s: peer glpk plain branch-and-cut %7.2f s  value %.2f  bound %.2f  gap %.3f%%%s\n", name, peer,
            r.value - held, r.bound - held,
            100 * std::max(0.0, r.bound - r.value) / std::max(1e-9, std::abs(r.value - held)),
            r.timedOut ? " (time limit)" : "");
    else
        std::printf("%s: peer glpk plain branch-and-cut %7.2f s  no integer solution%s\n", name, peer,
            r.timedOut ? " within the time limit" : "");
    return met;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    auto option = [&](const char *flag, const QString &fallback) { return bench::optionValue(args, flag, fallback); };
    const double mw = option("--mw", QStringLiteral("100")).toDouble();
    const double budget = option("--budget", QStringLiteral("1.5e9")).toDouble();
    const int quarters = option("--quarters", QStringLiteral("12")).toInt();
    const double limit = option("--time-limit", QStringLiteral("60")).toDouble();
    const double peerLimit = option("--peer-limit", QStringLiteral("60")).toDouble();

    const LoadResult campus
        = loadProject(QStringLiteral(WARMSHELL_SOURCE_DIR "/resources/examples/campus.warmshell.json"));
    if (!campus.ok()) {
        std::printf("the campus example does not load\n");
        return 1;
    }
    bool met = runBoth("campus", *campus.project,
        benchInput(*campus.project, 200e6, quarters, 0.005, std::min(limit, 5.0)), std::min(peerLimit, 5.0), 0.005, 5);
    const Project site = bench::makeSyntheticSiteByPower(mw);
    char name[64];
    std::snprintf(name, sizeof name, "%.0f MW synthetic", mw);
    met = runBoth(name, site, benchInput(site, budget, quarters, 0.01, limit), peerLimit, 0.01, 60) && met;
    return met ? 0 : 2;
}
