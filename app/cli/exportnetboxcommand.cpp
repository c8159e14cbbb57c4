// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli export-netbox FILE [--out DEVICES.json] [--feeds-out FEEDS.json] [--role NAME] [solve options]
#include "arguments.h"
#include "catalog.h"
#include "commands.h"
#include "commandsupport.h"
#include "enumkeys.h"
#include "export/netboxexport.h"
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

} // namespace

QString exportNetBoxUsage()
{
    return QStringLiteral(
        "Usage: warmshell-cli export-netbox FILE [--out DEVICES.json] [--feeds-out FEEDS.json] [--role NAME]\n"
        "                         [--format json]\n"
        "                         [--force] [--date D] [--objective O] [--precision P] [--heuristic]\n"
        "                         [--time-limit S]\n"
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
        "Other options as for 'solve'.\n"
        "Exit codes: 0 written, 1 invalid input, infeasible or write error, 2 usage error.\n");
}

CommandOptions exportNetBoxOptions()
{
    return CommandOptions{ formatOption(kFormats), outOption(), fileOption("feeds-out", "PATH"),
        valueOption("role", "NAME"), forceOption() }
    + solveCommandOptions(kAllSolveOptions);
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
    return writeOutput(jsonList(e.devices), a.out, a.guard, in.out, in.err);
}

} // namespace warmshell::cli
