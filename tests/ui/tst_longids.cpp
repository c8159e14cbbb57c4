// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app survives ids that the file format accepts but GLPK cannot take as names
// (issue 15): a 300-character custom model id, a power-node id with a tab and a newline and
// a 300-character rack id. The window opens the project, solves it, saves it and reopens the
// saved file; each plan is checked by hand and against `warmshell-cli solve` of the same file.
#include "document/document.h"
#include "mainwindow.h"
#include "plan/capacityplan.h"
#include "projectfile.h"
#include "solve/solvecontroller.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace warmshell;
using namespace warmshell::ui;

namespace {

const QString kNodeId = QStringLiteral("util\t\n1");
const QString kRackId = QStringLiteral("rack-") + QString(295, QLatin1Char('r'));
const QString kModelId = QStringLiteral("sys-") + QString(296, QLatin1Char('a'));

// tests/data/timeline/two-period with util-1, rack-1 and sys-a renamed to the odd ids,
// written to `dir`; its file name.
QString writeOddProject(const QTemporaryDir &dir)
{
    QFile in(QStringLiteral(WARMSHELL_TEST_DATA "/timeline/two-period.warmshell.json"));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QByteArray text = in.readAll();
    text.replace("\"util-1\"", "\"util\\t\\n1\"");
    text.replace("\"rack-1\"", '"' + kRackId.toUtf8() + '"');
    text.replace("\"sys-a\"", '"' + kModelId.toUtf8() + '"');
    const QString fileName = dir.filePath(QStringLiteral("odd-ids.warmshell.json"));
    QFile out(fileName);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size())
        return {};
    return fileName;
}

// `warmshell-cli solve FILE --format json`, or an empty object when it failed.
QJsonObject cliPlan(const QString &fileName)
{
    QProcess p;
    p.start(QStringLiteral(WARMSHELL_CLI), { QStringLiteral("solve"), fileName, QStringLiteral("--format=json") });
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

// The first plan `window` publishes for the project it has open (60 s at most).
std::optional<CapacityPlan> firstPlan(MainWindow &window, const QString &fileName)
{
    QSignalSpy plans(window.solveController(), &SolveController::planReady);
    if (!window.openFile(fileName).isEmpty())
        return std::nullopt;
    if (plans.isEmpty() && !plans.wait(60000))
        return std::nullopt;
    return plans.last().first().value<CapacityPlan>();
}

// At planStart only the odd-named utility is live: its 10 kW rack (the long id) holds one
// 10 kW system of the long model (8 GPUs); the other system idles. The CLI agrees on every
// rack's contents and every node's load.
void checkPlan(const CapacityPlan &plan, const QJsonObject &cli)
{
    QCOMPARE(plan.energizedGpus(), 8);
    QCOMPARE(plan.idleGpus(), 8);
    QCOMPARE(plan.placements.size(), size_t(1));
    QCOMPARE(plan.placements[0].rack.toString(), kRackId);
    QCOMPARE(plan.placements[0].systems.size(), size_t(1));
    QCOMPARE(plan.placements[0].systems[0].model.toString(), kModelId);
    QCOMPARE(plan.placements[0].systems[0].count, 1);

    QVERIFY(!cli.isEmpty());
    const QJsonObject totals = cli[QStringLiteral("totals")].toObject();
    QCOMPARE(totals[QStringLiteral("energized_gpus")].toInt(), plan.energizedGpus());
    QCOMPARE(totals[QStringLiteral("idle_gpus")].toInt(), plan.idleGpus());
    const QJsonArray placements = cli[QStringLiteral("placements")].toArray();
    QCOMPARE(placements.size(), qsizetype(plan.placements.size()));
    for (qsizetype i = 0; i < placements.size(); ++i) {
        const RackPlacement &p = plan.placements[size_t(i)];
        QCOMPARE(placements[i][QStringLiteral("rack")].toString(), p.rack.toString());
        const QJsonArray systems = placements[i][QStringLiteral("systems")].toArray();
        QCOMPARE(systems.size(), qsizetype(p.systems.size()));
        for (qsizetype k = 0; k < systems.size(); ++k) {
            QCOMPARE(systems[k][QStringLiteral("model")].toString(), p.systems[size_t(k)].model.toString());
            QCOMPARE(systems[k][QStringLiteral("count")].toInt(), p.systems[size_t(k)].count);
        }
    }
    const QJsonArray nodes = cli[QStringLiteral("power_nodes")].toArray();
    QCOMPARE(nodes.size(), qsizetype(plan.powerNodes.size()));
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const CapacityUse &use = plan.powerNodes[size_t(i)];
        QCOMPARE(nodes[i][QStringLiteral("id")].toString(), use.object);
        QCOMPARE(nodes[i][QStringLiteral("load_kw")].toDouble(), use.load.value());
        QCOMPARE(use.load.value(), use.object == kNodeId ? 10.0 : 0.0);
    }
}

} // namespace

class TestLongIds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opensSolvesSavesAndReopens()
    {
        QTemporaryDir dir;
        const QString odd = writeOddProject(dir);
        QVERIFY(!odd.isEmpty());
        const QString saved = dir.filePath(QStringLiteral("saved.warmshell.json"));
        {
            MainWindow window;
            window.show();
            const std::optional<CapacityPlan> plan = firstPlan(window, odd);
            QVERIFY2(plan, "no plan within 60 s");
            checkPlan(*plan, cliPlan(odd));
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(window.document()->saveAs(saved), QString());
        }
        const LoadResult original = loadProject(odd);
        const LoadResult reread = loadProject(saved);
        QVERIFY(original.ok() && reread.ok());
        QVERIFY(*reread.project == *original.project);

        MainWindow reopened;
        reopened.show();
        const std::optional<CapacityPlan> plan = firstPlan(reopened, saved);
        QVERIFY2(plan, "no plan within 60 s after reopening");
        checkPlan(*plan, cliPlan(saved));
    }
};

QTEST_MAIN(TestLongIds)
#include "tst_longids.moc"
