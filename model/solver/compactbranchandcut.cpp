// SPDX-License-Identifier: GPL-3.0-or-later
#include "compactbranchandcut.h"

#include "compactwindows.h"
#include "glpkmodel.h"
#include "greedyfill.h"
#include "lpandmilp.h"
#include "stageobjectives.h"

#include <algorithm>

namespace warmshell::solver {

namespace {

// The compact model is searched when the pattern model has more than this many times its
// nonzeros (a 50-rack recirculation campus, seed 11: 12 times; in 20 s GLPK's search of the
// pattern model reached 0.375 %, of the compact one 0.112 % in 3.4 s).
constexpr size_t kCompactShare = 4;

} // namespace

bool searchesCompactModel(const SolveRun &run, const Formulation &f, int fNonzeros, int presolveMaxNonzeros)
{
    if (objectivesOf(run.options()).size() != 1 || f.thermal.empty() || !hasPatternColumns(f))
        return false;
    const Formulation *compact = run.compact();
    return compact && !compact->columns.empty() && compact->entries.size() <= size_t(presolveMaxNonzeros)
        && (fNonzeros > presolveMaxNonzeros || size_t(fNonzeros) > kCompactShare * compact->entries.size());
}

double compactBranchAndCut(const SolveRun &run, const Formulation &f, const PrimaryObjective &primary, BestPlan &found,
    double lpBound, CapacityPlan &plan)
{
    const Formulation &compact = *run.compact();
    const StageObjective stage = stageCoefficients(compact, primary.objective(), primary.precision());
    GlpkModel model(compact);
    model.setObjective(stage.coefficients);
    run.phase("compact glpk model loaded");
    double bound = lpBound;
    bool glpkPlanKept = false, reached = false, proven = false;
    auto search = [&](const Deadline &until) {
        StagesStart start;
        start.presolve = true;
        start.knownValue = found.stageValue(stage.scale);
        start.until = until;
        StagesResult r = solveLexicographic(model, compact, run, std::move(start));
        bound = std::min(bound, r.primaryBound.value_or(bound));
        reached = r.boundReached;
        plan.timedOut = plan.timedOut || r.timedOut;
        plan.cancelled = plan.cancelled || r.cancelled;
        if (!r.assignment)
            return;
        const Assignment moved = movePlan(compact, *r.assignment, f);
        Headroom room(f);
        Assignment filled = greedyFill(f, primary.objective(), primary.precision(), &moved, &room);
        const bool kept = found.consider(std::move(filled), std::move(room));
        glpkPlanKept = glpkPlanKept || kept;
        proven = r.proven && kept;
    };
    search(firstSliceDeadline(run)); // then the windows and the search again, as on pattern models
    run.phase("compact first slice done");
    if (!reached && !proven && !plan.cancelled && !run.expired()) {
        glpkPlanKept = improveByRunWindows(run, f, primary, found) == 0 && glpkPlanKept;
        plan.timedOut = false; // the first slice's own deadline is not the run's
        search(Deadline::never());
    }
    run.phase("compact branch-and-cut done");
    plan.status = proven ? PlanStatus::Optimal : PlanStatus::Feasible;
    plan.method = glpkPlanKept ? QStringLiteral("glpk-milp (compact model)")
        : reached              ? QStringLiteral("heuristic, certified by the branch-and-cut bound (compact model)")
                               : QStringLiteral("heuristic (better than GLPK's plans on the compact model)");
    return bound;
}

} // namespace warmshell::solver
