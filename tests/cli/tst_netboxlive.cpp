// SPDX-License-Identifier: GPL-3.0-or-later
// Importing from a live NetBox (fetchNetBox and warmshell-cli import-netbox --url) against a
// scripted local server serving the fixtures of tests/data/netbox the way NetBox pages them:
// pagination, a refused token, 429 with Retry-After, a 500 in the middle, a server that never
// answers, malformed JSON, a next page on another server, redirects — and nothing written then.
#include "catalog.h"
#include "clirun.h"
#include "fakenetbox.h"
#include "import/netboxclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace warmshell;
using test::FakeAnswer;
using test::FakeNetBox;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(WARMSHELL_TEST_DATA "/netbox/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

// Items [from, from + n) of `a` (n < 0: to the end).
QJsonArray slice(const QJsonArray &a, qsizetype from, qsizetype n = -1)
{
    QJsonArray out;
    for (qsizetype i = from; i < a.size() && (n < 0 || i < from + n); ++i)
        out.append(a[i]);
    return out;
}

QJsonArray resultsOf(const QByteArray &answer)
{
    const QJsonDocument doc = QJsonDocument::fromJson(answer);
    return doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("results")).toArray();
}

QByteArray page(const QJsonArray &results, const QJsonValue &next)
{
    return QJsonDocument(QJsonObject{ { QStringLiteral("count"), 6 }, { QStringLiteral("next"), next },
                             { QStringLiteral("previous"), QJsonValue() }, { QStringLiteral("results"), results } })
        .toJson(QJsonDocument::Compact);
}

const QString kRacks = QStringLiteral("/api/dcim/racks/?limit=1000");
const QString kPanels = QStringLiteral("/api/dcim/power-panels/?limit=1000");
const QString kFeeds = QStringLiteral("/api/dcim/power-feeds/?limit=1000");
const QString kSources = QStringLiteral("/api/dcim/cooling-sources/?limit=1000");
const QString kCoolingFeeds = QStringLiteral("/api/dcim/cooling-feeds/?limit=1000");
const QString kRacksPage2 = QStringLiteral("/api/dcim/racks/?limit=1000&offset=4");

// The fixtures as NetBox serves them: racks in two pages (4 + 2, the second by an absolute
// `next`), panels as a bare list, feeds in one page; cooling endpoints when `cooling`.
void serveFixtures(FakeNetBox &server, bool cooling)
{
    const QJsonArray racks = resultsOf(fixture("racks.json"));
    server.script(kRacks, { 200, page(slice(racks, 0, 4), server.baseUrl() + kRacksPage2), {}, false });
    server.script(kRacksPage2, { 200, page(slice(racks, 4), QJsonValue()), {}, false });
    server.script(kPanels, { 200, fixture("power-panels.json"), {}, false });
    server.script(kFeeds, { 200, fixture("power-feeds.json"), {}, false });
    if (cooling) {
        server.script(kSources, { 200, fixture("cooling-sources.json"), {}, false });
        server.script(kCoolingFeeds, { 200, fixture("cooling-feeds.json"), {}, false });
    }
}

NetBoxServer serverOf(const FakeNetBox &fake, const QByteArray &token = QByteArrayLiteral("0123456789abcdef"))
{
    NetBoxServer s;
    s.url = QUrl(fake.baseUrl());
    s.token = token;
    s.timeoutMs = 5000;
    return s;
}

NetBoxImportOptions importOptions()
{
    NetBoxImportOptions o;
    o.planStart = QDate(2026, 1, 1);
    return o;
}

// The project the saved fixtures give, for comparison with a live import.
Project importedFromFiles(bool cooling)
{
    NetBoxCoolingInputs c;
    if (cooling)
        c = { { QStringLiteral("cs"), fixture("cooling-sources.json") },
            { QStringLiteral("cf"), fixture("cooling-feeds.json") } };
    return *importNetBox({ QStringLiteral("r"), fixture("racks.json") },
        { QStringLiteral("p"), fixture("power-panels.json") }, { QStringLiteral("f"), fixture("power-feeds.json") },
        importOptions(), c)
                .project;
}

// Every problem, one per line (empty when none).
QString describe(const std::vector<Problem> &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

bool anyContains(const std::vector<Problem> &problems, const QString &fragment)
{
    return std::any_of(
        problems.begin(), problems.end(), [&](const Problem &p) { return p.toString().contains(fragment); });
}

} // namespace

class TestNetBoxLive : public QObject
{
    Q_OBJECT

private slots:
    // Every page followed and joined; NetBox before 4.7 (cooling 404) is a note, not an error;
    // the import of the fetched answers equals the import of the saved files.
    void fetchesEveryPage_data()
    {
        QTest::addColumn<bool>("cooling");
        QTest::newRow("NetBox 4.6, no cooling endpoints") << false;
        QTest::newRow("NetBox 4.7 with cooling") << true;
    }
    void fetchesEveryPage()
    {
        QFETCH(bool, cooling);
        FakeNetBox fake;
        serveFixtures(fake, cooling);
        const NetBoxFetch fetch = fetchNetBox(serverOf(fake));
        QVERIFY2(fetch.ok(), qPrintable(describe(fetch.errors)));
        QCOMPARE(resultsOf(fetch.racks.json).size(), 6); // 4 + 2 pages
        QCOMPARE(fake.requests().count(kRacksPage2), 1);
        QCOMPARE(fetch.cooling.given(), cooling);
        QCOMPARE(fetch.notes.size(), cooling ? 0 : 2);
        for (const QByteArray &a : fake.authorizations())
            QCOMPARE(a, QByteArrayLiteral("Token 0123456789abcdef"));
        const NetBoxImportResult live
            = importNetBox(fetch.racks, fetch.panels, fetch.feeds, importOptions(), fetch.cooling);
        QVERIFY(live.ok());
        QVERIFY(*live.project == importedFromFiles(cooling));
        QCOMPARE(live.project->site.coolingUnits.size(), size_t(cooling ? 5 : 3));
    }

    void bearerForV2Tokens()
    {
        FakeNetBox fake;
        serveFixtures(fake, false);
        QVERIFY(fetchNetBox(serverOf(fake, QByteArrayLiteral("nbt_abc.def"))).ok());
        QCOMPARE(fake.authorizations().value(0), QByteArrayLiteral("Bearer nbt_abc.def"));
    }

    // A 429 is waited out for its Retry-After (1 s) and asked again; one too long is a failure.
    void tooManyRequests()
    {
        FakeNetBox retry;
        retry.script(kRacks, { 200, fixture("racks.json"), {}, false });
        retry.script(kPanels, { 429, {}, "Retry-After: 1\r\n", false });
        retry.script(kPanels, { 200, fixture("power-panels.json"), {}, false });
        retry.script(kFeeds, { 200, fixture("power-feeds.json"), {}, false });
        QElapsedTimer clock;
        clock.start();
        const NetBoxFetch fetch = fetchNetBox(serverOf(retry));
        QVERIFY2(fetch.ok(), qPrintable(describe(fetch.errors)));
        QVERIFY(clock.elapsed() >= 1000);
        QCOMPARE(retry.requests().count(kPanels), 2);

        FakeNetBox refusing;
        refusing.script(kRacks, { 429, {}, "Retry-After: 3600\r\n", false });
        const NetBoxFetch refused = fetchNetBox(serverOf(refusing));
        QVERIFY(!refused.ok());
        QVERIFY(anyContains(refused.errors, QStringLiteral("429 (too many requests) 1 time(s); Retry-After \"3600\"")));
        QVERIFY(refused.racks.json.isEmpty());
    }

    // Failures name the URL and the reason; no answer is returned; the token is never shown.
    void failures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<bool>("silent");
        QTest::addColumn<QString>("expected");
        QTest::newRow("401") << kRacks << 401 << QByteArray("{\"detail\":\"Invalid token\"}") << QByteArray() << false
                             << "NetBox refused the token (HTTP 401)";
        QTest::newRow("403 on feeds") << kFeeds << 403 << QByteArray() << QByteArray() << false
                                      << "power-feeds/?limit=1000: NetBox refused the token (HTTP 403)";
        QTest::newRow("500 on the second page") << kRacksPage2 << 500 << QByteArray("oops") << QByteArray() << false
                                                << "offset=4: NetBox answered HTTP 500";
        QTest::newRow("malformed JSON") << kPanels << 200 << QByteArray("[{\"id\": 1,") << QByteArray() << false
                                        << "power-panels/?limit=1000: the answer is not a NetBox list (not JSON";
        QTest::newRow("JSON without results")
            << kFeeds << 200 << QByteArray("{\"detail\":1}") << QByteArray() << false << "JSON without \"results\"";
        QTest::newRow("never answers") << kPanels << 200 << QByteArray() << QByteArray() << true
                                       << "power-panels/?limit=1000: no answer within 0.3 s";
        QTest::newRow("redirect") << kRacks << 302 << QByteArray() << QByteArray("Location: https://elsewhere/\r\n")
                                  << false << "NetBox redirects (HTTP 302)";
        QTest::newRow("not NetBox") << kRacks << 404 << QByteArray() << QByteArray() << false
                                    << "not found (HTTP 404): is http://127.0.0.1";
    }
    void failures()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, headers);
        QFETCH(bool, silent);
        QFETCH(QString, expected);
        FakeNetBox fake;
        fake.script(path, { status, body, headers, silent }); // queued before the fixtures: served first
        serveFixtures(fake, true);
        NetBoxServer server = serverOf(fake);
        server.timeoutMs = 300;
        const NetBoxFetch fetch = fetchNetBox(server);
        QVERIFY(!fetch.ok());
        QVERIFY2(anyContains(fetch.errors, expected), qPrintable(describe(fetch.errors)));
        QVERIFY(!anyContains(fetch.errors, QStringLiteral("0123456789abcdef")));
        QVERIFY(fetch.racks.json.isEmpty() && fetch.panels.json.isEmpty() && fetch.feeds.json.isEmpty());
    }

    // A `next` on another server is not followed: the token stays with NetBox.
    void nextOnAnotherServer()
    {
        FakeNetBox fake, other;
        serveFixtures(other, false);
        const QJsonArray racks = resultsOf(fixture("racks.json"));
        fake.script(kRacks, { 200, page(slice(racks, 0, 4), other.baseUrl() + kRacksPage2), {}, false });
        const NetBoxFetch fetch = fetchNetBox(serverOf(fake));
        QVERIFY(anyContains(fetch.errors, QStringLiteral("the next page is on another server")));
        QVERIFY(other.requests().isEmpty());
    }

    // Refused before any request: plain http to another machine, no token, not a base address.
    void refusedBeforeAsking_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain http elsewhere") << "http://netbox.example.com"
                                              << "the API token would travel unencrypted";
        QTest::newRow("ftp") << "ftp://127.0.0.1"
                             << "must start with https://";
        QTest::newRow("no host") << "https://"
                                 << "is not an address of a NetBox server";
        QTest::newRow("a query") << "https://netbox.example.com/?x=1"
                                 << "without a query";
    }
    void refusedBeforeAsking()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        NetBoxServer server;
        server.url = QUrl(url);
        server.token = "t";
        const NetBoxFetch fetch = fetchNetBox(server);
        QVERIFY2(anyContains(fetch.errors, expected), qPrintable(describe(fetch.errors)));
    }

    // The command line: a live import writes the project; a refused token writes nothing and
    // keeps the existing file; the token never appears in the output.
    void commandLine()
    {
        QTemporaryDir dir;
        const QString token = dir.filePath(QStringLiteral("token")), out = dir.filePath(QStringLiteral("site.json"));
        QFile tokenFile(token);
        QVERIFY(tokenFile.open(QIODevice::WriteOnly));
        tokenFile.write("0123456789abcdef\n");
        tokenFile.close();
        FakeNetBox fake;
        serveFixtures(fake, true);
        const QStringList args{ QStringLiteral("import-netbox"), QStringLiteral("--url"), fake.baseUrl(),
            QStringLiteral("--token-file"), token, QStringLiteral("--plan-start=2026-01-01"), QStringLiteral("--out"),
            out };
        const test::CliRun ok = test::runCli(args, 60000);
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.out.contains(QStringLiteral("5 racks, 13 power nodes")), qPrintable(ok.out + ok.err));
        QVERIFY(!(ok.out + ok.err).contains(QStringLiteral("0123456789abcdef")));
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray before = written.readAll();
        written.close();
        QVERIFY(!before.contains("0123456789abcdef"));

        FakeNetBox refusing;
        refusing.script(kRacks, { 401, {}, {}, false });
        QStringList refusedArgs = args;
        refusedArgs[2] = refusing.baseUrl();
        const test::CliRun refused = test::runCli(refusedArgs + QStringList{ QStringLiteral("--force") }, 60000);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("NetBox refused the token (HTTP 401)")), qPrintable(refused.err));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), before);

        const test::CliRun both = test::runCli(args + QStringList{ QStringLiteral("--racks"), token }, 60000);
        QCOMPARE(both.exitCode, 2);
        QVERIFY(both.err.contains(QStringLiteral("--url and --racks exclude each other")));
        const test::CliRun noToken = test::runCli(
            { QStringLiteral("import-netbox"), QStringLiteral("--url"), fake.baseUrl(), QStringLiteral("--out"), out },
            60000);
        QCOMPARE(noToken.exitCode, 2);
        QVERIFY(noToken.err.contains(QStringLiteral("--url needs --token-file")));
    }
};

QTEST_GUILESS_MAIN(TestNetBoxLive)
#include "tst_netboxlive.moc"
