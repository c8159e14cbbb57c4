// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli measured FILE --measurements M --from T --to T [options]
#include "analysis/measuredcomparison.h"
#include "arguments.h"
#include "catalog.h"
#include "commands.h"
#include "commandsupport.h"
#include "export/csv.h"
#include "import/measuredpower.h"
#include "maintenance.h"
#include "planarguments.h"
#include "solver/solver.h"

namespace warmshell::cli {

namespace {

const OutputFormats kFormats{ OutputFormat::Table, OutputFormat::Json, OutputFormat::Csv };
constexpr SolveOptionSet kSolveOptions{ SolveOption::Date, SolveOption::TimeLimit };

QString kw(double v)
{
    return QString::number(v, 'f', 1);
}

QString measuredText(const std::optional<double> &v)
{
    return v ? kw(*v) : QStringLiteral("-");
}

QString tableRow(const MeasuredComparisonRow &r)
{
    const QString name = r.name.isEmpty() || r.name == r.id ? r.id : QStringLiteral("%1 (%2)").arg(r.name, r.id);
    return pad(name.left(28), 30) + pad(r.isRack ? QStringLiteral("-") : kw(r.installedKw), 11, true)
        + pad(r.isRack ? QStringLiteral("-") : kw(r.usableKw), 11, true)
        + pad(r.isRack ? QStringLiteral("-") : kw(r.creditKw), 9, true) + pad(kw(r.plannedKw), 11, true)
        + pad(measuredText(r.peakKw), 11, true)
        + pad(r.p99Kw ? (r.p99Exact ? QString() : QStringLiteral("≤")) + kw(*r.p99Kw) : QStringLiteral("-"), 11, true)
        + (r.exceedsPlan ? QStringLiteral("  MEASURED ABOVE PLAN") : QString()) + QLatin1Char('\n');
}

QString measuredTable(const Project &project, const MeasuredPower &measured, const CapacityPlan &plan,
    const std::vector<MeasuredComparisonRow> &rows)
{
    QString text;
    QTextStream t(&text);
    const qsizetype flagged = std::count_if(rows.begin(), rows.end(), [](const auto &r) { return r.exceedsPlan; });
    t << project.site.name << " — plan of " << plan.date.toString(Qt::ISODate) << " against measurements from "
      << dateTimeText(measured.window.from.toUTC()) << " to " << dateTimeText(measured.window.to.toUTC()) << " ("
      << measured.rowsInWindow << " of " << measured.rows << " rows in the window); " << count(flagged, "object")
      << " measured above plan\n";
    const MeasuredDiversityPolicy &policy = project.site.measuredDiversity;
    t << (policy.enabled ? QStringLiteral("Measured diversity on (margin %1 %): nodes above the racks count measured "
                                          "racks at peak × %2.\n")
                               .arg(policy.margin * 100, 0, 'g', 4)
                               .arg(1 + policy.margin, 0, 'g', 4)
                         : QStringLiteral("Measured diversity off: the plan counts nameplate everywhere.\n"));
    t << '\n'
      << pad(QStringLiteral("object"), 30) << pad(QStringLiteral("installed"), 11, true)
      << pad(QStringLiteral("usable"), 11, true) << pad(QStringLiteral("credit"), 9, true)
      << pad(QStringLiteral("planned"), 11, true) << pad(QStringLiteral("peak"), 11, true)
      << pad(QStringLiteral("p99"), 11, true) << "   (kW)\n";
    for (const MeasuredComparisonRow &r : rows)
        t << tableRow(r);
    return text;
}

QString measuredCsv(const std::vector<MeasuredComparisonRow> &rows)
{
    QString text = csvRecord({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
        QStringLiteral("installed_kw"), QStringLiteral("usable_kw"), QStringLiteral("measured_credit_kw"),
        QStringLiteral("planned_kw"), QStringLiteral("measured_peak_kw"), QStringLiteral("measured_p99_kw"),
        QStringLiteral("p99_exact"), QStringLiteral("samples"), QStringLiteral("exceeds_plan") });
    for (const MeasuredComparisonRow &r : rows)
        text += csvRecord({ r.id, r.name, r.isRack ? QStringLiteral("rack") : QStringLiteral("power-node"),
            r.isRack ? QString() : csvNumber(r.installedKw, 3), r.isRack ? QString() : csvNumber(r.usableKw, 3),
            r.isRack ? QString() : csvNumber(r.creditKw, 3), csvNumber(r.plannedKw, 3),
            r.peakKw ? csvNumber(*r.peakKw, 3) : QString(), r.p99Kw ? csvNumber(*r.p99Kw, 3) : QString(),
            r.peakKw ? (r.p99Exact ? QStringLiteral("true") : QStringLiteral("false")) : QString(),
            QString::number(r.samples), r.exceedsPlan ? QStringLiteral("true") : QStringLiteral("false") });
    return text;
}

// The window of --from and --to, or the usage error in `error`.
MeasurementWindow readWindow(const Arguments &arguments, QString &error)
{
    MeasurementWindow w;
    for (const char *key : { "from", "to" }) {
        const QString text = arguments.value(QLatin1String(key));
        const QDateTime at = parseDateTime(text);
        if (!arguments.isSet(QLatin1String(key)))
            error = QStringLiteral("--%1 is needed: the window's %2 (an ISO 8601 date-time such as "
                                   "2026-05-01T00:00:00Z)")
                        .arg(QLatin1String(key), QLatin1String(key[0] == 'f' ? "start" : "end"));
        else if (!at.isValid())
            error = QStringLiteral("--%1 \"%2\" is not an ISO 8601 date-time (such as 2026-05-01T00:00:00Z)")
                        .arg(QLatin1String(key), text.left(64));
        if (!error.isEmpty())
            return w;
        (key[0] == 'f' ? w.from : w.to) = at;
    }
    if (w.to <= w.from)
        error = QStringLiteral("--to must be after --from");
    return w;
}

} // namespace

QString measuredUsage()
{
    return QStringLiteral(
               "Usage: warmshell-cli measured FILE --measurements M --from T --to T [--date D]\n"
               "                         [--time-limit S] [--format table|json|csv] [--out PATH] [--force]\n"
               "\n"
               "Reads measured power M (CSV or JSON Lines rows of timestamp, object id, kW for racks or power\n"
               "nodes; read line by line, any size; docs/measured-power.md), summarises each object over the\n"
               "window [T, T) — its peak and 99th percentile — and solves the site as solve does, most compute\n"
               "first, with the measured rack peaks: under the site's measuredDiversity policy, nodes above the\n"
               "racks count measured racks at peak × (1 + margin). Prints every power node installed, usable\n"
               "(with its credit), planned and measured, then every measured rack, and flags each object whose\n"
               "measured peak exceeds its planned load. Any bad row (unknown id, timestamps not going forward\n"
               "per object, negative or NaN kW, a malformed line) refuses the whole file with its line.\n"
               "  --measurements M   the measured power file (\"-\": standard input)\n"
               "  --from T, --to T   the window, ISO 8601 date-times (UTC when no zone is given)\n")
        + solveOptionsHelp(kSolveOptions, 21)
        + QStringLiteral(
            "  --format F         table (default), json or csv (one row per object)\n"
            "  --out PATH         write to PATH instead of standard output (a complete file or none)\n"
            "  --force            write PATH even if it is FILE itself (by default that is refused)\n"
            "Exit codes: 0 ok, 1 invalid input (the project, a measurement row) or no plan, 2 usage error.\n");
}

CommandOptions measuredOptions()
{
    return solveCommandOptions(kSolveOptions)
        + CommandOptions{ valueOption("measurements", "M"), valueOption("from", "T"), valueOption("to", "T"),
              formatOption(kFormats), outOption(), forceOption() };
}

int runMeasured(const Invocation &in)
{
    PlanArguments a;
    const auto [project, exitCode] = openPlanProject(in, kSolveOptions, kFormats, a);
    if (!project)
        return exitCode;
    QString error;
    const MeasurementWindow window = readWindow(in.arguments, error);
    if (error.isEmpty() && !in.arguments.isSet(QStringLiteral("measurements")))
        error = QStringLiteral("--measurements is needed: the measured power file");
    if (!error.isEmpty())
        return in.usageError(error);
    const QString file = in.arguments.value(QStringLiteral("measurements"));
    a.guard.inputs << file;
    const MeasuredPowerResult measured = importMeasuredPowerFile(file, project->site, window);
    if (!measured.ok()) {
        in.err.problems(Diagnostics::Kind::Refused,
            QStringLiteral("%1: refused, %2").arg(inputName(file), count(problemCount(measured.errors), "problem")),
            file, measured.errors);
        return InvalidInput;
    }
    a.options.measuredRackPeakKw = measured.power->rackPeaks();
    const CapacityPlan plan = solve(*project, Catalog::builtIn(), a.options);
    if (plan.status == PlanStatus::Failed || plan.status == PlanStatus::Infeasible) {
        in.err.problemLines(Diagnostics::Kind::NoResult,
            QStringLiteral("warmshell-cli: %1: no plan to compare with the measurements").arg(inputName(a.file)),
            plan.explanations);
        return InvalidInput;
    }
    const std::vector<MeasuredComparisonRow> rows = compareMeasured(*project, plan, *measured.power);
    QString text;
    switch (a.format) {
    case OutputFormat::Json:
        text = jsonText(measuredComparisonToJson(*measured.power, rows));
        break;
    case OutputFormat::Csv:
        text = measuredCsv(rows);
        break;
    case OutputFormat::Table:
        text = measuredTable(*project, *measured.power, plan, rows);
        break;
    }
    return writeOutput(text, a.out, a.guard, in.out, in.err);
}

} // namespace warmshell::cli
