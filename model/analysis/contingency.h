// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/capacityplan.h"
#include "project.h"

#include <QDate>
#include <QString>

#include <atomic>
#include <vector>

namespace warmshell {

class Catalog;

// Contingency analysis (N−1): for every single failure of a solved plan's site, what goes
// dark, what loses cooling and what must be capped or shed.
//
// The rules (docs/architecture.md, "Contingencies"):
// - Elements that can fail are those live at the plan's date (plan.date, else options.date,
//   else site.planStart): energized power nodes and commissioned cooling units. Each gives a
//   whole-element failure, and an element with more than one installed module (N+1, block,
//   2N) also the failure of one module (one side for 2N: the model holds a 2N pair as one
//   node or unit with two sides; two separate nodes under a dual-fed rack fail one by one).
// - A generator is a source in parallel with the utility, always available in normal
//   operation, as the plan checker treats it: "fails to start" is the loss of the node, and it
//   matters only where some node draws power through no other live source.
// - A rack loses power (dark) when no feed (A or B) keeps a path of live nodes up to a live
//   source. A rack's whole load counts once on every node above either of its feeds, so a
//   surviving side already carries all of a dual-fed rack and no load moves between nodes.
// - Facility load (issue 17): a cooling unit with a feed is live only while its feed is
//   energized, as the plan checker has it; when a power node's failure takes the feed's
//   power, the unit stops with it — every such unit fails whole at once, and its racks lose
//   that cooling or share their heat among the units left, by the cooling rules below. A
//   node's load and its excess on a module failure are the plan's node loads, which hold the
//   facility kW (IT, cooling draw, house loads, losses: CapacityUse); a capped or shed system
//   relieves the node by its own IT kW only (not the losses and cooling draw it also frees),
//   so the runbook may take a little more than the excess needs, never less.
// - Capacity on failure: every surviving power node may carry its installed capacity of the
//   surviving modules × derating (installed modules − 1 for the failed node of a module
//   failure, all installed modules for every other node: redundancy reserve is there to be
//   used on a failure); a cooling unit may remove capacity × surviving modules. A rack whose
//   only live units of a heat medium all failed loses cooling: air — every system of the rack
//   (the plan checker requires a live air unit for any rack that holds systems); liquid —
//   the systems that send heat to liquid. The other racks' heat is split over their
//   surviving units as a max flow (plan/heatflow.h).
// - Overload rule (deterministic): a node or the units of a cut still over capacity after
//   the failure relieve themselves from the racks below the node (or the racks in the flow's
//   minimum cut) with, first, capping — systems whose model has an operating point drawing
//   less than the one they run at go to the model's lowest-power operating point, lowest
//   PFLOPS per kW first — and then shedding whole systems, again lowest PFLOPS per kW first;
//   ties by rack id, then model id, then operating point; each step takes only as many
//   systems as the remaining excess needs. Idle depreciation is charged as chargeLots does:
//   a lost system of a model frees the energized lot with the least monthly depreciation.
// - The normal plan is assumed valid (plan checker clean): failures only remove load.
enum class FailureKind {
    PowerNode, // the whole node (a utility feed, a generator that fails to start, a UPS...)
    PowerModule, // one module of an N+1 or block node, one side of a 2N node
    CoolingUnit, // the whole unit
    CoolingModule, // one module of an N+1 or block unit, one side of a 2N unit
};

struct Failure
{
    FailureKind kind = FailureKind::PowerNode;
    QString object; // power node or cooling unit id
    friend bool operator==(const Failure &, const Failure &) = default;
};

// "node", "node-module", "cooling-unit", "cooling-module".
QString failureKindKey(FailureKind kind);

// One step of the runbook: `count` systems of `model` running at `operatingPoint` in `rack`
// are capped to `cappedTo` (an operating point of the model) or, when it is empty, shed.
struct ContingencyAction
{
    RackId rack;
    SystemModelId model;
    QString operatingPoint;
    int count = 0;
    QString cappedTo; // empty: shed
    Kilowatts powerSaved{ 0 }; // electrical power freed by the step
};

// What one generation loses on a failure. Capped systems lose PFLOPS, never GPUs or money.
struct GenerationLoss
{
    QString generation;
    int systems = 0; // no longer energized (dark, uncooled or shed)
    int gpus = 0;
    double pflops = 0; // dense, at the plan's precision and operating points
    Money idleDepreciationPerMonth{ 0 }; // added by the systems no longer energized
};

// Systems of one lot no longer energized on a failure (dark, uncooled or shed), charged as
// GenerationLoss::idleDepreciationPerMonth is: the energized lots of the model with the least
// monthly depreciation per system first.
struct LotLoss
{
    LotId lot;
    int systems = 0;
};

struct ContingencyResult
{
    Failure failure;
    QString name; // of the node or unit
    QString description; // "utility feed UTIL-1 fails", "UPS-1: one of 3 modules fails"
    QString overloaded; // id of the node or units that had to cap or shed; empty when none
    Kilowatts excess{ 0 }; // kW (electrical or heat) over capacity before the runbook
    std::vector<RackId> darkRacks; // no live path left (site order)
    std::vector<RackId> uncooledRacks; // lost their only live units of a medium (site order)
    std::vector<RackId> cappedRacks; // some systems capped, none shed (site order)
    std::vector<RackId> shedRacks; // some systems shed (site order)
    std::vector<ContingencyAction> actions; // the runbook, in the order of the rule
    std::vector<GenerationLoss> generations; // by generation name; only those that lose
    std::vector<LotLoss> lots; // by model id, then the order the systems are charged in
    Kilowatts lostPower{ 0 }; // electrical power no longer drawn (dark, uncooled, capped, shed)

    int lostGpus() const;
    double lostPflops() const;
    Money lostIdleDepreciationPerMonth() const;
    bool hasImpact() const { return lostPower.value() > 0; }
};

struct ContingencyAnalysis
{
    QDate date; // the plan's date the analysis ran at
    std::vector<ContingencyResult> results; // every single failure, most impact first
    double seconds = 0;
    // The cancel flag was set before every failure was analysed: `results` is empty (a
    // partial list would rank the failures wrongly), nothing of it may be shown as the answer.
    bool cancelled = false;
};

// Every single failure of the site at `date`, in chain order (power nodes, then their
// modules, then cooling units and their modules).
std::vector<Failure> singleFailures(const Project &project, const QDate &date);

// Every single failure of `plan`, sorted by impact: PFLOPS lost, then GPUs lost, then idle
// depreciation added, then kind and id. A plan that failed or is infeasible gives no
// results. `threads` workers (0: one below 256 failures, else one per core, at most 8).
// `cancel` (may be null; not owned, must outlive the call) is read before each failure: once
// it is true every worker stops after the failure it is on, and the analysis comes back
// `cancelled` with no results. Pure function otherwise.
ContingencyAnalysis analyseContingencies(const Project &project, const Catalog &catalog, const CapacityPlan &plan,
    int threads = 0, const std::atomic<bool> *cancel = nullptr);

// One failure; an unknown id gives a result with no impact and an empty name.
ContingencyResult analyseFailure(
    const Project &project, const Catalog &catalog, const CapacityPlan &plan, const Failure &failure);

} // namespace warmshell
