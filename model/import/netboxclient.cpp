// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/netboxclient.h"

#include "fieldlimits.h"
#include "inputfile.h"

#include <QEventLoop>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace warmshell {

namespace {

constexpr int kCancelPollMs = 100;
constexpr int kMaxPages = 100'000; // per endpoint; far above any real NetBox at 1,000 a page

bool isThisMachine(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

// Same scheme, host and port: the token may go there.
bool sameServer(const QUrl &a, const QUrl &b)
{
    const int defaultPort = a.scheme() == QLatin1String("https") ? 443 : 80;
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort) == b.port(defaultPort);
}

// Why `server` is not asked at all; empty when it may be.
QString refusal(const NetBoxServer &server)
{
    const QUrl &url = server.url;
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("is not an address of a NetBox server (e.g. https://netbox.example.com)");
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return QStringLiteral("must start with https:// (or http:// on this machine)");
    if (url.scheme() == QLatin1String("http") && !isThisMachine(url.host()))
        return QStringLiteral("is plain http to another machine: the API token would travel unencrypted; use "
                              "https://");
    if (!url.query().isEmpty() || !url.fragment().isEmpty())
        return QStringLiteral("must be NetBox's base address, without a query or fragment");
    if (server.token.isEmpty())
        return QStringLiteral("needs an API token");
    return {};
}

// One HTTP answer as the fetch needs it.
struct Answer
{
    int status = 0; // HTTP status; 0 when none came
    QByteArray body;
    QByteArray retryAfter; // the Retry-After header of a 429
    QString failure; // a transport failure (timeout, refused, TLS, too large, cancelled); empty: none
};

// Fetches pages with the server's token, a per-request timeout, no redirects and a byte budget.
class Fetcher
{
public:
    Fetcher(const NetBoxServer &server, const std::function<bool()> &cancelled)
        : m_server(server), m_cancelled(cancelled)
    {
        m_authorization
            = (server.token.startsWith("nbt_") ? QByteArray("Bearer ") : QByteArray("Token ")) + server.token;
    }

    // Loads the CA bundle; false with `error` when it has no certificate.
    bool loadCaBundle(QString &error)
    {
        if (m_server.caBundle.isEmpty())
            return true;
        const InputFile file = readInputFile(m_server.caBundle);
        const QList<QSslCertificate> certificates
            = file.ok() ? QSslCertificate::fromData(file.bytes, QSsl::Pem) : QList<QSslCertificate>();
        if (certificates.isEmpty()) {
            error = file.ok() ? QStringLiteral("%1 holds no PEM certificate").arg(m_server.caBundle) : file.error;
            return false;
        }
        m_ssl = QSslConfiguration::defaultConfiguration();
        m_ssl->addCaCertificates(certificates);
        return true;
    }

    // Every page of `endpoint` joined; nullopt with `error` set, or with `notFound` when the
    // first page is a 404 (no such endpoint).
    // `filter` ("name=R%2001", percent-encoded) follows the page size in the first page's query.
    std::optional<QByteArray> fetchAll(
        const QString &endpoint, QString &label, bool &notFound, QString &error, const QString &filter = {})
    {
        QUrl url = endpointUrl(endpoint);
        url.setQuery(QStringLiteral("limit=%1").arg(m_server.pageSize)
            + (filter.isEmpty() ? QString() : QLatin1Char('&') + filter));
        label = url.toString();
        QJsonArray results;
        qint64 budget = limits::maxFileBytes;
        QSet<QString> visited;
        for (int page = 1;; ++page) {
            const Answer answer = sendWithRetries("GET", url, {}, budget, error);
            if (!error.isEmpty())
                return std::nullopt;
            budget -= answer.body.size();
            if (answer.status == 404 && page == 1) {
                notFound = true;
                return std::nullopt;
            }
            if (!statusIsOk(answer, url, error) || !appendPage(answer.body, url, results, error))
                return std::nullopt;
            visited.insert(url.toString());
            const std::optional<QUrl> next = nextPage(answer.body, url, visited, page, error);
            if (!error.isEmpty())
                return std::nullopt;
            if (!next)
                break;
            url = *next;
        }
        const QJsonObject joined{ { QStringLiteral("count"), results.size() }, { QStringLiteral("next"), QJsonValue() },
            { QStringLiteral("previous"), QJsonValue() }, { QStringLiteral("results"), results } };
        return QJsonDocument(joined).toJson(QJsonDocument::Compact);
    }

    // NetBox's /api/dcim/<endpoint>/ under the base address.
    QUrl endpointUrl(const QString &endpoint) const
    {
        QUrl url = m_server.url;
        QString path = url.path();
        if (!path.endsWith(QLatin1Char('/')))
            path += QLatin1Char('/');
        url.setPath(path + QStringLiteral("api/dcim/%1/").arg(endpoint));
        return url;
    }

    // One request (`body` sent as JSON unless `method` is GET), waiting out 429 answers
    // (Retry-After seconds, 1 when absent) up to maxRetries: a 429 means NetBox did nothing, so
    // a write is safe to repeat. A transport failure sets `error` ("URL: reason").
    Answer sendWithRetries(
        const QByteArray &method, const QUrl &url, const QByteArray &body, qint64 budget, QString &error)
    {
        for (int attempt = 0;; ++attempt) {
            Answer answer = send(method, url, body, budget);
            if (!answer.failure.isEmpty()) {
                error = QStringLiteral("%1: %2").arg(url.toString(), answer.failure);
                return answer;
            }
            if (answer.status != 429)
                return answer;
            bool numeric = false;
            const int waitS = answer.retryAfter.isEmpty() ? 1 : answer.retryAfter.trimmed().toInt(&numeric);
            if (attempt >= m_server.maxRetries || (!answer.retryAfter.isEmpty() && !numeric) || waitS < 0
                || waitS > m_server.maxRetryAfterS) {
                error = QStringLiteral("%1: NetBox answered 429 (too many requests) %2 time(s); Retry-After \"%3\" "
                                       "(at most %4 retries of at most %5 s each are waited out)")
                            .arg(url.toString())
                            .arg(attempt + 1)
                            .arg(QString::fromLatin1(answer.retryAfter.left(40)))
                            .arg(m_server.maxRetries)
                            .arg(m_server.maxRetryAfterS);
                return answer;
            }
            if (!wait(waitS * 1000)) {
                error = QStringLiteral("%1: cancelled").arg(url.toString());
                return answer;
            }
        }
    }

private:
    // Sleeps `ms` in the event loop; false when cancelled meanwhile.
    bool wait(int ms)
    {
        QEventLoop loop;
        QTimer done, poll;
        done.setSingleShot(true);
        done.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early: Retry-After is a minimum
        QObject::connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (isCancelled())
                loop.quit();
        });
        done.start(ms);
        poll.start(kCancelPollMs);
        loop.exec();
        return !isCancelled();
    }

    bool isCancelled() const { return m_cancelled && m_cancelled(); }

    Answer send(const QByteArray &method, const QUrl &url, const QByteArray &body, qint64 budget)
    {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", m_authorization);
        request.setRawHeader("Accept", "application/json");
        if (method != "GET")
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(m_server.timeoutMs);
        if (m_ssl)
            request.setSslConfiguration(*m_ssl);
        QNetworkReply *reply
            = method == "GET" ? m_manager.get(request) : m_manager.sendCustomRequest(request, method, body);
        Answer answer;
        bool tooLarge = false, cancelled = false;
        QEventLoop loop;
        QTimer poll;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64) {
            if (received > budget && !tooLarge) {
                tooLarge = true;
                reply->abort();
            }
        });
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (!cancelled && isCancelled()) {
                cancelled = true;
                reply->abort();
            }
        });
        poll.start(kCancelPollMs);
        if (!reply->isFinished())
            loop.exec();
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.retryAfter = reply->rawHeader("Retry-After");
        if (tooLarge)
            answer.failure = QStringLiteral("the answers of one endpoint exceed %1 MiB; not read")
                                 .arg(limits::maxFileBytes / (1024 * 1024));
        else if (cancelled)
            answer.failure = QStringLiteral("cancelled");
        else if (reply->error() == QNetworkReply::OperationCanceledError)
            answer.failure = QStringLiteral("no answer within %1 s").arg(m_server.timeoutMs / 1000.0);
        else if (answer.status == 0 && reply->error() != QNetworkReply::NoError)
            answer.failure = transportFailure(reply);
        else
            answer.body = reply->readAll();
        reply->deleteLater();
        return answer;
    }

    static QString transportFailure(QNetworkReply *reply)
    {
        QString text = reply->errorString();
        if (reply->error() == QNetworkReply::SslHandshakeFailedError)
            text += QStringLiteral(" (a NetBox with a private CA needs its CA certificate: --ca-bundle FILE)");
        return text;
    }

    // False with `error` for anything but 200.
    static bool statusIsOk(const Answer &answer, const QUrl &url, QString &error)
    {
        const int s = answer.status;
        if (s == 200)
            return true;
        QString why;
        if (s == 401 || s == 403)
            why = QStringLiteral("NetBox refused the token (HTTP %1): check the token file and the token's "
                                 "permissions (read dcim)")
                      .arg(s);
        else if (s >= 300 && s < 400)
            why = QStringLiteral("NetBox redirects (HTTP %1); give the address it redirects to as the URL").arg(s);
        else if (s == 404)
            why = QStringLiteral("not found (HTTP 404): is this a NetBox base address?");
        else
            why = QStringLiteral("NetBox answered HTTP %1").arg(s);
        error = QStringLiteral("%1: %2").arg(url.toString(), why);
        return false;
    }

    // Appends a page's "results" (or a bare list) to `results`; false with `error` when the body
    // is not such JSON.
    static bool appendPage(const QByteArray &body, const QUrl &url, QJsonArray &results, QString &error)
    {
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parse);
        QJsonArray page;
        if (doc.isArray())
            page = doc.array();
        else if (doc.isObject() && doc.object().value(QStringLiteral("results")).isArray())
            page = doc.object().value(QStringLiteral("results")).toArray();
        else {
            error = QStringLiteral("%1: the answer is not a NetBox list (%2)")
                        .arg(url.toString(),
                            parse.error != QJsonParseError::NoError
                                ? QStringLiteral("not JSON: %1 at byte %2").arg(parse.errorString()).arg(parse.offset)
                                : QStringLiteral("JSON without \"results\""));
            return false;
        }
        if (results.size() + page.size() > limits::maxArrayItems) {
            error = QStringLiteral("%1: more than %2 objects").arg(url.toString()).arg(limits::maxArrayItems);
            return false;
        }
        for (const QJsonValue &v : page)
            results.append(v);
        return true;
    }

    // The page after `url`: nullopt when there is none or on error (`error` set).
    std::optional<QUrl> nextPage(
        const QByteArray &body, const QUrl &url, const QSet<QString> &visited, int page, QString &error) const
    {
        const QJsonValue next = QJsonDocument::fromJson(body).object().value(QStringLiteral("next"));
        if (!next.isString() || next.toString().isEmpty())
            return std::nullopt;
        const QUrl nextUrl = url.resolved(QUrl(next.toString()));
        if (!sameServer(nextUrl, m_server.url))
            error = QStringLiteral("%1: the next page is on another server (%2); not followed, so the token stays "
                                   "with %3")
                        .arg(url.toString(), nextUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                            m_server.url.host());
        else if (visited.contains(nextUrl.toString()) || page >= kMaxPages)
            error = QStringLiteral("%1: the pages do not end (the next page was fetched before, or more than %2 "
                                   "pages)")
                        .arg(url.toString())
                        .arg(kMaxPages);
        return error.isEmpty() ? std::optional<QUrl>(nextUrl) : std::nullopt;
    }

    const NetBoxServer &m_server;
    const std::function<bool()> &m_cancelled;
    QByteArray m_authorization;
    std::optional<QSslConfiguration> m_ssl;
    QNetworkAccessManager m_manager;
};

// The id of a NetBox object in a JSON answer (nested objects too); -1 when it has none.
qint64 idOf(const QJsonValue &object)
{
    return object.toObject().value(QStringLiteral("id")).toInteger(-1);
}

// Looks up NetBox objects by a field, each lookup once, for the push's pre-check. A lookup that
// fails (HTTP error, timeout) sets failure(); one that finds none or several adds a problem.
class NameResolver
{
public:
    explicit NameResolver(Fetcher &fetcher) : m_fetcher(fetcher) { }

    // The id of the one object of `endpoint` whose `field` is `value` and that `fits` (no
    // predicate: any); nullopt, with a problem at `path` naming `what`, when not exactly one.
    std::optional<qint64> id(const QString &endpoint, const QString &field, const QString &value, const QString &what,
        const std::function<bool(const QJsonObject &)> &fits, const QString &path)
    {
        if (!m_failure.isEmpty())
            return std::nullopt;
        const QString filter = field + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
        const QString key = endpoint + QLatin1Char('?') + filter;
        if (!m_answers.contains(key) && !lookUp(endpoint, filter, key))
            return std::nullopt;
        std::vector<qint64> ids;
        for (const QJsonValue &v : m_answers.value(key).second)
            if (v.toObject().value(field).toString() == value && (!fits || fits(v.toObject())))
                ids.push_back(idOf(v));
        if (ids.size() == 1 && ids.front() >= 0)
            return ids.front();
        const QString message = ids.empty()
            ? QStringLiteral("no %1 \"%2\" in NetBox (%3)").arg(what, value, m_answers.value(key).first)
            : QStringLiteral("%1 %2s are \"%3\" in NetBox; which one is meant is unclear")
                  .arg(ids.size())
                  .arg(what, value);
        if (!m_reported.contains(message)) {
            m_reported.insert(message);
            m_problems.push_back({ path, message });
        }
        return std::nullopt;
    }

    const std::vector<Problem> &problems() const { return m_problems; }
    const QString &failure() const { return m_failure; }

private:
    bool lookUp(const QString &endpoint, const QString &filter, const QString &key)
    {
        QString label, error;
        bool notFound = false;
        const std::optional<QByteArray> body = m_fetcher.fetchAll(endpoint, label, notFound, error, filter);
        if (!body) {
            m_failure = notFound ? QStringLiteral("%1: not found (HTTP 404): is this a NetBox base address?").arg(label)
                                 : error;
            return false;
        }
        m_answers.insert(key,
            { QStringLiteral("GET %1").arg(label),
                QJsonDocument::fromJson(*body).object().value(QStringLiteral("results")).toArray() });
        return true;
    }

    Fetcher &m_fetcher;
    QHash<QString, std::pair<QString, QJsonArray>> m_answers; // lookup -> {"GET URL", results}
    QSet<QString> m_reported;
    std::vector<Problem> m_problems;
    QString m_failure;
};

// Whether the nested `key` object of `o` has id `id`.
bool refersTo(const QJsonObject &o, const char *key, qint64 id)
{
    return idOf(o.value(QLatin1String(key))) == id;
}

// Device `i` of an export with its role, device type, site, location and rack as NetBox ids
// (the manufacturer, a property of the device type, left out); problems go to `resolver`.
QJsonObject resolveDevice(const QJsonObject &device, qsizetype i, NameResolver &resolver)
{
    const auto text = [&](const char *key) { return device.value(QLatin1String(key)).toString(); };
    const QString at = QStringLiteral("devices[%1].").arg(i);
    QJsonObject body = device;
    body.remove(QStringLiteral("manufacturer"));
    const QString manufacturer = text("manufacturer");
    const std::optional<qint64> role = resolver.id(QStringLiteral("device-roles"), QStringLiteral("name"), text("role"),
        QStringLiteral("device role"), {}, at + QStringLiteral("role"));
    const std::optional<qint64> type = resolver.id(
        QStringLiteral("device-types"), QStringLiteral("model"), text("device_type"), QStringLiteral("device type"),
        [&](const QJsonObject &o) {
            return manufacturer.isEmpty()
                || o.value(QStringLiteral("manufacturer")).toObject().value(QStringLiteral("name")).toString()
                == manufacturer;
        },
        at + QStringLiteral("device_type"));
    const std::optional<qint64> site = resolver.id(QStringLiteral("sites"), QStringLiteral("name"), text("site"),
        QStringLiteral("site"), {}, at + QStringLiteral("site"));
    std::optional<qint64> location;
    if (site && !text("location").isEmpty())
        location = resolver.id(
            QStringLiteral("locations"), QStringLiteral("name"), text("location"), QStringLiteral("location"),
            [&](const QJsonObject &o) { return refersTo(o, "site", *site); }, at + QStringLiteral("location"));
    // Racks of one name may be at one site in different locations: the device's location decides.
    const std::optional<qint64> rack = site
        ? resolver.id(
            QStringLiteral("racks"), QStringLiteral("name"), text("rack"), QStringLiteral("rack"),
            [&](const QJsonObject &o) {
                return refersTo(o, "site", *site) && (!location || refersTo(o, "location", *location));
            },
            at + QStringLiteral("rack"))
        : std::nullopt;
    const std::pair<const char *, std::optional<qint64>> ids[]
        = { { "role", role }, { "device_type", type }, { "site", site }, { "location", location }, { "rack", rack } };
    for (const auto &[key, id] : ids)
        if (id)
            body.insert(QLatin1String(key), *id);
    return body;
}

// "field: message" lines of one NetBox validation error object, nested objects flattened
// ("custom_fields.x"); `prefix` leads each field name.
void fieldErrors(const QJsonValue &value, const QString &prefix, std::vector<Problem> &problems)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            fieldErrors(it.value(), prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(), problems);
        return;
    }
    QStringList messages;
    for (const QJsonValue &m : value.isArray() ? value.toArray() : QJsonArray{ value })
        messages << (m.isString() ? m.toString()
                                  : QString::fromUtf8(QJsonDocument(QJsonArray{ m }).toJson(QJsonDocument::Compact)));
    problems.push_back({ prefix, messages.join(QStringLiteral(" ")) });
}

// The problems of a write NetBox answered with `answer` (not 200/201). `list` names the objects
// ("devices"), `count` how many were sent to `url`.
std::vector<Problem> writeRefusal(const Answer &answer, const QUrl &url, const QString &list, qsizetype count)
{
    const QString none
        = QStringLiteral("NetBox writes a list in one transaction: none of the %1 %2 was written").arg(count).arg(list);
    std::vector<Problem> problems;
    const QJsonDocument doc = QJsonDocument::fromJson(answer.body);
    if (answer.status == 400 && doc.isArray()) { // one error object per object sent, {} when fine
        for (qsizetype i = 0; i < doc.array().size(); ++i)
            fieldErrors(doc.array().at(i), QStringLiteral("%1[%2]").arg(list).arg(i), problems);
        problems.erase(
            std::remove_if(problems.begin(), problems.end(), [](const Problem &p) { return p.message.isEmpty(); }),
            problems.end());
    } else if (answer.status == 400 && doc.isObject())
        fieldErrors(doc.object(), list, problems);
    QString why;
    if (answer.status == 401 || answer.status == 403)
        why = QStringLiteral("NetBox refused the token (HTTP %1): check the token file and the token's permissions "
                             "(add devices, change power feeds)")
                  .arg(answer.status);
    else
        why = QStringLiteral("NetBox answered HTTP %1").arg(answer.status);
    problems.insert(problems.begin(), { url.toString(), QStringLiteral("%1; %2").arg(why, none) });
    return problems;
}

// `ids` as "7, 8, 20000-20306": runs of three or more consecutive ids as first-last.
QString idRuns(const std::vector<qint64> &ids)
{
    QStringList parts;
    for (size_t i = 0; i < ids.size();) {
        size_t j = i;
        while (j + 1 < ids.size() && ids[j + 1] == ids[j] + 1)
            ++j;
        if (j - i >= 2) {
            parts << QStringLiteral("%1-%2").arg(ids[i]).arg(ids[j]);
            i = j + 1;
        } else
            parts << QString::number(ids[i++]);
    }
    return parts.join(QStringLiteral(", "));
}

// Sends `write`; on success appends "<verb> N <list> (ids ...)" to `push.written`, else the
// problems to `push.errors`.
void sendWrite(Fetcher &fetcher, const NetBoxWrite &write, const QString &list, const QString &verb, NetBoxPush &push)
{
    QString error;
    const Answer answer = fetcher.sendWithRetries(
        write.method, write.url, QJsonDocument(write.body).toJson(QJsonDocument::Compact), limits::maxFileBytes, error);
    if (!error.isEmpty()) {
        const QString why = error.mid(write.url.toString().size() + 2); // error is "URL: why"
        const QString what
            = QStringLiteral("%1 of %2 %3").arg(QString::fromLatin1(write.method)).arg(write.body.size()).arg(list);
        push.uncertain = answer.status != 429; // a 429 (too many requests, given up) wrote nothing
        push.errors.push_back({ write.url.toString(),
            push.uncertain
                ? QStringLiteral("%1: %2; whether NetBox wrote them is unknown: look in NetBox before pushing again")
                      .arg(what, why)
                : QStringLiteral("%1: %2; NetBox wrote none of them").arg(what, why) });
        return;
    }
    if (answer.status != 200 && answer.status != 201) {
        const std::vector<Problem> problems = writeRefusal(answer, write.url, list, write.body.size());
        push.errors.insert(push.errors.end(), problems.begin(), problems.end());
        return;
    }
    std::vector<qint64> ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(answer.body).array())
        ids.push_back(idOf(v));
    const QString idList = ids.empty() ? QString() : QStringLiteral(" (ids %1)").arg(idRuns(ids));
    push.written << QStringLiteral("%1 %2 %3%4").arg(verb).arg(write.body.size()).arg(list, idList);
}

// Problems for the feed bodies whose id NetBox does not have; a failed lookup sets `failure`.
std::vector<Problem> missingFeeds(Fetcher &fetcher, const QJsonArray &feeds, QString &failure)
{
    QStringList filter;
    for (const QJsonValue &f : feeds)
        filter << QStringLiteral("id=%1").arg(idOf(f));
    QString label;
    bool notFound = false;
    const std::optional<QByteArray> body
        = fetcher.fetchAll(QStringLiteral("power-feeds"), label, notFound, failure, filter.join(QLatin1Char('&')));
    if (!body) {
        if (notFound)
            failure = QStringLiteral("%1: not found (HTTP 404): is this a NetBox base address?").arg(label);
        return {};
    }
    QSet<qint64> known;
    for (const QJsonValue &f : QJsonDocument::fromJson(*body).object().value(QStringLiteral("results")).toArray())
        known.insert(idOf(f));
    std::vector<Problem> problems;
    for (qsizetype i = 0; i < feeds.size(); ++i)
        if (!known.contains(idOf(feeds[i])))
            problems.push_back({ QStringLiteral("feeds[%1].id").arg(i),
                QStringLiteral("no power feed %1 in NetBox (GET %2)").arg(idOf(feeds[i])).arg(label) });
    return problems;
}

} // namespace

NetBoxFetch fetchNetBox(const NetBoxServer &server, const std::function<bool()> &cancelled)
{
    NetBoxFetch fetch;
    const QString base = server.url.toString(QUrl::RemoveUserInfo);
    if (const QString why = refusal(server); !why.isEmpty()) {
        fetch.errors.push_back({ QStringLiteral("--url"), QStringLiteral("%1 %2").arg(base, why) });
        return fetch;
    }
    Fetcher fetcher(server, cancelled);
    QString error;
    if (!fetcher.loadCaBundle(error)) {
        fetch.errors.push_back({ QStringLiteral("--ca-bundle"), error });
        return fetch;
    }
    struct Endpoint
    {
        const char *name;
        NetBoxInput *input;
        bool optional; // NetBox before 4.7 has no cooling endpoints
    };
    const Endpoint endpoints[] = { { "racks", &fetch.racks, false }, { "power-panels", &fetch.panels, false },
        { "power-feeds", &fetch.feeds, false }, { "cooling-sources", &fetch.cooling.sources, true },
        { "cooling-feeds", &fetch.cooling.feeds, true } };
    for (const Endpoint &e : endpoints) {
        QString label;
        bool notFound = false;
        std::optional<QByteArray> body = fetcher.fetchAll(QLatin1String(e.name), label, notFound, error);
        if (notFound && e.optional) {
            fetch.notes << QStringLiteral("%1: not found (NetBox before 4.7 has no cooling); racks keep synthetic air "
                                          "units")
                               .arg(label);
            continue;
        }
        if (notFound)
            error = QStringLiteral("%1: not found (HTTP 404): is %2 a NetBox base address?").arg(label, base);
        if (!body) {
            fetch = NetBoxFetch{};
            fetch.errors.push_back({ QStringLiteral("--url"), error });
            return fetch;
        }
        *e.input = { label, std::move(*body) };
    }
    return fetch;
}

NetBoxPush pushNetBox(const NetBoxServer &server, const QJsonArray &devices, const QJsonArray &feeds, bool dryRun,
    const std::function<bool()> &cancelled)
{
    NetBoxPush push;
    if (const QString why = refusal(server); !why.isEmpty()) {
        push.errors.push_back(
            { QStringLiteral("--url"), QStringLiteral("%1 %2").arg(server.url.toString(QUrl::RemoveUserInfo), why) });
        return push;
    }
    Fetcher fetcher(server, cancelled);
    QString failure;
    if (!fetcher.loadCaBundle(failure)) {
        push.errors.push_back({ QStringLiteral("--ca-bundle"), failure });
        return push;
    }
    NameResolver resolver(fetcher);
    QJsonArray resolved;
    for (qsizetype i = 0; i < devices.size() && resolver.failure().isEmpty(); ++i)
        resolved.append(resolveDevice(devices[i].toObject(), i, resolver));
    push.errors = resolver.problems();
    failure = resolver.failure();
    if (failure.isEmpty() && !feeds.isEmpty()) {
        const std::vector<Problem> missing = missingFeeds(fetcher, feeds, failure);
        push.errors.insert(push.errors.end(), missing.begin(), missing.end());
    }
    if (!failure.isEmpty())
        push.errors = { { QStringLiteral("--url"), failure } };
    if (!push.ok())
        return push;
    if (!resolved.isEmpty())
        push.writes.push_back({ "POST", fetcher.endpointUrl(QStringLiteral("devices")), resolved });
    if (!feeds.isEmpty())
        push.writes.push_back({ "PATCH", fetcher.endpointUrl(QStringLiteral("power-feeds")), feeds });
    for (size_t w = 0; w < push.writes.size() && !dryRun && push.ok(); ++w) {
        const bool devicesWrite = push.writes[w].method == "POST";
        sendWrite(fetcher, push.writes[w], devicesWrite ? QStringLiteral("devices") : QStringLiteral("power feeds"),
            devicesWrite ? QStringLiteral("created") : QStringLiteral("updated"), push);
    }
    return push;
}

std::optional<QByteArray> readTokenFile(const QString &path, QString &error)
{
    const InputFile file = readInputFile(path, 64 * 1024);
    if (!file.ok()) {
        error = file.error;
        return std::nullopt;
    }
    const QByteArray token = file.bytes.split('\n').value(0).trimmed();
    if (token.isEmpty()) {
        error = QStringLiteral("%1: the first line holds no token").arg(path);
        return std::nullopt;
    }
    return token;
}

} // namespace warmshell
