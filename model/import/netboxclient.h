// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/netbox.h"

#include <QByteArray>
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

// The token in the first line of file `path`, trimmed; nullopt with `error` (naming the file,
// never its content) when the file is unreadable or that line is empty.
std::optional<QByteArray> readTokenFile(const QString &path, QString &error);

} // namespace warmshell
