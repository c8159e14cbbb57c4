// SPDX-License-Identifier: GPL-3.0-or-later
#include "tenantstages.h"

#include "explanationtext.h"
#include "glpkmodel.h"

#include <cmath>

namespace warmshell::solver {

namespace {

// A quota row's upper bound while it is left out of the model (no plan comes near it).
constexpr double kRelaxedUpper = 1e15;
// Each feasibility test of the explanation gets at most this long.
constexpr double kTestSeconds = 5.0;

QString tenantName(const Tenant &t)
{
    const QString id = QLatin1Char('"') + t.id.toString() + QLatin1Char('"');
    return t.name.isEmpty() ? QStringLiteral("tenant %1").arg(id) : QStringLiteral("tenant %1 (%2)").arg(id, t.name);
}

// "at least 32 GPUs energized (minGpus)".
QString limitText(const RowInfo &row)
{
    switch (row.detail) {
    case kQuotaMinGpus:
        return QStringLiteral("at least %1 GPUs energized (minGpus)").arg(-row.upper, 0, 'f', 0);
    case kQuotaMaxGpus:
        return QStringLiteral("at most %1 GPUs energized (maxGpus)").arg(row.upper, 0, 'f', 0);
    default:
        return QStringLiteral("at most %1 MW energized (maxMegawatts)").arg(row.upper / 1000, 0, 'g', 6);
    }
}

// Whether `model` has an integer plan, searched until the run's deadline or kTestSeconds;
// nothing when the search stopped before it could tell.
std::optional<bool> hasPlan(GlpkModel &model, const SolveRun &run)
{
    const GlpkModel::Result r
        = model.solveMilp(run.deadline().earlier(Deadline::after(kTestSeconds)), 1.0, run.options().cancel);
    if (r.hasSolution)
        return true;
    if (r.timedOut || r.cancelled)
        return std::nullopt;
    return false;
}

// An irreducible set of quota rows that no plan meets together with the site and the pinned
// systems: every quota row is left out in turn, and kept out while the rest still has no plan
// (a deletion filter). Empty when the quotas are not the reason (no plan even without any) or
// a test ran out of time.
std::vector<int> conflictingQuotas(const SolveRun &run, const Formulation &f)
{
    GlpkModel model(f); // objective 0: any plan will do
    std::vector<int> quotas;
    for (size_t r = 0; r < f.rows.size(); ++r)
        if (f.rows[r].kind == RowKind::Quota) {
            quotas.push_back(int(r));
            model.setRowUpper(int(r), kRelaxedUpper);
        }
    if (hasPlan(model, run) != true)
        return {};
    for (int r : quotas)
        model.setRowUpper(r, f.rows[size_t(r)].upper);
    std::vector<int> needed;
    for (int r : quotas) {
        model.setRowUpper(r, kRelaxedUpper);
        const std::optional<bool> without = hasPlan(model, run);
        if (!without)
            return {};
        if (*without) { // the row is part of the conflict
            model.setRowUpper(r, f.rows[size_t(r)].upper);
            needed.push_back(r);
        }
    }
    return needed;
}

// Most GPUs of `tenant` any plan energizes with its minimum quota row `minRow` left out; −1
// when the search stops before it is proven.
int mostGpusOf(const SolveRun &run, const Formulation &f, int tenant, int minRow)
{
    GlpkModel model(f);
    model.setRowUpper(minRow, kRelaxedUpper);
    std::vector<double> gpus(f.columns.size(), 0.0);
    for (size_t l = 0; l < f.lots.size(); ++l)
        if (f.lots[l].tenant == tenant)
            gpus[size_t(f.columnOf(ColumnKind::LotUse, -1, int(l)))] = f.lots[l].model->gpusPerSystem;
    model.setObjective(gpus);
    const GlpkModel::Result r
        = model.solveMilp(run.deadline().earlier(Deadline::after(kTestSeconds)), 0.0, run.options().cancel);
    return r.hasSolution && r.optimal ? int(std::lround(r.value)) : -1;
}

// Why no plan meets every quota, naming the tenants and their limits.
QStringList quotaConflictText(const SolveRun &run, const Formulation &f)
{
    const std::vector<int> rows = conflictingQuotas(run, f);
    QStringList out;
    if (rows.empty()) {
        out << QStringLiteral("no plan meets every tenant's reservations and quotas on %1 (the quotas could not be "
                              "narrowed down in time, or the pinned systems alone conflict with them)")
                   .arg(dateText(f.date));
        return out;
    }
    out << QStringLiteral("the tenants' quotas cannot all hold on %1:").arg(dateText(f.date));
    for (int r : rows) {
        const RowInfo &row = f.rows[size_t(r)];
        QString line = tenantName(*f.tenants[size_t(row.object)]) + QStringLiteral(": ") + limitText(row);
        if (rows.size() == 1 && row.detail == kQuotaMinGpus)
            if (const int most = mostGpusOf(run, f, row.object, r); most >= 0)
                line += QStringLiteral(", but at most %1 of its GPUs can be energized (the racks open to it, the "
                                       "power and cooling they draw on, and the other quotas allow no more)")
                            .arg(most);
        if (rows.size() == 1 && row.detail != kQuotaMinGpus)
            line += QStringLiteral(", fewer than the systems pinned in its racks need");
        out << line;
    }
    if (rows.size() > 1)
        out << QStringLiteral("each of these limits can hold without the others, not all together; lower a minimum "
                              "or raise a maximum");
    return out;
}

} // namespace

std::optional<SolvedPlan> solveTenantStages(const SolveRun &run, const Formulation &f, const PrimaryObjective &primary,
    const StageObjective &stage, CapacityPlan &plan)
{
    GlpkModel model(f);
    model.setObjective(stage.coefficients);
    const GlpkModel::Result lp = model.solveLp(run.deadline());
    run.phase("lp solved");
    if (lp.infeasible || (!lp.hasSolution && !lp.timedOut)) {
        plan.status = PlanStatus::Infeasible;
        plan.explanations << quotaConflictText(run, f);
        return std::nullopt;
    }
    SolvedPlan out;
    out.duals = lp.hasSolution ? model.rowDuals() : std::vector<double>(f.rows.size(), 0.0);
    const StagesResult stages = solveLexicographic(model, f, run, StagesStart{});
    run.phase("tenant stages done");
    plan.timedOut = stages.timedOut;
    plan.cancelled = stages.cancelled;
    if (!stages.assignment) {
        if (stages.timedOut || stages.cancelled) {
            plan.status = PlanStatus::Failed;
            plan.explanations << QStringLiteral("no plan meeting every tenant's quotas was found before the search "
                                                "was stopped on %1")
                                     .arg(dateText(f.date));
        } else {
            plan.status = PlanStatus::Infeasible;
            plan.explanations << quotaConflictText(run, f);
        }
        return std::nullopt;
    }
    out.assignment = *stages.assignment;
    plan.method = f.hasTenants() ? QStringLiteral("glpk-milp, tenant priority tiers")
                                 : QStringLiteral("glpk-milp, clusters (one exact path)");
    plan.objectiveValue = primary.valueOf(out.assignment);
    plan.status = stages.proven ? PlanStatus::Optimal : PlanStatus::Feasible;
    plan.bound = stages.proven ? plan.objectiveValue
        : lp.hasSolution       ? primary.reported(lp.value / stage.scale)
                               : primary.reported(primary.everythingEnergized());
    plan.gap = stages.proven ? 0 : relativeGap(plan.bound, plan.objectiveValue);
    return out;
}

} // namespace warmshell::solver
