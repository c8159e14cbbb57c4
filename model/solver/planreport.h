// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assignment.h"
#include "formulation.h"

#include <QHash>

#include <map>
#include <vector>

namespace warmshell::solver {

// Fills the plan's report from a rack assignment, in five parts: placements and loads
// (recomputed from the racks, an independent check of what the MILP claims, and the inlet
// temperatures), generations and lots (energized systems charged by chargeLots()), binding
// limits, stranded capacity, and why systems stay idle. `catalog` resolves the fleet's model
// ids that the project's own catalog does not hold, as in solve().
// `duals` (per Formulation row, may be empty when nothing could be placed): a full node,
// cooling unit or inlet is reported as binding only when more of it would be worth something
// (dual > 0); a full one with a zero dual merely holds systems that could run elsewhere.
// Without duals every capacity counts as valuable.
void describePlan(CapacityPlan &plan, const Project &project, const Catalog &catalog, const Formulation &f,
    const Assignment &a, const std::vector<double> &duals);

// One describePlan() call: the five parts in order, each reading what the earlier ones found
// (its members). Its parts live in planreport.cpp (placements and loads, generations and
// lots), bindinglimits.cpp, strandedcapacity.cpp and idleexplanations.cpp.
class PlanReport
{
public:
    PlanReport(
        CapacityPlan &plan, const Project &project, const Catalog &catalog, const Formulation &f, const Assignment &a)
        : m_plan(plan), m_project(project), m_catalog(catalog), m_f(f), m_a(a)
    {
    }

    void run(const std::vector<double> &duals)
    {
        readDuals(duals);
        plantDesignMonths();
        placementsAndLoads();
        generationsAndLots();
        tenantResults();
        bindingLimits();
        strandedCapacity();
        idleExplanations();
    }

private:
    // What a waiting system needs of a capacity: power, air or liquid heat.
    enum class Need { Power = -1, Air = 0, Liquid = 1 };
    static Need mediumOf(const CoolingUnit &unit);

    void readDuals(const std::vector<double> &duals);
    void plantDesignMonths();
    void plantLoads();
    // Placements and loads.
    void placementsAndLoads();
    void placeRack(size_t gi, size_t r);
    void fixedLoads();
    void rackFacilityLoad(const Formulation::Supply &supply, double air, double liquid);
    void facilityTotals();
    void rackInlets();
    void splitSharedZones();
    // Generations and lots.
    void generationsAndLots();
    void listGenerations();
    void tenantResults();
    // Binding limits.
    void bindingLimits();
    void countWaiting();
    void mapCapacitiesToGroups();
    // kW of `need` of the smallest waiting system that may run in `groups`; ∞ for none. With
    // Need::Power and a `node`, the kW that system puts on that node: its power times the
    // node's multiplier (losses on the way, cooling draw of its heat), the least over the
    // group's supplies that reach the node.
    double smallestWaiting(const std::vector<int> &groups, Need need, int node = -1) const;
    double nodeFactor(size_t group, int node, double liquidFraction) const;
    // kW of heat of the smallest waiting system that may send heat to cooling unit `u` (a plant
    // unit: of either medium its room units take); ∞ for none.
    double heatNeed(size_t u) const;
    bool listIfBinding(CapacityUse &use, const Redundancy &redundancy, double need, double dual, const QString &kind,
        const char *what, const char *needs);
    void bindPowerNodes();
    void bindCoolingUnits();
    void bindPlant(size_t u, CapacityUse &use);
    void bindInlets();
    void bindFullRacks();
    void bindFleet();
    // Stranded capacity.
    void strandedCapacity();
    void strandedPower(size_t n);
    QString whyPowerUnused(size_t n) const;
    void strandedCooling(size_t u);
    // Idle explanations.
    void idleExplanations();
    QString noRackFor(const GenerationResult &g, const QString &head) const;
    QStringList limitsOn(const std::vector<int> &eligible) const;

    CapacityPlan &m_plan;
    const Project &m_project;
    const Catalog &m_catalog;
    const Formulation &m_f;
    const Assignment &m_a;

    std::vector<double> m_nodeDual, m_unitDual, m_thermalDual;
    // Heat of a rack's medium for a supply shared by several units, split once every rack is placed.
    struct Pending
    {
        const std::vector<int> *units;
        double heat;
    };
    std::vector<Pending> m_pending;
    QHash<const Rack *, double> m_airHeatOf; // racks with systems
    std::vector<double> m_nodeLoad, m_unitLoad; // kW
    std::vector<double> m_nodeIt, m_nodeMechanical, m_nodeHouse; // kW of m_nodeLoad, without losses
    // kW each node carries in normal operation (a dual-fed rack: half through each side),
    // losses below included; m_nodeLoad is the design load (each side carries all).
    std::vector<double> m_nodeNormalLoad;
    std::vector<int> m_placedByModel;
    std::vector<int> m_energizedOfLot;
    std::map<QString, GenerationResult> m_generations;
    std::map<QString, QDate> m_released;
    std::vector<int> m_waiting; // per model
    std::vector<std::vector<int>> m_groupsOfNode, m_groupsOfUnit;
    std::vector<bool> m_nodeBinding, m_unitBinding, m_groupFull;
};

} // namespace warmshell::solver
