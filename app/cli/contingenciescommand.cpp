// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli contingencies FILE [options]
#include "analysis/contingency.h"
#include "analysis/contingencyjson.h"
#include "analysis/reservegain.h"
#include "arguments.h"
#include "catalog.h"
#include "commands.h"
#include "commandsupport.h"
#include "enumkeys.h"
#include "export/csv.h"
#include "planarguments.h"
#include "solver/solver.h"

#include <QJsonObject>

namespace warmshell::cli {

namespace {

const OutputFormats kFormats{ OutputFormat::Table, OutputFormat::Json, OutputFormat::Csv };
constexpr SolveOptionSet kSolveOptions{ SolveOption::Date, SolveOption::TimeLimit };

// "64 GPUs, 64.0 PFLOPS, 800 USD idle depreciation/month, 2 racks dark, 1 shed".
QString lossText(const ContingencyResult &r, const QString &currency)
{
    QStringList parts{
        QStringLiteral("%1 GPUs").arg(r.lostGpus()),
        QStringLiteral("%1 PFLOPS").arg(QString::number(r.lostPflops(), 'f', 1)),
        QStringLiteral("%1 %2 idle depreciation/month").arg(money(r.lostIdleDepreciationPerMonth().value()), currency)
    };
    const auto racks = [&](const std::vector<RackId> &list, const char *what) {
        if (!list.empty())
            parts << QStringLiteral("%1 %2").arg(count(qsizetype(list.size()), "rack"), QLatin1String(what));
    };
    racks(r.darkRacks, "dark");
    racks(r.uncooledRacks, "without cooling");
    racks(r.cappedRacks, "capped");
    racks(r.shedRacks, "shedding");
    return parts.join(QStringLiteral(", "));
}

// "The reserve energizes 16 more GPUs (TRAIN +16), idle cost saved 200,000 USD/month (the same
// site solved with the reserve policy off)."
QString reserveGainText(const ReserveGain &gain, const QString &currency)
{
    QStringList parts;
    for (const auto &[generation, gpus] : gain.extraGpus)
        if (gpus != 0)
            parts << QStringLiteral("%1 %2%3").arg(generation, gpus > 0 ? QStringLiteral("+") : QString()).arg(gpus);
    return QStringLiteral("The reserve energizes %1 more GPUs%2, idle cost saved %3 %4/month (the same site solved "
                          "with the reserve policy off).\n")
        .arg(gain.totalExtraGpus())
        .arg(parts.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(parts.join(QStringLiteral(", "))))
        .arg(money(gain.idleSavedPerMonth), currency);
}

QJsonObject reserveGainJson(const ReserveGain &gain)
{
    QJsonObject byGeneration;
    for (const auto &[generation, gpus] : gain.extraGpus)
        byGeneration.insert(generation, gpus);
    return { { QStringLiteral("extra_gpus"), gain.totalExtraGpus() },
        { QStringLiteral("extra_gpus_by_generation"), byGeneration },
        { QStringLiteral("idle_depreciation_saved_per_month"), gain.idleSavedPerMonth } };
}

void printHeadline(QTextStream &t, const ContingencyAnalysis &a, const CapacityPlan &plan, const Project &project)
{
    t << project.site.name << " — single failures on " << a.date.toString(Qt::ISODate) << " (plan "
      << keyOf(plan.status) << ", " << count(qsizetype(a.results.size()), "failure") << " analysed in "
      << QString::number(a.seconds, 'f', 2) << " s)\n";
    if (a.results.empty() || !a.results.front().hasImpact()) {
        t << "No single failure loses anything.\n";
        return;
    }
    const ContingencyResult &worst = a.results.front();
    t << "Worst single failure: " << worst.description << " — " << lossText(worst, project.site.currency) << "\n";
}

void printTable(QTextStream &t, const ContingencyAnalysis &a, const QString &currency)
{
    t << '\n'
      << pad(QStringLiteral("#"), 4) << pad(QStringLiteral("failure"), 44) << pad(QStringLiteral("dark"), 6, true)
      << pad(QStringLiteral("uncooled"), 9, true) << pad(QStringLiteral("capped"), 7, true)
      << pad(QStringLiteral("shed"), 6, true) << pad(QStringLiteral("GPUs"), 8, true)
      << pad(QStringLiteral("PFLOPS"), 9, true) << pad(QStringLiteral("kW"), 9, true)
      << pad(QStringLiteral("idle dep./month"), 17, true) << '\n';
    int rank = 0, quiet = 0;
    for (const ContingencyResult &r : a.results) {
        if (!r.hasImpact()) {
            ++quiet;
            continue;
        }
        t << pad(QString::number(++rank), 4) << pad(r.description, 44)
          << pad(QString::number(r.darkRacks.size()), 6, true) << pad(QString::number(r.uncooledRacks.size()), 9, true)
          << pad(QString::number(r.cappedRacks.size()), 7, true) << pad(QString::number(r.shedRacks.size()), 6, true)
          << pad(QString::number(r.lostGpus()), 8, true) << pad(QString::number(r.lostPflops(), 'f', 1), 9, true)
          << pad(QString::number(r.lostPower.value(), 'f', 1), 9, true)
          << pad(money(r.lostIdleDepreciationPerMonth().value()) + QLatin1Char(' ') + currency, 17, true) << '\n';
    }
    t << count(quiet, "failure") << " lose nothing.\n";
}

// The cap and shed steps of every failure that has some, in the order of the rule.
void printRunbooks(QTextStream &t, const ContingencyAnalysis &a)
{
    bool header = false;
    for (const ContingencyResult &r : a.results) {
        if (r.actions.empty())
            continue;
        if (!header)
            t << "\nRunbooks (cap to an operating point first, then shed; lowest PFLOPS per kW first):\n";
        header = true;
        t << "  " << r.description << " (" << r.overloaded << " over by " << QString::number(r.excess.value(), 'f', 1)
          << " kW):\n";
        for (const ContingencyAction &step : r.actions)
            t << runbookStepLine(step);
    }
}

QString contingencyCsv(const ContingencyAnalysis &a, const QString &currency)
{
    QString text = csvRecord({ QStringLiteral("rank"), QStringLiteral("kind"), QStringLiteral("object"),
        QStringLiteral("description"), QStringLiteral("dark_racks"), QStringLiteral("uncooled_racks"),
        QStringLiteral("capped_racks"), QStringLiteral("shed_racks"), QStringLiteral("lost_gpus"),
        QStringLiteral("lost_pflops"), QStringLiteral("lost_kw"),
        QStringLiteral("idle_depreciation_per_month_") + currency.toLower(), QStringLiteral("overloaded") });
    int rank = 0;
    for (const ContingencyResult &r : a.results)
        text += csvRecord({ QString::number(++rank), failureKindKey(r.failure.kind), r.failure.object, r.description,
            QString::number(r.darkRacks.size()), QString::number(r.uncooledRacks.size()),
            QString::number(r.cappedRacks.size()), QString::number(r.shedRacks.size()), QString::number(r.lostGpus()),
            csvNumber(r.lostPflops(), 3), csvNumber(r.lostPower.value(), 3),
            csvNumber(r.lostIdleDepreciationPerMonth().value(), 2), r.overloaded });
    return text;
}

QString contingencyOutput(const ContingencyAnalysis &a, const CapacityPlan &plan, const Project &project,
    OutputFormat format, const ReserveGain &gain)
{
    switch (format) {
    case OutputFormat::Json: {
        QJsonObject json = contingenciesToJson(a);
        if (gain.computed)
            json.insert(QStringLiteral("reserve"), reserveGainJson(gain));
        return jsonText(json);
    }
    case OutputFormat::Csv:
        return contingencyCsv(a, project.site.currency);
    case OutputFormat::Table:
        break;
    }
    QString text;
    QTextStream t(&text);
    printHeadline(t, a, plan, project);
    if (gain.computed)
        t << reserveGainText(gain, project.site.currency);
    printTable(t, a, project.site.currency);
    printRunbooks(t, a);
    return text;
}

} // namespace

QString contingenciesUsage()
{
    return QStringLiteral(
               "Usage: warmshell-cli contingencies FILE [--date YYYY-MM-DD] [--time-limit S]\n"
               "                         [--format table|json|csv] [--out PATH] [--force]\n"
               "\n"
               "Solves the site (as solve does, most compute first), then takes out every single element in\n"
               "turn — each live power node (a utility feed, a generator that fails to start, a UPS...), one\n"
               "module of each N+1 or block node, one side of each 2N node, each cooling unit and one module\n"
               "of each redundant unit — and reports which racks go dark, which lose cooling, and which must be\n"
               "capped or shed because a surviving node or unit is over its capacity (installed modules left ×\n"
               "derating), with the GPUs, PFLOPS and idle depreciation per month lost per generation. Sorted\n"
               "by impact, the worst first; the runbook caps before it sheds, lowest PFLOPS per kW first\n"
               "(docs/contingencies.md). With the site's reserve policy (allowInterruptibleOnReserve) the\n"
               "interruptible systems are capped or shed first, and the site is solved a second time with the\n"
               "policy off to say how many more GPUs the reserve energizes and the idle cost it saves.\n")
        + solveOptionsHelp(kSolveOptions, 21)
        + QStringLiteral(
            "  --format F         table (default), json (docs/contingencies.md) or csv (one row per failure)\n"
            "  --out PATH         write to PATH instead of standard output (a complete file or none)\n"
            "  --force            write PATH even if it is FILE itself (by default that is refused)\n"
            "Exit codes: 0 ok, 1 invalid input or no plan to analyse, 2 usage error.\n");
}

CommandOptions contingenciesOptions()
{
    return solveCommandOptions(kSolveOptions) + CommandOptions{ formatOption(kFormats), outOption(), forceOption() };
}

int runContingencies(const Invocation &in)
{
    PlanArguments a;
    const auto [project, exitCode] = openPlanProject(in, kSolveOptions, kFormats, a);
    if (!project)
        return exitCode;
    a.options.marginalValues = false; // the analysis does not read them
    const CapacityPlan plan = solve(*project, Catalog::builtIn(), a.options);
    if (plan.status == PlanStatus::Failed || plan.status == PlanStatus::Infeasible) {
        in.err.problemLines(Diagnostics::Kind::NoResult,
            QStringLiteral("warmshell-cli: %1: no plan to analyse").arg(inputName(a.file)), plan.explanations);
        return InvalidInput;
    }
    const ContingencyAnalysis analysis = analyseContingencies(*project, Catalog::builtIn(), plan);
    const ReserveGain gain = reserveGain(*project, Catalog::builtIn(), plan, a.options);
    return writeOutput(contingencyOutput(analysis, plan, *project, a.format, gain), a.out, a.guard, in.out, in.err);
}

} // namespace warmshell::cli
