// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/netboxclient.h"

#include "fieldlimits.h"
#include "inputfile.h"

#include <QEventLoop>
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
    std::optional<QByteArray> fetchAll(const QString &endpoint, QString &label, bool &notFound, QString &error)
    {
        QUrl url = m_server.url;
        QString path = url.path();
        if (!path.endsWith(QLatin1Char('/')))
            path += QLatin1Char('/');
        url.setPath(path + QStringLiteral("api/dcim/%1/").arg(endpoint));
        url.setQuery(QStringLiteral("limit=%1").arg(m_server.pageSize));
        label = url.toString();
        QJsonArray results;
        qint64 budget = limits::maxFileBytes;
        QSet<QString> visited;
        for (int page = 1;; ++page) {
            const Answer answer = getWithRetries(url, budget, error);
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

private:
    // One GET, waiting out 429 answers (Retry-After seconds, 1 when absent) up to maxRetries.
    Answer getWithRetries(const QUrl &url, qint64 budget, QString &error)
    {
        for (int attempt = 0;; ++attempt) {
            Answer answer = get(url, budget);
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

    Answer get(const QUrl &url, qint64 budget)
    {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", m_authorization);
        request.setRawHeader("Accept", "application/json");
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(m_server.timeoutMs);
        if (m_ssl)
            request.setSslConfiguration(*m_ssl);
        QNetworkReply *reply = m_manager.get(request);
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
            why = QStringLiteral("NetBox answered HTTP %1; nothing imported").arg(s);
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
