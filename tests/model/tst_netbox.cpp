// SPDX-License-Identifier: GPL-3.0-or-later
// NetBox import from fixtures written in the REST API's documented shape (tests/data/netbox).
// Expected figures are worked out by hand in the comments.
#include "catalog.h"
#include "export/netboxexport.h"
#include "import/netbox.h"
#include "projectfile.h"
#include "solver/solver.h"
#include "testsupport.h"
#include "validation.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace warmshell;

namespace {
NetBoxInput fixture(const char *name)
{
    QFile f(QStringLiteral(WARMSHELL_TEST_DATA "/netbox/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return { QLatin1String(name), f.readAll() };
}

NetBoxImportOptions options(QStringList sites = {})
{
    NetBoxImportOptions o;
    o.planStart = QDate(2026, 1, 1);
    o.sites = std::move(sites);
    return o;
}

NetBoxImportResult importFixtures(QStringList sites = {})
{
    return importNetBox(
        fixture("racks.json"), fixture("power-panels.json"), fixture("power-feeds.json"), options(sites));
}

bool reported(const NetBoxImportResult &r, const QString &path, const QString &fragment)
{
    return test::hasProblem(r.report, path, fragment);
}

// A generated NetBox answer set: racks[i] given as JSON, one panel per site, one primary
// 230 V 16 A feed per rack from its site's panel.
struct Answers
{
    QJsonArray racks, panels, feeds;
    // `extra`: more rack fields (NetBox 4.7 cooling); `bigFeed`: a three-phase 400 V 63 A feed
    // instead of the single-phase 230 V 16 A one.
    void addRack(qint64 id, const QString &name, const QJsonObject &site, const QJsonValue &location = {},
        const QJsonObject &extra = {}, bool bigFeed = false)
    {
        QJsonObject rack{ { QStringLiteral("id"), id }, { QStringLiteral("name"), name },
            { QStringLiteral("site"), site }, { QStringLiteral("u_height"), 42 },
            { QStringLiteral("max_weight"), 1000 }, { QStringLiteral("weight_unit"), QStringLiteral("kg") } };
        if (!location.isUndefined())
            rack.insert(QStringLiteral("location"), location);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            rack.insert(it.key(), it.value());
        racks.append(rack);
        const qint64 siteId = site.value(QStringLiteral("id")).toInteger();
        if (!panelOf.contains(siteId)) {
            panelOf.insert(siteId, 100000 + siteId);
            panels.append(QJsonObject{ { QStringLiteral("id"), 100000 + siteId },
                { QStringLiteral("name"), QStringLiteral("Panel %1").arg(siteId) }, { QStringLiteral("site"), site } });
        }
        feeds.append(QJsonObject{ { QStringLiteral("id"), id },
            { QStringLiteral("name"), QStringLiteral("F%1").arg(id) },
            { QStringLiteral("power_panel"), panelOf.value(siteId) }, { QStringLiteral("rack"), id },
            { QStringLiteral("type"), QStringLiteral("primary") }, { QStringLiteral("supply"), QStringLiteral("ac") },
            { QStringLiteral("phase"), QString::fromLatin1(bigFeed ? "three-phase" : "single-phase") },
            { QStringLiteral("voltage"), bigFeed ? 400 : 230 }, { QStringLiteral("amperage"), bigFeed ? 63 : 16 },
            { QStringLiteral("max_utilization"), 80 } });
    }
    // A NetBox 4.7 cooling source; `status` and `capacityKw` left out when empty / negative.
    void addSource(qint64 id, const QString &name, const char *type, double capacityKw, const QJsonObject &site,
        const char *status = "active")
    {
        QJsonObject o{ { QStringLiteral("id"), id }, { QStringLiteral("name"), name }, { QStringLiteral("site"), site },
            { QStringLiteral("type"), QJsonObject{ { QStringLiteral("value"), QLatin1String(type) } } },
            { QStringLiteral("status"), QJsonObject{ { QStringLiteral("value"), QLatin1String(status) } } } };
        if (capacityKw >= 0)
            o.insert(QStringLiteral("cooling_capacity"), capacityKw);
        coolingSources.append(o);
    }
    // A NetBox 4.7 cooling feed; `capacityKw` left out when negative.
    void addCoolingFeed(qint64 id, qint64 source, qint64 rack, double capacityKw, const char *status = "active")
    {
        QJsonObject o{ { QStringLiteral("id"), id }, { QStringLiteral("name"), QStringLiteral("CF%1").arg(id) },
            { QStringLiteral("cooling_source"), QJsonObject{ { QStringLiteral("id"), source } } },
            { QStringLiteral("rack"), QJsonObject{ { QStringLiteral("id"), rack } } },
            { QStringLiteral("status"), QLatin1String(status) } };
        if (capacityKw >= 0)
            o.insert(QStringLiteral("cooling_capacity"), QString::number(capacityKw, 'f', 2)); // a decimal string
        coolingFeeds.append(o);
    }
    NetBoxImportResult import() const
    {
        const auto bytes = [](const QJsonArray &a) { return QJsonDocument(a).toJson(QJsonDocument::Compact); };
        NetBoxCoolingInputs cooling;
        if (!coolingSources.isEmpty() || !coolingFeeds.isEmpty())
            cooling
                = { { QStringLiteral("cs"), bytes(coolingSources) }, { QStringLiteral("cf"), bytes(coolingFeeds) } };
        return importNetBox({ QStringLiteral("r"), bytes(racks) }, { QStringLiteral("p"), bytes(panels) },
            { QStringLiteral("f"), bytes(feeds) }, options(), cooling);
    }
    QJsonArray coolingSources, coolingFeeds;
    QHash<qint64, qint64> panelOf; // site id -> its panel's id
};

QJsonObject site(qint64 id, const QString &slug, const QString &name)
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("slug"), slug }, { QStringLiteral("name"), name } };
}

// `project` with a lot of `count` systems of catalog model `model`, delivered before the plan
// start, solved for energized GPUs; an invalid project gives a plan of status Failed.
CapacityPlan solveWithLot(Project project, const char *model, int count)
{
    FleetLot lot;
    lot.id = LotId(QStringLiteral("lot-") + QLatin1String(model));
    lot.name = QLatin1String(model);
    lot.model = SystemModelId(QLatin1String(model));
    lot.count = count;
    lot.unitCost = Money(270000);
    lot.delivered = QDate(2025, 6, 1);
    project.fleet.push_back(lot);
    if (!validateProject(project, Catalog::builtIn()).empty())
        return {};
    SolveOptions o;
    o.objectives = { Objective::Gpus };
    return solve(project, Catalog::builtIn(), o);
}

// The file WarmShell writes for the import opens again, equal.
void checkReloads(const NetBoxImportResult &r)
{
    QVERIFY2(r.ok(), qPrintable(test::describe(r.errors)));
    const LoadResult reloaded = parseProject(serializeProject(*r.project));
    QVERIFY2(reloaded.ok(), qPrintable(test::describe(reloaded.errors)));
    QVERIFY(*reloaded.project == *r.project);
}
} // namespace

class TestNetBox : public QObject
{
    Q_OBJECT

private slots:
    void feedKw_data()
    {
        QTest::addColumn<double>("volts");
        QTest::addColumn<double>("amps");
        QTest::addColumn<bool>("threePhase");
        QTest::addColumn<bool>("dc");
        QTest::addColumn<double>("pf");
        QTest::addColumn<double>("kw");
        // 415 × 32 = 13 280 VA; × √3 (1.7320508) = 23 001.63 VA; × 0.95 = 21 851.55 W
        QTest::newRow("3-phase 415 V 32 A") << 415.0 << 32.0 << true << false << 0.95 << 21.85155;
        // 230 × 16 = 3 680 VA; × 0.95 = 3 496 W
        QTest::newRow("1-phase 230 V 16 A") << 230.0 << 16.0 << false << false << 0.95 << 3.496;
        // 400 × 63 = 25 200 VA; × √3 = 43 647.68 VA at power factor 1
        QTest::newRow("3-phase 400 V 63 A, pf 1") << 400.0 << 63.0 << true << false << 1.0 << 43.64768;
        // DC: |−48| × 100 = 4 800 W, no power factor, no √3
        QTest::newRow("DC −48 V 100 A") << -48.0 << 100.0 << false << true << 0.95 << 4.8;
    }
    void feedKw()
    {
        QFETCH(double, volts);
        QFETCH(double, amps);
        QFETCH(bool, threePhase);
        QFETCH(bool, dc);
        QFETCH(double, pf);
        QFETCH(double, kw);
        QVERIFY2(std::abs(netBoxFeedKw(volts, amps, threePhase, dc, pf) - kw) < 5e-5,
            qPrintable(QString::number(netBoxFeedKw(volts, amps, threePhase, dc, pf), 'f', 6)));
    }

    void racks_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("hall");
        QTest::addColumn<int>("heightU");
        QTest::addColumn<double>("weightKg");
        QTest::addColumn<double>("limitKw");
        QTest::addColumn<QString>("feedA");
        QTest::addColumn<QString>("feedB");
        // A and B: 3-phase 415 V 32 A, max_utilization 80: 21.85155 kW × 0.8 = 17.48124 kW
        QTest::newRow("R01 2N") << "nb-rack-101"
                                << "R01"
                                << "hall-dc-east-10" << 42 << 1500.0 << 17.48124 << "nb-feed-201"
                                << "nb-feed-202";
        // 230 V 32 A: 7.36 kVA × 0.95 × 0.8 = 5.5936 kW; 3000 lb × 0.45359237 = 1360.777 kg; its B feed's
        // panel 99 is not in the panels file, so it is single-fed
        QTest::newRow("R02 lb") << "nb-rack-102"
                                << "R02"
                                << "hall-dc-east-10" << 48 << 1360.77711 << 5.5936 << "nb-feed-203"
                                << "";
        // DC −48 V 100 A, max_utilization 50: 4.8 kW × 0.5 = 2.4 kW; no location: the site's own hall;
        // max_weight missing: 1360 kg
        QTest::newRow("R04 DC") << "nb-rack-104"
                                << "R04"
                                << "hall-dc-east" << 42 << 1360.0 << 2.4 << "nb-feed-204"
                                << "";
        // 3-phase 400 V 63 A: 43.64768 kVA × 0.95 × 0.8 = 33.17224 kW
        QTest::newRow("R05 west") << "nb-rack-105"
                                  << "R05"
                                  << "hall-dc-west-20" << 42 << 1200.0 << 33.17224 << "nb-feed-206"
                                  << "";
        // 230 V 16 A, max_utilization null → 0.8: 3.496 × 0.8 = 2.7968 kW; weight unit "stone" → 1360 kg
        QTest::newRow("R06 stone") << "nb-rack-106"
                                   << "R06"
                                   << "hall-dc-east-10" << 42 << 1360.0 << 2.7968 << "nb-feed-207"
                                   << "";
    }
    void racks()
    {
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(QString, hall);
        QFETCH(int, heightU);
        QFETCH(double, weightKg);
        QFETCH(double, limitKw);
        QFETCH(QString, feedA);
        QFETCH(QString, feedB);
        const NetBoxImportResult r = importFixtures();
        QVERIFY2(r.ok(), qPrintable(test::describe(r.errors)));
        const Site &site = r.project->site;
        const Rack *rack = site.rack(RackId(id));
        QVERIFY(rack);
        QCOMPARE(rack->name, name);
        QVERIFY(site.hallOf(*rack));
        QCOMPARE(site.hallOf(*rack)->id.toString(), hall);
        QCOMPARE(rack->height.value(), heightU);
        QVERIFY2(std::abs(rack->weightLimit.value() - weightKg) < 1e-4,
            qPrintable(QString::number(rack->weightLimit.value())));
        QVERIFY2(
            std::abs(rack->powerLimit.value() - limitKw) < 5e-5, qPrintable(QString::number(rack->powerLimit.value())));
        QCOMPARE(rack->feedA.toString(), feedA);
        QCOMPARE(rack->feedB.toString(), feedB);
        // The feed node's usable capacity is the rack's limit (single side of 2N alike).
        QVERIFY(std::abs(site.power.node(rack->feedA)->usableCapacity().value() - limitKw) < 5e-5);
    }

    void wholeSite()
    {
        const NetBoxImportResult r = importFixtures();
        QVERIFY2(r.ok(), qPrintable(test::describe(r.errors)));
        const Site &site = r.project->site;
        QCOMPARE(site.racks.size(), size_t(5)); // R03 has no feed
        QCOMPARE(site.halls.size(), size_t(3)); // DC East / Hall 1, DC East, DC West / Room W
        // 2 synthetic utilities + 4 panels + 7 feeds (205 has no panel, 209 a missing panel)
        QCOMPARE(site.power.size(), 13);
        QCOMPARE(site.name, QStringLiteral("DC East, DC West"));
        const PowerNode *feed = site.power.node(PowerNodeId(QStringLiteral("nb-feed-201")));
        QVERIFY(feed && feed->rating.isKva());
        QVERIFY(std::abs(feed->rating.nameplateValue() - 23.00163) < 5e-5); // kVA
        QCOMPARE(feed->rating.powerFactor(), 0.95);
        QCOMPARE(feed->derating, 0.8);
        QCOMPARE(site.power.inputsOf(feed->id), std::vector<PowerNodeId>{ PowerNodeId(QStringLiteral("nb-panel-1")) });
        QCOMPARE(site.power.inputsOf(PowerNodeId(QStringLiteral("nb-panel-1"))),
            std::vector<PowerNodeId>{ PowerNodeId(QStringLiteral("nb-utility-dc-east")) });
        QVERIFY(validateProject(*r.project, Catalog::builtIn()).empty());
    }

    void reportListsUnmapped_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("feed without panel") << "power-feeds.json: $.results[4].power_panel"
                                            << "PF-orphan\" has no power panel";
        QTest::newRow("panel not in file") << "power-feeds.json: $.results[8].power_panel"
                                           << "names power panel 99";
        QTest::newRow("rack without feeds") << "racks.json: $.results[2]"
                                            << "rack \"R03\" has no power feed";
        QTest::newRow("unknown rack field") << "racks.json: $.results[1].x_floor_tile"
                                            << "not a NetBox rack field";
        QTest::newRow("unknown feed field") << "power-feeds.json: $.results[2].x_vendor_circuit_id"
                                            << "not a NetBox power feed field";
        QTest::newRow("unknown weight unit") << "racks.json: $.results[5].weight_unit"
                                             << "unknown weight unit \"stone\"";
        QTest::newRow("missing max_weight") << "racks.json: $.results[3].max_weight"
                                            << "(R04); 1360 kg assumed";
        QTest::newRow("missing max_utilization") << "power-feeds.json: $.results[6].max_utilization"
                                                 << "derating 0.8 assumed";
        QTest::newRow("feed on no rack") << "power-feeds.json: $.results[7].rack"
                                         << "feeds nothing";
        QTest::newRow("planned feed") << "power-feeds.json: $.results[7].status"
                                      << "is planned in NetBox";
        QTest::newRow("panel without feeds") << "power-panels.json: $[3]"
                                             << "\"PP-spare\" has no imported feed";
        QTest::newRow("synthetic utility") << "power chain"
                                           << "synthetic 2N utility";
        QTest::newRow("synthetic cooling") << "cooling"
                                           << "synthetic air unit";
    }
    void reportListsUnmapped()
    {
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        const NetBoxImportResult r = importFixtures();
        QVERIFY(r.ok());
        QVERIFY2(reported(r, path, fragment), qPrintable(test::describe(r.report)));
    }

    void sitesFilter()
    {
        const NetBoxImportResult r = importFixtures({ QStringLiteral("dc-west") });
        QVERIFY2(r.ok(), qPrintable(test::describe(r.errors)));
        QCOMPARE(r.project->site.racks.size(), size_t(1));
        QCOMPARE(r.project->site.racks.front().name, QStringLiteral("R05"));
        QCOMPARE(r.project->site.power.size(), 3); // utility, PP-W, PF-R05-A
        QVERIFY(reported(r, QStringLiteral("--sites"), QStringLiteral("left out as asked")));
        // The feeds of dc-east are left out, not reported as missing panels.
        QVERIFY(!reported(r, QStringLiteral("power-feeds.json: $.results[0].power_panel"), QString()));
    }

    void laterPagesMissing()
    {
        const NetBoxImportResult r = importNetBox(
            fixture("racks-page1.json"), fixture("power-panels.json"), fixture("power-feeds.json"), options());
        QVERIFY(r.ok());
        QCOMPARE(r.project->site.racks.size(), size_t(1));
        QVERIFY2(reported(r, QStringLiteral("racks-page1.json: $.next"),
                     QStringLiteral("one page of 6 objects (1 in this file)")),
            qPrintable(test::describe(r.report)));
        // Feeds of racks on the missing pages are reported, not dropped.
        QVERIFY(reported(r, QStringLiteral("power-feeds.json: $.results[2].rack"), QStringLiteral("names rack 102")));
    }

    void refusesUnreadable_data()
    {
        QTest::addColumn<QByteArray>("racks");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("not JSON") << QByteArray("{\"results\": [") << "racks: $"
                                  << "is not JSON";
        QTest::newRow("wrong container") << QByteArray("{\"count\": 1, \"items\": []}") << "racks: $"
                                         << "expected a NetBox list";
        QTest::newRow("no rack imported") << QByteArray("[]") << "racks"
                                          << "no rack could be imported";
    }
    void refusesUnreadable()
    {
        QFETCH(QByteArray, racks);
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        const NetBoxImportResult r = importNetBox(
            { QStringLiteral("racks"), racks }, fixture("power-panels.json"), fixture("power-feeds.json"), options());
        QVERIFY(!r.ok());
        QVERIFY2(test::hasProblem(r.errors, path, fragment), qPrintable(test::describe(r.errors)));
    }

    // Objects that are not objects, ids that are not numbers and absurd values are reported
    // one by one; the rest still imports.
    void hostileObjects()
    {
        const QByteArray racks = R"([42,
            {"id": "x", "name": "bad id"},
            {"id": 7, "name": "no site"},
            {"id": 8, "name": "R8", "site": {"id": 1, "slug": "s", "name": "S"}, "u_height": 1e300,
             "max_weight": -5, "weight_unit": {"value": "kg"}},
            {"id": 8, "name": "R8 again", "site": {"id": 1, "slug": "s", "name": "S"}}])";
        const QByteArray panels = R"([{"id": 1, "name": "P", "site": 1}])";
        const QByteArray feeds = R"({"results": [
            {"id": 1, "name": "F", "power_panel": 1, "rack": 8, "type": "primary", "supply": "ac",
             "phase": "three-phase", "voltage": "400", "amperage": 1e12, "max_utilization": 80},
            {"id": 2, "name": "G", "power_panel": {"id": 1}, "rack": {"id": 8}, "type": {"value": "sideways"},
             "supply": {"value": "ac"}, "phase": {"value": "single-phase"}, "voltage": 230, "amperage": 10,
             "max_utilization": 250}]})";
        const NetBoxImportResult r = importNetBox(
            { QStringLiteral("r"), racks }, { QStringLiteral("p"), panels }, { QStringLiteral("f"), feeds }, options());
        QVERIFY2(r.ok(), qPrintable(test::describe(r.errors)));
        QVERIFY(reported(r, QStringLiteral("r: $[0]"), QStringLiteral("is not an object")));
        QVERIFY(reported(r, QStringLiteral("r: $[1].id"), QStringLiteral("not a whole number")));
        QVERIFY(reported(r, QStringLiteral("r: $[2].site"), QStringLiteral("names no site")));
        QVERIFY(reported(r, QStringLiteral("r: $[3].u_height"), QStringLiteral("42 U assumed")));
        QVERIFY(reported(r, QStringLiteral("r: $[3].max_weight"), QStringLiteral("outside 0 to 10000 kg")));
        QVERIFY(reported(r, QStringLiteral("r: $[4].id"), QStringLiteral("appears twice")));
        QVERIFY(reported(r, QStringLiteral("f: $.results[0]"), QStringLiteral("out of range; not imported")));
        QVERIFY(reported(r, QStringLiteral("f: $.results[1].type"), QStringLiteral("primary (A side) assumed")));
        QVERIFY(reported(r, QStringLiteral("f: $.results[1].max_utilization"), QStringLiteral("derating 0.8")));
        // The one rack left, on feed G: 230 V × 10 A = 2.3 kVA × 0.95 × 0.8 = 1.748 kW.
        QCOMPARE(r.project->site.racks.size(), size_t(1));
        const Rack &rack = r.project->site.racks.front();
        QCOMPARE(rack.height.value(), 42);
        QCOMPARE(rack.weightLimit.value(), 1360.0);
        QVERIFY(std::abs(rack.powerLimit.value() - 1.748) < 1e-9);
    }

    // 600 sites: the project's name lists the first names in slug order within the 4,096
    // characters of a name, then "… and N more" with N the names left out (it was all 600
    // joined, 7,798 characters, and the file did not load).
    void manySiteNamesFitOneName()
    {
        Answers a;
        QStringList names;
        for (int i = 0; i < 600; ++i) {
            names << QStringLiteral("Site number %1").arg(i, 3, 10, QLatin1Char('0'));
            a.addRack(i + 1, QStringLiteral("R%1").arg(i),
                site(i + 1, QStringLiteral("s%1").arg(i, 3, 10, QLatin1Char('0')), names.back()));
        }
        const NetBoxImportResult r = a.import();
        checkReloads(r);
        const QString name = r.project->site.name;
        QVERIFY2(name.size() <= limits::maxStringLength, qPrintable(QString::number(name.size())));
        const qsizetype tail = name.lastIndexOf(QStringLiteral(" … and "));
        QVERIFY(tail > 0);
        const QStringList shown = name.left(tail).split(QStringLiteral(", "));
        QCOMPARE(shown, names.mid(0, shown.size()));
        QCOMPARE(name.mid(tail), QStringLiteral(" … and %1 more").arg(600 - shown.size()));
        // As many as fit: one more name would not.
        const qsizetype leftAfterOneMore = 600 - shown.size() - 1;
        QVERIFY(tail + 2 + names[shown.size()].size() + QStringLiteral(" … and %1 more").arg(leftAfterOneMore).size()
            > limits::maxStringLength);
    }

    // Names of 5,000 characters (rack, site, location) are shortened to kMaxNameChars (1,000)
    // with the NetBox id, so two that share their start stay apart, and reported; the project
    // loads again. It was refused by the loader (strings are at most 4,096 characters).
    void longNamesAreShortened()
    {
        Answers a;
        const QString longName(5000, QLatin1Char('N'));
        const QJsonObject location{ { QStringLiteral("id"), 9 }, { QStringLiteral("name"), longName } };
        a.addRack(1, longName + QStringLiteral("1"), site(1, QStringLiteral("s"), longName), location);
        a.addRack(2, longName + QStringLiteral("2"), site(1, QStringLiteral("s"), longName), location);
        const NetBoxImportResult r = a.import();
        checkReloads(r);
        const Site &s = r.project->site;
        QCOMPARE(s.racks.size(), size_t(2));
        const QString head = longName.left(1000 - 4); // 4: "… #1"
        QCOMPARE(s.racks[0].name, head + QStringLiteral("… #1"));
        QCOMPARE(s.racks[1].name, head + QStringLiteral("… #2"));
        QCOMPARE(s.halls.front().name, head + QStringLiteral("… #1 / ") + head + QStringLiteral("… #9"));
        QVERIFY(reported(r, QStringLiteral("r: $[0].name"), QStringLiteral("is 5001 characters; shortened to 1000")));
    }

    // Sites 1 and 3 have the slug "dc-1", site 2 "DC_1" (the same once made safe for ids): three
    // sites, three halls, three utilities, never merged, the later ones renamed "-2", "-3" and
    // reported. Before, site 3 merged into site 1's hall and site 2's ids collided (refused).
    void slugCollisionsKeepSitesApart()
    {
        Answers a;
        a.addRack(10, QStringLiteral("A"), site(1, QStringLiteral("dc-1"), QStringLiteral("One")));
        a.addRack(20, QStringLiteral("B"), site(2, QStringLiteral("DC_1"), QStringLiteral("Two")));
        a.addRack(30, QStringLiteral("C"), site(3, QStringLiteral("dc-1"), QStringLiteral("Three")));
        const NetBoxImportResult r = a.import();
        checkReloads(r);
        const Site &s = r.project->site;
        QCOMPARE(s.halls.size(), size_t(3));
        QMap<QString, QString> hallOfRack; // rack name -> hall name
        for (const Rack &rack : s.racks)
            for (const Row &row : s.rows)
                if (row.id == rack.row)
                    for (const Hall &hall : s.halls)
                        if (hall.id == row.hall)
                            hallOfRack.insert(rack.name, hall.name);
        QCOMPARE(hallOfRack.value(QStringLiteral("A")), QStringLiteral("One"));
        QCOMPARE(hallOfRack.value(QStringLiteral("B")), QStringLiteral("Two"));
        QCOMPARE(hallOfRack.value(QStringLiteral("C")), QStringLiteral("Three"));
        for (const char *id : { "nb-utility-dc-1", "nb-utility-dc-1-2", "nb-utility-dc-1-3" })
            QVERIFY2(s.power.node(PowerNodeId(QLatin1String(id))), id);
        QVERIFY(reported(r, QStringLiteral("site 2"), QStringLiteral("its ids use \"dc-1-2\" instead")));
        QVERIFY(reported(r, QStringLiteral("site 3"), QStringLiteral("its ids use \"dc-1-3\" instead")));
    }

    void largeLocation_data()
    {
        QTest::addColumn<int>("racks");
        QTest::addColumn<int>("perRow");
        // 833 rows of 2.4 m fit 2,000 m (1.5 + 832 × 2.4 + 1.5 = 1,999.8 m): 8,330 racks in rows
        // of 10; from 8,331 the rows get longer: ⌈8,331 / 833⌉ = 11 to a row.
        QTest::newRow("8,330 racks") << 8330 << 10;
        QTest::newRow("8,331 racks") << 8331 << 11;
        QTest::newRow("10,000 racks") << 10000 << 13;
    }
    // A location of more than 8,330 racks made a hall deeper than the 2,000 m a hall may be
    // (the import was refused); it now gets longer rows, and every rack stands inside its hall at
    // its own place.
    void largeLocation()
    {
        QFETCH(int, racks);
        QFETCH(int, perRow);
        Answers a;
        const QJsonObject location{ { QStringLiteral("id"), 5 }, { QStringLiteral("name"), QStringLiteral("Big") } };
        for (int i = 0; i < racks; ++i)
            a.addRack(i + 1, QStringLiteral("R%1").arg(i, 5, 10, QLatin1Char('0')),
                site(1, QStringLiteral("s"), QStringLiteral("S")), location);
        const NetBoxImportResult r = a.import();
        checkReloads(r);
        const Site &s = r.project->site;
        QCOMPARE(s.halls.size(), size_t(1));
        const int rows = (racks + perRow - 1) / perRow;
        QCOMPARE(s.rows.size(), size_t(rows));
        const Hall &hall = s.halls.front();
        QVERIFY(std::abs(hall.size.y.value() - (3 + 2.4 * (rows - 1))) < 1e-6);
        QVERIFY(std::abs(hall.size.x.value() - (3 + 0.6 * (perRow - 1))) < 1e-6);
        QVERIFY(hall.size.y.value() <= 2000);
        QSet<QPair<double, double>> places;
        for (const Rack &rack : s.racks) {
            QVERIFY(rack.position.x.value() > 0 && rack.position.x.value() < hall.size.x.value());
            QVERIFY(rack.position.y.value() > 0 && rack.position.y.value() < hall.size.y.value());
            places.insert({ rack.position.x.value(), rack.position.y.value() });
        }
        QCOMPARE(places.size(), qsizetype(racks));
        QCOMPARE(reported(r, QStringLiteral("r: $[0]"), QStringLiteral("%1 to a row").arg(perRow)), perRow > 10);
    }

    // NetBox 4.7 cooling mapped unit by unit. Racks: 1 liquid-only, 2 hybrid, 3 air-only with a
    // 2 kW cooling capacity, 4 with no capability; each on a 230 V 16 A feed: 230 × 16 × 0.95 ×
    // 0.8 / 1000 = 2.7968 kW. Sources: 50 chiller 500 kW, 51 CRAH 100 kW, 52 chiller planned
    // (left out), 53 dry cooler without capacity (left out). Feeds: 60 chiller → rack 1 at 80 kW
    // (a CDU of 80 kW), 61 chiller → rack 2 without capacity (a CDU sized ceil(2.7968) = 3 kW),
    // 62 CRAH → rack 4 at 1.5 kW (rack 4 limited to 1.5 kW), 63 CRAH → rack 99 (not in NetBox),
    // 64 → the planned chiller (silently out with it), 65 failed (left out). The synthetic air
    // unit keeps racks 1–3 (rack 4 has the CRAH): ceil(2.7968 + 2.7968 + 2.0) = 8 kW.
    void cooling47MapsUnits()
    {
        Answers a;
        const QJsonObject s1 = site(1, QStringLiteral("dc"), QStringLiteral("DC"));
        const auto capability = [](const char *c) {
            return QJsonObject{ { QStringLiteral("cooling_capability"),
                QJsonObject{ { QStringLiteral("value"), QLatin1String(c) } } } };
        };
        a.addRack(1, QStringLiteral("L1"), s1, {}, capability("liquid-only"));
        a.addRack(2, QStringLiteral("L2"), s1, {}, capability("hybrid"));
        QJsonObject air = capability("air-only");
        air.insert(QStringLiteral("cooling_capacity"), QStringLiteral("2.00"));
        a.addRack(3, QStringLiteral("A1"), s1, {}, air);
        a.addRack(4, QStringLiteral("A2"), s1);
        a.addSource(50, QStringLiteral("CH-1"), "chiller", 500, s1);
        a.addSource(51, QStringLiteral("CRAH-1"), "crah", 100, s1);
        a.addSource(52, QStringLiteral("CH-2"), "chiller", 400, s1, "planned");
        a.addSource(53, QStringLiteral("DC-1"), "dry-cooler", -1, s1);
        a.addCoolingFeed(60, 50, 1, 80);
        a.addCoolingFeed(61, 50, 2, -1);
        a.addCoolingFeed(62, 51, 4, 1.5);
        a.addCoolingFeed(63, 51, 99, 10);
        a.addCoolingFeed(64, 52, 3, 10);
        a.addCoolingFeed(65, 50, 3, 10, "failed");
        const NetBoxImportResult r = a.import();
        checkReloads(r);
        QVERIFY(validateProject(*r.project, Catalog::builtIn()).empty());
        const Site &s = r.project->site;
        const auto rack = [&](const char *id) { return s.rack(RackId(QLatin1String(id))); };
        QCOMPARE(rack("nb-rack-1")->cooling, CoolingType::Liquid);
        QCOMPARE(rack("nb-rack-2")->cooling, CoolingType::Liquid);
        QCOMPARE(rack("nb-rack-3")->cooling, CoolingType::Air);
        QCOMPARE(rack("nb-rack-4")->cooling, CoolingType::Air);
        QCOMPARE(rack("nb-rack-3")->powerLimit.value(), 2.0);
        QCOMPARE(rack("nb-rack-4")->powerLimit.value(), 1.5);
        QVERIFY(std::abs(rack("nb-rack-1")->powerLimit.value() - 2.7968) < 1e-9);
        QCOMPARE(s.coolingUnits.size(), size_t(5));
        const auto unit = [&](const char *id) { return s.coolingUnit(CoolingUnitId(QLatin1String(id))); };
        const auto ids = [](std::initializer_list<const char *> list) {
            std::vector<RackId> v;
            for (const char *id : list)
                v.push_back(RackId(QLatin1String(id)));
            return v;
        };
        QVERIFY(unit("nb-cool-50") && unit("nb-cool-51") && unit("nb-coolfeed-60") && unit("nb-coolfeed-61"));
        QCOMPARE(unit("nb-cool-50")->kind, CoolingUnitKind::Chiller);
        QCOMPARE(unit("nb-cool-50")->capacity.value(), 500.0);
        QVERIFY(unit("nb-cool-50")->serves.empty());
        QCOMPARE(unit("nb-cool-51")->kind, CoolingUnitKind::Crah);
        QCOMPARE(unit("nb-cool-51")->serves, ids({ "nb-rack-4" }));
        QCOMPARE(unit("nb-coolfeed-60")->kind, CoolingUnitKind::Cdu);
        QCOMPARE(unit("nb-coolfeed-60")->capacity.value(), 80.0);
        QCOMPARE(unit("nb-coolfeed-60")->serves, ids({ "nb-rack-1" }));
        QCOMPARE(unit("nb-coolfeed-60")->rejectsTo, CoolingUnitId(QStringLiteral("nb-cool-50")));
        QCOMPARE(unit("nb-coolfeed-61")->capacity.value(), 3.0);
        const auto syntheticAt = std::find_if(s.coolingUnits.begin(), s.coolingUnits.end(),
            [](const CoolingUnit &u) { return u.id.toString().startsWith(QLatin1String("nb-air-")); });
        QVERIFY(syntheticAt != s.coolingUnits.end());
        const CoolingUnit &synthetic = *syntheticAt;
        QCOMPARE(synthetic.serves, ids({ "nb-rack-3", "nb-rack-1", "nb-rack-2" })); // rack name order: A1, L1, L2
        QCOMPARE(synthetic.capacity.value(), 8.0);
        QVERIFY(reported(r, QStringLiteral("cs: $[2].status"), QStringLiteral("\"CH-2\" is planned")));
        QVERIFY(reported(r, QStringLiteral("cs: $[3].cooling_capacity"), QStringLiteral("no cooling capacity")));
        QVERIFY(reported(r, QStringLiteral("cf: $[1].cooling_capacity"), QStringLiteral("sized to rack \"L2\"")));
        QVERIFY(reported(r, QStringLiteral("cf: $[2].cooling_capacity"), QStringLiteral("the rack limit is 1.5 kW")));
        QVERIFY(reported(r, QStringLiteral("cf: $[3].rack"), QStringLiteral("serves rack 99")));
        QVERIFY(reported(r, QStringLiteral("cf: $[5].status"), QStringLiteral("is failed")));
        QVERIFY(reported(r, QStringLiteral("r: $[2].cooling_capacity"), QStringLiteral("the rack limit is 2 kW")));
        QVERIFY(reported(r, QStringLiteral("cooling"), QStringLiteral("1 rack(s) are liquid-only")));
        QVERIFY(!test::hasProblem(r.report, QStringLiteral("cf: $[4]"), QString())); // its source has the line
        QVERIFY(!test::hasProblem(r.report, QStringLiteral("r: $[0].cooling_capability"), QString()));
    }

    // The imported cooling binds a solve. Racks on 400 V 63 A three-phase feeds: 400 × 63 × √3 ×
    // 0.95 × 0.8 / 1000 = 33.17 kW, so 2 MI355X platforms (15 kW, 8 GPUs, 80 % of the heat to
    // liquid: 12 kW) by power. Rack 1 (liquid-only) has a 20 kW CDU: 1 system (24 > 20). Rack 2
    // (hybrid) has no CDU: none. Rack 3 (hybrid) has a CDU without capacity (34 kW): 2. The chiller
    // takes both CDUs' heat: at 500 kW it does not bind, 3 systems = 24 GPUs; at 30 kW it takes
    // floor(30 / 12) = 2 systems = 16 GPUs.
    void cooling47BindsTheSolve_data()
    {
        QTest::addColumn<double>("chillerKw");
        QTest::addColumn<int>("gpus");
        QTest::newRow("chiller 500 kW") << 500.0 << 24;
        QTest::newRow("chiller 30 kW") << 30.0 << 16;
    }
    void cooling47BindsTheSolve()
    {
        QFETCH(double, chillerKw);
        QFETCH(int, gpus);
        Answers a;
        const QJsonObject s1 = site(1, QStringLiteral("dc"), QStringLiteral("DC"));
        const auto capability = [](const char *c) {
            return QJsonObject{ { QStringLiteral("cooling_capability"), QLatin1String(c) } };
        };
        a.addRack(1, QStringLiteral("L1"), s1, {}, capability("liquid-only"), true);
        a.addRack(2, QStringLiteral("L2"), s1, {}, capability("hybrid"), true);
        a.addRack(3, QStringLiteral("L3"), s1, {}, capability("hybrid"), true);
        a.addSource(50, QStringLiteral("CH-1"), "chiller", chillerKw, s1);
        a.addCoolingFeed(60, 50, 1, 20);
        a.addCoolingFeed(61, 50, 3, -1);
        const NetBoxImportResult r = a.import();
        QVERIFY2(r.ok(), qPrintable(test::describe(r.errors)));
        QVERIFY(reported(r, QStringLiteral("cooling"), QStringLiteral("1 liquid rack(s) have no CDU in NetBox (L2)")));
        QCOMPARE(r.project->site.rack(RackId(QStringLiteral("nb-rack-2")))->cooling, CoolingType::Air);
        const CapacityPlan plan = solveWithLot(*r.project, "mi355x-platform", 5);
        QCOMPARE(plan.status, PlanStatus::Optimal);
        QCOMPARE(plan.energizedGpus(), gpus);
    }

    // Without cooling answers a rack's 4.7 fields are read, and the report says the air units are
    // synthetic; a hybrid rack without a CDU is imported air-cooled (validation needs its CDU).
    void coolingAnswersAbsent()
    {
        Answers a;
        const QJsonObject s1 = site(1, QStringLiteral("dc"), QStringLiteral("DC"));
        a.addRack(1, QStringLiteral("L1"), s1, {},
            QJsonObject{ { QStringLiteral("cooling_capability"), QStringLiteral("hybrid") } });
        const NetBoxImportResult r = a.import();
        checkReloads(r);
        QCOMPARE(r.project->site.racks.front().cooling, CoolingType::Air); // no CDU: see the report
        QCOMPARE(r.project->site.coolingUnits.size(), size_t(1));
        QVERIFY(reported(r, QStringLiteral("cooling"), QStringLiteral("no NetBox cooling answers given")));
        QVERIFY(reported(r, QStringLiteral("cooling"), QStringLiteral("have no CDU in NetBox (L1)")));
    }

    // The plan written back for NetBox. As in solvesWithAFleet: 1 DGX H100 in R01 (DC East /
    // Hall 1) and 3 in R05 (DC West / Room W), but one of R05's is pinned (installed): 3 planned
    // devices, 1 left out. Feeds: R01's A and B sides (201, 202) carry 10.2 of 17.4812 kW =
    // 58 %; R05's feed 206 carries 3 × 10.2 = 30.6 of 33.17 kW = 92 %.
    void exportsThePlanForNetBox()
    {
        NetBoxImportResult r = importFixtures();
        QVERIFY(r.ok());
        Project project = *r.project;
        project.site.rack(RackId(QStringLiteral("nb-rack-105")))->pinned
            = { { SystemModelId(QStringLiteral("dgx-h100")), 1 } };
        const CapacityPlan plan = solveWithLot(project, "dgx-h100", 5);
        QCOMPARE(plan.status, PlanStatus::Optimal);
        QCOMPARE(plan.energizedGpus(), 32);
        project.fleet.clear(); // the export reads the site only
        const NetBoxExport e = netBoxExport(plan, project, Catalog::builtIn(), QStringLiteral("AI"));
        QCOMPARE(e.skippedPinned, 1);
        QCOMPARE(e.devices.size(), 3);
        const auto field
            = [&](int i, const char *key) { return e.devices[i].toObject().value(QLatin1String(key)).toString(); };
        QStringList where;
        for (int i = 0; i < 3; ++i) {
            where << field(i, "name") + QStringLiteral(" | ") + field(i, "site") + QStringLiteral(" | ")
                    + field(i, "location");
            QCOMPARE(field(i, "status"), QStringLiteral("planned"));
            QCOMPARE(field(i, "role"), QStringLiteral("AI"));
            QCOMPARE(field(i, "manufacturer"), QStringLiteral("NVIDIA"));
            QCOMPARE(field(i, "cooling_method"), QStringLiteral("air"));
        }
        where.sort();
        const SystemModel *h100 = Catalog::builtIn().find(SystemModelId(QStringLiteral("dgx-h100")));
        QCOMPARE(where,
            (QStringList{ h100->name + QStringLiteral(" R01 #1 | DC East | Hall 1"),
                h100->name + QStringLiteral(" R05 #1 | DC West | Room W"),
                h100->name + QStringLiteral(" R05 #2 | DC West | Room W") }));
        QHash<qint64, QString> feeds;
        for (const QJsonValue &v : e.feeds)
            feeds.insert(v.toObject().value(QStringLiteral("id")).toInteger(),
                v.toObject().value(QStringLiteral("description")).toString());
        QCOMPARE(feeds.size(), 7);
        QCOMPARE(feeds.value(201), QStringLiteral("WarmShell plan 2026-01-01: 10.2 of 17.5 kW usable (58 %)"));
        QCOMPARE(feeds.value(202), QStringLiteral("WarmShell plan 2026-01-01: 10.2 of 17.5 kW usable (58 %)"));
        QCOMPARE(feeds.value(206), QStringLiteral("WarmShell plan 2026-01-01: 30.6 of 33.2 kW usable (92 %)"));
    }

    // The imported site solves: 5 DGX H100 (10.2 kW each) fit 1 in R01 (17.48 kW) and 3 in R05
    // (33.17 kW); R02 (5.59), R04 (2.4) and R06 (2.80 kW) take none. 4 × 8 = 32 GPUs energized.
    void solvesWithAFleet()
    {
        NetBoxImportResult r = importFixtures();
        QVERIFY(r.ok());
        const CapacityPlan plan = solveWithLot(*r.project, "dgx-h100", 5);
        QCOMPARE(plan.status, PlanStatus::Optimal);
        QCOMPARE(plan.energizedGpus(), 32);
        QCOMPARE(plan.idleGpus(), 8);
    }
};

QTEST_GUILESS_MAIN(TestNetBox)
#include "tst_netbox.moc"
