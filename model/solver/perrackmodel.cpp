// SPDX-License-Identifier: GPL-3.0-or-later
#include "perrackmodel.h"

#include "catalog.h"
#include "finance/depreciation.h"
#include "validation.h"

#include <glpk.h>

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cctype>
#include <memory>
#include <vector>

namespace warmshell {

namespace {

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
    int modelIndex = 0;
    double kw = 0;
    double performance = 1;
    bool fullPower = true;
};

struct ModelRow
{
    QByteArray name;
    int type = GLP_UP; // GLP_UP or GLP_FX
    double bound = 0;
    std::vector<std::pair<int, double>> terms; // (1-based column, coefficient)
};

struct ModelColumn
{
    QByteArray name;
    bool integer = true;
    double lower = 0;
    double upper = -1; // < 0: none
    double objective = 0;
};

struct Built
{
    std::vector<ModelRow> rows;
    std::vector<ModelColumn> columns;
    PerRackModelSummary summary;
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

// Marks `v` and every energized node it draws power through.
void markUpstream(
    const PowerChain::Graph &g, PowerChain::Vertex v, const std::vector<bool> &on, std::vector<char> &mark)
{
    if (mark[v])
        return;
    mark[v] = 1;
    std::vector<PowerChain::Vertex> stack{ v };
    while (!stack.empty()) {
        const auto x = stack.back();
        stack.pop_back();
        for (auto e : boost::make_iterator_range(boost::in_edges(x, g))) {
            const auto u = boost::source(e, g);
            if (!mark[u] && on[u]) {
                mark[u] = 1;
                stack.push_back(u);
            }
        }
    }
}

Built build(const Project &project, const Catalog &catalog, const SolveOptions &options)
{
    Built b;
    const Site &site = project.site;
    const QDate date = options.date.isValid() ? options.date : site.planStart;
    const Objective objective = options.objectives.empty() ? Objective::Compute : options.objectives.front();
    Names rowNames, columnNames;

    // Lots available at the date and their models, in fleet order.
    std::vector<const SystemModel *> models;
    std::vector<std::vector<std::pair<int, double>>> lotsOfModel; // (available, depreciation per month)
    double totalDepreciation = 0;
    for (const FleetLot &lot : project.fleet) {
        const SystemModel *m = project.model(lot.model, catalog);
        if (!m || !lot.delivered.isValid() || lot.delivered > date || (lot.retire.isValid() && lot.retire <= date))
            continue;
        auto it = std::find(models.begin(), models.end(), m);
        if (it == models.end()) {
            models.push_back(m);
            lotsOfModel.emplace_back();
            it = models.end() - 1;
        }
        const double monthly = monthlyDepreciation(lot.depreciation, lot.unitCost, lot.delivered, date).value();
        lotsOfModel[size_t(it - models.begin())].emplace_back(lot.count, monthly);
        totalDepreciation += lot.count * monthly;
    }
    std::vector<VariantInfo> variants;
    for (size_t mi = 0; mi < models.size(); ++mi) {
        const SystemModel *m = models[mi];
        variants.push_back({ m, int(mi), m->power.value(), 1.0, true });
        for (const OperatingPoint &op : m->operatingPoints)
            variants.push_back({ m, int(mi), m->power.value() * op.powerFraction, op.performanceFraction, false });
    }

    // Power nodes and cooling units at the date.
    const auto &g = site.power.graph();
    const std::vector<bool> on = energizedAt(g, date);
    std::vector<std::vector<std::pair<int, double>>> nodeTerms(on.size());
    std::vector<std::vector<std::pair<int, double>>> unitTerms(site.coolingUnits.size());
    QHash<RackId, std::pair<std::vector<int>, std::vector<int>>> unitsOf; // rack -> live (air, liquid) units
    for (size_t u = 0; u < site.coolingUnits.size(); ++u) {
        const CoolingUnit &unit = site.coolingUnits[u];
        if (!unit.commissioned.isNull() && unit.commissioned > date)
            continue;
        for (const RackId &r : unit.serves) {
            auto &entry = unitsOf[r];
            (heatMedium(unit.kind) == HeatMedium::Liquid ? entry.second : entry.first).push_back(int(u));
        }
    }

    auto addColumn = [&](ModelColumn c) {
        b.columns.push_back(std::move(c));
        return int(b.columns.size()); // 1-based
    };
    auto valueOf = [&](const VariantInfo &v) {
        switch (objective) {
        case Objective::Compute:
            return v.model->gpusPerSystem * v.model->tflopsPerGpu(options.precision).value() * v.performance;
        case Objective::Gpus:
            return double(v.model->gpusPerSystem);
        case Objective::IdleCost:
            return 0.0;
        }
        return 0.0;
    };

    std::vector<std::vector<int>> columnsOfModel(models.size());
    std::vector<char> mark(on.size(), 0);
    std::vector<std::vector<std::pair<int, double>>> airHeatTerms(site.racks.size()); // per rack: (column, air kW)
    for (const Rack &rack : site.racks) {
        const auto a = site.power.vertexOf(rack.feedA);
        const auto bside = rack.isDualFed() ? site.power.vertexOf(rack.feedB) : std::nullopt;
        const auto cooling = unitsOf.value(rack.id);
        if (!a || !on[*a] || (rack.isDualFed() && (!bside || !on[*bside])) || cooling.first.empty())
            continue; // no live power or air cooling: nothing runs here
        ++b.summary.racks;
        const QString rid = rack.id.toString();

        // Columns of this rack.
        std::vector<std::pair<int, int>> cols; // (column, variant)
        for (size_t vi = 0; vi < variants.size(); ++vi) {
            const VariantInfo &v = variants[vi];
            const double lf = v.model->liquidFraction;
            if ((v.model->cooling == CoolingType::Liquid && rack.cooling != CoolingType::Liquid)
                || (lf > 0 && cooling.second.empty()) || (lf < 1 && cooling.first.empty()))
                continue;
            ModelColumn c;
            c.name = columnNames.take(QStringLiteral("x_%1_v%2").arg(rid).arg(vi));
            c.objective = valueOf(v);
            if (v.fullPower)
                for (const PinnedSystems &pin : rack.pinned)
                    if (pin.model == v.model->id)
                        c.lower += pin.count;
            const int col = addColumn(std::move(c));
            cols.emplace_back(col, int(vi));
            columnsOfModel[size_t(v.modelIndex)].push_back(col);
        }
        if (cols.empty())
            continue;

        // Rack power, space (whole-rack systems take all of it, so they stand alone), weight.
        ModelRow power{ rowNames.take(QStringLiteral("rackpower_%1").arg(rid)), GLP_UP, rack.powerLimit.value(), {} };
        ModelRow space{ rowNames.take(QStringLiteral("rackspace_%1").arg(rid)), GLP_UP, double(rack.height.value()),
            {} };
        ModelRow weight{ rowNames.take(QStringLiteral("rackweight_%1").arg(rid)), GLP_UP, rack.weightLimit.value(),
            {} };
        for (const auto &[col, vi] : cols) {
            const VariantInfo &v = variants[size_t(vi)];
            power.terms.emplace_back(col, v.kw);
            const double u = v.model->wholeRack ? double(rack.height.value()) : double(v.model->height.value());
            if (u != 0)
                space.terms.emplace_back(col, u);
            if (v.model->weight.value() != 0)
                weight.terms.emplace_back(col, v.model->weight.value());
        }
        for (ModelRow *r : { &power, &space, &weight })
            if (!r->terms.empty())
                b.rows.push_back(std::move(*r));

        // Power nodes: the rack's load counts once on every energized node it draws through.
        std::fill(mark.begin(), mark.end(), 0);
        markUpstream(g, *a, on, mark);
        if (bside)
            markUpstream(g, *bside, on, mark);
        for (size_t n = 0; n < mark.size(); ++n)
            if (mark[n])
                for (const auto &[col, vi] : cols)
                    nodeTerms[n].emplace_back(col, variants[size_t(vi)].kw);

        for (const auto &[col, vi] : cols) {
            const VariantInfo &v = variants[size_t(vi)];
            if (const double air = v.kw * (1 - v.model->liquidFraction); air != 0)
                airHeatTerms[size_t(&rack - site.racks.data())].emplace_back(col, air);
        }

        // Cooling: one unit of a medium takes the heat directly; several share it.
        for (const bool liquid : { false, true }) {
            const std::vector<int> &units = liquid ? cooling.second : cooling.first;
            if (units.empty())
                continue;
            std::vector<std::pair<int, double>> heat;
            for (const auto &[col, vi] : cols) {
                const VariantInfo &v = variants[size_t(vi)];
                const double share = liquid ? v.model->liquidFraction : 1 - v.model->liquidFraction;
                if (v.kw * share != 0)
                    heat.emplace_back(col, v.kw * share);
            }
            if (heat.empty())
                continue;
            if (units.size() == 1) {
                auto &t = unitTerms[size_t(units.front())];
                t.insert(t.end(), heat.begin(), heat.end());
                continue;
            }
            ModelRow split{
                rowNames.take(
                    QStringLiteral("heat_%1_%2").arg(rid, liquid ? QStringLiteral("liquid") : QStringLiteral("air"))),
                GLP_FX, 0, {}
            };
            for (int u : units) {
                const int h = addColumn(
                    { columnNames.take(QStringLiteral("h_%1_%2").arg(rid, site.coolingUnits[size_t(u)].id.toString())),
                        false, 0, -1, 0 });
                split.terms.emplace_back(h, 1.0);
                unitTerms[size_t(u)].emplace_back(h, 1.0);
            }
            for (const auto &[col, kw] : heat)
                split.terms.emplace_back(col, -kw);
            b.rows.push_back(std::move(split));
        }
    }

    const std::vector<PowerNode> nodes = site.power.nodes(); // vertex order
    for (size_t n = 0; n < nodeTerms.size(); ++n)
        if (!nodeTerms[n].empty())
            b.rows.push_back({ rowNames.take(QStringLiteral("power_%1").arg(nodes[n].id.toString())), GLP_UP,
                nodes[n].usableCapacity(date).value(), std::move(nodeTerms[n]) });
    for (size_t u = 0; u < unitTerms.size(); ++u)
        if (!unitTerms[u].empty())
            b.rows.push_back({ rowNames.take(QStringLiteral("cooling_%1").arg(site.coolingUnits[u].id.toString())),
                GLP_UP, site.coolingUnits[u].usableCapacity(date).value(), std::move(unitTerms[u]) });

    // Thermal model: every rack's inlet rise Σ_j D[i][j] · air heat of j within limit − supply.
    if (site.thermal.enabled) {
        const Eigen::SparseMatrix<double, Eigen::RowMajor> d(recirculationMatrix(site));
        const double headroom = site.thermal.inletLimit.value() - site.thermal.supply.value();
        for (Eigen::Index i = 0; i < d.rows(); ++i) {
            ModelRow inlet{ rowNames.take(QStringLiteral("inlet_%1").arg(site.racks[size_t(i)].id.toString())), GLP_UP,
                headroom, {} };
            for (Eigen::SparseMatrix<double, Eigen::RowMajor>::InnerIterator it(d, i); it; ++it)
                for (const auto &[col, air] : airHeatTerms[size_t(it.col())])
                    inlet.terms.emplace_back(col, it.value() * air);
            if (!inlet.terms.empty())
                b.rows.push_back(std::move(inlet));
        }
    }

    // Fleet: systems placed per model within the available ones; for idle-cost, integer
    // systems energized per lot carry the objective (depreciation of energized systems).
    for (size_t mi = 0; mi < models.size(); ++mi) {
        if (columnsOfModel[mi].empty())
            continue;
        ModelRow fleet{ rowNames.take(QStringLiteral("fleet_%1").arg(models[mi]->id.toString())), GLP_UP, 0, {} };
        for (int col : columnsOfModel[mi])
            fleet.terms.emplace_back(col, 1.0);
        if (objective == Objective::IdleCost) {
            fleet.type = GLP_FX;
            for (size_t l = 0; l < lotsOfModel[mi].size(); ++l) {
                const auto &[available, monthly] = lotsOfModel[mi][l];
                const int u = addColumn(
                    { columnNames.take(QStringLiteral("lot_%1_%2").arg(models[mi]->id.toString()).arg(l + 1)), true, 0,
                        double(available), monthly });
                fleet.terms.emplace_back(u, -1.0);
            }
        } else {
            for (const auto &[available, monthly] : lotsOfModel[mi])
                fleet.bound += available;
        }
        b.rows.push_back(std::move(fleet));
    }

    b.summary.rows = int(b.rows.size());
    b.summary.columns = int(b.columns.size());
    for (const ModelColumn &c : b.columns)
        b.summary.integerColumns += c.integer ? 1 : 0;
    for (const ModelRow &r : b.rows)
        b.summary.nonzeros += int(r.terms.size());
    switch (objective) {
    case Objective::Compute:
        b.summary.reportedScale = 1e-3;
        break;
    case Objective::Gpus:
        break;
    case Objective::IdleCost:
        b.summary.reportedOffset = totalDepreciation;
        b.summary.reportedScale = -1;
        break;
    }
    return b;
}

struct ProbDeleter
{
    void operator()(glp_prob *p) const { glp_delete_prob(p); }
};

} // namespace

QString writePerRackModel(const Project &project, const Catalog &catalog, const SolveOptions &options,
    const QString &fileName, ModelFormat format, PerRackModelSummary *summary)
{
    const auto problems = validateProject(project, catalog);
    if (!problems.empty())
        return QStringLiteral("the project has validation problems: %1").arg(problems.front().toString());
    const Built b = build(project, catalog, options);
    if (b.columns.empty())
        return QStringLiteral("nothing can be placed, so there is no model to write");

    glp_term_out(GLP_OFF);
    std::unique_ptr<glp_prob, ProbDeleter> prob(glp_create_prob());
    glp_prob *p = prob.get();
    glp_set_prob_name(p, "warmshell_per_rack");
    // Free MPS has no standard objective sense (GLPK writes none and readers minimise), so
    // the MPS file minimises the negated objective; the LP file maximises.
    const double sign = format == ModelFormat::Mps ? -1.0 : 1.0;
    glp_set_obj_name(p, format == ModelFormat::Mps ? "negated_objective" : "objective");
    glp_set_obj_dir(p, format == ModelFormat::Mps ? GLP_MIN : GLP_MAX);
    glp_add_rows(p, int(b.rows.size()));
    glp_add_cols(p, int(b.columns.size()));
    std::vector<int> ia{ 0 }, ja{ 0 };
    std::vector<double> ar{ 0 };
    ia.reserve(size_t(b.summary.nonzeros) + 1);
    ja.reserve(size_t(b.summary.nonzeros) + 1);
    ar.reserve(size_t(b.summary.nonzeros) + 1);
    for (size_t i = 0; i < b.rows.size(); ++i) {
        const ModelRow &r = b.rows[i];
        glp_set_row_name(p, int(i) + 1, r.name.constData());
        glp_set_row_bnds(p, int(i) + 1, r.type, r.bound, r.bound);
        for (const auto &[col, value] : r.terms) {
            ia.push_back(int(i) + 1);
            ja.push_back(col);
            ar.push_back(value);
        }
    }
    for (size_t j = 0; j < b.columns.size(); ++j) {
        const ModelColumn &c = b.columns[j];
        const int col = int(j) + 1;
        glp_set_col_name(p, col, c.name.constData());
        glp_set_col_kind(p, col, c.integer ? GLP_IV : GLP_CV);
        if (c.upper < 0)
            glp_set_col_bnds(p, col, GLP_LO, c.lower, 0);
        else if (c.upper > c.lower)
            glp_set_col_bnds(p, col, GLP_DB, c.lower, c.upper);
        else
            glp_set_col_bnds(p, col, GLP_FX, c.lower, c.lower);
        glp_set_obj_coef(p, col, sign * c.objective);
    }
    glp_load_matrix(p, int(ar.size()) - 1, ia.data(), ja.data(), ar.data());

    const QByteArray path = fileName.toLocal8Bit();
    const int rc = format == ModelFormat::Lp ? glp_write_lp(p, nullptr, path.constData())
                                             : glp_write_mps(p, GLP_MPS_FILE, nullptr, path.constData());
    if (rc != 0)
        return QStringLiteral("cannot write %1").arg(fileName);
    if (summary) {
        *summary = b.summary;
        summary->reportedScale *= sign;
    }
    return {};
}

} // namespace warmshell
