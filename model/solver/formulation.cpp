// SPDX-License-Identifier: GPL-3.0-or-later
#include "formulation.h"

#include "catalog.h"
#include "finance/depreciation.h"

#include <QSet>

#include <algorithm>
#include <functional>
#include <map>
#include <string>
#include <unordered_map>

namespace warmshell::solver {

namespace {

// A map key built from raw bytes (numbers formatted as text cost more than the rest of the
// grouping on a 40,000-rack site). Equal keys mean equal values, field by field.
class BinaryKey
{
public:
    BinaryKey &operator<<(double x) { return raw(&x, sizeof x); }
    BinaryKey &operator<<(int x) { return raw(&x, sizeof x); }
    BinaryKey &operator<<(const QString &x)
    {
        *this << int(x.size());
        return raw(x.constData(), size_t(x.size()) * sizeof(QChar));
    }
    BinaryKey &operator<<(const std::vector<int> &list)
    {
        *this << int(list.size());
        return raw(list.data(), list.size() * sizeof(int));
    }
    const std::string &bytes() const { return m_bytes; }

private:
    BinaryKey &raw(const void *data, size_t size)
    {
        m_bytes.append(static_cast<const char *>(data), size);
        return *this;
    }
    std::string m_bytes;
};

// Energized nodes: commissioned by `date` and fed from a commissioned source through
// commissioned nodes.
std::vector<bool> energizedNodes(const PowerChain &chain, const std::vector<PowerNode> &nodes, const QDate &date)
{
    const auto &g = chain.graph();
    std::vector<bool> energized(nodes.size(), false);
    std::vector<PowerChain::Vertex> stack;
    for (auto v : boost::make_iterator_range(boost::vertices(g)))
        if (isSource(g[v].kind) && g[v].isCommissionedBy(date)) {
            energized[v] = true;
            stack.push_back(v);
        }
    while (!stack.empty()) {
        const auto v = stack.back();
        stack.pop_back();
        for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
            const auto w = boost::target(e, g);
            if (!energized[w] && g[w].isCommissionedBy(date) && !isSource(g[w].kind)) {
                energized[w] = true;
                stack.push_back(w);
            }
        }
    }
    return energized;
}

// `v` and every energized node it draws from, sorted.
std::vector<int> energizedUpstream(const PowerChain::Graph &g, PowerChain::Vertex v, const std::vector<bool> &energized)
{
    std::vector<int> out{ int(v) };
    std::vector<bool> seen(energized.size(), false);
    seen[v] = true;
    std::vector<PowerChain::Vertex> stack{ v };
    while (!stack.empty()) {
        const auto x = stack.back();
        stack.pop_back();
        for (auto e : boost::make_iterator_range(boost::in_edges(x, g))) {
            const auto u = boost::source(e, g);
            if (!seen[u] && energized[u]) {
                seen[u] = true;
                out.push_back(int(u));
                stack.push_back(u);
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

QString operatingPointLabel()
{
    return QStringLiteral("full power");
}

} // namespace

std::vector<std::vector<int>> rackPatterns(const std::vector<Shape> &shapes, const std::vector<int> &allowed,
    double powerKw, int heightU, double weightKg, const std::vector<int> &required, size_t limit)
{
    constexpr double eps = 1e-9;
    std::vector<std::vector<int>> out;
    std::vector<int> counts(shapes.size(), 0);
    double usedKw = 0, usedKg = 0;
    int usedU = 0;
    for (size_t s = 0; s < shapes.size(); ++s) {
        const int n = s < required.size() ? required[s] : 0;
        counts[s] = n;
        usedKw += n * shapes[s].powerKw;
        usedKg += n * shapes[s].weightKg;
        usedU += n * shapes[s].heightU;
    }
    int wholeRacks = 0;
    for (size_t s = 0; s < shapes.size(); ++s)
        wholeRacks += shapes[s].wholeRack ? counts[s] : 0;
    if (usedKw > powerKw + eps || usedKg > weightKg + eps || usedU > heightU || wholeRacks > 1
        || (wholeRacks == 1 && std::count_if(counts.begin(), counts.end(), [](int c) { return c > 0; }) > 1))
        return out; // the required contents alone do not fit

    auto fitsOneMore = [&](int s) {
        const Shape &sh = shapes[size_t(s)];
        if (sh.wholeRack)
            return std::all_of(counts.begin(), counts.end(), [](int c) { return c == 0; })
                && sh.powerKw <= powerKw + eps && sh.weightKg <= weightKg + eps;
        for (size_t k = 0; k < shapes.size(); ++k)
            if (counts[k] > 0 && shapes[k].wholeRack)
                return false;
        return usedKw + sh.powerKw <= powerKw + eps && usedKg + sh.weightKg <= weightKg + eps
            && usedU + sh.heightU <= heightU;
    };

    // Depth-first over the allowed shapes: at position i, try every count of shape i from
    // the most that fits down to zero; record a pattern when no allowed shape fits any more.
    std::function<void(size_t)> visit = [&](size_t i) {
        if (out.size() >= limit)
            return;
        if (i == allowed.size()) {
            if (std::none_of(allowed.begin(), allowed.end(), fitsOneMore))
                out.push_back(counts);
            return;
        }
        const int s = allowed[i];
        int added = 0;
        while (fitsOneMore(s)) {
            ++counts[size_t(s)];
            ++added;
            usedKw += shapes[size_t(s)].powerKw;
            usedKg += shapes[size_t(s)].weightKg;
            usedU += shapes[size_t(s)].heightU;
        }
        for (;;) {
            visit(i + 1);
            if (added == 0)
                break;
            --counts[size_t(s)];
            --added;
            usedKw -= shapes[size_t(s)].powerKw;
            usedKg -= shapes[size_t(s)].weightKg;
            usedU -= shapes[size_t(s)].heightU;
        }
    };
    visit(0); // an empty rack is maximal only when nothing fits at all
    return out;
}

LargeVector<double> Formulation::objectiveCoefficients(Objective objective, Precision precision) const
{
    LargeVector<double> c(columns.size(), 0.0);
    for (size_t j = 0; j < columns.size(); ++j) {
        const ColumnInfo &col = columns[j];
        if (objective == Objective::IdleCost) {
            if (col.kind == ColumnKind::LotUse)
                c[j] = lots[size_t(col.index)].monthlyDepreciation;
            continue;
        }
        if (col.kind != ColumnKind::Systems)
            continue;
        const Variant &v = variants[size_t(col.index)];
        if (objective == Objective::Gpus)
            c[j] = v.model->gpusPerSystem;
        else
            c[j] = v.model->gpusPerSystem * v.model->tflopsPerGpu(precision).value() * v.performance / 1000.0;
    }
    return c;
}

double Formulation::totalMonthlyDepreciation() const
{
    double total = 0;
    for (const LotInfo &l : lots)
        total += l.available * l.monthlyDepreciation;
    return total;
}

Eigen::SparseMatrix<double, Eigen::RowMajor> Formulation::matrix() const
{
    Eigen::SparseMatrix<double, Eigen::RowMajor> m(Eigen::Index(rows.size()), Eigen::Index(columns.size()));
    m.setFromTriplets(entries.begin(), entries.end());
    return m;
}

int Formulation::columnOf(ColumnKind kind, int group, int index) const
{
    if (kind == ColumnKind::LotUse)
        return index >= 0 && size_t(index) < lots.size() ? groupFirstColumn.back() + index : -1;
    if (group < 0 || size_t(group) >= groups.size() || index < 0)
        return -1;
    const int first = groupFirstColumn[size_t(group)];
    switch (kind) {
    case ColumnKind::Pattern:
        return size_t(index) < groups[size_t(group)].patterns.size() ? first + index : -1;
    case ColumnKind::Systems:
        return size_t(index) < variants.size() ? systemsColumn[size_t(group) * variants.size() + size_t(index)] : -1;
    case ColumnKind::HeatShare:
        for (int j = first; j < groupFirstColumn[size_t(group) + 1]; ++j)
            if (columns[size_t(j)].kind == ColumnKind::HeatShare && columns[size_t(j)].index == index)
                return j;
        return -1;
    case ColumnKind::LotUse:
        break;
    }
    return -1;
}

QString Formulation::columnName(int j) const
{
    const ColumnInfo &c = columns[size_t(j)];
    switch (c.kind) {
    case ColumnKind::Pattern:
        return QStringLiteral("y_g%1_p%2").arg(c.group).arg(c.index);
    case ColumnKind::Systems:
        return QStringLiteral("z_g%1_%2_v%3")
            .arg(c.group)
            .arg(variants[size_t(c.index)].model->id.toString())
            .arg(c.index);
    case ColumnKind::HeatShare:
        return QStringLiteral("h_g%1_%2").arg(c.group).arg(units[size_t(c.index)]->id.toString());
    case ColumnKind::LotUse:
        return QStringLiteral("u_%1").arg(lots[size_t(c.index)].lot->id.toString());
    }
    return {};
}

Formulation buildFormulation(const Project &project, const Catalog &catalog, const SolveOptions &options)
{
    Formulation f;
    const Site &site = project.site;
    f.date = options.date.isValid() ? options.date : site.planStart;
    const QDate date = f.date;

    // Power nodes at the date.
    f.nodes = site.power.nodes();
    f.nodeEnergized = energizedNodes(site.power, f.nodes, date);
    for (size_t i = 0; i < f.nodes.size(); ++i) {
        f.nodeIndex.insert(f.nodes[i].id, int(i));
        f.nodeUsableKw.push_back(f.nodeEnergized[i] ? f.nodes[i].usableCapacity(date).value() : 0.0);
    }
    // Cooling units at the date, and the live ones serving each rack (site.racks order), air
    // and liquid apart, in unit order: counted, then filled into one array per medium.
    QHash<RackId, int> rackIndex;
    rackIndex.reserve(qsizetype(site.racks.size()));
    for (size_t i = 0; i < site.racks.size(); ++i)
        rackIndex.insert(site.racks[i].id, int(i));
    std::vector<int> airStart(site.racks.size() + 1, 0), liquidStart(site.racks.size() + 1, 0);
    for (size_t i = 0; i < site.coolingUnits.size(); ++i) {
        const CoolingUnit &u = site.coolingUnits[i];
        f.units.push_back(&u);
        f.unitIndex.insert(u.id, int(i));
        const bool live = u.commissioned.isNull() || u.commissioned <= date;
        f.unitLive.push_back(live);
        f.unitUsableKw.push_back(live ? u.usableCapacity(date).value() : 0.0);
        if (live)
            for (const RackId &r : u.serves)
                if (const int k = rackIndex.value(r, -1); k >= 0)
                    ++(heatMedium(u.kind) == HeatMedium::Liquid ? liquidStart : airStart)[size_t(k) + 1];
    }
    for (size_t k = 0; k < site.racks.size(); ++k) {
        airStart[k + 1] += airStart[k];
        liquidStart[k + 1] += liquidStart[k];
    }
    std::vector<int> airUnitsOf(size_t(airStart.back())), liquidUnitsOf(size_t(liquidStart.back()));
    {
        std::vector<int> airNext(airStart.begin(), airStart.end() - 1),
            liquidNext(liquidStart.begin(), liquidStart.end() - 1);
        for (size_t i = 0; i < site.coolingUnits.size(); ++i) {
            const CoolingUnit &u = site.coolingUnits[i];
            if (!f.unitLive[i])
                continue;
            const bool liquid = heatMedium(u.kind) == HeatMedium::Liquid;
            for (const RackId &r : u.serves)
                if (const int k = rackIndex.value(r, -1); k >= 0)
                    (liquid ? liquidUnitsOf[size_t(liquidNext[size_t(k)]++)] : airUnitsOf[size_t(airNext[size_t(k)]++)])
                        = int(i);
        }
    }

    // Lots available at the date, and the models they bring.
    QHash<SystemModelId, int> modelIndex;
    for (const FleetLot &lot : project.fleet) {
        const SystemModel *m = project.model(lot.model, catalog);
        if (!m || !lot.delivered.isValid() || lot.delivered > date || (lot.retire.isValid() && lot.retire <= date))
            continue;
        LotInfo info;
        info.lot = &lot;
        info.model = m;
        info.available = lot.count;
        info.monthlyDepreciation = monthlyDepreciation(lot.depreciation, lot.unitCost, lot.delivered, date).value();
        f.lots.push_back(info);
        if (!modelIndex.contains(m->id)) {
            modelIndex.insert(m->id, int(f.models.size()));
            f.models.push_back(m);
        }
    }

    // Variants (full power and operating points) and their shapes.
    auto shapeOf = [&](const Shape &s) {
        const auto it = std::find(f.shapes.begin(), f.shapes.end(), s);
        if (it != f.shapes.end())
            return int(it - f.shapes.begin());
        f.shapes.push_back(s);
        return int(f.shapes.size() - 1);
    };
    QHash<SystemModelId, int> fullPowerVariant;
    for (const SystemModel *m : f.models) {
        auto add = [&](const QString &name, bool full, double powerFraction, double performance) {
            Variant v;
            v.model = m;
            v.operatingPoint = name;
            v.fullPower = full;
            v.powerKw = m->power.value() * powerFraction;
            v.performance = performance;
            v.shape = shapeOf({ v.powerKw, m->wholeRack ? 0 : m->height.value(), m->weight.value(), m->wholeRack,
                m->cooling == CoolingType::Liquid });
            if (full)
                fullPowerVariant.insert(m->id, int(f.variants.size()));
            f.variants.push_back(v);
        };
        add(operatingPointLabel(), true, 1.0, 1.0);
        for (const OperatingPoint &op : m->operatingPoints)
            add(op.name, false, op.powerFraction, op.performanceFraction);
    }

    // Supplies: the live feeds and cooling of each usable rack.
    const auto &graph = site.power.graph();
    QHash<int, std::vector<int>> upstreamCache;
    auto upstreamOfNode = [&](int v) -> const std::vector<int> & {
        auto it = upstreamCache.find(v);
        if (it == upstreamCache.end())
            it = upstreamCache.insert(v, energizedUpstream(graph, PowerChain::Vertex(v), f.nodeEnergized));
        return *it;
    };
    std::unordered_map<std::string, int> supplyByKey;
    std::vector<std::pair<const Rack *, int>> usable; // (rack, supply)
    std::vector<double> possibleLoad(f.nodes.size(), 0.0), possibleHeat(f.units.size(), 0.0);
    for (const Rack &rack : site.racks) {
        const int a = f.nodeIndex.value(rack.feedA, -1);
        const int b = rack.isDualFed() ? f.nodeIndex.value(rack.feedB, -1) : -2;
        const size_t k = size_t(&rack - site.racks.data());
        const std::pair<std::vector<int>, std::vector<int>> cooling{ { airUnitsOf.begin() + airStart[k],
                                                                         airUnitsOf.begin() + airStart[k + 1] },
            { liquidUnitsOf.begin() + liquidStart[k], liquidUnitsOf.begin() + liquidStart[k + 1] } };
        if (a < 0 || !f.nodeEnergized[size_t(a)] || b == -1 || (b >= 0 && !f.nodeEnergized[size_t(b)])
            || cooling.first.empty()) {
            f.deadRacks.push_back(&rack);
            continue;
        }
        BinaryKey key;
        key << a << b << cooling.first << cooling.second;
        auto [it, inserted] = supplyByKey.emplace(key.bytes(), int(f.supplies.size()));
        if (inserted) {
            Formulation::Supply supply;
            supply.nodes = upstreamOfNode(a);
            if (b >= 0) {
                const auto &more = upstreamOfNode(b);
                std::vector<int> merged;
                std::set_union(
                    supply.nodes.begin(), supply.nodes.end(), more.begin(), more.end(), std::back_inserter(merged));
                supply.nodes = std::move(merged);
            }
            supply.airUnits = cooling.first;
            supply.liquidUnits = cooling.second;
            f.supplies.push_back(std::move(supply));
        }
        const Formulation::Supply &supply = f.supplies[size_t(it->second)];
        // A rack never draws (or sends as heat) more than its power limit.
        for (int n : supply.nodes)
            possibleLoad[size_t(n)] += rack.powerLimit.value();
        for (int u : supply.airUnits)
            possibleHeat[size_t(u)] += rack.powerLimit.value();
        for (int u : supply.liquidUnits)
            possibleHeat[size_t(u)] += rack.powerLimit.value();
        usable.emplace_back(&rack, it->second);
    }
    constexpr double margin = 1e-6; // kW
    f.nodeCanBind.resize(f.nodes.size());
    for (size_t n = 0; n < f.nodes.size(); ++n)
        f.nodeCanBind[n] = possibleLoad[n] > f.nodeUsableKw[n] + margin;
    f.unitCanBind.resize(f.units.size());
    for (size_t u = 0; u < f.units.size(); ++u)
        f.unitCanBind[u] = possibleHeat[u] > f.unitUsableKw[u] + margin;

    // Thermal limits that can bind: with every usable rack at its power limit (all of it
    // air heat, the most any rack can exhaust), does some inlet pass the limit? Racks whose
    // exhaust reaches such an inlet are kept apart (own group, own terms).
    QHash<const Rack *, std::vector<std::pair<int, double>>> thermalTermsOf;
    if (site.thermal.enabled) {
        const Eigen::SparseMatrix<double> d = recirculationMatrix(site);
        QHash<const Rack *, int> siteIndex;
        for (size_t i = 0; i < site.racks.size(); ++i)
            siteIndex.insert(&site.racks[i], int(i));
        Eigen::VectorXd worst = Eigen::VectorXd::Zero(d.cols());
        std::vector<bool> isUsable(site.racks.size(), false);
        for (const auto &[rack, supplyIndex] : usable) {
            worst[siteIndex.value(rack)] = rack->powerLimit.value();
            isUsable[size_t(siteIndex.value(rack))] = true;
        }
        const Eigen::VectorXd rise = d * worst;
        const double headroom = site.thermal.inletLimit.value() - site.thermal.supply.value();
        const Eigen::SparseMatrix<double, Eigen::RowMajor> byInlet(d);
        for (Eigen::Index i = 0; i < byInlet.rows(); ++i) {
            if (rise[i] <= headroom + margin)
                continue;
            const int row = int(f.thermal.size());
            f.thermal.push_back({ &site.racks[size_t(i)], headroom });
            for (Eigen::SparseMatrix<double, Eigen::RowMajor>::InnerIterator it(byInlet, i); it; ++it)
                if (isUsable[size_t(it.col())] && it.value() > 0)
                    thermalTermsOf[&site.racks[size_t(it.col())]].emplace_back(row, it.value());
        }
    }

    // Group racks that are identical as far as any binding capacity can tell.
    std::unordered_map<std::string, int> groupByKey;
    for (const auto &[rack, supplyIndex] : usable) {
        const Formulation::Supply &supply = f.supplies[size_t(supplyIndex)];
        std::vector<int> nodes, air, liquid;
        std::copy_if(supply.nodes.begin(), supply.nodes.end(), std::back_inserter(nodes),
            [&](int n) { return f.nodeCanBind[size_t(n)]; });
        const bool airFree = std::any_of(
            supply.airUnits.begin(), supply.airUnits.end(), [&](int u) { return !f.unitCanBind[size_t(u)]; });
        const bool liquidFree = std::any_of(
            supply.liquidUnits.begin(), supply.liquidUnits.end(), [&](int u) { return !f.unitCanBind[size_t(u)]; });
        if (!airFree)
            air = supply.airUnits;
        if (!liquidFree)
            liquid = supply.liquidUnits;
        BinaryKey key;
        key << rack->powerLimit.value() << rack->height.value() << rack->weightLimit.value() << int(rack->cooling)
            << int(airFree) << int(liquidFree) << int(!supply.liquidUnits.empty()) << nodes << air << liquid
            << int(rack->pinned.size());
        for (const PinnedSystems &pin : rack->pinned)
            key << pin.model.toString() << pin.count;
        const auto thermalTerms = thermalTermsOf.constFind(rack);
        if (thermalTerms != thermalTermsOf.cend()) // its own group
            key << rack->id.toString();
        auto [it, inserted] = groupByKey.emplace(key.bytes(), int(f.groups.size()));
        if (inserted) {
            RackGroup g;
            g.nodes = std::move(nodes);
            g.airUnits = std::move(air);
            g.liquidUnits = std::move(liquid);
            g.airFree = airFree;
            g.liquidFree = liquidFree;
            g.hasAir = !supply.airUnits.empty();
            g.hasLiquid = !supply.liquidUnits.empty();
            g.pinnedPerRack.assign(f.variants.size(), 0);
            if (thermalTerms != thermalTermsOf.cend())
                g.thermal = *thermalTerms;
            f.groups.push_back(std::move(g));
        }
        f.groups[size_t(it->second)].racks.push_back(rack);
        f.groups[size_t(it->second)].rackSupply.push_back(supplyIndex);
    }

    // Variants allowed per group, pinned contents, patterns (cached by rack limits).
    std::map<QString, PatternList> patternCache;
    for (RackGroup &g : f.groups) {
        const Rack &proto = *g.racks.front();
        g.label = g.racks.size() == 1 ? proto.id.toString()
                                      : QStringLiteral("%1 … %2 (%3 racks)")
                                            .arg(proto.id.toString(), g.racks.back()->id.toString())
                                            .arg(g.racks.size());
        std::vector<int> allowedShapes;
        for (size_t v = 0; v < f.variants.size(); ++v) {
            const Variant &var = f.variants[v];
            const Shape &s = f.shapes[size_t(var.shape)];
            const double lf = var.model->liquidFraction;
            if (s.needsLiquid && proto.cooling != CoolingType::Liquid)
                continue;
            if (lf > 0 && !g.hasLiquid)
                continue;
            if (lf < 1 && !g.hasAir)
                continue;
            g.variants.push_back(int(v));
            if (std::find(allowedShapes.begin(), allowedShapes.end(), var.shape) == allowedShapes.end())
                allowedShapes.push_back(var.shape);
        }
        std::sort(allowedShapes.begin(), allowedShapes.end());
        std::vector<int> required(f.shapes.size(), 0);
        for (const PinnedSystems &pin : proto.pinned) {
            const int v = fullPowerVariant.value(pin.model, -1);
            if (v < 0 || std::find(g.variants.begin(), g.variants.end(), v) == g.variants.end())
                continue; // reported by the solver's pinned check
            g.pinnedPerRack[size_t(v)] += pin.count;
            required[size_t(f.variants[size_t(v)].shape)] += pin.count;
        }
        QString key = QStringLiteral("%1|%2|%3|")
                          .arg(proto.powerLimit.value(), 0, 'g', 17)
                          .arg(proto.height.value())
                          .arg(proto.weightLimit.value(), 0, 'g', 17);
        for (int s : allowedShapes)
            key += QString::number(s) + QLatin1Char(',');
        key += QLatin1Char('|');
        for (int r : required)
            key += QString::number(r) + QLatin1Char(',');
        auto it = patternCache.find(key);
        if (it == patternCache.end())
            it = patternCache
                     .emplace(key,
                         PatternList(
                             std::make_shared<const std::vector<std::vector<int>>>(rackPatterns(f.shapes, allowedShapes,
                                 proto.powerLimit.value(), proto.height.value(), proto.weightLimit.value(), required))))
                     .first;
        g.patterns = it->second;
    }

    // Columns.
    // Columns, group by group (patterns, systems, heat shares), then the lots; columnOf()
    // indexes them by position, so no lookup table is built.
    size_t columnCount = f.lots.size();
    for (const RackGroup &g : f.groups)
        columnCount += g.patterns.size() + g.variants.size() + (g.airUnits.size() > 1 ? g.airUnits.size() : 0)
            + (g.liquidUnits.size() > 1 ? g.liquidUnits.size() : 0);
    f.columns.reserve(columnCount);
    f.systemsColumn.assign(f.groups.size() * f.variants.size(), -1);
    f.groupFirstColumn.reserve(f.groups.size() + 1);
    for (size_t gi = 0; gi < f.groups.size(); ++gi) {
        const RackGroup &g = f.groups[gi];
        const int gid = int(gi);
        f.groupFirstColumn.push_back(int(f.columns.size()));
        for (size_t p = 0; p < g.patterns.size(); ++p)
            f.columns.push_back({ ColumnKind::Pattern, gid, int(p), true, 0, double(g.racks.size()) });
        for (int v : g.variants) {
            f.systemsColumn[gi * f.variants.size() + size_t(v)] = int(f.columns.size());
            f.columns.push_back(
                { ColumnKind::Systems, gid, v, true, double(g.pinnedPerRack[size_t(v)]) * double(g.racks.size()), -1 });
        }
        if (g.airUnits.size() > 1)
            for (int u : g.airUnits)
                f.columns.push_back({ ColumnKind::HeatShare, gid, u, false, 0, -1 });
        if (g.liquidUnits.size() > 1)
            for (int u : g.liquidUnits)
                f.columns.push_back({ ColumnKind::HeatShare, gid, u, false, 0, -1 });
    }
    f.groupFirstColumn.push_back(int(f.columns.size())); // also the first lot column
    for (size_t l = 0; l < f.lots.size(); ++l)
        f.columns.push_back({ ColumnKind::LotUse, -1, int(l), true, 0, double(f.lots[l].available) });

    // Rows.
    auto addRow = [&](RowInfo r) {
        f.rows.push_back(std::move(r));
        return int(f.rows.size() - 1);
    };
    auto put = [&](int row, int column, double value) {
        if (column >= 0 && value != 0)
            f.entries.emplace_back(row, column, value);
    };
    {
        // Every entry counted ahead, so the 3-million-entry vector of a 5 GW site grows once.
        size_t count = f.lots.size();
        for (const RackGroup &g : f.groups) {
            for (const auto &pattern : g.patterns)
                count += 1 + size_t(std::count_if(pattern.begin(), pattern.end(), [](int n) { return n != 0; }));
            count += g.variants.size()
                * (3 + g.nodes.size() + 2 * (g.airUnits.size() + g.liquidUnits.size()) + g.thermal.size());
        }
        f.entries.reserve(count);
    }
    std::vector<std::vector<std::pair<int, double>>> nodeTerms(f.nodes.size()), unitTerms(f.units.size()),
        thermalTerms(f.thermal.size());
    for (size_t gi = 0; gi < f.groups.size(); ++gi) {
        const RackGroup &g = f.groups[gi];
        const int gid = int(gi);
        const int count = addRow(
            { RowKind::GroupCount, gid, -1, double(g.racks.size()), false, QStringLiteral("racks_g%1").arg(gid) });
        for (size_t p = 0; p < g.patterns.size(); ++p)
            put(count, f.columnOf(ColumnKind::Pattern, gid, int(p)), 1);
        std::vector<int> shapesHere;
        for (int v : g.variants)
            if (std::find(shapesHere.begin(), shapesHere.end(), f.variants[size_t(v)].shape) == shapesHere.end())
                shapesHere.push_back(f.variants[size_t(v)].shape);
        for (int s : shapesHere) {
            const int row
                = addRow({ RowKind::ShapeLink, gid, s, 0, false, QStringLiteral("slots_g%1_s%2").arg(gid).arg(s) });
            for (int v : g.variants)
                if (f.variants[size_t(v)].shape == s)
                    put(row, f.columnOf(ColumnKind::Systems, gid, v), 1);
            for (size_t p = 0; p < g.patterns.size(); ++p)
                put(row, f.columnOf(ColumnKind::Pattern, gid, int(p)), -g.patterns[p][size_t(s)]);
        }
        for (int v : g.variants) {
            const int col = f.columnOf(ColumnKind::Systems, gid, v);
            const Variant &var = f.variants[size_t(v)];
            for (int n : g.nodes)
                nodeTerms[size_t(n)].emplace_back(col, var.powerKw);
            const double air = var.powerKw * (1 - var.model->liquidFraction);
            const double liquid = var.powerKw * var.model->liquidFraction;
            if (g.airUnits.size() == 1)
                unitTerms[size_t(g.airUnits.front())].emplace_back(col, air);
            if (g.liquidUnits.size() == 1)
                unitTerms[size_t(g.liquidUnits.front())].emplace_back(col, liquid);
            for (const auto &[t, coefficient] : g.thermal)
                thermalTerms[size_t(t)].emplace_back(col, coefficient * air);
        }
        for (const auto *units : { &g.airUnits, &g.liquidUnits }) {
            if (units->size() < 2)
                continue;
            const bool liquid = units == &g.liquidUnits;
            const int row = addRow({ RowKind::HeatSplit, gid, liquid ? 1 : 0, 0, true,
                QStringLiteral("heat_g%1_%2")
                    .arg(gid)
                    .arg(liquid ? QStringLiteral("liquid") : QStringLiteral("air")) });
            for (int u : *units) {
                const int col = f.columnOf(ColumnKind::HeatShare, gid, u);
                put(row, col, 1);
                unitTerms[size_t(u)].emplace_back(col, 1.0);
            }
            for (int v : g.variants) {
                const Variant &var = f.variants[size_t(v)];
                const double share = liquid ? var.model->liquidFraction : 1 - var.model->liquidFraction;
                put(row, f.columnOf(ColumnKind::Systems, gid, v), -var.powerKw * share);
            }
        }
    }
    for (size_t m = 0; m < f.models.size(); ++m) {
        const int row = addRow(
            { RowKind::LotLink, int(m), -1, 0, true, QStringLiteral("fleet_%1").arg(f.models[m]->id.toString()) });
        for (size_t l = 0; l < f.lots.size(); ++l)
            if (f.lots[l].model == f.models[m])
                put(row, f.columnOf(ColumnKind::LotUse, -1, int(l)), 1);
        for (size_t gi = 0; gi < f.groups.size(); ++gi)
            for (int v : f.groups[gi].variants)
                if (f.variants[size_t(v)].model == f.models[m])
                    put(row, f.columnOf(ColumnKind::Systems, int(gi), v), -1);
    }
    for (size_t n = 0; n < f.nodes.size(); ++n) {
        if (nodeTerms[n].empty())
            continue;
        const int row = addRow({ RowKind::PowerNode, int(n), -1, f.nodeUsableKw[n], false,
            QStringLiteral("power_%1").arg(f.nodes[n].id.toString()) });
        for (const auto &[col, kw] : nodeTerms[n])
            put(row, col, kw);
    }
    for (size_t u = 0; u < f.units.size(); ++u) {
        if (unitTerms[u].empty())
            continue;
        const int row = addRow({ RowKind::CoolingUnit, int(u), -1, f.unitUsableKw[u], false,
            QStringLiteral("cooling_%1").arg(f.units[u]->id.toString()) });
        for (const auto &[col, kw] : unitTerms[u])
            put(row, col, kw);
    }
    for (size_t t = 0; t < f.thermal.size(); ++t) {
        const int row = addRow({ RowKind::Thermal, int(t), -1, f.thermal[t].headroomC, false,
            QStringLiteral("inlet_%1").arg(f.thermal[t].rack->id.toString()) });
        for (const auto &[col, c] : thermalTerms[t])
            put(row, col, c);
    }
    return f;
}

} // namespace warmshell::solver
