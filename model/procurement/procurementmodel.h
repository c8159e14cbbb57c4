// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "procurementinput.h"
#include "project.h"
#include "solver/formulation.h"
#include "solver/glpkmodel.h"

#include <QDate>

#include <memory>
#include <vector>

namespace warmshell {

// One quarter of the horizon: the site's aggregated formulation at the quarter's start date
// (buildFormulation: power, cooling and space as commissioned then, facility loads, the plant at
// the quarter's worst month), copied into the multi-period model at a column and row offset.
struct ProcurementPeriodCopy
{
    int quarter = 0; // from the plan start
    QDate start, end; // [start, end): three months
    double discount = 1; // (1 + discountRate)^(−quarter / 4), the weight of its figures
    solver::Formulation formulation;
    int firstColumn = 0, firstRow = 0; // offsets of its columns and rows in the model
    // Per candidate: the column of its pool lot (systems of that model ordered and in use), or -1
    // when the model cannot run anywhere this quarter.
    std::vector<int> poolColumn;
    // Per formulation lot: USD of depreciation one system of the lot accrues in [start, end).
    std::vector<double> lotQuarterDepreciation;
    // Per formulation lot: the candidate whose pool it is, or -1 for a lot of the file.
    std::vector<int> lotCandidate;
};

// The procurement MILP: one copy of the site's formulation per quarter, linked by
// - order columns x[c][q] (integer systems of candidate c ordered in quarter q, delivered at the
//   start of quarter q + lead; only quarters whose delivery falls inside the horizon),
// - per quarter t and candidate c the row pool[c](t) − Σ_{q + lead ≤ t} x[c][q] ≤ 0: the
//   formulation's fleet row of the model (systems placed = systems of its lots in use) takes the
//   owned and on-order lots as the file has them at t, plus the pool lot, whose use is bounded
//   by the orders delivered by t instead of a fixed count (the formulation's lot bound turned
//   into a row with the order columns),
// - budget rows: Σ_c price_c x[c][q] ≤ budgetPerQuarter[q]; Σ_{c,q} price_c x[c][q] ≤ totalBudget.
// Placements are independent from quarter to quarter (systems may move between racks, as the
// timeline with --allow-moves). Built once; the owner fixes order columns to evaluate a given
// schedule. The augmented project (the file's project plus one pool lot per candidate) is owned
// here because the formulations point into it: the model must not be copied.
struct ProcurementModel
{
    ProcurementInput input;
    std::unique_ptr<Project> project; // with the pool lots appended to its fleet
    std::vector<const SystemModel *> candidateModels; // parallel to input.candidates
    std::vector<double> candidateQuarterDepreciation; // USD per system and owned quarter
    std::vector<ProcurementPeriodCopy> periods;
    std::vector<std::vector<int>> orderColumn; // [candidate][quarter]: column, or -1
    solver::LinearModel lp;
    std::vector<double> objective; // per column, maximised
    // The discounted depreciation of every system the file's lots hold within the horizon, USD.
    // The MILP counts idle depreciation as held − energized: its value minus idleWeight() ×
    // heldDepreciation is the objective (with the compute objective's tie-break).
    double heldDepreciation = 0;
    // Objective units per USD of idle depreciation: 1 for Net, kIdleTieBreak for Compute.
    double idleWeight() const;
    QString tooLarge; // a period's formulation refused the site (rackslots.h); nothing built
};

// The compute objective's tie-break: PFLOPS-years charged per USD of (discounted) idle
// depreciation, so that of two schedules with the same compute the one whose systems wait less
// for power wins (an order is timed to arrive when it can be energized, and nothing is bought that
// would only sit dark). 1e-9: a GB300 NVL72 rack idle for a quarter (146,000 USD) costs 0.00015
// PFLOPS-years, against the 45 it yields energized for a quarter.
inline constexpr double kIdleTieBreak = 1e-9;

// Builds the model for a validated project and input (procurementProblems empty).
std::unique_ptr<ProcurementModel> buildProcurementModel(
    const Project &project, const Catalog &catalog, const ProcurementInput &input);

// Upper bound of order column x[c][q]: what is available in the quarter and what its budgets
// (the quarter's and the total) can pay for; 0 when the delivery falls past the horizon.
int orderUpperBound(const ProcurementInput &input, size_t candidate, int quarter);

} // namespace warmshell
