// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"
#include "clusterfile.h"
#include "maintenancefile.h"
#include "problemtext.h"
#include "projectfile.h"
#include "scenario.h"
#include "tenantfile.h"
#include "testsupport.h"
#include "validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace warmshell;
using warmshell::test::describe;

namespace {

// The root lists whose rules (tenantProblems, clusterProblems, maintenanceProblems) the loader
// and validateProject() share: a file breaking one is refused at load, and the same project
// made by edits in the app is listed in the Problems dock instead.
const char *const sharedRuleLists[] = { "maintenanceWindows", "tenants", "fabricDomains", "clusters" };

// `root` without the members `paths` name ("$.site.coolingUnits[1].drawKwPerKw"), each an
// object's member; false when a path is not one (an array item, or not in `root`).
bool removeMembers(QJsonObject &root, const std::vector<Problem> &paths)
{
    static const QRegularExpression step(QStringLiteral(R"(\.(\w+)|\[(\d+)\])"));
    for (const Problem &problem : paths) {
        if (!problem.path.startsWith(QLatin1String("$.")))
            return false;
        std::vector<QRegularExpressionMatch> steps;
        for (auto it = step.globalMatch(problem.path, 1); it.hasNext();)
            steps.push_back(it.next());
        if (steps.empty() || steps.back().captured(1).isEmpty())
            return false;
        // Down to the member's object, then back up, writing each changed value into its parent.
        std::vector<QJsonValue> chain{ root };
        for (size_t i = 0; i + 1 < steps.size(); ++i) {
            const QJsonValue &at = chain.back();
            chain.push_back(steps[i].captured(1).isEmpty() ? at.toArray().at(steps[i].captured(2).toLongLong())
                                                           : at.toObject().value(steps[i].captured(1)));
        }
        QJsonObject parent = chain.back().toObject();
        if (!parent.contains(steps.back().captured(1)))
            return false;
        parent.remove(steps.back().captured(1));
        QJsonValue value = parent;
        for (size_t i = steps.size() - 1; i-- > 0;) {
            const QJsonValue &holder = chain[i];
            if (steps[i].captured(1).isEmpty()) {
                QJsonArray array = holder.toArray();
                array[steps[i].captured(2).toLongLong()] = value;
                value = array;
            } else {
                QJsonObject object = holder.toObject();
                object.insert(steps[i].captured(1), value);
                value = object;
            }
        }
        root = value.toObject();
    }
    return true;
}

QByteArray readAll(const QString &fileName)
{
    QFile f(fileName);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The project of fixture `fileName` as the app would hold it had edits, not the file, made it:
// the file as loaded when it loads; else, when the file is refused only for the rules it shares
// with validation, the file without those lists (and the lots' tenants) loaded, then the lists
// read back in without their cross checks. Nothing for a file refused for its syntax or ranges
// (a dialog shows those, with paths, when the file is opened). `loadErrors`: why the file was
// refused, if it was.
std::optional<Project> projectOf(const QString &fileName, std::vector<Problem> &loadErrors)
{
    const QByteArray bytes = readAll(fileName);
    LoadResult loaded = parseProject(bytes);
    loadErrors = loaded.errors;
    if (loaded.ok())
        return std::move(loaded.project);
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    if (root.isEmpty())
        return std::nullopt;
    QJsonObject stripped = root;
    for (const char *list : sharedRuleLists)
        stripped.remove(QLatin1String(list));
    QJsonArray fleet = stripped.value(QStringLiteral("fleet")).toArray();
    for (qsizetype i = 0; i < fleet.size(); ++i) {
        QJsonObject lot = fleet[i].toObject();
        lot.remove(QStringLiteral("tenant"));
        fleet[i] = lot;
    }
    stripped.insert(QStringLiteral("fleet"), fleet);
    LoadResult rest = parseProject(QJsonDocument(stripped).toJson());
    if (!rest.ok())
        return std::nullopt;
    Project project = std::move(*rest.project);
    JsonReader reader;
    readMaintenanceWindows(reader, root, project);
    readTenants(reader, root, project);
    readClusters(reader, root, project);
    const QJsonArray lots = root.value(QStringLiteral("fleet")).toArray();
    for (qsizetype i = 0; i < lots.size() && size_t(i) < project.fleet.size(); ++i)
        project.fleet[size_t(i)].tenant = TenantId(lots[i].toObject().value(QStringLiteral("tenant")).toString());
    if (!reader.errors().empty())
        return std::nullopt;
    return project;
}

// Ids of the objects of `project` that have a name other than their id: a message naming one of
// them should say the name.
QHash<QString, QString> namedIds(const Project &project)
{
    QHash<QString, QString> out; // id -> name
    QSet<QString> seen, duplicated; // an id two objects share names neither (a problem of its own)
    auto add = [&](const QString &id, const QString &name) {
        if (seen.contains(id))
            duplicated.insert(id);
        seen.insert(id);
        if (!name.trimmed().isEmpty() && name != id)
            out.insert(id, name);
    };
    const Site &site = project.site;
    for (const Hall &h : site.halls)
        add(h.id.toString(), h.name);
    for (const Row &r : site.rows)
        add(r.id.toString(), r.name);
    for (const Rack &r : site.racks)
        add(r.id.toString(), r.name);
    for (const PowerNode &n : site.power.nodes())
        add(n.id.toString(), n.name);
    for (const CoolingUnit &u : site.coolingUnits)
        add(u.id.toString(), u.name);
    for (const FleetLot &lot : project.fleet) {
        add(lot.id.toString(), lot.name);
        if (const SystemModel *model = project.model(lot.model, Catalog::builtIn()))
            add(model->id.toString(), model->name);
    }
    for (const Tenant &t : project.tenants)
        add(t.id.toString(), t.name);
    for (const FabricDomain &d : project.fabricDomains)
        add(d.id.toString(), d.name);
    for (const Cluster &c : project.clusters)
        add(c.id.toString(), c.name);
    for (const MaintenanceWindow &w : project.maintenanceWindows)
        add(w.id, w.name);
    for (const QString &id : duplicated)
        out.remove(id);
    return out;
}

// The ids of `ids` that `text` holds as a whole token (not inside a longer id or word).
QStringList idsIn(const QString &text, const QHash<QString, QString> &ids)
{
    QStringList out;
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        const QRegularExpression token(
            QStringLiteral(R"((?<![\w-])%1(?![\w-]))").arg(QRegularExpression::escape(it.key())));
        if (token.match(text).hasMatch())
            out << it.key();
    }
    return out;
}

// Why `text`, the readable words of `problem`, fails item 16: a JSON path, the id of an object
// that has a name (a problem about an id itself, at ".id", may quote it), a lower-case start;
// empty when it does not fail.
QString wordingFault(const QString &text, const Problem &problem, const QHash<QString, QString> &ids)
{
    if (text.contains(QLatin1String("$.")) || text.contains(problem.path))
        return QStringLiteral("a JSON path");
    if (const QStringList named = idsIn(text, ids); !named.isEmpty() && !problem.path.endsWith(QLatin1String(".id")))
        return QStringLiteral("the id of %1").arg(named.join(u", "));
    if (text.isEmpty() || text.front().isLower())
        return QStringLiteral("a lower-case start");
    return {};
}

QStringList fixtureFiles()
{
    QStringList out;
    for (const char *folder : { "bad", "invalid" }) {
        const QDir dir(QStringLiteral(WARMSHELL_TEST_DATA "/") + QLatin1String(folder));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
            out << dir.filePath(name);
    }
    return out;
}

} // namespace

class TestProblemText : public QObject
{
    Q_OBJECT

private slots:
    // Item 16 of issue 16, audited over every fixture of tests/data/bad and tests/data/invalid
    // whose problems reach the Problems dock (validateProject() of a project the app holds):
    // the text the dock shows as the main line holds no JSON path and no id of an object that
    // has a name of its own; the path stays in the problem for the detail line (and for the
    // command-line tool, which prints "path: message"). A problem about an id itself (".id")
    // may quote it.
    void problemsOfEveryFixtureNameObjectsByName()
    {
        int fixtures = 0, problemsSeen = 0;
        QStringList failures;
        for (const QString &file : fixtureFiles()) {
            std::vector<Problem> loadErrors;
            const std::optional<Project> project = projectOf(file, loadErrors);
            if (!project)
                continue; // refused for its syntax or ranges: the open dialog's business
            const std::vector<Problem> problems = validateProject(*project, Catalog::builtIn());
            QVERIFY2(!problems.empty(), qPrintable(file + QStringLiteral(": validation finds nothing")));
            // Validation finds what the loader refused the file for.
            for (const Problem &refusal : loadErrors)
                QVERIFY2(std::any_of(problems.begin(), problems.end(),
                             [&](const Problem &p) { return p.path == refusal.path; }),
                    qPrintable(file + QStringLiteral(": validation misses ") + refusal.toString() + QLatin1Char('\n')
                        + describe(problems)));
            ++fixtures;
            const QHash<QString, QString> ids = namedIds(*project);
            const QStringList texts = readableProblems(*project, problems);
            QCOMPARE(texts.size(), qsizetype(problems.size()));
            for (size_t i = 0; i < problems.size(); ++i) {
                const Problem &problem = problems[i];
                const QString &text = texts[qsizetype(i)];
                ++problemsSeen;
                QCOMPARE(text, readableProblem(*project, problem)); // one or many: the same words
                QVERIFY2(problem.path.startsWith(QLatin1Char('$')), qPrintable(problem.toString())); // the detail line
                if (const QString why = wordingFault(text, problem, ids); !why.isEmpty())
                    failures << QStringLiteral("%1: %2\n    reads \"%3\" (%4)")
                                    .arg(QFileInfo(file).fileName(), problem.toString(), text, why);
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        // The audit reached the fixtures of every shared rule, not a handful.
        QVERIFY2(fixtures >= 19, qPrintable(QString::number(fixtures)));
        QVERIFY(problemsSeen >= fixtures);
    }

    // The fixtures refused for a field's syntax or range (a negative plant capacity, a measured
    // diversity margin above 1, …): validation reports the same fields of a project edited
    // in the app at the same paths. Each refusal, worded against the fixture's project without
    // the refused fields, passes the same audit, so every kind of path the dock may show reads
    // as words: the site's own fields, nested fields of nodes, units and lots, list items.
    void refusedFieldsOfEveryFixtureNameObjectsByName()
    {
        int fixtures = 0;
        QStringList failures;
        for (const QString &file : fixtureFiles()) {
            std::vector<Problem> loadErrors;
            if (projectOf(file, loadErrors) || loadErrors.empty())
                continue; // audited above, or loads
            QJsonObject root = QJsonDocument::fromJson(readAll(file)).object();
            if (root.isEmpty() || !removeMembers(root, loadErrors))
                continue; // not JSON, or refused for a list item or the file as a whole
            const LoadResult rest = parseProject(QJsonDocument(root).toJson());
            if (!rest.ok())
                continue; // a required field: the file is nothing without it
            ++fixtures;
            const QHash<QString, QString> ids = namedIds(*rest.project);
            const QStringList texts = readableProblems(*rest.project, loadErrors);
            for (size_t i = 0; i < loadErrors.size(); ++i)
                if (const QString why = wordingFault(texts[qsizetype(i)], loadErrors[i], ids); !why.isEmpty())
                    failures << QStringLiteral("%1: %2\n    reads \"%3\" (%4)")
                                    .arg(
                                        QFileInfo(file).fileName(), loadErrors[i].toString(), texts[qsizetype(i)], why);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY2(fixtures >= 25, qPrintable(QString::number(fixtures)));
    }

    // The words of the overlapping reservations (tests/data/bad/tenant-overlap-*.json), by hand
    // from the fixtures: tenants Acme Research ("acme") and Beta Labs ("beta"), racks A01 =
    // rack-1, B01 = rack-3 and B02 = rack-4, the last two in Hall 2 ("hall-2"). Racks: Acme
    // holds A01 and hall 2, Beta A01. Hall: Acme hall 2, Beta B01. Later: Beta B02, then Acme
    // hall 2.
    void reservationOverlapsNameObjects_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("readable");
        QTest::newRow("rack of another tenant")
            << "tenant-overlap-racks.json"
            << "$.tenants[1].reservedRacks[0]"
            << "Tenant Beta Labs reserves rack A01, already reserved for tenant Acme Research; a rack is reserved for "
               "one tenant at most";
        QTest::newRow("rack in another tenant's hall")
            << "tenant-overlap-hall.json"
            << "$.tenants[1].reservedRacks[0]"
            << "Tenant Beta Labs reserves rack B01, which stands in Hall 2, reserved for tenant Acme Research; a rack "
               "is reserved for one tenant at most";
        QTest::newRow("hall holding another tenant's rack")
            << "tenant-overlap-hall-later.json"
            << "$.tenants[1].reservedHalls[0]"
            << "Tenant Acme Research reserves Hall 2, where rack B02 is already reserved for tenant Beta Labs; a rack "
               "is reserved for one tenant at most";
    }
    void reservationOverlapsNameObjects()
    {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(QString, readable);
        std::vector<Problem> loadErrors;
        const std::optional<Project> project
            = projectOf(QStringLiteral(WARMSHELL_TEST_DATA "/bad/") + file, loadErrors);
        QVERIFY(project);
        const std::vector<Problem> problems = validateProject(*project, Catalog::builtIn());
        const auto it
            = std::find_if(problems.begin(), problems.end(), [&](const Problem &p) { return p.path == path; });
        QVERIFY2(it != problems.end(), qPrintable(describe(problems)));
        QCOMPARE(readableProblem(*project, *it), readable);
        QVERIFY(it->message.contains(QLatin1String("\"rack-"))); // the CLI's words keep the ids
    }

    // The Scenarios dock words a scenario's problems the same way (the file's scenario "new
    // kinds" with one more change: a delay of CRAH 1, "crah-1", which has no commissioning date).
    void scenarioProblemsNameObjects()
    {
        Project p = test::loadFixture(QStringLiteral("good/scenarios.warmshell.json"));
        QCOMPARE(p.scenarios[2].name, QStringLiteral("new kinds"));
        ScenarioOverride delay;
        delay.kind = OverrideKind::DelayCommissioning;
        delay.object = QStringLiteral("crah-1");
        delay.months = 2;
        p.scenarios[2].overrides.push_back(delay);
        std::vector<Problem> problems;
        applyScenario(p, p.scenarios[2], 2, problems);
        QCOMPARE(problems.size(), size_t(1));
        QCOMPARE(problems[0].toString(),
            QStringLiteral("$.scenarios[2].overrides[8].object: cooling unit \"crah-1\" has no commissioning date to "
                           "delay"));
        QCOMPARE(readableProblem(p, problems[0]),
            QStringLiteral("Scenario new kinds (overrides[8].object): cooling unit CRAH 1 has no commissioning date to "
                           "delay"));
    }

    // A message that names another object whose name starts with the subject's ("UPS 10" for
    // a problem of "UPS 1") does not count as naming the subject: the subject still leads.
    void subjectNamedOnlyAsWholeWords()
    {
        Project p;
        PowerNode one;
        one.id = PowerNodeId(QStringLiteral("ups-1"));
        one.name = QStringLiteral("UPS 1");
        PowerNode ten;
        ten.id = PowerNodeId(QStringLiteral("ups-10"));
        ten.name = QStringLiteral("UPS 10");
        p.site.power.addNode(one);
        p.site.power.addNode(ten);
        const QString tenPath = QStringLiteral("$.site.powerNodes[1].parent");
        const Problem aboutOne{ QStringLiteral("$.site.powerNodes[0].parent"),
            QStringLiteral("names \"ups-10\", which is fed from it (a cycle)") };
        QCOMPARE(readableProblem(p, aboutOne),
            QStringLiteral("UPS 1 (parent): names UPS 10, which is fed from it (a cycle)"));
        // The subject named in the message as a whole word: the message alone.
        const Problem namesItself{ tenPath, QStringLiteral("UPS 10 is fed from itself") };
        QCOMPARE(readableProblem(p, namesItself), QStringLiteral("UPS 10 is fed from itself"));
    }
};

QTEST_GUILESS_MAIN(TestProblemText)
#include "tst_problemtext.moc"
