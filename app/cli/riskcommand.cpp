// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli risk FILE --samples N --seed S [options]
#include "analysis/risk.h"
#include "analysis/riskjson.h"
#include "arguments.h"
#include "catalog.h"
#include "commands.h"
#include "commandsupport.h"
#include "enumkeys.h"
#include "export/csv.h"
#include "export/riskexport.h"
#include "riskarguments.h"
#include "solveoptionsparser.h"
#include "timelinearguments.h"

namespace warmshell::cli {

namespace {

const OutputFormats kFormats{ OutputFormat::Table, OutputFormat::Json, OutputFormat::Csv };

QString periodLabel(const QDate &start, PlanningPeriod period)
{
    if (period == PlanningPeriod::Quarter && start.day() == 1 && (start.month() - 1) % 3 == 0)
        return QStringLiteral("%1 Q%2").arg(start.year()).arg((start.month() - 1) / 3 + 1);
    return start.toString(Qt::ISODate);
}

// --samples, --seed and --threads into `o`; the first usage error, or empty.
QString readRiskOptions(const Arguments &arguments, RiskOptions &o)
{
    if (const QString error = readRiskRunOptions(arguments, "samples", o); !error.isEmpty())
        return error;
    if (arguments.isSet(QStringLiteral("total-time-limit")))
        return QStringLiteral("--total-time-limit does not apply to risk: each period of each sample keeps "
                              "--time-limit");
    return {};
}

QString delayText(const DelayDistribution &d)
{
    if (!d.isDiscrete())
        return QStringLiteral("triangular %1 / %2 / %3 months (min / most likely / max)")
            .arg(d.minMonths)
            .arg(d.modeMonths)
            .arg(d.maxMonths);
    QStringList parts;
    for (const DelayOutcome &o : d.outcomes)
        parts << QStringLiteral("%1 months %2 %").arg(o.months).arg(100 * o.probability);
    return parts.join(QStringLiteral(", "));
}

void printHeader(QTextStream &s, const RiskResult &r, const Project &project, double relativeGap)
{
    const int periods = int(r.periods.size());
    s << project.site.name << " — risk, " << r.samples.size() << " samples of " << periods << ' ' << keyOf(r.period)
      << "s from " << (r.boundaries.empty() ? QString() : r.boundaries.front().toString(Qt::ISODate)) << ", seed "
      << r.seed << ", " << r.threads << " thread(s), " << QString::number(r.seconds, 'f', 2) << " s\n";
    const double share = r.periodProblems > 0 ? 100.0 * r.cacheHits / r.periodProblems : 0;
    s << "Period problems: " << r.periodProblems << "; solved " << r.solves << ", taken from the cache " << r.cacheHits
      << " (" << QString::number(share, 'f', 1) << " % of the problems).\n";
    s << "Each period: " << gapTargetText(relativeGap) << "; worst gap of any sample "
      << QString::number(100 * r.worstGap, 'f', 2) << "%.\n";
    if (r.samplesTimedOut > 0)
        s << "Not reproducible as given: " << r.samplesTimedOut
          << " sample(s) had a period solve stopped at its time limit (best plan found by then); raise "
             "--time-limit.\n";
    s << "\nUncertain dates:\n";
    for (const UncertainDate &d : r.uncertainDates)
        s << "  " << d.path << " (" << d.object << ", " << d.date.toString(Qt::ISODate) << "): " << delayText(d.delay)
          << '\n';
    if (r.uncertainDates.empty())
        s << "  none: every sample is the deterministic timeline\n";
}

QString triple(const Percentiles &p, bool isMoney)
{
    const auto f = [&](double v) { return isMoney ? money(v) : QString::number(v, 'f', 0); };
    return pad(f(p.p10), isMoney ? 12 : 7, true) + pad(f(p.p50), isMoney ? 12 : 7, true)
        + pad(f(p.p90), isMoney ? 12 : 7, true);
}

void printPeriods(QTextStream &s, const RiskResult &r)
{
    s << "\nPer period, P10 / P50 / P90 over the samples (" << r.currency << "):\n";
    s << pad(QStringLiteral("period"), 11) << pad(QStringLiteral("GPUs on"), 21, true)
      << pad(QStringLiteral("idle GPUs"), 21, true) << pad(QStringLiteral("idle depreciation"), 36, true)
      << pad(QStringLiteral("cumulative"), 36, true) << '\n';
    for (const RiskPeriod &p : r.periods)
        s << pad(periodLabel(p.start, r.period), 11) << triple(p.energizedGpus, false) << triple(p.idleGpus, false)
          << triple(p.idleDepreciation, true) << triple(p.cumulativeIdleDepreciation, true) << '\n';
}

void printLots(QTextStream &s, const RiskResult &r)
{
    s << "\nProbability each lot is fully energized by the start of each period (%):\n";
    s << pad(QStringLiteral("lot"), 20);
    for (const RiskPeriod &p : r.periods)
        s << pad(periodLabel(p.start, r.period), 9, true);
    s << '\n';
    for (const RiskLot &l : r.lots) {
        s << pad(l.lot.toString(), 20);
        for (double share : l.fullyEnergizedBy)
            s << pad(QString::number(100 * share, 'f', 1), 9, true);
        s << '\n';
    }
}

QString riskOutput(const RiskResult &r, const Project &project, OutputFormat format, double relativeGap)
{
    switch (format) {
    case OutputFormat::Json:
        return jsonText(riskToJson(r));
    case OutputFormat::Csv:
        return tableToCsv(riskTable(r));
    case OutputFormat::Table:
        break;
    }
    QString text;
    QTextStream s(&text);
    printHeader(s, r, project, relativeGap);
    printPeriods(s, r);
    printLots(s, r);
    return text;
}

} // namespace

QString riskUsage()
{
    return QStringLiteral(
        "Usage: warmshell-cli risk FILE --samples N --seed S [--threads T] [--period quarter|month]\n"
        "                         [--periods N] [--allow-moves] [--objective compute|gpus|idle-cost[,...]]\n"
        "                         [--precision bf16|fp8|fp4] [--heuristic] [--time-limit S] [--gap G]\n"
        "                         [--gpu-hour-price X] [--format table|json|csv] [--out PATH] [--force]\n"
        "\n"
        "A Monte Carlo run over the timeline (docs/risk.md). Each sample draws a delay for every date\n"
        "of the project that carries one (commissioningDelayMonths, a capacity change's delayMonths,\n"
        "deliveryDelayMonths: docs/file-format.md) and computes the timeline with those dates. Per\n"
        "period: P10 / P50 / P90 of energized GPUs, idle GPUs, idle depreciation and its cumulative\n"
        "sum; per lot: the share of samples in which it is fully energized by each period's start.\n"
        "Sample i draws from a stream that depends only on the seed and i, so the same seed gives\n"
        "the same answer on any number of threads. Identical period problems are solved once.\n"
        "  --samples N          samples to draw, 1 to 100000 (needed)\n"
        "  --seed S             seed of the random streams, 0 to 2^64 - 1 (needed)\n"
        "  --threads T          samples run at once, 1 to 256 (default: one per core)\n"
        "  --time-limit S       seconds per period solve (default 60)\n"
        "  the timeline options (--period, --periods, --allow-moves, --gpu-hour-price) as for timeline\n"
        "  --format F           table (default), json or csv (one row per period)\n"
        "Exit codes: 0 ok, 1 invalid input, 2 usage error.\n");
}

CommandOptions riskOptions()
{
    return riskRunOptions("samples") + timelineArgumentOptions(kFormats);
}

int runRisk(const Invocation &in)
{
    RiskOptions options;
    if (const QString error = readRiskOptions(in.arguments, options); !error.isEmpty())
        return in.usageError(error);
    TimelineArguments a;
    const auto [project, exitCode] = openTimelineProject(in, kFormats, a);
    if (!project)
        return exitCode;
    options.timeline = a.options;
    const RiskResult r = computeRisk(*project, Catalog::builtIn(), options);
    if (!r.problems.isEmpty() && a.plan.format != OutputFormat::Json) {
        in.err.problemLines(
            Diagnostics::Kind::NoResult, project->site.name + QStringLiteral(": no risk run"), r.problems);
        return InvalidInput;
    }
    const int written = writeOutput(
        riskOutput(r, *project, a.plan.format, a.options.solve.relativeGap), a.plan.out, a.plan.guard, in.out, in.err);
    return written != Ok ? written : (r.problems.isEmpty() ? Ok : InvalidInput);
}

} // namespace warmshell::cli
