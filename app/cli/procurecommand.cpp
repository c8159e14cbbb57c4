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

#include <cmath>

namespace warmshell::cli {

namespace {

const OutputFormats kFormats{ OutputFormat::Table, OutputFormat::Json, OutputFormat::Csv };
constexpr SolveOptionSet kSolveOptions{ SolveOption::Precision, SolveOption::TimeLimit, SolveOption::Gap };
constexpr double kDefaultProcurementGap = 0.005; // 0.5 %: the target on the campus

// One --candidates entry before the project resolves its model: ID[:LEAD[:PER_QUARTER]].
struct CandidateWord
{
    QString name;
    int lead = -1; // -1: --lead-time
    int perQuarter = -1; // -1: no limit but the budget
};

struct ProcureArguments
{
    PlanArguments plan;
    ProcurementInput input;
    std::vector<CandidateWord> candidates;
    int defaultLead = 2;
};

// A whole number in [low, high] from `text`, or nullopt.
std::optional<int> wholeNumber(const QString &text, int low, int high)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    return ok && v >= low && v <= high ? std::optional<int>(v) : std::nullopt;
}

// --budget TOTAL or Q1,Q2,... (one per quarter; quarters past the list get nothing).
QString readBudget(const Arguments &arguments, ProcurementInput &in)
{
    const QString v = arguments.value(QStringLiteral("budget"));
    const QStringList parts = v.split(u',');
    std::vector<double> amounts;
    for (const QString &part : parts) {
        bool ok = false;
        const double usd = part.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(usd) || usd < 0 || usd > 1e13)
            return QStringLiteral("--budget must be an amount of USD from 0 to 1e13, or one per quarter separated by "
                                  "commas, got '%1'")
                .arg(part);
        amounts.push_back(usd);
    }
    if (amounts.size() == 1)
        in.totalBudget = amounts.front();
    else
        in.budgetPerQuarter = amounts;
    return {};
}

// --candidates ID[:LEAD[:PER_QUARTER]],...
QString readCandidateWords(const Arguments &arguments, ProcureArguments &a)
{
    for (const QString &entry : arguments.value(QStringLiteral("candidates")).split(u',', Qt::SkipEmptyParts)) {
        const QStringList fields = entry.split(u':');
        CandidateWord w;
        w.name = fields[0].trimmed();
        if (fields.size() > 3 || w.name.isEmpty())
            return QStringLiteral("--candidates takes MODEL[:LEAD_QUARTERS[:PER_QUARTER]] entries, got '%1'")
                .arg(entry);
        if (fields.size() > 1) {
            const auto lead = wholeNumber(fields[1], 0, 400);
            if (!lead)
                return QStringLiteral("--candidates: the lead time of '%1' must be a whole number of quarters from 0 "
                                      "to 400, got '%2'")
                    .arg(w.name, fields[1]);
            w.lead = *lead;
        }
        if (fields.size() > 2) {
            const auto perQuarter = wholeNumber(fields[2], 0, 1'000'000);
            if (!perQuarter)
                return QStringLiteral("--candidates: the systems available per quarter of '%1' must be a whole "
                                      "number from 0 to 1000000, got '%2'")
                    .arg(w.name, fields[2]);
            w.perQuarter = *perQuarter;
        }
        a.candidates.push_back(w);
    }
    if (a.candidates.empty())
        return QStringLiteral("--candidates needs at least one model, for example B300,GB300,MI355X");
    return {};
}

// --horizon, --lead-time, --discount, --objective and --value.
QString readProcurementNumbers(const Arguments &arguments, ProcureArguments &a)
{
    ProcurementInput &in = a.input;
    auto given = [&](const char *name) { return arguments.isSet(QLatin1String(name)); };
    auto value = [&](const char *name) { return arguments.value(QLatin1String(name)); };
    if (given("horizon")) {
        const auto h = wholeNumber(value("horizon"), 1, kMaxProcurementQuarters);
        if (!h)
            return QStringLiteral("--horizon must be a whole number of quarters from 1 to %1, got '%2'")
                .arg(kMaxProcurementQuarters)
                .arg(value("horizon"));
        in.horizonQuarters = *h;
    }
    if (given("lead-time")) {
        const auto lead = wholeNumber(value("lead-time"), 0, 400);
        if (!lead)
            return QStringLiteral("--lead-time must be a whole number of quarters from 0 to 400, got '%1'")
                .arg(value("lead-time"));
        a.defaultLead = *lead;
    }
    bool ok = true;
    if (given("discount")) {
        in.discountRate = value("discount").toDouble(&ok);
        if (!ok || !(in.discountRate >= 0 && in.discountRate <= 1))
            return QStringLiteral("--discount must be a rate per year from 0 to 1 (0.08 is 8 %), got '%1'")
                .arg(value("discount"));
    }
    if (given("objective")) {
        const auto objective = enumFromKey<ProcurementObjective>(value("objective"));
        if (!objective)
            return QStringLiteral("--objective must be compute or net, got '%1'").arg(value("objective"));
        in.objective = *objective;
    }
    if (given("value")) {
        in.valuePerPflopsYear = value("value").toDouble(&ok);
        if (!ok || !(in.valuePerPflopsYear > 0) || in.valuePerPflopsYear > 1e12)
            return QStringLiteral("--value must be USD per PFLOPS-year above 0, got '%1'").arg(value("value"));
    }
    if (in.objective == ProcurementObjective::Net && !given("value"))
        return QStringLiteral("--objective net needs --value USD (what one PFLOPS-year energized is worth)");
    return {};
}

QString readProcureArguments(const Arguments &arguments, ProcureArguments &a)
{
    if (!arguments.isSet(QStringLiteral("budget")))
        return QStringLiteral("--budget is needed: a total in USD, or one amount per quarter separated by commas");
    if (!arguments.isSet(QStringLiteral("candidates")))
        return QStringLiteral("--candidates is needed: the models that may be ordered, for example B300,GB300");
    if (const QString error = readBudget(arguments, a.input); !error.isEmpty())
        return error;
    if (const QString error = readCandidateWords(arguments, a); !error.isEmpty())
        return error;
    if (const QString error = readProcurementNumbers(arguments, a); !error.isEmpty())
        return error;
    if (const QString error = readPlanArguments(arguments, kSolveOptions, kFormats, a.plan); !error.isEmpty())
        return error;
    a.input.precision = a.plan.options.precision;
    a.input.timeLimitSeconds = a.plan.options.timeLimitSeconds;
    a.input.relativeGap = arguments.isSet(QStringLiteral("gap")) ? a.plan.options.relativeGap : kDefaultProcurementGap;
    return {};
}

// The model `name` names: a project or catalog model id, else the one model whose generation
// it is (case-insensitive: "B300" → dgx-b300). Null with `error` set otherwise.
const SystemModel *resolveModel(const QString &name, const Project &project, QString &error)
{
    if (const SystemModel *m = project.model(SystemModelId(name), Catalog::builtIn()))
        return m;
    std::vector<const SystemModel *> matches;
    for (const SystemModel &m : project.customModels)
        if (m.generation.compare(name, Qt::CaseInsensitive) == 0)
            matches.push_back(&m);
    for (const SystemModel &m : Catalog::builtIn().models())
        if (m.generation.compare(name, Qt::CaseInsensitive) == 0)
            matches.push_back(&m);
    if (matches.size() == 1)
        return matches.front();
    error = matches.empty()
        ? QStringLiteral("--candidates: '%1' is neither a model id nor a generation of the catalog or the project "
                         "('warmshell-cli catalog' lists them)")
              .arg(name)
        : QStringLiteral("--candidates: '%1' is the generation of %2 models; name one by its id")
              .arg(name)
              .arg(matches.size());
    return nullptr;
}

// The candidates of `a` with their models, prices (the model's catalog price) and lead times.
QString resolveCandidates(ProcureArguments &a, const Project &project)
{
    for (const CandidateWord &w : a.candidates) {
        QString error;
        const SystemModel *m = resolveModel(w.name, project, error);
        if (!m)
            return error;
        if (!(m->price.value() > 0))
            return QStringLiteral("--candidates: '%1' has no price in the catalog or the project").arg(w.name);
        ProcurementCandidate c;
        c.model = m->id;
        c.unitPrice = m->price.value();
        c.leadQuarters = w.lead >= 0 ? w.lead : a.defaultLead;
        if (w.perQuarter >= 0)
            c.availablePerQuarter.assign(size_t(a.input.horizonQuarters), w.perQuarter);
        for (const ProcurementCandidate &other : a.input.candidates)
            if (other.model == c.model)
                return QStringLiteral("--candidates names %1 twice").arg(c.model.toString());
        a.input.candidates.push_back(c);
    }
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
    return CommandOptions{ valueOption("budget", "USD"), valueOption("candidates", "LIST"), valueOption("horizon", "Q"),
        valueOption("lead-time", "Q"), valueOption("discount", "RATE"),
        choiceOption("objective", "O", choicesOf<ProcurementObjective>()), valueOption("value", "USD") }
    + solveCommandOptions(kSolveOptions) + CommandOptions{ formatOption(kFormats), outOption(), forceOption() };
}

int runProcure(const Invocation &in)
{
    ProcureArguments a;
    const QString error = readProcureArguments(in.arguments, a);
    const LoadedProject loaded = openProject(in, error, a.plan.file);
    if (!loaded.project)
        return loaded.exitCode;
    const Project &project = *loaded.project;
    if (const QString candidateError = resolveCandidates(a, project); !candidateError.isEmpty())
        return in.usageError(candidateError);
    const ProcurementPlan p = planProcurement(project, Catalog::builtIn(), a.input);
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
                .arg(100 * a.input.relativeGap)
                .arg(100 * p.gap, 0, 'f', 3));
    return writeOutput(procurementOutput(p, a.input, project, a.plan.format), a.plan.out, a.plan.guard, in.out, in.err);
}

} // namespace warmshell::cli
