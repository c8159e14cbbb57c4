// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli timeline FILE [options]
#include "analysis/reportjson.h"
#include "arguments.h"
#include "catalog.h"
#include "commands.h"
#include "commandsupport.h"
#include "enumkeys.h"
#include "export/csv.h"
#include "export/planexport.h"
#include "timelinearguments.h"

namespace warmshell::cli {

namespace {

const OutputFormats kFormats{ OutputFormat::Table, OutputFormat::Json, OutputFormat::Csv };

QString periodLabel(const TimelinePeriod &p, PlanningPeriod period)
{
    if (period == PlanningPeriod::Quarter && p.start.day() == 1 && (p.start.month() - 1) % 3 == 0)
        return QStringLiteral("%1 Q%2").arg(p.start.year()).arg((p.start.month() - 1) / 3 + 1);
    return p.start.toString(Qt::ISODate);
}

void printPeriods(QTextStream &s, const Timeline &t)
{
    s << pad(QStringLiteral("period"), 11) << pad(QStringLiteral("status"), 11)
      << pad(QStringLiteral("GPUs on"), 9, true) << pad(QStringLiteral("idle"), 7, true)
      << pad(QStringLiteral("PFLOPS"), 9, true) << pad(QStringLiteral("kW used"), 9, true)
      << pad(QStringLiteral("fac. kW"), 9, true) << pad(QStringLiteral("PUE"), 6, true)
      << pad(QStringLiteral("kW avail"), 10, true) << pad(QStringLiteral("idle dep."), 12, true)
      << pad(QStringLiteral("cumulative"), 13, true) << pad(QStringLiteral("moved"), 7, true)
      << "  idle by generation\n";
    for (const TimelinePeriod &p : t.periods) {
        QStringList idle;
        for (const TimelineGeneration &g : p.generations)
            if (g.idleGpus > 0)
                idle << QStringLiteral("%1 %2").arg(g.generation).arg(g.idleGpus);
        s << pad(periodLabel(p, t.period), 11)
          << pad(keyOf(p.status) + (p.carryOverInfeasible ? QStringLiteral("!") : QString()), 11)
          << pad(QString::number(p.energizedGpus), 9, true) << pad(QString::number(p.idleGpus), 7, true)
          << pad(QString::number(p.energizedPflops, 'f', 1), 9, true)
          << pad(QString::number(p.powerUsed.value(), 'f', 0), 9, true)
          << pad(QString::number(p.facilityPowerUsed.value(), 'f', 0), 9, true)
          << pad(p.pue > 0 ? QString::number(p.pue, 'f', 2) : QStringLiteral("-"), 6, true)
          << pad(QString::number(p.powerAvailable.value(), 'f', 0), 10, true)
          << pad(money(p.idleDepreciation.value()), 12, true)
          << pad(money(p.cumulativeIdleDepreciation.value()), 13, true) << pad(QString::number(p.systemsMoved), 7, true)
          << "  " << (idle.isEmpty() ? QStringLiteral("-") : idle.join(QStringLiteral(", "))) << '\n';
    }
}

void printLots(QTextStream &s, const Timeline &t, const QString &currency)
{
    s << "\nLots:\n";
    for (const TimelineLot &l : t.lots)
        s << "  " << pad(l.lot.toString(), 18) << pad(l.generation, 8) << pad(QString::number(l.count), 6, true)
          << " systems, fully energized "
          << pad(l.fullyEnergized.isValid() ? l.fullyEnergized.toString(Qt::ISODate)
                                            : QStringLiteral("never within horizon"),
                 21)
          << " idle depreciation " << money(l.totalIdleDepreciation) << ' ' << currency << '\n';
}

// Each period's maintenance windows: part of the period's idle depreciation (timeline.h).
void printMaintenance(QTextStream &s, const Timeline &t, const QString &currency)
{
    bool header = false;
    for (const TimelinePeriod &p : t.periods)
        for (const TimelineWindow &w : p.windows) {
            if (!header)
                s << "\nMaintenance windows (on each period's plan; their idle cost is in the period's idle "
                     "depreciation, the energized counts are the plan's):\n";
            header = true;
            s << "  " << periodLabel(p, t.period) << ": " << w.id << " (" << w.object << "), "
              << QString::number(w.hours, 'f', 1) << " h, " << w.lostGpus << " GPUs idled, "
              << QString::number(w.lostGpuHours, 'f', 1) << " GPU-hours, " << money(w.idleDepreciation.value()) << ' '
              << currency << '\n';
        }
}

void printNotes(QTextStream &s, const Timeline &t)
{
    bool header = false;
    for (const TimelinePeriod &p : t.periods)
        for (const QString &n : p.notes) {
            if (!header)
                s << "\nNotes (! marks a period whose carried placement could not stay):\n";
            header = true;
            s << "  " << periodLabel(p, t.period) << ": " << n << '\n';
        }
}

// The timeline as the table format shows it; `relativeGap`: each period's gap target.
QString timelineText(const Timeline &t, const Project &project, double relativeGap)
{
    QString text;
    QTextStream s(&text);
    const QString cur = project.site.currency;
    s << project.site.name << " — timeline, " << t.periods.size() << ' ' << keyOf(t.period) << "s from "
      << (t.boundaries.empty() ? QString() : t.boundaries.front().toString(Qt::ISODate))
      << (t.allowMoves ? ", moves allowed" : ", energized systems stay in place") << " ("
      << QString::number(t.seconds, 'f', 2) << " s, worst gap " << QString::number(100 * t.worstGap, 'f', 2) << "%"
      << (t.periodsTimedOut > 0 ? QStringLiteral(", time limit reached in %1 period(s): best plans found by then")
                                      .arg(t.periodsTimedOut)
                                : QString())
      << ")\n";
    s << "Each period: " << gapTargetText(relativeGap) << ".\n\n";
    printPeriods(s, t);
    s << "\nIdle depreciation over the horizon: " << money(t.totalIdleDepreciation.value()) << ' ' << cur << '\n';
    if (t.totalOpportunityCost.value() > 0)
        s << "Opportunity cost of idle GPU-hours (not included above): " << money(t.totalOpportunityCost.value()) << ' '
          << cur << '\n';
    printLots(s, t, cur);
    printMaintenance(s, t, cur);
    printNotes(s, t);
    return text;
}

QString timelineOutput(const Timeline &t, const Project &project, OutputFormat format, double relativeGap)
{
    switch (format) {
    case OutputFormat::Json:
        return jsonText(timelineToJson(t));
    case OutputFormat::Csv:
        return tableToCsv(timelineTable(t));
    case OutputFormat::Table:
        break;
    }
    return timelineText(t, project, relativeGap);
}

} // namespace

QString timelineUsage()
{
    return QStringLiteral(
        "Usage: warmshell-cli timeline FILE [--period quarter|month] [--periods N] [--allow-moves]\n"
        "                         [--objective compute|gpus|idle-cost[,...]] [--precision bf16|fp8|fp4]\n"
        "                         [--heuristic] [--time-limit S] [--total-time-limit S] [--gpu-hour-price X]\n"
        "                         [--format table|json|csv] [--out PATH] [--force]\n"
        "\n"
        "Solves the site period by period from its planStart over its horizon: power nodes and cooling\n"
        "units come online on their commissioning dates and change capacity at their capacity-change\n"
        "dates, lots arrive when delivered and leave when retired. A system once energized stays in its\n"
        "rack (carried over as pinned contents) unless --allow-moves. Per period: energized and idle GPUs\n"
        "per generation, IT power used against the live utility feeds, idle depreciation in the period\n"
        "and cumulative; per lot the date it is fully energized or 'never within horizon'\n"
        "(docs/timeline.md).\n"
        "  --period P           quarter or month (default: the site's); the horizon keeps its length\n"
        "  --periods N          number of periods (default: the site's horizon)\n"
        "  --allow-moves        plan every period from scratch; systems may change racks\n"
        "  --time-limit S       seconds per period solve (default 60)\n"
        "  --total-time-limit S seconds for the whole timeline, shared among the periods left\n"
        "  --gpu-hour-price X   opportunity cost of an idle GPU-hour, site currency (reported apart)\n"
        "  --format F           table (default), json or csv (one row per period and generation)\n"
        "Exit codes: 0 ok, 1 invalid input, 2 usage error.\n");
}

CommandOptions timelineOptions()
{
    return timelineArgumentOptions(kFormats);
}

int runTimeline(const Invocation &in)
{
    TimelineArguments a;
    const auto [project, exitCode] = openTimelineProject(in, kFormats, a);
    if (!project)
        return exitCode;
    const Timeline t = computeTimeline(*project, Catalog::builtIn(), a.options);
    if (!t.problems.isEmpty() && a.plan.format != OutputFormat::Json) {
        in.err.problemLines(
            Diagnostics::Kind::NoResult, project->site.name + QStringLiteral(": no timeline"), t.problems);
        return InvalidInput;
    }
    const int written = writeOutput(timelineOutput(t, *project, a.plan.format, a.options.solve.relativeGap), a.plan.out,
        a.plan.guard, in.out, in.err);
    return written != Ok ? written : (t.problems.isEmpty() ? Ok : InvalidInput);
}

} // namespace warmshell::cli
