// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"
#include "problem.h"
#include "systemmodel.h"

#include <limits>
#include <vector>

namespace warmshell {

class Catalog;
struct Project;

// What the procurement plan maximises over the horizon, each quarter's figure discounted to
// the plan start at `discountRate` per year:
// - Compute: PFLOPS-years energized (PFLOPS at the chosen precision × 0.25 per quarter).
// - Net: PFLOPS-years energized × valuePerPflopsYear (USD) minus the depreciation of idle
//   systems (USD): USD.
enum class ProcurementObjective { Compute, Net };
constexpr std::pair<ProcurementObjective, const char *> kProcurementObjectives[]
    = { { ProcurementObjective::Compute, "compute" }, { ProcurementObjective::Net, "net" } };
inline std::span<const std::pair<ProcurementObjective, const char *>> enumKeys(ProcurementObjective)
{
    return kProcurementObjectives;
}

// One model that may be ordered.
struct ProcurementCandidate
{
    SystemModelId model; // a catalog or project model
    double unitPrice = 0; // USD per system, paid in the quarter the order is placed; > 0
    // Quarters from order to delivery, ≥ 0: an order placed in quarter q is delivered at the
    // start of quarter q + leadQuarters and can be energized from that quarter on.
    int leadQuarters = 2;
    // Systems that can be ordered in each quarter (index: quarter from the plan start); a quarter
    // past the list (or an empty list) has no limit but the budget. Each ≥ 0.
    std::vector<int> availablePerQuarter;
};

// The question: which candidates to order in which quarter of the horizon.
struct ProcurementInput
{
    std::vector<ProcurementCandidate> candidates;
    int horizonQuarters = 12; // quarters from the site's planStart, 1..kMaxProcurementQuarters
    // Capital over the horizon, USD; +infinity: none. With no budget at all, the quantities
    // available must bound every candidate's orders.
    double totalBudget = std::numeric_limits<double>::infinity();
    // Capital per quarter, USD (index: quarter; what is not spent in a quarter does not carry
    // over); quarters past the list are bound by totalBudget alone.
    std::vector<double> budgetPerQuarter;
    ProcurementObjective objective = ProcurementObjective::Compute;
    double discountRate = 0.08; // per year, [0, 1]
    double valuePerPflopsYear = 0; // USD per PFLOPS-year energized; Net only, > 0 there
    Precision precision = Precision::Bf16;
    double relativeGap = 0.005; // stop once proven within this share of the optimum
    double timeLimitSeconds = 60; // for the schedule's search; each comparison and re-solve gets its own share
    bool marginalValues = true; // +1 MW re-solves for the periods where power binds
};

// Longest horizon: 24 quarters (six years, the default depreciation life, so a system ordered
// within it depreciates the same amount every quarter it is owned within the horizon).
inline constexpr int kMaxProcurementQuarters = 24;

// Every problem with `input` for `project`: an unknown candidate, a price, lead time, quantity
// or budget that is negative or not a number, a horizon out of 1..kMaxProcurementQuarters, a
// candidate without any bound on its orders. Paths name the input's fields:
// "candidates[1].leadQuarters", "budgetPerQuarter[3]", "horizonQuarters". Empty: acceptable.
std::vector<Problem> procurementProblems(const ProcurementInput &input, const Project &project, const Catalog &catalog);

} // namespace warmshell
