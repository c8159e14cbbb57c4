// SPDX-License-Identifier: GPL-3.0-or-later
#include "perrackbuilder.h"

#include "catalog.h"
#include "finance/depreciation.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cctype>
#include <limits>
#include <map>
#include <vector>

namespace warmshell {

namespace {

using ModelRow = PerRackModel::Row;
using ModelColumn = PerRackModel::Column;

// A name GLPK writes unchanged in both CPLEX LP and free MPS: letters, digits, '_' and '.'
// only, unique within its kind (a suffix is added on a clash).
class Names
{
public:
    QByteArray take(const QString &wanted)
    {
        QByteArray name;
        name.reserve(wanted.size());
        for (const QChar c : wanted) {
            const char l = c.toLatin1();
            name += (std::isalnum(static_cast<unsigned char>(l)) || l == '_' || l == '.') && l != 0 ? l : '_';
        }
        if (name.isEmpty() || std::isdigit(static_cast<unsigned char>(name.front())) || name.front() == '.')
            name.prepend('n');
        QByteArray unique = name;
        for (int k = 2; m_used.contains(unique); ++k)
            unique = name + '_' + QByteArray::number(k);
        m_used.insert(unique);
        return unique;
    }

private:
    QSet<QByteArray> m_used;
};

struct VariantInfo
{
    const SystemModel *model = nullptr;
    int modelIndex = 0; // the pool: one model of one owner
    double kw = 0;
    double performance = 1;
    bool fullPower = true;
    double failKw = 0; // kW left per system after a failure's runbook (reserve policy), else kw
};

// Nodes commissioned by `date` and fed from a commissioned source through commissioned nodes.
std::vector<bool> energizedAt(const PowerChain::Graph &g, const QDate &date)
{
    std::vector<bool> on(boost::num_vertices(g), false);
    std::vector<PowerChain::Vertex> stack;
    for (auto v : boost::make_iterator_range(boost::vertices(g)))
        if (isSource(g[v].kind) && g[v].isCommissionedBy(date)) {
            on[v] = true;
            stack.push_back(v);
        }
    while (!stack.empty()) {
        const auto v = stack.back();
        stack.pop_back();
        for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
            const auto w = boost::target(e, g);
            if (!on[w] && !isSource(g[w].kind) && g[w].isCommissionedBy(date)) {
                on[w] = true;
                stack.push_back(w);
            }
        }
    }
    return on;
}

// Per node: the largest factor by which a kW carried at `from` weighs on it (1 at `from`, × 1 /
// efficiency for each node passed going up), 0 where it does not reach. Relaxes every edge
// until nothing grows (at most as many rounds as nodes; the chain is acyclic).
std::vector<double> factorsFrom(const PowerChain::Graph &g, PowerChain::Vertex from, const std::vector<bool> &on)
{
    std::vector<double> factor(boost::num_vertices(g), 0.0);
    factor[from] = 1;
    for (size_t round = 0; round < factor.size(); ++round) {
        bool grew = false;
        for (auto e : boost::make_iterator_range(boost::edges(g))) {
            const auto up = boost::source(e, g), down = boost::target(e, g);
            const double passed = factor[down] / g[down].efficiency;
            if (on[up] && factor[down] > 0 && passed > factor[up]) {
                factor[up] = passed;
                grew = true;
            }
        }
        if (!grew)
            break;
    }
    return factor;
}

// What one rack puts on each node per kW: of its systems, of its air heat, of its liquid heat.
struct RackWeights
{
    std::vector<double> it, air, liquid; // per power node
};

// A rack's live cooling units, by medium (indices into Site::coolingUnits).
using RackCooling = std::pair<std::vector<int>, std::vector<int>>; // (air, liquid)
// A rack's columns: (column, variant).
using RackColumns = std::vector<std::pair<int, int>>;

// Builds the per-rack model at the date, step by step: rows and columns come out in the order
// the written file lists them (per rack: its limits and heat splits; then power nodes, cooling
// units, inlets and the fleet).
class PerRackBuilder
{
public:
    PerRackBuilder(const Project &project, const Catalog &catalog, const SolveOptions &options)
        : m_project(project), m_catalog(catalog), m_options(options), m_site(project.site),
          m_date(options.date.isValid() ? options.date : m_site.planStart),
          m_objective(options.objectives.empty() ? Objective::Compute : options.objectives.front()),
          m_graph(m_site.power.graph())
    {
    }

    PerRackModel build()
    {
        collectReservations();
        collectClusterDomains();
        collectLots();
        collectVariants();
        weighTiers();
        collectSupplies();
        for (const Rack &rack : m_site.racks)
            addRack(rack);
        addPowerNodeRows();
        addCoolingUnitRows();
        addThermalRows();
        addFleetRows();
        addQuotaRows();
        addClusterRows();
        summarise();
        return std::move(m_built);
    }

private:
    int addColumn(ModelColumn c)
    {
        m_built.columns.push_back(std::move(c));
        return int(m_built.columns.size()) - 1;
    }

    // The objective coefficient of one system of `v`.
    double valueOf(const VariantInfo &v) const
    {
        switch (m_objective) {
        case Objective::Compute:
            return v.model->gpusPerSystem * v.model->tflopsPerGpu(m_options.precision).value() * v.performance;
        case Objective::Gpus:
            return double(v.model->gpusPerSystem);
        case Objective::IdleCost:
            return 0.0;
        }
        return 0.0;
    }

    // Tenants: the owner of every reserved rack (its own list first, then its hall's), and each
    // tenant's priority.
    void collectReservations()
    {
        QHash<HallId, TenantId> hallOwner;
        for (const Tenant &t : m_project.tenants) {
            m_priority.insert(t.id, t.priority);
            for (const RackId &r : t.reservedRacks)
                m_rackOwner.insert(r, t.id);
            for (const HallId &h : t.reservedHalls)
                hallOwner.insert(h, t.id);
        }
        QHash<RowId, HallId> hallOfRow;
        for (const Row &row : m_site.rows)
            hallOfRow.insert(row.id, row.hall);
        for (const Rack &rack : m_site.racks)
            if (const auto owner = hallOwner.constFind(hallOfRow.value(rack.row));
                owner != hallOwner.cend() && !m_rackOwner.contains(rack.id))
                m_rackOwner.insert(rack.id, *owner);
    }

    // Lots available at the date and their pools (model, owner), in fleet order.
    void collectLots()
    {
        for (const FleetLot &lot : m_project.fleet) {
            const SystemModel *m = m_project.model(lot.model, m_catalog);
            if (!m || !lot.delivered.isValid() || lot.delivered > m_date
                || (lot.retire.isValid() && lot.retire <= m_date))
                continue;
            size_t pool = 0;
            while (pool < m_models.size() && !(m_models[pool] == m && m_poolOwner[pool] == lot.tenant))
                ++pool;
            auto it = m_models.begin() + qsizetype(pool);
            if (pool == m_models.size()) {
                m_models.push_back(m);
                m_poolOwner.push_back(lot.tenant);
                m_lotsOfModel.emplace_back();
                it = m_models.end() - 1;
            }
            const double monthly = monthlyDepreciation(lot.depreciation, lot.unitCost, lot.delivered, m_date).value();
            const int loose = lot.count - takeForClusters(lot, monthly);
            m_lotsOfModel[size_t(it - m_models.begin())].emplace_back(loose, monthly);
            m_totalDepreciation += lot.count * monthly;
        }
        m_poolCluster.assign(m_models.size(), -1);
        addClusterPools();
        m_columnsOfModel.resize(m_models.size());
    }

    // Clusters: per cluster (project order) the domain of each rack it may use, by its scope: the
    // rack's hall (through its row), its row, or the first of its declared fabric domains that
    // lists the rack.
    void collectClusterDomains()
    {
        QHash<RowId, HallId> hallOfRow;
        for (const Row &row : m_site.rows)
            hallOfRow.insert(row.id, row.hall);
        for (const Cluster &c : m_project.clusters) {
            QHash<RackId, QString> domainOf;
            if (c.scope == ClusterScope::FabricDomain) {
                for (const FabricDomain &d : m_project.fabricDomains)
                    if (c.fabricDomains.empty()
                        || std::find(c.fabricDomains.begin(), c.fabricDomains.end(), d.id) != c.fabricDomains.end())
                        for (const RackId &r : d.racks)
                            if (!domainOf.contains(r))
                                domainOf.insert(r, d.id.toString());
            } else {
                for (const Rack &rack : m_site.racks)
                    if (hallOfRow.contains(rack.row))
                        domainOf.insert(rack.id,
                            c.scope == ClusterScope::Row ? rack.row.toString() : hallOfRow.value(rack.row).toString());
            }
            m_clusterDomainOf.push_back(std::move(domainOf));
        }
        m_clusterColumns.resize(m_project.clusters.size());
        m_clusterShare.assign(m_project.clusters.size(), 0);
        m_clusterLots.resize(m_project.clusters.size());
    }

    // Systems of `lot` (available at the date) set aside for clusters, in project order, each
    // cluster taking from its lot, or from its owner's lots of its model in fleet order, until it
    // has its size; returns how many.
    int takeForClusters(const FleetLot &lot, double monthly)
    {
        int left = lot.count;
        for (size_t c = 0; c < m_project.clusters.size() && left > 0; ++c) {
            const Cluster &cluster = m_project.clusters[c];
            const bool fromLot = cluster.lot.isNull() ? lot.model == cluster.model && lot.tenant == cluster.tenant
                                                      : lot.id == cluster.lot;
            const int take = fromLot ? std::min(left, cluster.systems - m_clusterShare[c]) : 0;
            if (take <= 0)
                continue;
            left -= take;
            m_clusterShare[c] += take;
            m_clusterLots[c].emplace_back(take, monthly);
        }
        return lot.count - left;
    }

    // One pool per cluster whose model resolves: its model, its owner, its set-aside systems.
    void addClusterPools()
    {
        for (size_t c = 0; c < m_project.clusters.size(); ++c) {
            const Cluster &cluster = m_project.clusters[c];
            SystemModelId modelId = cluster.model;
            TenantId owner = cluster.tenant;
            for (const FleetLot &lot : m_project.fleet)
                if (!cluster.lot.isNull() && lot.id == cluster.lot) {
                    modelId = lot.model;
                    owner = lot.tenant;
                }
            const SystemModel *m = m_project.model(modelId, m_catalog);
            if (!m)
                continue;
            m_models.push_back(m);
            m_poolOwner.push_back(owner);
            m_poolCluster.push_back(int(c));
            m_lotsOfModel.push_back(m_clusterLots[c]);
        }
    }

    // Full power and every operating point of each model.
    void collectVariants()
    {
        for (size_t mi = 0; mi < m_models.size(); ++mi) {
            const SystemModel *m = m_models[mi];
            const double capKw = powerOnFailure(*m);
            m_variants.push_back({ m, int(mi), m->power.value(), 1.0, true, std::min(m->power.value(), capKw) });
            for (const OperatingPoint &op : m->operatingPoints) {
                const double kw = m->power.value() * op.powerFraction;
                m_variants.push_back({ m, int(mi), kw, op.performanceFraction, false, std::min(kw, capKw) });
            }
        }
    }

    // Lexicographic tiers as one objective: each pool's columns weigh its tier's weight, the
    // operator's own tier 1 and every higher tier 1 + what all tiers below it can reach at
    // most (every available system at its best value), so one more unit of a higher tier
    // outweighs any gain below it — the file's optimum is the lexicographic one whenever the
    // tiers' values are whole numbers (GPUs, catalog TFLOPS, whole currency units).
    void weighTiers()
    {
        m_poolWeight.assign(m_models.size(), 1.0);
        if (m_project.tenants.empty())
            return;
        std::vector<std::pair<double, size_t>> byPriority; // (rank: priority, or −∞ for own; pool)
        for (size_t p = 0; p < m_models.size(); ++p)
            byPriority.emplace_back(m_poolOwner[p].isNull() ? -std::numeric_limits<double>::infinity()
                                                            : double(m_priority.value(m_poolOwner[p])),
                p);
        std::sort(byPriority.begin(), byPriority.end());
        double below = 0; // most the tiers under the current one can reach, weighted
        for (size_t i = 0; i < byPriority.size();) {
            size_t j = i;
            double tierMost = 0;
            for (; j < byPriority.size() && byPriority[j].first == byPriority[i].first; ++j)
                tierMost += mostOfPool(byPriority[j].second);
            const double weight = 1 + below;
            for (size_t k = i; k < j; ++k)
                m_poolWeight[byPriority[k].second] = weight;
            below += weight * tierMost;
            i = j;
        }
    }

    // The most one pool adds to the unweighted objective: every available system at its best.
    double mostOfPool(size_t pool) const
    {
        double best = 0, available = 0, depreciation = 0;
        for (const VariantInfo &v : m_variants)
            if (size_t(v.modelIndex) == pool)
                best = std::max(best, valueOf(v));
        for (const auto &[count, monthly] : m_lotsOfModel[pool]) {
            available += count;
            depreciation += count * monthly;
        }
        return m_objective == Objective::IdleCost ? std::ceil(depreciation) : best * available;
    }

    // kW per system of `m` a failure may leave running: unlimited when critical (or the site's
    // reserve policy is off); an interruptible model's (its first interruptible lot's) cap
    // point's power, or 0 when shed.
    double powerOnFailure(const SystemModel &m) const
    {
        if (!m_site.allowInterruptibleOnReserve)
            return std::numeric_limits<double>::infinity();
        for (const FleetLot &lot : m_project.fleet)
            if (lot.model == m.id && lot.loadClass == LoadClass::Interruptible) {
                for (const OperatingPoint &op : m.operatingPoints)
                    if (op.name == lot.cappedTo && !lot.cappedTo.isEmpty())
                        return m.power.value() * op.powerFraction;
                return 0.0;
            }
        return std::numeric_limits<double>::infinity();
    }

    // Whether node vertex `n` may use its redundancy reserve: the site's policy is on and the
    // node has more than one installed module.
    bool onReserve(size_t n) const
    {
        return m_site.allowInterruptibleOnReserve && m_graph[PowerChain::Vertex(n)].redundancy.installedModules() > 1;
    }

    // kW node `n` may carry in normal operation: its usable capacity, or with the reserve policy
    // on a redundant node its installed capacity × derating.
    double normalCapacityKw(size_t n) const
    {
        const PowerNode &node = m_graph[PowerChain::Vertex(n)];
        return onReserve(n) ? node.installedCapacity(m_date).value() * node.derating
                            : node.usableCapacity(m_date).value();
    }

    // Power nodes and cooling units at the date.
    void collectSupplies()
    {
        m_on = energizedAt(m_graph, m_date);
        m_nodeTerms.resize(m_on.size());
        m_reserveTerms.resize(m_on.size());
        collectFixedLoads();
        collectMeasuredCredits();
        m_unitTerms.resize(m_site.coolingUnits.size());
        m_airHeatTerms.resize(m_site.racks.size());
        for (size_t u = 0; u < m_site.coolingUnits.size(); ++u) {
            const CoolingUnit &unit = m_site.coolingUnits[u];
            if (!unitLive(unit))
                continue;
            for (const RackId &r : unit.serves) {
                auto &entry = m_unitsOf[r];
                (heatMedium(unit.kind) == HeatMedium::Liquid ? entry.second : entry.first).push_back(int(u));
            }
        }
    }

    // Commissioned by the date and, with a feed, fed by an energized node; a room unit also
    // needs its plant (rejectsTo) live.
    bool unitLive(const CoolingUnit &unit) const
    {
        if ((!unit.commissioned.isNull() && unit.commissioned > m_date) || unit.isOutAt(m_date))
            return false;
        const auto feed = unit.feed.isNull() ? std::nullopt : m_site.power.vertexOf(unit.feed);
        if (!unit.feed.isNull() && !(feed && m_on[*feed]))
            return false;
        const CoolingUnit *plant = plantOf(unit);
        return !plant || unitLive(*plant);
    }

    // The plant unit a room unit rejects its heat to, or null.
    const CoolingUnit *plantOf(const CoolingUnit &unit) const
    {
        if (isPlant(unit.kind) || unit.rejectsTo.isNull())
            return nullptr;
        const CoolingUnit *plant = m_site.coolingUnit(unit.rejectsTo);
        return plant && isPlant(plant->kind) ? plant : nullptr;
    }

    // A plant unit's condition over the months the solve covers (hot days).
    PlantCondition conditionOf(const CoolingUnit &unit) const
    {
        return isPlant(unit.kind) ? plantCondition(unit, monthsCovered(m_date, m_options.climateThrough))
                                  : PlantCondition{};
    }

    // Factors from the node `id` (energized) up, or none.
    std::vector<double> factorsOf(const PowerNodeId &id) const
    {
        const auto v = id.isNull() ? std::nullopt : m_site.power.vertexOf(id);
        return v && m_on[*v] ? factorsFrom(m_graph, *v, m_on) : std::vector<double>(m_on.size(), 0.0);
    }

    // House loads of energized nodes and fixed draws of live units, carried up: m_fixedKw.
    void collectFixedLoads()
    {
        m_fixedKw.assign(m_on.size(), 0.0);
        auto carry = [&](const PowerNodeId &at, double kw) {
            if (kw <= 0)
                return;
            const std::vector<double> factor = factorsOf(at);
            for (size_t n = 0; n < factor.size(); ++n)
                m_fixedKw[n] += kw * factor[n];
        };
        for (auto v : boost::make_iterator_range(boost::vertices(m_graph)))
            if (m_on[v])
                carry(m_graph[v].id, m_graph[v].houseLoad(m_date).value());
        for (const CoolingUnit &unit : m_site.coolingUnits)
            if (unitLive(unit))
                carry(unit.feed, unit.drawKw);
    }

    // Measured diversity (Site::measuredDiversity): per node above the rack level, the kW the
    // measured racks' pinned systems free when counted at measured peak × (1 + margin) instead
    // of nameplate, each rack weighted by its larger feed factor; summed per node, never
    // negative: m_creditKw (zeros with the policy off).
    void collectMeasuredCredits()
    {
        m_creditKw.assign(m_on.size(), 0.0);
        if (!m_site.measuredDiversity.enabled)
            return;
        std::vector<double> sum(m_on.size(), 0.0);
        for (const auto &[rackId, peakKw] : m_options.measuredRackPeakKw) {
            const Rack *rack = m_site.rack(rackId);
            if (!rack)
                continue;
            double nameplate = 0;
            for (const PinnedSystems &pin : rack->pinned)
                if (const SystemModel *m = m_project.model(pin.model, m_catalog))
                    nameplate += m->power.value() * pin.count;
            const double freed = nameplate - peakKw * (1 + m_site.measuredDiversity.margin);
            const std::vector<double> a = factorsOf(rack->feedA);
            const std::vector<double> b = rack->isDualFed() ? factorsOf(rack->feedB) : std::vector<double>(a.size());
            for (size_t n = 0; n < sum.size(); ++n)
                sum[n] += std::max(a[n], b[n]) * freed;
        }
        for (auto v : boost::make_iterator_range(boost::vertices(m_graph)))
            if (m_on[v] && countsMeasuredDiversity(m_graph[v].kind))
                m_creditKw[v] = std::max(0.0, sum[v]);
    }

    // kW node `n` leaves for racks and their cooling in normal operation: its normal capacity
    // less its fixed load, plus its measured-diversity credit.
    double availableKw(size_t n) const { return normalCapacityKw(n) - m_fixedKw[n] + m_creditKw[n]; }

    // The rack's weights on every node: its feeds' factors (the larger of A and B), and each
    // live unit's draw per kW of its medium's heat, the heat shared equally by those units.
    RackWeights rackWeights(const PowerChain::Vertex a, std::optional<PowerChain::Vertex> b, const RackCooling &cooling)
    {
        RackWeights w{ factorsFrom(m_graph, a, m_on), std::vector<double>(m_on.size(), 0.0),
            std::vector<double>(m_on.size(), 0.0) };
        if (b) {
            const std::vector<double> other = factorsFrom(m_graph, *b, m_on);
            for (size_t n = 0; n < other.size(); ++n)
                w.it[n] = std::max(w.it[n], other[n]);
        }
        for (const bool liquid : { false, true }) {
            const std::vector<int> &units = liquid ? cooling.second : cooling.first;
            for (int u : units) {
                const CoolingUnit &unit = m_site.coolingUnits[size_t(u)];
                const CoolingUnit *plant = plantOf(unit);
                for (const CoolingUnit *drawing : { &unit, plant }) { // the unit, then its plant
                    if (!drawing)
                        continue;
                    const double perKw = drawing->drawKwPerKw * conditionOf(*drawing).drawFactor;
                    const std::vector<double> factor = factorsOf(drawing->feed);
                    for (size_t n = 0; n < factor.size(); ++n)
                        (liquid ? w.liquid : w.air)[n] += perKw / double(units.size()) * factor[n];
                }
            }
        }
        return w;
    }

    // Whether the rack's load reaches a node its fixed load alone overloads (then nothing runs).
    bool reachesOverloadedNode(const RackWeights &w) const
    {
        for (size_t n = 0; n < m_on.size(); ++n)
            if ((w.it[n] > 0 || w.air[n] > 0 || w.liquid[n] > 0) && availableKw(n) < -1e-6)
                return true;
        return false;
    }

    // A rack with live power and air cooling: its columns, its own rows, and its terms in the
    // power node, cooling and inlet rows.
    void addRack(const Rack &rack)
    {
        const auto a = m_site.power.vertexOf(rack.feedA);
        const auto b = rack.isDualFed() ? m_site.power.vertexOf(rack.feedB) : std::nullopt;
        const RackCooling cooling = m_unitsOf.value(rack.id);
        if (!a || !m_on[*a] || (rack.isDualFed() && (!b || !m_on[*b])) || cooling.first.empty())
            return; // no live power or air cooling: nothing runs here
        const RackWeights weights = rackWeights(*a, b, cooling);
        if (reachesOverloadedNode(weights))
            return;
        ++m_built.summary.racks;
        const QString rid = rack.id.toString();
        const RackColumns cols = addRackColumns(rack, rid, cooling);
        if (cols.empty())
            return;
        addRackLimitRows(rack, rid, cols);
        addNodeTerms(weights, cols);
        addAirHeatTerms(size_t(&rack - m_site.racks.data()), cols);
        addCoolingTerms(rid, cooling, cols);
    }

    // One integer column per variant the rack can hold; pinned systems as lower bounds.
    RackColumns addRackColumns(const Rack &rack, const QString &rid, const RackCooling &cooling)
    {
        RackColumns cols;
        for (size_t vi = 0; vi < m_variants.size(); ++vi) {
            const VariantInfo &v = m_variants[vi];
            const double lf = v.model->liquidFraction;
            if ((v.model->cooling == CoolingType::Liquid && rack.cooling != CoolingType::Liquid)
                || (lf > 0 && cooling.second.empty()) || (lf < 1 && cooling.first.empty()))
                continue;
            const TenantId owner = m_poolOwner[size_t(v.modelIndex)];
            const auto reservedFor = m_rackOwner.constFind(rack.id);
            if (reservedFor != m_rackOwner.cend() && *reservedFor != owner)
                continue; // a reserved rack holds its tenant's systems only
            const int cluster = m_poolCluster[size_t(v.modelIndex)];
            if (cluster >= 0 && !m_clusterDomainOf[size_t(cluster)].contains(rack.id))
                continue; // a cluster's systems stand in its domains only
            ModelColumn c;
            c.name = m_columnNames.take(QStringLiteral("x_%1_v%2").arg(rid).arg(vi));
            c.objective = valueOf(v) * m_poolWeight[size_t(v.modelIndex)];
            const bool ownersPin
                = cluster < 0 && (reservedFor == m_rackOwner.cend() ? owner.isNull() : *reservedFor == owner);
            if (v.fullPower && ownersPin)
                for (const PinnedSystems &pin : rack.pinned)
                    if (pin.model == v.model->id)
                        c.lower += pin.count;
            const int col = addColumn(std::move(c));
            cols.emplace_back(col, int(vi));
            m_columnsOfModel[size_t(v.modelIndex)].push_back(col);
            m_columnVariant.emplace_back(col, int(vi));
            if (cluster >= 0)
                m_clusterColumns[size_t(cluster)][m_clusterDomainOf[size_t(cluster)].value(rack.id)].push_back(col);
        }
        return cols;
    }

    // Rack power, space (whole-rack systems take all of it, so they stand alone), weight.
    void addRackLimitRows(const Rack &rack, const QString &rid, const RackColumns &cols)
    {
        ModelRow power{ m_rowNames.take(QStringLiteral("rackpower_%1").arg(rid)), false, rack.powerLimit.value(), {} };
        ModelRow space{ m_rowNames.take(QStringLiteral("rackspace_%1").arg(rid)), false, double(rack.height.value()),
            {} };
        ModelRow weight{ m_rowNames.take(QStringLiteral("rackweight_%1").arg(rid)), false, rack.weightLimit.value(),
            {} };
        for (const auto &[col, vi] : cols) {
            const VariantInfo &v = m_variants[size_t(vi)];
            power.terms.emplace_back(col, v.kw);
            const double u = v.model->wholeRack ? double(rack.height.value()) : double(v.model->height.value());
            if (u != 0)
                space.terms.emplace_back(col, u);
            if (v.model->weight.value() != 0)
                weight.terms.emplace_back(col, v.model->weight.value());
        }
        for (ModelRow *r : { &power, &space, &weight })
            if (!r->terms.empty())
                m_built.rows.push_back(std::move(*r));
    }

    // Power nodes: per column, its kW × the rack's weight on the node for systems, air heat and
    // liquid heat (losses and cooling draw included).
    void addNodeTerms(const RackWeights &w, const RackColumns &cols)
    {
        for (size_t n = 0; n < m_on.size(); ++n)
            for (const auto &[col, vi] : cols) {
                const VariantInfo &v = m_variants[size_t(vi)];
                const double lf = v.model->liquidFraction;
                const double kw = v.kw * (w.it[n] + (1 - lf) * w.air[n] + lf * w.liquid[n]);
                if (kw != 0)
                    m_nodeTerms[n].emplace_back(col, kw);
                // One module failed: capping frees the IT kW of systems whose load reaches
                // the node (not the losses and cooling draw, as the runbook counts it).
                const double freed = w.it[n] > 0 ? v.kw - v.failKw : 0.0;
                if (onReserve(n) && kw - freed != 0)
                    m_reserveTerms[n].emplace_back(col, kw - freed);
            }
    }

    // The rack's air heat, for the inlet rows.
    void addAirHeatTerms(size_t rackIndex, const RackColumns &cols)
    {
        for (const auto &[col, vi] : cols) {
            const VariantInfo &v = m_variants[size_t(vi)];
            if (const double air = v.kw * (1 - v.model->liquidFraction); air != 0)
                m_airHeatTerms[rackIndex].emplace_back(col, air);
        }
    }

    // Cooling: one unit of a medium takes the heat directly; several share it.
    void addCoolingTerms(const QString &rid, const RackCooling &cooling, const RackColumns &cols)
    {
        for (const bool liquid : { false, true }) {
            const std::vector<int> &units = liquid ? cooling.second : cooling.first;
            if (units.empty())
                continue;
            std::vector<std::pair<int, double>> heat;
            for (const auto &[col, vi] : cols) {
                const VariantInfo &v = m_variants[size_t(vi)];
                const double share = liquid ? v.model->liquidFraction : 1 - v.model->liquidFraction;
                if (v.kw * share != 0)
                    heat.emplace_back(col, v.kw * share);
            }
            if (heat.empty())
                continue;
            if (units.size() == 1) {
                auto &t = m_unitTerms[size_t(units.front())];
                t.insert(t.end(), heat.begin(), heat.end());
                continue;
            }
            addHeatSplit(rid, liquid, units, heat);
        }
    }

    // The heat of one medium shared by several units: a continuous column per unit, summing to it.
    void addHeatSplit(
        const QString &rid, bool liquid, const std::vector<int> &units, const std::vector<std::pair<int, double>> &heat)
    {
        ModelRow split{
            m_rowNames.take(
                QStringLiteral("heat_%1_%2").arg(rid, liquid ? QStringLiteral("liquid") : QStringLiteral("air"))),
            true, 0, {}
        };
        for (int u : units) {
            const int h = addColumn(
                { m_columnNames.take(QStringLiteral("h_%1_%2").arg(rid, m_site.coolingUnits[size_t(u)].id.toString())),
                    false, 0, -1, 0 });
            split.terms.emplace_back(h, 1.0);
            m_unitTerms[size_t(u)].emplace_back(h, 1.0);
        }
        for (const auto &[col, kw] : heat)
            split.terms.emplace_back(col, -kw);
        m_built.rows.push_back(std::move(split));
    }

    void addPowerNodeRows()
    {
        const std::vector<PowerNode> nodes = m_site.power.nodes(); // vertex order
        for (size_t n = 0; n < m_nodeTerms.size(); ++n) {
            if (!m_nodeTerms[n].empty())
                m_built.rows.push_back({ m_rowNames.take(QStringLiteral("power_%1").arg(nodes[n].id.toString())), false,
                    std::max(0.0, availableKw(n)), std::move(m_nodeTerms[n]) });
            // Reserve policy: with one module failed, the other modules × derating carry the
            // critical systems and the interruptible ones at their caps.
            if (!m_reserveTerms[n].empty())
                m_built.rows.push_back(
                    { m_rowNames.take(QStringLiteral("reserve_%1").arg(nodes[n].id.toString())), false,
                        std::max(0.0,
                            nodes[n].moduleCapacity(m_date).value() * (nodes[n].redundancy.installedModules() - 1)
                                    * nodes[n].derating
                                - m_fixedKw[n]),
                        std::move(m_reserveTerms[n]) });
        }
    }

    // Room units, then plant units: a plant's row sums the heat terms of the room units that
    // reject to it, column by column, within its capacity at its worst month.
    void addCoolingUnitRows()
    {
        const std::vector<CoolingUnit> &units = m_site.coolingUnits;
        std::vector<std::map<int, double>> plantTerms(units.size());
        for (size_t u = 0; u < units.size(); ++u)
            if (const CoolingUnit *plant = plantOf(units[u]))
                for (const auto &[col, kw] : m_unitTerms[u])
                    plantTerms[size_t(plant - units.data())][col] += kw;
        for (size_t u = 0; u < units.size(); ++u) {
            for (const auto &[col, kw] : plantTerms[u])
                m_unitTerms[u].emplace_back(col, kw);
            if (!m_unitTerms[u].empty())
                m_built.rows.push_back({ m_rowNames.take(QStringLiteral("cooling_%1").arg(units[u].id.toString())),
                    false, units[u].usableCapacity(m_date).value() * conditionOf(units[u]).capacityFactor,
                    std::move(m_unitTerms[u]) });
        }
    }

    // Thermal model: every rack's inlet rise Σ_j D[i][j] · air heat of j within limit − supply.
    void addThermalRows()
    {
        if (!m_site.thermal.enabled)
            return;
        const Eigen::SparseMatrix<double, Eigen::RowMajor> d(recirculationMatrix(m_site));
        const double headroom = m_site.thermal.inletLimit.value() - m_site.thermal.supply.value();
        for (Eigen::Index i = 0; i < d.rows(); ++i) {
            ModelRow inlet{ m_rowNames.take(QStringLiteral("inlet_%1").arg(m_site.racks[size_t(i)].id.toString())),
                false, headroom, {} };
            for (Eigen::SparseMatrix<double, Eigen::RowMajor>::InnerIterator it(d, i); it; ++it)
                for (const auto &[col, air] : m_airHeatTerms[size_t(it.col())])
                    inlet.terms.emplace_back(col, it.value() * air);
            if (!inlet.terms.empty())
                m_built.rows.push_back(std::move(inlet));
        }
    }

    // Fleet: systems placed per model within the available ones; for idle-cost, integer
    // systems energized per lot carry the objective (depreciation of energized systems).
    void addFleetRows()
    {
        for (size_t mi = 0; mi < m_models.size(); ++mi) {
            if (m_columnsOfModel[mi].empty())
                continue;
            QString model = m_poolOwner[mi].isNull()
                ? m_models[mi]->id.toString()
                : QStringLiteral("%1_%2").arg(m_models[mi]->id.toString(), m_poolOwner[mi].toString());
            if (m_poolCluster[mi] >= 0)
                model += QStringLiteral("_cluster_") + m_project.clusters[size_t(m_poolCluster[mi])].id.toString();
            ModelRow fleet{ m_rowNames.take(QStringLiteral("fleet_%1").arg(model)), false, 0, {} };
            for (int col : m_columnsOfModel[mi])
                fleet.terms.emplace_back(col, 1.0);
            if (m_objective == Objective::IdleCost) {
                fleet.equality = true;
                for (size_t l = 0; l < m_lotsOfModel[mi].size(); ++l) {
                    const auto &[available, monthly] = m_lotsOfModel[mi][l];
                    const int u = addColumn({ m_columnNames.take(QStringLiteral("lot_%1_%2").arg(model).arg(l + 1)),
                        true, 0, double(available), monthly * m_poolWeight[mi] });
                    fleet.terms.emplace_back(u, -1.0);
                }
            } else {
                for (const auto &[available, monthly] : m_lotsOfModel[mi])
                    fleet.bound += available;
            }
            m_built.rows.push_back(std::move(fleet));
        }
    }

    // Per tenant with quotas, over its systems' columns: GPUs at least minGpus (written as
    // −GPUs ≤ −minGpus) and at most maxGpus; kW at most maxMegawatts × 1000.
    void addQuotaRows()
    {
        for (const Tenant &t : m_project.tenants) {
            std::vector<std::pair<int, double>> gpus, kw;
            for (const auto &[col, vi] : m_columnVariant) {
                const VariantInfo &v = m_variants[size_t(vi)];
                if (m_poolOwner[size_t(v.modelIndex)] == t.id) {
                    gpus.emplace_back(col, v.model->gpusPerSystem);
                    kw.emplace_back(col, v.kw);
                }
            }
            const QString id = t.id.toString();
            if (t.minGpus) {
                ModelRow row{ m_rowNames.take(QStringLiteral("quota_min_gpus_%1").arg(id)), false, -double(*t.minGpus),
                    {} };
                for (const auto &[col, g] : gpus)
                    row.terms.emplace_back(col, -g);
                m_built.rows.push_back(std::move(row));
            }
            if (t.maxGpus)
                m_built.rows.push_back(
                    { m_rowNames.take(QStringLiteral("quota_max_gpus_%1").arg(id)), false, double(*t.maxGpus), gpus });
            if (t.maxMegawatts)
                m_built.rows.push_back(
                    { m_rowNames.take(QStringLiteral("quota_max_kw_%1").arg(id)), false, *t.maxMegawatts * 1000, kw });
        }
    }

    // Per cluster: a binary column per domain holding any of its columns ("in_CLUSTER_DOMAIN",
    // bounded by 0 when fewer systems than its size are set aside), one domain at most, and in
    // each domain its systems = its size × that column (so all or none, and nowhere else).
    void addClusterRows()
    {
        for (size_t c = 0; c < m_clusterColumns.size(); ++c) {
            const Cluster &cluster = m_project.clusters[c];
            const QString id = cluster.id.toString();
            ModelRow one{ m_rowNames.take(QStringLiteral("cluster_one_domain_%1").arg(id)), false, 1, {} };
            for (const auto &[domain, cols] : m_clusterColumns[c]) {
                const int in = addColumn({ m_columnNames.take(QStringLiteral("in_%1_%2").arg(id, domain)), true, 0,
                    m_clusterShare[c] >= cluster.systems ? 1.0 : 0.0, 0 });
                one.terms.emplace_back(in, 1.0);
                ModelRow whole{ m_rowNames.take(QStringLiteral("cluster_%1_in_%2").arg(id, domain)), true, 0, {} };
                for (int col : cols)
                    whole.terms.emplace_back(col, 1.0);
                whole.terms.emplace_back(in, -double(cluster.systems));
                m_built.rows.push_back(std::move(whole));
            }
            if (!one.terms.empty())
                m_built.rows.push_back(std::move(one));
        }
    }

    // Sizes, and how the file's objective maps to the plan's.
    void summarise()
    {
        PerRackModelSummary &s = m_built.summary;
        s.rows = int(m_built.rows.size());
        s.columns = int(m_built.columns.size());
        for (const ModelColumn &c : m_built.columns)
            s.integerColumns += c.integer ? 1 : 0;
        for (const ModelRow &r : m_built.rows)
            s.nonzeros += int(r.terms.size());
        switch (m_objective) {
        case Objective::Compute:
            s.reportedScale = 1e-3;
            break;
        case Objective::Gpus:
            break;
        case Objective::IdleCost:
            s.reportedOffset = m_totalDepreciation;
            s.reportedScale = -1;
            break;
        }
    }

    const Project &m_project;
    const Catalog &m_catalog;
    const SolveOptions &m_options;
    const Site &m_site;
    const QDate m_date;
    const Objective m_objective;
    const PowerChain::Graph &m_graph;
    Names m_rowNames, m_columnNames;
    PerRackModel m_built;

    std::vector<const SystemModel *> m_models; // per pool: its model
    std::vector<TenantId> m_poolOwner; // per pool: its tenant, null for the operator's own
    std::vector<double> m_poolWeight; // per pool: its tier's objective weight (weighTiers)
    QHash<TenantId, int> m_priority;
    QHash<RackId, TenantId> m_rackOwner; // reserved racks only
    std::vector<std::pair<int, int>> m_columnVariant; // every systems column: (column, variant)
    std::vector<int> m_poolCluster; // per pool: its cluster (index into Project::clusters), −1: loose
    std::vector<QHash<RackId, QString>> m_clusterDomainOf; // per cluster: rack → its domain's id
    std::vector<std::map<QString, std::vector<int>>> m_clusterColumns; // per cluster: domain → columns
    std::vector<int> m_clusterShare; // per cluster: systems set aside at the date
    std::vector<std::vector<std::pair<int, double>>> m_clusterLots; // per cluster: (systems, depreciation per month)
    std::vector<std::vector<std::pair<int, double>>> m_lotsOfModel; // (available, depreciation per month)
    double m_totalDepreciation = 0;
    std::vector<VariantInfo> m_variants;
    std::vector<std::vector<int>> m_columnsOfModel; // per model: its columns

    std::vector<bool> m_on; // per power node: energized at the date
    std::vector<double> m_fixedKw; // per power node: house loads and fixed cooling draw carried, kW
    std::vector<double> m_creditKw; // per power node: measured-diversity credit, kW
    QHash<RackId, RackCooling> m_unitsOf; // rack -> live (air, liquid) units
    std::vector<std::vector<std::pair<int, double>>> m_nodeTerms; // per power node
    std::vector<std::vector<std::pair<int, double>>> m_reserveTerms; // per power node on reserve
    std::vector<std::vector<std::pair<int, double>>> m_unitTerms; // per cooling unit
    std::vector<std::vector<std::pair<int, double>>> m_airHeatTerms; // per rack: (column, air kW)
};

} // namespace

PerRackModel buildPerRackModel(const Project &project, const Catalog &catalog, const SolveOptions &options)
{
    return PerRackBuilder(project, catalog, options).build();
}

} // namespace warmshell
