// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli export-netbox --push against a scripted local NetBox (fakenetbox.h): the bodies
// NetBox receives are the objects export-netbox writes without --push, with NetBox's ids for the
// names; a missing name stops it before any write; 400 field errors, 401, 429 with Retry-After,
// a 500 before and after the first write and a timeout each say what NetBox holds, and nothing
// after the failing write is sent; the token never appears in any output.
#include "clirun.h"
#include "fakenetbox.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <map>

using warmshell::test::FakeAnswer;
using warmshell::test::FakeNetBox;

Q_DECLARE_METATYPE(warmshell::test::FakeAnswer)

namespace {

const QByteArray kToken = QByteArrayLiteral("0123456789abcdef");
const QString kDevices = QStringLiteral("/api/dcim/devices/");
const QString kFeeds = QStringLiteral("/api/dcim/power-feeds/");
const QString kFeedLookup = QStringLiteral("/api/dcim/power-feeds/?limit=1000&id=7&id=8");
constexpr qint64 kSiteId = 500, kOtherSiteId = 501, kOtherLocationId = 699, kFirstDeviceId = 20000;

QByteArray json(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

QByteArray page(const QJsonArray &results)
{
    return json(QJsonObject{ { QStringLiteral("count"), results.size() }, { QStringLiteral("next"), QJsonValue() },
        { QStringLiteral("previous"), QJsonValue() }, { QStringLiteral("results"), results } });
}

// The path of NetBox's list `endpoint` filtered by `field` = `value`, as a client asks it.
QString lookup(const char *endpoint, const char *field, const QString &value)
{
    return QStringLiteral("/api/dcim/%1/?limit=1000&%2=%3")
        .arg(QLatin1String(endpoint), QLatin1String(field), QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

QJsonObject ref(qint64 id)
{
    return { { QStringLiteral("id"), id } };
}

QString text(const QJsonValue &device, const char *key)
{
    return device.toObject().value(QLatin1String(key)).toString();
}

// A NetBox holding every name `devices` use, with ids given here, and decoys a client must not
// take: a device type of the same model by another manufacturer, a location and racks of the
// same names at another site. Writes answer 201/200 with ids.
struct ScriptedNetBox
{
    std::map<QString, qint64> types, locations, racks;
    QJsonArray expectedDevices; // the POST body: devices with these ids for names, no manufacturer

    ScriptedNetBox(FakeNetBox &fake, const QJsonArray &devices)
    {
        for (const QJsonValue &d : devices) {
            types.emplace(text(d, "device_type"), 100 + qint64(types.size()));
            locations.emplace(text(d, "location"), 600 + qint64(locations.size()));
            racks.emplace(text(d, "rack"), 1000 + qint64(racks.size()));
        }
        const QString role = text(devices.first(), "role"), site = text(devices.first(), "site");
        fake.script(lookup("device-roles", "name", role),
            { 200, page({ QJsonObject{ { QStringLiteral("id"), 1 }, { QStringLiteral("name"), role } } }), {}, false });
        fake.script(lookup("sites", "name", site),
            { 200, page({ QJsonObject{ { QStringLiteral("id"), kSiteId }, { QStringLiteral("name"), site } } }), {},
                false });
        scriptTypes(fake, devices);
        for (const auto &[name, id] : locations)
            fake.script(lookup("locations", "name", name),
                { 200, page({ named(name, id, kOtherSiteId, -1), named(name, id + 1000, kSiteId, -1) }), {}, false });
        std::map<QString, qint64> locationOfRack;
        for (const QJsonValue &d : devices)
            locationOfRack[text(d, "rack")] = locations.at(text(d, "location")) + 1000;
        for (const auto &[name, id] : racks) {
            const qint64 location = locationOfRack.at(name);
            fake.script(lookup("racks", "name", name),
                { 200,
                    page(
                        { named(name, id + 5000, kOtherSiteId, kOtherLocationId), named(name, id, kSiteId, location) }),
                    {}, false });
        }
        fake.script(kFeedLookup, { 200, page({ ref(7), ref(8) }), {}, false });
        QJsonArray created;
        for (qsizetype i = 0; i < devices.size(); ++i)
            created.append(ref(kFirstDeviceId + i));
        fake.script(kDevices, { 201, json(created), {}, false });
        fake.script(kFeeds, { 200, json(QJsonArray{ ref(7), ref(8) }), {}, false });
        for (const QJsonValue &d : devices) {
            QJsonObject body = d.toObject();
            body.remove(QStringLiteral("manufacturer"));
            body.insert(QStringLiteral("role"), 1);
            body.insert(QStringLiteral("device_type"), types.at(text(d, "device_type")));
            body.insert(QStringLiteral("site"), kSiteId);
            body.insert(QStringLiteral("location"), locations.at(text(d, "location")) + 1000);
            body.insert(QStringLiteral("rack"), racks.at(text(d, "rack")));
            expectedDevices.append(body);
        }
    }

    // A location (no `location`) or rack at `site`.
    static QJsonObject named(const QString &name, qint64 id, qint64 site, qint64 location)
    {
        QJsonObject o{ { QStringLiteral("id"), id }, { QStringLiteral("name"), name },
            { QStringLiteral("site"), ref(site) } };
        if (location >= 0)
            o.insert(QStringLiteral("location"), ref(location));
        return o;
    }

    void scriptTypes(FakeNetBox &fake, const QJsonArray &devices)
    {
        for (const auto &[model, id] : types) {
            QString manufacturer;
            for (const QJsonValue &d : devices)
                if (text(d, "device_type") == model)
                    manufacturer = text(d, "manufacturer");
            const auto type = [&](qint64 typeId, const QString &maker) {
                return QJsonObject{ { QStringLiteral("id"), typeId }, { QStringLiteral("model"), model },
                    { QStringLiteral("manufacturer"), QJsonObject{ { QStringLiteral("name"), maker } } } };
            };
            fake.script(lookup("device-types", "model", model),
                { 200, page({ type(id + 900, QStringLiteral("Someone else")), type(id, manufacturer) }), {}, false });
        }
    }
};

} // namespace

class TestNetBoxPush : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project, m_token;
    QJsonArray m_devices, m_feeds; // what export-netbox writes without --push

    QStringList pushArgs(const FakeNetBox &fake) const
    {
        return { QStringLiteral("export-netbox"), m_project, QStringLiteral("--push"), QStringLiteral("--url"),
            fake.baseUrl(), QStringLiteral("--token-file"), m_token };
    }

    // Runs the CLI and checks the token is in none of its output.
    static warmshell::test::CliRun run(const QStringList &args)
    {
        const warmshell::test::CliRun r = warmshell::test::runCli(args, 60000);
        if ((r.out + r.err).contains(QString::fromLatin1(kToken)))
            qFatal("the token appeared in the output");
        return r;
    }

    static QJsonArray bodyOf(const std::pair<QString, QByteArray> &write)
    {
        return QJsonDocument::fromJson(write.second).array();
    }

private slots:
    // The campus example with two of its busways renamed as NetBox power feeds 7 and 8, and
    // what export-netbox writes for it without --push.
    void initTestCase()
    {
        QFile campus(QStringLiteral(WARMSHELL_SOURCE_DIR "/resources/examples/campus.warmshell.json"));
        QVERIFY(campus.open(QIODevice::ReadOnly));
        QByteArray bytes = campus.readAll();
        QCOMPARE(bytes.count("\"bus-1A-A\""), 21); // the node and the 20 racks it feeds
        bytes.replace("\"bus-1A-A\"", "\"nb-feed-7\"").replace("\"bus-1A-B\"", "\"nb-feed-8\"");
        m_project = m_dir.filePath(QStringLiteral("campus.warmshell.json"));
        m_token = m_dir.filePath(QStringLiteral("token"));
        for (const auto &[path, content] : { std::pair{ m_project, bytes }, std::pair{ m_token, kToken + "\n" } }) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QString feeds = m_dir.filePath(QStringLiteral("feeds.json"));
        const auto exported = run({ QStringLiteral("export-netbox"), m_project, QStringLiteral("--feeds-out"), feeds });
        QCOMPARE(exported.exitCode, 0);
        m_devices = QJsonDocument::fromJson(exported.out.toUtf8()).array();
        QFile f(feeds);
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_feeds = QJsonDocument::fromJson(f.readAll()).array();
        QVERIFY(m_devices.size() > 100);
        QCOMPARE(m_feeds.size(), 2);
        QCOMPARE(m_feeds[0].toObject().value(QStringLiteral("id")).toInteger(), 7);
    }

    // NetBox receives the export's devices with its ids for the names (one POST), then the feed
    // bodies as written by --feeds-out (one PATCH); the output says what was created.
    void pushWritesTheExport()
    {
        FakeNetBox fake;
        const ScriptedNetBox netbox(fake, m_devices);
        const auto r = run(pushArgs(fake));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto writes = fake.writes();
        QCOMPARE(writes.size(), 2);
        QCOMPARE(writes[0].first, QStringLiteral("POST ") + kDevices);
        QCOMPARE(bodyOf(writes[0]), netbox.expectedDevices);
        QCOMPARE(writes[1].first, QStringLiteral("PATCH ") + kFeeds);
        QCOMPARE(bodyOf(writes[1]), m_feeds);
        QVERIFY2(r.out.contains(QStringLiteral("created %1 devices (ids %2-%3) in NetBox")
                                    .arg(m_devices.size())
                                    .arg(kFirstDeviceId)
                                    .arg(kFirstDeviceId + m_devices.size() - 1)),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("updated 2 power feeds (ids 7, 8) in NetBox")));
        for (const QByteArray &a : fake.authorizations())
            QCOMPARE(a, QByteArray("Token " + kToken));
    }

    // --dry-run looks the names up but sends no write; it prints the bodies a push sends.
    void dryRunSendsNothing()
    {
        FakeNetBox fake;
        const ScriptedNetBox netbox(fake, m_devices);
        const auto r = run(pushArgs(fake) + QStringList{ QStringLiteral("--dry-run") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(fake.writes().isEmpty());
        QVERIFY(fake.requests().contains(kFeedLookup));
        const QString post = QStringLiteral("POST %1%2\n").arg(fake.baseUrl(), kDevices);
        const QString patch = QStringLiteral("PATCH %1%2\n").arg(fake.baseUrl(), kFeeds);
        const qsizetype p = r.out.indexOf(post), q = r.out.indexOf(patch);
        QVERIFY2(p == 0 && q > p, qPrintable(r.out.left(300)));
        QCOMPARE(
            QJsonDocument::fromJson(r.out.mid(post.size(), q - post.size()).toUtf8()).array(), netbox.expectedDevices);
        const qsizetype end = r.out.indexOf(QStringLiteral("dry run"));
        QCOMPARE(
            QJsonDocument::fromJson(r.out.mid(q + patch.size(), end - q - patch.size()).toUtf8()).array(), m_feeds);
    }

    // A name NetBox lacks, a feed it lacks or a refused token stop the push before any write.
    void refusedBeforeWriting_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        const QString rack = text(m_devices.first(), "rack");
        QTest::newRow("missing rack") << lookup("racks", "name", rack) << page({}) << 200
                                      << QStringLiteral("devices[0].rack: no rack \"%1\" in NetBox (GET ").arg(rack);
        QTest::newRow("rack only at another site")
            << lookup("racks", "name", rack) << page({ ScriptedNetBox::named(rack, 9, kOtherSiteId, kOtherLocationId) })
            << 200 << QStringLiteral("devices[0].rack: no rack \"%1\"").arg(rack);
        const QJsonObject type{ { QStringLiteral("id"), 3 },
            { QStringLiteral("model"), text(m_devices.first(), "device_type") },
            { QStringLiteral("manufacturer"),
                QJsonObject{ { QStringLiteral("name"), text(m_devices.first(), "manufacturer") } } } };
        QJsonObject twin = type;
        twin.insert(QStringLiteral("id"), 4);
        QTest::newRow("two device types of one model and maker")
            << lookup("device-types", "model", text(m_devices.first(), "device_type")) << page({ type, twin }) << 200
            << QStringLiteral(
                   "devices[0].device_type: 2 device types are \"%1\" in NetBox; which one is meant is unclear")
                   .arg(text(m_devices.first(), "device_type"));
        QTest::newRow("missing role") << lookup("device-roles", "name", QStringLiteral("GPU server")) << page({}) << 200
                                      << QStringLiteral("devices[0].role: no device role \"GPU server\"");
        QTest::newRow("missing feed") << kFeedLookup << page({ ref(7) }) << 200
                                      << QStringLiteral("feeds[1].id: no power feed 8 in NetBox");
        QTest::newRow("401") << lookup("device-roles", "name", QStringLiteral("GPU server"))
                             << QByteArray("{\"detail\":\"Invalid token\"}") << 401
                             << QStringLiteral("NetBox refused the token (HTTP 401)");
    }
    void refusedBeforeWriting()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, answer);
        QFETCH(int, status);
        QFETCH(QString, expected);
        FakeNetBox fake;
        fake.script(path, { status, answer, {}, false }); // queued first: served first
        const ScriptedNetBox netbox(fake, m_devices);
        const auto r = run(pushArgs(fake));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("the push to NetBox stopped; written to NetBox: nothing")));
        QVERIFY(fake.writes().isEmpty());
    }

    // A write refused or unanswered: the message says what NetBox holds; nothing after it is sent.
    void writeFailures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<FakeAnswer>("answer");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("writes");
        const QString n = QString::number(m_devices.size());
        const QByteArray fieldErrors = "[{}, {\"rack\": [\"Rack is full.\"], \"name\": [\"Device name must be "
                                       "unique per site.\"]}]";
        QTest::newRow("400 with field errors")
            << kDevices << FakeAnswer{ 400, fieldErrors, {}, false }
            << QStringList{ QStringLiteral("devices[1].rack: Rack is full."),
                   QStringLiteral("devices[1].name: Device name must be unique per site."),
                   QStringLiteral("none of the %1 devices was written").arg(n),
                   QStringLiteral("written to NetBox: nothing") }
            << 1;
        QTest::newRow("500 on the devices")
            << kDevices << FakeAnswer{ 500, "oops", {}, false }
            << QStringList{ QStringLiteral("NetBox answered HTTP 500; NetBox writes a list in one transaction: none of "
                                           "the %1 devices was written")
                                .arg(n),
                   QStringLiteral("written to NetBox: nothing") }
            << 1;
        QTest::newRow("500 in the middle, on the feeds")
            << kFeeds << FakeAnswer{ 500, "oops", {}, false }
            << QStringList{ QStringLiteral("written to NetBox: created %1 devices (ids %2-%3):")
                                .arg(n)
                                .arg(kFirstDeviceId)
                                .arg(kFirstDeviceId + m_devices.size() - 1),
                   QStringLiteral("none of the 2 power feeds was written") }
            << 2;
        QTest::newRow("401 on the write") << kDevices << FakeAnswer{ 401, "{\"detail\":\"Invalid token\"}", {}, false }
                                          << QStringList{ QStringLiteral("NetBox refused the token (HTTP 401)") } << 1;
        QTest::newRow("no answer")
            << kDevices << FakeAnswer{ 200, {}, {}, true }
            << QStringList{ QStringLiteral("POST of %1 devices: no answer within 0.5 s; whether NetBox wrote them is "
                                           "unknown")
                                .arg(n),
                   QStringLiteral("written to NetBox: nothing, perhaps also the write that got no answer") }
            << 1;
        QTest::newRow("429 waited too long for")
            << kDevices << FakeAnswer{ 429, {}, "Retry-After: 3600\r\n", false }
            << QStringList{ QStringLiteral("POST of %1 devices: NetBox answered 429 (too many requests) 1 time(s); "
                                           "Retry-After \"3600\"")
                                .arg(n),
                   QStringLiteral("NetBox wrote none of them"), QStringLiteral("written to NetBox: nothing:") }
            << 1;
    }
    void writeFailures()
    {
        QFETCH(QString, path);
        QFETCH(FakeAnswer, answer);
        QFETCH(QStringList, expected);
        QFETCH(int, writes);
        FakeNetBox fake;
        fake.script(path, answer);
        const ScriptedNetBox netbox(fake, m_devices);
        const auto r = run(pushArgs(fake) + QStringList{ QStringLiteral("--timeout"), QStringLiteral("0.5") });
        QCOMPARE(r.exitCode, 1);
        for (const QString &fragment : expected)
            QVERIFY2(r.err.contains(fragment), qPrintable(fragment + QStringLiteral("\nnot in:\n") + r.err));
        QCOMPARE(fake.writes().size(), writes);
        QCOMPARE(bodyOf(fake.writes().first()), netbox.expectedDevices);
    }

    // A 429 on the write is waited out for its Retry-After (1 s) and the same body sent again.
    void tooManyRequests()
    {
        FakeNetBox fake;
        fake.script(kDevices, { 429, {}, "Retry-After: 1\r\n", false });
        const ScriptedNetBox netbox(fake, m_devices);
        QElapsedTimer clock;
        clock.start();
        const auto r = run(pushArgs(fake));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(clock.elapsed() >= 1000);
        const auto writes = fake.writes();
        QCOMPARE(writes.size(), 3);
        QCOMPARE(bodyOf(writes[0]), netbox.expectedDevices);
        QCOMPARE(bodyOf(writes[1]), netbox.expectedDevices);
        QCOMPARE(writes[2].first, QStringLiteral("PATCH ") + kFeeds);
    }

    // The server options belong to --push; --push needs a URL and a token file.
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--url alone") << QStringList{ QStringLiteral("--url"), QStringLiteral("https://nb") }
                                     << "--url needs --push";
        QTest::newRow("--dry-run alone") << QStringList{ QStringLiteral("--dry-run") } << "--dry-run needs --push";
        QTest::newRow("no URL") << QStringList{ QStringLiteral("--push") } << "--push needs --url URL";
        QTest::newRow("no token") << QStringList{ QStringLiteral("--push"), QStringLiteral("--url"),
            QStringLiteral("https://nb") }
                                  << "--url needs --token-file";
    }
    void usageErrors()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, expected);
        const auto r = run(QStringList{ QStringLiteral("export-netbox"), m_project } + extra);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestNetBoxPush)
#include "tst_netboxpush.moc"
