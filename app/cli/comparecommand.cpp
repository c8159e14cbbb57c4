// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli compare FILE [options]
#include "analysis/comparison.h"
#include "analysis/reportjson.h"
#include "arguments.h"
#include "catalog.h"
#include "commands.h"
#include "commandsupport.h"
#include "enumkeys.h"
#include "export/csv.h"
#include "planarguments.h"
#include "validation.h"

#include <QFileInfo>

#include <optional>
#include <utility>

namespace warmshell::cli {

namespace {

const OutputFormats kFormats{ OutputFormat::Table, OutputFormat::Json, OutputFormat::Csv };
constexpr SolveOptionSet kSolveOptions{ SolveOption::Precision, SolveOption::Date, SolveOption::Heuristic,
    SolveOption::TimeLimit, SolveOption::Gap };
// Accepted but not listed: --objective, only to refuse it.
constexpr SolveOptionSet kHiddenSolveOptions{ SolveOption::Objective };

struct CompareArguments
{
    PlanArguments plan;
    ComparisonOptions options;
    std::optional<std::pair<QString, QString>> swap; // FROM and TO
};

// --budget-mw, --generations and --swap into `a`.
QString readComparisonOptions(const Arguments &arguments, CompareArguments &a)
{
    if (arguments.isSet(QStringLiteral("budget-mw"))) {
        const QString v = arguments.value(QStringLiteral("budget-mw"));
        bool ok = false;
        const double mw = v.toDouble(&ok);
        if (!ok || !(mw > 0) || mw > 100000)
            return QStringLiteral("--budget-mw must be a number of MW above 0 and at most 100000, got '%1'").arg(v);
        a.options.budgetMw = mw;
    }
    if (arguments.isSet(QStringLiteral("generations")))
        a.options.generations
            = arguments.value(QStringLiteral("generations")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (arguments.isSet(QStringLiteral("swap"))) {
        const QString swap = arguments.value(QStringLiteral("swap"));
        if (swap.split(QLatin1Char(':')).size() != 2)
            return QStringLiteral("--swap must be FROM:TO, for example A100:B200, got '%1'").arg(swap);
        a.swap = { swap.section(QLatin1Char(':'), 0, 0), swap.section(QLatin1Char(':'), 1, 1) };
    }
    return {};
}

QString readCompareArguments(const Arguments &arguments, CompareArguments &a)
{
    if (const QString error = readComparisonOptions(arguments, a); !error.isEmpty())
        return error;
    if (arguments.isSet(QStringLiteral("objective")))
        return QStringLiteral("--objective does not apply: compare maximises compute");
    if (const QString error = readPlanArguments(arguments, kSolveOptions, kFormats, a.plan); !error.isEmpty())
        return error;
    a.options.solve.precision = a.plan.options.precision;
    a.options.solve.method = a.plan.options.method;
    a.options.solve.timeLimitSeconds = a.plan.options.timeLimitSeconds;
    a.options.solve.relativeGap = a.plan.options.relativeGap;
    a.options.date = a.plan.options.date;
    return {};
}

QString comparisonJson(const Comparison &c, const std::optional<SwapResult> &swapped)
{
    QJsonObject o = comparisonToJson(c);
    if (swapped)
        o.insert(QStringLiteral("swap"), swapToJson(*swapped));
    return jsonText(o);
}

QString comparisonCsv(const Comparison &c, const QString &currency)
{
    QString text;
    QTextStream s(&text);
    const QString cur = currency.toLower();
    s << "rank,generation,model,systems,gpus,pflops,power_kw,pflops_per_mw,racks_used,capital_" << cur
      << ",depreciation_per_year_" << cur << ",cost_per_pflop_year_" << cur
      << ",binding,facility_kw,pue,pue_assumed,pflops_per_facility_mw\r\n";
    int rank = 0;
    for (const GenerationFigures &g : c.rows)
        s << ++rank << ',' << csvField(g.generation) << ',' << csvField(g.model.toString()) << ',' << g.systems << ','
          << g.gpus << ',' << QString::number(g.pflops, 'f', 3) << ',' << QString::number(g.power.value(), 'f', 3)
          << ',' << QString::number(g.pflopsPerMw, 'f', 3) << ',' << g.racksUsed << ','
          << QString::number(g.capital.value(), 'f', 0) << ',' << QString::number(g.depreciationPerYear.value(), 'f', 0)
          << ',' << QString::number(g.costPerPflopYear, 'f', 0) << ',' << csvField(g.binding) << ','
          << QString::number(g.facilityPower.value(), 'f', 3) << ',' << QString::number(g.pue, 'f', 4) << ','
          << (g.pueAssumed ? "yes" : "no") << ',' << QString::number(g.pflopsPerFacilityMw, 'f', 3) << "\r\n";
    return text;
}

// "PUE computed per generation..." or "PUE assumed 1.56 for every generation ([R] source)".
QString pueLine(const Comparison &c)
{
    if (c.pueBasis == QLatin1String("assumed"))
        return QStringLiteral("PUE assumed %1 for every generation: the site states no losses, cooling draw or "
                              "house load ([%2] %3)")
            .arg(QString::number(c.assumedPue, 'g', 4), c.pueSource.confidence, c.pueSource.source);
    return QStringLiteral("PUE computed per generation from its plan: IT, cooling draw, house load and losses");
}

void printRanking(QTextStream &s, const Comparison &c)
{
    s << "Generation comparison on " << c.basis << ", " << c.date.toString(Qt::ISODate) << ", dense "
      << keyOf(c.precision).toUpper() << " (ranked by PFLOPS per facility MW)\n"
      << pueLine(c) << "\n\n";
    s << pad(QStringLiteral("#"), 3) << pad(QStringLiteral("generation"), 11) << pad(QStringLiteral("systems"), 8, true)
      << pad(QStringLiteral("GPUs"), 8, true) << pad(QStringLiteral("PFLOPS"), 10, true)
      << pad(QStringLiteral("IT MW"), 8, true) << pad(QStringLiteral("PFLOPS/MW"), 10, true)
      << pad(QStringLiteral("fac. MW"), 9, true) << pad(QStringLiteral("PUE"), 7, true)
      << pad(QStringLiteral("PFLOPS/fMW"), 11, true) << pad(QStringLiteral("racks"), 7, true)
      << pad(QStringLiteral("capital"), 15, true) << pad(QStringLiteral("dep./year"), 14, true)
      << pad(QStringLiteral("per PFLOP-yr"), 13, true) << "  binds\n";
    int rank = 0;
    for (const GenerationFigures &g : c.rows)
        s << pad(QString::number(++rank), 3) << pad(g.generation, 11) << pad(QString::number(g.systems), 8, true)
          << pad(QString::number(g.gpus), 8, true) << pad(QString::number(g.pflops, 'f', 1), 10, true)
          << pad(QString::number(g.power.value() / 1000.0, 'f', 2), 8, true)
          << pad(QString::number(g.pflopsPerMw, 'f', 1), 10, true)
          << pad(QString::number(g.facilityPower.value() / 1000.0, 'f', 2), 9, true)
          << pad(g.pue > 0 ? QString::number(g.pue, 'f', 3) + (g.pueAssumed ? QStringLiteral("*") : QString())
                           : QStringLiteral("-"),
                 7, true)
          << pad(QString::number(g.pflopsPerFacilityMw, 'f', 1), 11, true) << pad(QString::number(g.racksUsed), 7, true)
          << pad(money(g.capital.value()), 15, true) << pad(money(g.depreciationPerYear.value()), 14, true)
          << pad(g.pflops > 0 ? money(g.costPerPflopYear) : QStringLiteral("-"), 13, true) << "  " << g.binding << '\n';
}

QString sourceLine(const char *what, const FigureSource &s)
{
    if (s.source.isEmpty())
        return QStringLiteral("%1: no source recorded").arg(QLatin1String(what));
    return QStringLiteral("%1 [%2] %3%4")
        .arg(
            QLatin1String(what), s.confidence, s.source, s.note.isEmpty() ? QString() : QStringLiteral(" — ") + s.note);
}

void printSourcesAndAssumptions(QTextStream &s, const Comparison &c, const QString &currency)
{
    s << "\nMoney in " << currency << ". Sources of the figures (catalog):\n";
    for (const GenerationFigures &g : c.rows)
        s << "  " << g.generation << " (" << g.model.toString() << ", "
          << QString::number(g.systemPower.value(), 'f', 1) << " kW, " << QString::number(g.tflopsPerGpu, 'f', 0)
          << " TFLOPS/GPU):\n    " << sourceLine("power", g.powerSource) << "\n    "
          << sourceLine("TFLOPS", g.perfSource) << "\n    " << sourceLine("price", g.priceSource) << '\n';
    s << "\nAssumptions:\n";
    for (const QString &line : c.assumptions)
        s << "  - " << line << '\n';
}

// "+1.5" or "-3": the sign of a net change always shown.
QString signedText(double v, const QString &text)
{
    return (v >= 0 ? QStringLiteral("+") : QString()) + text;
}

void printSwap(QTextStream &s, const SwapResult &w, const QString &cur)
{
    s << "\nSwap " << w.from << " → " << w.to << " on " << w.date.toString(Qt::ISODate) << ":\n";
    if (!w.problems.isEmpty()) {
        for (const QString &p : w.problems)
            s << "  " << p << '\n';
        return;
    }
    s << "  retire " << w.retiredSystems << " systems (" << w.retiredGpus << " GPUs), book value written off "
      << money(w.bookValueWrittenOff.value()) << ' ' << cur << '\n'
      << "  add " << w.addedSystems << " systems (" << w.addedGpus << " GPUs) for " << money(w.addedCapital.value())
      << ' ' << cur << "; " << w.addedEnergizedSystems << " energized\n"
      << "  compute " << QString::number(w.pflopsBefore, 'f', 1) << " → " << QString::number(w.pflopsAfter, 'f', 1)
      << " PFLOPS (net " << signedText(w.netPflops(), QString::number(w.netPflops(), 'f', 1)) << ")\n"
      << "  idle depreciation " << money(w.idlePerMonthBefore.value()) << " → " << money(w.idlePerMonthAfter.value())
      << ' ' << cur << "/month (net " << signedText(w.netIdlePerMonth().value(), money(w.netIdlePerMonth().value()))
      << ")\n";
    for (const QString &n : w.notes)
        s << "  " << n << '\n';
}

// `relativeGap`: the gap target of every solve, stated under the ranking.
QString comparisonText(
    const Comparison &c, const std::optional<SwapResult> &swapped, const QString &currency, double relativeGap)
{
    QString text;
    QTextStream s(&text);
    printRanking(s, c);
    s << "\nEach plan: " << gapTargetText(relativeGap) << ".\n";
    printSourcesAndAssumptions(s, c, currency);
    if (swapped)
        printSwap(s, *swapped, currency);
    return text;
}

QString comparisonOutput(const Comparison &c, const std::optional<SwapResult> &swapped, const Project &project,
    OutputFormat format, double relativeGap)
{
    switch (format) {
    case OutputFormat::Json:
        return comparisonJson(c, swapped);
    case OutputFormat::Csv:
        return comparisonCsv(c, project.site.currency);
    case OutputFormat::Table:
        break;
    }
    return comparisonText(c, swapped, project.site.currency, relativeGap);
}

} // namespace

QString compareUsage()
{
    return QStringLiteral(
        "Usage: warmshell-cli compare FILE [--budget-mw X] [--generations A,B,...] [--precision bf16|fp8|fp4]\n"
        "                         [--date YYYY-MM-DD] [--swap FROM:TO] [--heuristic] [--time-limit S]\n"
        "                         [--gap PERCENT]\n"
        "                         [--format table|json|csv] [--out PATH] [--force]\n"
        "\n"
        "Gives the whole site (or, with --budget-mw, a simple site of that much facility power at the\n"
        "meter) to one system model at a time and reports what it delivers: systems and GPUs that fit,\n"
        "dense PFLOPS at the precision, PFLOPS per IT MW, facility MW and PUE, PFLOPS per facility MW,\n"
        "racks used, capital, depreciation per year, cost per PFLOP-year and the limit that binds\n"
        "(power, cooling, space, weight, rack power), ranked by PFLOPS per facility MW, with the\n"
        "catalog source of the power and performance figures and of the PUE when it is assumed.\n"
        "  --budget-mw X        compare on a budget site of X MW at the meter: a UPS and cooling at the\n"
        "                       catalog's typical figures (assumptions printed; docs/timeline.md)\n"
        "  --generations LIST   only these generations (default: every model)\n"
        "  --swap FROM:TO       also: retire the FROM lots on the date and use their power for TO systems\n"
        "                       (net compute, net idle depreciation per month)\n"
        "  --time-limit S       seconds for the whole comparison, shared among its solves (default 60)\n"
        "  --gap PERCENT        each plan proven within PERCENT of the best possible (default 0.1;\n"
        "                       0 searches for the proven optimum)\n"
        "Exit codes: 0 ok, 1 invalid input, 2 usage error.\n");
}

CommandOptions compareOptions()
{
    return CommandOptions{ valueOption("budget-mw", "X"), valueOption("generations", "LIST"),
        valueOption("swap", "FROM:TO") }
    + solveCommandOptions(kSolveOptions) + hiddenOptions(solveCommandOptions(kHiddenSolveOptions))
        + CommandOptions{ formatOption(kFormats), outOption(), forceOption() };
}

int runCompare(const Invocation &in)
{
    CompareArguments a;
    const QString error = readCompareArguments(in.arguments, a);
    // --time-limit is for the whole command, from its start: reading the file is part of it.
    a.options.solve.deadline = Deadline::after(a.options.solve.timeLimitSeconds);
    const auto [project, exitCode] = openProject(in, error, a.plan.file);
    if (!project)
        return exitCode;
    if (!a.options.budgetMw) {
        // On the project's own site every generation is solved there: an invalid site would
        // make each of them "failed" (issue 15: compare exited 0 on invalid projects).
        const std::vector<Problem> problems = validateProject(*project, Catalog::builtIn());
        if (!problems.empty()) {
            in.err.problems(Diagnostics::Kind::Invalid,
                QFileInfo(inputName(a.plan.file)).fileName() + QStringLiteral(": ")
                    + count(problemCount(problems), "validation problem")
                    + QStringLiteral("; fix them to compare on the site, or compare on --budget-mw"),
                a.plan.file, problems);
            return InvalidInput;
        }
    }
    const Comparison c = compareGenerations(*project, Catalog::builtIn(), a.options);
    std::optional<SwapResult> swapped;
    if (a.swap)
        swapped = swapGenerations(*project, Catalog::builtIn(), a.swap->first, a.swap->second, a.options);
    for (const QString &p : c.problems)
        in.err.error(Diagnostics::Kind::NoResult, p);
    if (!c.problems.isEmpty() && a.plan.format != OutputFormat::Json)
        return InvalidInput;
    const int written = writeOutput(comparisonOutput(c, swapped, *project, a.plan.format, a.options.solve.relativeGap),
        a.plan.out, a.plan.guard, in.out, in.err);
    return written != Ok ? written
                         : (c.problems.isEmpty() && (!swapped || swapped->problems.isEmpty()) ? Ok : InvalidInput);
}

} // namespace warmshell::cli
