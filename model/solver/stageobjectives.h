// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assignment.h"
#include "formulation.h"
#include "largearray.h"
#include "solverun.h"

#include <limits>
#include <optional>
#include <vector>

namespace warmshell::solver {

class GlpkModel;

// The objectives of a solve in lexicographic order: options.objectives, or Compute alone.
std::vector<Objective> objectivesOf(const SolveOptions &options);

// Column objective for a stage (IdleCost maximises the depreciation of energized systems),
// scaled to whole numbers: GLPK rounds its bounds when every integer column has an integral
// coefficient and every continuous one none, which proves optimality where a fractional
// objective would leave a tiny unprovable gap. Compute counts TFLOPS (integral for catalog
// figures at full power; otherwise rounded to 0.01 TFLOPS), money counts cents.
struct StageObjective
{
    LargeVector<double> coefficients; // scaled, whole numbers
    double scale = 1; // objective value = scaled value / scale
};
// `tier` ≥ 0: that priority tier's columns alone (Formulation::objectiveCoefficients).
StageObjective stageCoefficients(const Formulation &f, Objective o, Precision p, int tier = -1);

// The stages of the lexicographic MILP, in order. Without tenants one per objective of
// objectivesOf(options). With tenants (Formulation::hasTenants), tier by tier from the highest
// priority to the operator's own lots, each tier's objectives in order — (tier 0, objective
// 1), (tier 0, objective 2), …, (tier 1, objective 1), … — leaving out a stage whose
// coefficients are all 0 (a tier with nothing available). Never empty while f has columns.
std::vector<StageObjective> lexicographicStages(const Formulation &f, const SolveOptions &options);

// What the lexicographic MILP found.
struct StagesResult
{
    std::optional<Assignment> assignment; // the last stage's plan; none if the first stage found none
    // The first stage's proven bound, maximised and unscaled; also when it found no plan. With
    // tenants the first stage is the first tier's alone, so this bounds that tier only.
    std::optional<double> primaryBound;
    bool boundReached = false; // the first stage stopped within the gap of StagesStart::knownValue
    std::vector<double> columns; // the last stage's column values (with `assignment`)
    bool proven = true; // every stage found a plan and proved it optimal (within the gap)
    bool timedOut = false;
    bool cancelled = false;
};

// How the lexicographic MILP starts.
struct StagesStart
{
    std::vector<double> incumbent; // column values of a plan (may be empty); without presolve only
    bool presolve = false; // GLPK's MIP preprocessor in every stage (GlpkModel::MilpSearch)
    // The first stage's objective (scaled) of the plan the caller holds, NaN for none: with one
    // objective the search stops once its bound is within the gap of it (boundReached).
    double knownValue = std::numeric_limits<double>::quiet_NaN();
    Deadline until = Deadline::never(); // stops earlier than the run's deadline
};

// The lexicographic MILP on `model` (the first stage's objective already set) over
// lexicographicStages(): each stage
// maximises its objective by branch and cut while every earlier one stays at its optimum
// (a stage row), within the run's time limit, gap and cancel flag. `start.incumbent` starts
// the first stage; each stage's plan starts the next. Stops at the first stage that finds no
// plan, is cancelled, runs out of time or reaches the gap of `start.knownValue`.
StagesResult solveLexicographic(GlpkModel &model, const Formulation &f, const SolveRun &run, StagesStart start);

} // namespace warmshell::solver
