// SPDX-License-Identifier: GPL-3.0-or-later
#include "procurement.h"

#include "catalog.h"
#include "procurementcheck.h"
#include "procurementmodel.h"
#include "solver/assignment.h"
#include "solver/greedyfill.h"
#include "validation.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace warmshell {

using solver::ColumnKind;
using solver::GlpkModel;
using solver::RowKind;

namespace {

// Row activities of a solution and, per row, the least positive coefficient of a Systems column
// (what one more system adds to it), so that "binds" means: not one more system fits.
struct RowUse
{
    std::vector<double> activity;
    std::vector<double> leastSystemLoad; // +infinity: no Systems column in the row
    std::vector<std::vector<std::pair<int, double>>> columnRows; // per column: (row, coefficient)

    bool binds(const ProcurementModel &m, int row, double load) const
    {
        return m.lp.rows[size_t(row)].upper - activity[size_t(row)] < load - 1e-9;
    }
};

bool isSystemsColumn(const ProcurementModel &m, int column)
{
    return m.lp.columns[size_t(column)].kind == ColumnKind::Systems && m.lp.columns[size_t(column)].index >= 0
        && m.lp.columns[size_t(column)].group >= 0;
}

RowUse rowUse(const ProcurementModel &m, const std::vector<double> &x)
{
    RowUse u;
    u.activity.assign(m.lp.rows.size(), 0.0);
    u.leastSystemLoad.assign(m.lp.rows.size(), std::numeric_limits<double>::infinity());
    u.columnRows.resize(m.lp.columns.size());
    for (const auto &e : m.lp.entries) {
        u.activity[size_t(e.row())] += e.value() * x[size_t(e.col())];
        u.columnRows[size_t(e.col())].emplace_back(int(e.row()), e.value());
        if (e.value() > 0 && isSystemsColumn(m, int(e.col())))
            u.leastSystemLoad[size_t(e.row())] = std::min(u.leastSystemLoad[size_t(e.row())], e.value());
    }
    return u;
}

int whole(double v)
{
    return int(std::lround(v));
}

// The power nodes of period `p` that bind in the solution.
QStringList bindingPowerNodes(
    const ProcurementModel &m, const ProcurementPeriodCopy &p, const RowUse &use, std::vector<int> *rows = nullptr)
{
    QStringList nodes;
    const auto &f = p.formulation;
    for (size_t r = 0; r < f.rows.size(); ++r) {
        const int row = p.firstRow + int(r);
        if (f.rows[r].kind == RowKind::PowerNode && std::isfinite(use.leastSystemLoad[size_t(row)])
            && use.binds(m, row, use.leastSystemLoad[size_t(row)])) {
            nodes << f.nodes[size_t(f.rows[r].object)].id.toString();
            if (rows)
                rows->push_back(row);
        }
    }
    return nodes;
}

// What period `p` energizes and leaves idle in solution `x`.
ProcurementPeriod periodOutcome(const ProcurementModel &m, const ProcurementPeriodCopy &p, const std::vector<double> &x)
{
    ProcurementPeriod out;
    out.quarter = p.quarter;
    out.start = p.start;
    const auto &f = p.formulation;
    for (size_t j = 0; j < f.columns.size(); ++j) {
        if (f.columns[j].kind != ColumnKind::Systems)
            continue;
        const int n = whole(x[size_t(p.firstColumn) + j]);
        const solver::Variant &v = f.variants[size_t(f.columns[j].index)];
        out.energizedSystems += n;
        out.energizedGpus += n * v.model->gpusPerSystem;
        out.energizedPflops
            += n * v.model->gpusPerSystem * v.model->tflopsPerGpu(m.input.precision).value() * v.performance / 1000.0;
    }
    for (size_t l = 0; l < f.lots.size(); ++l) {
        if (std::find(
                p.poolColumn.begin(), p.poolColumn.end(), p.firstColumn + f.columnOf(ColumnKind::LotUse, -1, int(l)))
            != p.poolColumn.end())
            continue;
        const int column = f.columnOf(ColumnKind::LotUse, -1, int(l));
        const int idle = f.lots[l].available - (column < 0 ? 0 : whole(x[size_t(p.firstColumn + column)]));
        out.idleSystems += idle;
        out.idleDepreciation += idle * p.lotQuarterDepreciation[l];
    }
    for (size_t c = 0; c < m.input.candidates.size(); ++c) {
        int delivered = 0;
        for (int q = 0; q + m.input.candidates[c].leadQuarters <= p.quarter; ++q)
            if (const int col = m.orderColumn[c][size_t(q)]; col >= 0)
                delivered += whole(x[size_t(col)]);
        const int used = p.poolColumn[c] < 0 ? 0 : whole(x[size_t(p.poolColumn[c])]);
        out.orderedDelivered += delivered;
        out.orderedEnergized += used;
        out.idleSystems += delivered - used;
        out.idleDepreciation += (delivered - used) * m.candidateQuarterDepreciation[c];
    }
    out.computeYears = 0.25 * out.energizedPflops;
    return out;
}

// The orders, per-quarter figures and discounted totals of solution `x`.
ProcurementOutcome outcomeOf(const ProcurementModel &m, const std::vector<double> &x, const RowUse &use)
{
    ProcurementOutcome o;
    const QDate start = m.project->site.planStart;
    for (size_t c = 0; c < m.input.candidates.size(); ++c)
        for (int q = 0; q < m.input.horizonQuarters; ++q)
            if (const int col = m.orderColumn[c][size_t(q)]; col >= 0 && whole(x[size_t(col)]) > 0) {
                const ProcurementCandidate &cand = m.input.candidates[c];
                const int n = whole(x[size_t(col)]);
                o.orders.push_back({ cand.model, q, start.addMonths(3 * q),
                    start.addMonths(3 * (q + cand.leadQuarters)), n, n * cand.unitPrice });
                o.capital += n * cand.unitPrice;
            }
    std::sort(o.orders.begin(), o.orders.end(), [](const ProcurementOrder &a, const ProcurementOrder &b) {
        return a.quarter != b.quarter ? a.quarter < b.quarter : a.model.toString() < b.model.toString();
    });
    for (const ProcurementPeriodCopy &p : m.periods) {
        ProcurementPeriod period = periodOutcome(m, p, x);
        period.bindingPowerNodes = bindingPowerNodes(m, p, use);
        o.computeYears += p.discount * period.computeYears;
        o.idleDepreciation += p.discount * period.idleDepreciation;
        o.periods.push_back(std::move(period));
    }
    o.objective = m.input.objective == ProcurementObjective::Net
        ? m.input.valuePerPflopsYear * o.computeYears - o.idleDepreciation
        : o.computeYears;
    return o;
}

// Runs the multi-period MILP with what the caller fixed; one object per planProcurement call.
class ProcurementRun
{
public:
    ProcurementRun(
        const Project &project, const Catalog &catalog, const ProcurementInput &input, const std::atomic<bool> *cancel)
        : m_catalog(catalog), m_cancel(cancel), m_deadline(Deadline::after(input.timeLimitSeconds))
    {
        m_clock.start();
        m_model = buildProcurementModel(project, catalog, input);
    }

    ProcurementPlan run()
    {
        ProcurementPlan out;
        out.currency = m_model->project->site.currency;
        if (!m_model->tooLarge.isEmpty()) {
            out.problems.push_back({ QStringLiteral("$.site"), m_model->tooLarge });
            return out;
        }
        m_glpk = std::make_unique<GlpkModel>(m_model->lp);
        m_glpk->setObjective(m_model->objective);
        out.columns = int(m_model->lp.columns.size());
        out.rows = int(m_model->lp.rows.size());
        out.fileOrdersOnly = evaluateFixed(ordersOfNothing(), 0.15, QStringLiteral("the file's orders only"),
            QStringLiteral("no new order: the owned and on-order lots of the file"));
        out.mostEfficientNow = evaluateFixed(
            mostEfficientNowOrders(), 0.2, QStringLiteral("most efficient model now"), m_mostEfficientText);
        solvePlan(out);
        if (out.plan.solved && m_model->input.marginalValues)
            addMarginalValues(out);
        if (out.plan.solved)
            addVerdicts(out);
        out.seconds = double(m_clock.elapsed()) / 1000.0;
        return out;
    }

private:
    // Order counts [candidate][quarter] that a comparison fixes.
    using Schedule = std::vector<std::vector<int>>;

    Schedule ordersOfNothing() const
    {
        return Schedule(m_model->input.candidates.size(), std::vector<int>(size_t(m_model->input.horizonQuarters), 0));
    }

    // The candidate with the most PFLOPS per kW whose lead time delivers within the horizon,
    // bought in the first quarter with the whole budget (the total, or the quarters' sum),
    // as many as the first quarter offers; the quarter budgets do not apply to it.
    Schedule mostEfficientNowOrders()
    {
        const ProcurementInput &in = m_model->input;
        Schedule s = ordersOfNothing();
        int best = -1;
        double bestRatio = -1;
        for (size_t c = 0; c < in.candidates.size(); ++c) {
            const SystemModel *model = m_model->candidateModels[c];
            const double ratio = model->gpusPerSystem * model->tflopsPerGpu(in.precision).value() / 1000.0
                / std::max(1e-9, model->power.value());
            if (in.candidates[c].leadQuarters < in.horizonQuarters && ratio > bestRatio) {
                best = int(c);
                bestRatio = ratio;
            }
        }
        if (best < 0) {
            m_mostEfficientText = QStringLiteral("no candidate is delivered within the horizon: nothing ordered");
            return s;
        }
        double money = in.totalBudget;
        if (!std::isfinite(money)) {
            money = 0;
            for (double b : in.budgetPerQuarter)
                money += b;
        }
        const ProcurementCandidate &c = in.candidates[size_t(best)];
        double n = std::floor(money / c.unitPrice + 1e-9);
        if (!c.availablePerQuarter.empty())
            n = std::min(n, double(c.availablePerQuarter.front()));
        s[size_t(best)][0] = int(std::min(n, 1e6));
        m_mostEfficientText = QStringLiteral("%1 × %2 (%3 PFLOPS per kW, the best of the candidates) ordered in the "
                                             "first quarter with the whole budget")
                                  .arg(s[size_t(best)][0])
                                  .arg(c.model.toString())
                                  .arg(bestRatio, 0, 'f', 3);
        return s;
    }

    // Systems of candidate `c` delivered by the start of `quarter` under `s`.
    int deliveredBy(const Schedule &s, size_t c, int quarter) const
    {
        int n = 0;
        for (int q = 0; q + m_model->input.candidates[c].leadQuarters <= quarter; ++q)
            n += s[c][size_t(q)];
        return n;
    }

    // Column values of schedule `s` with each quarter placed by the structure-aware greedy fill
    // (solver/greedyfill.h) with the pool lots holding what is delivered by then: a feasible
    // point of the MILP (budgets aside), handed to GLPK as its first plan. Empty when some
    // quarter's fill maps to no pattern.
    std::vector<double> greedyPoint(const Schedule &s)
    {
        ProcurementModel &m = *m_model;
        std::vector<double> x(m.lp.columns.size(), 0.0);
        for (size_t c = 0; c < s.size(); ++c)
            for (size_t q = 0; q < s[c].size(); ++q)
                if (const int col = m.orderColumn[c][q]; col >= 0)
                    x[size_t(col)] = s[c][q];
        for (ProcurementPeriodCopy &p : m.periods) {
            solver::Formulation &f = p.formulation;
            std::vector<int> counts;
            for (size_t l = 0; l < f.lots.size(); ++l) {
                counts.push_back(f.lots[l].available);
                if (const int c = p.lotCandidate[l]; c >= 0)
                    f.lots[l].available = deliveredBy(s, size_t(c), p.quarter);
            }
            solver::Headroom headroom(f);
            const solver::Assignment a
                = solver::greedyFill(f, Objective::Compute, m.input.precision, nullptr, &headroom);
            const std::vector<double> columns = solver::toColumns(f, a, headroom);
            for (size_t l = 0; l < f.lots.size(); ++l)
                f.lots[l].available = counts[l];
            if (columns.size() != f.columns.size())
                return {};
            std::copy(columns.begin(), columns.end(), x.begin() + p.firstColumn);
        }
        return x;
    }

    // The schedule of `x`'s order columns rounded down (an LP point's: still within every
    // budget and bound).
    Schedule scheduleOf(const std::vector<double> &x) const
    {
        Schedule s = ordersOfNothing();
        for (size_t c = 0; c < s.size(); ++c)
            for (size_t q = 0; q < s[c].size(); ++q)
                if (const int col = m_model->orderColumn[c][q]; col >= 0)
                    s[c][q] = int(std::floor(x[size_t(col)] + 1e-7));
        return s;
    }

    double valueOf(const std::vector<double> &x) const
    {
        double v = 0;
        for (size_t j = 0; j < x.size(); ++j)
            v += m_model->objective[j] * x[j];
        return v;
    }

    std::vector<int> budgetRows() const
    {
        std::vector<int> rows;
        for (size_t r = 0; r < m_model->lp.rows.size(); ++r)
            if (m_model->lp.rows[r].kind == RowKind::Stage)
                rows.push_back(int(r));
        return rows;
    }

    // Fixes every order column to `s` (budgets lifted, as a comparison is not held to them; an
    // order the model has no column for is left out), solves the placements, and restores.
    ProcurementOutcome evaluateFixed(const Schedule &s, double share, const QString &name, const QString &text)
    {
        const ProcurementModel &m = *m_model;
        std::vector<double> x;
        for (size_t c = 0; c < s.size(); ++c)
            for (size_t q = 0; q < s[c].size(); ++q)
                if (const int col = m.orderColumn[c][q]; col >= 0) // none: delivered past the horizon
                    m_glpk->fixColumn(col, s[c][q]);
        for (int row : budgetRows())
            m_glpk->setRowUpper(row, 1e30);
        const std::vector<double> start = greedyPoint(s);
        GlpkModel::MilpSearch search;
        if (!start.empty())
            search.incumbent = &start;
        const GlpkModel::Result r = m_glpk->solveMilp(m_deadline.share(share), m.input.relativeGap, m_cancel, search);
        for (int row : budgetRows())
            m_glpk->setRowUpper(row, m.lp.rows[size_t(row)].upper);
        for (size_t c = 0; c < s.size(); ++c)
            for (size_t q = 0; q < s[c].size(); ++q)
                if (const int col = m.orderColumn[c][q]; col >= 0)
                    m_glpk->restoreColumn(col, m.lp.columns[size_t(col)]);
        ProcurementOutcome o;
        if (r.hasSolution) {
            o = outcomeOf(m, r.x, rowUse(m, r.x));
            o.solved = true;
            o.gap = relativeGap(r);
            if (name == QStringLiteral("the file's orders only"))
                m_fileSolution = r.x;
        }
        o.name = name;
        o.description = text;
        return o;
    }

    double relativeGap(const GlpkModel::Result &r) const
    {
        const double value = r.value - m_model->idleWeight() * m_model->heldDepreciation;
        return std::max(0.0, r.bound - r.value) / std::max(std::abs(value), 1e-9);
    }

    void solvePlan(ProcurementPlan &out)
    {
        const ProcurementModel &m = *m_model;
        // The first plan: the better of the file's orders and the LP relaxation's orders rounded
        // down, each placed by the greedy fill.
        const std::vector<double> start = startingPoint(m_fileSolution);
        GlpkModel::MilpSearch search;
        if (!start.empty())
            search.incumbent = &start;
        const GlpkModel::Result r = m_glpk->solveMilp(
            m_deadline.share(m.input.marginalValues ? 0.75 : 1.0), m.input.relativeGap, m_cancel, search);
        out.timedOut = r.timedOut;
        if (!r.hasSolution) {
            out.problems.push_back({ QStringLiteral("$.site"),
                r.infeasible ? QStringLiteral("the site has no feasible plan in some quarter (pinned contents or "
                                              "loads past a capacity): run 'warmshell-cli timeline' to see which")
                             : QStringLiteral("no schedule was found within the time limit") });
            return;
        }
        m_planSolution = r.x;
        m_planUse = rowUse(m, r.x);
        out.plan = outcomeOf(m, r.x, m_planUse);
        out.plan.name = QStringLiteral("procurement plan");
        out.plan.description = QStringLiteral("GLPK branch-and-cut on %1 quarterly copies of the site's formulation "
                                              "linked by order and budget rows")
                                   .arg(m.periods.size());
        out.plan.solved = true;
        out.bound = r.bound - m.idleWeight() * m.heldDepreciation;
        out.gap = relativeGap(r);
        out.plan.gap = out.gap;
        out.optimal = r.optimal || out.gap <= m.input.relativeGap + 1e-12;
    }

    // The LP relaxation's orders rounded down and placed by the greedy fill, or `fallback` when
    // that point is worse or cannot be built: the first plan of a search. Keeps the LP's row
    // duals for the marginal values.
    std::vector<double> startingPoint(const std::vector<double> &fallback)
    {
        std::vector<double> start = fallback;
        const GlpkModel::Result lp = m_glpk->solveLp(m_deadline);
        if (!lp.optimal)
            return start;
        m_lpDuals = m_glpk->rowDuals();
        if (std::vector<double> rounded = greedyPoint(scheduleOf(lp.x));
            !rounded.empty() && (start.empty() || valueOf(rounded) > valueOf(start)))
            start = std::move(rounded);
        return start;
    }

    // Per quarter whose power binds in the plan: the LP relaxation's duals of its binding power
    // rows, summed, × 1,000 kW. The rate at which one more MW on those nodes raises the objective
    // with orders and placements continuous: exact for the relaxation while the same rows bind; a
    // whole MW is worth less where another limit (space, cooling, budget) binds sooner.
    void addMarginalValues(ProcurementPlan &out)
    {
        const ProcurementModel &m = *m_model;
        if (m_lpDuals.size() != m.lp.rows.size())
            return;
        out.marginalMethod = QStringLiteral("LP dual of the quarter's binding power rows (the relaxation of the whole "
                                            "schedule, orders continuous) × 1 MW on each: the rate at the margin; a "
                                            "whole MW is worth less where space, cooling or budget binds sooner");
        for (size_t k = 0; k < m.periods.size(); ++k) {
            std::vector<int> rows;
            bindingPowerNodes(m, m.periods[k], m_planUse, &rows);
            if (rows.empty())
                continue;
            double perKw = 0;
            for (int row : rows)
                perKw += std::max(0.0, m_lpDuals[size_t(row)]);
            out.plan.periods[k].marginalPerMw = 1000.0 * perKw;
        }
    }

    void addVerdicts(ProcurementPlan &out) const;
    QString verdictOfUnordered(size_t c, const ProcurementPlan &out, QString &binding) const;
    QString bindingKindFor(size_t c, int firstQuarter) const;

    const Catalog &m_catalog;
    const std::atomic<bool> *m_cancel;
    Deadline m_deadline;
    QElapsedTimer m_clock;
    std::unique_ptr<ProcurementModel> m_model;
    std::unique_ptr<GlpkModel> m_glpk;
    QString m_mostEfficientText;
    std::vector<double> m_fileSolution, m_planSolution;
    std::vector<double> m_lpDuals; // of the schedule's LP relaxation, per row
    RowUse m_planUse;
};

void ProcurementRun::addVerdicts(ProcurementPlan &out) const
{
    const ProcurementInput &in = m_model->input;
    for (size_t c = 0; c < in.candidates.size(); ++c) {
        ProcurementVerdict v;
        v.model = in.candidates[c].model;
        for (const ProcurementOrder &o : out.plan.orders)
            if (o.model == v.model)
                v.ordered += o.count;
        if (v.ordered > 0)
            v.reason = QStringLiteral("%1 system(s) ordered").arg(v.ordered);
        else
            v.reason = verdictOfUnordered(c, out, v.binding);
        out.verdicts.push_back(v);
    }
}

// Why candidate `c` got no order: the first of lead time, budget and, in the quarters it could
// be delivered, the kind of row that stops one more of its systems most often (power, cooling,
// space); "objective" when nothing stops it: the chosen models deliver more.
QString ProcurementRun::verdictOfUnordered(size_t c, const ProcurementPlan &out, QString &binding) const
{
    const ProcurementInput &in = m_model->input;
    const ProcurementCandidate &cand = in.candidates[c];
    if (cand.leadQuarters >= in.horizonQuarters) {
        binding = QStringLiteral("lead time");
        return QStringLiteral("its lead time of %1 quarter(s) delivers after the %2-quarter horizon")
            .arg(cand.leadQuarters)
            .arg(in.horizonQuarters);
    }
    std::vector<double> spent(size_t(in.horizonQuarters), 0.0);
    double total = 0;
    for (const ProcurementOrder &o : out.plan.orders) {
        spent[size_t(o.quarter)] += o.cost;
        total += o.cost;
    }
    bool affordable = false;
    for (int q = 0; q + cand.leadQuarters < in.horizonQuarters; ++q) {
        const double quarterLeft = size_t(q) < in.budgetPerQuarter.size()
            ? in.budgetPerQuarter[size_t(q)] - spent[size_t(q)]
            : std::numeric_limits<double>::infinity();
        const bool offered = size_t(q) >= cand.availablePerQuarter.size() || cand.availablePerQuarter[size_t(q)] > 0;
        if (offered && std::min(quarterLeft, in.totalBudget - total) >= cand.unitPrice - 1e-6)
            affordable = true;
    }
    if (!affordable) {
        binding = QStringLiteral("budget");
        return QStringLiteral("no quarter that delivers in time has %1 USD left (one system's price) after the "
                              "orders chosen")
            .arg(cand.unitPrice, 0, 'f', 0);
    }
    binding = bindingKindFor(c, cand.leadQuarters);
    if (binding == QStringLiteral("space"))
        return QStringLiteral("no free rack slot it fits (rack type, height, cooling type) in the quarters it could "
                              "arrive");
    if (binding == QStringLiteral("power") || binding == QStringLiteral("cooling"))
        return QStringLiteral("%1 binds where it could run, in the quarters it could arrive").arg(binding);
    return QStringLiteral("affordable and it fits, but the models ordered deliver more for the objective");
}

QString ProcurementRun::bindingKindFor(size_t c, int firstQuarter) const
{
    const ProcurementModel &m = *m_model;
    int power = 0, cooling = 0, space = 0, columns = 0;
    for (const ProcurementPeriodCopy &p : m.periods) {
        if (p.quarter < firstQuarter)
            continue;
        const auto &f = p.formulation;
        for (size_t j = 0; j < f.columns.size(); ++j) {
            if (f.columns[j].kind != ColumnKind::Systems
                || f.variants[size_t(f.columns[j].index)].model != m.candidateModels[c]
                || !f.variants[size_t(f.columns[j].index)].fullPower)
                continue;
            ++columns;
            bool p0 = false, c0 = false, s0 = false;
            for (const auto &[row, coefficient] : m_planUse.columnRows[size_t(p.firstColumn) + j]) {
                if (coefficient <= 0 || !m_planUse.binds(m, row, coefficient))
                    continue;
                const RowKind kind = m.lp.rows[size_t(row)].kind;
                p0 |= kind == RowKind::PowerNode;
                c0 |= kind == RowKind::CoolingUnit || kind == RowKind::Thermal;
                s0 |= kind == RowKind::ShapeLink || kind == RowKind::RackLimit;
            }
            power += p0;
            cooling += c0;
            space += s0;
        }
    }
    if (columns == 0 || (space >= power && space >= cooling && space > 0))
        return QStringLiteral("space");
    if (power > 0 && power >= cooling)
        return QStringLiteral("power");
    if (cooling > 0)
        return QStringLiteral("cooling");
    return QStringLiteral("objective");
}

} // namespace

ProcurementPlan planProcurement(
    const Project &project, const Catalog &catalog, const ProcurementInput &input, const std::atomic<bool> *cancel)
{
    ProcurementPlan out;
    out.problems = procurementProblems(input, project, catalog);
    if (!out.problems.empty())
        return out;
    out.problems = validateProject(project, catalog);
    if (!out.problems.empty())
        return out;
    out = ProcurementRun(project, catalog, input, cancel).run();
    if (out.plan.solved)
        out.checkFindings = checkProcurementSchedule(input, project.site.planStart, out.plan);
    return out;
}

} // namespace warmshell
