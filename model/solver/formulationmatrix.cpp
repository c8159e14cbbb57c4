// SPDX-License-Identifier: GPL-3.0-or-later
#include "formulationmatrix.h"

#include "clusters.h"
#include "rackslots.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>
#include <vector>

namespace warmshell::solver {

namespace {

using Terms = std::vector<std::pair<int, double>>; // (column, coefficient)

// The terms of the capacity rows, collected group by group (in column order).
struct CapacityTerms
{
    std::vector<Terms> nodes; // per power node
    std::vector<Terms> reserve; // per power node with a reserve row (else empty)
    std::vector<Terms> units; // per cooling unit
    std::vector<Terms> thermal; // per thermal limit
};

// Appends rows and their nonzero entries to a Formulation.
class RowWriter
{
public:
    explicit RowWriter(Formulation &f) : m_f(f) { }

    int addRow(RowInfo r)
    {
        m_f.rows.push_back(std::move(r));
        return int(m_f.rows.size() - 1);
    }
    void put(int row, int column, double value)
    {
        if (column >= 0 && value != 0)
            m_f.entries.emplace_back(row, column, value);
    }
    // A row with `terms`.
    void addRow(RowInfo r, const Terms &terms)
    {
        const int row = addRow(std::move(r));
        for (const auto &[col, value] : terms)
            put(row, col, value);
    }

private:
    Formulation &m_f;
};

// Every entry counted ahead, so the 3-million-entry vector of a 5 GW site grows once.
void reserveEntries(Formulation &f)
{
    const size_t quota = f.hasTenants() ? 1 : 0; // with tenants: GPU quota rows per lot, kW per systems column
    size_t count = f.lots.size() * (1 + 2 * quota);
    for (const RackGroup &g : f.groups) {
        for (const auto &pattern : g.patterns)
            count += 1 + size_t(std::count_if(pattern.begin(), pattern.end(), [](int n) { return n != 0; }));
        count += 4 * g.racks.size() * g.slotShapes.size(); // slot, power, space and weight rows
        count += g.variants.size()
            * (3 + quota + (f.reservePolicy ? 2 : 1) * g.nodes.size() + 2 * (g.airUnits.size() + g.liquidUnits.size())
                + g.thermal.size());
    }
    f.entries.reserve(count);
}

// Each plant unit that can bind: the heat of the room units rejecting to it, their terms
// summed by column (a group whose air unit and CDU reject to one plant sends it both).
void addPlantTerms(const Formulation &f, std::vector<Terms> &units)
{
    std::vector<std::map<int, double>> plantTerms(f.units.size());
    for (size_t u = 0; u < f.units.size(); ++u)
        if (const int plant = f.unitPlant[u]; plant >= 0 && f.unitCanBind[size_t(plant)])
            for (const auto &[col, value] : units[u])
                plantTerms[size_t(plant)][col] += value;
    for (size_t p = 0; p < f.units.size(); ++p)
        for (const auto &[col, value] : plantTerms[p])
            units[p].emplace_back(col, value);
}

// The systems of each group on its nodes, on its only unit of a medium, on the inlets its air
// heat reaches; the heat shares on their units.
CapacityTerms collectCapacityTerms(const Formulation &f)
{
    CapacityTerms terms{ std::vector<Terms>(f.nodes.size()), std::vector<Terms>(f.nodes.size()),
        std::vector<Terms>(f.units.size()), std::vector<Terms>(f.thermal.size()) };
    for (size_t gi = 0; gi < f.groups.size(); ++gi) {
        const RackGroup &g = f.groups[gi];
        const int gid = int(gi);
        for (int v : g.variants) {
            const int col = f.columnOf(ColumnKind::Systems, gid, v);
            const Variant &var = f.variants[size_t(v)];
            for (const NodeLoad &load : g.nodeLoads) {
                terms.nodes[size_t(load.node)].emplace_back(
                    col, var.powerKw * load.perSystemKw(var.model->liquidFraction));
                if (std::isfinite(f.nodeReserveAvailableKw[size_t(load.node)]))
                    terms.reserve[size_t(load.node)].emplace_back(col, reserveLoadKw(var, load));
            }
            const double air = var.powerKw * (1 - var.model->liquidFraction);
            const double liquid = var.powerKw * var.model->liquidFraction;
            if (g.airUnits.size() == 1)
                terms.units[size_t(g.airUnits.front())].emplace_back(col, air);
            if (g.liquidUnits.size() == 1)
                terms.units[size_t(g.liquidUnits.front())].emplace_back(col, liquid);
            for (const auto &[t, coefficient] : g.thermal)
                terms.thermal[size_t(t)].emplace_back(col, coefficient * air);
        }
        for (const auto *units : { &g.airUnits, &g.liquidUnits })
            if (units->size() > 1)
                for (int u : *units)
                    terms.units[size_t(u)].emplace_back(f.columnOf(ColumnKind::HeatShare, gid, u), 1.0);
    }
    addPlantTerms(f, terms.units);
    return terms;
}

// The group's racks: Σ pattern racks = racks in the group.
void addGroupCountRow(const Formulation &f, RowWriter &w, int gid)
{
    const RackGroup &g = f.groups[size_t(gid)];
    const int count = w.addRow(
        { RowKind::GroupCount, gid, -1, double(g.racks.size()), false, QStringLiteral("racks_g%1").arg(gid) });
    for (size_t p = 0; p < g.patterns.size(); ++p)
        w.put(count, f.columnOf(ColumnKind::Pattern, gid, int(p)), 1);
}

// Per shape the group's variants have: systems of that shape ≤ the slots the patterns give it.
void addShapeLinkRows(const Formulation &f, RowWriter &w, int gid)
{
    const RackGroup &g = f.groups[size_t(gid)];
    std::vector<int> shapesHere;
    for (int v : g.variants)
        if (std::find(shapesHere.begin(), shapesHere.end(), f.variants[size_t(v)].shape) == shapesHere.end())
            shapesHere.push_back(f.variants[size_t(v)].shape);
    for (int s : shapesHere) {
        const int row
            = w.addRow({ RowKind::ShapeLink, gid, s, 0, false, QStringLiteral("slots_g%1_s%2").arg(gid).arg(s) });
        for (int v : g.variants)
            if (f.variants[size_t(v)].shape == s)
                w.put(row, f.columnOf(ColumnKind::Systems, gid, v), 1);
        for (size_t p = 0; p < g.patterns.size(); ++p)
            w.put(row, f.columnOf(ColumnKind::Pattern, gid, int(p)), -g.patterns[p][size_t(s)]);
        const auto k = std::find(g.slotShapes.begin(), g.slotShapes.end(), s);
        if (k != g.slotShapes.end())
            for (size_t r = 0; r < g.racks.size(); ++r)
                w.put(row,
                    f.columnOf(
                        ColumnKind::RackSlots, gid, int(r * g.slotShapes.size()) + int(k - g.slotShapes.begin())),
                    -1);
    }
}

// Per rack of a counted group: its slots (the one rack of a group: its systems) within its
// power, space and weight limits (a limit that slots cannot pass at their upper bounds gets no
// row).
void addRackLimitRows(const Formulation &f, RowWriter &w, int gid)
{
    const RackGroup &g = f.groups[size_t(gid)];
    const size_t shapes = g.slotShapes.size();
    for (size_t r = 0; r < g.racks.size(); ++r) {
        const Rack &rack = *g.racks[r];
        const int height = rack.height.value();
        auto limitRow = [&](const char *what, double limit, auto usage) {
            double most = 0;
            for (size_t k = 0; k < shapes; ++k)
                most += slotUpper(f.shapes[size_t(g.slotShapes[k])], height) * usage(f.shapes[size_t(g.slotShapes[k])]);
            if (g.hasSlotColumns() && most <= limit + 1e-9)
                return; // (systems columns have no such upper bound)
            const int row = w.addRow({ RowKind::RackLimit, gid, int(r), limit, false,
                QStringLiteral("%1_g%2_r%3").arg(QLatin1String(what)).arg(gid).arg(r) });
            for (size_t k = 0; k < shapes && g.hasSlotColumns(); ++k)
                w.put(row, f.columnOf(ColumnKind::RackSlots, gid, int(r * shapes + k)),
                    usage(f.shapes[size_t(g.slotShapes[k])]));
            for (size_t v = 0; v < g.variants.size() && !g.hasSlotColumns(); ++v)
                w.put(row, f.columnOf(ColumnKind::Systems, gid, g.variants[v]),
                    usage(f.shapes[size_t(f.variants[size_t(g.variants[v])].shape)]));
        };
        limitRow("kw", rack.powerLimit.value(), [](const Shape &s) { return s.powerKw; });
        limitRow("u", height, [&](const Shape &s) { return double(slotHeight(s, height)); });
        limitRow("kg", rack.weightLimit.value(), [](const Shape &s) { return s.weightKg; });
    }
}

// Per medium served by several units that can bind: the heat shares sum to the systems' heat.
void addHeatSplitRows(const Formulation &f, RowWriter &w, int gid)
{
    const RackGroup &g = f.groups[size_t(gid)];
    for (const auto *units : { &g.airUnits, &g.liquidUnits }) {
        if (units->size() < 2)
            continue;
        const bool liquid = units == &g.liquidUnits;
        const int row = w.addRow({ RowKind::HeatSplit, gid, liquid ? 1 : 0, 0, true,
            QStringLiteral("heat_g%1_%2").arg(gid).arg(liquid ? QStringLiteral("liquid") : QStringLiteral("air")) });
        for (int u : *units)
            w.put(row, f.columnOf(ColumnKind::HeatShare, gid, u), 1);
        for (int v : g.variants) {
            const Variant &var = f.variants[size_t(v)];
            const double share = liquid ? var.model->liquidFraction : 1 - var.model->liquidFraction;
            w.put(row, f.columnOf(ColumnKind::Systems, gid, v), -var.powerKw * share);
        }
    }
}

// Per fleet pool (model and owner): systems placed = systems of its lots energized.
void addFleetRows(const Formulation &f, RowWriter &w)
{
    for (size_t m = 0; m < f.models.size(); ++m) {
        const int tenant = f.modelTenant[m];
        const QString name = tenant < 0
            ? QStringLiteral("fleet_%1").arg(f.models[m]->id.toString())
            : QStringLiteral("fleet_%1_%2").arg(f.models[m]->id.toString(), f.tenants[size_t(tenant)]->id.toString());
        const int row = w.addRow({ RowKind::LotLink, int(m), -1, 0, true, name });
        for (size_t l = 0; l < f.lots.size(); ++l)
            if (f.lots[l].pool == int(m))
                w.put(row, f.columnOf(ColumnKind::LotUse, -1, int(l)), 1);
        for (size_t gi = 0; gi < f.groups.size(); ++gi)
            for (int v : f.groups[gi].variants)
                if (f.variants[size_t(v)].pool == int(m))
                    w.put(row, f.columnOf(ColumnKind::Systems, int(gi), v), -1);
    }
}

// Per tenant with quotas: its energized GPUs (its lots' LotUse columns × GPUs per system) at
// least minGpus (written negated, see kQuotaMinGpus) and at most maxGpus; the kW of its
// systems (Systems columns × kW per system at the variant's operating point) at most
// maxMegawatts × 1000.
void addQuotaRows(const Formulation &f, RowWriter &w)
{
    for (size_t t = 0; t < f.tenants.size(); ++t) {
        const Tenant &tenant = *f.tenants[t];
        const QString id = tenant.id.toString();
        auto gpuRow = [&](int detail, double upper, double sign, const QString &name) {
            const int row = w.addRow({ RowKind::Quota, int(t), detail, upper, false, name });
            for (size_t l = 0; l < f.lots.size(); ++l)
                if (f.lots[l].tenant == int(t))
                    w.put(row, f.columnOf(ColumnKind::LotUse, -1, int(l)), sign * f.lots[l].model->gpusPerSystem);
        };
        if (tenant.minGpus)
            gpuRow(kQuotaMinGpus, -double(*tenant.minGpus), -1, QStringLiteral("quota_min_gpus_%1").arg(id));
        if (tenant.maxGpus)
            gpuRow(kQuotaMaxGpus, double(*tenant.maxGpus), 1, QStringLiteral("quota_max_gpus_%1").arg(id));
        if (!tenant.maxMegawatts)
            continue;
        const int row = w.addRow({ RowKind::Quota, int(t), kQuotaMaxKw, *tenant.maxMegawatts * 1000, false,
            QStringLiteral("quota_max_kw_%1").arg(id) });
        for (size_t gi = 0; gi < f.groups.size(); ++gi)
            for (int v : f.groups[gi].variants)
                if (f.variants[size_t(v)].tenant == int(t))
                    w.put(row, f.columnOf(ColumnKind::Systems, int(gi), v), f.variants[size_t(v)].powerKw);
    }
}

// The power node, cooling unit and inlet rows that have terms.
void addCapacityRows(const Formulation &f, RowWriter &w, const CapacityTerms &terms)
{
    for (size_t n = 0; n < f.nodes.size(); ++n) {
        if (!terms.nodes[n].empty())
            w.addRow({ RowKind::PowerNode, int(n), -1, std::max(0.0, f.nodeAvailableKw[n]), false,
                         QStringLiteral("power_%1").arg(f.nodes[n].id.toString()) },
                terms.nodes[n]);
        // The reserve row next to the node's normal row (reserve policy; see Formulation).
        if (!terms.reserve[n].empty())
            w.addRow({ RowKind::PowerNode, int(n), kReserveRow, std::max(0.0, f.nodeReserveAvailableKw[n]), false,
                         QStringLiteral("reserve_%1").arg(f.nodes[n].id.toString()) },
                terms.reserve[n]);
    }
    for (size_t u = 0; u < f.units.size(); ++u)
        if (!terms.units[u].empty())
            w.addRow({ RowKind::CoolingUnit, int(u), -1, f.unitUsableKw[u], false,
                         QStringLiteral("cooling_%1").arg(f.units[u]->id.toString()) },
                terms.units[u]);
    for (size_t t = 0; t < f.thermal.size(); ++t)
        if (!terms.thermal[t].empty())
            w.addRow({ RowKind::Thermal, int(t), -1, f.thermal[t].headroomC, false,
                         QStringLiteral("inlet_%1").arg(f.thermal[t].rack->id.toString()) },
                terms.thermal[t]);
}

// A counted group's slots, rack by rack: systems of each of its shapes, at least those pinned.
void addSlotColumns(Formulation &f, int gid)
{
    const RackGroup &g = f.groups[size_t(gid)];
    if (!g.hasSlotColumns())
        return;
    std::vector<int> pinned(f.shapes.size(), 0);
    for (int v : g.variants)
        pinned[size_t(f.variants[size_t(v)].shape)] += g.pinnedPerRack[size_t(v)];
    for (size_t r = 0; r < g.racks.size(); ++r)
        for (size_t k = 0; k < g.slotShapes.size(); ++k) {
            const Shape &s = f.shapes[size_t(g.slotShapes[k])];
            f.columns.push_back({ ColumnKind::RackSlots, gid, int(r * g.slotShapes.size() + k), true,
                double(pinned[size_t(g.slotShapes[k])]), double(slotUpper(s, g.racks[r]->height.value())) });
        }
}

} // namespace

void addColumns(Formulation &f)
{
    f.columns.reserve(modelColumnCount(f));
    f.systemsColumn.assign(f.groups.size() * f.variants.size(), -1);
    f.groupFirstColumn.reserve(f.groups.size() + 1);
    for (size_t gi = 0; gi < f.groups.size(); ++gi) {
        const RackGroup &g = f.groups[gi];
        const int gid = int(gi);
        f.groupFirstColumn.push_back(int(f.columns.size()));
        for (size_t p = 0; p < g.patterns.size(); ++p)
            f.columns.push_back({ ColumnKind::Pattern, gid, int(p), true, 0, double(g.racks.size()) });
        addSlotColumns(f, gid);
        for (int v : g.variants) {
            f.systemsColumn[gi * f.variants.size() + size_t(v)] = int(f.columns.size());
            f.columns.push_back(
                { ColumnKind::Systems, gid, v, true, double(g.pinnedPerRack[size_t(v)]) * double(g.racks.size()), -1 });
        }
        for (const auto *units : { &g.airUnits, &g.liquidUnits })
            if (units->size() > 1)
                for (int u : *units)
                    f.columns.push_back({ ColumnKind::HeatShare, gid, u, false, 0, -1 });
    }
    f.groupFirstColumn.push_back(int(f.columns.size())); // also the first lot column
    for (size_t l = 0; l < f.lots.size(); ++l)
        f.columns.push_back({ ColumnKind::LotUse, -1, int(l), true, 0, double(f.lots[l].available) });
    addClusterColumns(f);
}

void addRows(Formulation &f)
{
    reserveEntries(f);
    const CapacityTerms terms = collectCapacityTerms(f);
    RowWriter w(f);
    for (size_t gi = 0; gi < f.groups.size(); ++gi) {
        if (!f.groups[gi].counted())
            addGroupCountRow(f, w, int(gi));
        if (!f.groups[gi].counted() || f.groups[gi].hasSlotColumns())
            addShapeLinkRows(f, w, int(gi));
        if (f.groups[gi].counted())
            addRackLimitRows(f, w, int(gi));
        addHeatSplitRows(f, w, int(gi));
    }
    addFleetRows(f, w);
    addCapacityRows(f, w, terms);
    addQuotaRows(f, w);
    addClusterRows(f);
}

} // namespace warmshell::solver
