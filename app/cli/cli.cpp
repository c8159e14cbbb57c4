// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "catalog.h"
#include "projectfile.h"
#include "solver/perrackmodel.h"
#include "solver/planjson.h"
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

#include <functional>
#include <optional>
#include <QLocale>
#include <map>

namespace warmshell::cli {

namespace {

const char *const kMainUsage =
    "Usage: warmshell-cli COMMAND [OPTIONS]\n"
    "\n"
    "Power and thermal capacity planning for GPU clusters.\n"
    "\n"
    "Commands:\n"
    "  validate FILE      check a project file and list every problem found\n"
    "  catalog            list the built-in GPU system catalog\n"
    "  solve FILE         energize the most of the fleet within every limit; report what binds\n"
    "  model FILE         write the optimisation model (LP or MPS) for another solver\n"
    "  report FILE        write the capacity plan report (PDF)\n"
    "\n"
    "Run 'warmshell-cli COMMAND --help' for a command's options.\n"
    "Exit codes: 0 ok, 1 invalid input, 2 usage error.\n";

const char *const kValidateUsage =
    "Usage: warmshell-cli validate FILE\n"
    "\n"
    "Loads the project FILE and checks it: file structure, value ranges, references,\n"
    "cycles in the power chain, racks without a path to a source, 2N racks whose A and B\n"
    "feeds share a single point of failure, cooling coverage, pinned contents.\n"
    "Prints every problem as 'JSON-path: reason'.\n"
    "Exit codes: 0 valid, 1 problems found or file refused, 2 usage error.\n";

const char *const kCatalogUsage =
    "Usage: warmshell-cli catalog [--format table|json] [--sources]\n"
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

const char *const kSolveUsage =
    "Usage: warmshell-cli solve FILE [--objective compute|gpus|idle-cost[,...]] [--precision bf16|fp8|fp4]\n"
    "                         [--date YYYY-MM-DD] [--heuristic] [--time-limit S] [--format table|json|csv]\n"
    "                         [--out PATH]\n"
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
    "  --format F         table (default), json (documented in docs/solver.md) or csv (per generation)\n"
    "  --out PATH         write to PATH instead of standard output\n"
    "Exit codes: 0 a plan, 1 invalid input or infeasible pinned contents, 2 usage error.\n";

const char *const kModelUsage =
    "Usage: warmshell-cli model FILE (--lp OUT | --mps OUT) [--per-rack] [--objective O] [--precision P]\n"
    "                         [--date D]\n"
    "\n"
    "Writes the exact MILP the solver hands to GLPK for the primary objective, in CPLEX LP or\n"
    "free MPS format, so it can be run in another solver.\n"
    "  --per-rack         write instead the plain per-rack model of the same problem (one integer\n"
    "                     column per rack and system variant; no grouping of identical racks;\n"
    "                     compute counted in TFLOPS, idle-cost as depreciation of energized systems;\n"
    "                     the MPS file minimises the negated objective)\n"
    "Exit codes: 0 written, 1 invalid input or write error, 2 usage error.\n";

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
        return usageError(err, args.isEmpty() ? QStringLiteral("validate needs a FILE")
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
        out << QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("warmshell-catalog")},
                                         {QStringLiteral("formatVersion"), 1},
                                         {QStringLiteral("models"), list}})
                   .toJson(QJsonDocument::Indented);
        return Ok;
    }
    out << pad(QStringLiteral("id"), 17) << pad(QStringLiteral("generation"), 11) << pad(QStringLiteral("GPUs"), 5, true)
        << pad(QStringLiteral("kW"), 7, true) << pad(QStringLiteral("height"), 8, true) << "  "
        << pad(QStringLiteral("cooling"), 8) << pad(QStringLiteral("kg"), 6, true)
        << pad(QStringLiteral("BF16 TF"), 9, true) << pad(QStringLiteral("FP8 TF"), 8, true)
        << pad(QStringLiteral("FP4 TF"), 8, true) << pad(QStringLiteral("price USD"), 11, true) << "  released\n";
    for (const SystemModel &m : models) {
        const QString height = m.wholeRack ? QStringLiteral("rack") : QStringLiteral("%1U").arg(m.height.value());
        const QString cooling = m.cooling == CoolingType::Liquid
                                    ? QStringLiteral("liq %1%").arg(qRound(m.liquidFraction * 100))
                                    : QStringLiteral("air");
        out << pad(m.id.toString(), 17) << pad(m.generation, 11) << pad(QString::number(m.gpusPerSystem), 5, true)
            << pad(QString::number(m.power.value(), 'f', 1), 7, true) << pad(height, 8, true) << "  " << pad(cooling, 8)
            << pad(QString::number(m.weight.value(), 'f', 0), 6, true)
            << pad(QString::number(m.bf16.value(), 'f', 0), 9, true) << pad(QString::number(m.fp8.value(), 'f', 0), 8, true)
            << pad(QString::number(m.fp4.value(), 'f', 0), 8, true)
            << pad(QString::number(m.price.value(), 'f', 0), 11, true) << "  " << m.released.toString(Qt::ISODate) << '\n';
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

QString money(double v) { return QLocale::c().toString(v, 'f', 0); }

// "A100,energized GPUs,..." RFC 4180: fields with , " or newline are quoted, quotes doubled.
QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString planTable(const CapacityPlan &plan, const Project &project)
{
    QString text;
    QTextStream t(&text);
    const Objective o = plan.objective;
    const QString unit = o == Objective::Compute ? QStringLiteral("PFLOPS (%1)").arg(keyOf(plan.options.precision))
                         : o == Objective::Gpus  ? QStringLiteral("GPUs")
                                                 : project.site.currency + QStringLiteral(" idle depreciation per month");
    t << project.site.name << " — plan for " << plan.date.toString(Qt::ISODate) << " (" << plan.method << ", "
      << keyOf(plan.status) << ", " << QString::number(plan.seconds, 'f', 2) << " s)\n";
    if (plan.status == PlanStatus::Failed || plan.status == PlanStatus::Infeasible) {
        for (const QString &e : plan.explanations)
            t << "  " << e << '\n';
        return text;
    }
    t << "Objective " << keyOf(o) << ": " << QString::number(plan.objectiveValue, 'f', 1) << ' ' << unit
      << ", bound " << QString::number(plan.bound, 'f', 1) << ", gap " << QString::number(100 * plan.gap, 'f', 2) << "%\n\n";
    t << pad(QStringLiteral("generation"), 11) << pad(QStringLiteral("energized GPUs"), 15, true)
      << pad(QStringLiteral("idle GPUs"), 10, true) << pad(QStringLiteral("systems on"), 11, true)
      << pad(QStringLiteral("idle"), 6, true) << pad(QStringLiteral("kW"), 10, true) << pad(QStringLiteral("PFLOPS"), 9, true)
      << pad(QStringLiteral("idle depreciation/month"), 25, true) << '\n';
    for (const GenerationResult &g : plan.generations)
        t << pad(g.generation, 11) << pad(QString::number(g.energizedGpus), 15, true) << pad(QString::number(g.idleGpus), 10, true)
          << pad(QString::number(g.energizedSystems), 11, true) << pad(QString::number(g.idleSystems), 6, true)
          << pad(QString::number(g.energizedPower.value(), 'f', 0), 10, true)
          << pad(QString::number(g.energizedPflops, 'f', 1), 9, true)
          << pad(money(g.idleDepreciationPerMonth.value()) + QLatin1Char(' ') + project.site.currency, 25, true) << '\n';
    t << pad(QStringLiteral("total"), 11) << pad(QString::number(plan.energizedGpus()), 15, true)
      << pad(QString::number(plan.idleGpus()), 10, true) << pad(QString(), 17) << pad(QString::number(plan.energizedPower().value(), 'f', 0), 10, true)
      << pad(QString(), 9) << pad(money(plan.idleDepreciationPerMonth().value()) + QLatin1Char(' ') + project.site.currency, 25, true) << "\n";
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
        stranded << QStringLiteral("%1 (%2): %3 — %4").arg(s.object, s.kind, QString::number(s.amount.value(), 'f', 0) + QStringLiteral(" kW"), s.reason);
    section("Binding constraints", binding);
    section("Marginal value of capacity", marginal);
    section("Stranded capacity", stranded);
    section("Why systems are idle", plan.explanations);
    return text;
}

QString planCsv(const CapacityPlan &plan, const Project &project)
{
    QString text;
    QTextStream t(&text);
    t << "generation,energized_gpus,idle_gpus,energized_systems,idle_systems,energized_kw,energized_pflops,"
      << "idle_depreciation_per_month_" << project.site.currency.toLower() << "\r\n";
    for (const GenerationResult &g : plan.generations)
        t << csvField(g.generation) << ',' << g.energizedGpus << ',' << g.idleGpus << ',' << g.energizedSystems << ','
          << g.idleSystems << ',' << QString::number(g.energizedPower.value(), 'f', 3) << ','
          << QString::number(g.energizedPflops, 'f', 3) << ',' << QString::number(g.idleDepreciationPerMonth.value(), 'f', 2) << "\r\n";
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
        text = planCsv(plan, *project);
    else
        text = planTable(plan, *project);
    const int written = writeOutput(text, a.out, out, err);
    if (written != Ok)
        return written;
    return plan.status == PlanStatus::Failed || plan.status == PlanStatus::Infeasible ? InvalidInput : Ok;
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

const char *const kReportUsage =
    "Usage: warmshell-cli report FILE --out PLAN.pdf [--objective compute|gpus|idle-cost]\n"
    "                    [--precision bf16|fp8|fp4] [--date YYYY-MM-DD]\n"
    "\n"
    "Solves FILE and writes the capacity plan report: summary, per-generation table, floor plan\n"
    "coloured by utilisation, charts, marginal values, assumptions. The PDF is drawn by the\n"
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
    QStringList forwarded{QStringLiteral("--report"), args.first()};
    bool hasOut = false;
    static const QStringList withValue{QStringLiteral("--out"), QStringLiteral("--objective"),
                                       QStringLiteral("--precision"), QStringLiteral("--date")};
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
        {QStringLiteral("validate"), validate},
        {QStringLiteral("catalog"), catalog},
        {QStringLiteral("solve"), solveCommand},
        {QStringLiteral("model"), modelCommand},
        {QStringLiteral("report"), reportCommand},
    };
    const auto it = commands.find(command);
    if (it == commands.end())
        return usageError(err, QStringLiteral("unknown command '%1'").arg(command), kMainUsage);
    return it->second(rest, out, err);
}

} // namespace warmshell::cli
