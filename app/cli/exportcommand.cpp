// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli export FILE --what placements|generations|nodes|tenants|timeline [options]
#include "arguments.h"
#include "catalog.h"
#include "commands.h"
#include "commandsupport.h"
#include "enumkeys.h"
#include "export/csv.h"
#include "export/planexport.h"
#include "solver/solver.h"
#include "timelinearguments.h"

namespace warmshell::cli {

namespace {

const OutputFormats kFormats{ OutputFormat::Csv, OutputFormat::Json };

// --what, or the usage error in `error`.
std::optional<PlanTableKind> readKind(const Arguments &arguments, QString &error)
{
    const QString what = arguments.value(QStringLiteral("what"));
    if (what.isEmpty()) {
        error = QStringLiteral("--what is needed: placements, generations, nodes, tenants or timeline");
        return std::nullopt;
    }
    const auto kind = enumFromKey<PlanTableKind>(what);
    if (!kind)
        error
            = QStringLiteral("--what must be placements, generations, nodes, tenants or timeline, got '%1'").arg(what);
    return kind;
}

// CSV, or JSON with `extra` (the site, date, ...) beside the table.
QString tableOutput(const Table &table, OutputFormat format, QJsonObject extra)
{
    if (format == OutputFormat::Csv)
        return tableToCsv(table);
    extra.insert(QStringLiteral("format"), QStringLiteral("warmshell-table"));
    extra.insert(QStringLiteral("formatVersion"), 1);
    return jsonText(tableToJson(table, extra));
}

// export --what timeline: the timeline command's options and computation, the table writer.
int exportTimeline(const Invocation &in, OutputFormat format)
{
    TimelineArguments a;
    const auto [project, exitCode] = openTimelineProject(in, kFormats, a);
    if (!project)
        return exitCode;
    const Timeline t = computeTimeline(*project, Catalog::builtIn(), a.options);
    if (!t.problems.isEmpty()) {
        in.err.problemLines(
            Diagnostics::Kind::NoResult, QStringLiteral("warmshell-cli: no timeline to export"), t.problems);
        return InvalidInput;
    }
    const QJsonObject extra{ { QStringLiteral("site"), project->site.name },
        { QStringLiteral("date"), t.boundaries.empty() ? QString() : t.boundaries.front().toString(Qt::ISODate) },
        { QStringLiteral("period"), keyOf(t.period) }, { QStringLiteral("allowMoves"), t.allowMoves },
        { QStringLiteral("worstGap"), t.worstGap }, { QStringLiteral("periodsTimedOut"), t.periodsTimedOut },
        { QStringLiteral("currency"), project->site.currency } };
    if (t.periodsTimedOut > 0)
        in.err.warning(Diagnostics::Kind::Limit,
            QStringLiteral("the time limit was reached in %1 period(s); their rows are of the best plans found by then")
                .arg(t.periodsTimedOut));
    return writeOutput(tableOutput(timelineTable(t), format, extra), a.plan.out, a.plan.guard, in.out, in.err);
}

// export --what placements|generations|nodes|tenants: one table of the plan.
int exportPlanTable(const Invocation &in, PlanTableKind kind)
{
    for (const CommandOption &o : timelineCommandOptions())
        if (in.arguments.isSet(o.name))
            return in.usageError(QStringLiteral("unknown option '%1'").arg(in.arguments.spelling(o.name)));
    PlanArguments a;
    const auto [project, exitCode] = openPlanProject(in, kAllSolveOptions, kFormats, a);
    if (!project)
        return exitCode;
    const CapacityPlan plan = solve(*project, Catalog::builtIn(), a.options);
    if (plan.status == PlanStatus::Failed || plan.status == PlanStatus::Infeasible) {
        in.err.problemLines(Diagnostics::Kind::NoResult,
            QStringLiteral("warmshell-cli: no plan to export (%1)").arg(keyOf(plan.status)), plan.explanations);
        return InvalidInput;
    }
    const PlanTableResult table = planTable(kind, plan, *project, Catalog::builtIn());
    if (!table.table) { // the tenants of a project without any
        in.err.problemLines(Diagnostics::Kind::NoResult,
            QStringLiteral("warmshell-cli: no %1 table to export").arg(keyOf(kind)), { table.unavailable });
        return InvalidInput;
    }
    const QJsonObject extra{ { QStringLiteral("site"), project->site.name },
        { QStringLiteral("date"), plan.date.toString(Qt::ISODate) }, { QStringLiteral("status"), keyOf(plan.status) },
        { QStringLiteral("timedOut"), plan.timedOut }, { QStringLiteral("currency"), project->site.currency } };
    if (plan.timedOut)
        in.err.warning(Diagnostics::Kind::Limit,
            QStringLiteral("the time limit was reached; the table is of the best plan found by then"));
    return writeOutput(tableOutput(*table.table, a.format, extra), a.out, a.guard, in.out, in.err);
}

} // namespace

QString exportUsage()
{
    return QStringLiteral(
        "Usage: warmshell-cli export FILE --what placements|generations|nodes|tenants|timeline\n"
        "                         [--format csv|json] [--out PATH] [--force] [--date D] [--objective O]\n"
        "                         [--precision P] [--heuristic] [--time-limit S]\n"
        "\n"
        "Solves FILE as 'solve' does and writes one table of the plan:\n"
        "  placements   rack, system model, operating point, count, GPUs, kW (one row per rack and model;\n"
        "               with the tenant's id when the project has tenants)\n"
        "  generations  energized and idle GPUs and systems, kW, PFLOPS, idle depreciation per month\n"
        "  nodes        installed, usable and load kW and utilisation of every power node and cooling unit\n"
        "  tenants      per tenant and for the operator's own lots: energized and idle GPUs, kW, idle\n"
        "               depreciation per month and the quota at its limit (projects with tenants only)\n"
        "  timeline     per period and generation: energized and idle GPUs, PFLOPS, kW used and available,\n"
        "               idle depreciation in the period and cumulative (as 'timeline --format csv')\n"
        "CSV is RFC 4180 (UTF-8, CRLF, header row with units in the column names, '.' decimals);\n"
        "JSON is {\"table\", \"columns\", \"rows\": [{column: value}], \"site\", \"date\", \"status\"}.\n"
        "  --format F   csv (default) or json\n"
        "  --out PATH   write to PATH instead of standard output (a complete file or none)\n"
        "  --force      write PATH even if it is FILE itself (by default that is refused)\n"
        "Other options as for 'solve'; with --what timeline also those of 'timeline' (--period,\n"
        "--periods, --allow-moves, --total-time-limit, --gpu-hour-price) and no --date.\n"
        "Exit codes: 0 written, 1 invalid input, infeasible or write error, 2 usage error.\n");
}

CommandOptions exportOptions()
{
    return CommandOptions{ choiceOption("what", "T", choicesOf<PlanTableKind>()), formatOption(kFormats), outOption(),
        forceOption() }
    + solveCommandOptions(kAllSolveOptions) + timelineCommandOptions();
}

int runExport(const Invocation &in)
{
    QString error;
    const auto kind = readKind(in.arguments, error);
    const auto format = error.isEmpty() ? readOutputFormat(in.arguments, kFormats, error) : std::nullopt;
    if (!kind || !format)
        return in.usageError(error);
    return *kind == PlanTableKind::Timeline ? exportTimeline(in, *format) : exportPlanTable(in, *kind);
}

} // namespace warmshell::cli
