// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli procure FILE --budget USD[,USD...] --candidates LIST [options]
#include "arguments.h"
#include "catalog.h"
#include "commands.h"
#include "commandsupport.h"
#include "enumkeys.h"
#include "export/csv.h"
#include "planarguments.h"
#include "procurement/procurement.h"
#include "procurement/procurementjson.h"
#include "procurementarguments.h"

#include <cmath>

namespace warmshell::cli {

namespace {

const OutputFormats kFormats{ OutputFormat::Table, OutputFormat::Json, OutputFormat::Csv };
constexpr SolveOptionSet kSolveOptions{ SolveOption::Precision, SolveOption::TimeLimit, SolveOption::Gap };
constexpr double kDefaultProcurementGap = 0.005; // 0.5 %: the target on the campus

struct ProcureArguments
{
    PlanArguments plan;
    ProcurementArguments question;
};

QString readProcureArguments(const Arguments &arguments, ProcureArguments &a)
{
    if (const QString error = readProcurementQuestion(arguments, "objective", a.question); !error.isEmpty())
        return error;
    if (const QString error = readPlanArguments(arguments, kSolveOptions, kFormats, a.plan); !error.isEmpty())
        return error;
    ProcurementInput &input = a.question.input;
    input.precision = a.plan.options.precision;
    input.timeLimitSeconds = a.plan.options.timeLimitSeconds;
    input.relativeGap = arguments.isSet(QStringLiteral("gap")) ? a.plan.options.relativeGap : kDefaultProcurementGap;
    return {};
}

QString quarterLabel(const QDate &d)
{
    return QStringLiteral("%1 Q%2").arg(d.year()).arg((d.month() - 1) / 3 + 1);
}

QString objectiveUnit(const ProcurementInput &in)
{
    return in.objective == ProcurementObjective::Net ? QStringLiteral("USD") : QStringLiteral("PFLOPS-years");
}

void printHeader(QTextStream &s, const ProcurementPlan &p, const ProcurementInput &in, const Project &project)
{
    s << project.site.name << " — procurement plan, " << in.horizonQuarters << " quarters from "
      << project.site.planStart.toString(Qt::ISODate) << ", objective " << keyOf(in.objective) << " ("
      << objectiveUnit(in) << ", dense " << keyOf(in.precision).toUpper() << ", discounted at "
      << QString::number(100 * in.discountRate, 'g', 4) << " % a year)\n";
    s << (p.optimal ? "Proven within " : "NOT proven within the target: gap ") << QString::number(100 * p.gap, 'f', 3)
      << " % of the best possible (bound " << QString::number(p.bound, 'f', 3) << ", target "
      << QString::number(100 * in.relativeGap, 'g', 3) << " %)" << (p.timedOut ? ", time limit reached" : "") << "; "
      << QString::number(p.seconds, 'f', 2) << " s; " << p.columns << " columns × " << p.rows << " rows\n";
}

void printOrders(QTextStream &s, const ProcurementOutcome &o)
{
    s << "\nOrders:\n";
    if (o.orders.empty())
        s << "  none\n";
    for (const ProcurementOrder &order : o.orders)
        s << "  order " << quarterLabel(order.placed) << "  " << pad(order.model.toString(), 18)
          << pad(QString::number(order.count), 6, true) << " systems  " << pad(money(order.cost), 14, true)
          << " USD  delivered " << order.delivered.toString(Qt::ISODate) << '\n';
    s << "  capital " << money(o.capital) << " USD\n";
}

void printQuarters(QTextStream &s, const ProcurementOutcome &o, const ProcurementInput &in)
{
    s << "\nPer quarter (not discounted):\n"
      << pad(QStringLiteral("  quarter"), 10) << pad(QStringLiteral("systems on"), 11, true)
      << pad(QStringLiteral("GPUs"), 8, true) << pad(QStringLiteral("PFLOPS"), 10, true)
      << pad(QStringLiteral("new held"), 9, true) << pad(QStringLiteral("new on"), 8, true)
      << pad(QStringLiteral("idle"), 6, true) << pad(QStringLiteral("idle dep. USD"), 14, true)
      << "  power binds at; LP dual per MW there (" << objectiveUnit(in) << ")\n";
    for (const ProcurementPeriod &p : o.periods) {
        QString power = p.bindingPowerNodes.isEmpty() ? QStringLiteral("-") : p.bindingPowerNodes.join(u' ');
        if (std::isfinite(p.marginalPerMw))
            power += QStringLiteral("; %1").arg(p.marginalPerMw, 0, 'f', 2);
        s << pad(QStringLiteral("  ") + quarterLabel(p.start), 10) << pad(QString::number(p.energizedSystems), 11, true)
          << pad(QString::number(p.energizedGpus), 8, true) << pad(QString::number(p.energizedPflops, 'f', 1), 10, true)
          << pad(QString::number(p.orderedDelivered), 9, true) << pad(QString::number(p.orderedEnergized), 8, true)
          << pad(QString::number(p.idleSystems), 6, true) << pad(money(p.idleDepreciation), 14, true) << "  " << power
          << '\n';
    }
}

void printComparison(QTextStream &s, const ProcurementPlan &p)
{
    s << "\nCompared (discounted over the horizon; each placement solved within the same gap target):\n"
      << pad(QStringLiteral("  schedule"), 28) << pad(QStringLiteral("capital USD"), 16, true)
      << pad(QStringLiteral("PFLOPS-years"), 14, true) << pad(QStringLiteral("idle dep. USD"), 15, true)
      << pad(QStringLiteral("objective"), 14, true) << '\n';
    for (const ProcurementOutcome *o : { &p.plan, &p.mostEfficientNow, &p.fileOrdersOnly }) {
        s << pad(QStringLiteral("  ") + o->name, 28);
        if (!o->solved) {
            s << "  not solved within the time limit\n";
            continue;
        }
        s << pad(money(o->capital), 16, true) << pad(QString::number(o->computeYears, 'f', 2), 14, true)
          << pad(money(o->idleDepreciation), 15, true) << pad(QString::number(o->objective, 'f', 2), 14, true) << '\n';
    }
    s << "  Idle depreciation avoided against the most efficient model now: "
      << money(p.mostEfficientNow.idleDepreciation - p.plan.idleDepreciation)
      << " USD; against the file's orders only: " << money(p.fileOrdersOnly.idleDepreciation - p.plan.idleDepreciation)
      << " USD\n"
      << "  Most efficient model now: " << p.mostEfficientNow.description << '\n';
}

void printVerdicts(QTextStream &s, const ProcurementPlan &p)
{
    s << "\nCandidates:\n";
    for (const ProcurementVerdict &v : p.verdicts)
        s << "  " << pad(v.model.toString(), 18) << (v.binding.isEmpty() ? QString() : v.binding + QStringLiteral(": "))
          << v.reason << '\n';
    if (!p.marginalMethod.isEmpty())
        s << "\nMarginal value of power: " << p.marginalMethod << ".\n";
}

QString procurementText(const ProcurementPlan &p, const ProcurementInput &in, const Project &project)
{
    QString text;
    QTextStream s(&text);
    printHeader(s, p, in, project);
    printOrders(s, p.plan);
    printQuarters(s, p.plan, in);
    printComparison(s, p);
    printVerdicts(s, p);
    return text;
}

QString procurementOutput(const ProcurementPlan &p, const ProcurementInput &in, const Project &project, OutputFormat f)
{
    switch (f) {
    case OutputFormat::Json:
        return jsonText(procurementToJson(p, in));
    case OutputFormat::Csv:
        return tableToCsv(procurementTable(p));
    case OutputFormat::Table:
        break;
    }
    return procurementText(p, in, project);
}

} // namespace

QString procureUsage()
{
    return QStringLiteral(
        "Usage: warmshell-cli procure FILE --budget USD[,USD...] --candidates MODEL[:LEAD[:N]],...\n"
        "                        [--horizon Q] [--lead-time Q] [--discount RATE] [--objective compute|net]\n"
        "                        [--value USD] [--precision bf16|fp8|fp4] [--time-limit S] [--gap PERCENT]\n"
        "                        [--format table|json|csv] [--out PATH] [--force]\n"
        "\n"
        "Chooses how many systems of each candidate model to order in each quarter so that what is\n"
        "bought is energized as the site's power and cooling come online: one copy of the site's model\n"
        "per quarter (power, cooling and space at the quarter's start, the file's lots as delivered\n"
        "then) linked by the orders and the budget, solved with a proven gap. Shows the orders, what\n"
        "each quarter energizes and leaves idle, the comparison with buying the most efficient model\n"
        "now and with the file's own orders, the value of +1 MW where power binds, and why each\n"
        "candidate that got no order lost (docs/procurement.md).\n"
        "  --budget USD         capital over the horizon; a list Q1,Q2,... gives one amount per quarter\n"
        "                       instead (unspent money does not carry over; quarters past the list: 0)\n"
        "  --candidates LIST    model ids or generations (B300,GB300,MI355X); MODEL:LEAD sets its lead\n"
        "                       time in quarters, MODEL:LEAD:N at most N systems per quarter. Prices\n"
        "                       are the catalog's (or the project model's)\n"
        "  --horizon Q          quarters from the site's planStart, 1 to 24 (default 12)\n"
        "  --lead-time Q        quarters from order to delivery where a candidate gives none (default 2)\n"
        "  --discount RATE      per year (default 0.08)\n"
        "  --objective O        compute (default): PFLOPS-years energized; net: PFLOPS-years × --value\n"
        "                       minus the depreciation of idle systems, USD\n"
        "  --value USD          what one PFLOPS-year energized is worth (needed for net)\n"
        "  --time-limit S       seconds for the whole run (default 60)\n"
        "  --gap PERCENT        stop once proven within PERCENT (default 0.5)\n"
        "  --format F           table (default), json or csv (one row per order and per quarter)\n"
        "Exit codes: 0 ok, 1 invalid input, 2 usage error.\n");
}

CommandOptions procureOptions()
{
    return procurementQuestionOptions("objective") + solveCommandOptions(kSolveOptions)
        + CommandOptions{ formatOption(kFormats), outOption(), forceOption() };
}

int runProcure(const Invocation &in)
{
    ProcureArguments a;
    const QString error = readProcureArguments(in.arguments, a);
    const LoadedProject loaded = openProject(in, error, a.plan.file);
    if (!loaded.project)
        return loaded.exitCode;
    const Project &project = *loaded.project;
    if (const QString candidateError = resolveProcurementCandidates(a.question, project); !candidateError.isEmpty())
        return in.usageError(candidateError);
    const ProcurementInput &input = a.question.input;
    const ProcurementPlan p = planProcurement(project, Catalog::builtIn(), input);
    if (!p.problems.empty()) {
        in.err.problems(Diagnostics::Kind::Invalid, project.site.name + QStringLiteral(": no procurement plan"),
            a.plan.file, p.problems);
        return InvalidInput;
    }
    for (const QString &finding : p.checkFindings)
        in.err.warning(Diagnostics::Kind::NoResult, QStringLiteral("the schedule fails its check: ") + finding);
    if (!p.optimal)
        in.err.warning(Diagnostics::Kind::Limit,
            QStringLiteral("the schedule is not proven within %1 %: gap %2 %")
                .arg(100 * input.relativeGap)
                .arg(100 * p.gap, 0, 'f', 3));
    return writeOutput(procurementOutput(p, input, project, a.plan.format), a.plan.out, a.plan.guard, in.out, in.err);
}

} // namespace warmshell::cli
