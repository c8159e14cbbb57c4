// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli solve FILE [options]
#include "arguments.h"
#include "catalog.h"
#include "commands.h"
#include "commandsupport.h"
#include "enumkeys.h"
#include "export/csv.h"
#include "export/planexport.h"
#include "plan/capacitynames.h"
#include "plan/planjson.h"
#include "plan/planorder.h"
#include "planarguments.h"
#include "solver/solver.h"

namespace warmshell::cli {

namespace {

const OutputFormats kFormats{ OutputFormat::Table, OutputFormat::Json, OutputFormat::Csv };

// "SITE — plan for DATE (method, status, seconds)" (no method when none ran) and, for a plan, its objective line.
void printHeadline(QTextStream &t, const CapacityPlan &plan, const Project &project)
{
    const Objective o = plan.objective;
    const QString unit = o == Objective::Compute ? QStringLiteral("PFLOPS (%1)").arg(keyOf(plan.options.precision))
        : o == Objective::Gpus                   ? QStringLiteral("GPUs")
                               : project.site.currency + QStringLiteral(" idle depreciation per month");
    // A plan refused before any method ran (validation problems) has no method to name.
    QStringList how{ keyOf(plan.status), QString::number(plan.seconds, 'f', 2) + QStringLiteral(" s") };
    if (!plan.method.isEmpty())
        how.prepend(plan.method);
    if (plan.timedOut)
        how << QStringLiteral("time limit reached: the best plan found by then");
    t << project.site.name << " — plan for " << plan.date.toString(Qt::ISODate) << " ("
      << how.join(QStringLiteral(", ")) << ")\n";
    if (plan.status == PlanStatus::Failed || plan.status == PlanStatus::Infeasible)
        return;
    t << "Objective " << keyOf(o) << ": " << QString::number(plan.objectiveValue, 'f', 1) << ' ' << unit << ", bound "
      << QString::number(plan.bound, 'f', 1) << ", gap " << QString::number(100 * plan.gap, 'f', 2) << "%\n";
    t << certificationLine(plan) << "\n\n";
}

void printGenerations(QTextStream &t, const CapacityPlan &plan, const QString &currency)
{
    t << pad(QStringLiteral("generation"), 11) << pad(QStringLiteral("energized GPUs"), 15, true)
      << pad(QStringLiteral("idle GPUs"), 10, true) << pad(QStringLiteral("systems on"), 11, true)
      << pad(QStringLiteral("idle"), 6, true) << pad(QStringLiteral("kW"), 10, true)
      << pad(QStringLiteral("PFLOPS"), 9, true) << pad(QStringLiteral("idle depreciation/month"), 25, true) << '\n';
    for (const GenerationResult &g : plan.generations)
        t << pad(g.generation, 11) << pad(QString::number(g.energizedGpus), 15, true)
          << pad(QString::number(g.idleGpus), 10, true) << pad(QString::number(g.energizedSystems), 11, true)
          << pad(QString::number(g.idleSystems), 6, true)
          << pad(QString::number(g.energizedPower.value(), 'f', 0), 10, true)
          << pad(QString::number(g.energizedPflops, 'f', 1), 9, true)
          << pad(money(g.idleDepreciationPerMonth.value()) + QLatin1Char(' ') + currency, 25, true) << '\n';
    t << pad(QStringLiteral("total"), 11) << pad(QString::number(plan.energizedGpus()), 15, true)
      << pad(QString::number(plan.idleGpus()), 10, true) << pad(QString(), 17)
      << pad(QString::number(plan.energizedPower().value(), 'f', 0), 10, true) << pad(QString(), 9)
      << pad(money(plan.idleDepreciationPerMonth().value()) + QLatin1Char(' ') + currency, 25, true) << "\n";
}

// Per tenant (projects with tenants): energized and idle GPUs, kW, idle cost, and the quota
// the plan sits at.
void printTenants(QTextStream &t, const CapacityPlan &plan, const QString &currency)
{
    if (plan.tenants.empty())
        return;
    t << '\n'
      << pad(QStringLiteral("tenant"), 20) << pad(QStringLiteral("priority"), 9, true)
      << pad(QStringLiteral("energized GPUs"), 15, true) << pad(QStringLiteral("idle GPUs"), 10, true)
      << pad(QStringLiteral("kW"), 10, true) << pad(QStringLiteral("idle depreciation/month"), 25, true)
      << "  quota at its limit\n";
    for (const TenantResult &r : plan.tenants)
        t << pad(r.tenant.isNull() ? r.name : r.tenant.toString(), 20)
          << pad(r.tenant.isNull() ? QStringLiteral("last") : QString::number(r.priority), 9, true)
          << pad(QString::number(r.energizedGpus), 15, true) << pad(QString::number(r.idleGpus), 10, true)
          << pad(QString::number(r.energizedPower.value(), 'f', 0), 10, true)
          << pad(money(r.idleDepreciationPerMonth.value()) + QLatin1Char(' ') + currency, 25, true) << "  "
          << (r.bindingQuota.isEmpty() ? QStringLiteral("-") : r.bindingQuota) << '\n';
}

// Per cluster (projects with clusters): where it stands, or why it is not placed.
void printClusters(QTextStream &t, const CapacityPlan &plan)
{
    if (plan.clusters.empty())
        return;
    t << '\n'
      << pad(QStringLiteral("cluster"), 20) << pad(QStringLiteral("model"), 16)
      << pad(QStringLiteral("systems"), 8, true) << "  placed in / why not\n";
    for (const ClusterResult &c : plan.clusters)
        t << pad(c.cluster.toString(), 20) << pad(c.model.toString(), 16) << pad(QString::number(c.systems), 8, true)
          << "  " << (c.placed ? c.domain : QStringLiteral("not placed: ") + c.reason) << '\n';
}

// The plan's whole load on the site's power: IT, cooling draw, house load, losses, their sum
// (facility kW, what the utility feeds carry) and the PUE it gives.
void printFacility(QTextStream &t, const CapacityPlan &plan)
{
    const FacilityLoad &f = plan.facilityLoad;
    auto kw = [](Kilowatts k) { return QString::number(k.value(), 'f', 0); };
    t << "\nFacility power: IT " << kw(f.it) << " kW, cooling " << kw(f.cooling) << " kW, losses " << kw(f.losses)
      << " kW, house " << kw(f.house) << " kW; facility " << kw(f.facility()) << " kW";
    if (f.it.value() > 0)
        t << ", PUE " << QString::number(f.pue(), 'f', 3);
    t << '\n';
    if (const QString months = designMonthText(plan.designMonths); !months.isEmpty())
        t << "Cooling plant " << months << '\n';
}

// Binding constraints, marginal values, stranded capacity and idle systems, each a list.
void printFindings(QTextStream &t, const CapacityPlan &plan)
{
    auto section = [&](const char *title, const QStringList &lines) {
        if (lines.isEmpty())
            return;
        t << '\n' << title << ":\n";
        for (const QString &l : lines)
            t << "  - " << l << '\n';
    };
    QStringList binding, marginal, stranded;
    for (const BindingConstraint &b : plan.binding)
        binding << b.text;
    for (const MarginalValue &m : plan.marginalValues)
        marginal << m.text;
    // "Substation 1 (sub-1, power): 2280 kW — redundancy reserve": the name first, the id after.
    const QHash<QString, QString> names = capacityNames(plan);
    for (const StrandedCapacity &s : plan.stranded)
        stranded << QStringLiteral("%1 (%2, %3): %4 — %5")
                        .arg(names.value(s.object, s.object), s.object, s.kind,
                            QString::number(s.amount.value(), 'f', 0) + QStringLiteral(" kW"), s.reason);
    section("Binding constraints", binding);
    section("Marginal value of capacity", marginal);
    section("Stranded capacity", stranded);
    section("Why systems are idle", plan.explanations);
}

// The plan as the table format shows it; a failed or infeasible plan as its explanations.
QString planText(const CapacityPlan &plan, const Project &project)
{
    QString text;
    QTextStream t(&text);
    printHeadline(t, plan, project);
    if (plan.status == PlanStatus::Failed || plan.status == PlanStatus::Infeasible) {
        for (const QString &e : plan.explanations)
            t << "  " << e << '\n';
        return text;
    }
    printGenerations(t, plan, project.site.currency);
    printTenants(t, plan, project.site.currency);
    printClusters(t, plan);
    printFacility(t, plan);
    printFindings(t, plan);
    return text;
}

QString planOutput(const CapacityPlan &plan, const Project &project, OutputFormat format)
{
    switch (format) {
    case OutputFormat::Json:
        return jsonText(planToJson(plan));
    case OutputFormat::Csv:
        return tableToCsv(*planTable(PlanTableKind::Generations, plan, project, Catalog::builtIn()).table);
    case OutputFormat::Table:
        break;
    }
    return planText(plan, project);
}

} // namespace

QString solveUsage()
{
    return QStringLiteral(
               "Usage: warmshell-cli solve FILE [--objective compute|gpus|idle-cost[,...]] [--precision bf16|fp8|fp4]\n"
               "                         [--date YYYY-MM-DD] [--heuristic] [--time-limit S] [--gap PERCENT]\n"
               "                         [--format table|json|csv] [--out PATH] [--force]\n"
               "\n"
               "Decides which systems of the fleet go into which racks so that the objective is best within\n"
               "every power node, cooling unit, rack and fleet limit (GLPK branch-and-cut on the aggregated\n"
               "model; see docs/solver.md). Reports per generation energized and idle GPUs and the idle\n"
               "depreciation per month, the binding constraints, the marginal value of +1 MW at each binding\n"
               "node, stranded capacity and why systems stay idle.\n")
        + solveOptionsHelp(kAllSolveOptions, 21)
        + QStringLiteral(
            "  --format F         table (default), json (documented in docs/solver.md) or csv (per generation)\n"
            "  --out PATH         write to PATH instead of standard output (a complete file or none)\n"
            "  --force            write PATH even if it is FILE itself (by default that is refused)\n"
            "Exit codes: 0 a plan, 1 invalid input or infeasible pinned contents, 2 usage error.\n");
}

CommandOptions solveOptions()
{
    return solveCommandOptions(kAllSolveOptions) + CommandOptions{ formatOption(kFormats), outOption(), forceOption() };
}

int runSolve(const Invocation &in)
{
    PlanArguments a;
    const auto [project, exitCode] = openPlanProject(in, kAllSolveOptions, kFormats, a);
    if (!project)
        return exitCode;
    const CapacityPlan plan = solve(*project, Catalog::builtIn(), a.options);
    if (plan.status == PlanStatus::Failed) {
        // No plan at all (validation problems): nothing is written, --out keeps what it had.
        in.err.problemLines(Diagnostics::Kind::NoResult,
            QStringLiteral("warmshell-cli: %1: no plan").arg(inputName(a.file)), plan.explanations);
        return InvalidInput;
    }
    const int written = writeOutput(planOutput(plan, *project, a.format), a.out, a.guard, in.out, in.err);
    if (written != Ok)
        return written;
    return plan.status == PlanStatus::Failed || plan.status == PlanStatus::Infeasible ? InvalidInput : Ok;
}

} // namespace warmshell::cli
