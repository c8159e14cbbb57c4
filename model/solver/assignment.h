// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formulation.h"

#include <map>
#include <span>
#include <utility>
#include <vector>

namespace warmshell::solver {

// Slack when a load is compared with a limit (kW, U, kg, °C) or a price with zero.
inline constexpr double kEps = 1e-6;

// What one rack holds: systems per variant, and what they use of the rack.
struct RackContent
{
    std::vector<std::pair<int, int>> systems; // (variant, count)
    std::vector<int> pinned; // per variant, systems that are pinned (empty: none)
    double kw = 0;
    int units = 0;
    double kg = 0;
    bool wholeRack = false;

    int countOf(int variant) const
    {
        for (const auto &[v, n] : systems)
            if (v == variant)
                return n;
        return 0;
    }
};

// A plan as racks: [group][rack in group], in Formulation::groups order.
using Assignment = std::vector<std::vector<RackContent>>;

// Whether one more system of shape `s` fits in `rack` next to `c` (power, height, weight;
// a whole-rack system only in an empty rack).
inline bool fits(const Rack &rack, const RackContent &c, const Shape &s)
{
    if (c.wholeRack)
        return false;
    if (s.wholeRack)
        return c.systems.empty() && s.powerKw <= rack.powerLimit.value() + kEps
            && s.weightKg <= rack.weightLimit.value() + kEps;
    return c.kw + s.powerKw <= rack.powerLimit.value() + kEps && c.units + s.heightU <= rack.height.value()
        && c.kg + s.weightKg <= rack.weightLimit.value() + kEps;
}

// Adds `count` systems of `variant` to `c` (nothing when count ≤ 0), unchecked.
void addSystems(RackContent &c, const Formulation &f, int variant, int count, bool pinned = false);

// Every rack of every group, empty.
Assignment emptyAssignment(const Formulation &f);

// Systems of an assignment per fleet pool (index into f.models).
std::vector<int> placedByModel(const Formulation &f, const Assignment &a);

// Energized systems charged to lots: each pool's placed systems go to its lots with the
// highest monthly depreciation first (ties in lot order), each lot up to its available
// count. The one rule by which objective values, MILP columns and the plan report count the
// systems of a lot as energized.
struct LotCharge
{
    size_t lot; // index into f.lots
    int systems; // energized systems charged to it
};
// Every lot once, in the order charged. `placed`: systems per pool, as placedByModel().
std::vector<LotCharge> chargeLots(const Formulation &f, std::vector<int> placed);

// How fromColumns() reads a column value as a whole number.
enum class Rounding { Nearest, Down };

// Racks of each group get patterns in order (y[p] racks each) or, in a counted group, their
// slot columns; pinned systems first, then the z[v] systems fill the free slots of their shape
// rack by rack. `x` per column;
// Rounding::Down reads an LP point rounded down (within 1e-7), which every packing row allows.
Assignment fromColumns(const Formulation &f, std::span<const double> x, Rounding rounding = Rounding::Nearest);

// Remaining capacities while a plan is built or checked.
struct Headroom
{
    std::vector<double> node, unit; // kW
    // Per node, kW left on its reserve row (one module failed; reserveLoadKw per system);
    // +infinity for a node without one.
    std::vector<double> reserve;
    std::vector<double> thermal; // per Formulation::thermal row, °C of inlet rise left
    std::vector<int> fleet; // per fleet pool (index into Formulation::models)
    std::map<std::pair<int, int>, double> heatShare; // (group, unit) -> kW of heat placed there
    explicit Headroom(const Formulation &f);
};

// Column values of an assignment built by greedyFill(): each rack counts for the first
// maximal pattern that holds its contents (in a counted group: its own slots), systems per
// variant, lots charged by chargeLots(), and the heat split recorded in `h`. Empty if some rack fits no pattern.
std::vector<double> toColumns(const Formulation &f, const Assignment &a, const Headroom &h);

} // namespace warmshell::solver
