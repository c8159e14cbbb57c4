// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli export-netbox FILE [--out DEVICES.json] [--feeds-out FEEDS.json] [--role NAME] [solve options]
//               [--push --url URL --token-file F [--ca-bundle PEM] [--timeout S] [--dry-run]]
#include "arguments.h"
#include "catalog.h"
#include "commands.h"
#include "commandsupport.h"
#include "enumkeys.h"
#include "export/netboxexport.h"
#include "import/netboxclient.h"
#include "planarguments.h"
#include "solver/solver.h"

#include <QJsonDocument>

namespace warmshell::cli {

namespace {

const OutputFormats kFormats{ OutputFormat::Json };
const QString kDefaultRole = QStringLiteral("GPU server");

QString jsonList(const QJsonArray &list)
{
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
}

// --push and its server options into `server` (nullopt: no push); a usage error, or empty.
QString readPushArguments(const Arguments &arguments, std::optional<NetBoxServer> &server, QStringList &serverFiles)
{
    const bool push = arguments.isSet(QStringLiteral("push"));
    if (!push) {
        for (const char *option : { "url", "token-file", "ca-bundle", "timeout", "dry-run" })
            if (arguments.isSet(QLatin1String(option)))
                return QStringLiteral("--%1 needs --push").arg(QLatin1String(option));
        return {};
    }
    if (arguments.value(QStringLiteral("url")).isEmpty())
        return QStringLiteral("--push needs --url URL (NetBox's base address)");
    NetBoxServer s;
    if (const QString error = readNetBoxServer(arguments, s, serverFiles); !error.isEmpty())
        return error;
    server = s;
    return {};
}

// Sends the export to NetBox (pushNetBox) and says what was written, or with `dryRun` prints the
// requests on in.out; the exit code.
int pushToNetBox(const Invocation &in, const NetBoxServer &server, const NetBoxExport &e, bool dryRun)
{
    const NetBoxPush push = pushNetBox(server, e.devices, e.feeds, dryRun);
    if (!push.ok()) {
        QString written = push.written.isEmpty() ? QStringLiteral("nothing") : push.written.join(QStringLiteral("; "));
        if (push.uncertain)
            written += QStringLiteral(", perhaps also the write that got no answer");
        in.err.problems(Diagnostics::Kind::Refused,
            QStringLiteral("warmshell-cli: the push to NetBox stopped; written to NetBox: %1").arg(written), {},
            push.errors);
        return InvalidInput;
    }
    if (push.writes.empty())
        in.notes << "nothing to push: no planned devices and no power feeds from NetBox\n";
    if (dryRun) {
        for (const NetBoxWrite &w : push.writes)
            in.out << w.method << ' ' << w.url.toString() << '\n' << jsonList(w.body);
        in.notes << "dry run: nothing was sent to NetBox\n";
        return Ok;
    }
    for (const QString &line : push.written)
        in.notes << line << " in NetBox\n";
    return Ok;
}

} // namespace

QString exportNetBoxUsage()
{
    return QStringLiteral(
        "Usage: warmshell-cli export-netbox FILE [--out DEVICES.json] [--feeds-out FEEDS.json] [--role NAME]\n"
        "                         [--format json]\n"
        "                         [--force] [--date D] [--objective O] [--precision P] [--heuristic]\n"
        "                         [--time-limit S]\n"
        "                         [--push --url https://NETBOX --token-file TOKEN [--ca-bundle CA.pem]\n"
        "                          [--timeout S] [--dry-run]]\n"
        "\n"
        "Solves FILE as 'solve' does and writes the plan for NetBox:\n"
        "  DEVICES.json  one record per system the plan places (pinned systems are installed and left\n"
        "                out), in NetBox's device bulk import shape (Devices > Import, JSON): name, role,\n"
        "                manufacturer, device_type (the catalog model's name), status \"planned\", site,\n"
        "                location, rack, cooling_method, comments. The role, manufacturers and device\n"
        "                types must exist in NetBox under those names.\n"
        "  FEEDS.json    for the power feeds imported from NetBox: [{\"id\", \"description\"}] with the\n"
        "                planned load against the feed's usable kW, a body for\n"
        "                PATCH /api/dcim/power-feeds/ (it replaces the feeds' descriptions).\n"
        "Racks imported from NetBox keep their NetBox site and location; other racks are at the\n"
        "project's site, their hall the location. See docs/netbox.md.\n"
        "  --out PATH        the devices (default standard output)\n"
        "  --feeds-out PATH  the power feed utilisation (not written when not given)\n"
        "  --role NAME       NetBox's device role of the systems (default \"GPU server\")\n"
        "  --force           write over FILE itself (by default refused)\n"
        "  --push            send the plan to NetBox through its REST API instead of writing DEVICES.json\n"
        "                    to standard output (--out and --feeds-out still write files): first it\n"
        "                    looks up every role, device type, site, location, rack and power feed named\n"
        "                    and stops before writing when one is missing; then one POST\n"
        "                    /api/dcim/devices/ with every device, then one PATCH /api/dcim/power-feeds/\n"
        "                    with every feed. NetBox writes a list whole or not at all; after an error\n"
        "                    nothing more is sent and the message says what NetBox holds from the push.\n"
        "  --url URL         NetBox's base address: https://, or http:// on this machine only\n"
        "  --token-file F    the API token on the first line of F (never logged or saved)\n"
        "  --ca-bundle F     PEM CA certificates to trust besides the system's (a private CA)\n"
        "  --timeout S       seconds a request may go without an answer (default 30)\n"
        "  --dry-run         look up the names, print the requests that would be sent; send none\n"
        "Other options as for 'solve'.\n"
        "Exit codes: 0 written (or pushed), 1 invalid input, infeasible, write error or NetBox refusing\n"
        "or unreachable (the message says what was written), 2 usage error.\n");
}

CommandOptions exportNetBoxOptions()
{
    return CommandOptions{ formatOption(kFormats), outOption(), fileOption("feeds-out", "PATH"),
        valueOption("role", "NAME"), forceOption(), flagOption("push"), flagOption("dry-run") }
    + netBoxServerOptions() + solveCommandOptions(kAllSolveOptions);
}

int runExportNetBox(const Invocation &in)
{
    PlanArguments a;
    const auto [project, exitCode] = openPlanProject(in, kAllSolveOptions, kFormats, a);
    if (!project)
        return exitCode;
    const QString role = in.arguments.isSet(QStringLiteral("role"))
        ? in.arguments.value(QStringLiteral("role")).trimmed()
        : kDefaultRole;
    if (role.isEmpty())
        return in.usageError(QStringLiteral("--role must name a NetBox device role"));
    const QString feedsOut = in.arguments.value(QStringLiteral("feeds-out"));
    if (!feedsOut.isEmpty() && feedsOut == a.out)
        return in.usageError(QStringLiteral("--out and --feeds-out must be different files"));
    std::optional<NetBoxServer> server;
    QStringList serverFiles;
    if (const QString error = readPushArguments(in.arguments, server, serverFiles); !error.isEmpty())
        return in.usageError(error);
    serverFiles.removeAll(QString());
    a.guard.inputs += serverFiles;
    const CapacityPlan plan = solve(*project, Catalog::builtIn(), a.options);
    if (plan.status == PlanStatus::Failed || plan.status == PlanStatus::Infeasible) {
        in.err.problemLines(Diagnostics::Kind::NoResult,
            QStringLiteral("warmshell-cli: no plan to export (%1)").arg(keyOf(plan.status)), plan.explanations);
        return InvalidInput;
    }
    if (plan.timedOut)
        in.err.warning(Diagnostics::Kind::Limit,
            QStringLiteral("the time limit was reached; the export is of the best plan found by then"));
    const NetBoxExport e = netBoxExport(plan, *project, Catalog::builtIn(), role);
    if (!feedsOut.isEmpty())
        if (const int code = writeOutput(jsonList(e.feeds), feedsOut, a.guard, in.out, in.err); code != Ok)
            return code;
    if (!server || !a.out.isEmpty())
        if (const int code = writeOutput(jsonList(e.devices), a.out, a.guard, in.out, in.err); code != Ok || !server)
            return code;
    return pushToNetBox(in, *server, e, in.arguments.isSet(QStringLiteral("dry-run")));
}

} // namespace warmshell::cli
