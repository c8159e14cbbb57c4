// SPDX-License-Identifier: GPL-3.0-or-later
#include "netbox.h"

#include "catalog.h"
#include "import/netboxfloor.h"
#include "validation.h"

#include <cmath>

namespace warmshell {

namespace {

void checkOptions(const NetBoxImportOptions &options, std::vector<Problem> &errors)
{
    if (!options.planStart.isValid())
        errors.push_back({ QStringLiteral("planStart"), QStringLiteral("is needed (a date YYYY-MM-DD)") });
    if (!(options.powerFactor > 0 && options.powerFactor <= 1))
        errors.push_back({ QStringLiteral("powerFactor"),
            QStringLiteral("must be above 0 and at most 1, got %1").arg(options.powerFactor) });
}

// The site's name: its NetBox sites' names in slug order.
QString siteName(const QMap<QString, QString> &names)
{
    QStringList list;
    for (const QString &n : names)
        list << n;
    return list.isEmpty() ? QStringLiteral("NetBox import") : list.join(QStringLiteral(", "));
}

} // namespace

double netBoxFeedKw(double volts, double amps, bool threePhase, bool dc, double powerFactor)
{
    if (dc)
        return std::abs(volts) * amps / 1000.0;
    return volts * amps * (threePhase ? std::sqrt(3.0) : 1.0) * powerFactor / 1000.0;
}

NetBoxImportResult importNetBox(const NetBoxInput &racksIn, const NetBoxInput &panelsIn, const NetBoxInput &feedsIn,
    const NetBoxImportOptions &options)
{
    using namespace netbox;
    NetBoxImportResult result;
    checkOptions(options, result.errors);
    const ItemList rackItems = readList(racksIn, result.errors, result.report);
    const ItemList panelItems = readList(panelsIn, result.errors, result.report);
    const ItemList feedItems = readList(feedsIn, result.errors, result.report);
    if (!result.errors.empty())
        return result;
    const NetBoxObjects objects = readObjects(rackItems, panelItems, feedItems, options, result.report);
    const std::vector<FedRack> fed = connectFeeds(objects, racksIn.label, feedsIn.label, result.report);
    const QMap<QString, QString> names = siteNames(objects);

    Project project;
    Site &site = project.site;
    site.planStart = options.planStart;
    site.currency = QStringLiteral("USD");
    addPowerChain(objects, names, site, result.report);
    layOutFloor(fed, site, result.report);
    site.name = siteName(names);

    if (site.racks.empty()) {
        result.errors.push_back({ racksIn.label, QStringLiteral("no rack could be imported (see the report)") });
        return result;
    }
    const auto problems = validateProject(project, Catalog::builtIn());
    if (!problems.empty()) {
        result.errors = problems;
        return result;
    }
    result.project = std::move(project);
    return result;
}

} // namespace warmshell
