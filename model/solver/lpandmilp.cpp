// SPDX-License-Identifier: GPL-3.0-or-later
#include "lpandmilp.h"

#include "glpkmodel.h"
#include "greedyfill.h"
#include "roundandfill.h"

#include <algorithm>
#include <cmath>

namespace warmshell::solver {

namespace {

// The bound (maximised, unscaled) when the LP did not finish in time: every available system
// energized (no idle depreciation), or the Lagrangian bound when that is tighter.
double boundWithoutLp(const PrimaryObjective &primary, double lagrangianBound)
{
    double all = primary.everythingEnergized();
    if (std::isfinite(lagrangianBound))
        all = std::min(all, primary.maximised(lagrangianBound));
    return all;
}

// Two quick plans, both feasible by construction: the greedy fill, and the LP point (when
// the LP finished) rounded down then filled. The better one is the heuristic answer and the
// MILP's first incumbent.
BestPlan quickPlans(
    const SolveRun &run, const Formulation &f, const PrimaryObjective &primary, const GlpkModel::Result &lp)
{
    BestPlan best(primary);
    Headroom room(f);
    Assignment greedy = greedyFill(f, primary.objective(), primary.precision(), nullptr, &room);
    best.consider(std::move(greedy), std::move(room));
    run.phase("greedy done");
    if (lp.hasSolution) {
        Headroom roundRoom(f);
        Assignment rounded = roundAndFill(f, lp.x, primary.objective(), primary.precision(), &roundRoom);
        best.consider(std::move(rounded), std::move(roundRoom));
        run.phase("round-and-fill done");
    }
    return best;
}

// Whether the heuristic plan is the answer (then sets the plan's method and status): when the
// method is heuristic, when the LP did not finish, or when the LP bound certifies it.
bool takesHeuristic(
    const SolveRun &run, const GlpkModel::Result &lp, double lagrangianBound, double heuristicGap, CapacityPlan &plan)
{
    const SolveOptions &options = run.options();
    if (options.method == SolveMethod::Heuristic || !lp.hasSolution)
        plan.method = lp.hasSolution ? QStringLiteral("heuristic")
            : std::isfinite(lagrangianBound)
            ? QStringLiteral("heuristic (the LP relaxation did not finish in time; bound: Lagrangian)")
            : QStringLiteral("heuristic (the LP relaxation did not finish in time; "
                             "bound: every available system energized)");
    else if (objectivesOf(options).size() == 1 && (heuristicGap < 1e-9 || heuristicGap <= options.relativeGap))
        plan.method = QStringLiteral("heuristic, certified by the LP bound");
    else
        return false;
    plan.status = heuristicGap < 1e-9 ? PlanStatus::Optimal : PlanStatus::Feasible;
    return true;
}

// The lexicographic MILP from the heuristic plan; that plan when GLPK finds none (it is
// feasible by construction). Sets the plan's method, bound, status, timedOut and cancelled.
Assignment branchAndCut(const SolveRun &run, GlpkModel &model, const Formulation &f, const PrimaryObjective &primary,
    BestPlan &heuristic, double lpBound, CapacityPlan &plan)
{
    plan.method = QStringLiteral("glpk-milp");
    StagesResult stages = solveLexicographic(model, f, run, toColumns(f, heuristic.plan(), heuristic.room()));
    plan.timedOut = plan.timedOut || stages.timedOut;
    plan.cancelled = plan.cancelled || stages.cancelled;
    plan.bound = primary.reported(stages.primaryBound.value_or(lpBound));
    plan.status = stages.proven ? PlanStatus::Optimal : PlanStatus::Feasible;
    if (stages.assignment)
        return std::move(*stages.assignment);
    plan.method = QStringLiteral("heuristic (GLPK found no plan in time)");
    return heuristic.take();
}

} // namespace

SolvedPlan solveByLpAndMilp(const SolveRun &run, const Formulation &f, const PrimaryObjective &primary,
    const StageObjective &stage, double lagrangianBound, CapacityPlan &plan)
{
    GlpkModel model(f);
    model.setObjective(stage.coefficients);
    run.phase("glpk model loaded");
    const GlpkModel::Result lp = model.solveLp(run.secondsLeft());
    run.phase("lp solved");
    plan.timedOut = lp.timedOut;
    const double lpBound = lp.hasSolution ? lp.value / stage.scale : boundWithoutLp(primary, lagrangianBound);
    SolvedPlan out;
    out.duals = lp.hasSolution ? model.rowDuals() : std::vector<double>(f.rows.size(), 0.0);
    plan.bound = primary.reported(lpBound);

    BestPlan heuristic = quickPlans(run, f, primary, lp);
    const double heuristicGap = relativeGap(plan.bound, heuristic.value());
    if (run.tracing())
        qInfo("solver: heuristic %.6g, bound %.6g, gap %.4f%%", heuristic.value(), plan.bound, 100 * heuristicGap);
    if (takesHeuristic(run, lp, lagrangianBound, heuristicGap, plan))
        out.assignment = heuristic.take();
    else
        out.assignment = branchAndCut(run, model, f, primary, heuristic, lpBound, plan);

    plan.objectiveValue = primary.valueOf(out.assignment);
    if (plan.status == PlanStatus::Optimal)
        plan.bound = plan.objectiveValue;
    plan.gap = relativeGap(plan.bound, plan.objectiveValue);
    if (plan.gap < 1e-9)
        plan.gap = 0;
    run.phase("milp done");
    return out;
}

} // namespace warmshell::solver
