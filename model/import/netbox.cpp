// SPDX-License-Identifier: GPL-3.0-or-later
#include "netbox.h"

#include "catalog.h"
#include "fieldlimits.h"
#include "import/netboxcooling.h"
#include "import/netboxfloor.h"
#include "projectfile.h"
#include "validation.h"

#include <cmath>

namespace warmshell {

namespace {

void checkOptions(const NetBoxImportOptions &options, ProblemList &errors)
{
    if (!options.planStart.isValid())
        errors.push_back({ QStringLiteral("planStart"), QStringLiteral("is needed (a date YYYY-MM-DD)") });
    if (!(options.powerFactor > 0 && options.powerFactor <= 1))
        errors.push_back({ QStringLiteral("powerFactor"),
            QStringLiteral("must be above 0 and at most 1, got %1").arg(options.powerFactor) });
}

// The site's name: its NetBox sites' names in slug order, within limits::maxStringLength
// ("A, B, C … and 597 more").
QString siteName(const QMap<QString, QString> &names)
{
    QStringList list;
    for (const QString &n : names)
        list << n;
    return list.isEmpty() ? QStringLiteral("NetBox import") : netbox::joinWithin(list, limits::maxStringLength);
}

// Why the file WarmShell would write for `project` could not be opened again (a name or id
// the loader refuses); empty when it loads. The import refuses rather than write such a file.
std::vector<Problem> reloadProblems(const Project &project)
{
    LoadResult reloaded = parseProject(serializeProject(project));
    for (Problem &p : reloaded.errors)
        if (p.omitted == 0)
            p.message = QStringLiteral("the imported project would not load: ") + p.message;
    return std::move(reloaded.errors);
}

} // namespace

double netBoxFeedKw(double volts, double amps, bool threePhase, bool dc, double powerFactor)
{
    if (dc)
        return std::abs(volts) * amps / 1000.0;
    return volts * amps * (threePhase ? std::sqrt(3.0) : 1.0) * powerFactor / 1000.0;
}

NetBoxImportResult importNetBox(const NetBoxInput &racksIn, const NetBoxInput &panelsIn, const NetBoxInput &feedsIn,
    const NetBoxImportOptions &options, const NetBoxCoolingInputs &coolingIn)
{
    using namespace netbox;
    NetBoxImportResult result;
    ProblemList errors, report; // capped at limits::maxProblems each
    const auto finish = [&](std::optional<Project> project) {
        result.errors = errors.take();
        result.report = report.take();
        result.project = std::move(project);
        return std::move(result);
    };
    checkOptions(options, errors);
    const ItemList rackItems = readList(racksIn, errors, report);
    const ItemList panelItems = readList(panelsIn, errors, report);
    const ItemList feedItems = readList(feedsIn, errors, report);
    CoolingItems coolingItems;
    if (!coolingIn.sources.label.isEmpty())
        coolingItems.sources = readList(coolingIn.sources, errors, report);
    if (!coolingIn.feeds.label.isEmpty())
        coolingItems.feeds = readList(coolingIn.feeds, errors, report);
    if (!errors.empty())
        return finish(std::nullopt);
    const NetBoxObjects objects = readObjects(rackItems, panelItems, feedItems, coolingItems, options, report);
    const std::vector<FedRack> fed = connectFeeds(objects, racksIn.label, feedsIn.label, report);
    const QMap<QString, QString> names = siteNames(objects);

    Project project;
    Site &site = project.site;
    site.planStart = options.planStart;
    site.currency = QStringLiteral("USD");
    addPowerChain(objects, names, site, report);
    layOutFloor(fed, site, report);
    addCooling(objects, coolingIn.given(), site, report);
    site.name = siteName(names);

    if (site.racks.empty()) {
        errors.push_back({ racksIn.label, QStringLiteral("no rack could be imported (see the report)") });
        return finish(std::nullopt);
    }
    errors.append(validateProject(project, Catalog::builtIn()));
    if (errors.empty())
        errors.append(reloadProblems(project));
    if (!errors.empty())
        return finish(std::nullopt);
    return finish(std::move(project));
}

} // namespace warmshell
