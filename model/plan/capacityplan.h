// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"
#include "solveoptions.h"
#include "units.h"

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace warmshell {

// Systems of one model at one operating point placed in one rack.
struct PlacedSystems
{
    SystemModelId model;
    QString operatingPoint; // "full power" or the model's operating point name
    int count = 0;
    Kilowatts power{ 0 }; // of all `count` systems at this operating point
    int gpus = 0;
    bool pinned = false; // part of the rack's pinned contents
    TenantId tenant; // whose lots the systems are charged to; null: the operator's own
    ClusterId cluster; // the cluster these systems stand in (file format 10); null: loose systems
};

struct RackPlacement
{
    RackId rack;
    std::vector<PlacedSystems> systems;
    Kilowatts load{ 0 };
    RackUnits usedHeight{ 0 };
};

// Energized and idle systems of one generation ("H100", "GB200"...).
struct GenerationResult
{
    QString generation;
    int energizedSystems = 0;
    int idleSystems = 0;
    int energizedGpus = 0;
    int idleGpus = 0;
    Kilowatts energizedPower{ 0 };
    double energizedPflops = 0; // dense, at the solve's precision and operating points
    Money idleDepreciationPerMonth{ 0 }; // depreciation the idle systems accrue per month
};

struct LotResult
{
    LotId lot;
    int available = 0; // delivered and not retired at the solve date
    int energized = 0;
    Money monthlyDepreciationPerSystem{ 0 };
};

// What one owner's lots got (projects with tenants): a tenant, or the operator's own lots (id
// null, listed last). `bindingQuota` names the quota the plan sits at: "maxGpus" (energized
// GPUs equal the maximum), "maxMegawatts" (kW within 1e-6 of the maximum), "minGpus" (GPUs equal
// the minimum, which then holds the plan back from giving the power to higher priorities);
// empty when none.
struct TenantResult
{
    TenantId tenant;
    QString name;
    int priority = 0;
    int energizedGpus = 0;
    int idleGpus = 0;
    Kilowatts energizedPower{ 0 };
    Money idleDepreciationPerMonth{ 0 };
    QString bindingQuota;
};

// What became of one cluster request (projects with clusters, project order): placed whole in
// `domain`, or not placed with the reason. For an unplaced cluster the solver tries each domain
// of its scope (at most kClusterDomainsTried) and records the most of its systems a domain could
// hold with everything else in the site free to move (`room`, per domain tried); `bestRoom` is
// the largest, −1 when none was computed (no domain, too few systems set aside, no time).
struct ClusterResult
{
    ClusterId cluster;
    QString name;
    SystemModelId model;
    TenantId tenant; // its owner; null: the operator's own
    int systems = 0; // its size
    int setAside = 0; // systems of the fleet set aside for it at the solve date
    bool placed = false;
    QString domain; // where it stands, "hall \"h1\" (Hall 1)"; empty when not placed
    int bestRoom = -1;
    std::vector<std::pair<QString, int>> room; // (domain, most of its systems it could hold)
    QString reason; // not placed: why, a sentence with the numbers
};

// Marginal value of one more MW at a node, from the LP dual and from re-solving with it.
struct MarginalValue
{
    QString object; // node id
    double dualPerKw = 0; // LP dual of the capacity row: objective units per kW
    bool resolved = false; // the +1 MW re-solve ran
    double objectiveGain = 0; // objective gain of +1 MW (re-solve)
    int extraGpus = 0; // GPUs energized in addition with +1 MW
    double extraPflops = 0;
    QString byGeneration; // "+72 GB200 GPUs", "+8 H100 GPUs, −8 A100 GPUs"
    QString text; // one sentence
};

// Load on one capacity (power node or cooling unit).
struct CapacityUse
{
    QString object; // id
    QString name;
    QString kind; // "ups", "crah"...
    Kilowatts installed{ 0 };
    Kilowatts usable{ 0 };
    Kilowatts load{ 0 };
    bool live = true; // commissioned and, for power, fed at the solve date
    bool binding = false; // no further system fits under it
    // Power nodes only: what `load` is made of, kW. IT: the systems whose load passes through
    // the node; mechanical: the draw of cooling units fed from it or below; house: house loads
    // on it or below; losses: the rest of `load`, lost in the efficiencies of the nodes below
    // (and of the node's own loss nothing: that is passed up). 0 for cooling units. These and
    // `load` are design figures: a dual-fed (2N) rack's whole load on each side.
    Kilowatts itLoad{ 0 };
    Kilowatts mechanicalLoad{ 0 };
    Kilowatts houseLoad{ 0 };
    Kilowatts lossesLoad{ 0 };
    // Power nodes only: kW carried in normal operation, when a rack with two live feeds draws
    // half through each side (a node above both sides carries all of it); at most `load`.
    // FacilityLoad::losses is Σ normalLoad × (1 / efficiency − 1). 0 for cooling units.
    Kilowatts normalLoad{ 0 };
    // Power nodes under the site's measured-diversity policy: kW the measured racks below free
    // (their installed systems' nameplate less measured peak × (1 + margin), never negative),
    // already included in `usable`. 0 otherwise and for cooling units.
    Kilowatts measuredCredit{ 0 };
    double utilisation() const { return usable.value() > 0 ? load / usable : 0; }
};

// The whole load of a plan on the site's power, kW. it: the energized systems; cooling: the
// electrical draw of the live cooling units that have a feed (fixed + per kW of the heat they
// remove, the heat of a medium shared equally among a rack's units of that medium); house: the
// house loads of energized nodes; losses: what every node with efficiency below 1 loses in
// normal operation, its CapacityUse::normalLoad × (1/efficiency − 1) — a dual-fed rack draws
// half its load through each side, as the meter sees it (the capacity rows and the per-node
// split count each side carrying all of it).
struct FacilityLoad
{
    Kilowatts it{ 0 };
    Kilowatts cooling{ 0 };
    Kilowatts house{ 0 };
    Kilowatts losses{ 0 };
    Kilowatts facility() const { return it + cooling + house + losses; }
    // Power usage effectiveness, facility / IT; 0 with no IT load.
    double pue() const { return it.value() > 0 ? facility() / it : 0; }
};

// Hot days: the condition one plant unit (chiller, dry cooler, tower) with a monthly profile
// was planned for — among the months the solve covers (SolveOptions::climateThrough), the
// month of its highest draw factor and that of its lowest capacity factor; month 0 and
// factor 1 where it has no such profile.
struct PlantDesignMonth
{
    QString object; // the plant unit's id
    QString name;
    int drawMonth = 0; // 1–12
    double drawFactor = 1; // × drawKwPerKw
    int capacityMonth = 0;
    double capacityFactor = 1; // × capacity
};

// "design month: July (CH-1: draw ×1.3, capacity ×0.9)"; with several months named, each
// plant's ("design months: CH-1 draw ×1.3 in July, capacity ×0.9 in August; …"); empty when
// no plant has a profile.
QString designMonthText(const std::vector<PlantDesignMonth> &months);

// A constraint that limits the plan, in words.
struct BindingConstraint
{
    QString kind; // "power", "cooling", "rack-space", "rack-power", "rack-weight", "fleet"
    QString object; // id of the node, cooling unit, rack group or model
    QString text; // "SUB-1 is at 99.6% of its N+1 usable capacity (4,560 kW)"
};

// Capacity that is installed but cannot be used, and why.
struct StrandedCapacity
{
    QString object;
    QString kind; // "power" or "cooling"
    Kilowatts amount{ 0 };
    QString reason; // "redundancy reserve", "racks below are full", "cooling CRAH-1 binds"...
};

// Inlet temperature of one rack under the plan (thermal model on).
struct RackInlet
{
    RackId rack;
    Celsius temperature{ 0 }; // supply + Σ recirculation × air heat of the plan, °C
    Celsius limit{ 0 };
    bool binding = false; // within 0.05 °C of the limit
};

enum class PlanStatus {
    Optimal, // proven optimal (gap 0, or within the requested gap)
    Feasible, // a plan, not proven optimal (time limit, cancellation, heuristic)
    Infeasible, // the pinned contents cannot all be energized; see explanations
    Failed, // the input is not solvable (validation problems); see explanations
};
constexpr std::pair<PlanStatus, const char *> kPlanStatuses[] = { { PlanStatus::Optimal, "optimal" },
    { PlanStatus::Feasible, "feasible" }, { PlanStatus::Infeasible, "infeasible" }, { PlanStatus::Failed, "failed" } };
inline std::span<const std::pair<PlanStatus, const char *>> enumKeys(PlanStatus)
{
    return kPlanStatuses;
}

// The solver's answer for one date. Objective values are in the objective's unit:
// PFLOPS (compute), GPUs, or money per month of idle depreciation (idle-cost, minimised).
struct CapacityPlan
{
    PlanStatus status = PlanStatus::Failed;
    SolveOptions options;
    QDate date;
    QString method; // "glpk-milp", "heuristic"
    Objective objective = Objective::Compute; // the primary objective
    double objectiveValue = 0;
    double bound = 0; // LP bound of the primary objective
    double gap = 0; // |bound − value| / max(|value|, 1e-9); 0 when proven optimal
    double seconds = 0;
    bool timedOut = false;
    bool cancelled = false;

    std::vector<RackPlacement> placements; // racks with at least one system
    std::vector<GenerationResult> generations;
    std::vector<LotResult> lots;
    std::vector<TenantResult> tenants; // empty without tenants; project order, then the operator's own
    std::vector<ClusterResult> clusters; // empty without clusters; project order
    FacilityLoad facilityLoad;
    std::vector<CapacityUse> powerNodes;
    std::vector<CapacityUse> coolingUnits;
    std::vector<BindingConstraint> binding;
    std::vector<MarginalValue> marginalValues;
    std::vector<StrandedCapacity> stranded;
    std::vector<RackInlet> inlets; // every rack, site order; empty without the thermal model
    QStringList explanations; // why systems stay idle, why a plan is infeasible
    std::vector<PlantDesignMonth> designMonths; // plant units with a monthly profile, site order

    int energizedGpus() const;
    int idleGpus() const;
    Kilowatts energizedPower() const;
    Money idleDepreciationPerMonth() const;
};

} // namespace warmshell
