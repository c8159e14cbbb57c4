// SPDX-License-Identifier: GPL-3.0-or-later
#include "solver.h"

#include "catalog.h"
#include "decomposedbound.h"
#include "formulation.h"
#include "glpkmodel.h"
#include "lagrangianbound.h"
#include "validation.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSet>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <span>

namespace warmshell {

using namespace solver;

namespace {

constexpr double kEps = 1e-6;

QString kw(double v)
{
    return QLocale::c().toString(v, 'f', v < 100 ? 1 : 0) + QStringLiteral(" kW");
}
QString number(double v, int decimals = 0)
{
    QLocale l = QLocale::c();
    l.setNumberOptions(QLocale::DefaultNumberOptions);
    return l.toString(v, 'f', decimals);
}
QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// What one rack holds: systems per variant, and what they use of the rack.
struct RackContent
{
    std::vector<std::pair<int, int>> systems; // (variant, count)
    std::vector<int> pinned; // per variant, systems that are pinned
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
using Assignment = std::vector<std::vector<RackContent>>; // [group][rack in group]

bool fits(const Rack &rack, const RackContent &c, const Shape &s)
{
    if (c.wholeRack)
        return false;
    if (s.wholeRack)
        return c.systems.empty() && s.powerKw <= rack.powerLimit.value() + kEps
            && s.weightKg <= rack.weightLimit.value() + kEps;
    return c.kw + s.powerKw <= rack.powerLimit.value() + kEps && c.units + s.heightU <= rack.height.value()
        && c.kg + s.weightKg <= rack.weightLimit.value() + kEps;
}

void addSystems(RackContent &c, const Formulation &f, int variant, int count, bool pinned = false)
{
    if (count <= 0)
        return;
    const Shape &s = f.shapes[size_t(f.variants[size_t(variant)].shape)];
    bool found = false;
    for (auto &[v, n] : c.systems)
        if (v == variant) {
            n += count;
            found = true;
        }
    if (!found)
        c.systems.emplace_back(variant, count);
    if (pinned) {
        c.pinned.resize(f.variants.size(), 0);
        c.pinned[size_t(variant)] += count;
    }
    c.kw += s.powerKw * count;
    c.units += s.heightU * count;
    c.kg += s.weightKg * count;
    c.wholeRack = c.wholeRack || s.wholeRack;
}

Assignment emptyAssignment(const Formulation &f)
{
    Assignment a(f.groups.size());
    for (size_t g = 0; g < f.groups.size(); ++g)
        a[g].resize(f.groups[g].racks.size());
    return a;
}

// Minor page faults of the process so far (for the trace: first-touch faults are costly on
// virtual machines).
long pageFaults()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

// How fromColumns() reads a column value as a whole number.
enum class Rounding { Nearest, Down };

// Racks of each group get patterns in order (y[p] racks each), pinned systems first, then
// the z[v] systems fill the pattern freeSlots of their shape rack by rack. `x` per column;
// Rounding::Down reads an LP point rounded down (within 1e-7), which every packing row allows.
Assignment fromColumns(const Formulation &f, std::span<const double> x, Rounding rounding = Rounding::Nearest)
{
    auto whole = [&](int j) {
        return rounding == Rounding::Down ? int(std::floor(x[size_t(j)] + 1e-7)) : int(std::lround(x[size_t(j)]));
    };
    Assignment a = emptyAssignment(f);
    for (size_t gi = 0; gi < f.groups.size(); ++gi) {
        const RackGroup &g = f.groups[gi];
        std::vector<std::vector<int>> freeSlots; // per rack, free freeSlots per shape
        for (size_t p = 0; p < g.patterns.size(); ++p) {
            const int racks = whole(f.columnOf(ColumnKind::Pattern, int(gi), int(p)));
            for (int k = 0; k < racks && freeSlots.size() < g.racks.size(); ++k)
                freeSlots.push_back(g.patterns[p]);
        }
        freeSlots.resize(g.racks.size(), std::vector<int>(f.shapes.size(), 0));
        std::vector<int> remaining(f.variants.size(), 0);
        for (int v : g.variants)
            remaining[size_t(v)] = whole(f.columnOf(ColumnKind::Systems, int(gi), v));
        for (size_t r = 0; r < g.racks.size(); ++r)
            for (int v : g.variants) {
                const int n = std::min(g.pinnedPerRack[size_t(v)], remaining[size_t(v)]);
                const int s = f.variants[size_t(v)].shape;
                addSystems(a[gi][r], f, v, n, true);
                freeSlots[r][size_t(s)] -= n;
                remaining[size_t(v)] -= n;
            }
        for (int v : g.variants) {
            const int s = f.variants[size_t(v)].shape;
            for (size_t r = 0; r < g.racks.size() && remaining[size_t(v)] > 0; ++r) {
                const int n = std::min(std::max(freeSlots[r][size_t(s)], 0), remaining[size_t(v)]);
                addSystems(a[gi][r], f, v, n);
                freeSlots[r][size_t(s)] -= n;
                remaining[size_t(v)] -= n;
            }
        }
    }
    return a;
}

// Value of one system of variant v for the objective (IdleCost: depreciation per month of
// the model's most expensive available lot).
double variantValue(const Formulation &f, int v, Objective objective, Precision precision)
{
    const Variant &var = f.variants[size_t(v)];
    switch (objective) {
    case Objective::Gpus:
        return var.model->gpusPerSystem;
    case Objective::Compute:
        return var.model->gpusPerSystem * var.model->tflopsPerGpu(precision).value() * var.performance / 1000.0;
    case Objective::IdleCost: {
        double best = 0;
        for (const LotInfo &l : f.lots)
            if (l.model == var.model)
                best = std::max(best, l.monthlyDepreciation);
        return best;
    }
    }
    return 0;
}

// Remaining capacities while a plan is built or checked.
struct Headroom
{
    std::vector<double> node, unit;
    std::vector<double> thermal; // per Formulation::thermal row, °C of inlet rise left
    std::vector<int> fleet; // per model index
    std::map<std::pair<int, int>, double> heatShare; // (group, unit) -> kW of heat placed there
    explicit Headroom(const Formulation &f) : node(f.nodeUsableKw), unit(f.unitUsableKw), fleet(f.models.size(), 0)
    {
        for (const Formulation::ThermalLimit &t : f.thermal)
            thermal.push_back(t.headroomC);
        for (const LotInfo &l : f.lots)
            fleet[size_t(std::find(f.models.begin(), f.models.end(), l.model) - f.models.begin())] += l.available;
    }
};

int modelIndexOf(const Formulation &f, const SystemModel *m)
{
    return int(std::find(f.models.begin(), f.models.end(), m) - f.models.begin());
}

// Whether `units` (of one medium) can absorb `heat` kW between them.
bool hasRoomForHeat(const Headroom &h, const std::vector<int> &units, double heat)
{
    if (heat <= 0)
        return true;
    double total = 0;
    for (int u : units)
        total += std::max(0.0, h.unit[size_t(u)]);
    return total + kEps >= heat;
}

// Takes `heat` kW of group `gi`'s heat from its units of one medium (largest headroom
// first). The caller has checked hasRoomForHeat().
void takeHeat(Headroom &h, int gi, const std::vector<int> &units, double heat)
{
    if (heat <= 0)
        return;
    std::vector<int> order = units;
    std::sort(order.begin(), order.end(), [&](int a, int b) { return h.unit[size_t(a)] > h.unit[size_t(b)]; });
    for (int u : order) {
        const double take = std::min(heat, std::max(0.0, h.unit[size_t(u)]));
        h.unit[size_t(u)] -= take;
        if (units.size() > 1 && take > 0)
            h.heatShare[{ gi, u }] += take;
        heat -= take;
        if (heat <= kEps)
            break;
    }
}

// Places one system of variant v in rack r of group g if every limit allows it.
bool tryPlace(const Formulation &f, Headroom &h, Assignment &a, int gi, size_t r, int v, bool pinned = false)
{
    const RackGroup &g = f.groups[size_t(gi)];
    const Variant &var = f.variants[size_t(v)];
    const Shape &s = f.shapes[size_t(var.shape)];
    const int m = modelIndexOf(f, var.model);
    if (h.fleet[size_t(m)] <= 0 || !fits(*g.racks[r], a[size_t(gi)][r], s))
        return false;
    for (int n : g.nodes)
        if (h.node[size_t(n)] + kEps < var.powerKw)
            return false;
    const double liquid = var.powerKw * var.model->liquidFraction;
    const double air = var.powerKw - liquid;
    for (const auto &[t, coefficient] : g.thermal)
        if (h.thermal[size_t(t)] + kEps < coefficient * air)
            return false;
    // (Air-side units and CDUs are different units: both checked, then both taken.)
    if (!(g.airFree || hasRoomForHeat(h, g.airUnits, air))
        || !(g.liquidFree || hasRoomForHeat(h, g.liquidUnits, liquid)))
        return false;
    if (!g.airFree)
        takeHeat(h, gi, g.airUnits, air);
    if (!g.liquidFree)
        takeHeat(h, gi, g.liquidUnits, liquid);
    for (int n : g.nodes)
        h.node[size_t(n)] -= var.powerKw;
    for (const auto &[t, coefficient] : g.thermal)
        h.thermal[size_t(t)] -= coefficient * air;
    h.fleet[size_t(m)] -= 1;
    addSystems(a[size_t(gi)][r], f, v, 1, pinned);
    return true;
}

// Greedy, structure-aware plan: pinned systems first, then the systems of `start` (if any,
// e.g. a rounded-down LP point) where every limit still allows them, then variants by value
// per kW, each filling its eligible racks one by one while every limit along the chain has
// room. Every placement goes through tryPlace, so the result is feasible by construction;
// `headroomOut` receives what is left (and the heat split), for toColumns.
Assignment greedy(const Formulation &f, Objective objective, Precision precision, const Assignment *start = nullptr,
    Headroom *headroomOut = nullptr)
{
    Assignment a = emptyAssignment(f);
    Headroom h(f);
    for (size_t gi = 0; gi < f.groups.size(); ++gi)
        for (size_t r = 0; r < f.groups[gi].racks.size(); ++r)
            for (int v : f.groups[gi].variants)
                for (int k = 0; k < f.groups[gi].pinnedPerRack[size_t(v)]; ++k)
                    tryPlace(f, h, a, int(gi), r, v, true);
    if (start)
        for (size_t gi = 0; gi < f.groups.size(); ++gi)
            for (size_t r = 0; r < f.groups[gi].racks.size(); ++r)
                for (const auto &[v, n] : (*start)[gi][r].systems) {
                    const int already = a[gi][r].countOf(v);
                    for (int k = already; k < n; ++k)
                        if (!tryPlace(f, h, a, int(gi), r, v))
                            break;
                }
    std::vector<int> order(f.variants.size());
    for (size_t v = 0; v < order.size(); ++v)
        order[v] = int(v);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        const double vx = variantValue(f, x, objective, precision) / std::max(f.variants[size_t(x)].powerKw, kEps);
        const double vy = variantValue(f, y, objective, precision) / std::max(f.variants[size_t(y)].powerKw, kEps);
        return vx > vy;
    });
    for (int v : order)
        for (size_t gi = 0; gi < f.groups.size(); ++gi) {
            const auto &allowed = f.groups[gi].variants;
            if (std::find(allowed.begin(), allowed.end(), v) == allowed.end())
                continue;
            for (size_t r = 0; r < f.groups[gi].racks.size(); ++r)
                while (tryPlace(f, h, a, int(gi), r, v)) { }
        }
    if (headroomOut)
        *headroomOut = std::move(h);
    return a;
}

// Column values of an assignment built by greedy(): each rack counts for the first maximal
// pattern that holds its contents, systems per variant, lots charged most expensive first,
// and the heat split greedy recorded. Empty if some rack fits no pattern.
std::vector<double> toColumns(const Formulation &f, const Assignment &a, const Headroom &h)
{
    std::vector<double> x(f.columns.size(), 0.0);
    std::vector<int> placed(f.models.size(), 0);
    for (size_t gi = 0; gi < f.groups.size(); ++gi) {
        const RackGroup &g = f.groups[gi];
        std::vector<int> systems(f.variants.size(), 0);
        for (const RackContent &c : a[gi]) {
            std::vector<int> shapes(f.shapes.size(), 0);
            for (const auto &[v, n] : c.systems) {
                shapes[size_t(f.variants[size_t(v)].shape)] += n;
                systems[size_t(v)] += n;
                placed[size_t(modelIndexOf(f, f.variants[size_t(v)].model))] += n;
            }
            size_t p = 0;
            while (p < g.patterns.size()
                && !std::equal(shapes.begin(), shapes.end(), g.patterns[p].begin(),
                    [](int need, int have) { return need <= have; }))
                ++p;
            if (p == g.patterns.size())
                return {};
            x[size_t(f.columnOf(ColumnKind::Pattern, int(gi), int(p)))] += 1;
        }
        for (int v : g.variants)
            x[size_t(f.columnOf(ColumnKind::Systems, int(gi), v))] = systems[size_t(v)];
    }
    std::vector<size_t> lotOrder(f.lots.size());
    for (size_t i = 0; i < lotOrder.size(); ++i)
        lotOrder[i] = i;
    std::stable_sort(lotOrder.begin(), lotOrder.end(),
        [&](size_t p, size_t q) { return f.lots[p].monthlyDepreciation > f.lots[q].monthlyDepreciation; });
    for (size_t i : lotOrder) {
        int &left = placed[size_t(modelIndexOf(f, f.lots[i].model))];
        const int take = std::min(left, f.lots[i].available);
        left -= take;
        x[size_t(f.columnOf(ColumnKind::LotUse, -1, int(i)))] = take;
    }
    for (const auto &[key, kw] : h.heatShare)
        if (const int col = f.columnOf(ColumnKind::HeatShare, key.first, key.second); col >= 0)
            x[size_t(col)] = kw;
    return x;
}

// Rounds an LP point down (every row but the lot and heat links is a packing row, so the
// rounded point fits) and fills what is left greedily.
Assignment roundAndFill(
    const Formulation &f, std::span<const double> lp, Objective objective, Precision precision, Headroom *headroomOut)
{
    const Assignment rounded = fromColumns(f, lp, Rounding::Down);
    return greedy(f, objective, precision, &rounded, headroomOut);
}

double objectiveOf(const Formulation &f, const Assignment &a, Objective objective, Precision precision)
{
    if (objective == Objective::IdleCost) {
        // Energized systems are charged to the model's lots with the highest depreciation first.
        std::vector<int> placed(f.models.size(), 0);
        for (const auto &group : a)
            for (const RackContent &c : group)
                for (const auto &[v, n] : c.systems)
                    placed[size_t(modelIndexOf(f, f.variants[size_t(v)].model))] += n;
        std::vector<const LotInfo *> lots;
        for (const LotInfo &l : f.lots)
            lots.push_back(&l);
        std::stable_sort(
            lots.begin(), lots.end(), [](auto *x, auto *y) { return x->monthlyDepreciation > y->monthlyDepreciation; });
        double energized = 0;
        for (const LotInfo *l : lots) {
            int &left = placed[size_t(modelIndexOf(f, l->model))];
            const int take = std::min(left, l->available);
            left -= take;
            energized += take * l->monthlyDepreciation;
        }
        return f.totalMonthlyDepreciation() - energized; // idle depreciation per month
    }
    double value = 0;
    for (const auto &group : a)
        for (const RackContent &c : group)
            for (const auto &[v, n] : c.systems)
                value += n * variantValue(f, v, objective, precision);
    return value;
}

// Pinned contents that cannot all run: each reason names the racks and the constraint.
QStringList pinnedConflicts(const Project &project, const Catalog &catalog, const Formulation &f)
{
    QStringList out;
    QHash<const Rack *, int> groupOf;
    for (size_t gi = 0; gi < f.groups.size(); ++gi)
        for (const Rack *r : f.groups[gi].racks)
            groupOf.insert(r, int(gi));
    std::map<QString, int> pinnedByModel;
    for (const Rack &rack : project.site.racks) {
        for (const PinnedSystems &pin : rack.pinned) {
            pinnedByModel[pin.model.toString()] += pin.count;
            const SystemModel *m = project.model(pin.model, catalog);
            const QString what = QStringLiteral("%1 × %2").arg(pin.count).arg(m ? m->name : pin.model.toString());
            if (!groupOf.contains(&rack)) {
                out << QStringLiteral("rack %1 holds pinned systems (%2) but has no live power and air cooling on %3")
                           .arg(rack.id.toString(), what, dateText(f.date));
                continue;
            }
            const RackGroup &g = f.groups[size_t(groupOf.value(&rack))];
            const bool allowed = std::any_of(g.variants.begin(), g.variants.end(),
                [&](int v) { return f.variants[size_t(v)].fullPower && f.variants[size_t(v)].model->id == pin.model; });
            if (!allowed)
                out << QStringLiteral("rack %1 pins %2, which cannot run there on %3 (no system of that model is "
                                      "available in the fleet, or the rack lacks the cooling it needs)")
                           .arg(rack.id.toString(), what, dateText(f.date));
        }
    }
    for (const auto &[model, count] : pinnedByModel) {
        int available = 0;
        for (const LotInfo &l : f.lots)
            if (l.model->id.toString() == model)
                available += l.available;
        if (count > available)
            out << QStringLiteral("racks pin %1 systems of %2 but the fleet has %3 available on %4")
                       .arg(count)
                       .arg(model)
                       .arg(available)
                       .arg(dateText(f.date));
    }
    for (size_t gi = 0; gi < f.groups.size(); ++gi)
        if (f.groups[gi].patterns.empty())
            out << QStringLiteral("the pinned systems of rack %1 exceed its own power, space or weight limit")
                       .arg(f.groups[gi].racks.front()->id.toString());
    if (!out.isEmpty())
        return out;
    // Pinned load against every node and cooling unit.
    std::vector<double> nodeLoad(f.nodes.size(), 0), airLoad(f.units.size(), 0);
    std::vector<QStringList> nodeRacks(f.nodes.size());
    for (size_t gi = 0; gi < f.groups.size(); ++gi) {
        const RackGroup &g = f.groups[gi];
        double kwPerRack = 0, airPerRack = 0, liquidPerRack = 0;
        for (int v : g.variants) {
            const Variant &var = f.variants[size_t(v)];
            const double k = g.pinnedPerRack[size_t(v)] * var.powerKw;
            kwPerRack += k;
            liquidPerRack += k * var.model->liquidFraction;
            airPerRack += k * (1 - var.model->liquidFraction);
        }
        if (kwPerRack <= 0)
            continue;
        const double n = double(g.racks.size());
        for (int node : g.nodes) {
            nodeLoad[size_t(node)] += kwPerRack * n;
            for (const Rack *r : g.racks)
                nodeRacks[size_t(node)] << r->id.toString();
        }
        for (int u : g.airUnits)
            airLoad[size_t(u)] += airPerRack * n / double(g.airUnits.size());
        for (int u : g.liquidUnits)
            airLoad[size_t(u)] += liquidPerRack * n / double(g.liquidUnits.size());
    }
    for (size_t n = 0; n < f.nodes.size(); ++n)
        if (nodeLoad[n] > f.nodeUsableKw[n] + kEps)
            out << QStringLiteral("pinned systems need %1 through %2 but it has %3 usable on %4 (racks %5)")
                       .arg(kw(nodeLoad[n]), f.nodes[n].id.toString(), kw(f.nodeUsableKw[n]), dateText(f.date),
                           nodeRacks[n].mid(0, 8).join(QStringLiteral(", "))
                               + (nodeRacks[n].size() > 8 ? QStringLiteral(", …") : QString()));
    for (size_t u = 0; u < f.units.size(); ++u)
        if (airLoad[u] > f.unitUsableKw[u] + kEps)
            out << QStringLiteral("pinned systems send %1 of heat to cooling unit %2 but it removes %3 on %4")
                       .arg(kw(airLoad[u]), f.units[u]->id.toString(), kw(f.unitUsableKw[u]), dateText(f.date));
    // Pinned air heat against every inlet limit.
    std::vector<double> rise(f.thermal.size(), 0);
    std::vector<QStringList> sources(f.thermal.size());
    for (const RackGroup &g : f.groups)
        for (const auto &[t, coefficient] : g.thermal) {
            double air = 0;
            for (int v : g.variants)
                air += g.pinnedPerRack[size_t(v)] * f.variants[size_t(v)].powerKw
                    * (1 - f.variants[size_t(v)].model->liquidFraction);
            rise[size_t(t)] += coefficient * air;
            if (air > 0)
                sources[size_t(t)] << g.racks.front()->id.toString();
        }
    const Site &site = project.site;
    for (size_t t = 0; t < f.thermal.size(); ++t)
        if (rise[t] > f.thermal[t].headroomC + kEps)
            out << QStringLiteral(
                "pinned systems raise the inlet of rack %1 to %2 °C, over its %3 °C limit (exhaust from %4)")
                       .arg(f.thermal[t].rack->id.toString(), number(site.thermal.supply.value() + rise[t], 1),
                           number(site.thermal.inletLimit.value(), 1), sources[t].mid(0, 8).join(QStringLiteral(", ")));
    return out;
}

// Fills placements, per-generation and per-lot figures, loads, binding constraints,
// stranded capacity and idle explanations from a rack assignment, recomputing every load
// from the racks (an independent check of what the MILP claims).
// `duals` (LP duals of the formulation's rows, may be empty): a full node or cooling unit is
// reported as binding only when more of it would be worth something (dual > 0); a full one
// with a zero dual merely holds systems that could run elsewhere.
void describePlan(CapacityPlan &plan, const Project &project, const Formulation &f, const Assignment &a,
    const std::vector<double> &duals)
{
    // Without duals (nothing could be placed) every capacity counts as valuable; with them a
    // capacity that has no row (it cannot bind) is worth nothing.
    const bool haveDuals = duals.size() == f.rows.size() && !f.rows.empty();
    std::vector<double> nodeDual(f.nodes.size(), haveDuals ? 0.0 : 1.0),
        unitDual(f.units.size(), haveDuals ? 0.0 : 1.0), thermalDual(f.thermal.size(), haveDuals ? 0.0 : 1.0);
    if (haveDuals)
        for (size_t row = 0; row < f.rows.size(); ++row) {
            if (f.rows[row].kind == RowKind::PowerNode)
                nodeDual[size_t(f.rows[row].object)] = duals[row];
            else if (f.rows[row].kind == RowKind::CoolingUnit)
                unitDual[size_t(f.rows[row].object)] = duals[row];
            else if (f.rows[row].kind == RowKind::Thermal)
                thermalDual[size_t(f.rows[row].object)] = duals[row];
        }
    const Precision precision = plan.options.precision;
    // Placements and loads.
    std::vector<double> nodeLoad(f.nodes.size(), 0), unitLoad(f.units.size(), 0);
    std::vector<int> placedByModel(f.models.size(), 0);
    struct Pending
    {
        const std::vector<int> *units;
        double heat;
    };
    // Loads go to every node and unit of each rack's supply, including those that cannot bind.
    std::vector<Pending> pending;
    QHash<const Rack *, double> airHeatOf; // racks with systems
    for (size_t gi = 0; gi < f.groups.size(); ++gi) {
        const RackGroup &g = f.groups[gi];
        for (size_t r = 0; r < g.racks.size(); ++r) {
            const RackContent &c = a[gi][r];
            if (c.systems.empty())
                continue;
            RackPlacement placement;
            placement.rack = g.racks[r]->id;
            double air = 0, liquid = 0;
            for (const auto &[v, n] : c.systems) {
                const Variant &var = f.variants[size_t(v)];
                const int pinned = size_t(v) < c.pinned.size() ? c.pinned[size_t(v)] : 0;
                for (int part = 0; part < 2; ++part) {
                    const int count = part == 0 ? pinned : n - pinned;
                    if (count <= 0)
                        continue;
                    placement.systems.push_back({ var.model->id, var.operatingPoint, count,
                        Kilowatts(var.powerKw * count), count * var.model->gpusPerSystem, part == 0 });
                }
                liquid += n * var.powerKw * var.model->liquidFraction;
                air += n * var.powerKw * (1 - var.model->liquidFraction);
                placedByModel[size_t(modelIndexOf(f, var.model))] += n;
            }
            airHeatOf.insert(g.racks[r], air);
            placement.load = Kilowatts(c.kw);
            placement.usedHeight = RackUnits(c.wholeRack ? g.racks[r]->height.value() : c.units);
            plan.placements.push_back(std::move(placement));
            const Formulation::Supply &supply = f.supplies[size_t(g.rackSupply[r])];
            for (int n : supply.nodes)
                nodeLoad[size_t(n)] += c.kw;
            for (const auto &[units, heat] :
                { std::pair{ &supply.airUnits, air }, std::pair{ &supply.liquidUnits, liquid } }) {
                if (units->size() == 1)
                    unitLoad[size_t(units->front())] += heat;
                else if (units->size() > 1 && heat > 0)
                    pending.push_back({ units, heat });
            }
        }
    }
    // Inlet temperatures of every rack (thermal model on).
    const Site &site = project.site;
    if (site.thermal.enabled) {
        std::vector<double> airHeat(site.racks.size(), 0.0);
        for (size_t i = 0; i < site.racks.size(); ++i)
            airHeat[i] = airHeatOf.value(&site.racks[i], 0.0);
        const std::vector<double> inlet = inletTemperatures(site, airHeat);
        for (size_t i = 0; i < site.racks.size(); ++i) {
            RackInlet in{ site.racks[i].id, Celsius(inlet[i]), site.thermal.inletLimit, false };
            in.binding = inlet[i] >= site.thermal.inletLimit.value() - 0.05;
            plan.inlets.push_back(in);
        }
    }
    for (const Pending &p : pending) { // shared zones: split in proportion to headroom
        double room = 0;
        for (int u : *p.units)
            room += std::max(0.0, f.unitUsableKw[size_t(u)] - unitLoad[size_t(u)]);
        for (int u : *p.units) {
            const double share = room > 0 ? std::max(0.0, f.unitUsableKw[size_t(u)] - unitLoad[size_t(u)]) / room
                                          : 1.0 / double(p.units->size());
            unitLoad[size_t(u)] += p.heat * share;
        }
    }

    // Generations and lots (energized systems charged to the most expensive lots first).
    std::vector<int> leftToCharge = placedByModel;
    std::vector<size_t> lotOrder(f.lots.size());
    for (size_t i = 0; i < lotOrder.size(); ++i)
        lotOrder[i] = i;
    std::stable_sort(lotOrder.begin(), lotOrder.end(),
        [&](size_t x, size_t y) { return f.lots[x].monthlyDepreciation > f.lots[y].monthlyDepreciation; });
    std::vector<int> energizedOfLot(f.lots.size(), 0);
    for (size_t i : lotOrder) {
        int &left = leftToCharge[size_t(modelIndexOf(f, f.lots[i].model))];
        energizedOfLot[i] = std::min(left, f.lots[i].available);
        left -= energizedOfLot[i];
    }
    std::map<QString, GenerationResult> generations;
    std::map<QString, QDate> released;
    // Every generation of the fleet appears, even one with nothing delivered yet.
    for (const FleetLot &lot : project.fleet)
        if (const SystemModel *m = project.model(lot.model, Catalog::builtIn()))
            if (!generations.count(m->generation)) {
                generations[m->generation].generation = m->generation;
                released[m->generation] = m->released;
            }
    for (const Variant &var : f.variants)
        if (!generations.count(var.model->generation)) {
            generations[var.model->generation].generation = var.model->generation;
            released[var.model->generation] = var.model->released;
        }
    for (size_t i = 0; i < f.lots.size(); ++i) {
        const LotInfo &l = f.lots[i];
        plan.lots.push_back({ l.lot->id, l.available, energizedOfLot[i], Money(l.monthlyDepreciation) });
        GenerationResult &g = generations[l.model->generation];
        const int idle = l.available - energizedOfLot[i];
        g.energizedSystems += energizedOfLot[i];
        g.idleSystems += idle;
        g.energizedGpus += energizedOfLot[i] * l.model->gpusPerSystem;
        g.idleGpus += idle * l.model->gpusPerSystem;
        g.idleDepreciationPerMonth += Money(idle * l.monthlyDepreciation);
    }
    for (const auto &group : a)
        for (const RackContent &c : group)
            for (const auto &[v, n] : c.systems) {
                const Variant &var = f.variants[size_t(v)];
                GenerationResult &g = generations[var.model->generation];
                g.energizedPower += Kilowatts(n * var.powerKw);
                g.energizedPflops += n * var.model->gpusPerSystem * var.model->tflopsPerGpu(precision).value()
                    * var.performance / 1000.0;
            }
    for (auto &[name, g] : generations)
        plan.generations.push_back(g);
    std::stable_sort(plan.generations.begin(), plan.generations.end(),
        [&](const auto &x, const auto &y) { return released[x.generation] < released[y.generation]; });

    // Systems still waiting, per variant: the smallest one decides whether a limit binds.
    std::vector<int> waiting(f.models.size(), 0);
    for (size_t i = 0; i < f.lots.size(); ++i)
        waiting[size_t(modelIndexOf(f, f.lots[i].model))] += f.lots[i].available - energizedOfLot[i];
    auto smallestWaiting = [&](const std::vector<int> &groups, int medium /* -1 power, 0 air, 1 liquid */) {
        double best = INFINITY;
        for (int gi : groups)
            for (int v : f.groups[size_t(gi)].variants) {
                const Variant &var = f.variants[size_t(v)];
                if (waiting[size_t(modelIndexOf(f, var.model))] <= 0)
                    continue;
                const double lf = var.model->liquidFraction;
                const double need = medium < 0 ? var.powerKw : var.powerKw * (medium == 1 ? lf : 1 - lf);
                if (need > kEps)
                    best = std::min(best, need);
            }
        return best;
    };
    std::vector<std::vector<int>> groupsOfNode(f.nodes.size()), groupsOfUnit(f.units.size());
    for (size_t gi = 0; gi < f.groups.size(); ++gi) {
        std::vector<int> supplies = f.groups[gi].rackSupply;
        std::sort(supplies.begin(), supplies.end());
        supplies.erase(std::unique(supplies.begin(), supplies.end()), supplies.end());
        auto addOnce = [&](std::vector<int> &list) {
            if (list.empty() || list.back() != int(gi))
                list.push_back(int(gi));
        };
        for (int si : supplies) {
            const Formulation::Supply &supply = f.supplies[size_t(si)];
            for (int n : supply.nodes)
                addOnce(groupsOfNode[size_t(n)]);
            for (int u : supply.airUnits)
                addOnce(groupsOfUnit[size_t(u)]);
            for (int u : supply.liquidUnits)
                addOnce(groupsOfUnit[size_t(u)]);
        }
    }

    // A capacity binds when the smallest waiting system no longer fits under it and more of
    // it would be worth something (positive LP dual).
    auto binds = [](bool live, double need, double usable, double load, double dual) {
        return live && std::isfinite(need) && usable - load < need - kEps && dual > 1e-7;
    };
    // "Substation 1 is at 99.9% of its N+1 (3 modules) usable capacity (4560 kW); ..."
    auto bindingText = [&](const QString &name, const CapacityUse &use, const Redundancy &red, const char *what,
                           const char *needs, double need) {
        return QStringLiteral("%1 is at %2% of its %3 usable %4 (%5); the smallest waiting system %6 %7")
            .arg(name.isEmpty() ? use.object : name, number(100 * use.utilisation(), 1), red.label(),
                QLatin1String(what), kw(use.usable.value()), QLatin1String(needs), kw(need));
    };

    // Power nodes.
    std::vector<bool> nodeBinding(f.nodes.size(), false);
    for (size_t n = 0; n < f.nodes.size(); ++n) {
        const PowerNode &node = f.nodes[n];
        CapacityUse use{ node.id.toString(), node.name, keyOf(node.kind), node.installedCapacity(),
            Kilowatts(f.nodeUsableKw[n]), Kilowatts(nodeLoad[n]), bool(f.nodeEnergized[n]), false };
        const double need = smallestWaiting(groupsOfNode[n], -1);
        use.binding = binds(f.nodeEnergized[n], need, f.nodeUsableKw[n], nodeLoad[n], nodeDual[n]);
        nodeBinding[n] = use.binding;
        if (use.binding)
            plan.binding.push_back({ QStringLiteral("power"), use.object,
                bindingText(node.name, use, node.redundancy, "capacity", "needs", need) });
        plan.powerNodes.push_back(use);
    }
    // Cooling units.
    std::vector<bool> unitBinding(f.units.size(), false);
    for (size_t u = 0; u < f.units.size(); ++u) {
        const CoolingUnit &unit = *f.units[u];
        const int medium = heatMedium(unit.kind) == HeatMedium::Liquid ? 1 : 0;
        CapacityUse use{ unit.id.toString(), unit.name, keyOf(unit.kind),
            unit.capacity * unit.redundancy.installedModules(), Kilowatts(f.unitUsableKw[u]), Kilowatts(unitLoad[u]),
            bool(f.unitLive[u]), false };
        const double need = smallestWaiting(groupsOfUnit[u], medium);
        use.binding = binds(f.unitLive[u], need, f.unitUsableKw[u], unitLoad[u], unitDual[u]);
        unitBinding[u] = use.binding;
        if (use.binding)
            plan.binding.push_back({ QStringLiteral("cooling"), use.object,
                bindingText(unit.name, use, unit.redundancy, "cooling", "sends", need) });
        plan.coolingUnits.push_back(use);
    }
    // Inlet limits: at the limit while systems wait and more headroom would be worth something.
    const bool anyWaiting = std::any_of(waiting.begin(), waiting.end(), [](int w) { return w > 0; });
    for (size_t t = 0; t < f.thermal.size() && anyWaiting; ++t) {
        const Rack *rack = f.thermal[t].rack;
        const auto in = std::find_if(
            plan.inlets.begin(), plan.inlets.end(), [&](const RackInlet &i) { return i.rack == rack->id; });
        if (in == plan.inlets.end() || !in->binding || thermalDual[t] <= 1e-7)
            continue;
        plan.binding.push_back({ QStringLiteral("inlet"), rack->id.toString(),
            QStringLiteral("the inlet of rack %1 is at %2 °C, its limit (%3 °C): hot air from its own and its "
                           "neighbours' exhaust recirculates")
                .arg(rack->id.toString(), number(in->temperature.value(), 1), number(in->limit.value(), 1)) });
    }
    // Rack groups with no room for any waiting system.
    std::vector<bool> groupFull(f.groups.size(), false);
    for (size_t gi = 0; gi < f.groups.size(); ++gi) {
        const RackGroup &g = f.groups[gi];
        bool anyWaiting = false, room = false;
        int bySpace = 0, byPower = 0, byWeight = 0;
        for (int v : g.variants) {
            const Variant &var = f.variants[size_t(v)];
            if (waiting[size_t(modelIndexOf(f, var.model))] <= 0)
                continue;
            anyWaiting = true;
            const Shape &s = f.shapes[size_t(var.shape)];
            for (size_t r = 0; r < g.racks.size() && !room; ++r) {
                const RackContent &c = a[gi][r];
                if (fits(*g.racks[r], c, s)) {
                    room = true;
                    break;
                }
                const Rack &rack = *g.racks[r];
                bySpace += c.units + s.heightU > rack.height.value() || c.wholeRack;
                byPower += c.kw + s.powerKw > rack.powerLimit.value() + kEps;
                byWeight += c.kg + s.weightKg > rack.weightLimit.value() + kEps;
            }
        }
        if (!anyWaiting || room)
            continue;
        groupFull[gi] = true;
        const bool space = bySpace >= byPower && bySpace >= byWeight;
        const bool power = !space && byPower >= byWeight;
        plan.binding.push_back({ space ? QStringLiteral("rack-space")
                : power                ? QStringLiteral("rack-power")
                                       : QStringLiteral("rack-weight"),
            g.racks.front()->id.toString(),
            QStringLiteral("racks %1 are full: no room (%2) for another waiting system")
                .arg(g.label,
                    space       ? QStringLiteral("space")
                        : power ? QStringLiteral("power limit")
                                : QStringLiteral("weight limit")) });
    }
    // Fleet fully energized.
    for (size_t m = 0; m < f.models.size(); ++m)
        if (waiting[m] == 0 && placedByModel[m] > 0)
            plan.binding.push_back({ QStringLiteral("fleet"), f.models[m]->id.toString(),
                QStringLiteral("all %1 available %2 systems are energized")
                    .arg(placedByModel[m])
                    .arg(f.models[m]->name) });

    // Stranded capacity.
    for (size_t n = 0; n < f.nodes.size(); ++n) {
        const PowerNode &node = f.nodes[n];
        const double reserve = node.installedCapacity().value() * node.derating - node.usableCapacity().value();
        if (reserve > kEps && node.isCommissionedBy(f.date))
            plan.stranded.push_back({ node.id.toString(), QStringLiteral("power"), Kilowatts(reserve),
                QStringLiteral("redundancy reserve (%1)").arg(node.redundancy.label()) });
        if (node.isCommissionedBy(f.date) && !f.nodeEnergized[n] && node.usableCapacity(f.date).value() > 0)
            plan.stranded.push_back({ node.id.toString(), QStringLiteral("power"), node.usableCapacity(f.date),
                QStringLiteral("no live input on %1").arg(dateText(f.date)) });
        const double headroom = f.nodeUsableKw[n] - nodeLoad[n];
        if (!f.nodeEnergized[n] || nodeBinding[n] || headroom <= kEps
            || !std::isfinite(smallestWaiting(groupsOfNode[n], -1)))
            continue;
        QString reason;
        for (int gi : groupsOfNode[n]) {
            for (int up : f.groups[size_t(gi)].nodes)
                if (nodeBinding[size_t(up)] && up != int(n)) {
                    reason = QStringLiteral("%1 binds").arg(f.nodes[size_t(up)].id.toString());
                    break;
                }
            if (!reason.isEmpty())
                break;
        }
        if (reason.isEmpty())
            for (int gi : groupsOfNode[n])
                for (int u : f.groups[size_t(gi)].airUnits)
                    if (unitBinding[size_t(u)] && reason.isEmpty())
                        reason = QStringLiteral("cooling %1 binds").arg(f.units[size_t(u)]->id.toString());
        if (reason.isEmpty())
            for (int gi : groupsOfNode[n])
                for (int u : f.groups[size_t(gi)].liquidUnits)
                    if (unitBinding[size_t(u)] && reason.isEmpty())
                        reason = QStringLiteral("cooling %1 binds").arg(f.units[size_t(u)]->id.toString());
        if (reason.isEmpty() && std::all_of(groupsOfNode[n].begin(), groupsOfNode[n].end(), [&](int gi) {
                return groupFull[size_t(gi)];
            }))
            reason = QStringLiteral("the racks it feeds are full");
        if (reason.isEmpty())
            reason = QStringLiteral("waiting systems cannot use it (rack or cooling type)");
        plan.stranded.push_back({ node.id.toString(), QStringLiteral("power"), Kilowatts(headroom), reason });
    }
    for (size_t u = 0; u < f.units.size(); ++u) {
        const int medium = heatMedium(f.units[u]->kind) == HeatMedium::Liquid ? 1 : 0;
        const double headroom = f.unitUsableKw[u] - unitLoad[u];
        if (!f.unitLive[u] || unitBinding[u] || headroom <= kEps
            || !std::isfinite(smallestWaiting(groupsOfUnit[u], medium)))
            continue;
        QString reason;
        for (int gi : groupsOfUnit[u])
            for (int n : f.groups[size_t(gi)].nodes)
                if (nodeBinding[size_t(n)] && reason.isEmpty())
                    reason = QStringLiteral("power %1 binds").arg(f.nodes[size_t(n)].id.toString());
        if (reason.isEmpty())
            reason = QStringLiteral("the racks it cools are full");
        plan.stranded.push_back({ f.units[u]->id.toString(), QStringLiteral("cooling"), Kilowatts(headroom), reason });
    }

    // Why systems stay idle, per generation.
    for (const GenerationResult &g : plan.generations) {
        if (g.idleSystems == 0)
            continue;
        std::vector<int> eligible;
        const SystemModel *example = nullptr;
        for (size_t gi = 0; gi < f.groups.size(); ++gi)
            for (int v : f.groups[gi].variants)
                if (f.variants[size_t(v)].model->generation == g.generation) {
                    if (std::find(eligible.begin(), eligible.end(), int(gi)) == eligible.end())
                        eligible.push_back(int(gi));
                }
        for (const LotInfo &l : f.lots)
            if (l.model->generation == g.generation)
                example = l.model;
        const QString head = QStringLiteral("%1: %2 systems (%3 GPUs) idle on %4")
                                 .arg(g.generation)
                                 .arg(g.idleSystems)
                                 .arg(g.idleGpus)
                                 .arg(dateText(f.date));
        if (eligible.empty()) {
            const bool liquid = example && example->cooling == CoolingType::Liquid;
            int racksOfType = 0, deadOfType = 0;
            QDate firstLive;
            QSet<QString> waitingFor;
            for (const Rack &rack : project.site.racks)
                if (!liquid || rack.cooling == CoolingType::Liquid)
                    ++racksOfType;
            for (const Rack *rack : f.deadRacks) {
                if (liquid && rack->cooling != CoolingType::Liquid)
                    continue;
                ++deadOfType;
                for (const PowerNodeId &feed : { rack->feedA, rack->feedB }) {
                    if (feed.isNull())
                        continue;
                    auto up = project.site.power.upstreamOf(feed);
                    up.push_back(feed);
                    for (const PowerNodeId &id : up) {
                        const PowerNode *node = project.site.power.node(id);
                        if (node && !node->isCommissionedBy(f.date)) {
                            waitingFor.insert(id.toString());
                            if (!firstLive.isValid() || node->commissioned < firstLive)
                                firstLive = node->commissioned;
                        }
                    }
                }
            }
            QString text = head
                + QStringLiteral(": they need a %1 rack with live power and cooling; the site has %2, %3 without live "
                                 "power or cooling")
                      .arg(liquid ? QStringLiteral("liquid-cooled") : QStringLiteral("suitable"))
                      .arg(racksOfType)
                      .arg(deadOfType);
            if (!waitingFor.isEmpty()) {
                QStringList ids = waitingFor.values();
                ids.sort();
                text += QStringLiteral(" (fed through %1, commissioned from %2)")
                            .arg(ids.join(QStringLiteral(", ")), dateText(firstLive));
            }
            plan.explanations << text;
            continue;
        }
        QStringList limits;
        for (const BindingConstraint &b : plan.binding) {
            if (b.kind == QLatin1String("fleet"))
                continue;
            bool relevant = false;
            for (int gi : eligible) {
                const RackGroup &grp = f.groups[size_t(gi)];
                if (b.kind == QLatin1String("power"))
                    relevant = relevant || std::any_of(grp.nodes.begin(), grp.nodes.end(), [&](int n) {
                        return f.nodes[size_t(n)].id.toString() == b.object;
                    });
                else if (b.kind == QLatin1String("cooling"))
                    relevant = relevant || std::any_of(grp.airUnits.begin(), grp.airUnits.end(), [&](int u) {
                        return f.units[size_t(u)]->id.toString() == b.object;
                    }) || std::any_of(grp.liquidUnits.begin(), grp.liquidUnits.end(), [&](int u) {
                        return f.units[size_t(u)]->id.toString() == b.object;
                    });
                else
                    relevant = relevant || grp.racks.front()->id.toString() == b.object;
            }
            if (relevant)
                limits << b.text;
        }
        plan.explanations << head
                + (limits.isEmpty() ? QStringLiteral(": the plan prefers other systems for the same capacity")
                                    : QStringLiteral(", limited by: ") + limits.mid(0, 4).join(QStringLiteral("; "))
                            + (limits.size() > 4 ? QStringLiteral("; and %1 more").arg(limits.size() - 4) : QString()));
    }
}

// GPUs per generation of an assignment.
std::map<QString, int> gpusByGeneration(const Formulation &f, const Assignment &a)
{
    std::map<QString, int> out;
    for (const auto &group : a)
        for (const RackContent &c : group)
            for (const auto &[v, n] : c.systems)
                out[f.variants[size_t(v)].model->generation] += n * f.variants[size_t(v)].model->gpusPerSystem;
    return out;
}
double pflopsOf(const Formulation &f, const Assignment &a, Precision p)
{
    return objectiveOf(f, a, Objective::Compute, p);
}
int gpusOf(const Formulation &f, const Assignment &a)
{
    return int(std::lround(objectiveOf(f, a, Objective::Gpus, Precision::Bf16)));
}

std::vector<Objective> objectivesOf(const SolveOptions &options)
{
    return options.objectives.empty() ? std::vector<Objective>{ Objective::Compute } : options.objectives;
}

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
StageObjective stageCoefficients(const Formulation &f, Objective o, Precision p)
{
    StageObjective s;
    s.coefficients = f.objectiveCoefficients(o, p);
    double base = o == Objective::Compute ? 1000.0 : 1.0; // PFLOPS -> TFLOPS
    bool integral = true;
    for (double c : s.coefficients)
        integral = integral && std::abs(c * base - std::round(c * base)) < 1e-9;
    s.scale = integral ? base : base * 100.0;
    for (double &c : s.coefficients)
        c = std::round(c * s.scale);
    return s;
}

QString unitOf(Objective o)
{
    switch (o) {
    case Objective::Compute:
        return QStringLiteral("PFLOPS");
    case Objective::Gpus:
        return QStringLiteral("GPUs");
    case Objective::IdleCost:
        return QStringLiteral("per month of idle depreciation");
    }
    return {};
}

} // namespace

// Formulations at least this large take the Lagrangian path first when a gap is allowed.
constexpr size_t kLagrangianColumns = 100'000;
constexpr size_t kLagrangianRows = 5'000;
// From this size a gap target first tries the decomposed bound (cheap when the site splits
// into halls; it declines at once when it does not).
constexpr size_t kDecompositionColumns = 5'000;

CapacityPlan solve(const Project &project, const Catalog &catalog, const SolveOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    CapacityPlan plan;
    plan.options = options;
    plan.date = options.date.isValid() ? options.date : project.site.planStart;
    const std::vector<Objective> objectives = objectivesOf(options);
    plan.objective = objectives.front();
    auto finish = [&]() -> CapacityPlan & {
        plan.seconds = timer.nsecsElapsed() / 1e9;
        return plan;
    };

    const auto problems = validateProject(project, catalog);
    if (!problems.empty()) {
        plan.status = PlanStatus::Failed;
        plan.explanations << QStringLiteral("the project has %1 validation problem(s); fix them before solving:")
                                 .arg(problems.size());
        for (size_t i = 0; i < problems.size() && i < 20; ++i)
            plan.explanations << problems[i].toString();
        return finish();
    }

    const bool trace = qEnvironmentVariableIsSet("WARMSHELL_SOLVER_TRACE");
    auto phase = [&](const char *what) {
        if (trace)
            qInfo("solver: %-28s %8.3f s  %7ld page faults so far", what, timer.nsecsElapsed() / 1e9, pageFaults());
    };
    phase("validated");
    const Formulation f = buildFormulation(project, catalog, options);
    phase("formulation built");
    if (trace)
        qInfo("solver: %zu groups, %zu columns, %zu rows, %zu nonzeros", f.groups.size(), f.columns.size(),
            f.rows.size(), f.entries.size());
    if (const QStringList conflicts = pinnedConflicts(project, catalog, f); !conflicts.isEmpty()) {
        plan.status = PlanStatus::Infeasible;
        plan.explanations
            << QStringLiteral("the pinned contents cannot all be energized on %1:").arg(dateText(plan.date));
        plan.explanations << conflicts;
        return finish();
    }

    const Precision precision = options.precision;
    const double total = f.totalMonthlyDepreciation();
    // Objective value in reporting units: IdleCost reports idle depreciation (minimised).
    auto report
        = [&](Objective o, double maximised) { return o == Objective::IdleCost ? total - maximised : maximised; };

    Assignment assignment = emptyAssignment(f);
    plan.status = PlanStatus::Optimal;
    // Sites of 5,000 columns or more with a gap target: a plan certified by a Lagrangian bound
    // (decomposed by hall, or by subgradient on large sites that do not split), which needs no
    // LP of the whole site (that of a 5 GW site takes tens of seconds in GLPK). Falls through
    // to the LP path when the bound does not reach the target within its share of the time;
    // that path then builds its own plans (the rounded ones found here are not carried over).
    bool certified = false;
    double lagrangianReported = NAN; // a valid bound in reporting units when computed
    const bool large = f.columns.size() >= kLagrangianColumns || f.rows.size() >= kLagrangianRows;
    if (!f.columns.empty() && options.relativeGap > 0 && objectives.size() == 1
        && (large || f.columns.size() >= kDecompositionColumns)) {
        const StageObjective primary = stageCoefficients(f, objectives.front(), precision);
        // The best plan so far (none yet) and its value in reporting and in stage units
        // (IdleCost maximises the depreciation of energized systems).
        std::optional<Assignment> heuristic;
        double value = NAN;
        auto consider = [&](Assignment candidate) {
            const double v = objectiveOf(f, candidate, objectives.front(), precision);
            if (!heuristic || (objectives.front() == Objective::IdleCost ? v < value - 1e-9 : v > value + 1e-9)) {
                heuristic = std::move(candidate);
                value = v;
            }
        };
        auto stageValue
            = [&] { return (objectives.front() == Objective::IdleCost ? total - value : value) * primary.scale; };
        const double remaining = options.timeLimitSeconds - timer.nsecsElapsed() / 1e9;
        LagrangianBound lb;
        QString boundName;
        // First the exact decomposition (fleet rows priced, each distinct hall's LP solved by
        // GLPK), which converges to the LP bound and rounds its LP points into plans on the
        // way; the greedy plan and the subgradient bound where the site does not decompose.
        auto roundPrimal = [&](std::span<const double> primal) {
            consider(roundAndFill(f, primal, objectives.front(), precision, nullptr));
            phase("round-and-fill done");
            return stageValue();
        };
        if (auto decomposed = decomposedBound(f, primary.coefficients, -INFINITY, options.relativeGap, 0.5 * remaining,
                options.cancel, roundPrimal, options.threads)) {
            if (trace)
                qInfo("solver: decomposition into %d parts, %d distinct (set up in %.3f s), %d evaluations on %d "
                      "thread(s), %s",
                    decomposed->parts, decomposed->distinctParts, decomposed->setupSeconds, decomposed->iterations,
                    decomposed->threads, decomposed->converged ? "converged" : "stopped");
            boundName = QStringLiteral("a Lagrangian bound over %1 independent parts (%2 distinct LPs)")
                            .arg(decomposed->parts)
                            .arg(decomposed->distinctParts);
            lb = std::move(*decomposed);
            const double bound = report(objectives.front(), lb.value / primary.scale);
            if (!heuristic || std::abs(bound - value) > options.relativeGap * std::max(std::abs(value), 1e-9)) {
                consider(greedy(f, objectives.front(), precision));
                phase("greedy done");
            }
        } else {
            consider(greedy(f, objectives.front(), precision));
            phase("greedy done");
            if (large) {
                const double budget = std::min(10.0, 0.2 * remaining);
                lb = lagrangianBound(
                    f, primary.coefficients, stageValue(), options.relativeGap, budget, options.cancel);
                boundName = QStringLiteral("a Lagrangian bound");
            } else {
                lb.value = NAN; // no bound without the LP: the LP path below
            }
        }
        phase("lagrangian bound");
        const double bound = report(objectives.front(), lb.value / primary.scale);
        lagrangianReported = bound;
        const double gap = std::isnan(bound) ? INFINITY : std::abs(bound - value) / std::max(std::abs(value), 1e-9);
        if (trace)
            qInfo("solver: lagrangian bound %.6g after %d iterations (%.3f s), heuristic %.6g, gap %.4f%%", bound,
                lb.iterations, lb.seconds, value, 100 * gap);
        if (gap <= options.relativeGap) {
            certified = true;
            plan.method = QStringLiteral("heuristic, certified by ") + boundName;
            plan.bound = bound;
            assignment = std::move(*heuristic);
            plan.status = gap < 1e-9 ? PlanStatus::Optimal : PlanStatus::Feasible;
            plan.objectiveValue = value;
            plan.gap = gap < 1e-9 ? 0 : gap;
            describePlan(plan, project, f, assignment, lb.duals);
            phase("plan described");
            if (options.marginalValues) { // the multipliers price capacity; no re-solve at this size
                std::vector<std::pair<double, int>> priced; // (multiplier, row)
                for (size_t row = 0; row < f.rows.size(); ++row)
                    if (f.rows[row].kind == RowKind::PowerNode && lb.duals[row] > kEps)
                        priced.emplace_back(lb.duals[row], int(row));
                std::stable_sort(priced.begin(), priced.end(), [](auto &x, auto &y) { return x.first > y.first; });
                const double sign = objectives.front() == Objective::IdleCost ? -1 : 1;
                for (size_t i = 0; i < priced.size() && i < 8; ++i) {
                    const PowerNode &node = f.nodes[size_t(f.rows[size_t(priced[i].second)].object)];
                    MarginalValue mv;
                    mv.object = node.id.toString();
                    mv.dualPerKw = sign * priced[i].first / primary.scale;
                    mv.text = QStringLiteral("+1 MW at %1 is worth about %2 %3 by its Lagrangian price")
                                  .arg(node.name.isEmpty() ? mv.object : node.name, number(mv.dualPerKw * 1000, 2),
                                      unitOf(objectives.front()));
                    plan.marginalValues.push_back(mv);
                }
            }
        }
    }
    if (certified) {
        // done: no LP, no marginal re-solves (the Lagrangian multipliers price each node)
    } else if (f.columns.empty()) {
        plan.method = QStringLiteral("none (nothing can be placed)");
    } else {
        GlpkModel model(f);
        const StageObjective primary = stageCoefficients(f, objectives.front(), precision);
        model.setObjective(primary.coefficients);
        phase("glpk model loaded");
        const GlpkModel::Result lp = model.solveLp(options.timeLimitSeconds - timer.nsecsElapsed() / 1e9);
        phase("lp solved");
        // Without the LP (time limit) the bound is the plain one: every available system
        // energized (no idle depreciation).
        double allEnergized = 0;
        for (const LotInfo &l : f.lots)
            for (const Variant &v : f.variants)
                if (v.model == l.model && v.fullPower) {
                    allEnergized += l.available
                        * (objectives.front() == Objective::IdleCost
                                ? l.monthlyDepreciation
                                : variantValue(f, int(&v - f.variants.data()), objectives.front(), precision));
                }
        // (IdleCost: all energized means no idle depreciation.)
        for (const Variant &v : f.variants) // operating points may be worth more per system
            if (!v.fullPower && v.performance > 1)
                allEnergized = INFINITY;
        plan.timedOut = lp.timedOut;
        if (std::isfinite(lagrangianReported)) // tighter than "everything energized" when the LP did not finish
            allEnergized = std::min(allEnergized,
                objectives.front() == Objective::IdleCost ? total - lagrangianReported : lagrangianReported);
        const double lpBound = lp.hasSolution ? lp.value / primary.scale : allEnergized;
        std::vector<double> duals = lp.hasSolution ? model.rowDuals() : std::vector<double>(f.rows.size(), 0.0);
        plan.bound = report(objectives.front(), lpBound);

        // Two quick plans, both feasible by construction: the greedy fill, and the LP point
        // rounded down then filled. The better one is the heuristic answer and the MILP's
        // first incumbent.
        Headroom room(f);
        Assignment heuristic = greedy(f, objectives.front(), precision, nullptr, &room);
        phase("greedy done");
        auto better = [&](const Assignment &x, const Assignment &y) {
            const double vx = objectiveOf(f, x, objectives.front(), precision);
            const double vy = objectiveOf(f, y, objectives.front(), precision);
            return objectives.front() == Objective::IdleCost ? vx < vy - 1e-9 : vx > vy + 1e-9;
        };
        if (lp.hasSolution) {
            Headroom roundRoom(f);
            Assignment rounded = roundAndFill(f, lp.x, objectives.front(), precision, &roundRoom);
            if (better(rounded, heuristic)) {
                heuristic = std::move(rounded);
                room = std::move(roundRoom);
            }
            phase("round-and-fill done");
        }
        const double heuristicValue = objectiveOf(f, heuristic, objectives.front(), precision);
        const double heuristicGap = std::abs(plan.bound - heuristicValue) / std::max(std::abs(heuristicValue), 1e-9);
        if (trace)
            qInfo("solver: heuristic %.6g, bound %.6g, gap %.4f%%", heuristicValue, plan.bound, 100 * heuristicGap);
        if (options.method == SolveMethod::Heuristic || !lp.hasSolution) {
            plan.method = lp.hasSolution ? QStringLiteral("heuristic")
                : std::isfinite(lagrangianReported)
                ? QStringLiteral("heuristic (the LP relaxation did not finish in time; bound: Lagrangian)")
                : QStringLiteral("heuristic (the LP relaxation did not finish in time; "
                                 "bound: every available system energized)");
            assignment = std::move(heuristic);
            plan.status = heuristicGap < 1e-9 ? PlanStatus::Optimal : PlanStatus::Feasible;
        } else if (objectives.size() == 1 && (heuristicGap < 1e-9 || heuristicGap <= options.relativeGap)) {
            plan.method = QStringLiteral("heuristic, certified by the LP bound");
            assignment = std::move(heuristic);
            plan.status = heuristicGap < 1e-9 ? PlanStatus::Optimal : PlanStatus::Feasible;
        } else {
            plan.method = QStringLiteral("glpk-milp");
            bool provenAll = true;
            double primaryBound = lpBound;
            std::vector<double> incumbent = toColumns(f, heuristic, room);
            for (size_t k = 0; k < objectives.size(); ++k) {
                const StageObjective c = stageCoefficients(f, objectives[k], precision);
                if (k > 0)
                    model.setObjective(c.coefficients);
                const double left = options.timeLimitSeconds - timer.nsecsElapsed() / 1e9;
                const GlpkModel::Result r = model.solveMilp(std::max(left, 0.05), options.relativeGap, options.cancel,
                    incumbent.empty() ? nullptr : &incumbent);
                plan.timedOut = plan.timedOut || r.timedOut;
                plan.cancelled = plan.cancelled || r.cancelled;
                if (!r.hasSolution) {
                    if (k == 0) { // keep the heuristic plan: feasible by construction
                        assignment = std::move(heuristic);
                        plan.method = QStringLiteral("heuristic (GLPK found no plan in time)");
                    }
                    provenAll = false;
                    break;
                }
                provenAll = provenAll && r.optimal;
                if (k == 0)
                    primaryBound = r.bound / c.scale;
                assignment = fromColumns(f, r.x);
                incumbent = r.x; // feasible for the next stage too
                if (k + 1 < objectives.size()) // keep this stage at its optimum (whole-number objective)
                    model.addLowerBoundRow(
                        c.coefficients, r.value - 0.5, QStringLiteral("stage_%1").arg(k + 1).toLatin1().constData());
                if (r.cancelled || r.timedOut)
                    break;
            }
            plan.bound = report(objectives.front(), primaryBound);
            plan.status = provenAll ? PlanStatus::Optimal : PlanStatus::Feasible;
        }
        plan.objectiveValue = objectiveOf(f, assignment, objectives.front(), precision);
        if (plan.status == PlanStatus::Optimal)
            plan.bound = plan.objectiveValue;
        plan.gap = std::abs(plan.bound - plan.objectiveValue) / std::max(std::abs(plan.objectiveValue), 1e-9);
        if (plan.gap < 1e-9)
            plan.gap = 0;

        phase("milp done");
        describePlan(plan, project, f, assignment, duals);
        phase("plan described");

        // Marginal value of +1 MW at the binding nodes: the LP dual, and an exact re-solve.
        if (options.marginalValues) {
            std::vector<std::pair<double, int>> candidates; // (dual, row)
            for (size_t row = 0; row < f.rows.size(); ++row)
                if (f.rows[row].kind == RowKind::PowerNode) {
                    const int n = f.rows[row].object;
                    const bool binding
                        = std::any_of(plan.binding.begin(), plan.binding.end(), [&](const BindingConstraint &b) {
                              return b.kind == QLatin1String("power") && b.object == f.nodes[size_t(n)].id.toString();
                          });
                    if (binding || duals[row] > kEps)
                        candidates.emplace_back(duals[row], int(row));
                }
            std::stable_sort(candidates.begin(), candidates.end(), [](auto &x, auto &y) { return x.first > y.first; });
            const auto baseGpus = gpusByGeneration(f, assignment);
            const double basePrimary = objectiveOf(f, assignment, objectives.front(), precision);
            GlpkModel probe(f);
            probe.setObjective(primary.coefficients);
            const double sign = objectives.front() == Objective::IdleCost ? -1 : 1;
            for (size_t i = 0; i < candidates.size() && i < 8; ++i) {
                const auto [dual, row] = candidates[i];
                const int n = f.rows[size_t(row)].object;
                MarginalValue mv;
                mv.object = f.nodes[size_t(n)].id.toString();
                mv.dualPerKw = sign * dual / primary.scale;
                const double left = options.timeLimitSeconds - timer.nsecsElapsed() / 1e9;
                if (options.method == SolveMethod::Exact && plan.status == PlanStatus::Optimal && left > 0.5
                    && !(options.cancel && options.cancel->load())) {
                    probe.setRowUpper(row, f.rows[size_t(row)].upper + 1000.0);
                    const GlpkModel::Result r = probe.solveMilp(std::min(left / 2, 10.0), 0.0, options.cancel);
                    probe.setRowUpper(row, f.rows[size_t(row)].upper);
                    if (r.hasSolution && r.optimal) {
                        const Assignment more = fromColumns(f, r.x);
                        mv.resolved = true;
                        mv.objectiveGain = objectiveOf(f, more, objectives.front(), precision) - basePrimary;
                        mv.extraGpus = gpusOf(f, more) - gpusOf(f, assignment);
                        mv.extraPflops = pflopsOf(f, more, precision) - pflopsOf(f, assignment, precision);
                        QStringList parts;
                        auto moreGpus = gpusByGeneration(f, more);
                        std::set<QString> gens;
                        for (auto &[k, v] : baseGpus)
                            gens.insert(k);
                        for (auto &[k, v] : moreGpus)
                            gens.insert(k);
                        for (const QString &gen : gens) {
                            const int d = moreGpus[gen] - (baseGpus.count(gen) ? baseGpus.at(gen) : 0);
                            if (d != 0)
                                parts << QStringLiteral("%1%2 %3")
                                             .arg(d > 0 ? QStringLiteral("+") : QStringLiteral("−"))
                                             .arg(std::abs(d))
                                             .arg(gen);
                        }
                        mv.byGeneration = parts.join(QStringLiteral(", "));
                    }
                }
                const PowerNode &node = f.nodes[size_t(n)];
                if (mv.resolved)
                    mv.text = QStringLiteral("+1 MW at %1 energizes %2 more GPUs%3, %4 PFLOPS (LP dual %5 %6 per MW)")
                                  .arg(node.name.isEmpty() ? mv.object : node.name)
                                  .arg(mv.extraGpus)
                                  .arg(mv.byGeneration.isEmpty() ? QString()
                                                                 : QStringLiteral(" (%1 GPUs)").arg(mv.byGeneration))
                                  .arg(QStringLiteral("%1%2")
                                           .arg(mv.extraPflops >= 0 ? QStringLiteral("+") : QString())
                                           .arg(number(mv.extraPflops, 1)))
                                  .arg(number(mv.dualPerKw * 1000, 2), unitOf(objectives.front()));
                else
                    mv.text = QStringLiteral("+1 MW at %1 is worth %2 %3 by the LP dual")
                                  .arg(node.name.isEmpty() ? mv.object : node.name, number(mv.dualPerKw * 1000, 2),
                                      unitOf(objectives.front()));
                plan.marginalValues.push_back(mv);
            }
        }
    }
    if (f.columns.empty())
        describePlan(plan, project, f, assignment, {});
    if (plan.generations.empty() || plan.energizedGpus() == 0)
        plan.explanations.prepend(QStringLiteral("no GPU can be energized on %1").arg(dateText(plan.date)));
    return finish();
}

QString writeModel(const Project &project, const Catalog &catalog, const SolveOptions &options, const QString &fileName,
    ModelFormat format)
{
    const auto problems = validateProject(project, catalog);
    if (!problems.empty())
        return QStringLiteral("the project has validation problems: %1").arg(problems.front().toString());
    const Formulation f = buildFormulation(project, catalog, options);
    if (f.columns.empty())
        return QStringLiteral("nothing can be placed on %1, so there is no model to write").arg(dateText(f.date));
    GlpkModel model(f);
    model.setObjective(f.objectiveCoefficients(objectivesOf(options).front(), options.precision));
    return format == ModelFormat::Lp ? model.writeLp(fileName) : model.writeMps(fileName);
}

} // namespace warmshell
