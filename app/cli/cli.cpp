// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "catalog.h"
#include "projectfile.h"
#include "validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>
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
    };
    const auto it = commands.find(command);
    if (it == commands.end())
        return usageError(err, QStringLiteral("unknown command '%1'").arg(command), kMainUsage);
    return it->second(rest, out, err);
}

} // namespace warmshell::cli
