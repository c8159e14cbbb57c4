// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/netbox.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>
#include <vector>

// Fetching a site from a live NetBox over its REST API (QtNetwork), for importNetBox. The only
// part of the model that talks to the network; the import itself stays a pure function.
namespace warmshell {

// Where and how to reach NetBox.
struct NetBoxServer
{
    QUrl url; // NetBox's base address, e.g. https://netbox.example.com (the /api/dcim/... paths are added)
    // The API token. Sent only in the Authorization header to `url`'s scheme, host and port;
    // never logged, saved or put in a message. "nbt_…" (NetBox 4.5+ v2) goes as "Bearer", any
    // other as "Token".
    QByteArray token;
    QString caBundle; // PEM file of CA certificates trusted besides the system's; empty: none
    int timeoutMs = 30000; // a request with no byte for this long fails
    int maxRetries = 3; // answers 429 (too many requests) waited out and retried, per page
    int maxRetryAfterS = 60; // a longer Retry-After is a failure rather than a long sleep
    int pageSize = 1000; // objects asked per page (?limit=)
};

// The answers, in importNetBox's shapes: every page of an endpoint joined into one
// {"count", "next": null, "previous": null, "results": [...]} body, labelled by its first page's
// URL (which holds no token). The cooling answers have empty labels when NetBox has no cooling
// endpoints (before 4.7: HTTP 404), so the import treats them as not given.
struct NetBoxFetch
{
    NetBoxInput racks, panels, feeds;
    NetBoxCoolingInputs cooling;
    std::vector<Problem> errors; // why there are no answers (path: the URL); empty on success
    QStringList notes; // what a user should know that is not an error (no cooling endpoints)
    bool ok() const { return errors.empty(); }
};

// Fetches /api/dcim/racks/, power-panels/, power-feeds/ and, when NetBox has them,
// cooling-sources/ and cooling-feeds/, following each answer's `next` page by page. All or
// nothing: on any failure (refused token, HTTP error, timeout, malformed JSON, a `next` on
// another server, more than limits::maxFileBytes for one endpoint, `cancelled()` turning true)
// `errors` says which URL and why, and no answer is returned. Refuses plain http to a host other
// than this machine (the token would travel unencrypted). Blocks, running a local event loop:
// call it from the CLI or from a worker thread, not from a GUI slot.
NetBoxFetch fetchNetBox(const NetBoxServer &server, const std::function<bool()> &cancelled = {});

// One write of a push: PATCH or POST of `body` (a JSON list) to `url`.
struct NetBoxWrite
{
    QByteArray method;
    QUrl url;
    QJsonArray body;
};

// What pushNetBox did. `writes` are the requests with NetBox's ids in place of names, in the
// order they are (or, for a dry run, would be) sent; `written` has one line per write NetBox
// confirmed ("created 3 devices (ids 101-103)"), so after an error it says exactly what
// NetBox holds from this push.
struct NetBoxPush
{
    std::vector<NetBoxWrite> writes;
    QStringList written;
    std::vector<Problem> errors; // why it stopped (path: "devices[2].rack" or the URL); empty on success
    bool uncertain = false; // a write got no answer: NetBox may hold it too (an error says which)
    bool ok() const { return errors.empty(); }
};

// Writes an export (netBoxExport) to NetBox: POST /api/dcim/devices/ with every device in one
// list, then PATCH /api/dcim/power-feeds/ with every feed body in one list. First, reading only,
// it looks up the role, device type (of the manufacturer, when given), site, location and rack
// each device names and the power feeds' ids; when one is missing, ambiguous or the lookup fails,
// it stops with nothing written. NetBox writes a list in one transaction, so a write refused
// (400 with field errors, 401/403, 5xx) wrote none of its list, and nothing after it is sent;
// a write with no answer (timeout) may or may not have happened, which the error says. 429 is
// waited out as fetchNetBox does. `dryRun`: the lookups only; `writes` holds what would be sent.
// The token is never put in a message. Blocks, as fetchNetBox does.
NetBoxPush pushNetBox(const NetBoxServer &server, const QJsonArray &devices, const QJsonArray &feeds, bool dryRun,
    const std::function<bool()> &cancelled = {});

// The token in the first line of file `path`, trimmed; nullopt with `error` (naming the file,
// never its content) when the file is unreadable or that line is empty.
std::optional<QByteArray> readTokenFile(const QString &path, QString &error);

} // namespace warmshell
