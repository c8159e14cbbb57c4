// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/netboxobjects.h"
#include "site.h"

// The power side of a NetBox import: which feeds each rack gets, and the power chain above them.
namespace warmshell::netbox {

// A rack to import with its A feed and, when it has a usable one, its B feed.
struct FedRack
{
    const RackIn *rack = nullptr;
    const FeedIn *a = nullptr;
    const FeedIn *b = nullptr; // null: single-fed
};

// The node id of an imported feed ("nb-feed-<NetBox id>").
PowerNodeId feedNodeId(qint64 feed);

// Every rack of `objects` that has a feed, in NetBox id order: A = its first primary feed (else
// its first redundant one), B = its first redundant feed unless that comes from the A feed's
// panel. Feeds of no imported rack, racks without a feed and feeds left unconnected are reported.
std::vector<FedRack> connectFeeds(
    const NetBoxObjects &objects, const QString &racksLabel, const QString &feedsLabel, ProblemList &report);

// Adds to `site` one synthetic 2N utility per site with panels ("nb-utility-<slug>", rated at
// the sum of its feeds), a switchboard per panel rated at the sum of its feeds, and a PDU node
// per feed. `names`: site slug -> name, as siteNames() gives it.
void addPowerChain(const NetBoxObjects &objects, const QMap<QString, QString> &names, Site &site, ProblemList &report);

} // namespace warmshell::netbox
