// SPDX-License-Identifier: GPL-3.0-or-later
// CSV writer and reader (RFC 4180) and the plan tables, with a round trip of placements
// through CSV for a site whose names hold commas, quotes, line breaks and non-ASCII text.
#include "catalog.h"
#include "export/csv.h"
#include "export/planexport.h"
#include "projectfile.h"
#include "solver/solver.h"
#include "testsupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace warmshell;

Q_DECLARE_METATYPE(std::vector<QStringList>)

namespace {
// Records from UTF-8 literals (the model is built with QT_NO_CAST_FROM_ASCII).
std::vector<QStringList> recs(std::initializer_list<std::initializer_list<const char *>> rows)
{
    std::vector<QStringList> out;
    for (const auto &row : rows) {
        QStringList r;
        for (const char *f : row)
            r << QString::fromUtf8(f);
        out.push_back(r);
    }
    return out;
}
} // namespace

class TestExport : public QObject
{
    Q_OBJECT

    static Project lab()
    {
        const LoadResult r = loadProject(QStringLiteral(WARMSHELL_SOURCE_DIR "/resources/examples/lab.warmshell.json"));
        if (!r.ok())
            qFatal("lab example does not load");
        return *r.project;
    }

private slots:
    void field_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Rack A-01") << QStringLiteral("Rack A-01");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("LF") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("CR") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("leading space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
        QTest::newRow("non-ASCII unquoted") << QStringLiteral("Zürich — 北") << QStringLiteral("Zürich — 北");
    }
    void field()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(csvField(text), expected);
    }

    void numbersIgnoreTheLocale_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("expected");
        QTest::newRow("shortest") << 1234.5 << -1 << QStringLiteral("1234.5");
        QTest::newRow("3 decimals") << 1293.5 << 3 << QStringLiteral("1293.500");
        QTest::newRow("large, no exponent, no grouping") << 12345678.25 << -1 << QStringLiteral("12345678.25");
        QTest::newRow("negative") << -0.125 << 2 << QStringLiteral("-0.13");
    }
    void numbersIgnoreTheLocale()
    {
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(QString, expected);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); // ',' decimals, '.' groups
        const QString got = csvNumber(value, decimals);
        QLocale::setDefault(before);
        QCOMPARE(got, expected);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::vector<QStringList>>("records");
        QTest::newRow("CRLF") << QStringLiteral("a,b\r\n1,2\r\n") << recs({ { "a", "b" }, { "1", "2" } });
        QTest::newRow("LF, no final break") << QStringLiteral("a,b\n1,2") << recs({ { "a", "b" }, { "1", "2" } });
        QTest::newRow("empty fields") << QStringLiteral(",\r\n,x") << recs({ { "", "" }, { "", "x" } });
        QTest::newRow("quoted comma, quote, CRLF") << QStringLiteral("\"a,b\",\"he said \"\"no\"\"\",\"l1\r\nl2\"\r\n")
                                                   << recs({ { "a,b", "he said \"no\"", "l1\r\nl2" } });
        QTest::newRow("empty quoted") << QStringLiteral("\"\",x") << recs({ { "", "x" } });
        QTest::newRow("only a quote pair") << QStringLiteral("\"\"\"\"") << recs({ { "\"" } });
        QTest::newRow("non-ASCII") << QStringLiteral("Zürich,北京") << recs({ { "Zürich", "北京" } });
        QTest::newRow("empty text") << QString() << std::vector<QStringList>{};
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(std::vector<QStringList>, records);
        const CsvParseResult r = parseCsv(text);
        QVERIFY2(r.ok(), qPrintable(test::describe(r.errors)));
        QCOMPARE(r.records, records);
    }

    void parseRefuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unterminated") << QStringLiteral("a,b\r\n1,\"open\r\nstill open")
                                      << QStringLiteral("line 2, field 2") << QStringLiteral("never closed");
        QTest::newRow("text after quote") << QStringLiteral("\"a\"b,c") << QStringLiteral("line 1, field 1")
                                          << QStringLiteral("after the closing quote");
        QTest::newRow("bare quote inside") << QStringLiteral("x\r\nab\"c") << QStringLiteral("line 2, field 1")
                                           << QStringLiteral("double quote inside an unquoted field");
    }
    void parseRefuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, where);
        QFETCH(QString, reason);
        const CsvParseResult r = parseCsv(text);
        QVERIFY(r.records.empty());
        QVERIFY2(test::hasProblem(r.errors, where, reason), qPrintable(test::describe(r.errors)));
    }

    // Writer then reader gives back every field exactly, whatever it holds.
    void writeReadRoundTrip()
    {
        const std::vector<QStringList> records = recs({ { "name", "note" }, { "Hall \"Nord\", Zürich", "line1\nline2" },
            { " padded ", "a\r\nb,\"c\"" }, { "", "—北—" } });
        QString text;
        for (const QStringList &r : records)
            text += csvRecord(r);
        const CsvParseResult r = parseCsv(QString::fromUtf8(text.toUtf8()));
        QVERIFY(r.ok());
        QCOMPARE(r.records, records);
    }

    // The lab example with names that need quoting: the placements CSV read back equals the plan,
    // and every record carries the exact site and rack names.
    void placementsRoundTrip()
    {
        Project project = lab();
        const QString siteName = QStringLiteral("Hall \"Nord\", Zürich\nÉtage 2 — 北京");
        project.site.name = siteName;
        for (size_t i = 0; i < project.site.racks.size(); ++i)
            project.site.racks[i].name = QStringLiteral("Rack %1, \"Reihe\" Ä\r\n#%2").arg(i).arg(i);
        SolveOptions options;
        options.objectives = { Objective::Gpus };
        const CapacityPlan plan = solve(project, Catalog::builtIn(), options);
        QVERIFY(plan.status == PlanStatus::Optimal || plan.status == PlanStatus::Feasible);
        QVERIFY(!plan.placements.empty());

        const PlanTableResult table = planTable(PlanTableKind::Placements, plan, project, Catalog::builtIn());
        QVERIFY(table.table);
        const QByteArray bytes = tableToCsv(*table.table).toUtf8();
        const QString text = QString::fromUtf8(bytes);

        const PlacementsReadResult back = readPlacementsCsv(text);
        QVERIFY2(back.ok(), qPrintable(test::describe(back.errors)));
        QCOMPARE(back.placements.size(), plan.placements.size());
        int gpus = 0;
        for (size_t i = 0; i < plan.placements.size(); ++i) {
            const RackPlacement &want = plan.placements[i];
            const RackPlacement &got = back.placements[i];
            QCOMPARE(got.rack, want.rack);
            QCOMPARE(got.systems.size(), want.systems.size());
            double kw = 0;
            for (size_t k = 0; k < want.systems.size(); ++k) {
                QCOMPARE(got.systems[k].model, want.systems[k].model);
                QCOMPARE(got.systems[k].operatingPoint, want.systems[k].operatingPoint);
                QCOMPARE(got.systems[k].count, want.systems[k].count);
                QCOMPARE(got.systems[k].gpus, want.systems[k].gpus);
                QCOMPARE(got.systems[k].pinned, want.systems[k].pinned);
                QVERIFY(std::abs(got.systems[k].power.value() - want.systems[k].power.value()) <= 1e-6); // mW rounding
                kw += want.systems[k].power.value();
                gpus += got.systems[k].gpus;
            }
            QVERIFY(std::abs(got.load.value() - kw) <= 1e-5);
        }
        QCOMPARE(gpus, plan.energizedGpus()); // the table holds every energized GPU

        const CsvParseResult raw = parseCsv(text);
        QVERIFY(raw.ok());
        const qsizetype siteCol = raw.records.front().indexOf(QStringLiteral("site"));
        const qsizetype rackCol = raw.records.front().indexOf(QStringLiteral("rack"));
        const qsizetype idCol = raw.records.front().indexOf(QStringLiteral("rack_id"));
        QCOMPARE(siteCol, 0);
        for (size_t r = 1; r < raw.records.size(); ++r) {
            QCOMPARE(raw.records[r].size(), raw.records.front().size());
            QCOMPARE(raw.records[r][siteCol], siteName);
            QCOMPARE(raw.records[r][rackCol], project.site.rack(RackId(raw.records[r][idCol]))->name);
        }
    }

    void readerNamesBadFields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("reason");
        const QString header = QStringLiteral("rack_id,system_model_id,operating_point,count,gpus,power_kw,pinned\r\n");
        QTest::newRow("missing column") << QStringLiteral("rack_id,count\r\n") << QStringLiteral("line 1")
                                        << QStringLiteral("no column 'system_model_id'");
        QTest::newRow("comma decimal") << header + QStringLiteral("r1,m,full power,1,8,\"10,2\",no\r\n")
                                       << QStringLiteral("record 2, column power_kw")
                                       << QStringLiteral("'10,2' is not a number");
        QTest::newRow("zero count") << header + QStringLiteral("r1,m,full power,0,8,10.2,no\r\n")
                                    << QStringLiteral("record 2, column count") << QStringLiteral("at least 1");
        QTest::newRow("pinned") << header + QStringLiteral("r1,m,full power,1,8,10.2,maybe\r\n")
                                << QStringLiteral("record 2, column pinned") << QStringLiteral("must be yes or no");
        QTest::newRow("short record") << header + QStringLiteral("r1,m\r\n") << QStringLiteral("record 2")
                                      << QStringLiteral("has 2 fields, the header 7");
    }
    void readerNamesBadFields()
    {
        QFETCH(QString, text);
        QFETCH(QString, where);
        QFETCH(QString, reason);
        const PlacementsReadResult r = readPlacementsCsv(text);
        QVERIFY(r.placements.empty());
        QVERIFY2(test::hasProblem(r.errors, where, reason), qPrintable(test::describe(r.errors)));
    }

    // Generations and nodes tables agree with the plan they come from; timeline has no builder.
    void otherTables()
    {
        const Project project = lab();
        const CapacityPlan plan = solve(project, Catalog::builtIn(), SolveOptions{});
        const auto gen = planTable(PlanTableKind::Generations, plan, project, Catalog::builtIn());
        QVERIFY(gen.table);
        QCOMPARE(gen.table->columns.last(), QStringLiteral("idle_depreciation_per_month_usd"));
        QCOMPARE(gen.table->rows.size(), plan.generations.size());
        const QJsonObject json = tableToJson(*gen.table);
        qint64 energized = 0, idle = 0;
        for (const QJsonValue &row : json.value(QStringLiteral("rows")).toArray()) {
            energized += row[QStringLiteral("energized_gpus")].toInteger();
            idle += row[QStringLiteral("idle_gpus")].toInteger();
        }
        QCOMPARE(energized, qint64(plan.energizedGpus()));
        qint64 fleetGpus = 0; // every GPU of the fleet is either energized or idle
        for (const FleetLot &lot : project.fleet)
            if (!lot.isOnOrderAt(plan.date))
                fleetGpus += qint64(lot.count) * project.model(lot.model, Catalog::builtIn())->gpusPerSystem;
        QCOMPARE(energized + idle, fleetGpus);

        const auto nodes = planTable(PlanTableKind::Nodes, plan, project, Catalog::builtIn());
        QVERIFY(nodes.table);
        QCOMPARE(nodes.table->rows.size(), plan.powerNodes.size() + plan.coolingUnits.size());
        QCOMPARE(qsizetype(plan.powerNodes.size()), qsizetype(project.site.power.size()));

        const auto timeline = planTable(PlanTableKind::Timeline, plan, project, Catalog::builtIn());
        QVERIFY(!timeline.table); // it needs a Timeline: timelineTable
        QVERIFY(timeline.unavailable.contains(QStringLiteral("timelineTable")));
    }

    // The tenants table and the placements' tenant_id of tests/data/good/tenants.warmshell.json:
    // four racks of 20 kW on one 60 kW PDU (six boxes of 10 kW, 8 GPUs, 120,000 USD over 6 years
    // = 1,666.67 USD a month each). By hand: Acme (priority 10, hall 2 = racks 3 and 4, room for
    // 4 boxes) energizes its 3 boxes: 24 GPUs, 30 kW. Beta (priority 5, rack 1, at most 16 GPUs)
    // energizes 2 of its 4: 16 GPUs and 16 idle, 20 kW, 3,333.33 USD a month idle, its maxGpus
    // reached. The operator's own lots get the last 10 kW in the open rack 2: 1 of 4 boxes, 8 GPUs
    // energized and 24 idle, 5,000 USD a month. The lab has no tenants: no table, no column.
    void tenantsTableAndPlacementsColumn()
    {
        const LoadResult loaded = loadProject(QStringLiteral(WARMSHELL_TEST_DATA "/good/tenants.warmshell.json"));
        QVERIFY(loaded.ok());
        const Project &project = *loaded.project;
        const CapacityPlan plan = solve(project, Catalog::builtIn(), SolveOptions{});
        const PlanTableResult tenants = planTable(PlanTableKind::Tenants, plan, project, Catalog::builtIn());
        QVERIFY(tenants.table);
        QCOMPARE(tableToCsv(*tenants.table),
            QStringLiteral("tenant_id,tenant,priority,energized_gpus,idle_gpus,energized_kw,"
                           "idle_depreciation_per_month_usd,binding_quota\r\n"
                           "acme,Acme Research,10,24,0,30.000,0.00,\r\n"
                           "beta,Beta Labs,5,16,16,20.000,3333.33,maxGpus\r\n"
                           ",operator's own,last,8,24,10.000,5000.00,\r\n"));
        // The same figures as the plan's own per-tenant results, row by row (JSON numbers).
        const QJsonArray rows = tableToJson(*tenants.table).value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), qsizetype(plan.tenants.size()));
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const TenantResult &r = plan.tenants[size_t(i)];
            const QJsonObject row = rows[i].toObject();
            QCOMPARE(row[QStringLiteral("tenant_id")].toString(), r.tenant.toString());
            QCOMPARE(row[QStringLiteral("energized_gpus")].toInteger(), qint64(r.energizedGpus));
            QCOMPARE(row[QStringLiteral("idle_gpus")].toInteger(), qint64(r.idleGpus));
            QCOMPARE(row[QStringLiteral("energized_kw")].toDouble(), r.energizedPower.value());
            QCOMPARE(
                row[QStringLiteral("idle_depreciation_per_month_usd")].toDouble(), r.idleDepreciationPerMonth.value());
            QCOMPARE(row[QStringLiteral("binding_quota")].toString(), r.bindingQuota);
        }

        // Placements: whose systems stand where, summed per tenant_id = the energized GPUs above;
        // reserved racks hold their tenant's systems only. Read back, the owners survive.
        const PlanTableResult placements = planTable(PlanTableKind::Placements, plan, project, Catalog::builtIn());
        QVERIFY(placements.table);
        QCOMPARE(placements.table->columns.last(), QStringLiteral("tenant_id"));
        QHash<QString, qint64> gpusOf;
        QHash<QString, QSet<QString>> ownersOf; // rack_id → tenant ids
        const qsizetype rackColumn = placements.table->columns.indexOf(QStringLiteral("rack_id"));
        const qsizetype gpuColumn = placements.table->columns.indexOf(QStringLiteral("gpus"));
        for (const auto &row : placements.table->rows) {
            const QString tenant = std::get<QString>(row.back());
            gpusOf[tenant] += std::get<qint64>(row[size_t(gpuColumn)]);
            ownersOf[std::get<QString>(row[size_t(rackColumn)])].insert(tenant);
        }
        QCOMPARE(gpusOf.value(QStringLiteral("acme")), qint64(24));
        QCOMPARE(gpusOf.value(QStringLiteral("beta")), qint64(16));
        QCOMPARE(gpusOf.value(QString()), qint64(8));
        QCOMPARE(ownersOf.value(QStringLiteral("rack-1")), QSet<QString>{ QStringLiteral("beta") });
        QVERIFY(ownersOf.value(QStringLiteral("rack-2")).contains(QString())); // the only open rack
        for (const char *rack : { "rack-3", "rack-4" })
            QVERIFY(ownersOf.value(QLatin1String(rack)).subtract({ QStringLiteral("acme") }).isEmpty());
        const PlacementsReadResult back = readPlacementsCsv(tableToCsv(*placements.table));
        QVERIFY(back.ok());
        QStringList written, read; // "rack-id tenant-id" per row, in order
        for (const auto &row : placements.table->rows)
            written << std::get<QString>(row[size_t(rackColumn)]) + QLatin1Char(' ') + std::get<QString>(row.back());
        for (const RackPlacement &p : back.placements)
            for (const PlacedSystems &sys : p.systems)
                read << p.rack.toString() + QLatin1Char(' ') + sys.tenant.toString();
        QCOMPARE(read, written);

        const Project labProject = lab();
        const CapacityPlan labPlan = solve(labProject, Catalog::builtIn(), SolveOptions{});
        const PlanTableResult none = planTable(PlanTableKind::Tenants, labPlan, labProject, Catalog::builtIn());
        QVERIFY(!none.table);
        QVERIFY(none.unavailable.contains(QStringLiteral("has no tenants")));
        const PlanTableResult labPlacements
            = planTable(PlanTableKind::Placements, labPlan, labProject, Catalog::builtIn());
        QCOMPARE(labPlacements.table->columns.last(), QStringLiteral("pinned"));
    }

    // The timeline table of the two-period test site (tests/data/timeline), read back from CSV.
    // By hand: util-1 (100 kW) feeds rack-1 from the start, util-2 (100 kW) feeds rack-2 from
    // 2026-04-01. The lot is 2 systems of 10 kW, 8 GPUs of 1,000 TFLOPS BF16 (8 PFLOPS a system), 72,000 USD over 6
    // years straight line = 1,000 USD per system and month. Before April one system runs and one idles (1,000 USD a
    // month); from April both run on 200 kW and nothing accrues. The generation is renamed so that its field needs
    // quoting.
    void timelineTable_data()
    {
        QTest::addColumn<int>("period"); // PlanningPeriod
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<int>("energized");
        QTest::addColumn<int>("idle");
        QTest::addColumn<double>("pflops");
        QTest::addColumn<double>("usedKw");
        QTest::addColumn<double>("availableKw");
        QTest::addColumn<double>("idleDepreciation");
        QTest::addColumn<double>("cumulative");
        const int q = int(PlanningPeriod::Quarter), m = int(PlanningPeriod::Month);
        QTest::newRow("2026 Q1") << q << 0 << QStringLiteral("2026-01-01") << QStringLiteral("2026-04-01") << 8 << 8
                                 << 8.0 << 10.0 << 100.0 << 3000.0 << 3000.0;
        QTest::newRow("2026 Q2") << q << 1 << QStringLiteral("2026-04-01") << QStringLiteral("2026-07-01") << 16 << 0
                                 << 16.0 << 20.0 << 200.0 << 0.0 << 3000.0;
        QTest::newRow("January") << m << 0 << QStringLiteral("2026-01-01") << QStringLiteral("2026-02-01") << 8 << 8
                                 << 8.0 << 10.0 << 100.0 << 1000.0 << 1000.0;
        QTest::newRow("March") << m << 2 << QStringLiteral("2026-03-01") << QStringLiteral("2026-04-01") << 8 << 8
                               << 8.0 << 10.0 << 100.0 << 1000.0 << 3000.0;
        QTest::newRow("April") << m << 3 << QStringLiteral("2026-04-01") << QStringLiteral("2026-05-01") << 16 << 0
                               << 16.0 << 20.0 << 200.0 << 0.0 << 3000.0;
        QTest::newRow("June") << m << 5 << QStringLiteral("2026-06-01") << QStringLiteral("2026-07-01") << 16 << 0
                              << 16.0 << 20.0 << 200.0 << 0.0 << 3000.0;
    }
    void timelineTable()
    {
        QFETCH(int, period);
        QFETCH(int, index);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(int, energized);
        QFETCH(int, idle);
        QFETCH(double, pflops);
        QFETCH(double, usedKw);
        QFETCH(double, availableKw);
        QFETCH(double, idleDepreciation);
        QFETCH(double, cumulative);
        Project project = test::loadFixture(QStringLiteral("timeline/two-period.warmshell.json"));
        const QString generation = QStringLiteral("SYS \"A\", Zürich");
        project.customModels.front().generation = generation;
        TimelineOptions options;
        options.period = PlanningPeriod(period);
        options.horizonPeriods = PlanningPeriod(period) == PlanningPeriod::Month ? 6 : 2;
        const Timeline timeline = computeTimeline(project, Catalog::builtIn(), options);
        QVERIFY2(timeline.problems.isEmpty(), qPrintable(timeline.problems.join(QLatin1Char('\n'))));

        const CsvParseResult csv = parseCsv(QString::fromUtf8(tableToCsv(warmshell::timelineTable(timeline)).toUtf8()));
        QVERIFY2(csv.ok(), qPrintable(test::describe(csv.errors)));
        QCOMPARE(csv.records.front(),
            QStringList({ QStringLiteral("period_start"), QStringLiteral("period_end"), QStringLiteral("status"),
                QStringLiteral("generation"), QStringLiteral("energized_gpus"), QStringLiteral("idle_gpus"),
                QStringLiteral("energized_pflops"), QStringLiteral("power_used_kw"),
                QStringLiteral("power_available_kw"), QStringLiteral("idle_depreciation_usd"),
                QStringLiteral("cumulative_idle_depreciation_usd"), QStringLiteral("systems_moved"),
                QStringLiteral("facility_power_used_kw"), QStringLiteral("pue") }));
        // One generation: a generation row and a total row per period, after the header.
        QCOMPARE(csv.records.size(), size_t(1 + 2 * options.horizonPeriods));
        for (int k = 0; k < 2; ++k) {
            const QStringList &r = csv.records[size_t(1 + 2 * index + k)];
            QCOMPARE(r.size(), qsizetype(14));
            QCOMPARE(r[0], start);
            QCOMPARE(r[1], end);
            QCOMPARE(r[2], QStringLiteral("optimal"));
            QCOMPARE(r[3], k == 0 ? generation : QStringLiteral("total"));
            QCOMPARE(r[4].toInt(), energized);
            QCOMPARE(r[5].toInt(), idle);
            QCOMPARE(r[6].toDouble(), pflops);
            QCOMPARE(r[7].toDouble(), usedKw);
            QCOMPARE(r[8].toDouble(), availableKw);
            QCOMPARE(r[9].toDouble(), idleDepreciation);
            QCOMPARE(r[10].toDouble(), cumulative);
            QCOMPARE(r[11], QStringLiteral("0")); // systems stay in place
            // The site states no losses, cooling draw or house load: the meter sees the IT load.
            QCOMPARE(r[12].toDouble(), usedKw);
            QCOMPARE(r[13].toDouble(), 1.0);
            QVERIFY(!r[9].contains(QLatin1Char(','))); // '.' decimals, no grouping
            QCOMPARE(r[9].section(QLatin1Char('.'), 1).size(), 2);
        }
    }

    // A timeline that could not be computed gives the header alone.
    void timelineTableWithoutPeriods()
    {
        Timeline none;
        none.currency = QStringLiteral("EUR");
        none.problems << QStringLiteral("$.site: does not validate");
        const Table t = warmshell::timelineTable(none);
        QVERIFY(t.rows.empty());
        QCOMPARE(t.columns.size(), qsizetype(14));
        QCOMPARE(t.columns[9], QStringLiteral("idle_depreciation_eur"));
        QCOMPARE(tableToCsv(t).count(QStringLiteral("\r\n")), 1);
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
