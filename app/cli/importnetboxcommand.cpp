// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli import-netbox --racks R --power-panels P --power-feeds F --out PROJECT [options]
#include "arguments.h"
#include "commands.h"
#include "commandsupport.h"
#include "import/netbox.h"
#include "import/netboxclient.h"
#include "inputfile.h"
#include "projectfile.h"
#include "standardstream.h"

#include <QFile>

#include <algorithm>
#include <array>

namespace warmshell::cli {

namespace {

// The options that must be given for saved answers, in the order their absence is reported
// (with --url, only --token-file and --out).
constexpr std::array kNeeded{ "racks", "power-panels", "power-feeds", "out" };
// The input files: the three needed ones, then NetBox 4.7's cooling answers (optional).
constexpr std::array kInputs{ "racks", "power-panels", "power-feeds", "cooling-sources", "cooling-feeds" };

struct ImportArguments
{
    std::array<QString, kInputs.size()> inputs; // in kInputs order; empty: not given
    QString target;
    NetBoxImportOptions options;
    bool force = false;
    std::optional<NetBoxServer> server; // --url: fetch live instead of reading files
    QStringList serverFiles; // --token-file and --ca-bundle: never to be written over
};

// --url, --token-file, --ca-bundle and --timeout; an error message, or empty.
QString readServerArguments(const Arguments &arguments, ImportArguments &a)
{
    for (const char *file : kInputs)
        if (!arguments.value(QLatin1String(file)).isEmpty())
            return QStringLiteral("--url and --%1 exclude each other (fetch live, or read saved answers)")
                .arg(QLatin1String(file));
    if (arguments.value(QStringLiteral("out")).isEmpty())
        return QStringLiteral("--out is needed");
    NetBoxServer server;
    if (const QString error = readNetBoxServer(arguments, server, a.serverFiles); !error.isEmpty())
        return error;
    a.server = server;
    return {};
}

QString readImportArguments(const Arguments &arguments, ImportArguments &a)
{
    if (!arguments.value(QStringLiteral("url")).isEmpty()) {
        if (const QString error = readServerArguments(arguments, a); !error.isEmpty())
            return error;
    } else {
        for (const char *name : kNeeded)
            if (arguments.value(QLatin1String(name)).isEmpty())
                return QStringLiteral("--%1 is needed").arg(QLatin1String(name));
    }
    for (size_t i = 0; i < a.inputs.size(); ++i)
        a.inputs[i] = arguments.value(QLatin1String(kInputs[i]));
    if (std::count(a.inputs.begin(), a.inputs.end(), QLatin1String(kStandardStreamName)) > 1)
        return QStringLiteral("only one of --racks, --power-panels, --power-feeds, --cooling-sources and "
                              "--cooling-feeds can be - (standard input)");
    a.target = arguments.value(QStringLiteral("out"));
    a.force = arguments.isSet(QStringLiteral("force"));
    for (const QString &s : arguments.value(QStringLiteral("sites")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        a.options.sites << s.trimmed();
    const QString planStart = arguments.value(QStringLiteral("plan-start"));
    a.options.planStart = planStart.isEmpty() ? QDate::currentDate() : QDate::fromString(planStart, Qt::ISODate);
    if (!a.options.planStart.isValid())
        return QStringLiteral("--plan-start must be YYYY-MM-DD, got '%1'").arg(planStart);
    if (const QString pf = arguments.value(QStringLiteral("power-factor")); !pf.isEmpty()) {
        bool ok = false;
        a.options.powerFactor = pf.toDouble(&ok);
        if (!ok || !(a.options.powerFactor > 0 && a.options.powerFactor <= 1))
            return QStringLiteral("--power-factor must be above 0 and at most 1, got '%1'").arg(pf);
    }
    return {};
}

// The NetBox files given, read whole ("-": standard input; one not given stays empty); false (and
// the reason on err) if one cannot be.
bool readInputs(
    const std::array<QString, kInputs.size()> &paths, std::array<NetBoxInput, kInputs.size()> &inputs, Diagnostics &err)
{
    for (size_t i = 0; i < paths.size(); ++i) {
        if (paths[i].isEmpty())
            continue;
        InputFile file = readInputFile(paths[i]);
        if (!file.ok()) {
            err.error(Diagnostics::Kind::Refused, file.error, paths[i]);
            return false;
        }
        inputs[i] = { inputName(paths[i]), std::move(file.bytes) };
    }
    return true;
}

// The answers fetched from NetBox into `inputs` (kInputs order); false, with the reasons on
// in.err, when NetBox could not be read. Notes (no cooling endpoints) go to in.notes.
bool fetchInputs(const Invocation &in, const NetBoxServer &server, std::array<NetBoxInput, kInputs.size()> &inputs)
{
    NetBoxFetch fetch = fetchNetBox(server);
    if (!fetch.ok()) {
        in.err.problems(Diagnostics::Kind::Refused,
            QStringLiteral("warmshell-cli: nothing written, NetBox could not be read"), {}, fetch.errors);
        return false;
    }
    for (const QString &note : fetch.notes)
        in.notes << note << '\n';
    inputs = { std::move(fetch.racks), std::move(fetch.panels), std::move(fetch.feeds),
        std::move(fetch.cooling.sources), std::move(fetch.cooling.feeds) };
    return true;
}

// "Import report (N items not mapped or mapped with an assumption):" and the items; empty
// when everything was mapped.
QString importReport(const NetBoxImportResult &result)
{
    QString report;
    if (result.report.empty())
        return report;
    QTextStream stream(&report);
    printProblems(stream,
        QStringLiteral("Import report (%1 not mapped or mapped with an assumption)")
            .arg(count(problemCount(result.report), "item")),
        result.report);
    stream.flush();
    return report;
}

// Saves the imported project to the --out target ("-": standard output); the exit code.
int writeImportedProject(const Invocation &in, const ImportArguments &a, const Project &project)
{
    QStringList inputs(a.inputs.begin(), a.inputs.end());
    inputs += a.serverFiles;
    inputs.removeAll(QString());
    const OutputGuard guard{ inputs, a.force };
    in.out.flush();
    if (const QString error = saveProject(project, a.target, guard); !error.isEmpty()) {
        in.err.error(Diagnostics::Kind::Output, error, a.target); // "cannot write FILE: reason"
        return InvalidInput;
    }
    if (a.target == QLatin1String(kStandardStreamName))
        return Ok;
    const Site &s = project.site;
    in.notes << "wrote " << a.target << ": " << count(qsizetype(s.halls.size()), "hall") << ", "
             << count(qsizetype(s.racks.size()), "rack") << ", " << count(s.power.size(), "power node") << '\n';
    return Ok;
}

} // namespace

QString readNetBoxServer(const Arguments &arguments, NetBoxServer &server, QStringList &serverFiles)
{
    const QString tokenFile = arguments.value(QStringLiteral("token-file"));
    if (tokenFile.isEmpty())
        return QStringLiteral("--url needs --token-file FILE (the API token on its first line; never on the command "
                              "line, where other users can read it)");
    server.url = QUrl(arguments.value(QStringLiteral("url")), QUrl::StrictMode);
    QString error;
    const std::optional<QByteArray> token = readTokenFile(tokenFile, error);
    if (!token)
        return QStringLiteral("--token-file: ") + error;
    server.token = *token;
    server.caBundle = arguments.value(QStringLiteral("ca-bundle"));
    if (const QString t = arguments.value(QStringLiteral("timeout")); !t.isEmpty()) {
        bool ok = false;
        const double seconds = t.toDouble(&ok);
        if (!ok || !(seconds >= 0.1 && seconds <= 3600))
            return QStringLiteral("--timeout must be seconds from 0.1 to 3600, got '%1'").arg(t);
        server.timeoutMs = int(seconds * 1000);
    }
    serverFiles = QStringList{ tokenFile, server.caBundle };
    return {};
}

CommandOptions netBoxServerOptions()
{
    return { valueOption("url", "URL"), fileOption("token-file", "TOKEN"), fileOption("ca-bundle", "CA.pem"),
        valueOption("timeout", "S") };
}

QString importNetBoxUsage()
{
    return QStringLiteral(
        "Usage: warmshell-cli import-netbox --racks RACKS.json --power-panels PANELS.json --power-feeds FEEDS.json\n"
        "                         --out PROJECT.json [--cooling-sources SOURCES.json]\n"
        "                         [--cooling-feeds COOLFEEDS.json] [options]\n"
        "       warmshell-cli import-netbox --url https://NETBOX --token-file TOKEN --out PROJECT.json\n"
        "                         [--ca-bundle CA.pem] [--timeout S] [options]\n"
        "\n"
        "Makes a WarmShell project from what NetBox's REST API returns for /api/dcim/racks/,\n"
        "/api/dcim/power-panels/ and /api/dcim/power-feeds/: saved pages with \"results\" or bare lists,\n"
        "or fetched live with --url (every page followed; the cooling endpoints when NetBox has them).\n"
        "Sites and locations become halls, racks keep their height and weight limit, power panels\n"
        "become switchboards under a synthetic utility feed, power feeds become feed nodes rated\n"
        "V x A (x sqrt 3 for three-phase) x PF, derated by max_utilization; primary feeds are A sides,\n"
        "redundant feeds B sides. Racks keep NetBox 4.7's cooling capability (hybrid and liquid-only:\n"
        "liquid) and cooling capacity (a limit, as the feeds are). With NetBox 4.7's\n"
        "/api/dcim/cooling-sources/ and /api/dcim/cooling-feeds/, sources become chillers, towers,\n"
        "dry coolers, CRACs and CRAHs, and a feed from plant a CDU (liquid rack) or rear door on its rack;\n"
        "racks without them keep a synthetic air unit per hall. Everything not mapped is listed in the\n"
        "report (see docs/netbox.md).\n"
        "  --cooling-sources F, --cooling-feeds F   NetBox 4.7 cooling answers (optional)\n"
        "  --url URL           NetBox's base address: https://, or http:// on this machine only\n"
        "  --token-file F      the API token on the first line of F (never logged or saved)\n"
        "  --ca-bundle F       PEM CA certificates to trust besides the system's (a private CA)\n"
        "  --timeout S         seconds a request may go without an answer (default 30)\n"
        "  --sites LIST        import only these site slugs (comma separated)\n"
        "  --plan-start D      the project's planStart (default today)\n"
        "  --power-factor PF   of the load on AC feeds (default 0.95)\n"
        "  --force             replace PROJECT.json if it exists (by default an existing file is kept)\n"
        "Exit codes: 0 written (the report may list unmapped items), 1 unreadable input, NetBox\n"
        "unreachable or refusing, or write error (nothing is written then),\n"
        "2 usage error.\n");
}

CommandOptions importNetBoxOptions()
{
    return CommandOptions{ fileOption("racks", "RACKS.json"), fileOption("power-panels", "PANELS.json"),
        fileOption("power-feeds", "FEEDS.json"), fileOption("cooling-sources", "SOURCES.json"),
        fileOption("cooling-feeds", "COOLFEEDS.json"), fileOption("out", "PROJECT.json"), valueOption("sites", "LIST"),
        valueOption("plan-start", "D"), valueOption("power-factor", "PF"), flagOption("force") }
    + netBoxServerOptions();
}

int runImportNetBox(const Invocation &in)
{
    ImportArguments a;
    if (const QString error = readImportArguments(in.arguments, a); !error.isEmpty())
        return in.usageError(error);
    const bool toStandardOutput = a.target == QLatin1String(kStandardStreamName);
    if (!a.force && !toStandardOutput && QFile::exists(a.target)) {
        in.err.error(Diagnostics::Kind::Output,
            QStringLiteral("%1 exists; it is kept (give --force to replace it)").arg(a.target), a.target);
        return InvalidInput;
    }
    std::array<NetBoxInput, kInputs.size()> inputs;
    if (!(a.server ? fetchInputs(in, *a.server, inputs) : readInputs(a.inputs, inputs, in.err)))
        return InvalidInput;
    const NetBoxImportResult result
        = importNetBox(inputs[0], inputs[1], inputs[2], a.options, NetBoxCoolingInputs{ inputs[3], inputs[4] });
    const QString report = importReport(result);
    if (!toStandardOutput)
        in.notes << report;
    int code = InvalidInput;
    if (result.ok())
        code = writeImportedProject(in, a, *result.project);
    else
        in.err.problems(Diagnostics::Kind::Refused,
            QStringLiteral("warmshell-cli: nothing written, ") + count(problemCount(result.errors), "problem"), {},
            result.errors);
    // With the project on standard output, the report goes to standard error, after the outcome.
    if (toStandardOutput)
        in.err.note(report);
    return code;
}

} // namespace warmshell::cli
