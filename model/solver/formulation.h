// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "largearray.h"
#include "plan/capacityplan.h"
#include "plan/solveoptions.h"
#include "project.h"
#include "rackpatterns.h"

#include <Eigen/SparseCore>

#include <QHash>

#include <map>
#include <utility>
#include <vector>

namespace warmshell {

class Catalog;

namespace solver {

// One way to run one system model: at full power or at one of its power-capped operating points.
struct Variant
{
    const SystemModel *model = nullptr;
    QString operatingPoint; // "full power" or the operating point's name
    bool fullPower = true;
    double powerKw = 0; // per system
    double performance = 1; // fraction of full throughput
    int shape = 0; // index into Formulation::shapes
    // kW per system still drawn once a failure's runbook has capped the interruptible systems
    // (reserve policy): powerKw for a critical model; for an interruptible one (its lots'
    // LoadClass) the power of the operating point it is capped to, at most powerKw, or 0 when
    // it is shed. Equal to powerKw when the site's policy is off.
    double failureKw = 0;
    // The fleet pool whose systems these are (index into Formulation::models: one model owned
    // by one tenant) and that owner (index into Formulation::tenants, −1: the operator's own).
    int pool = -1;
    int tenant = -1;
    // The cluster these systems are set aside for (index into Formulation::clusters), −1: loose
    // systems, free to go into any rack that allows them.
    int cluster = -1;
};

// What the systems of one rack put on one power node, per kW of their power. A rack's load,
// the draw of the cooling units serving it, and fixed loads reach a node through the nodes
// between (each passing up what it carries divided by its efficiency; of several paths, the one
// with the most loss, as each side of 2N must carry the whole load): `it` is kW on the node per
// kW of system power, `perAirKw` (`perLiquidKw`) kW on the node per kW of air (liquid) heat,
// from the draw of the live units of that medium serving the rack, the heat shared equally
// among them. The raw* fields are the same without losses (1 or 0 for IT; the draw itself).
struct NodeLoad
{
    int node = -1; // index into Formulation::nodes
    double it = 0, perAirKw = 0, perLiquidKw = 0;
    double rawIt = 0, rawPerAirKw = 0, rawPerLiquidKw = 0;
    // kW on the node per kW of a system sending `liquidFraction` of its heat to liquid.
    double perSystemKw(double liquidFraction) const
    {
        return it + (1 - liquidFraction) * perAirKw + liquidFraction * perLiquidKw;
    }
    friend bool operator==(const NodeLoad &, const NodeLoad &) = default;
};

// kW one system of `var` puts on a node through `load` after one module of the node failed and
// the runbook capped the interruptible systems: its normal load less the IT kW capping frees,
// (powerKw − failureKw) × rawIt — the runbook frees a node only by the IT kW of the racks below
// it and does not count the losses and cooling draw that capping also frees (contingency.h), so
// this is what it can rely on, never more than the true load.
inline double reserveLoadKw(const Variant &var, const NodeLoad &load)
{
    return var.powerKw * load.perSystemKw(var.model->liquidFraction) - (var.powerKw - var.failureKw) * load.rawIt;
}

// Identical racks (same feeds, limits, cooling type, cooling units and pinned contents)
// solved as one: y[p] racks use pattern p, z[v] systems of variant v run in the group.
// Only capacities that can bind are constraints: a node (or cooling unit) whose usable
// capacity covers the power limits of every usable rack below it (or it serves) cannot be
// exceeded by any plan, so it gets no row and does not split groups. Racks that differ only
// in such capacities form one group; their full supply is kept per rack for the report.
struct RackGroup
{
    std::vector<const Rack *> racks;
    std::vector<int> rackSupply; // per rack: index into Formulation::supplies
    std::vector<int> nodes; // energized nodes each rack's load (or cooling draw) reaches that can bind
    std::vector<NodeLoad> nodeLoads; // parallel to `nodes`: what one kW of systems puts on each
    std::vector<int> airUnits; // live air-side units serving the racks that can bind
    std::vector<int> liquidUnits; // live CDUs serving the racks that can bind
    bool airFree = false; // a unit that cannot bind serves the racks: air heat is unconstrained
    bool liquidFree = false; // the same for liquid heat
    bool hasAir = false; // some live air-side unit serves the racks
    bool hasLiquid = false; // some live CDU serves the racks
    std::vector<int> variants; // variants allowed here
    PatternList patterns; // maximal shape counts per rack (size = shapes); empty when counted
    // A counted group (see rackslots.h): the shapes its racks can hold, ascending. Each rack
    // then gets one integer column per shape (its systems of that shape) and its own power,
    // space and weight rows instead of the group's patterns; the rack of a one-rack group needs
    // no slot columns: its rows hold its systems columns directly. Empty for a group of patterns.
    std::vector<int> slotShapes;
    bool counted() const { return !slotShapes.empty(); }
    bool hasSlotColumns() const { return counted() && racks.size() > 1; }
    std::vector<int> pinnedPerRack; // per variant index (full power), systems pinned in every rack
    // Thermal rows this group's air heat reaches: (index into Formulation::thermal, °C per kW
    // of air heat). Non-empty only for a one-rack group: a rack whose exhaust reaches an inlet
    // that can get too hot is not interchangeable with any other.
    std::vector<std::pair<int, double>> thermal;
    QString label; // "row-1A (20 racks)"
    // Index into Site::halls of the hall every rack of the group stands in; -1 when they stand
    // in several halls or in none. Tells the decomposition which rows link halls.
    int hall = -1;
    // The tenant (index into Formulation::tenants) every rack of the group is reserved for; −1:
    // open to every lot. A reserved group allows that tenant's variants only.
    int reservedFor = -1;
};

struct LotInfo
{
    const FleetLot *lot = nullptr;
    const SystemModel *model = nullptr;
    int available = 0; // delivered and not retired at the date
    double monthlyDepreciation = 0; // per system, site currency per month
    int pool = -1; // index into Formulation::models
    int tenant = -1; // index into Formulation::tenants; −1: the operator's own
    // A lot's share set aside for a cluster (index into Formulation::clusters; its own pool), or
    // −1: the lot's systems left loose. A lot with cluster shares has one LotInfo per share
    // besides its loose one (clusters.h).
    int cluster = -1;
};

// A cluster request at the date (issue 20 §2; model/cluster.h, solver side in clusters.h): its
// own fleet pool holding the systems set aside for it, the domains it may stand in, and one
// binary column per domain ("w_CLUSTER_DOMAIN": the cluster stands in that domain).
struct ClusterInfo
{
    const Cluster *cluster = nullptr;
    int pool = -1; // index into Formulation::models
    int tenant = -1; // its owner, index into Formulation::tenants; −1: the operator's own
    int systems = 0; // the cluster's size, k
    int share = 0; // systems set aside for it at the date (< systems: it cannot be placed)
    std::vector<ClusterDomain> domains; // where it may stand (clusterDomains)
    QHash<const Rack *, int> domainOfRack; // index into `domains`; racks outside them all absent
    int firstColumn = -1; // its first ColumnKind::ClusterDomain column, one per domain in order
};

// RackLimit: the power, space or weight of one rack of a counted group (detail: the rack in
// the group). RackSlots: systems of one shape in one rack of a counted group (index: rack in
// the group × the group's slotShapes + position of the shape there).
// Quota: one tenant's quota (object: the tenant; detail: kQuotaMinGpus, kQuotaMaxGpus or kQuotaMaxKw).
enum class RowKind {
    GroupCount,
    ShapeLink,
    LotLink,
    PowerNode,
    CoolingUnit,
    HeatSplit,
    Thermal,
    Stage,
    RackLimit,
    Quota,
    ClusterChoice,
    ClusterDomain,
    ClusterWhole
};
// ClusterChoice: Σ over a cluster's domains of its w columns ≤ 1 (object: the cluster).
// ClusterDomain: the cluster's systems in one domain's groups − systems × w ≤ 0 (none there
// unless it stands there); ClusterWhole: systems × w − the same systems ≤ 0 (all of them when it
// does). Object: the cluster, detail: the domain. Two ≤ rows rather than one equality so that
// an explanation can relax the second alone (clusterreport.h). ColumnKind::ClusterDomain: binary w per cluster and
// domain, after the LotUse columns (group −1, index: the cluster's firstColumn offset).
enum class ColumnKind { Pattern, Systems, LotUse, HeatShare, RackSlots, ClusterDomain };

// RowInfo::detail of a power node's reserve row (its normal row has detail −1).
inline constexpr int kReserveRow = 1;
// RowInfo::detail of a tenant's quota rows. A minimum is written as a ≤ row over the negated
// GPUs (−Σ GPUs ≤ −min), so every row of a Formulation is "terms ≤ upper" or an equality.
inline constexpr int kQuotaMinGpus = 0;
inline constexpr int kQuotaMaxGpus = 1;
inline constexpr int kQuotaMaxKw = 2;

struct RowInfo
{
    RowKind kind;
    int object = -1; // group, node, unit or model index by kind
    int detail = -1; // shape (ShapeLink), rack in the group (RackLimit), kReserveRow (PowerNode)
    double upper = 0;
    bool equality = false;
    QString name; // GLPK row name, also in LP/MPS files
};

struct ColumnInfo
{
    ColumnKind kind;
    int group = -1;
    int index = -1; // pattern, variant, lot, unit or rack slot
    bool integer = true;
    double lower = 0;
    double upper = -1; // < 0: unbounded
};

// The aggregated MILP of a site at one date: columns, rows and the constraint matrix
// (Eigen sparse, row-major), plus everything needed to map a solution back to racks.
// Built by buildFormulation(); immutable afterwards except for stage rows added by the solver.
struct Formulation
{
    QDate date;
    std::vector<PowerNode> nodes; // all nodes, in chain order
    std::vector<bool> nodeEnergized; // commissioned and fed from a live source at the date
    std::vector<double> nodeUsableKw;
    // Per node: fixed load it carries at the date, kW, through the efficiencies below it: house
    // loads of energized nodes and the fixed draw (drawKw) of live units fed from them.
    std::vector<double> nodeFixedKw;
    std::vector<double> nodeHouseKw; // the house loads alone, without losses
    std::vector<double> nodeFixedDrawKw; // the fixed cooling draws alone, without losses
    // Per node: the measured-diversity credit, kW (measuredcredit.h): 0 unless the site's policy
    // is on and the solve was given measured rack peaks; included in nodeAvailableKw.
    std::vector<double> nodeMeasuredCreditKw;
    // Per node: kW left for racks and their cooling, nodeUsableKw − nodeFixedKw (+ the measured
    // credit); negative when
    // the fixed load alone passes the capacity (then every rack whose load reaches the node is
    // in deadRacks).
    std::vector<double> nodeAvailableKw;
    // The reserve policy (Site::allowInterruptibleOnReserve). When on, nodeUsableKw of a node of
    // more than one installed module is its installed capacity × derating (normal operation),
    // and the node also gets a reserve row (RowKind::PowerNode, detail kReserveRow): after any
    // one of its modules fails, (installed − 1) × module × derating − fixed load carries every
    // system at reserveLoadKw. A whole-node failure adds no row: a rack's load counts whole on
    // every node above either feed (no load moves to another node), so each surviving node
    // carries at most its normal load and its normal row already bounds it.
    bool reservePolicy = false;
    // Per node: kW left for racks and their cooling after one module failed (may be negative);
    // +infinity for a node with no reserve row (policy off, one module, not energized).
    std::vector<double> nodeReserveAvailableKw;
    std::vector<const CoolingUnit *> units;
    std::vector<double> unitUsableKw; // a plant unit's × its capacity factor of `months`
    std::vector<bool> unitLive; // a room unit rejecting to a plant that is not live is not live
    // Heat rejection: per unit, the index of the plant unit it rejects to, or -1 (plant units
    // and room units that name none).
    std::vector<int> unitPlant;
    // Per unit: kW electrical per kW of heat at the date, drawKwPerKw × the plant's draw factor.
    std::vector<double> unitDrawPerKw;
    std::vector<int> months; // the months the plan's plant conditions cover (monthsCovered)
    std::vector<PlantCondition> unitCondition; // per unit, at `months`
    std::vector<Shape> shapes;
    std::vector<Variant> variants;
    std::vector<RackGroup> groups;
    std::vector<LotInfo> lots;
    // Fleet pools, one LotLink row each: a model with available systems, per owner. Without
    // tenants one pool per model; with tenants one per (model, tenant) pair that has lots, as a
    // tenant's systems may go where another's of the same model may not (reservations).
    std::vector<const SystemModel *> models;
    std::vector<int> modelTenant; // per pool: its tenant (index into `tenants`), −1: the operator's own

    // Tenants (issue 20 §3; model/tenant.h), project order; empty for a project without any,
    // which then solves exactly as before. Priority tiers: 0 holds the tenants of the highest
    // priority, then each lower priority in turn, and the operator's own lots come last
    // (tierOf(−1) = tiers − 1).
    std::vector<const Tenant *> tenants;
    std::vector<int> tenantTier; // per tenant
    int tiers = 1;
    int tierOf(int tenant) const { return tenant < 0 ? tiers - 1 : tenantTier[size_t(tenant)]; }
    bool hasTenants() const { return !tenants.empty(); }
    // Clusters (issue 20 §2), project order; per pool its cluster (−1: loose systems). Empty for
    // a project without clusters, which then solves exactly as before.
    std::vector<ClusterInfo> clusters;
    std::vector<int> modelCluster;
    bool hasClusters() const { return !clusters.empty(); }
    int clusterOfPool(size_t pool) const { return pool < modelCluster.size() ? modelCluster[pool] : -1; }
    std::vector<const Rack *> deadRacks; // racks with no live power (or cooling) at the date

    // Everything that feeds and cools a rack, whether it can bind or not.
    struct Supply
    {
        std::vector<int> nodes; // energized nodes the load passes through (A and B sides)
        std::vector<NodeLoad> loads; // by node: every energized node the load or cooling draw reaches
        // (node, kW per kW of systems) in normal operation, when a dual-fed rack draws half
        // through each side (normalOperationItLoads); only the plan's reported totals read it.
        std::vector<std::pair<int, double>> normalItLoads;
        std::vector<int> airUnits; // live air-side units serving the rack
        std::vector<int> liquidUnits; // live CDUs serving the rack
    };
    std::vector<Supply> supplies;
    std::vector<bool> nodeCanBind; // per node: has a row (see RackGroup)
    std::vector<bool> unitCanBind; // per cooling unit: has a row

    // Inlet temperature limits that can bind (thermal model on): the inlet of `rack` stays at
    // or below the limit while Σ D[rack][j] · air heat of j ≤ headroomC (limit − supply, °C).
    // A rack whose inlet stays under the limit even with every usable rack at its power limit
    // gets no row.
    struct ThermalLimit
    {
        const Rack *rack = nullptr;
        double headroomC = 0;
    };
    std::vector<ThermalLimit> thermal;

    // Non-empty when the model would need more columns than WarmShell holds (rackslots.h): the
    // reason, naming the rack types and system variants. Then no column or row is built.
    QString tooLarge;

    std::vector<RowInfo> rows;
    LargeVector<ColumnInfo> columns;
    LargeVector<Eigen::Triplet<double>> entries; // (row, column, coefficient)

    QHash<PowerNodeId, int> nodeIndex;
    QHash<CoolingUnitId, int> unitIndex;

    // Objective coefficients per column for `objective` (maximised; IdleCost maximises the
    // depreciation of energized systems, i.e. minimises that of idle ones). `tier` ≥ 0 keeps the
    // columns of that priority tier's systems and lots alone (the rest 0); −1: every column.
    LargeVector<double> objectiveCoefficients(Objective objective, Precision precision, int tier = -1) const;
    // Depreciation per month of every available system (energized or not).
    double totalMonthlyDepreciation() const;
    Eigen::SparseMatrix<double, Eigen::RowMajor> matrix() const;
    // The column of (kind, group, index) — index is the pattern, variant, cooling unit, rack slot or lot;
    // group is ignored for lots — or -1 when there is none. Constant time except heat shares.
    int columnOf(ColumnKind kind, int group, int index) const;
    // The column's name in GLPK and in LP/MPS files ("y_g3_p12", "z_g3_dgx-h100_v4", ...).
    QString columnName(int column) const;

    std::vector<int> groupFirstColumn; // per group, then one past the last group (= first lot column)
    std::vector<int> systemsColumn; // groups × variants: the Systems column, or -1
};

// Per fleet pool, (model id, tenant index or −1): its full-power variant.
using FullPowerVariants = std::map<std::pair<SystemModelId, int>, int>;

// Builds the formulation for `project` at options.date (or planStart). Never throws: racks
// that cannot be used are listed in deadRacks, systems that cannot run anywhere simply get
// no column; a site too large to hold gets only `tooLarge` (no columns, no rows). `catalog` resolves model ids not in
// the project's own catalog.
Formulation buildFormulation(const Project &project, const Catalog &catalog, const SolveOptions &options);

} // namespace solver
} // namespace warmshell
