// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"
#include "filename.h"
#include "inputfile.h"
#include "projectfile.h"
#include "testsupport.h"
#include "validation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace warmshell;
using warmshell::test::describe;
using warmshell::test::hasProblem;

namespace {
QByteArray readAll(const QString &fileName)
{
    QFile f(fileName);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
QByteArray sha256(const QString &fileName)
{
    return QCryptographicHash::hash(readAll(fileName), QCryptographicHash::Sha256);
}
} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("campus") << QStringLiteral(WARMSHELL_SOURCE_DIR "/resources/examples/campus.warmshell.json");
        QTest::newRow("lab") << QStringLiteral(WARMSHELL_SOURCE_DIR "/resources/examples/lab.warmshell.json");
        QTest::newRow("minimal") << QStringLiteral(WARMSHELL_TEST_DATA "/good/minimal.warmshell.json");
        QTest::newRow("scenarios") << QStringLiteral(WARMSHELL_TEST_DATA "/good/scenarios.warmshell.json");
        QTest::newRow("thermal") << QStringLiteral(WARMSHELL_TEST_DATA "/good/thermal.warmshell.json");
        QTest::newRow("facility") << QStringLiteral(WARMSHELL_TEST_DATA "/good/facility.warmshell.json");
        QTest::newRow("maintenance") << QStringLiteral(WARMSHELL_TEST_DATA "/good/maintenance.warmshell.json");
        QTest::newRow("plant") << QStringLiteral(WARMSHELL_TEST_DATA "/good/plant.warmshell.json");
        QTest::newRow("measured") << QStringLiteral(WARMSHELL_TEST_DATA "/good/measured.warmshell.json");
        QTest::newRow("tenants") << QStringLiteral(WARMSHELL_TEST_DATA "/good/tenants.warmshell.json");
        QTest::newRow("clusters") << QStringLiteral(WARMSHELL_TEST_DATA "/good/clusters.warmshell.json");
    }
    // save → load → equal, and a second save writes the same bytes.
    void roundTrip()
    {
        QFETCH(QString, file);
        const LoadResult first = loadProject(file);
        QVERIFY2(first.ok(), qPrintable(describe(first.errors)));
        QTemporaryDir dir;
        const QString saved = dir.filePath(QStringLiteral("saved.warmshell.json"));
        QCOMPARE(saveProject(*first.project, saved), QString());
        const LoadResult second = loadProject(saved);
        QVERIFY2(second.ok(), qPrintable(describe(second.errors)));
        QVERIFY(*second.project == *first.project);
        QCOMPARE(serializeProject(*second.project), readAll(saved));
        // Independent check against the file itself: counts taken from the raw JSON.
        const QJsonObject raw = QJsonDocument::fromJson(readAll(file)).object();
        const QJsonObject site = raw.value(QStringLiteral("site")).toObject();
        QCOMPARE(qsizetype(second.project->site.racks.size()), site.value(QStringLiteral("racks")).toArray().size());
        QCOMPARE(
            qsizetype(second.project->site.power.size()), site.value(QStringLiteral("powerNodes")).toArray().size());
        QCOMPARE(qsizetype(second.project->fleet.size()), raw.value(QStringLiteral("fleet")).toArray().size());
    }

    void roundTripKeepsEveryKindOfValue()
    {
        Project p = test::loadFixture(QStringLiteral("good/minimal.warmshell.json"));
        p.site.power.node(PowerNodeId(QStringLiteral("pdu-1")))->redundancy = Redundancy::block(4, 3);
        p.site.power.node(PowerNodeId(QStringLiteral("util-1")))->redundancy = Redundancy::twoN();
        p.site.racks[1].feedB = PowerNodeId(QStringLiteral("ups-1"));
        p.site.racks[1].cooling = CoolingType::Liquid;
        p.site.coolingUnits[0].kind = CoolingUnitKind::RearDoor;
        p.site.coolingUnits[0].commissioned = QDate(2026, 7, 1);
        p.site.name = QStringLiteral("Campus \"Nord\", Zürich — ½");
        p.fleet[0].retire = QDate(2028, 3, 31);
        p.fleet[0].depreciation = { DepreciationMethod::Custom, 6, 0, 0, { 0.4, 0.3, 0.2 } };
        FleetLot lot = p.fleet[0];
        lot.id = LotId(QStringLiteral("lot-2"));
        lot.depreciation = { DepreciationMethod::DecliningBalance, 5, 0.1, 0.4, {} };
        p.fleet.push_back(lot);
        SystemModel custom = *Catalog::builtIn().find(SystemModelId(QStringLiteral("dgx-b200")));
        custom.id = SystemModelId(QStringLiteral("my-b200-capped"));
        custom.operatingPoints = { { QStringLiteral("700 W cap"), 0.75, 0.9 } };
        p.customModels.push_back(custom);
        const LoadResult back = parseProject(serializeProject(p));
        QVERIFY2(back.ok(), qPrintable(describe(back.errors)));
        QVERIFY(*back.project == p);
    }

    // Every malformed fixture is refused whole, with the JSON path and reason expected, and the
    // file on disk is left byte for byte as it was.
    void malformedFilesAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        auto row = [](const char *file, const char *path, const char *message) {
            QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(path) << QString::fromUtf8(message);
        };
        row("empty.json", "$", "the file is empty");
        row("truncated.json", "$", "not valid JSON at byte");
        row("binary-junk.json", "$", "not valid JSON at byte");
        row("not-an-object.json", "$", "must be a JSON object, got an array");
        row("not-a-project.json", "$.format", "must be \"warmshell-project\"; this is not a WarmShell project");
        row("newer-version.json", "$.formatVersion", "format version 99, newer than the 10 this WarmShell reads");
        row("lot-typical-draw-zero.json", "$.fleet[0].typicalDrawFraction", "must be above 0 and at most 1, got 0");
        row("model-typical-draw-above-one.json", "$.catalog[0].typicalDrawFraction",
            "must be above 0 and at most 1, got 1.2");
        row("measured-diversity-margin-negative.json", "$.site.measuredDiversity.margin",
            "must be at least 0 and at most 1, got -0.1");
        row("measured-diversity-not-object.json", "$.site.measuredDiversity", "must be an object, got");
        // Delays of dated events (v7, model/delay.h).
        row("delay-negative.json", "$.fleet[0].deliveryDelayMonths.min",
            "must be at least 0 and at most 240 months, got -1");
        row("delay-mode-below-min.json", "$.fleet[0].deliveryDelayMonths.mode", "must be at least min (4), got 2");
        row("delay-mode-above-max.json", "$.site.powerNodes[1].commissioningDelayMonths.max",
            "must be at least mode (8), got 6");
        row("delay-probabilities-sum.json", "$.fleet[0].deliveryDelayMonths.outcomes",
            "the probabilities add up to 0.9; they must add up to 1");
        row("delay-zero-probability.json", "$.fleet[0].deliveryDelayMonths.outcomes[1].probability",
            "must be above 0 and at most 1, got 0");
        row("delay-without-date.json", "$.site.coolingUnits[0].commissioningDelayMonths",
            "needs a date to delay; add \"commissioned\" or remove the delay");
        row("delay-mixed-forms.json", "$.fleet[0].deliveryDelayMonths.min", "cannot be given with \"outcomes\"");
        row("delay-missing-max.json", "$.site.powerNodes[1].capacityChanges[0].delayMonths.max", "is missing");
        // Fabric domains and clusters (v10, model/cluster.h).
        row("cluster-unknown-lot.json", "$.clusters[0].lot", "names lot \"lot-x\", which the fleet does not have");
        row("cluster-zero-systems.json", "$.clusters[0].systems", "got 0");
        row("cluster-model-and-lot.json", "$.clusters[0]", "names both a model and a lot; give one");
        row("cluster-unknown-scope.json", "$.clusters[0].within", "\"hall\", \"row\" or \"fabricDomain\"");
        row("cluster-unknown-domain.json", "$.clusters[1].fabricDomains[0]",
            "names fabric domain \"pod-9\", which the project does not declare");
        row("cluster-domain-overlap.json", "$.fabricDomains[1].racks[0]",
            "names rack \"rack-2\", already in fabric domain \"pod-1\"; declared fabric domains must not overlap");
        row("cluster-domain-unknown-rack.json", "$.fabricDomains[1].racks[1]",
            "names rack \"rack-44\", which the site does not have");
        row("cluster-lot-too-small.json", "$.clusters[0].systems", "is 5, more than the 4 systems of lot \"lot-pod\"");
        row("cluster-unknown-key.json", "$.clusters[0].contiguous", "is not a known field here");
        row("cluster-domain-no-racks.json", "$.fabricDomains[1].racks", "must list at least one rack");
        // Tenants, reservations and quotas (v8, model/tenant.h).
        row("tenant-unknown.json", "$.fleet[2].tenant",
            "names tenant \"gamma\", which the project does not have (tenants: \"acme\", \"beta\")");
        row("tenant-overlap-racks.json", "$.tenants[1].reservedRacks[0]",
            "reserves rack \"rack-1\", already reserved for tenant \"acme\"; a rack is reserved for one tenant at "
            "most");
        row("tenant-overlap-hall.json", "$.tenants[1].reservedRacks[0]",
            "reserves rack \"rack-3\", which stands in hall \"hall-2\", reserved for tenant \"acme\"");
        row("tenant-overlap-hall-later.json", "$.tenants[1].reservedHalls[0]",
            "reserves hall \"hall-2\", where rack \"rack-4\" is already reserved for tenant \"beta\"");
        row("tenant-min-above-max.json", "$.tenants[1].minGpus",
            "is 24 GPUs, above the tenant's maxGpus of 16; a minimum must not exceed the maximum");
        row("tenant-unknown-rack.json", "$.tenants[0].reservedRacks[0]",
            "names rack \"rack-9\", which the site does not have");
        row("tenant-duplicate-id.json", "$.tenants[1].id", "\"acme\" is already the id of $.tenants[0]");
        row("tenant-negative-quota.json", "$.tenants[1].maxGpus",
            "must be at least 0 and at most 100000000 GPUs, got -1");
        row("tenant-unknown-key.json", "$.tenants[1].quota", "is not a known field here");
        row("lot-capped-but-critical.json", "$.fleet[0].cappedTo", "applies to an interruptible lot only");
        row("lot-unknown-load-class.json", "$.fleet[0].loadClass", "\"best-effort\" is not one of");
        row("reserve-policy-not-boolean.json", "$.site.allowInterruptibleOnReserve",
            "must be true or false, got a string");
        row("capacity-changes-out-of-order.json", "$.site.powerNodes[0].capacityChanges[1].from",
            "must be after the previous change (2026-07-01)");
        row("scenario-unknown-lot.json", "$.scenarios[0].overrides[0].lot",
            "names lot \"lot-h100\", which does not exist");
        row("scenario-unknown-kind.json", "$.scenarios[0].overrides[0].kind", "\"delay-everything\" is not one of");
        row("scenario-unknown-node.json", "$.scenarios[1].overrides[0].node",
            "names power node \"ups-9\", which does not exist");
        row("scenario-duplicate-name.json", "$.scenarios[1].name", "\"late A100\" is used by another scenario");
        row("scenario-add-lot-taken-id.json", "$.scenarios[0].overrides[0].id",
            "\"lot-a100\" is the id of a lot already");
        row("scenario-add-lot-missing-count.json", "$.scenarios[0].overrides[0].count", "is missing");
        row("scenario-remove-node-unknown-object.json", "$.scenarios[0].overrides[0].object",
            "names \"crah-9\", which is neither a power node nor a cooling unit");
        row("scenario-remove-node-back-before-out.json", "$.scenarios[0].overrides[0].to",
            "2026-07-01 is not after \"from\" 2026-08-01");
        row("scenario-change-rating-negative.json", "$.scenarios[0].overrides[0].rating",
            "must be at least 0 and at most 10000000 kW or kVA, got -5");
        row("scenario-delay-commissioning-node-key.json", "$.scenarios[0].overrides[0].node",
            "is not a known field here");
        row("scenario-change-cooling-capacity-negative.json", "$.scenarios[0].overrides[0].capacityKw",
            "must be at least 0 and at most 1000000 kW, got -5");
        row("scenario-change-cooling-capacity-not-a-number.json", "$.scenarios[0].overrides[0].capacityKw",
            "must be a number, got a string");
        row("scenario-change-cooling-capacity-unknown-unit.json", "$.scenarios[0].overrides[0].unit",
            "names cooling unit \"crah-9\", which does not exist");
        row("wrong-type.json", "$.site.racks[0].powerLimitKw", "must be a number, got a string");
        row("wrong-container.json", "$.site.racks", "must be an array, got an object");
        row("negative-capacity.json", "$.site.powerNodes[1].rating.value",
            "must be at least 0 and at most 10000000 kW or kVA, got -500");
        row("huge-number.json", "$.site.racks[0].powerLimitKw", "at most 2000 kW, got 1e+300");
        row("overflowing-number.json", "$", "not valid JSON at byte");
        row("deep-nesting.json", "$", "nesting deeper than 64 levels");
        row("unknown-enum.json", "$.site.racks[1].cooling", "\"water\" is not one of \"air\" or \"liquid\"");
        row("missing-site.json", "$.site", "is missing");
        row("bad-date.json", "$.site.planStart", "\"2026-13-45\" is not a date");
        row("dangling-input.json", "$.site.powerNodes[2].inputs[1]",
            "names power node \"ups-9\", which does not exist");
        row("duplicate-node-id.json", "$.site.powerNodes[2].id", "\"ups-1\" is used by another power node");
        row("misspelt-key.json", "$.site.racks[0].powerLimitKW", "is not a known field here");
        row("long-string.json", "$.site.name", "is 10000 characters long, more than the 4096 allowed");
        row("fractional-height.json", "$.site.racks[0].heightU", "must be a whole number, got 42.5");
        row("bad-redundancy.json", "$.site.powerNodes[1].redundancy.modules",
            "must be at least 2 and at most 64, got 1");
        row("kw-with-power-factor.json", "$.site.powerNodes[2].rating.powerFactor", "applies only to a rating in kVA");
        row("thermal-negative-coefficient.json", "$.site.thermal.recirculation[0].coefficientCPerKw",
            "must be at least 0 and at most 10 °C per kW, got -0.1");
        row("unknown-containment.json", "$.site.rows[0].containment", "\"chimney\" is not one of");
        row("efficiency-zero.json", "$.site.powerNodes[1].efficiency", "must be above 0 and at most 1, got 0");
        row("efficiency-above-one.json", "$.site.powerNodes[1].efficiency", "must be above 0 and at most 1, got 1.05");
        row("house-load-negative.json", "$.site.powerNodes[2].houseLoads[1].kw",
            "must be at least 0 and at most 10000000 kW, got -5");
        row("cooling-draw-negative.json", "$.site.coolingUnits[0].drawKw",
            "must be at least 0 and at most 1000000 kW, got -1");
        row("cooling-draw-per-kw-too-high.json", "$.site.coolingUnits[0].drawKwPerKw",
            "must be at least 0 and at most 2 kW per kW, got 2.5");
        row("cooling-feed-unknown.json", "$.site.coolingUnits[0].feed",
            "names power node \"mech-9\", which does not exist");
        row("plant-rejects-to-unknown.json", "$.site.coolingUnits[0].rejectsTo",
            "names cooling unit \"ch-9\", which does not exist");
        row("plant-rejects-to-room-unit.json", "$.site.coolingUnits[0].rejectsTo",
            "names cooling unit \"ch-1\", a crah unit; heat is rejected to a chiller, dry cooler or tower");
        row("plant-monthly-factor-count.json", "$.site.coolingUnits[1].monthlyDrawFactor",
            "must list 12 monthly factors, January first; got 11");
        row("plant-monthly-factor-negative.json", "$.site.coolingUnits[1].monthlyCapacityFactor[6]",
            "must be at least 0.1 and at most 5, got -0.6");
        row("plant-cop-negative.json", "$.site.coolingUnits[1].drawKwPerKw",
            "must be at least 0 and at most 2 kW per kW, got -0.2");
        row("plant-capacity-negative.json", "$.site.coolingUnits[1].capacityKw",
            "must be at least 0 and at most 1000000 kW, got -40");
        row("zero-power-factor.json", "$.site.powerNodes[0].rating.powerFactor",
            "must be above 0 and at most 1, got 0");
        // Maintenance windows (v5): ups-1 is N+1 with 3 modules in the minimal site.
        row("maintenance-unknown-object.json", "$.maintenanceWindows[0].object",
            "names \"ups-9\", which is neither a power node nor a cooling unit");
        row("maintenance-end-before-start.json", "$.maintenanceWindows[0].end",
            "2026-05-02T08:00:00Z is not after the start 2026-05-02T18:00:00Z");
        row("maintenance-module-out-of-range.json", "$.maintenanceWindows[0].module",
            "is 4, but \"ups-1\" has 3 modules (1 to 3)");
        row("maintenance-overlap.json", "$.maintenanceWindows[1].start",
            "overlaps window \"mw-1\" on the same object \"ups-1\" (2026-05-02T08:00:00Z to 2026-05-02T18:00:00Z)");
        row("maintenance-bad-datetime.json", "$.maintenanceWindows[0].start",
            "\"2026-05-02\" is not an ISO 8601 date-time (such as 2026-05-02T08:00:00Z) between 1970 and 2200");
    }
    void malformedFilesAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const QString fileName = QStringLiteral(WARMSHELL_TEST_DATA "/bad/") + file;
        QVERIFY(QFile::exists(fileName));
        const QByteArray before = sha256(fileName);
        const LoadResult r = loadProject(fileName);
        QVERIFY(!r.ok());
        QVERIFY(!r.project.has_value());
        QVERIFY2(hasProblem(r.errors, path, message), qPrintable(describe(r.errors)));
        QCOMPARE(sha256(fileName), before);
    }

    // Every file in tests/data/bad has a row above, so a new fixture cannot go unchecked.
    void everyBadFixtureHasAnExpectation()
    {
        const QStringList files = QDir(QStringLiteral(WARMSHELL_TEST_DATA "/bad")).entryList(QDir::Files);
        QVERIFY(files.size() >= 12);
        QCOMPARE(files.size(), 90);
    }

    // A file over limits::maxFileBytes (sparse: nothing is written) is refused from its size,
    // unread, with the limit named; the same size of bytes handed to the parser is refused too.
    void tooLargeIsRefusedUnread()
    {
        QTemporaryDir dir;
        const QString fileName = dir.filePath(QStringLiteral("large.json"));
        QFile f(fileName);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(limits::maxFileBytes + 1));
        f.close();
        const LoadResult r = loadProject(fileName);
        QVERIFY(!r.ok());
        QVERIFY2(hasProblem(r.errors, QStringLiteral("$"),
                     fileName + QStringLiteral(": more than 256 MiB; input files are limited to 256 MiB")),
            qPrintable(describe(r.errors)));
        QVERIFY(!parseProject(QByteArray(limits::maxFileBytes + 1, ' ')).ok());
    }

    // readInputFile reads at most maxBytes + 1 bytes whatever the file's size says, and refuses
    // what is not a regular file before reading it (a FIFO without a writer does not block).
    void inputFileIsBounded()
    {
        QTemporaryDir dir;
        const QString exact = dir.filePath(QStringLiteral("exact"));
        QFile f(exact);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(QByteArray(100, 'x')), qint64(100));
        f.close();
        QCOMPARE(readInputFile(exact, 100).bytes, QByteArray(100, 'x'));
        QCOMPARE(readInputFile(exact, 99).error,
            exact + QStringLiteral(": more than 99 bytes; input files are limited to 99 bytes (limits::maxFileBytes)"));
        // A resource compiled into the program (the examples, the catalog) is read through Qt.
        const InputFile resource = readInputFile(QStringLiteral(":/warmshell/catalog.json"));
        QVERIFY2(resource.ok() && resource.bytes.size() > 100, qPrintable(resource.error));
        QVERIFY(
            readInputFile(QStringLiteral(":/warmshell/catalog.json"), 10).error.contains(QStringLiteral("more than")));
        // /proc/self/status is a regular file whose size says 0: read to its end, or to the limit.
        const InputFile status = readInputFile(QStringLiteral("/proc/self/status"));
        QVERIFY2(status.ok() && status.bytes.startsWith("Name:"), qPrintable(status.error));
        QVERIFY(readInputFile(QStringLiteral("/proc/self/status"), 10).error.contains(QStringLiteral("more than")));
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QCOMPARE(readInputFile(fifo).error, fifo + QStringLiteral(": not a regular file (a FIFO)"));
        QCOMPARE(readInputFile(QStringLiteral("/dev/zero")).error,
            QStringLiteral("/dev/zero: not a regular file (a character device)"));
        QCOMPARE(readInputFile(dir.path()).error, dir.path() + QStringLiteral(": not a regular file (a directory)"));
        QCOMPARE(readInputFile(dir.filePath(QStringLiteral("none"))).error,
            dir.filePath(QStringLiteral("none")) + QStringLiteral(" does not exist"));
    }

    // File names keep bytes that are not UTF-8: any bytes round-trip (every 1- and 2-byte name,
    // and longer ones), and valid UTF-8 decodes as QString::fromUtf8 does.
    void fileNameBytesRoundTrip()
    {
        for (int a = 1; a < 256; ++a)
            for (int b = 0; b < 256; ++b) {
                QByteArray bytes(1, char(a));
                if (b)
                    bytes += char(b);
                QCOMPARE(fileNameBytes(fileNameFromBytes(bytes)), bytes);
            }
        const QList<QByteArray> names{ "caf\xe9.json", "\xff\xfe", "\xed\xa0\x80", "\xc0\xaf", "\xf4\x90\x80\x80",
            "ok \xf0\x9f\x94\xa5 \xe2\x82", "\xe2\x82\xac\xe2", QByteArray("caf\xc3\xa9") };
        for (const QByteArray &bytes : names)
            QCOMPARE(fileNameBytes(fileNameFromBytes(bytes)), bytes);
        QCOMPARE(fileNameFromBytes("caf\xc3\xa9 \xf0\x9f\x94\xa5"), QString::fromUtf8("caf\xc3\xa9 \xf0\x9f\x94\xa5"));
        QCOMPARE(fileNameBytes(QString::fromUtf8("caf\xc3\xa9 \xf0\x9f\x94\xa5")),
            QByteArray("caf\xc3\xa9 \xf0\x9f\x94\xa5"));
    }

    // A project whose name is Latin-1 "café.json" opens by its bytes (it was "does not exist").
    void loadsNonUtf8FileName()
    {
        QTemporaryDir dir;
        const QByteArray name = QFile::encodeName(dir.path()) + "/caf\xe9.json";
        const QByteArray bytes = readAll(QStringLiteral(WARMSHELL_TEST_DATA "/good/minimal.warmshell.json"));
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, bytes.constData(), size_t(bytes.size())), ssize_t(bytes.size()));
        ::close(fd);
        const LoadResult r = loadProject(fileNameFromBytes(name));
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QVERIFY(*r.project == test::loadFixture(QStringLiteral("good/minimal.warmshell.json")));
    }

    // The empty-object bomb, small: 5,000 empty catalog objects give 5,000 times the problems
    // of one (counted by a separate parse), of which the first limits::maxProblems are listed
    // and the rest summed up in one closing line.
    void problemListIsCapped()
    {
        const auto withEmptyModels = [](int count) {
            QByteArray objects;
            for (int i = 0; i < count; ++i)
                objects += i ? ",{}" : "{}";
            QByteArray bytes = readAll(QStringLiteral(WARMSHELL_TEST_DATA "/good/minimal.warmshell.json"));
            bytes.replace("\"catalog\": []", "\"catalog\": [" + objects + "]");
            return parseProject(bytes);
        };
        const LoadResult one = withEmptyModels(1);
        QVERIFY(one.errors.size() > 1);
        QVERIFY(std::all_of(one.errors.begin(), one.errors.end(), [](const Problem &p) { return p.omitted == 0; }));
        const qint64 perObject = qint64(one.errors.size());
        const LoadResult many = withEmptyModels(5000);
        QCOMPARE(many.errors.size(), size_t(limits::maxProblems + 1));
        QCOMPARE(problemCount(many.errors), perObject * 5000);
        QCOMPARE(many.errors.back().omitted, perObject * 5000 - limits::maxProblems);
        QCOMPARE(many.errors.back().toString(),
            QStringLiteral("… and %1 more").arg(QLocale(QLocale::English).toString(perObject * 5000 - 1000)));
        // The first problems listed are those of the first objects, in file order.
        for (size_t i = 0; i < one.errors.size(); ++i)
            QCOMPARE(many.errors[i], one.errors[i]);
    }

    void manyProblemsAreAllListed()
    {
        QByteArray bytes = readAll(QStringLiteral(WARMSHELL_TEST_DATA "/good/minimal.warmshell.json"));
        bytes.replace("\"heightU\": 42", "\"heightU\": \"tall\"");
        bytes.replace("\"capacityKw\": 60", "\"capacityKw\": -60");
        const LoadResult r = parseProject(bytes);
        QVERIFY(!r.ok());
        QVERIFY(hasProblem(r.errors, QStringLiteral("$.site.racks[0].heightU"), QStringLiteral("got a string")));
        QVERIFY(hasProblem(r.errors, QStringLiteral("$.site.racks[1].heightU"), QStringLiteral("got a string")));
        QVERIFY(hasProblem(r.errors, QStringLiteral("$.site.coolingUnits[0].capacityKw"), QStringLiteral("got -60")));
        QCOMPARE(r.errors.size(), size_t(3));
    }

    // Version 1 wrote ratings as "ratingKw" and feeds as "feeds": [a, b]. The v1 fixture holds
    // the minimal site with util-1's 500 kVA × 0.9 written as 450 kW.
    void migratesVersion1()
    {
        const LoadResult r = loadProject(QStringLiteral(WARMSHELL_TEST_DATA "/v1/minimal-v1.warmshell.json"));
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QCOMPARE(r.migratedFrom, 1);
        Project expected = test::loadFixture(QStringLiteral("good/minimal.warmshell.json"));
        expected.site.power.node(PowerNodeId(QStringLiteral("util-1")))->rating
            = PowerRating::kilowatts(Kilowatts(450));
        QVERIFY(*r.project == expected);
        QVERIFY(validateProject(*r.project, Catalog::builtIn()).empty());
        // Saving writes the current version.
        const QJsonObject saved = QJsonDocument::fromJson(serializeProject(*r.project)).object();
        QCOMPARE(saved.value(QStringLiteral("formatVersion")).toInt(), kProjectFormatVersion);
    }

    // Version 2 had no capacity changes and no scenarios; the v2 fixture is the minimal site as
    // version 2 wrote it and loads equal to the v3 one.
    void migratesVersion2()
    {
        const LoadResult r = loadProject(QStringLiteral(WARMSHELL_TEST_DATA "/v2/minimal-v2.warmshell.json"));
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QCOMPARE(r.migratedFrom, 2);
        QVERIFY(*r.project == test::loadFixture(QStringLiteral("good/minimal.warmshell.json")));
        QVERIFY(r.project->scenarios.empty());
    }

    // Version 3 had no efficiencies, house loads or cooling draws; the v3 fixture is the minimal
    // site as version 3 wrote it and loads equal to the v4 one, every node lossless, no house
    // load, no cooling on the chain.
    void migratesVersion3()
    {
        const LoadResult r = loadProject(QStringLiteral(WARMSHELL_TEST_DATA "/v3/minimal-v3.warmshell.json"));
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QCOMPARE(r.migratedFrom, 3);
        QVERIFY(*r.project == test::loadFixture(QStringLiteral("good/minimal.warmshell.json")));
        for (const PowerNode &n : r.project->site.power.nodes()) {
            QCOMPARE(n.efficiency, 1.0);
            QVERIFY(n.houseLoads.empty());
        }
        QVERIFY(r.project->site.coolingUnits[0].feed.isNull());
        QCOMPARE(r.project->site.coolingUnits[0].drawKwPerKw, 0.0);
    }

    // Version 4 had no maintenance windows; the v4 fixture is the minimal site as version 4
    // wrote it and loads equal to the v5 one, with no windows.
    void migratesVersion4()
    {
        const LoadResult r = loadProject(QStringLiteral(WARMSHELL_TEST_DATA "/v4/minimal-v4.warmshell.json"));
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QCOMPARE(r.migratedFrom, 4);
        QVERIFY(*r.project == test::loadFixture(QStringLiteral("good/minimal.warmshell.json")));
        QVERIFY(r.project->maintenanceWindows.empty());
    }

    // Version 5 had no load classes and no reserve policy; the v5 fixture is the minimal site as
    // version 5 wrote it and loads equal to the v6 one: every lot critical, the policy off.
    void migratesVersion5()
    {
        const LoadResult r = loadProject(QStringLiteral(WARMSHELL_TEST_DATA "/v5/minimal-v5.warmshell.json"));
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QCOMPARE(r.migratedFrom, 5);
        QVERIFY(*r.project == test::loadFixture(QStringLiteral("good/minimal.warmshell.json")));
        QVERIFY(!r.project->site.allowInterruptibleOnReserve);
        for (const FleetLot &lot : r.project->fleet)
            QVERIFY(lot.loadClass == LoadClass::Critical && lot.cappedTo.isEmpty());
    }

    // Version 7 had no tenants; the v7 fixture is the minimal site as version 7 wrote it and
    // loads equal to the v8 one: no tenant, every lot the operator's own.
    void migratesVersion7()
    {
        const LoadResult r = loadProject(QStringLiteral(WARMSHELL_TEST_DATA "/v7/minimal-v7.warmshell.json"));
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QCOMPARE(r.migratedFrom, 7);
        QVERIFY(*r.project == test::loadFixture(QStringLiteral("good/minimal.warmshell.json")));
        QVERIFY(r.project->tenants.empty());
        for (const FleetLot &lot : r.project->fleet)
            QVERIFY(lot.tenant.isNull());
    }

    // Version 8 had no change-cooling-capacity override; the v8 fixture is the minimal site as
    // version 8 wrote it and loads equal to the current one.
    void migratesVersion8()
    {
        const LoadResult r = loadProject(QStringLiteral(WARMSHELL_TEST_DATA "/v8/minimal-v8.warmshell.json"));
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QCOMPARE(r.migratedFrom, 8);
        QVERIFY(*r.project == test::loadFixture(QStringLiteral("good/minimal.warmshell.json")));
        QCOMPARE(QJsonDocument::fromJson(serializeProject(*r.project))
                     .object()
                     .value(QStringLiteral("formatVersion"))
                     .toInt(),
            kProjectFormatVersion);
    }

    // Version 9 had no clusters; the v9 fixture is the minimal site as version 9 wrote it and
    // loads equal to the v10 one: no fabric domain, no cluster.
    void migratesVersion9()
    {
        const LoadResult r = loadProject(QStringLiteral(WARMSHELL_TEST_DATA "/v9/minimal-v9.warmshell.json"));
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QCOMPARE(r.migratedFrom, 9);
        QVERIFY(*r.project == test::loadFixture(QStringLiteral("good/minimal.warmshell.json")));
        QVERIFY(r.project->clusters.empty() && r.project->fabricDomains.empty());
        QCOMPARE(QJsonDocument::fromJson(serializeProject(*r.project))
                     .object()
                     .value(QStringLiteral("formatVersion"))
                     .toInt(),
            10);
    }

    // The v10 fields read as written in tests/data/good/clusters.warmshell.json, and a save writes
    // only the optional fields that were given.
    void readsClusters()
    {
        const Project p = test::loadFixture(QStringLiteral("good/clusters.warmshell.json"));
        QCOMPARE(p.fabricDomains.size(), size_t(2));
        QCOMPARE(p.fabricDomains[0].name, QStringLiteral("Pod 1"));
        QVERIFY(p.fabricDomains[1].racks
            == (std::vector<RackId>{ RackId(QStringLiteral("rack-3")), RackId(QStringLiteral("rack-4")) }));
        QCOMPARE(p.clusters.size(), size_t(2));
        const Cluster &a = p.clusters[0];
        const Cluster &b = p.clusters[1];
        QCOMPARE(a.lot.toString(), QStringLiteral("lot-pod"));
        QVERIFY(a.model.isNull() && a.scope == ClusterScope::Hall && a.systems == 4);
        QCOMPARE(b.model.toString(), QStringLiteral("box-10"));
        QVERIFY(b.scope == ClusterScope::FabricDomain);
        QVERIFY(b.fabricDomains == std::vector<FabricDomainId>{ FabricDomainId(QStringLiteral("pod-2")) });
        const QJsonObject saved = QJsonDocument::fromJson(serializeProject(p)).object();
        const QJsonArray clusters = saved.value(QStringLiteral("clusters")).toArray();
        QCOMPARE(clusters.size(), 2);
        QVERIFY(!clusters[0].toObject().contains(QStringLiteral("model")));
        QVERIFY(!clusters[0].toObject().contains(QStringLiteral("fabricDomains")));
        QCOMPARE(clusters[1].toObject().value(QStringLiteral("within")).toString(), QStringLiteral("fabricDomain"));
        QVERIFY(!saved.value(QStringLiteral("fabricDomains")).toArray()[1].toObject().contains(QStringLiteral("name")));
    }

    // The v8 fields read as written in tests/data/good/tenants.warmshell.json, and a save writes
    // only the optional fields that were given (beta's quotas; no quota keys for acme).
    void readsTenants()
    {
        const Project p = test::loadFixture(QStringLiteral("good/tenants.warmshell.json"));
        QCOMPARE(p.tenants.size(), size_t(2));
        const Tenant &acme = p.tenants[0];
        const Tenant &beta = p.tenants[1];
        QCOMPARE(acme.id.toString(), QStringLiteral("acme"));
        QCOMPARE(acme.name, QStringLiteral("Acme Research"));
        QCOMPARE(acme.priority, 10);
        QVERIFY(acme.reservedHalls == std::vector<HallId>{ HallId(QStringLiteral("hall-2")) });
        QVERIFY(acme.reservedRacks.empty() && !acme.hasQuota());
        QCOMPARE(beta.priority, 5);
        QVERIFY(beta.reservedRacks == std::vector<RackId>{ RackId(QStringLiteral("rack-1")) });
        QCOMPARE(beta.minGpus.value_or(-1), 8);
        QCOMPARE(beta.maxGpus.value_or(-1), 16);
        QCOMPARE(beta.maxMegawatts.value_or(-1), 0.5);
        QCOMPARE(p.fleet[0].tenant.toString(), QStringLiteral("acme"));
        QCOMPARE(p.fleet[1].tenant.toString(), QStringLiteral("beta"));
        QVERIFY(p.fleet[2].tenant.isNull());
        // rack-1 is beta's, rack-2 open, rack-3 and rack-4 acme's through hall-2.
        QVERIFY(rackReservations(p) == (std::vector<int>{ 1, -1, 0, 0 }));
        const QJsonObject saved = QJsonDocument::fromJson(serializeProject(p)).object();
        const QJsonArray tenants = saved.value(QStringLiteral("tenants")).toArray();
        QCOMPARE(tenants.size(), 2);
        QVERIFY(!tenants[0].toObject().contains(QStringLiteral("minGpus")));
        QVERIFY(!tenants[0].toObject().contains(QStringLiteral("reservedRacks")));
        QCOMPARE(tenants[1].toObject().value(QStringLiteral("maxGpus")).toInt(), 16);
        QVERIFY(!saved.value(QStringLiteral("fleet")).toArray()[2].toObject().contains(QStringLiteral("tenant")));
    }

    // Version 6 had no typical draw fractions, no measured-diversity policy, no override kinds
    // beyond the five of v5 and no delays; the v6 fixture is the minimal site as version 6 wrote
    // it and loads equal to the v7 one: nameplate everywhere (1.0, no lot override), the policy
    // off with its default margin, no date uncertain.
    void migratesVersion6()
    {
        const LoadResult r = loadProject(QStringLiteral(WARMSHELL_TEST_DATA "/v6/minimal-v6.warmshell.json"));
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QCOMPARE(r.migratedFrom, 6);
        QVERIFY(*r.project == test::loadFixture(QStringLiteral("good/minimal.warmshell.json")));
        QVERIFY(!r.project->site.measuredDiversity.enabled);
        QCOMPARE(r.project->site.measuredDiversity.margin, 0.10);
        for (const FleetLot &lot : r.project->fleet)
            QVERIFY(!lot.typicalDrawFraction.has_value());
        for (const PowerNode &n : r.project->site.power.nodes())
            QVERIFY(!n.commissioningDelay);
        for (const FleetLot &lot : r.project->fleet)
            QVERIFY(!lot.deliveryDelay);
    }

    // The v7 fields read as written in tests/data/good/measured.warmshell.json: the policy and
    // its margin, a custom model's fraction, a lot's override; a lot without one takes its
    // model's (the built-in DGX A100: 1.0, no public measurement), and a save writes only the
    // override that was given.
    void readsMeasuredDrawFields()
    {
        const Project p = test::loadFixture(QStringLiteral("good/measured.warmshell.json"));
        QVERIFY(p.site.measuredDiversity.enabled);
        QCOMPARE(p.site.measuredDiversity.margin, 0.15);
        QCOMPARE(p.customModels[0].typicalDrawFraction, 0.8);
        QCOMPARE(p.fleet[0].typicalDrawFraction.value_or(-1), 0.7);
        QVERIFY(!p.fleet[1].typicalDrawFraction.has_value());
        QCOMPARE(typicalDrawFraction(p.fleet[1], p.customModels[0]), 0.8);
        const SystemModel &a100 = *Catalog::builtIn().find(SystemModelId(QStringLiteral("dgx-a100")));
        QCOMPARE(typicalDrawFraction(p.fleet[0], a100), 0.7);
        const QJsonObject saved = QJsonDocument::fromJson(serializeProject(p)).object();
        const QJsonArray fleet = saved.value(QStringLiteral("fleet")).toArray();
        QCOMPARE(fleet[0].toObject().value(QStringLiteral("typicalDrawFraction")).toDouble(), 0.7);
        QVERIFY(!fleet[1].toObject().contains(QStringLiteral("typicalDrawFraction")));
        const QJsonObject policy
            = saved.value(QStringLiteral("site")).toObject().value(QStringLiteral("measuredDiversity")).toObject();
        QCOMPARE(policy.value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(policy.value(QStringLiteral("margin")).toDouble(), 0.15);
    }

    // The v7 delays read as written in tests/data/good/risk.warmshell.json (both forms, on all
    // four dated things), a save writes them back, and a date without a delay writes no key.
    void readsDelays()
    {
        const Project p = test::loadFixture(QStringLiteral("good/risk.warmshell.json"));
        const PowerNode *ups = p.site.power.node(PowerNodeId(QStringLiteral("ups-1")));
        QVERIFY(ups && ups->commissioningDelay);
        QCOMPARE(ups->commissioningDelay->minMonths, 0.0);
        QCOMPARE(ups->commissioningDelay->modeMonths, 2.0);
        QCOMPARE(ups->commissioningDelay->maxMonths, 9.0);
        QCOMPARE(int(ups->capacityChanges.size()), 2);
        QVERIFY(ups->capacityChanges[0].delay && !ups->capacityChanges[1].delay);
        QCOMPARE(ups->capacityChanges[0].delay->maxMonths, 12.0);
        QVERIFY(p.site.coolingUnits[0].commissioningDelay);
        QCOMPARE(p.site.coolingUnits[0].commissioningDelay->modeMonths, 0.5);
        const std::optional<DelayDistribution> &d = p.fleet[0].deliveryDelay;
        QVERIFY(d && d->isDiscrete());
        QCOMPARE(int(d->outcomes.size()), 2);
        QCOMPARE(d->outcomes[1].months, 12.0);
        QCOMPARE(d->outcomes[1].probability, 0.75);
        const QByteArray saved = serializeProject(p);
        const LoadResult back = parseProject(saved);
        QVERIFY2(back.ok(), qPrintable(describe(back.errors)));
        QVERIFY(*back.project == p);
        const QJsonObject root = QJsonDocument::fromJson(saved).object();
        const QJsonArray nodes
            = root.value(QStringLiteral("site")).toObject().value(QStringLiteral("powerNodes")).toArray();
        QVERIFY(!nodes[0].toObject().contains(QStringLiteral("commissioningDelayMonths")));
        QVERIFY(nodes[1].toObject().contains(QStringLiteral("commissioningDelayMonths")));
        QVERIFY(validateProject(p, Catalog::builtIn()).empty());
    }

    // The v6 reserve fields read as written in tests/data/good/reserve.warmshell.json, and a
    // save writes them back (a critical lot writes neither key).
    void readsReservePolicy()
    {
        const Project p = test::loadFixture(QStringLiteral("good/reserve.warmshell.json"));
        QVERIFY(p.site.allowInterruptibleOnReserve);
        QCOMPARE(int(p.fleet.size()), 2);
        QVERIFY(p.fleet[0].loadClass == LoadClass::Critical);
        QVERIFY(p.fleet[1].loadClass == LoadClass::Interruptible);
        QCOMPARE(p.fleet[1].cappedTo, QStringLiteral("half"));
        const QJsonObject saved = QJsonDocument::fromJson(serializeProject(p)).object();
        const QJsonArray fleet = saved.value(QStringLiteral("fleet")).toArray();
        QVERIFY(!fleet[0].toObject().contains(QStringLiteral("loadClass")));
        QCOMPARE(fleet[1].toObject().value(QStringLiteral("loadClass")).toString(), QStringLiteral("interruptible"));
        QCOMPARE(fleet[1].toObject().value(QStringLiteral("cappedTo")).toString(), QStringLiteral("half"));
        QVERIFY(saved.value(QStringLiteral("site"))
                    .toObject()
                    .value(QStringLiteral("allowInterruptibleOnReserve"))
                    .toBool());
        QVERIFY(*parseProject(serializeProject(p)).project == p);
    }

    // The v5 maintenance windows read as written in tests/data/good/maintenance.warmshell.json:
    // a date-time with an offset keeps it (12:00+02:00 is 10:00 UTC), hours from the instants.
    void readsMaintenanceWindows()
    {
        const Project p = test::loadFixture(QStringLiteral("good/maintenance.warmshell.json"));
        QCOMPARE(int(p.maintenanceWindows.size()), 3);
        const MaintenanceWindow &ups = p.maintenanceWindows[0];
        QCOMPARE(ups.id, QStringLiteral("mw-ups"));
        QCOMPARE(ups.name, QStringLiteral("UPS module swap"));
        QCOMPARE(ups.object, QStringLiteral("ups-1"));
        QCOMPARE(ups.module, 2);
        QCOMPARE(ups.hours(), 10.0); // 08:00 to 18:00
        const MaintenanceWindow &crah = p.maintenanceWindows[1];
        QCOMPARE(crah.module, 0);
        QCOMPARE(crah.start.toUTC(), QDateTime(QDate(2026, 5, 2), QTime(10, 0), Qt::UTC));
        QCOMPARE(crah.hours(), 18.0); // 12:00 to 06:00 the next day
        QCOMPARE(dateTimeText(crah.start), QStringLiteral("2026-05-02T12:00:00+02:00"));
        QCOMPARE(p.maintenanceWindows[2].hours(), 6.0); // 22:00 to 04:00
        QCOMPARE(p.scenarios[0].overrides[0].kind, OverrideKind::Maintenance);
        QCOMPARE(p.scenarios[0].overrides[0].window.id, QStringLiteral("sc-pdu"));
        QCOMPARE(p.scenarios[0].overrides[0].window.hours(), 24.0);
        std::vector<Problem> problems;
        const Project applied = applyScenario(p, p.scenarios[0], 0, problems);
        QVERIFY(problems.empty());
        QCOMPARE(int(applied.maintenanceWindows.size()), 4);
        QCOMPARE(applied.maintenanceWindows.back().id, QStringLiteral("sc-pdu"));
    }

    // A scenario's window that clashes with the project's is refused at the override's path;
    // applyScenario on an in-memory project reports it the same way and leaves it out.
    void scenarioWindowClashIsRefused()
    {
        QByteArray bytes = readAll(QStringLiteral(WARMSHELL_TEST_DATA "/good/maintenance.warmshell.json"));
        bytes.replace("\"id\": \"sc-pdu\"", "\"id\": \"mw-ups\"");
        bytes.replace("2026-06-06T00:00:00Z", "2026-08-10T23:00:00Z"); // inside mw-pdu's 22:00–04:00
        bytes.replace("2026-06-07T00:00:00Z", "2026-08-11T02:00:00Z");
        const LoadResult r = parseProject(bytes);
        QVERIFY(!r.ok());
        QVERIFY2(hasProblem(r.errors, QStringLiteral("$.scenarios[0].overrides[0].id"),
                     QStringLiteral("\"mw-ups\" is already the id of another window")),
            qPrintable(describe(r.errors)));
        QVERIFY2(hasProblem(r.errors, QStringLiteral("$.scenarios[0].overrides[0].start"),
                     QStringLiteral("overlaps window \"mw-pdu\" on the same object \"pdu-1\"")),
            qPrintable(describe(r.errors)));
        QCOMPARE(r.errors.size(), size_t(2));
        Project p = test::loadFixture(QStringLiteral("good/maintenance.warmshell.json"));
        p.scenarios[0].overrides[0].window.id = QStringLiteral("mw-ups");
        std::vector<Problem> problems;
        const Project applied = applyScenario(p, p.scenarios[0], 0, problems);
        QCOMPARE(problems.size(), size_t(1));
        QCOMPARE(problems[0].path, QStringLiteral("$.scenarios[0].overrides[0].id"));
        QCOMPARE(int(applied.maintenanceWindows.size()), 3);
    }

    // Version 4 had no heat rejection plant either; the facility site as version 4
    // wrote it and loads equal to the v5 one.
    void migratesVersion4Facility()
    {
        const LoadResult r = loadProject(QStringLiteral(WARMSHELL_TEST_DATA "/v4/facility-v4.warmshell.json"));
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QCOMPARE(r.migratedFrom, 4);
        QVERIFY(*r.project == test::loadFixture(QStringLiteral("good/facility.warmshell.json")));
        QVERIFY(r.project->site.coolingUnits[0].rejectsTo.isNull());
    }

    // The v5 additions read as written in tests/data/good/plant.warmshell.json.
    void readsPlant()
    {
        const Project p = test::loadFixture(QStringLiteral("good/plant.warmshell.json"));
        QCOMPARE(p.site.coolingUnits.size(), size_t(2));
        const CoolingUnit &crah = p.site.coolingUnits[0];
        const CoolingUnit &chiller = p.site.coolingUnits[1];
        QCOMPARE(crah.rejectsTo, CoolingUnitId(QStringLiteral("ch-1")));
        QCOMPARE(chiller.kind, CoolingUnitKind::Chiller);
        QVERIFY(isPlant(chiller.kind));
        QCOMPARE(chiller.drawKwPerKw, 0.2);
        QCOMPARE(chiller.monthlyDrawFactor.size(), size_t(12));
        QCOMPARE(chiller.monthlyDrawFactor[6], 1.5);
        QCOMPARE(chiller.monthlyCapacityFactor[6], 0.6);
        // N+1 of 3 modules of 40 kW: 80 kW usable, × 0.6 in July (plantCondition of July alone).
        QCOMPARE(chiller.usableCapacity().value(), 80.0);
        const PlantCondition july = plantCondition(chiller, monthsCovered(QDate(2026, 7, 15), {}));
        QCOMPARE(july.capacityMonth, 7);
        QCOMPARE(july.capacityFactor, 0.6);
        // June through September: the highest draw factor is July's 1.5, the lowest capacity July's 0.6.
        const PlantCondition summer = plantCondition(chiller, monthsCovered(QDate(2026, 6, 1), QDate(2026, 9, 30)));
        QCOMPARE(summer.drawMonth, 7);
        QCOMPARE(summer.drawFactor, 1.5);
        // November through February wraps the year: the highest draw factor is November's 0.8;
        // the capacity factors all tie at 1 and the first month (November) is kept.
        const PlantCondition winter = plantCondition(chiller, monthsCovered(QDate(2026, 11, 1), QDate(2027, 2, 28)));
        QCOMPARE(winter.drawMonth, 11);
        QCOMPARE(winter.drawFactor, 0.8);
        QCOMPARE(winter.capacityMonth, 11);
        QCOMPARE(winter.capacityFactor, 1.0);
    }

    // The v4 additions read as written in tests/data/good/facility.warmshell.json.
    void readsFacilityPower()
    {
        const Project p = test::loadFixture(QStringLiteral("good/facility.warmshell.json"));
        const PowerNode *ups = p.site.power.node(PowerNodeId(QStringLiteral("ups-1")));
        const PowerNode *mech = p.site.power.node(PowerNodeId(QStringLiteral("mech-1")));
        QVERIFY(ups && mech);
        QCOMPARE(ups->efficiency, 0.95);
        QCOMPARE(mech->efficiency, 0.99);
        QCOMPARE(mech->houseLoads.size(), size_t(2));
        QCOMPARE(mech->houseLoads[1].from, QDate(2026, 7, 1));
        // 12 kW from the start; the 3 kW wing from 2026-07-01 on.
        QCOMPARE(mech->houseLoad(QDate(2026, 6, 30)).value(), 12.0);
        QCOMPARE(mech->houseLoad(QDate(2026, 7, 1)).value(), 15.0);
        const CoolingUnit &crah = p.site.coolingUnits[0];
        QCOMPARE(crah.feed, PowerNodeId(QStringLiteral("mech-1")));
        QCOMPARE(crah.drawKw, 1.5);
        QCOMPARE(crah.drawKwPerKw, 0.05);
    }

    // The v3 additions read as written in the fixture, and survive a save and load.
    void readsCapacityChangesAndScenarios()
    {
        const Project p = test::loadFixture(QStringLiteral("good/scenarios.warmshell.json"));
        const PowerNode *util = p.site.power.node(PowerNodeId(QStringLiteral("util-1")));
        QVERIFY(util);
        QCOMPARE(util->capacityChanges.size(), size_t(2));
        // 500 kVA × 0.9 × 0.8 = 360 kW; from 2026-07-01 750 kVA → 540 kW; from 2027 1000 kVA → 720 kW.
        QCOMPARE(util->usableCapacity(QDate(2026, 6, 30)).value(), 360.0);
        QCOMPARE(util->usableCapacity(QDate(2026, 7, 1)).value(), 540.0);
        QCOMPARE(util->usableCapacity(QDate(2027, 3, 1)).value(), 720.0);
        QCOMPARE(p.scenarios.size(), size_t(3));
        QCOMPARE(p.scenarios[0].name, QStringLiteral("late A100"));
        QCOMPARE(p.scenarios[0].overrides.size(), size_t(2));
        QCOMPARE(p.scenarios[0].overrides[0].kind, OverrideKind::DelayDelivery);
        QCOMPARE(p.scenarios[0].overrides[0].months, 6);
        QVERIFY(p.scenarios[0].overrides[1].lot.isNull());
        QCOMPARE(p.scenarios[0].overrides[1].amount, 4.0);
        QCOMPARE(p.scenarios[1].overrides[0].node, PowerNodeId(QStringLiteral("ups-1")));
        QCOMPARE(p.scenarios[1].overrides[1].from, QDate(2028, 1, 1));
        const LoadResult back = parseProject(serializeProject(p));
        QVERIFY2(back.ok(), qPrintable(describe(back.errors)));
        QVERIFY(*back.project == p);
    }

    void migrationReportsVersion1Paths()
    {
        QByteArray bytes = readAll(QStringLiteral(WARMSHELL_TEST_DATA "/v1/minimal-v1.warmshell.json"));
        bytes.replace("\"ratingKw\": 100, \"derating\": 0.8,\n    \"redundancy\": {\"scheme\": \"N\"}",
            "\"ratingKw\": \"big\", \"derating\": 0.8,\n    \"redundancy\": {\"scheme\": \"N\"}");
        const LoadResult r = parseProject(bytes);
        QVERIFY(!r.ok());
        QVERIFY2(
            hasProblem(r.errors, QStringLiteral("$.site.powerNodes[2].ratingKw"), QStringLiteral("(format version 1)")),
            qPrintable(describe(r.errors)));
    }

    void saveIsAtomicAndReportsFailure()
    {
        const Project p = test::loadFixture(QStringLiteral("good/minimal.warmshell.json"));
        QTemporaryDir dir;
        const QString fileName = dir.filePath(QStringLiteral("p.warmshell.json"));
        QCOMPARE(saveProject(p, fileName), QString());
        const QByteArray first = readAll(fileName);
        // Saving where the folder does not exist fails with a reason and creates nothing.
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/p.json"));
        QVERIFY(saveProject(p, missing).startsWith(QStringLiteral("cannot write")));
        QVERIFY(!QFile::exists(missing));
        // Saving a changed project replaces the file whole, with no temporary left behind.
        Project changed = p;
        changed.site.name = QStringLiteral("Renamed");
        QCOMPARE(saveProject(changed, fileName), QString());
        QVERIFY(readAll(fileName) != first);
        QCOMPARE(loadProject(fileName).project->site.name, QStringLiteral("Renamed"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
