// SPDX-License-Identifier: GPL-3.0-or-later
#include "lpandmilp.h"

#include "compactbranchandcut.h"
#include "compactwindows.h"
#include "fixandoptimise.h"
#include "glpkmodel.h"
#include "greedyfill.h"
#include "lagrangianbound.h"
#include "roundandfill.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace warmshell::solver {

namespace {

// The heuristic method's plan is meant to be instant: its LP relaxation (for the bound alone)
// gets at most this long; on large sites it does not finish (the 5 GW site's takes minutes;
// a 2,000-rack recirculation campus's, counted, loads in 0.05 s and takes more than 2 s), and
// the bound is then the one without the LP (kLagrangianSeconds): about 2 s in all.
constexpr double kHeuristicLpSeconds = 1.0;
// The Lagrangian bound's time when the LP gives none.
constexpr double kLagrangianSeconds = 1.0;

Deadline lpDeadline(const SolveRun &run)
{
    return run.options().method == SolveMethod::Heuristic ? run.deadline().earlier(Deadline::after(kHeuristicLpSeconds))
                                                          : run.deadline();
}

// The bound (maximised, unscaled) when the LP did not finish in time: every available system
// energized (no idle depreciation), or a Lagrangian bound when that is tighter: the one
// certifyByBound() found (`lagrangian`, reporting units, NaN for none), else one computed
// here in a share of the time left (then set in `lagrangian`). `found`: the best plan so far.
double boundWithoutLp(const SolveRun &run, const Formulation &f, const PrimaryObjective &primary,
    const StageObjective &stage, const BestPlan &found, double &lagrangian)
{
    if (!std::isfinite(lagrangian) && !run.expired() && !found.empty()) {
        const double seconds = std::min(kLagrangianSeconds, run.secondsLeft() / 4);
        const LagrangianBound lb = lagrangianBound(f, stage.coefficients, found.stageValue(stage.scale),
            run.options().relativeGap, seconds, run.options().cancel);
        lagrangian = primary.reported(lb.value / stage.scale);
        run.phase("lagrangian bound");
    }
    double all = primary.everythingEnergized();
    if (std::isfinite(lagrangian))
        all = std::min(all, primary.maximised(lagrangian));
    return all;
}

// The LP relaxation of `f` in GLPK, loaded into `model`; no solution (and no model) when
// loading it would outlast the deadline, or for the heuristic method when loading alone would
// take a good part of the LP's budget.
GlpkModel::Result relaxation(
    const SolveRun &run, const Formulation &f, const StageObjective &stage, std::optional<GlpkModel> &model)
{
    const double load = glpkLoadSeconds(f);
    if (run.secondsLeft() <= load || (run.options().method == SolveMethod::Heuristic && load > kHeuristicLpSeconds / 4))
        return {};
    model.emplace(f);
    model->setObjective(stage.coefficients);
    run.phase("glpk model loaded");
    GlpkModel::Result lp = model->solveLp(lpDeadline(run));
    run.phase("lp solved");
    return lp;
}

// Offers two quick plans to `best`, both feasible by construction: the greedy fill, and the LP
// point (when the LP finished) rounded down then filled. The best plan so far is the heuristic
// answer and the MILP's first incumbent.
void offerQuickPlans(const SolveRun &run, const Formulation &f, const PrimaryObjective &primary,
    const GlpkModel::Result &lp, BestPlan &best)
{
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
            ? QStringLiteral("heuristic (the LP relaxation was not solved in time; bound: Lagrangian)")
            : QStringLiteral("heuristic (the LP relaxation was not solved in time; "
                             "bound: every available system energized)");
    else if (objectivesOf(options).size() == 1 && (heuristicGap < 1e-9 || heuristicGap <= options.relativeGap))
        plan.method = QStringLiteral("heuristic, certified by the LP bound");
    else if (run.expired()) {
        plan.method = QStringLiteral("heuristic (the time limit was reached before branch-and-cut)");
        plan.timedOut = true;
    } else
        return false;
    plan.status = heuristicGap < 1e-9 ? PlanStatus::Optimal : PlanStatus::Feasible;
    return true;
}

// Models up to this many nonzeros get GLPK's MIP preprocessor in branch-and-cut (with one
// objective): it tightens rows the cuts then close (a 50-rack recirculation campus, 16,787
// nonzeros: root bound 7.3 % above the optimum without it, 0.03 % with it), at the price of not
// handing GLPK our plan (it is told its value instead, and the search stops once its bound
// certifies that plan). GLPK's preprocessor does not look at the time limit, so it is kept to
// models where it takes milliseconds; past it (a 1,000-rack recirculation campus: 260,000
// nonzeros) the preprocessed root also took most of a 60 s limit without moving the bound.
constexpr int kPresolveMaxNonzeros = 100'000;
// The first branch-and-cut slice, which certifies most plans at once: this share of the time
// left, at most kFirstSliceSeconds.
constexpr double kFirstSliceShare = 0.2;
constexpr double kFirstSliceSeconds = 2.0;
// Fix-and-optimise then gets at most this share of the time left, and at most kWindowsSeconds.
constexpr double kWindowsShare = 0.25;
constexpr double kWindowsSeconds = 3.0;

bool presolvedSearch(const SolveRun &run, const GlpkModel &model)
{
    return objectivesOf(run.options()).size() == 1 && model.nonzeros() <= kPresolveMaxNonzeros;
}

// The lexicographic MILP from the best plan so far, or that plan when GLPK finds none or only
// worse ones by the primary objective (it is feasible by construction; the MILP's plan wins
// ties, as it also optimised the later objectives). Sets the plan's method, bound, status,
// timedOut and cancelled.
Assignment branchAndCut(const SolveRun &run, GlpkModel &model, const Formulation &f, const PrimaryObjective &primary,
    BestPlan &found, double lpBound, CapacityPlan &plan)
{
    plan.method = QStringLiteral("glpk-milp");
    if (objectivesOf(run.options()).size() == 1)
        improveByRunWindows(run, f, primary, found);
    StagesStart start;
    if (found.hasRoom())
        start.incumbent = toColumns(f, found.plan(), found.room());
    StagesResult stages = solveLexicographic(model, f, run, std::move(start));
    plan.timedOut = plan.timedOut || stages.timedOut;
    plan.cancelled = plan.cancelled || stages.cancelled;
    plan.bound = primary.reported(std::min(stages.primaryBound.value_or(lpBound), lpBound));
    plan.status = stages.proven ? PlanStatus::Optimal : PlanStatus::Feasible;
    if (!stages.assignment) {
        plan.method = QStringLiteral("heuristic (GLPK found no plan in time)");
        return found.take();
    }
    BestPlan best(primary);
    best.consider(std::move(*stages.assignment));
    if (best.consider(found.take())) {
        plan.method = QStringLiteral("heuristic (better than GLPK's plan)");
        plan.status = PlanStatus::Feasible;
    }
    return best.take();
}

// Branch-and-cut with GLPK's preprocessor (presolvedSearch: one objective): a first slice,
// which certifies most plans at once; if it does not, fix-and-optimise improves the plan and
// branch-and-cut runs again for the time left. GLPK's plans are offered to `found`; the bound
// is the lowest proven. Sets the plan's method, bound, status, timedOut and cancelled.
Assignment presolvedBranchAndCut(const SolveRun &run, GlpkModel &model, const Formulation &f,
    const PrimaryObjective &primary, const StageObjective &stage, BestPlan &found, double lpBound, CapacityPlan &plan)
{
    double bound = lpBound; // maximised, unscaled
    bool glpkPlanKept = false, reached = false, proven = false;
    std::vector<double> glpkColumns;
    auto search = [&](const Deadline &until) {
        StagesStart start;
        start.presolve = true;
        start.knownValue = found.stageValue(stage.scale);
        start.until = until;
        StagesResult r = solveLexicographic(model, f, run, std::move(start));
        bound = std::min(bound, r.primaryBound.value_or(bound));
        reached = r.boundReached;
        proven = r.proven && r.assignment;
        plan.cancelled = plan.cancelled || r.cancelled;
        if (r.assignment && found.consider(std::move(*r.assignment))) {
            glpkPlanKept = true;
            glpkColumns = std::move(r.columns);
        }
        return r.timedOut;
    };
    search(firstSliceDeadline(run));
    run.phase("first branch-and-cut slice done");
    if (!reached && !proven && !plan.cancelled && !run.expired()) {
        const double seconds = std::min(kWindowsSeconds, kWindowsShare * run.secondsLeft());
        const int compactImproved = improveByRunWindows(run, f, primary, found);
        const int improved = compactImproved
            + improveByWindows(
                run, model, f, stage, found, seconds, glpkPlanKept && compactImproved == 0 ? &glpkColumns : nullptr);
        glpkPlanKept = glpkPlanKept && improved == 0;
        run.phase("fix-and-optimise done");
        if (run.tracing())
            qInfo("solver: fix-and-optimise improved %d window(s), plan %.6g", improved, found.value());
        plan.timedOut = search(Deadline::never()) || plan.timedOut;
    }
    plan.bound = primary.reported(bound);
    plan.status = proven ? PlanStatus::Optimal : PlanStatus::Feasible;
    plan.method = glpkPlanKept ? QStringLiteral("glpk-milp")
        : reached              ? QStringLiteral("heuristic, certified by the branch-and-cut bound")
                               : QStringLiteral("heuristic (better than GLPK's plans)");
    return found.take();
}

} // namespace

Deadline firstSliceDeadline(const SolveRun &run)
{
    return Deadline::after(std::min(kFirstSliceSeconds, kFirstSliceShare * run.secondsLeft()));
}

SolvedPlan solveByLpAndMilp(const SolveRun &run, const Formulation &f, const PrimaryObjective &primary,
    const StageObjective &stage, double lagrangianBound, BestPlan &found, CapacityPlan &plan)
{
    std::optional<GlpkModel> model;
    const GlpkModel::Result lp = relaxation(run, f, stage, model);
    // Without the LP, time ran out (the exact method always solves it when there is time).
    plan.timedOut = !lp.hasSolution && (run.expired() || run.options().method == SolveMethod::Exact);
    offerQuickPlans(run, f, primary, lp, found);
    const double lpBound
        = lp.hasSolution ? lp.value / stage.scale : boundWithoutLp(run, f, primary, stage, found, lagrangianBound);
    SolvedPlan out;
    out.duals = lp.hasSolution ? model->rowDuals() : std::vector<double>(f.rows.size(), 0.0);
    plan.bound = primary.reported(lpBound);

    const double heuristicGap = relativeGap(plan.bound, found.value());
    if (run.tracing())
        qInfo("solver: heuristic %.6g, bound %.6g, gap %.4f%%", found.value(), plan.bound, 100 * heuristicGap);
    if (takesHeuristic(run, lp, lagrangianBound, heuristicGap, plan)) {
        out.assignment = found.take();
    } else if (searchesCompactModel(run, f, model->nonzeros(), kPresolveMaxNonzeros)) {
        plan.bound = primary.reported(compactBranchAndCut(run, f, primary, found, lpBound, plan));
        out.assignment = found.take();
    } else if (presolvedSearch(run, *model)) {
        out.assignment = presolvedBranchAndCut(run, *model, f, primary, stage, found, lpBound, plan);
    } else {
        out.assignment = branchAndCut(run, *model, f, primary, found, lpBound, plan);
    }

    plan.objectiveValue = primary.valueOf(out.assignment);
    // The stage objective counts whole TFLOPS or cents (stageCoefficients): a bound less than one
    // such unit above the plan cannot tell them apart, so the plan is proven optimal.
    const double unitsAbove = (primary.maximised(plan.bound) - primary.maximised(plan.objectiveValue)) * stage.scale;
    if (plan.status == PlanStatus::Optimal || unitsAbove < 1 - 1e-6)
        plan.bound = plan.objectiveValue;
    plan.gap = relativeGap(plan.bound, plan.objectiveValue);
    if (plan.gap < 1e-9) {
        plan.gap = 0;
        plan.status = PlanStatus::Optimal; // the bound proves it (a bound reached by branch-and-cut, say)
    }
    run.phase("milp done");
    return out;
}

} // namespace warmshell::solver
