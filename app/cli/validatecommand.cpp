// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli validate FILE
#include "arguments.h"
#include "catalog.h"
#include "commands.h"
#include "commandsupport.h"
#include "outputformat.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace warmshell::cli {

namespace {

const OutputFormats kFormats{ OutputFormat::Table, OutputFormat::Json };

qint64 gpuCount(const Project &project)
{
    qint64 gpus = 0;
    for (const FleetLot &lot : project.fleet)
        if (const SystemModel *m = project.model(lot.model, Catalog::builtIn()))
            gpus += qint64(lot.count) * m->gpusPerSystem;
    return gpus;
}

// "FILE: valid — 2 halls, 208 racks, 40 power nodes, 12 cooling units, 6 lots (7168 GPUs)".
void printSummary(QTextStream &out, const QString &fileName, const Project &project)
{
    const Site &site = project.site;
    out << fileName << ": valid — " << count(qsizetype(site.halls.size()), "hall") << ", "
        << count(qsizetype(site.racks.size()), "rack") << ", " << count(site.power.size(), "power node") << ", "
        << count(qsizetype(site.coolingUnits.size()), "cooling unit") << ", "
        << count(qsizetype(project.fleet.size()), "lot") << " (" << gpuCount(project) << " GPUs)\n";
}

// What validate found, in either format.
struct Validation
{
    QString file; // as given ("-": standard input)
    LoadResult loaded; // loaded.errors: the file was refused whole when read
    std::vector<Problem> problems; // of the project read; empty when refused
};

// The JSON report (docs/cli.md): valid, refused, the problems with path, message and severity.
QJsonObject validationJson(const Validation &v)
{
    const std::vector<Problem> &problems = v.loaded.ok() ? v.problems : v.loaded.errors;
    QJsonArray list;
    for (const Problem &p : problems)
        if (p.omitted == 0)
            list.append(QJsonObject{ { QStringLiteral("path"), p.path }, { QStringLiteral("message"), p.message },
                { QStringLiteral("severity"), QStringLiteral("error") } });
    QJsonObject report{ { QStringLiteral("file"), v.file }, { QStringLiteral("valid"), problems.empty() },
        { QStringLiteral("refused"), !v.loaded.ok() }, { QStringLiteral("formatVersion"), kProjectFormatVersion },
        { QStringLiteral("migratedFrom"), v.loaded.migratedFrom },
        { QStringLiteral("problemCount"), problemCount(problems) }, { QStringLiteral("problems"), list } };
    if (v.loaded.ok() && problems.empty()) {
        const Project &project = *v.loaded.project;
        report.insert(QStringLiteral("summary"),
            QJsonObject{ { QStringLiteral("halls"), qint64(project.site.halls.size()) },
                { QStringLiteral("racks"), qint64(project.site.racks.size()) },
                { QStringLiteral("powerNodes"), qint64(project.site.power.size()) },
                { QStringLiteral("coolingUnits"), qint64(project.site.coolingUnits.size()) },
                { QStringLiteral("lots"), qint64(project.fleet.size()) },
                { QStringLiteral("gpus"), gpuCount(project) } });
    }
    return report;
}

// --format json: the report on out; when there are problems, one error on err that points to it.
int writeJson(const Invocation &in, const Validation &v)
{
    const QJsonObject report = validationJson(v);
    in.out << jsonText(report);
    if (report.value(QStringLiteral("valid")).toBool())
        return Ok;
    const qint64 n = report.value(QStringLiteral("problemCount")).toInteger();
    in.err.error(v.loaded.ok() ? Diagnostics::Kind::Invalid : Diagnostics::Kind::Refused,
        QStringLiteral("%1: %2%3 (listed on standard output)")
            .arg(inputName(v.file), v.loaded.ok() ? QString() : QStringLiteral("refused, "), count(n, "problem")),
        v.file);
    return InvalidInput;
}

int writeText(const Invocation &in, const Validation &v)
{
    const QString name = inputName(v.file);
    if (refused(v.loaded, v.file, in.err))
        return InvalidInput;
    if (v.loaded.migratedFrom)
        in.notes << name << ": read format version " << v.loaded.migratedFrom << " and migrated it to "
                 << kProjectFormatVersion << " (saving writes version " << kProjectFormatVersion << ")\n";
    if (!v.problems.empty()) {
        in.err.problems(Diagnostics::Kind::Invalid,
            name + QStringLiteral(": ") + count(problemCount(v.problems), "problem"), v.file, v.problems);
        return InvalidInput;
    }
    printSummary(in.notes, name, *v.loaded.project);
    return Ok;
}

} // namespace

QString validateUsage()
{
    return QStringLiteral("Usage: warmshell-cli validate FILE [--format table|json]\n"
                          "\n"
                          "Loads the project FILE and checks it: file structure, value ranges, references,\n"
                          "cycles in the power chain, racks without a path to a source, 2N racks whose A and B\n"
                          "feeds share a single point of failure, cooling coverage, pinned contents.\n"
                          "Prints every problem as 'JSON-path: reason'.\n"
                          "  --format F         table (default): a summary of a valid project, the problems on\n"
                          "                     standard error; json: a report on standard output, valid or not:\n"
                          "                     {file, valid, refused, formatVersion, migratedFrom, problemCount,\n"
                          "                     problems: [{path, message, severity}], summary} (docs/cli.md)\n"
                          "Exit codes: 0 valid, 1 problems found or file refused, 2 usage error.\n");
}

CommandOptions validateOptions()
{
    return { formatOption(kFormats) };
}

int runValidate(const Invocation &in)
{
    QString error;
    const auto format = readOutputFormat(in.arguments, kFormats, error);
    if (!format)
        return in.usageError(error);
    const QStringList files = in.arguments.positionalArguments();
    if (files.size() != 1)
        return in.usageError(files.isEmpty() ? QStringLiteral("validate needs a FILE")
                                             : QStringLiteral("validate takes exactly one FILE"));
    Validation v{ files.first(), loadProject(files.first()), {} };
    if (v.loaded.ok()) {
        // The base's problems, then the scenarios' (an add-lot naming an unknown model).
        v.problems = validateProject(*v.loaded.project, Catalog::builtIn());
        const std::vector<Problem> scenarios = scenarioProblems(*v.loaded.project, &Catalog::builtIn());
        v.problems.insert(v.problems.end(), scenarios.begin(), scenarios.end());
    }
    return *format == OutputFormat::Json ? writeJson(in, v) : writeText(in, v);
}

} // namespace warmshell::cli
