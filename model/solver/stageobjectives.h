// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assignment.h"
#include "formulation.h"
#include "largearray.h"
#include "solverun.h"

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
StageObjective stageCoefficients(const Formulation &f, Objective o, Precision p);

// What the lexicographic MILP found.
struct StagesResult
{
    std::optional<Assignment> assignment; // the last stage's plan; none if the first stage found none
    std::optional<double> primaryBound; // the first stage's proven bound, maximised and unscaled
    bool proven = true; // every stage found a plan and proved it optimal (within the gap)
    bool timedOut = false;
    bool cancelled = false;
};

// The lexicographic MILP on `model` (the first stage's objective already set): each stage
// maximises its objective by branch and cut while every earlier one stays at its optimum
// (a stage row), within the run's time limit, gap and cancel flag. `incumbent` (column
// values, may be empty) starts the first stage; each stage's plan starts the next. Stops
// at the first stage that finds no plan, is cancelled or runs out of time.
StagesResult solveLexicographic(
    GlpkModel &model, const Formulation &f, const SolveRun &run, std::vector<double> incumbent);

} // namespace warmshell::solver
