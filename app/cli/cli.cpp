// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "analysis/comparison.h"
#include "analysis/reportjson.h"
#include "analysis/scenarioresults.h"
#include "analysis/timeline.h"
#include "catalog.h"
#include "export/csv.h"
#include "export/planexport.h"
#include "fieldlimits.h"
#include "import/netbox.h"
#include "plan/planjson.h"
#include "projectfile.h"
#include "solver/perrackmodel.h"
#include "solver/solver.h"
#include "validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <QLocale>
#include <cmath>
#include <functional>
#include <map>
#include <optional>

namespace warmshell::cli {

namespace {

const char *const kMainUsage
    = "Usage: warmshell-cli COMMAND [OPTIONS]\n"
      "\n"
      "Power and thermal capacity planning for GPU clusters.\n"
      "\n"
      "Commands:\n"
      "  validate FILE      check a project file and list every problem found\n"
      "  catalog            list the built-in GPU system catalog\n"
      "  solve FILE         energize the most of the fleet within every limit; report what binds\n"
      "  model FILE         write the optimisation model (LP or MPS) for another solver\n"
      "  export FILE        write a table of the plan (placements, generations, nodes) as CSV or JSON\n"
      "  import-netbox      make a project from NetBox racks, power panels and power feeds (JSON)\n"
      "  report FILE        write the capacity plan report (PDF)\n"
      "  timeline FILE      solve period by period: idle GPUs, idle depreciation, when lots energize\n"
      "  compare FILE       what each GPU generation delivers on the site or a power budget\n"
      "  scenarios FILE     the project's stored what-if scenarios side by side\n"
      "\n"
      "Run 'warmshell-cli COMMAND --help' for a command's options.\n"
      "Exit codes: 0 ok, 1 invalid input, 2 usage error.\n";

const char *const kValidateUsage
    = "Usage: warmshell-cli validate FILE\n"
      "\n"
      "Loads the project FILE and checks it: file structure, value ranges, references,\n"
      "cycles in the power chain, racks without a path to a source, 2N racks whose A and B\n"
      "feeds share a single point of failure, cooling coverage, pinned contents.\n"
      "Prints every problem as 'JSON-path: reason'.\n"
      "Exit codes: 0 valid, 1 problems found or file refused, 2 usage error.\n";

const char *const kCatalogUsage = "Usage: warmshell-cli catalog [--format table|json] [--sources]\n"
                                  "\n"
                                  "Lists the built-in system models: GPUs per system, maximum power, height, cooling,\n"
                                  "weight, dense TFLOPS per GPU (BF16/FP8/FP4), estimated price and release date.\n"
                                  "  --format table|json  output format (default table)\n"
                                  "  --sources            with table: print the public source of every figure\n"
                                  "Exit codes: 0 ok, 2 usage error.\n";

// "1 hall", "2 halls".
QString count(qsizetype n, const char *noun)
{
    return QStringLiteral("%1 %2%3").arg(n).arg(QLatin1String(noun)).arg(n == 1 ? QString() : QStringLiteral("s"));
}

const char *const kSolveUsage
    = "Usage: warmshell-cli solve FILE [--objective compute|gpus|idle-cost[,...]] [--precision bf16|fp8|fp4]\n"
      "                         [--date YYYY-MM-DD] [--heuristic] [--time-limit S] [--gap PERCENT]\n"
      "                         [--format table|json|csv] [--out PATH]\n"
      "\n"
      "Decides which systems of the fleet go into which racks so that the objective is best within\n"
      "every power node, cooling unit, rack and fleet limit (GLPK branch-and-cut on the aggregated\n"
      "model; see docs/solver.md). Reports per generation energized and idle GPUs and the idle\n"
      "depreciation per month, the binding constraints, the marginal value of +1 MW at each binding\n"
      "node, stranded capacity and why systems stay idle.\n"
      "  --objective LIST   compute (default), gpus or idle-cost; a comma list is lexicographic\n"
      "  --precision P      bf16 (default), fp8 or fp4: the TFLOPS the compute objective counts\n"
      "  --date D           plan the site as it stands on D (default: the site's planStart)\n"
      "  --heuristic        the instant greedy plan instead of the proven optimum\n"
      "  --time-limit S     seconds for the whole solve (default 60); the best plan so far is kept\n"
      "  --gap PERCENT      stop once the plan is proven within PERCENT of the best possible (default 0:\n"
      "                     optimal); on large sites e.g. --gap 0.1 answers in seconds\n"
      "  --format F         table (default), json (documented in docs/solver.md) or csv (per generation)\n"
      "  --out PATH         write to PATH instead of standard output\n"
      "Exit codes: 0 a plan, 1 invalid input or infeasible pinned contents, 2 usage error.\n";

const char *const kModelUsage
    = "Usage: warmshell-cli model FILE (--lp OUT | --mps OUT) [--per-rack] [--objective O] [--precision P]\n"
      "                         [--date D]\n"
      "\n"
      "Writes the exact MILP the solver hands to GLPK for the primary objective, in CPLEX LP or\n"
      "free MPS format, so it can be run in another solver.\n"
      "  --per-rack         write instead the plain per-rack model of the same problem (one integer\n"
      "                     column per rack and system variant; no grouping of identical racks;\n"
      "                     compute counted in TFLOPS, idle-cost as depreciation of energized systems;\n"
      "                     the MPS file minimises the negated objective)\n"
      "Exit codes: 0 written, 1 invalid input or write error, 2 usage error.\n";

const char *const kExportUsage
    = "Usage: warmshell-cli export FILE --what placements|generations|nodes|timeline [--format csv|json]\n"
      "                         [--out PATH] [--date D] [--objective O] [--precision P] [--heuristic]\n"
      "                         [--time-limit S]\n"
      "\n"
      "Solves FILE as 'solve' does and writes one table of the plan:\n"
      "  placements   rack, system model, operating point, count, GPUs, kW (one row per rack and model)\n"
      "  generations  energized and idle GPUs and systems, kW, PFLOPS, idle depreciation per month\n"
      "  nodes        installed, usable and load kW and utilisation of every power node and cooling unit\n"
      "  timeline     per period and generation: energized and idle GPUs, PFLOPS, kW used and available,\n"
      "               idle depreciation in the period and cumulative (as 'timeline --format csv')\n"
      "CSV is RFC 4180 (UTF-8, CRLF, header row with units in the column names, '.' decimals);\n"
      "JSON is {\"table\", \"columns\", \"rows\": [{column: value}], \"site\", \"date\", \"status\"}.\n"
      "  --format F   csv (default) or json\n"
      "  --out PATH   write to PATH instead of standard output\n"
      "Other options as for 'solve'; with --what timeline also those of 'timeline' (--period,\n"
      "--periods, --allow-moves, --total-time-limit, --gpu-hour-price) and no --date.\n"
      "Exit codes: 0 written, 1 invalid input, infeasible or write error, 2 usage error.\n";

const char *const kImportNetBoxUsage
    = "Usage: warmshell-cli import-netbox --racks RACKS.json --power-panels PANELS.json --power-feeds FEEDS.json\n"
      "                         --out PROJECT.json [--sites SLUG,...] [--plan-start YYYY-MM-DD]\n"
      "                         [--power-factor PF] [--force]\n"
      "\n"
      "Makes a WarmShell project from what NetBox's REST API returns for /api/dcim/racks/,\n"
      "/api/dcim/power-panels/ and /api/dcim/power-feeds/ (saved pages with \"results\", or bare lists).\n"
      "Sites and locations become halls, racks keep their height and weight limit, power panels\n"
      "become switchboards under a synthetic utility feed, power feeds become feed nodes rated\n"
      "V x A (x sqrt 3 for three-phase) x PF, derated by max_utilization; primary feeds are A sides,\n"
      "redundant feeds B sides. Everything not mapped is listed in the report (see docs/netbox.md).\n"
      "  --sites LIST        import only these site slugs (comma separated)\n"
      "  --plan-start D      the project's planStart (default today)\n"
      "  --power-factor PF   of the load on AC feeds (default 0.95)\n"
      "  --force             replace PROJECT.json if it exists (by default an existing file is kept)\n"
      "Exit codes: 0 written (the report may list unmapped items), 1 unreadable input or write error,\n"
      "2 usage error.\n";

bool wantsHelp(const QStringList &args)
{
    return args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
}

int usageError(QTextStream &err, const QString &message, const char *usage)
{
    err << "warmshell-cli: " << message << "\n\n" << usage;
    return UsageError;
}

int validate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (wantsHelp(args)) {
        out << kValidateUsage;
        return Ok;
    }
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-')))
        return usageError(err,
            args.isEmpty() ? QStringLiteral("validate needs a FILE")
                           : QStringLiteral("validate takes exactly one FILE"),
            kValidateUsage);
    const QString fileName = args.first();
    const LoadResult loaded = loadProject(fileName);
    if (!loaded.ok()) {
        out << fileName << ": refused, " << count(qsizetype(loaded.errors.size()), "problem") << ":\n";
        for (const Problem &p : loaded.errors)
            out << "  " << p.toString() << '\n';
        return InvalidInput;
    }
    if (loaded.migratedFrom)
        out << fileName << ": read format version " << loaded.migratedFrom << " and migrated it to "
            << kProjectFormatVersion << " (saving writes version " << kProjectFormatVersion << ")\n";
    const Project &project = *loaded.project;
    const auto problems = validateProject(project, Catalog::builtIn());
    if (!problems.empty()) {
        out << fileName << ": " << count(qsizetype(problems.size()), "problem") << ":\n";
        for (const Problem &p : problems)
            out << "  " << p.toString() << '\n';
        return InvalidInput;
    }
    qint64 gpus = 0;
    for (const FleetLot &lot : project.fleet)
        if (const SystemModel *m = project.model(lot.model, Catalog::builtIn()))
            gpus += qint64(lot.count) * m->gpusPerSystem;
    out << fileName << ": valid — " << count(qsizetype(project.site.halls.size()), "hall") << ", "
        << count(qsizetype(project.site.racks.size()), "rack") << ", " << count(project.site.power.size(), "power node")
        << ", " << count(qsizetype(project.site.coolingUnits.size()), "cooling unit") << ", "
        << count(qsizetype(project.fleet.size()), "lot") << " (" << gpus << " GPUs)\n";
    return Ok;
}

QString pad(const QString &s, int width, bool right = false)
{
    return right ? s.rightJustified(width) : s.leftJustified(width);
}

int catalog(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (wantsHelp(args)) {
        out << kCatalogUsage;
        return Ok;
    }
    QString format = QStringLiteral("table");
    bool sources = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--format") && i + 1 < args.size())
            format = args[++i];
        else if (args[i].startsWith(QLatin1String("--format=")))
            format = args[i].mid(9);
        else if (args[i] == QLatin1String("--sources"))
            sources = true;
        else
            return usageError(err, QStringLiteral("unknown argument '%1'").arg(args[i]), kCatalogUsage);
    }
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usageError(err, QStringLiteral("--format must be table or json, got '%1'").arg(format), kCatalogUsage);
    if (!Catalog::builtInErrors().empty()) {
        for (const Problem &p : Catalog::builtInErrors())
            err << "built-in catalog: " << p.toString() << '\n';
        return InvalidInput;
    }
    const auto &models = Catalog::builtIn().models();
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const SystemModel &m : models)
            list.append(systemModelToJson(m));
        out << QJsonDocument(QJsonObject{ { QStringLiteral("format"), QStringLiteral("warmshell-catalog") },
                                 { QStringLiteral("formatVersion"), 1 }, { QStringLiteral("models"), list } })
                   .toJson(QJsonDocument::Indented);
        return Ok;
    }
    out << pad(QStringLiteral("id"), 17) << pad(QStringLiteral("generation"), 11)
        << pad(QStringLiteral("GPUs"), 5, true) << pad(QStringLiteral("kW"), 7, true)
        << pad(QStringLiteral("height"), 8, true) << "  " << pad(QStringLiteral("cooling"), 8)
        << pad(QStringLiteral("kg"), 6, true) << pad(QStringLiteral("BF16 TF"), 9, true)
        << pad(QStringLiteral("FP8 TF"), 8, true) << pad(QStringLiteral("FP4 TF"), 8, true)
        << pad(QStringLiteral("price USD"), 11, true) << "  released\n";
    for (const SystemModel &m : models) {
        const QString height = m.wholeRack ? QStringLiteral("rack") : QStringLiteral("%1U").arg(m.height.value());
        const QString cooling = m.cooling == CoolingType::Liquid
            ? QStringLiteral("liq %1%").arg(qRound(m.liquidFraction * 100))
            : QStringLiteral("air");
        out << pad(m.id.toString(), 17) << pad(m.generation, 11) << pad(QString::number(m.gpusPerSystem), 5, true)
            << pad(QString::number(m.power.value(), 'f', 1), 7, true) << pad(height, 8, true) << "  " << pad(cooling, 8)
            << pad(QString::number(m.weight.value(), 'f', 0), 6, true)
            << pad(QString::number(m.bf16.value(), 'f', 0), 9, true)
            << pad(QString::number(m.fp8.value(), 'f', 0), 8, true)
            << pad(QString::number(m.fp4.value(), 'f', 0), 8, true)
            << pad(QString::number(m.price.value(), 'f', 0), 11, true) << "  " << m.released.toString(Qt::ISODate)
            << '\n';
        if (sources)
            for (auto it = m.sources.begin(); it != m.sources.end(); ++it)
                out << "    " << pad(it.key(), 15) << '[' << it->confidence << "] " << it->source
                    << (it->note.isEmpty() ? QString() : QStringLiteral(" — ") + it->note) << '\n';
    }
    out << models.size() << " models; TFLOPS are dense, per GPU. Sources: warmshell-cli catalog --sources\n";
    return Ok;
}

// Options shared by solve and model; returns an error message for a usage error.
struct PlanArguments
{
    QString file;
    SolveOptions options;
    QString format = QStringLiteral("table");
    QString out;
    QString lp, mps;
};

QString parsePlanArguments(const QStringList &args, PlanArguments &a, bool forModel)
{
    auto value = [&](int &i, const QString &flag, QString &target) -> QString {
        if (args[i].startsWith(flag + QLatin1Char('='))) {
            target = args[i].mid(flag.size() + 1);
            return {};
        }
        if (i + 1 >= args.size())
            return QStringLiteral("%1 needs a value").arg(flag);
        target = args[++i];
        return {};
    };
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        const QString flag = arg.section(QLatin1Char('='), 0, 0);
        QString v, error;
        if (flag == QLatin1String("--objective")) {
            if (!(error = value(i, flag, v)).isEmpty())
                return error;
            a.options.objectives.clear();
            for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const auto o = enumFromKey<Objective>(part.trimmed());
                if (!o)
                    return QStringLiteral("--objective must be compute, gpus or idle-cost, got '%1'").arg(part);
                a.options.objectives.push_back(*o);
            }
            if (a.options.objectives.empty())
                return QStringLiteral("--objective needs at least one objective");
        } else if (flag == QLatin1String("--precision")) {
            if (!(error = value(i, flag, v)).isEmpty())
                return error;
            const auto p = enumFromKey<Precision>(v);
            if (!p)
                return QStringLiteral("--precision must be bf16, fp8 or fp4, got '%1'").arg(v);
            a.options.precision = *p;
        } else if (flag == QLatin1String("--date")) {
            if (!(error = value(i, flag, v)).isEmpty())
                return error;
            a.options.date = QDate::fromString(v, Qt::ISODate);
            if (!a.options.date.isValid())
                return QStringLiteral("--date must be YYYY-MM-DD, got '%1'").arg(v);
        } else if (!forModel && flag == QLatin1String("--time-limit")) {
            if (!(error = value(i, flag, v)).isEmpty())
                return error;
            bool ok = false;
            a.options.timeLimitSeconds = v.toDouble(&ok);
            if (!ok || !(a.options.timeLimitSeconds > 0) || a.options.timeLimitSeconds > 1e6)
                return QStringLiteral("--time-limit must be a number of seconds above 0, got '%1'").arg(v);
        } else if (!forModel && flag == QLatin1String("--gap")) {
            if (!(error = value(i, flag, v)).isEmpty())
                return error;
            bool ok = false;
            const double percent = v.toDouble(&ok);
            if (!ok || !(percent >= 0) || percent > 100)
                return QStringLiteral("--gap must be a percentage from 0 to 100, got '%1'").arg(v);
            a.options.relativeGap = percent / 100;
        } else if (!forModel && flag == QLatin1String("--format")) {
            if (!(error = value(i, flag, v)).isEmpty())
                return error;
            if (v != QLatin1String("table") && v != QLatin1String("json") && v != QLatin1String("csv"))
                return QStringLiteral("--format must be table, json or csv, got '%1'").arg(v);
            a.format = v;
        } else if (!forModel && flag == QLatin1String("--out")) {
            if (!(error = value(i, flag, a.out)).isEmpty())
                return error;
        } else if (!forModel && arg == QLatin1String("--heuristic")) {
            a.options.method = SolveMethod::Heuristic;
        } else if (forModel && flag == QLatin1String("--lp")) {
            if (!(error = value(i, flag, a.lp)).isEmpty())
                return error;
        } else if (forModel && flag == QLatin1String("--mps")) {
            if (!(error = value(i, flag, a.mps)).isEmpty())
                return error;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return QStringLiteral("unknown option '%1'").arg(arg);
        } else if (a.file.isEmpty()) {
            a.file = arg;
        } else {
            return QStringLiteral("only one FILE, got '%1' too").arg(arg);
        }
    }
    if (a.file.isEmpty())
        return QStringLiteral("a project FILE is needed");
    if (forModel && a.lp.isEmpty() == a.mps.isEmpty())
        return QStringLiteral("give exactly one of --lp OUT or --mps OUT");
    return {};
}

// Loads and reports refusal; null on failure (messages written to out).
std::optional<Project> loadForCommand(const QString &fileName, QTextStream &out)
{
    LoadResult loaded = loadProject(fileName);
    if (!loaded.ok()) {
        out << fileName << ": refused, " << count(qsizetype(loaded.errors.size()), "problem") << ":\n";
        for (const Problem &p : loaded.errors)
            out << "  " << p.toString() << '\n';
        return std::nullopt;
    }
    return std::move(loaded.project);
}

QString money(double v)
{
    return QLocale::c().toString(v, 'f', 0);
}

QString planText(const CapacityPlan &plan, const Project &project)
{
    QString text;
    QTextStream t(&text);
    const Objective o = plan.objective;
    const QString unit = o == Objective::Compute ? QStringLiteral("PFLOPS (%1)").arg(keyOf(plan.options.precision))
        : o == Objective::Gpus                   ? QStringLiteral("GPUs")
                               : project.site.currency + QStringLiteral(" idle depreciation per month");
    t << project.site.name << " — plan for " << plan.date.toString(Qt::ISODate) << " (" << plan.method << ", "
      << keyOf(plan.status) << ", " << QString::number(plan.seconds, 'f', 2) << " s)\n";
    if (plan.status == PlanStatus::Failed || plan.status == PlanStatus::Infeasible) {
        for (const QString &e : plan.explanations)
            t << "  " << e << '\n';
        return text;
    }
    t << "Objective " << keyOf(o) << ": " << QString::number(plan.objectiveValue, 'f', 1) << ' ' << unit << ", bound "
      << QString::number(plan.bound, 'f', 1) << ", gap " << QString::number(100 * plan.gap, 'f', 2) << "%\n\n";
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
          << pad(money(g.idleDepreciationPerMonth.value()) + QLatin1Char(' ') + project.site.currency, 25, true)
          << '\n';
    t << pad(QStringLiteral("total"), 11) << pad(QString::number(plan.energizedGpus()), 15, true)
      << pad(QString::number(plan.idleGpus()), 10, true) << pad(QString(), 17)
      << pad(QString::number(plan.energizedPower().value(), 'f', 0), 10, true) << pad(QString(), 9)
      << pad(money(plan.idleDepreciationPerMonth().value()) + QLatin1Char(' ') + project.site.currency, 25, true)
      << "\n";
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
    for (const StrandedCapacity &s : plan.stranded)
        stranded << QStringLiteral("%1 (%2): %3 — %4")
                        .arg(s.object, s.kind, QString::number(s.amount.value(), 'f', 0) + QStringLiteral(" kW"),
                            s.reason);
    section("Binding constraints", binding);
    section("Marginal value of capacity", marginal);
    section("Stranded capacity", stranded);
    section("Why systems are idle", plan.explanations);
    return text;
}

int writeOutput(const QString &text, const QString &path, QTextStream &out, QTextStream &err)
{
    if (path.isEmpty()) {
        out << text;
        return Ok;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        err << "warmshell-cli: cannot write " << path << ": " << file.errorString() << '\n';
        return InvalidInput;
    }
    return Ok;
}

int solveCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (wantsHelp(args)) {
        out << kSolveUsage;
        return Ok;
    }
    PlanArguments a;
    if (const QString error = parsePlanArguments(args, a, false); !error.isEmpty())
        return usageError(err, error, kSolveUsage);
    const auto project = loadForCommand(a.file, out);
    if (!project)
        return InvalidInput;
    const CapacityPlan plan = solve(*project, Catalog::builtIn(), a.options);
    QString text;
    if (a.format == QLatin1String("json"))
        text = QString::fromUtf8(QJsonDocument(planToJson(plan)).toJson(QJsonDocument::Indented));
    else if (a.format == QLatin1String("csv"))
        text = tableToCsv(*planTable(PlanTableKind::Generations, plan, *project, Catalog::builtIn()).table);
    else
        text = planText(plan, *project);
    const int written = writeOutput(text, a.out, out, err);
    if (written != Ok)
        return written;
    return plan.status == PlanStatus::Failed || plan.status == PlanStatus::Infeasible ? InvalidInput : Ok;
}

int exportTimeline(const QStringList &args, const QString &format, QTextStream &out, QTextStream &err);

int exportCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (wantsHelp(args)) {
        out << kExportUsage;
        return Ok;
    }
    QStringList rest;
    QString what, format = QStringLiteral("csv");
    for (int i = 0; i < args.size(); ++i) {
        const QString flag = args[i].section(QLatin1Char('='), 0, 0);
        if (flag != QLatin1String("--what") && flag != QLatin1String("--format")) {
            rest << args[i];
            continue;
        }
        QString v;
        if (args[i].contains(QLatin1Char('=')))
            v = args[i].section(QLatin1Char('='), 1);
        else if (i + 1 < args.size())
            v = args[++i];
        else
            return usageError(err, QStringLiteral("%1 needs a value").arg(flag), kExportUsage);
        (flag == QLatin1String("--what") ? what : format) = v;
    }
    if (what.isEmpty())
        return usageError(
            err, QStringLiteral("--what is needed: placements, generations, nodes or timeline"), kExportUsage);
    const auto kind = enumFromKey<PlanTableKind>(what);
    if (!kind)
        return usageError(err,
            QStringLiteral("--what must be placements, generations, nodes or timeline, got '%1'").arg(what),
            kExportUsage);
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return usageError(err, QStringLiteral("--format must be csv or json, got '%1'").arg(format), kExportUsage);
    if (*kind == PlanTableKind::Timeline)
        return exportTimeline(rest, format, out, err);
    PlanArguments a;
    if (const QString error = parsePlanArguments(rest, a, false); !error.isEmpty())
        return usageError(err, error, kExportUsage);
    const auto project = loadForCommand(a.file, out);
    if (!project)
        return InvalidInput;
    const CapacityPlan plan = solve(*project, Catalog::builtIn(), a.options);
    if (plan.status == PlanStatus::Failed || plan.status == PlanStatus::Infeasible) {
        err << "warmshell-cli: no plan to export (" << keyOf(plan.status) << "):\n";
        for (const QString &e : plan.explanations)
            err << "  " << e << '\n';
        return InvalidInput;
    }
    const PlanTableResult table = planTable(*kind, plan, *project, Catalog::builtIn());
    QString text;
    if (format == QLatin1String("csv")) {
        text = tableToCsv(*table.table);
    } else {
        const QJsonObject extra{ { QStringLiteral("format"), QStringLiteral("warmshell-table") },
            { QStringLiteral("formatVersion"), 1 }, { QStringLiteral("site"), project->site.name },
            { QStringLiteral("date"), plan.date.toString(Qt::ISODate) },
            { QStringLiteral("status"), keyOf(plan.status) }, { QStringLiteral("currency"), project->site.currency } };
        text = QString::fromUtf8(QJsonDocument(tableToJson(*table.table, extra)).toJson(QJsonDocument::Indented));
    }
    return writeOutput(text, a.out, out, err);
}

int importNetBoxCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (wantsHelp(args)) {
        out << kImportNetBoxUsage;
        return Ok;
    }
    QString racks, panels, feeds, target, sites, planStart, powerFactor;
    bool force = false;
    const std::map<QString, QString *> flags{ { QStringLiteral("--racks"), &racks },
        { QStringLiteral("--power-panels"), &panels }, { QStringLiteral("--power-feeds"), &feeds },
        { QStringLiteral("--out"), &target }, { QStringLiteral("--sites"), &sites },
        { QStringLiteral("--plan-start"), &planStart }, { QStringLiteral("--power-factor"), &powerFactor } };
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--force")) {
            force = true;
            continue;
        }
        const QString flag = args[i].section(QLatin1Char('='), 0, 0);
        const auto it = flags.find(flag);
        if (it == flags.end())
            return usageError(err, QStringLiteral("unknown argument '%1'").arg(args[i]), kImportNetBoxUsage);
        if (args[i].contains(QLatin1Char('=')))
            *it->second = args[i].section(QLatin1Char('='), 1);
        else if (i + 1 < args.size())
            *it->second = args[++i];
        else
            return usageError(err, QStringLiteral("%1 needs a value").arg(flag), kImportNetBoxUsage);
    }
    for (const auto &[flag, value] : { std::pair{ "--racks", &racks }, std::pair{ "--power-panels", &panels },
             std::pair{ "--power-feeds", &feeds }, std::pair{ "--out", &target } })
        if (value->isEmpty())
            return usageError(err, QStringLiteral("%1 is needed").arg(QLatin1String(flag)), kImportNetBoxUsage);
    NetBoxImportOptions options;
    options.sites = sites.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &s : options.sites)
        s = s.trimmed();
    options.planStart = planStart.isEmpty() ? QDate::currentDate() : QDate::fromString(planStart, Qt::ISODate);
    if (!options.planStart.isValid())
        return usageError(
            err, QStringLiteral("--plan-start must be YYYY-MM-DD, got '%1'").arg(planStart), kImportNetBoxUsage);
    if (!powerFactor.isEmpty()) {
        bool ok = false;
        options.powerFactor = powerFactor.toDouble(&ok);
        if (!ok || !(options.powerFactor > 0 && options.powerFactor <= 1))
            return usageError(err,
                QStringLiteral("--power-factor must be above 0 and at most 1, got '%1'").arg(powerFactor),
                kImportNetBoxUsage);
    }
    if (!force && QFile::exists(target)) {
        err << "warmshell-cli: " << target << " exists; it is kept (give --force to replace it)\n";
        return InvalidInput;
    }
    NetBoxInput inputs[3] = { { racks, {} }, { panels, {} }, { feeds, {} } };
    for (NetBoxInput &in : inputs) {
        QFile file(in.label);
        if (!file.open(QIODevice::ReadOnly)) {
            err << "warmshell-cli: cannot read " << in.label << ": " << file.errorString() << '\n';
            return InvalidInput;
        }
        if (file.size() > limits::maxFileBytes) {
            err << "warmshell-cli: " << in.label << " is larger than " << limits::maxFileBytes << " bytes\n";
            return InvalidInput;
        }
        in.json = file.readAll();
    }
    const NetBoxImportResult result = importNetBox(inputs[0], inputs[1], inputs[2], options);
    if (!result.report.empty()) {
        out << "Import report (" << count(qsizetype(result.report.size()), "item")
            << " not mapped or mapped with an assumption):\n";
        for (const Problem &p : result.report)
            out << "  " << p.toString() << '\n';
    }
    if (!result.ok()) {
        err << "warmshell-cli: nothing written, " << count(qsizetype(result.errors.size()), "problem") << ":\n";
        for (const Problem &p : result.errors)
            err << "  " << p.toString() << '\n';
        return InvalidInput;
    }
    if (const QString error = saveProject(*result.project, target); !error.isEmpty()) {
        err << "warmshell-cli: cannot write " << target << ": " << error << '\n';
        return InvalidInput;
    }
    const Site &s = result.project->site;
    out << "wrote " << target << ": " << count(qsizetype(s.halls.size()), "hall") << ", "
        << count(qsizetype(s.racks.size()), "rack") << ", " << count(s.power.size(), "power node") << '\n';
    return Ok;
}

int modelCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (wantsHelp(args)) {
        out << kModelUsage;
        return Ok;
    }
    QStringList rest = args;
    const bool perRack = rest.removeAll(QStringLiteral("--per-rack")) > 0;
    PlanArguments a;
    if (const QString error = parsePlanArguments(rest, a, true); !error.isEmpty())
        return usageError(err, error, kModelUsage);
    const auto project = loadForCommand(a.file, out);
    if (!project)
        return InvalidInput;
    const bool lp = !a.lp.isEmpty();
    const QString target = lp ? a.lp : a.mps;
    const ModelFormat format = lp ? ModelFormat::Lp : ModelFormat::Mps;
    const QString error = perRack ? writePerRackModel(*project, Catalog::builtIn(), a.options, target, format)
                                  : writeModel(*project, Catalog::builtIn(), a.options, target, format);
    if (!error.isEmpty()) {
        err << "warmshell-cli: " << error << '\n';
        return InvalidInput;
    }
    out << "wrote " << target << '\n';
    return Ok;
}

const char *const kReportUsage
    = "Usage: warmshell-cli report FILE --out PLAN.pdf [--objective compute|gpus|idle-cost]\n"
      "                    [--precision bf16|fp8|fp4] [--date YYYY-MM-DD]\n"
      "\n"
      "Solves FILE and writes the capacity plan report: summary, per-generation table, floor plan\n"
      "coloured by utilisation, charts, the timeline (as 'timeline FILE') and the generation\n"
      "comparison on the site (as 'compare FILE' at the plan's date and precision), marginal values,\n"
      "assumptions. The PDF is drawn by the\n"
      "desktop app 'warmshell' installed next to this tool (run without a window), so this tool\n"
      "itself links no GUI library.\n"
      "Exit codes: 0 written, 1 invalid input, write error or no 'warmshell' found, 2 usage error.\n";

int reportCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out << kReportUsage;
        return Ok;
    }
    if (args.isEmpty() || args.first().startsWith(QLatin1Char('-')))
        return usageError(err, QStringLiteral("report needs a FILE"), kReportUsage);
    QStringList forwarded{ QStringLiteral("--report"), args.first() };
    bool hasOut = false;
    static const QStringList withValue{ QStringLiteral("--out"), QStringLiteral("--objective"),
        QStringLiteral("--precision"), QStringLiteral("--date") };
    for (int i = 1; i < args.size(); ++i) {
        if (!withValue.contains(args[i]))
            return usageError(err, QStringLiteral("unknown argument '%1'").arg(args[i]), kReportUsage);
        if (i + 1 >= args.size())
            return usageError(err, QStringLiteral("%1 needs a value").arg(args[i]), kReportUsage);
        hasOut = hasOut || args[i] == QLatin1String("--out");
        forwarded << args[i] << args[i + 1];
        ++i;
    }
    if (!hasOut)
        return usageError(err, QStringLiteral("report needs --out PLAN.pdf"), kReportUsage);

    const QString app = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("warmshell"));
    if (!QFileInfo(app).isExecutable()) {
        err << "warmshell-cli: the report is drawn by the desktop app, which was not found at " << app
            << " (install WarmShell with its desktop app)\n";
        return InvalidInput;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(app, forwarded);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit) {
        err << "warmshell-cli: " << app << " did not finish: " << process.errorString() << '\n';
        return InvalidInput;
    }
    out << QString::fromLocal8Bit(process.readAllStandardOutput());
    err << QString::fromLocal8Bit(process.readAllStandardError());
    return process.exitCode() == 0 ? Ok : (process.exitCode() == 2 ? UsageError : InvalidInput);
}

// ---- money and time: timeline, compare, scenarios -------------------------------------------

const char *const kTimelineUsage
    = "Usage: warmshell-cli timeline FILE [--period quarter|month] [--periods N] [--allow-moves]\n"
      "                         [--objective compute|gpus|idle-cost[,...]] [--precision bf16|fp8|fp4]\n"
      "                         [--heuristic] [--time-limit S] [--total-time-limit S] [--gpu-hour-price X]\n"
      "                         [--format table|json|csv] [--out PATH]\n"
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
      "Exit codes: 0 ok, 1 invalid input, 2 usage error.\n";

const char *const kCompareUsage
    = "Usage: warmshell-cli compare FILE [--budget-mw X] [--generations A,B,...] [--precision bf16|fp8|fp4]\n"
      "                         [--date YYYY-MM-DD] [--swap FROM:TO] [--heuristic] [--time-limit S]\n"
      "                         [--format table|json|csv] [--out PATH]\n"
      "\n"
      "Gives the whole site (or, with --budget-mw, a simple site of that much critical-IT power) to\n"
      "one system model at a time and reports what it delivers: systems and GPUs that fit, dense\n"
      "PFLOPS at the precision, PFLOPS per MW, racks used, capital, depreciation per year, cost per\n"
      "PFLOP-year and the limit that binds (power, cooling, space, weight, rack power), ranked by\n"
      "PFLOPS per MW, with the catalog source of the power and performance figures.\n"
      "  --budget-mw X        compare on a budget site of X MW (assumptions printed; docs/timeline.md)\n"
      "  --generations LIST   only these generations (default: every model)\n"
      "  --swap FROM:TO       also: retire the FROM lots on the date and use their power for TO systems\n"
      "                       (net compute, net idle depreciation per month)\n"
      "Exit codes: 0 ok, 1 invalid input, 2 usage error.\n";

const char *const kScenariosUsage
    = "Usage: warmshell-cli scenarios FILE [--period quarter|month] [--periods N] [--allow-moves]\n"
      "                         [--objective ...] [--precision ...] [--heuristic] [--time-limit S]\n"
      "                         [--format table|json] [--out PATH]\n"
      "\n"
      "Runs the timeline of the project and of each scenario stored in it (format version 3,\n"
      "\"scenarios\") with the same options and shows them side by side: GPUs energized and idle in\n"
      "the last period, PFLOPS, periods with idle GPUs, idle depreciation over the horizon; figures\n"
      "that differ from the base are marked with * and listed.\n"
      "Exit codes: 0 ok, 1 invalid input, 2 usage error.\n";

// Removes "--flag V" or "--flag=V" from args; true if found. A flag without its value sets error.
bool takeOption(QStringList &args, const QString &flag, QString &value, QString &error)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args[i].startsWith(flag + QLatin1Char('='))) {
            value = args[i].mid(flag.size() + 1);
            args.removeAt(i);
            return true;
        }
        if (args[i] == flag) {
            if (i + 1 >= args.size()) {
                error = QStringLiteral("%1 needs a value").arg(flag);
                return false;
            }
            value = args[i + 1];
            args.remove(i, 2);
            return true;
        }
    }
    return false;
}

struct TimelineArguments
{
    PlanArguments plan;
    TimelineOptions options;
};

QString parseTimelineArguments(QStringList args, const Project *project, TimelineArguments &a)
{
    Q_UNUSED(project);
    QString v, error;
    if (takeOption(args, QStringLiteral("--period"), v, error)) {
        const auto p = enumFromKey<PlanningPeriod>(v);
        if (!p)
            return QStringLiteral("--period must be quarter or month, got '%1'").arg(v);
        a.options.period = *p;
    }
    if (takeOption(args, QStringLiteral("--periods"), v, error)) {
        bool ok = false;
        a.options.horizonPeriods = v.toInt(&ok);
        if (!ok || a.options.horizonPeriods < 1 || a.options.horizonPeriods > 400)
            return QStringLiteral("--periods must be a whole number from 1 to 400, got '%1'").arg(v);
    }
    if (takeOption(args, QStringLiteral("--total-time-limit"), v, error)) {
        bool ok = false;
        a.options.totalTimeLimitSeconds = v.toDouble(&ok);
        if (!ok || !(a.options.totalTimeLimitSeconds > 0) || a.options.totalTimeLimitSeconds > 1e6)
            return QStringLiteral("--total-time-limit must be a number of seconds above 0, got '%1'").arg(v);
    }
    if (takeOption(args, QStringLiteral("--gpu-hour-price"), v, error)) {
        bool ok = false;
        a.options.gpuHourPrice = v.toDouble(&ok);
        if (!ok || !(a.options.gpuHourPrice >= 0) || a.options.gpuHourPrice > 1e6)
            return QStringLiteral("--gpu-hour-price must be a number from 0 to 1000000, got '%1'").arg(v);
    }
    if (!error.isEmpty())
        return error;
    a.options.allowMoves = args.removeAll(QStringLiteral("--allow-moves")) > 0;
    if (const QString e = parsePlanArguments(args, a.plan, false); !e.isEmpty())
        return e;
    if (a.plan.options.date.isValid())
        return QStringLiteral("--date does not apply: the timeline starts at the site's planStart");
    const double perPeriod = a.plan.options.timeLimitSeconds;
    a.options.solve = a.plan.options;
    a.options.solve.marginalValues = false;
    a.options.solve.timeLimitSeconds = perPeriod;
    return {};
}

// The horizon in the requested period: a change of period keeps the horizon's length.
void fitHorizon(TimelineOptions &o, const Project &project)
{
    if (o.horizonPeriods > 0 || !o.period || *o.period == project.site.period)
        return;
    o.horizonPeriods = *o.period == PlanningPeriod::Month ? project.site.horizonPeriods * 3
                                                          : std::max(1, (project.site.horizonPeriods + 2) / 3);
}

QString periodLabel(const TimelinePeriod &p, PlanningPeriod period)
{
    if (period == PlanningPeriod::Quarter && p.start.day() == 1 && (p.start.month() - 1) % 3 == 0)
        return QStringLiteral("%1 Q%2").arg(p.start.year()).arg((p.start.month() - 1) / 3 + 1);
    return p.start.toString(Qt::ISODate);
}

QString timelineTable(const Timeline &t, const Project &project)
{
    QString text;
    QTextStream s(&text);
    const QString cur = project.site.currency;
    s << project.site.name << " — timeline, " << t.periods.size() << ' ' << keyOf(t.period) << "s from "
      << (t.boundaries.empty() ? QString() : t.boundaries.front().toString(Qt::ISODate))
      << (t.allowMoves ? ", moves allowed" : ", energized systems stay in place") << " ("
      << QString::number(t.seconds, 'f', 2) << " s, worst gap " << QString::number(100 * t.worstGap, 'f', 2)
      << "%)\n\n";
    s << pad(QStringLiteral("period"), 11) << pad(QStringLiteral("status"), 11)
      << pad(QStringLiteral("GPUs on"), 9, true) << pad(QStringLiteral("idle"), 7, true)
      << pad(QStringLiteral("PFLOPS"), 9, true) << pad(QStringLiteral("kW used"), 9, true)
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
          << pad(QString::number(p.powerAvailable.value(), 'f', 0), 10, true)
          << pad(money(p.idleDepreciation.value()), 12, true)
          << pad(money(p.cumulativeIdleDepreciation.value()), 13, true) << pad(QString::number(p.systemsMoved), 7, true)
          << "  " << (idle.isEmpty() ? QStringLiteral("-") : idle.join(QStringLiteral(", "))) << '\n';
    }
    s << "\nIdle depreciation over the horizon: " << money(t.totalIdleDepreciation.value()) << ' ' << cur << '\n';
    if (t.totalOpportunityCost.value() > 0)
        s << "Opportunity cost of idle GPU-hours (not included above): " << money(t.totalOpportunityCost.value()) << ' '
          << cur << '\n';
    s << "\nLots:\n";
    for (const TimelineLot &l : t.lots)
        s << "  " << pad(l.lot.toString(), 18) << pad(l.generation, 8) << pad(QString::number(l.count), 6, true)
          << " systems, fully energized "
          << pad(l.fullyEnergized.isValid() ? l.fullyEnergized.toString(Qt::ISODate)
                                            : QStringLiteral("never within horizon"),
                 21)
          << " idle depreciation " << money(l.totalIdleDepreciation) << ' ' << cur << '\n';
    bool header = false;
    for (const TimelinePeriod &p : t.periods)
        for (const QString &n : p.notes) {
            if (!header)
                s << "\nNotes (! marks a period whose carried placement could not stay):\n";
            header = true;
            s << "  " << periodLabel(p, t.period) << ": " << n << '\n';
        }
    return text;
}

int timelineCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (wantsHelp(args)) {
        out << kTimelineUsage;
        return Ok;
    }
    TimelineArguments a;
    if (const QString error = parseTimelineArguments(args, nullptr, a); !error.isEmpty())
        return usageError(err, error, kTimelineUsage);
    const auto project = loadForCommand(a.plan.file, out);
    if (!project)
        return InvalidInput;
    fitHorizon(a.options, *project);
    const Timeline t = computeTimeline(*project, Catalog::builtIn(), a.options);
    QString text;
    if (!t.problems.isEmpty() && a.plan.format != QLatin1String("json")) {
        out << project->site.name << ": no timeline:\n";
        for (const QString &p : t.problems)
            out << "  " << p << '\n';
        return InvalidInput;
    }
    if (a.plan.format == QLatin1String("json"))
        text = QString::fromUtf8(QJsonDocument(timelineToJson(t)).toJson(QJsonDocument::Indented));
    else if (a.plan.format == QLatin1String("csv"))
        text = tableToCsv(timelineTable(t));
    else
        text = timelineTable(t, *project);
    const int written = writeOutput(text, a.plan.out, out, err);
    return written != Ok ? written : (t.problems.isEmpty() ? Ok : InvalidInput);
}

// export --what timeline: the timeline command's options and computation, the table writer.
int exportTimeline(const QStringList &args, const QString &format, QTextStream &out, QTextStream &err)
{
    TimelineArguments a;
    if (const QString error = parseTimelineArguments(args, nullptr, a); !error.isEmpty())
        return usageError(err, error, kExportUsage);
    const auto project = loadForCommand(a.plan.file, out);
    if (!project)
        return InvalidInput;
    fitHorizon(a.options, *project);
    const Timeline t = computeTimeline(*project, Catalog::builtIn(), a.options);
    if (!t.problems.isEmpty()) {
        err << "warmshell-cli: no timeline to export:\n";
        for (const QString &p : t.problems)
            err << "  " << p << '\n';
        return InvalidInput;
    }
    const Table table = timelineTable(t);
    QString text;
    if (format == QLatin1String("csv")) {
        text = tableToCsv(table);
    } else {
        const QJsonObject extra{ { QStringLiteral("format"), QStringLiteral("warmshell-table") },
            { QStringLiteral("formatVersion"), 1 }, { QStringLiteral("site"), project->site.name },
            { QStringLiteral("date"), t.boundaries.empty() ? QString() : t.boundaries.front().toString(Qt::ISODate) },
            { QStringLiteral("period"), keyOf(t.period) }, { QStringLiteral("allowMoves"), t.allowMoves },
            { QStringLiteral("worstGap"), t.worstGap }, { QStringLiteral("currency"), project->site.currency } };
        text = QString::fromUtf8(QJsonDocument(tableToJson(table, extra)).toJson(QJsonDocument::Indented));
    }
    return writeOutput(text, a.plan.out, out, err);
}

QString sourceLine(const char *what, const FigureSource &s)
{
    if (s.source.isEmpty())
        return QStringLiteral("%1: no source recorded").arg(QLatin1String(what));
    return QStringLiteral("%1 [%2] %3%4")
        .arg(
            QLatin1String(what), s.confidence, s.source, s.note.isEmpty() ? QString() : QStringLiteral(" — ") + s.note);
}

int compareCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (wantsHelp(args)) {
        out << kCompareUsage;
        return Ok;
    }
    QStringList rest = args;
    ComparisonOptions options;
    QString v, error, swap;
    if (takeOption(rest, QStringLiteral("--budget-mw"), v, error)) {
        bool ok = false;
        const double mw = v.toDouble(&ok);
        if (!ok || !(mw > 0) || mw > 100000)
            return usageError(err,
                QStringLiteral("--budget-mw must be a number of MW above 0 and at most 100000, got '%1'").arg(v),
                kCompareUsage);
        options.budgetMw = mw;
    }
    if (takeOption(rest, QStringLiteral("--generations"), v, error))
        options.generations = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (takeOption(rest, QStringLiteral("--swap"), swap, error) && swap.split(QLatin1Char(':')).size() != 2)
        return usageError(
            err, QStringLiteral("--swap must be FROM:TO, for example A100:B200, got '%1'").arg(swap), kCompareUsage);
    if (!error.isEmpty())
        return usageError(err, error, kCompareUsage);
    if (std::any_of(
            rest.begin(), rest.end(), [](const QString &x) { return x.startsWith(QStringLiteral("--objective")); }))
        return usageError(err, QStringLiteral("--objective does not apply: compare maximises compute"), kCompareUsage);
    PlanArguments a;
    if (const QString e = parsePlanArguments(rest, a, false); !e.isEmpty())
        return usageError(err, e, kCompareUsage);
    const auto project = loadForCommand(a.file, out);
    if (!project)
        return InvalidInput;
    options.solve.precision = a.options.precision;
    options.solve.method = a.options.method;
    options.solve.timeLimitSeconds = a.options.timeLimitSeconds;
    options.date = a.options.date;
    const Comparison c = compareGenerations(*project, Catalog::builtIn(), options);
    std::optional<SwapResult> swapped;
    if (!swap.isEmpty())
        swapped = swapGenerations(*project, Catalog::builtIn(), swap.section(QLatin1Char(':'), 0, 0),
            swap.section(QLatin1Char(':'), 1, 1), options);
    QString text;
    QTextStream s(&text);
    const QString cur = project->site.currency;
    if (a.format == QLatin1String("json")) {
        QJsonObject o = comparisonToJson(c);
        if (swapped)
            o.insert(QStringLiteral("swap"), swapToJson(*swapped));
        text = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else if (a.format == QLatin1String("csv")) {
        s << "rank,generation,model,systems,gpus,pflops,power_kw,pflops_per_mw,racks_used,capital_" << cur.toLower()
          << ",depreciation_per_year_" << cur.toLower() << ",cost_per_pflop_year_" << cur.toLower() << ",binding\r\n";
        int rank = 0;
        for (const GenerationFigures &g : c.rows)
            s << ++rank << ',' << csvField(g.generation) << ',' << csvField(g.model.toString()) << ',' << g.systems
              << ',' << g.gpus << ',' << QString::number(g.pflops, 'f', 3) << ','
              << QString::number(g.power.value(), 'f', 3) << ',' << QString::number(g.pflopsPerMw, 'f', 3) << ','
              << g.racksUsed << ',' << QString::number(g.capital.value(), 'f', 0) << ','
              << QString::number(g.depreciationPerYear.value(), 'f', 0) << ','
              << QString::number(g.costPerPflopYear, 'f', 0) << ',' << csvField(g.binding) << "\r\n";
    } else {
        s << "Generation comparison on " << c.basis << ", " << c.date.toString(Qt::ISODate) << ", dense "
          << keyOf(c.precision).toUpper() << " (ranked by PFLOPS per MW)\n\n";
        s << pad(QStringLiteral("#"), 3) << pad(QStringLiteral("generation"), 11)
          << pad(QStringLiteral("systems"), 8, true) << pad(QStringLiteral("GPUs"), 8, true)
          << pad(QStringLiteral("PFLOPS"), 10, true) << pad(QStringLiteral("MW"), 8, true)
          << pad(QStringLiteral("PFLOPS/MW"), 10, true) << pad(QStringLiteral("racks"), 7, true)
          << pad(QStringLiteral("capital"), 15, true) << pad(QStringLiteral("dep./year"), 14, true)
          << pad(QStringLiteral("per PFLOP-yr"), 13, true) << "  binds\n";
        int rank = 0;
        for (const GenerationFigures &g : c.rows)
            s << pad(QString::number(++rank), 3) << pad(g.generation, 11) << pad(QString::number(g.systems), 8, true)
              << pad(QString::number(g.gpus), 8, true) << pad(QString::number(g.pflops, 'f', 1), 10, true)
              << pad(QString::number(g.power.value() / 1000.0, 'f', 2), 8, true)
              << pad(QString::number(g.pflopsPerMw, 'f', 1), 10, true) << pad(QString::number(g.racksUsed), 7, true)
              << pad(money(g.capital.value()), 15, true) << pad(money(g.depreciationPerYear.value()), 14, true)
              << pad(g.pflops > 0 ? money(g.costPerPflopYear) : QStringLiteral("-"), 13, true) << "  " << g.binding
              << '\n';
        s << "\nMoney in " << cur << ". Sources of the figures (catalog):\n";
        for (const GenerationFigures &g : c.rows)
            s << "  " << g.generation << " (" << g.model.toString() << ", "
              << QString::number(g.systemPower.value(), 'f', 1) << " kW, " << QString::number(g.tflopsPerGpu, 'f', 0)
              << " TFLOPS/GPU):\n    " << sourceLine("power", g.powerSource) << "\n    "
              << sourceLine("TFLOPS", g.perfSource) << "\n    " << sourceLine("price", g.priceSource) << '\n';
        s << "\nAssumptions:\n";
        for (const QString &line : c.assumptions)
            s << "  - " << line << '\n';
        if (swapped) {
            s << "\nSwap " << swapped->from << " → " << swapped->to << " on " << swapped->date.toString(Qt::ISODate)
              << ":\n";
            if (!swapped->problems.isEmpty())
                for (const QString &p : swapped->problems)
                    s << "  " << p << '\n';
            else {
                s << "  retire " << swapped->retiredSystems << " systems (" << swapped->retiredGpus
                  << " GPUs), book value written off " << money(swapped->bookValueWrittenOff.value()) << ' ' << cur
                  << '\n'
                  << "  add " << swapped->addedSystems << " systems (" << swapped->addedGpus << " GPUs) for "
                  << money(swapped->addedCapital.value()) << ' ' << cur << "; " << swapped->addedEnergizedSystems
                  << " energized\n"
                  << "  compute " << QString::number(swapped->pflopsBefore, 'f', 1) << " → "
                  << QString::number(swapped->pflopsAfter, 'f', 1) << " PFLOPS (net "
                  << (swapped->netPflops() >= 0 ? "+" : "") << QString::number(swapped->netPflops(), 'f', 1) << ")\n"
                  << "  idle depreciation " << money(swapped->idlePerMonthBefore.value()) << " → "
                  << money(swapped->idlePerMonthAfter.value()) << ' ' << cur << "/month (net "
                  << (swapped->netIdlePerMonth().value() >= 0 ? "+" : "") << money(swapped->netIdlePerMonth().value())
                  << ")\n";
                for (const QString &n : swapped->notes)
                    s << "  " << n << '\n';
            }
        }
    }
    if (!c.problems.isEmpty()) {
        for (const QString &p : c.problems)
            err << "warmshell-cli: " << p << '\n';
        if (a.format != QLatin1String("json"))
            return InvalidInput;
    }
    const int written = writeOutput(text, a.out, out, err);
    return written != Ok ? written
                         : (c.problems.isEmpty() && (!swapped || swapped->problems.isEmpty()) ? Ok : InvalidInput);
}

int scenariosCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (wantsHelp(args)) {
        out << kScenariosUsage;
        return Ok;
    }
    TimelineArguments a;
    if (const QString error = parseTimelineArguments(args, nullptr, a); !error.isEmpty())
        return usageError(err, error, kScenariosUsage);
    if (a.plan.format == QLatin1String("csv"))
        return usageError(err, QStringLiteral("--format must be table or json for scenarios"), kScenariosUsage);
    const auto project = loadForCommand(a.plan.file, out);
    if (!project)
        return InvalidInput;
    fitHorizon(a.options, *project);
    const ScenarioComparison c = compareScenarios(*project, Catalog::builtIn(), a.options);
    QString text;
    QTextStream s(&text);
    bool failed = false;
    for (const ScenarioResult &r : c.results)
        failed = failed || !r.problems.isEmpty();
    if (a.plan.format == QLatin1String("json")) {
        text = QString::fromUtf8(QJsonDocument(scenarioComparisonToJson(c)).toJson(QJsonDocument::Indented));
    } else {
        const ScenarioResult &base = c.results.front();
        s << project->site.name << " — " << (c.results.size() - 1) << " scenario(s) against the base, "
          << (base.timeline.periods.empty() ? 0 : base.timeline.periods.size()) << ' ' << keyOf(base.timeline.period)
          << "s; * differs from the base\n\n";
        s << pad(QStringLiteral("scenario"), 30) << pad(QStringLiteral("GPUs on (last)"), 16, true)
          << pad(QStringLiteral("idle (last)"), 13, true) << pad(QStringLiteral("PFLOPS (last)"), 15, true)
          << pad(QStringLiteral("periods idle"), 14, true) << pad(QStringLiteral("idle dep. total"), 18, true) << '\n';
        auto mark = [](bool differs) { return differs ? QStringLiteral("*") : QStringLiteral(" "); };
        for (const ScenarioResult &r : c.results) {
            const bool isBase = &r == &base;
            s << pad(r.name.left(29), 30)
              << pad(QString::number(r.finalEnergizedGpus)
                         + mark(!isBase && r.finalEnergizedGpus != base.finalEnergizedGpus),
                     16, true)
              << pad(QString::number(r.finalIdleGpus) + mark(!isBase && r.finalIdleGpus != base.finalIdleGpus), 13,
                     true)
              << pad(QString::number(r.finalPflops, 'f', 1)
                         + mark(!isBase && std::abs(r.finalPflops - base.finalPflops) > 1e-6),
                     15, true)
              << pad(QString::number(r.periodsWithIdleGpus)
                         + mark(!isBase && r.periodsWithIdleGpus != base.periodsWithIdleGpus),
                     14, true)
              << pad(money(r.totalIdleDepreciation.value())
                         + mark(!isBase
                             && std::abs(r.totalIdleDepreciation.value() - base.totalIdleDepreciation.value()) > 0.5),
                     18, true)
              << '\n';
        }
        s << "\nMoney in " << c.currency << ".\n";
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
    const int written = writeOutput(text, a.plan.out, out, err);
    return written != Ok ? written : (failed ? InvalidInput : Ok);
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty())
        return usageError(err, QStringLiteral("no command given"), kMainUsage);
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out << kMainUsage;
        return Ok;
    }
    if (command == QLatin1String("--version")) {
        out << "warmshell-cli " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    static const std::map<QString, std::function<int(const QStringList &, QTextStream &, QTextStream &)>> commands{
        { QStringLiteral("validate"), validate },
        { QStringLiteral("catalog"), catalog },
        { QStringLiteral("solve"), solveCommand },
        { QStringLiteral("model"), modelCommand },
        { QStringLiteral("export"), exportCommand },
        { QStringLiteral("import-netbox"), importNetBoxCommand },
        { QStringLiteral("report"), reportCommand },
        { QStringLiteral("timeline"), timelineCommand },
        { QStringLiteral("compare"), compareCommand },
        { QStringLiteral("scenarios"), scenariosCommand },
    };
    const auto it = commands.find(command);
    if (it == commands.end())
        return usageError(err, QStringLiteral("unknown command '%1'").arg(command), kMainUsage);
    return it->second(rest, out, err);
}

} // namespace warmshell::cli
