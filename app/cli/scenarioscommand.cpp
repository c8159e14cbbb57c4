// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli scenarios FILE [options]
#include "analysis/reportjson.h"
#include "analysis/scenarioresults.h"
#include "analysis/scenariosidebyside.h"
#include "arguments.h"
#include "catalog.h"
#include "commands.h"
#include "commandsupport.h"
#include "enumkeys.h"
#include "export/scenarioexport.h"
#include "timelinearguments.h"

#include <cmath>

namespace warmshell::cli {

namespace {

const OutputFormats kFormats{ OutputFormat::Table, OutputFormat::Json, OutputFormat::Csv };

// One scenario's figures; * after each that differs from the base's.
void printRow(QTextStream &s, const ScenarioResult &r, const ScenarioResult &base)
{
    const bool isBase = &r == &base;
    auto mark = [&](bool differs) { return !isBase && differs ? QStringLiteral("*") : QStringLiteral(" "); };
    s << pad(r.name.left(29), 30)
      << pad(QString::number(r.finalEnergizedGpus) + mark(r.finalEnergizedGpus != base.finalEnergizedGpus), 16, true)
      << pad(QString::number(r.finalIdleGpus) + mark(r.finalIdleGpus != base.finalIdleGpus), 13, true)
      << pad(QString::number(r.finalPflops, 'f', 1) + mark(std::abs(r.finalPflops - base.finalPflops) > 1e-6), 15, true)
      << pad(QString::number(r.periodsWithIdleGpus) + mark(r.periodsWithIdleGpus != base.periodsWithIdleGpus), 14, true)
      << pad(money(r.totalIdleDepreciation.value())
                 + mark(std::abs(r.totalIdleDepreciation.value() - base.totalIdleDepreciation.value()) > 0.5),
             18, true)
      << '\n';
}

void printDifferencesAndProblems(QTextStream &s, const ScenarioComparison &c)
{
    if (!c.differences.isEmpty()) {
        s << "\nDifferences from the base:\n";
        for (const QString &d : c.differences)
            s << "  - " << d << '\n';
    }
    for (const ScenarioResult &r : c.results)
        if (!r.problems.isEmpty()) {
            s << "\nProblems in " << r.name << ":\n";
            for (const QString &p : r.problems)
                s << "  " << p << '\n';
        }
}

// Per variant, period and generation: the side-by-side view (analysis/scenariosidebyside.h).
void printPerPeriod(QTextStream &s, const ScenarioSideBySide &v)
{
    s << "\nPer period and generation (facility MW at the meter; utility MW available):\n";
    s << pad(QStringLiteral("variant"), 22) << pad(QStringLiteral("period"), 12)
      << pad(QStringLiteral("generation"), 14) << pad(QStringLiteral("GPUs on"), 9, true)
      << pad(QStringLiteral("idle"), 8, true) << pad(QStringLiteral("idle dep."), 14, true)
      << pad(QStringLiteral("facility MW"), 13, true) << pad(QStringLiteral("available MW"), 14, true) << '\n';
    for (const SideBySideVariant &variant : v.variants)
        for (const SideBySidePeriod &p : variant.periods)
            for (const SideBySideGeneration &g : p.generations)
                s << pad(variant.name.left(21), 22) << pad(p.start.toString(Qt::ISODate), 12)
                  << pad(g.generation.left(13), 14) << pad(QString::number(g.energizedGpus), 9, true)
                  << pad(QString::number(g.idleGpus), 8, true) << pad(money(g.idleDepreciation.value()), 14, true)
                  << pad(QString::number(p.facilityMwUsed, 'f', 3), 13, true)
                  << pad(QString::number(p.utilityMwAvailable, 'f', 3), 14, true) << '\n';
}

// The indices of the scenarios --only names (comma-separated), or every scenario without it;
// `error`: why the list was refused (selectScenarios).
std::vector<int> chosenScenarios(const Arguments &arguments, const Project &project, QString &error)
{
    error.clear();
    if (!arguments.isSet(QStringLiteral("only"))) {
        std::vector<int> all(project.scenarios.size());
        for (size_t i = 0; i < all.size(); ++i)
            all[i] = int(i);
        return all;
    }
    QStringList names = arguments.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &n : names)
        n = n.trimmed();
    const std::vector<int> indices = selectScenarios(project, names, error);
    if (!error.isEmpty())
        error = QStringLiteral("--only: ") + error;
    return indices;
}

// The scenarios side by side as the table format shows them; `relativeGap`: each solve's gap target.
QString scenariosText(const ScenarioComparison &c, const Project &project, double relativeGap)
{
    QString text;
    QTextStream s(&text);
    const ScenarioResult &base = c.results.front();
    s << project.site.name << " — " << (c.results.size() - 1) << " scenario(s) against the base, "
      << (base.timeline.periods.empty() ? 0 : base.timeline.periods.size()) << ' ' << keyOf(base.timeline.period)
      << "s; * differs from the base\n";
    s << "Each period of each scenario: " << gapTargetText(relativeGap) << ".\n\n";
    s << pad(QStringLiteral("scenario"), 30) << pad(QStringLiteral("GPUs on (last)"), 16, true)
      << pad(QStringLiteral("idle (last)"), 13, true) << pad(QStringLiteral("PFLOPS (last)"), 15, true)
      << pad(QStringLiteral("periods idle"), 14, true) << pad(QStringLiteral("idle dep. total"), 18, true) << '\n';
    for (const ScenarioResult &r : c.results)
        printRow(s, r, base);
    s << "\nMoney in " << c.currency << ".\n";
    printDifferencesAndProblems(s, c);
    printPerPeriod(s, sideBySide(c));
    return text;
}

QString scenariosOutput(const ScenarioComparison &c, const Project &project, OutputFormat format, double relativeGap)
{
    switch (format) {
    case OutputFormat::Json:
        return jsonText([&] {
            QJsonObject o = scenarioComparisonToJson(c);
            o.insert(QStringLiteral("sideBySide"), tableToJson(scenarioSideBySideTable(sideBySide(c))));
            return o;
        }());
    case OutputFormat::Csv:
        return tableToCsv(scenarioSideBySideTable(sideBySide(c)));
    case OutputFormat::Table:
        break;
    }
    return scenariosText(c, project, relativeGap);
}

} // namespace

QString scenariosUsage()
{
    return QStringLiteral(
        "Usage: warmshell-cli scenarios FILE [--period quarter|month] [--periods N] [--allow-moves]\n"
        "                         [--objective ...] [--precision ...] [--heuristic] [--time-limit S]\n"
        "                         [--total-time-limit S] [--only A,B,...] [--format table|json|csv]\n"
        "                         [--out PATH] [--force]\n"
        "\n"
        "Runs the timeline of the project and of each scenario stored in it (format version 3,\n"
        "\"scenarios\") with the same options and shows them side by side: GPUs energized and idle in\n"
        "the last period, PFLOPS, periods with idle GPUs, idle depreciation over the horizon; figures\n"
        "that differ from the base are marked with * and listed; then, per period and GPU generation,\n"
        "GPUs energized and idle, idle depreciation, facility MW used and utility MW available.\n"
        "  --only A,B,...       compare the base with these 2 to 6 scenarios only (by name)\n"
        "  --format F           table (default), json, or csv (one row per scenario, period and\n"
        "                       generation)\n"
        "  --total-time-limit S seconds for the whole command, shared among the scenarios left\n"
        "Exit codes: 0 ok, 1 invalid input, 2 usage error.\n");
}

CommandOptions scenariosOptions()
{
    return CommandOptions{ valueOption("only", "A,B,...") } + timelineArgumentOptions(kFormats);
}

int runScenarios(const Invocation &in)
{
    TimelineArguments a;
    const auto [project, exitCode] = openTimelineProject(in, kFormats, a);
    if (!project)
        return exitCode;
    QString error;
    const std::vector<int> chosen = chosenScenarios(in.arguments, *project, error);
    if (!error.isEmpty())
        return in.usageError(error);
    const ScenarioComparison c = compareScenarios(*project, Catalog::builtIn(), a.options, chosen);
    const bool failed = std::any_of(
        c.results.begin(), c.results.end(), [](const ScenarioResult &r) { return !r.problems.isEmpty(); });
    const QString text = scenariosOutput(c, *project, a.plan.format, a.options.solve.relativeGap);
    const int written = writeOutput(text, a.plan.out, a.plan.guard, in.out, in.err);
    return written != Ok ? written : (failed ? InvalidInput : Ok);
}

} // namespace warmshell::cli
