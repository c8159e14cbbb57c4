// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/netboxpower.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace warmshell::netbox {

namespace {

PowerNodeId panelNodeId(qint64 id)
{
    return PowerNodeId(QStringLiteral("nb-panel-%1").arg(id));
}

PowerNodeId utilityNodeId(const QString &siteSlug)
{
    return PowerNodeId(QStringLiteral("nb-utility-") + slugify(siteSlug));
}

using FeedsPerRack = std::map<qint64, std::vector<const FeedIn *>>;

// Sorts the feeds by the rack they name, primaries apart from redundants (each by NetBox id);
// reports the feeds that feed no imported rack.
void sortFeeds(const NetBoxObjects &objects, const QString &racksLabel, FeedsPerRack &primaries,
    FeedsPerRack &redundants, ProblemList &report)
{
    for (const auto &[id, f] : objects.feeds) {
        if (f.rack < 0) {
            report.push_back({ member(f.path, "rack"),
                QStringLiteral("power feed \"%1\" is assigned to no rack; imported as a "
                               "node that feeds nothing")
                    .arg(f.name) });
            continue;
        }
        if (!objects.racks.count(f.rack)) {
            report.push_back({ member(f.path, "rack"),
                QStringLiteral("power feed \"%1\" names rack %2, which is not imported "
                               "(not in %3 or of another site); it feeds nothing")
                    .arg(f.name)
                    .arg(f.rack)
                    .arg(racksLabel) });
            continue;
        }
        (f.redundant ? redundants : primaries)[f.rack].push_back(&f);
    }
}

// Reports the feeds of `r` beyond its A and B: `prim` and `red` as sortFeeds left them, `red`
// without a redundant feed taken as A.
void reportUnconnected(const FedRack &r, const std::vector<const FeedIn *> &prim,
    const std::vector<const FeedIn *> &red, ProblemList &report)
{
    for (size_t k = prim.empty() ? 0 : 1; k < prim.size(); ++k)
        report.push_back({ prim[k]->path,
            QStringLiteral("rack \"%1\" has more than one primary feed; \"%2\" not connected "
                           "(WarmShell has one A and one B feed per rack)")
                .arg(r.rack->name, prim[k]->name) });
    for (size_t k = r.b ? 1 : 0; k < red.size(); ++k)
        report.push_back({ red[k]->path,
            QStringLiteral("rack \"%1\" has more than one redundant feed; \"%2\" not connected "
                           "(WarmShell has one A and one B feed per rack)")
                .arg(r.rack->name, red[k]->name) });
}

} // namespace

PowerNodeId feedNodeId(qint64 feed)
{
    return PowerNodeId(QStringLiteral("nb-feed-%1").arg(feed));
}

std::vector<FedRack> connectFeeds(
    const NetBoxObjects &objects, const QString &racksLabel, const QString &feedsLabel, ProblemList &report)
{
    FeedsPerRack primaries, redundants;
    sortFeeds(objects, racksLabel, primaries, redundants, report);
    std::vector<FedRack> fed;
    for (const auto &[id, r] : objects.racks) {
        auto &prim = primaries[id];
        auto &red = redundants[id];
        FedRack out{ &r };
        if (!prim.empty()) {
            out.a = prim.front();
            if (!red.empty())
                out.b = red.front();
        } else if (!red.empty()) {
            out.a = red.front();
            report.push_back({ r.path,
                QStringLiteral("rack \"%1\" has only redundant feeds; \"%2\" taken as its A feed")
                    .arg(r.name, out.a->name) });
            red.erase(red.begin());
        } else {
            report.push_back({ r.path,
                QStringLiteral("rack \"%1\" has no power feed in %2; not imported (a WarmShell rack needs "
                               "a feed)")
                    .arg(r.name, feedsLabel) });
            continue;
        }
        reportUnconnected(out, prim, red, report);
        if (out.b && out.b->panel == out.a->panel) {
            report.push_back({ out.b->path,
                QStringLiteral("the A and B feeds of rack \"%1\" come from the same panel \"%2\", a "
                               "single point of failure; imported single-fed on \"%3\"")
                    .arg(r.name, objects.panels.at(out.a->panel).name, out.a->name) });
            out.b = nullptr;
        }
        fed.push_back(out);
    }
    return fed;
}

void addPowerChain(const NetBoxObjects &objects, const QMap<QString, QString> &names, Site &site, ProblemList &report)
{
    QHash<qint64, double> panelKw;
    for (const auto &[id, f] : objects.feeds)
        panelKw[f.panel] += f.rating.realPower().value();
    QHash<QString, double> siteKw;
    for (const auto &[id, p] : objects.panels)
        siteKw[p.site.slug] += panelKw.value(id);
    for (auto it = names.begin(); it != names.end(); ++it) {
        if (!siteKw.contains(it.key()))
            continue;
        PowerNode u;
        u.id = utilityNodeId(it.key());
        u.name = QStringLiteral("Utility (not in NetBox) — %1").arg(*it);
        u.kind = PowerNodeKind::Utility;
        u.rating = PowerRating::kilowatts(Kilowatts(std::max(1.0, std::ceil(siteKw.value(it.key())))));
        u.derating = 1.0;
        u.redundancy = Redundancy::twoN();
        site.power.addNode(u);
    }
    for (const auto &[id, p] : objects.panels) {
        PowerNode n;
        n.id = panelNodeId(id);
        n.name = p.name;
        n.kind = PowerNodeKind::Switchboard;
        n.rating = PowerRating::kilowatts(Kilowatts(panelKw.value(id)));
        n.derating = 1.0;
        site.power.addNode(n);
        site.power.connect(utilityNodeId(p.site.slug), n.id);
        if (!panelKw.contains(id))
            report.push_back({ p.path,
                QStringLiteral("power panel \"%1\" has no imported feed; imported with rating 0").arg(p.name) });
    }
    for (const auto &[id, f] : objects.feeds) {
        PowerNode n;
        n.id = feedNodeId(id);
        n.name = f.name;
        n.kind = PowerNodeKind::Pdu;
        n.rating = f.rating;
        n.derating = f.derating;
        site.power.addNode(n);
        site.power.connect(panelNodeId(f.panel), n.id);
    }
    if (!siteKw.isEmpty() && names.size() > 0)
        report.push_back({ QStringLiteral("power chain"),
            QStringLiteral("NetBox has nothing above power panels: a synthetic 2N utility feed per site "
                           "(nb-utility-*, rated at the sum of its feeds, never binding) feeds the panels; "
                           "panels are rated at the sum of their feeds") });
}

} // namespace warmshell::netbox
