// SPDX-License-Identifier: GPL-3.0-or-later
#include "solver.h"

#include "certifybybound.h"
#include "clusterreport.h"
#include "explanationtext.h"
#include "formulation.h"
#include "glpkmodel.h"
#include "greedyfill.h"
#include "lpandmilp.h"
#include "marginalvalues.h"
#include "pinnedconflicts.h"
#include "planreport.h"
#include "primaryobjective.h"
#include "solverun.h"
#include "solvewarmstart.h"
#include "stageobjectives.h"
#include "tenantstages.h"
#include "validation.h"

namespace warmshell {

using namespace solver;

namespace {

// The plan before any step: its options, date and primary objective.
CapacityPlan newPlan(const Project &project, const SolveOptions &options)
{
    CapacityPlan plan;
    plan.options = options;
    plan.date = options.date.isValid() ? options.date : project.site.planStart;
    plan.objective = objectivesOf(options).front();
    return plan;
}

// Whether the project passes validation; if not, the plan fails with the first 20 problems.
bool validated(const Project &project, const Catalog &catalog, CapacityPlan &plan)
{
    const auto problems = validateProject(project, catalog);
    if (problems.empty())
        return true;
    plan.status = PlanStatus::Failed;
    plan.explanations
        << QStringLiteral("the project has %1 validation problem(s); fix them before solving:").arg(problems.size());
    for (size_t i = 0; i < problems.size() && i < 20; ++i)
        plan.explanations << problems[i].toString();
    return false;
}

Formulation formulate(const Project &project, const Catalog &catalog, const SolveRun &run)
{
    Formulation f = buildFormulation(project, catalog, run.options());
    run.phase("formulation built");
    if (run.tracing())
        qInfo("solver: %zu groups, %zu columns, %zu rows, %zu nonzeros", f.groups.size(), f.columns.size(),
            f.rows.size(), f.entries.size());
    return f;
}

// Seconds that describing a plan of `f` and writing it out may take (describing alone
// measured 0.2–0.4 s for the 456,000 and 677,000 columns of a 3,000-rack recirculation campus
// and the 5 GW site on a loaded 2-core machine), kept before the deadline so the plan is out
// by it.
double describingSeconds(const Formulation &f)
{
    return 0.05 + 2e-6 * double(f.columns.size());
}

// Whether every pinned system can run; if not, the plan is infeasible with the reasons.
bool pinnedContentsRun(const Project &project, const Catalog &catalog, const Formulation &f, CapacityPlan &plan)
{
    const QStringList conflicts = pinnedConflicts(project, catalog, f);
    if (conflicts.isEmpty())
        return true;
    plan.status = PlanStatus::Infeasible;
    plan.explanations << QStringLiteral("the pinned contents cannot all be energized on %1:").arg(dateText(plan.date));
    plan.explanations << conflicts;
    return false;
}

// The previous plan (a warm start's), kept where every limit of this site allows it and then
// filled greedily, offered to `best`: a plan still feasible is kept whole, so the answer is
// never worse than it.
void offerPreviousPlan(const SolveRun &run, const Formulation &f, const PrimaryObjective &primary, BestPlan &best)
{
    const Assignment start = previousPlanStart(f, *run.warmStart());
    Headroom room(f);
    Assignment kept = greedyFill(f, primary.objective(), primary.precision(), &start, &room);
    best.consider(std::move(kept), std::move(room));
    run.phase("previous plan offered");
}

// The stages of a project with tenants (tenantstages.h), then its report and capacity prices;
// without a plan (quotas that cannot hold, or no plan in time) the plan says why and has no
// placements.
void solveWithTenants(
    const SolveRun &run, const Project &project, const Catalog &catalog, const Formulation &f, CapacityPlan &plan)
{
    const PrimaryObjective primary(f, plan.objective, run.options().precision);
    const StageObjective stage = stageCoefficients(f, plan.objective, run.options().precision);
    const std::optional<SolvedPlan> solved = solveTenantStages(run, f, primary, stage, plan);
    if (!solved)
        return;
    describePlan(plan, project, catalog, f, solved->assignment, solved->duals);
    explainUnplacedClusters(run, f, plan);
    run.phase("plan described");
    if (run.options().marginalValues)
        priceCapacity(run, f, primary, stage, *solved, plan);
}

// The steps docs/solver.md names, in order: validate, formulate, pinned conflicts, the
// previous plan (warm start), certify by bound, LP and MILP, report, price capacity. A project
// with tenants or clusters takes its own path after the pinned conflicts (solveWithTenants).
// `multipliers` (may be null) receives the decomposed bound's multipliers by row name.
CapacityPlan solveRun(
    SolveRun &run, const Project &project, const Catalog &catalog, QHash<QString, double> *multipliers)
{
    const SolveOptions &options = run.options();
    CapacityPlan plan = newPlan(project, options);
    if (!options.projectValidated && !validated(project, catalog, plan))
        return run.finish(std::move(plan));
    run.phase("validated");
    const Formulation f = formulate(project, catalog, run);
    if (!f.tooLarge.isEmpty()) {
        plan.status = PlanStatus::Failed;
        plan.explanations << f.tooLarge;
        return run.finish(std::move(plan));
    }
    run.reserve(describingSeconds(f));
    run.setCompactSource([&project, &catalog, &options] {
        SolveOptions counted = options;
        counted.patternBudget = 0; // every group counted (compactwindows.h)
        return buildFormulation(project, catalog, counted);
    });
    if (!pinnedContentsRun(project, catalog, f, plan))
        return run.finish(std::move(plan));

    plan.status = PlanStatus::Optimal;
    if ((f.hasTenants() || f.hasClusters()) && !f.columns.empty()) {
        solveWithTenants(run, project, catalog, f, plan);
        if (plan.status == PlanStatus::Infeasible || plan.status == PlanStatus::Failed)
            return run.finish(std::move(plan));
    } else if (f.columns.empty()) {
        plan.method = QStringLiteral("none (nothing can be placed)");
        describePlan(plan, project, catalog, f, emptyAssignment(f), {});
    } else {
        const PrimaryObjective primary(f, plan.objective, options.precision);
        const StageObjective stage = stageCoefficients(f, plan.objective, options.precision);
        BestPlan found(primary); // every plan found on the way, so the answer is never worse
        if (run.warmStart())
            offerPreviousPlan(run, f, primary, found);
        BoundCertificate certificate = certifyByBound(run, f, primary, stage, found, plan);
        if (multipliers)
            *multipliers = std::move(certificate.multipliers);
        const SolvedPlan solved = certificate.certified
            ? std::move(certificate.solved)
            : solveByLpAndMilp(run, f, primary, stage, certificate.bound, found, plan);
        describePlan(plan, project, catalog, f, solved.assignment, solved.duals);
        run.phase("plan described");
        if (options.marginalValues)
            priceCapacity(run, f, primary, stage, solved, plan);
    }
    if (plan.generations.empty() || plan.energizedGpus() == 0)
        plan.explanations.prepend(QStringLiteral("no GPU can be energized on %1").arg(dateText(plan.date)));
    return run.finish(std::move(plan));
}

} // namespace

CapacityPlan solve(const Project &project, const Catalog &catalog, const SolveOptions &options)
{
    SolveRun run(options);
    return solveRun(run, project, catalog, nullptr);
}

CapacityPlan solve(const Project &project, const Catalog &catalog, const SolveOptions &options, SolveWarmStart &warm)
{
    const Objective objective = objectivesOf(options).front();
    const bool applies = warmStartApplies(warm, project.site, objective, options.precision);
    SolveRun run(options, applies ? &warm : nullptr);
    QHash<QString, double> multipliers;
    CapacityPlan plan = solveRun(run, project, catalog, &multipliers);
    if (plan.status != PlanStatus::Failed && plan.status != PlanStatus::Infeasible)
        warm = warmStartFrom(project.site, objective, options.precision, plan, std::move(multipliers));
    return plan;
}

QString writeModel(const Project &project, const Catalog &catalog, const SolveOptions &options, const QString &fileName,
    ModelFormat format, const OutputGuard &guard)
{
    const auto problems = validateProject(project, catalog);
    if (!problems.empty())
        return QStringLiteral("the project has validation problems: %1").arg(problems.front().toString());
    const Formulation f = buildFormulation(project, catalog, options);
    if (!f.tooLarge.isEmpty())
        return f.tooLarge;
    if (f.columns.empty())
        return QStringLiteral("nothing can be placed on %1, so there is no model to write").arg(dateText(f.date));
    GlpkModel model(f);
    model.setObjective(f.objectiveCoefficients(objectivesOf(options).front(), options.precision));
    return format == ModelFormat::Lp ? model.writeLp(fileName, guard) : model.writeMps(fileName, guard);
}

} // namespace warmshell
