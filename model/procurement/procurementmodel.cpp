// SPDX-License-Identifier: GPL-3.0-or-later
#include "procurementmodel.h"

#include "catalog.h"
#include "finance/depreciation.h"

#include <algorithm>
#include <cmath>

namespace warmshell {

using solver::ColumnInfo;
using solver::ColumnKind;
using solver::Formulation;
using solver::RowInfo;
using solver::RowKind;

namespace {

constexpr int kMaxPoolSystems = 1'000'000;

// The id of candidate `c`'s pool lot, unique among the project's lots.
LotId poolLotId(const Project &project, const SystemModelId &model)
{
    QString id = QStringLiteral("procurement-pool-") + model.toString();
    auto taken = [&](const QString &candidate) {
        return std::any_of(project.fleet.begin(), project.fleet.end(),
            [&](const FleetLot &l) { return l.id.toString() == candidate; });
    };
    while (taken(id))
        id += u'~';
    return LotId(id);
}

// The project with one pool lot per candidate: delivered at the plan start (so every quarter's
// formulation has the model's variants and a lot column), as many systems as can be ordered.
std::unique_ptr<Project> poolProject(const Project &project, const ProcurementInput &input)
{
    auto out = std::make_unique<Project>(project);
    for (size_t c = 0; c < input.candidates.size(); ++c) {
        const ProcurementCandidate &candidate = input.candidates[c];
        long long systems = 0;
        for (int q = 0; q < input.horizonQuarters; ++q)
            systems += orderUpperBound(input, c, q);
        FleetLot lot;
        lot.id = poolLotId(*out, candidate.model);
        lot.name = QStringLiteral("systems ordered");
        lot.model = candidate.model;
        lot.count
            = int(std::clamp<long long>(systems, 1, kMaxPoolSystems)); // the count bounds nothing: see indexPeriodLots
        lot.unitCost = Money(candidate.unitPrice);
        lot.delivered = project.site.planStart;
        out->fleet.push_back(lot);
    }
    return out;
}

// Appends period `k`'s formulation to the model: its columns, rows and entries at offsets,
// names prefixed "tK_".
void appendPeriod(ProcurementModel &m, ProcurementPeriodCopy &p)
{
    const Formulation &f = p.formulation;
    const QString prefix = QStringLiteral("t%1_").arg(p.quarter);
    p.firstColumn = int(m.lp.columns.size());
    p.firstRow = int(m.lp.rows.size());
    for (size_t j = 0; j < f.columns.size(); ++j) {
        m.lp.columns.push_back(f.columns[j]);
        m.lp.columnNames.push_back(prefix + f.columnName(int(j)));
    }
    for (const RowInfo &r : f.rows) {
        RowInfo copy = r;
        copy.name = prefix + r.name;
        m.lp.rows.push_back(copy);
    }
    for (const auto &e : f.entries)
        m.lp.entries.emplace_back(e.row() + p.firstRow, e.col() + p.firstColumn, e.value());
}

// Which candidate a formulation lot is the pool of, or -1 for a lot of the file.
int poolCandidate(const ProcurementModel &m, const FleetLot *lot)
{
    const size_t firstPool = m.project->fleet.size() - m.input.candidates.size();
    const auto index = size_t(lot - m.project->fleet.data());
    return index >= firstPool && index < m.project->fleet.size() ? int(index - firstPool) : -1;
}

// The period's pool columns and each lot's depreciation in the quarter.
void indexPeriodLots(ProcurementModel &m, ProcurementPeriodCopy &p)
{
    const Formulation &f = p.formulation;
    p.poolColumn.assign(m.input.candidates.size(), -1);
    for (size_t l = 0; l < f.lots.size(); ++l) {
        const int c = poolCandidate(m, f.lots[l].lot);
        const int column = f.columnOf(ColumnKind::LotUse, -1, int(l));
        p.lotCandidate.push_back(c);
        if (c >= 0) {
            p.poolColumn[size_t(c)] = column < 0 ? -1 : p.firstColumn + column;
            if (column >= 0) // bounded by the delivery row instead of the pool's count
                m.lp.columns[size_t(p.firstColumn + column)].upper = -1;
            p.lotQuarterDepreciation.push_back(m.candidateQuarterDepreciation[size_t(c)]);
        } else {
            const FleetLot &lot = *f.lots[l].lot;
            p.lotQuarterDepreciation.push_back(
                depreciationBetween(lot.depreciation, lot.unitCost, lot.delivered, p.start, p.end).value());
        }
    }
}

// The objective of one period's columns: PFLOPS-years (× value for Net), and the depreciation of
// the lots' systems in use × idleWeight() (idle = held − in use; the held part is in the order
// columns and in heldDepreciation).
void addPeriodObjective(ProcurementModel &m, const ProcurementPeriodCopy &p)
{
    const Formulation &f = p.formulation;
    const bool net = m.input.objective == ProcurementObjective::Net;
    const auto pflops = f.objectiveCoefficients(Objective::Compute, m.input.precision); // PFLOPS per system
    const double years = 0.25 * p.discount * (net ? m.input.valuePerPflopsYear : 1.0);
    for (size_t j = 0; j < f.columns.size(); ++j)
        m.objective[size_t(p.firstColumn) + j] = pflops[j] * years;
    for (size_t l = 0; l < f.lots.size(); ++l) {
        const int column = f.columnOf(ColumnKind::LotUse, -1, int(l));
        if (column >= 0)
            m.objective[size_t(p.firstColumn + column)] = m.idleWeight() * p.discount * p.lotQuarterDepreciation[l];
        if (poolCandidate(m, f.lots[l].lot) < 0)
            m.heldDepreciation += p.discount * p.lotQuarterDepreciation[l] * f.lots[l].available;
    }
}

void addOrderColumns(ProcurementModel &m)
{
    const ProcurementInput &in = m.input;
    m.orderColumn.assign(in.candidates.size(), std::vector<int>(size_t(in.horizonQuarters), -1));
    for (size_t c = 0; c < in.candidates.size(); ++c)
        for (int q = 0; q < in.horizonQuarters; ++q) {
            if (q + in.candidates[c].leadQuarters >= in.horizonQuarters)
                continue; // delivered past the horizon: never worth its price
            const int upper = orderUpperBound(in, c, q); // may be 0; a comparison may fix it higher
            double held = 0; // every quarter it is held, until the horizon's end
            for (int t = q + in.candidates[c].leadQuarters; t < in.horizonQuarters; ++t)
                held += m.periods[size_t(t)].discount * m.candidateQuarterDepreciation[c];
            m.orderColumn[c][size_t(q)] = int(m.lp.columns.size());
            m.lp.columns.push_back({ ColumnKind::LotUse, -1, -1, true, 0, double(upper) });
            m.lp.columnNames.push_back(QStringLiteral("x_%1_q%2").arg(in.candidates[c].model.toString()).arg(q));
            m.objective.push_back(-m.idleWeight() * held);
        }
}

// pool[c](t) − Σ_{q + lead ≤ t} x[c][q] ≤ 0 for every period and candidate that has a pool column.
void addDeliveryRows(ProcurementModel &m)
{
    for (const ProcurementPeriodCopy &p : m.periods)
        for (size_t c = 0; c < m.input.candidates.size(); ++c) {
            if (p.poolColumn[c] < 0)
                continue;
            const int row = int(m.lp.rows.size());
            m.lp.rows.push_back({ RowKind::LotLink, int(c), p.quarter, 0, false,
                QStringLiteral("delivered_%1_t%2").arg(m.input.candidates[c].model.toString()).arg(p.quarter) });
            m.lp.entries.emplace_back(row, p.poolColumn[c], 1.0);
            for (int q = 0; q + m.input.candidates[c].leadQuarters <= p.quarter; ++q)
                if (const int x = m.orderColumn[c][size_t(q)]; x >= 0)
                    m.lp.entries.emplace_back(row, x, -1.0);
        }
}

// Budget rows: one per quarter with a budget, one for the total.
void addBudgetRows(ProcurementModel &m)
{
    const ProcurementInput &in = m.input;
    auto addRow = [&](const QString &name, double upper, int quarter) {
        const int row = int(m.lp.rows.size());
        m.lp.rows.push_back({ RowKind::Stage, -1, quarter, upper, false, name });
        for (size_t c = 0; c < in.candidates.size(); ++c)
            for (int q = 0; q < in.horizonQuarters; ++q)
                if (const int x = m.orderColumn[c][size_t(q)]; x >= 0 && (quarter < 0 || quarter == q))
                    m.lp.entries.emplace_back(row, x, in.candidates[c].unitPrice);
    };
    for (size_t q = 0; q < in.budgetPerQuarter.size() && q < size_t(in.horizonQuarters); ++q)
        addRow(QStringLiteral("budget_q%1").arg(q), in.budgetPerQuarter[q], int(q));
    if (std::isfinite(in.totalBudget))
        addRow(QStringLiteral("budget_total"), in.totalBudget, -1);
}

} // namespace

double ProcurementModel::idleWeight() const
{
    return input.objective == ProcurementObjective::Net ? 1.0 : kIdleTieBreak;
}

int orderUpperBound(const ProcurementInput &input, size_t candidate, int quarter)
{
    const ProcurementCandidate &c = input.candidates[candidate];
    if (quarter < 0 || quarter + c.leadQuarters >= input.horizonQuarters)
        return 0;
    double upper = kMaxPoolSystems;
    if (size_t(quarter) < c.availablePerQuarter.size())
        upper = std::min(upper, double(c.availablePerQuarter[size_t(quarter)]));
    double budget = input.totalBudget;
    if (size_t(quarter) < input.budgetPerQuarter.size())
        budget = std::min(budget, input.budgetPerQuarter[size_t(quarter)]);
    if (std::isfinite(budget))
        upper = std::min(upper, std::floor(budget / c.unitPrice + 1e-9));
    return int(std::max(0.0, upper));
}

std::unique_ptr<ProcurementModel> buildProcurementModel(
    const Project &project, const Catalog &catalog, const ProcurementInput &input)
{
    auto m = std::make_unique<ProcurementModel>();
    m->input = input;
    m->project = poolProject(project, input);
    const QDate start = project.site.planStart;
    for (const ProcurementCandidate &c : input.candidates) {
        m->candidateModels.push_back(m->project->model(c.model, catalog));
        m->candidateQuarterDepreciation.push_back(
            depreciationBetween(DepreciationPolicy{}, Money(c.unitPrice), start, start, start.addMonths(3)).value());
    }
    for (int k = 0; k < input.horizonQuarters; ++k) {
        ProcurementPeriodCopy p;
        p.quarter = k;
        p.start = start.addMonths(3 * k);
        p.end = start.addMonths(3 * (k + 1));
        p.discount = std::pow(1.0 + input.discountRate, -k / 4.0);
        SolveOptions options;
        options.date = p.start;
        options.climateThrough = p.end.addDays(-1);
        p.formulation = solver::buildFormulation(*m->project, catalog, options);
        if (!p.formulation.tooLarge.isEmpty()) {
            m->tooLarge = p.formulation.tooLarge;
            return m;
        }
        m->periods.push_back(std::move(p));
    }
    for (ProcurementPeriodCopy &p : m->periods) {
        appendPeriod(*m, p);
        indexPeriodLots(*m, p);
    }
    m->objective.assign(m->lp.columns.size(), 0.0);
    for (const ProcurementPeriodCopy &p : m->periods)
        addPeriodObjective(*m, p);
    addOrderColumns(*m);
    addDeliveryRows(*m);
    addBudgetRows(*m);
    return m;
}

} // namespace warmshell
