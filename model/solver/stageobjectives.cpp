// SPDX-License-Identifier: GPL-3.0-or-later
#include "stageobjectives.h"

#include "glpkmodel.h"

#include <algorithm>
#include <cmath>

namespace warmshell::solver {

std::vector<Objective> objectivesOf(const SolveOptions &options)
{
    return options.objectives.empty() ? std::vector<Objective>{ Objective::Compute } : options.objectives;
}

StageObjective stageCoefficients(const Formulation &f, Objective o, Precision p, int tier)
{
    StageObjective s;
    s.coefficients = f.objectiveCoefficients(o, p, tier);
    double base = o == Objective::Compute ? 1000.0 : 1.0; // PFLOPS -> TFLOPS
    bool integral = true;
    for (double c : s.coefficients)
        integral = integral && std::abs(c * base - std::round(c * base)) < 1e-9;
    s.scale = integral ? base : base * 100.0;
    for (double &c : s.coefficients)
        c = std::round(c * s.scale);
    return s;
}

std::vector<StageObjective> lexicographicStages(const Formulation &f, const SolveOptions &options)
{
    std::vector<StageObjective> stages;
    if (!f.hasTenants()) {
        for (Objective o : objectivesOf(options))
            stages.push_back(stageCoefficients(f, o, options.precision));
        return stages;
    }
    for (int tier = 0; tier < f.tiers; ++tier)
        for (Objective o : objectivesOf(options)) {
            StageObjective s = stageCoefficients(f, o, options.precision, tier);
            if (std::any_of(s.coefficients.begin(), s.coefficients.end(), [](double c) { return c != 0; }))
                stages.push_back(std::move(s));
        }
    if (stages.empty()) // nothing to gain in any tier: one stage over every column
        stages.push_back(stageCoefficients(f, objectivesOf(options).front(), options.precision));
    return stages;
}

StagesResult solveLexicographic(GlpkModel &model, const Formulation &f, const SolveRun &run, StagesStart start)
{
    const SolveOptions &options = run.options();
    const std::vector<StageObjective> stages = lexicographicStages(f, options);
    StagesResult out;
    std::vector<double> incumbent = std::move(start.incumbent);
    for (size_t k = 0; k < stages.size(); ++k) {
        const StageObjective &c = stages[k];
        if (k > 0 || f.hasTenants())
            model.setObjective(c.coefficients);
        GlpkModel::MilpSearch search;
        search.presolve = start.presolve;
        search.incumbent = incumbent.empty() ? nullptr : &incumbent;
        if (k == 0 && stages.size() == 1)
            search.knownValue = start.knownValue;
        const GlpkModel::Result r
            = model.solveMilp(run.deadline().earlier(start.until), options.relativeGap, options.cancel, search);
        out.timedOut = out.timedOut || r.timedOut;
        out.cancelled = out.cancelled || r.cancelled;
        if (k == 0 && r.hasBound)
            out.primaryBound = r.bound / c.scale;
        if (k == 0)
            out.boundReached = r.boundReached;
        if (!r.hasSolution) {
            out.proven = false;
            break;
        }
        out.proven = out.proven && r.optimal;
        out.assignment = fromColumns(f, r.x);
        out.columns = r.x;
        incumbent = r.x; // feasible for the next stage too
        if (k + 1 < stages.size()) // keep this stage at its optimum (whole-number objective)
            model.addLowerBoundRow(
                c.coefficients, r.value - 0.5, QStringLiteral("stage_%1").arg(k + 1).toLatin1().constData());
        if (r.cancelled || r.timedOut)
            break;
    }
    return out;
}

} // namespace warmshell::solver
