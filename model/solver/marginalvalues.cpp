// SPDX-License-Identifier: GPL-3.0-or-later
#include "marginalvalues.h"

#include "explanationtext.h"
#include "glpkmodel.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

namespace warmshell::solver {

namespace {

// (price, row) of the power node rows worth pricing, highest price first (ties in row order).
std::vector<std::pair<double, int>> nodesToPrice(
    const Formulation &f, const CapacityPlan &plan, const std::vector<double> &duals, bool bindingToo)
{
    std::vector<std::pair<double, int>> candidates;
    for (size_t row = 0; row < f.rows.size(); ++row)
        if (f.rows[row].kind == RowKind::PowerNode) {
            const int n = f.rows[row].object;
            const bool binding
                = bindingToo && std::any_of(plan.binding.begin(), plan.binding.end(), [&](const BindingConstraint &b) {
                      return b.kind == QLatin1String("power") && b.object == f.nodes[size_t(n)].id.toString();
                  });
            if (binding || duals[row] > kEps)
                candidates.emplace_back(duals[row], int(row));
        }
    std::stable_sort(candidates.begin(), candidates.end(), [](auto &x, auto &y) { return x.first > y.first; });
    return candidates;
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

// "+8 GB200, −4 H100": GPUs gained and lost per generation, in generation order.
QString generationChange(const std::map<QString, int> &before, std::map<QString, int> after)
{
    QStringList parts;
    std::set<QString> gens;
    for (auto &[k, v] : before)
        gens.insert(k);
    for (auto &[k, v] : after)
        gens.insert(k);
    for (const QString &gen : gens) {
        const int d = after[gen] - (before.count(gen) ? before.at(gen) : 0);
        if (d != 0)
            parts << QStringLiteral("%1%2 %3")
                         .arg(d > 0 ? QStringLiteral("+") : QStringLiteral("−"))
                         .arg(std::abs(d))
                         .arg(gen);
    }
    return parts.join(QStringLiteral(", "));
}

// Re-solves the MILP with 1 MW more at one node at a time, against the plan `base`.
class Resolver
{
public:
    Resolver(const SolveRun &run, const Formulation &f, const PrimaryObjective &primary, const StageObjective &stage,
        const Assignment &base)
        : m_run(run), m_f(f), m_primary(primary), m_base(base), m_baseGpus(gpusByGeneration(f, base)),
          m_basePrimary(primary.valueOf(base)), m_probe(f)
    {
        m_probe.setObjective(stage.coefficients);
    }

    // Fills `mv`'s gains and sets mv.resolved when the re-solve of `row`, in half of `left`
    // seconds (10 s at most), finds a proven optimum.
    void resolve(int row, double left, MarginalValue &mv)
    {
        m_probe.setRowUpper(row, m_f.rows[size_t(row)].upper + 1000.0);
        const Deadline deadline = Deadline::after(std::min(left / 2, 10.0)).earlier(m_run.deadline());
        const GlpkModel::Result r = m_probe.solveMilp(deadline, 0.0, m_run.options().cancel);
        m_probe.setRowUpper(row, m_f.rows[size_t(row)].upper);
        if (!r.hasSolution || !r.optimal)
            return;
        const Assignment more = fromColumns(m_f, r.x);
        const Precision precision = m_primary.precision();
        mv.resolved = true;
        mv.objectiveGain = m_primary.valueOf(more) - m_basePrimary;
        mv.extraGpus = gpusOf(m_f, more) - gpusOf(m_f, m_base);
        mv.extraPflops = pflopsOf(m_f, more, precision) - pflopsOf(m_f, m_base, precision);
        mv.byGeneration = generationChange(m_baseGpus, gpusByGeneration(m_f, more));
    }

private:
    const SolveRun &m_run;
    const Formulation &m_f;
    const PrimaryObjective &m_primary;
    const Assignment &m_base;
    const std::map<QString, int> m_baseGpus;
    const double m_basePrimary;
    GlpkModel m_probe;
};

// Whether an exact re-solve is asked for and affordable with `left` seconds.
bool mayResolve(const SolveRun &run, const CapacityPlan &plan, double left)
{
    const SolveOptions &options = run.options();
    return options.method == SolveMethod::Exact && plan.status == PlanStatus::Optimal && left > 0.5
        && !(options.cancel && options.cancel->load());
}

// Whether loading the re-solve's model and a first re-solve fit in `left` seconds.
bool mayLoadResolver(const SolveRun &run, const Formulation &f, const CapacityPlan &plan, double left)
{
    return mayResolve(run, plan, left - glpkLoadSeconds(f));
}

QString marginalText(const MarginalValue &mv, const QString &name, RowPrices prices, const QString &unit)
{
    if (prices == RowPrices::LagrangianMultipliers)
        return QStringLiteral("+1 MW at %1 is worth about %2 %3 by its Lagrangian price")
            .arg(name, numberText(mv.dualPerKw * 1000, 2), unit);
    if (mv.resolved)
        return QStringLiteral("+1 MW at %1 energizes %2 more GPUs%3, %4 PFLOPS (LP dual %5 %6 per MW)")
            .arg(name)
            .arg(mv.extraGpus)
            .arg(mv.byGeneration.isEmpty() ? QString() : QStringLiteral(" (%1 GPUs)").arg(mv.byGeneration))
            .arg(QStringLiteral("%1%2")
                     .arg(mv.extraPflops >= 0 ? QStringLiteral("+") : QString())
                     .arg(numberText(mv.extraPflops, 1)))
            .arg(numberText(mv.dualPerKw * 1000, 2), unit);
    return QStringLiteral("+1 MW at %1 is worth %2 %3 by the LP dual")
        .arg(name, numberText(mv.dualPerKw * 1000, 2), unit);
}

} // namespace

void priceCapacity(const SolveRun &run, const Formulation &f, const PrimaryObjective &primary,
    const StageObjective &stage, const SolvedPlan &solved, CapacityPlan &plan)
{
    const bool fromLp = solved.prices == RowPrices::LpDuals;
    const std::vector<std::pair<double, int>> candidates = nodesToPrice(f, plan, solved.duals, fromLp);
    std::optional<Resolver> resolver;
    if (fromLp && mayLoadResolver(run, f, plan, run.secondsLeft()))
        resolver.emplace(run, f, primary, stage, solved.assignment);
    for (size_t i = 0; i < candidates.size() && i < 8; ++i) {
        const auto [dual, row] = candidates[i];
        const PowerNode &node = f.nodes[size_t(f.rows[size_t(row)].object)];
        MarginalValue mv;
        mv.object = node.id.toString();
        mv.dualPerKw = primary.dualSign() * dual / stage.scale;
        if (const double left = run.secondsLeft(); resolver && mayResolve(run, plan, left))
            resolver->resolve(row, left, mv);
        QString name = node.name.isEmpty() ? mv.object : node.name;
        if (f.rows[size_t(row)].detail == kReserveRow) // the node's capacity left after one module fails
            name += QStringLiteral(" (with one module failed)");
        mv.text = marginalText(mv, name, solved.prices, primary.unit());
        plan.marginalValues.push_back(mv);
    }
}

} // namespace warmshell::solver
