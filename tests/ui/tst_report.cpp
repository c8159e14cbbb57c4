// SPDX-License-Identifier: GPL-3.0-or-later
// The capacity plan report (PDF): rendered for the examples through the API and through
// `warmshell-cli report`, read back with pdftotext (poppler-utils), and its summary figures
// compared with the solver's JSON from `warmshell-cli solve --format json`.

#include "analysis/comparison.h"
#include "analysis/risk.h"
#include "campusdelays.h"
#include "catalog.h"
#include "pdftext.h"
#include "procurement/procurement.h"
#include "projectfile.h"
#include "report/capacityreport.h"
#include "solver/solver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace warmshell;
using namespace warmshell::ui;

namespace {

QString example(const QString &name)
{
    return QStringLiteral(WARMSHELL_SOURCE_DIR "/resources/examples/%1.warmshell.json").arg(name);
}

using testing::pdfText;
using testing::runProcess;

double figureAfter(const QString &text, const QString &label);

// `warmshell-cli ARGS --format json`, parsed; empty on failure.
QJsonObject cliJson(QStringList args)
{
    args << QStringLiteral("--format") << QStringLiteral("json");
    QByteArray out;
    if (runProcess(QStringLiteral(WARMSHELL_CLI), args, &out) != 0)
        return {};
    return QJsonDocument::fromJson(out).object();
}

// A whole number as the report prints it ("1,234" or "-5"), or a decimal ("384.6").
double parseNumber(QString text)
{
    text.remove(QLatin1Char(','));
    return text.toDouble();
}

// The label of a calendar quarter starting on `start`: "2026 Q1".
QString quarterLabel(const QDate &start)
{
    return QStringLiteral("%1 Q%2").arg(start.year()).arg((start.month() + 2) / 3);
}

// Checks the timeline table, the summary's horizon figure and the comparison table of `text`
// against `warmshell-cli timeline FILE --format json` and `compare FILE --date D --format json`.
void compareAnalysesWithCli(const QString &text, const QString &file, const QDate &date)
{
    const QJsonObject timeline = cliJson({ QStringLiteral("timeline"), file });
    const QJsonArray periods = timeline.value(QStringLiteral("periods")).toArray();
    QVERIFY2(!periods.isEmpty(), "no timeline JSON");
    QCOMPARE(timeline.value(QStringLiteral("period")).toString(), QStringLiteral("quarter"));
    for (const QJsonValue &v : periods) {
        const QJsonObject p = v.toObject();
        const QString label = quarterLabel(QDate::fromString(p.value(QStringLiteral("start")).toString(), Qt::ISODate));
        // Period, status, energized GPUs, idle GPUs, kW used, kW available, idle depreciation, cumulative.
        const QRegularExpression row(QStringLiteral("(?m)^\\s*") + QRegularExpression::escape(label)
            + QStringLiteral("\\s+(\\w+)") + QStringLiteral("\\s+(-?[\\d,]+)").repeated(6) + QStringLiteral("\\s*$"));
        const QRegularExpressionMatch m = row.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(QStringLiteral("no timeline row for ") + label));
        QCOMPARE(m.captured(1), p.value(QStringLiteral("status")).toString());
        QCOMPARE(parseNumber(m.captured(2)), p.value(QStringLiteral("energizedGpus")).toDouble());
        QCOMPARE(parseNumber(m.captured(3)), p.value(QStringLiteral("idleGpus")).toDouble());
        QCOMPARE(parseNumber(m.captured(4)), double(qRound64(p.value(QStringLiteral("powerUsedKw")).toDouble())));
        QCOMPARE(parseNumber(m.captured(5)), double(qRound64(p.value(QStringLiteral("powerAvailableKw")).toDouble())));
        QCOMPARE(parseNumber(m.captured(6)), double(qRound64(p.value(QStringLiteral("idleDepreciation")).toDouble())));
        QCOMPARE(parseNumber(m.captured(7)),
            double(qRound64(p.value(QStringLiteral("cumulativeIdleDepreciation")).toDouble())));
    }
    const double total = timeline.value(QStringLiteral("totalIdleDepreciation")).toDouble();
    QCOMPARE(figureAfter(text,
                 QStringLiteral("Idle depreciation over the horizon (timeline, %1 quarters)").arg(periods.size())),
        double(qRound64(total)));

    const QJsonObject comparison = cliJson({ QStringLiteral("compare"), file, QStringLiteral("--date"),
        date.toString(Qt::ISODate), QStringLiteral("--precision"), QStringLiteral("bf16") });
    const QJsonArray rows = comparison.value(QStringLiteral("rows")).toArray();
    QVERIFY2(!rows.isEmpty(), "no comparison JSON");
    int rank = 0;
    for (const QJsonValue &v : rows) {
        const QJsonObject g = v.toObject();
        // Rank, generation, model name (may wrap), GPUs, PFLOPS, MW, PFLOPS per MW, cost per PFLOP-year, binds.
        const QRegularExpression row(QStringLiteral("(?m)^\\s*%1\\s+").arg(++rank)
            + QRegularExpression::escape(g.value(QStringLiteral("generation")).toString())
            + QStringLiteral("\\s.*?\\s([\\d,]+)\\s+([\\d,.]+)\\s+([\\d,.]+)\\s+([\\d,.]+)\\s+([\\d,]+|—)\\s+")
            + QRegularExpression::escape(
                g.value(QStringLiteral("binding")).toString().section(QLatin1Char(' '), 0, 0)));
        const QRegularExpressionMatch m = row.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(QStringLiteral("no comparison row %1").arg(rank)));
        QCOMPARE(parseNumber(m.captured(1)), g.value(QStringLiteral("gpus")).toDouble());
        QCOMPARE(parseNumber(m.captured(4)), std::round(g.value(QStringLiteral("pflopsPerMw")).toDouble() * 10) / 10);
        if (g.value(QStringLiteral("pflops")).toDouble() > 0)
            QCOMPARE(
                parseNumber(m.captured(5)), double(qRound64(g.value(QStringLiteral("costPerPflopYear")).toDouble())));
        else
            QCOMPARE(m.captured(5), QStringLiteral("—")); // nothing energized: no cost of compute
    }
}

QJsonObject solverJson(const QString &file)
{
    QByteArray out;
    if (runProcess(QStringLiteral(WARMSHELL_CLI),
            { QStringLiteral("solve"), file, QStringLiteral("--format"), QStringLiteral("json") }, &out)
        != 0)
        return {};
    return QJsonDocument::fromJson(out).object();
}

// The number after `label` on its line ("GPUs energized    4,152" → 4152); -1 if absent.
double figureAfter(const QString &text, const QString &label)
{
    const QRegularExpression re(
        QRegularExpression::escape(label) + QStringLiteral("\\s+(?:[A-Z]{3} )?(-?[\\d,]+(?:\\.\\d+)?)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return -1;
    QString n = m.captured(1);
    n.remove(QLatin1Char(','));
    return n.toDouble();
}

// Checks the summary and the per-generation rows of `text` against the solver's JSON.
void compareWithJson(const QString &text, const QJsonObject &json)
{
    const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
    QVERIFY2(!totals.isEmpty(), "no solver JSON");
    QCOMPARE(
        figureAfter(text, QStringLiteral("GPUs energized")), totals.value(QStringLiteral("energized_gpus")).toDouble());
    QCOMPARE(figureAfter(text, QStringLiteral("GPUs idle")), totals.value(QStringLiteral("idle_gpus")).toDouble());
    QCOMPARE(figureAfter(text, QStringLiteral("Idle depreciation per month")),
        double(qRound64(totals.value(QStringLiteral("idle_depreciation_per_month")).toDouble())));
    QCOMPARE(figureAfter(text, QStringLiteral("Site power used")),
        double(qRound64(totals.value(QStringLiteral("energized_kw")).toDouble())));
    const QString status = json.value(QStringLiteral("status")).toString();
    QVERIFY2(
        QRegularExpression(QStringLiteral("Solver status\\s+") + status).match(text).hasMatch(), qPrintable(status));

    // One row per generation: name, energized GPUs, idle GPUs (the table's first columns).
    const QJsonArray generations = json.value(QStringLiteral("generations")).toArray();
    QVERIFY(!generations.isEmpty());
    for (const QJsonValue &v : generations) {
        const QJsonObject g = v.toObject();
        const QString name = g.value(QStringLiteral("generation")).toString();
        const QRegularExpression row(QStringLiteral("(?m)^\\s*") + QRegularExpression::escape(name)
            + QStringLiteral("\\s+([\\d,]+)\\s+([\\d,]+)\\s"));
        const QRegularExpressionMatch m = row.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(QStringLiteral("no table row for ") + name));
        QCOMPARE(
            QString(m.captured(1)).remove(QLatin1Char(',')).toInt(), g.value(QStringLiteral("energized_gpus")).toInt());
        QCOMPARE(QString(m.captured(2)).remove(QLatin1Char(',')).toInt(), g.value(QStringLiteral("idle_gpus")).toInt());
    }
}

// Checks the Risk page's rows of `text`: every period's P10 / P50 / P90 equal to what
// `warmshell-cli risk FILE --samples N --seed S --threads 1 --format json` computes in its own
// process (one thread: the figures do not depend on the thread count), and the delays spread
// the energized GPUs in some period.
void compareRiskWithCli(const QString &text, const QString &file, int samples, int seed)
{
    const QJsonObject cliRisk
        = cliJson({ QStringLiteral("risk"), file, QStringLiteral("--samples"), QString::number(samples),
            QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--threads"), QStringLiteral("1") });
    const QJsonArray periods = cliRisk.value(QStringLiteral("periods")).toArray();
    QCOMPARE(periods.size(), 12);
    bool spread = false;
    for (const QJsonValue &v : periods) {
        const QJsonObject p = v.toObject();
        const QString label = quarterLabel(QDate::fromString(p.value(QStringLiteral("start")).toString(), Qt::ISODate));
        // The period's label and nine whole numbers, nothing else, on one line.
        const QRegularExpression row(
            QStringLiteral("(?m)^\\s*") + label + QStringLiteral("((?:\\s+-?[\\d,]+){9})\\s*$"));
        const QRegularExpressionMatch m = row.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(QStringLiteral("no risk row for ") + label));
        const QStringList cells = m.captured(1).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        int c = 0;
        for (const char *figure : { "energizedGpus", "idleGpus", "idleDepreciation" })
            for (const char *q : { "p10", "p50", "p90" }) {
                const double expected = p.value(QLatin1String(figure)).toObject().value(QLatin1String(q)).toDouble();
                QCOMPARE(parseNumber(cells[c++]), std::round(expected));
            }
        const QJsonObject gpus = p.value(QStringLiteral("energizedGpus")).toObject();
        spread = spread || gpus.value(QStringLiteral("p90")).toDouble() > gpus.value(QStringLiteral("p10")).toDouble();
    }
    QVERIFY2(spread, "the delays spread the energized GPUs in some period");
}

// Checks the Procurement page's order rows of `text` against `warmshell-cli procure FILE
// --budget BUDGET --candidates CANDIDATES --format json`; returns the number of orders (-1 when
// a check failed).
int compareOrdersWithCli(const QString &text, const QString &file, const QString &budget, const QString &candidates)
{
    const QJsonObject cliBuy = cliJson({ QStringLiteral("procure"), file, QStringLiteral("--budget"), budget,
        QStringLiteral("--candidates"), candidates });
    const QJsonArray orders = cliBuy.value(QStringLiteral("plan")).toObject().value(QStringLiteral("orders")).toArray();
    if (orders.isEmpty())
        return -1;
    for (const QJsonValue &v : orders) {
        const QJsonObject o = v.toObject();
        // Model, quarter ordered, delivery date, systems, cost: one row of the schedule.
        const QRegularExpression row(QStringLiteral("(?m)^\\s*") + o.value(QStringLiteral("model")).toString()
            + QStringLiteral("\\s+")
            + quarterLabel(QDate::fromString(o.value(QStringLiteral("placed")).toString(), Qt::ISODate))
            + QStringLiteral("\\s+") + o.value(QStringLiteral("delivered")).toString()
            + QStringLiteral("\\s+([\\d,]+)\\s+([\\d,]+)\\s*$"));
        const QRegularExpressionMatch m = row.match(text);
        if (!m.hasMatch()) {
            qWarning("no order row for %s", qPrintable(o.value(QStringLiteral("model")).toString()));
            return -1;
        }
        if (parseNumber(m.captured(1)) != o.value(QStringLiteral("count")).toDouble()
            || parseNumber(m.captured(2)) != o.value(QStringLiteral("costUsd")).toDouble()) {
            qWarning("order row of %s: %s", qPrintable(o.value(QStringLiteral("model")).toString()),
                qPrintable(m.captured(0)));
            return -1;
        }
    }
    return int(orders.size());
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void reportMatchesSolverJson_data();
    void reportMatchesSolverJson();
    void cliReport();
    void timelineAndComparison();
    void worstFailureInSummary();
    void cancelStopsTheFailureAnalysis();
    void facilityPowerPage();
    void scenariosSideBySide();
    void riskAndProcurementSections();
    void futureSectionsOnlyWhenAsked();
    void cliReportRiskAndProcurement();
    void cliReportWithoutAnalyses();
    void cliReportRefusesBadInput_data();
    void cliReportRefusesBadInput();
    void tenantsSection();
};

void TestReport::reportMatchesSolverJson_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("campus") << QStringLiteral("campus");
    QTest::newRow("lab") << QStringLiteral("lab");
}

void TestReport::reportMatchesSolverJson()
{
    QFETCH(QString, name);
    const LoadResult loaded = loadProject(example(name));
    QVERIFY(loaded.ok());
    const CapacityPlan plan = solve(*loaded.project, Catalog::builtIn(), SolveOptions{});
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    QCOMPARE(CapacityReport::write(*loaded.project, Catalog::builtIn(), plan, pdf), QString());

    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Capacity plan")), qPrintable(text.left(200)));
    QVERIFY(text.contains(loaded.project->site.name));
    compareWithJson(text, solverJson(example(name)));
    // Every section is there, as text.
    for (const QString &heading : { QStringLiteral("GPUs per generation"), QStringLiteral("What limits the plan"),
             QStringLiteral("Floor plan"), QStringLiteral("Charts"), QStringLiteral("Marginal value of capacity"),
             QStringLiteral("Stranded capacity"), QStringLiteral("Sources of the catalog figures"),
             QStringLiteral("Depreciation policies of the fleet"), QStringLiteral("redundancy and derating") })
        QVERIFY2(text.contains(heading), qPrintable(heading));
    // Chart axis labels are text too (vector charts, not pictures).
    QVERIFY(text.contains(QStringLiteral("GPU generation")));
    QVERIFY(text.contains(QStringLiteral("Utilisation of usable capacity")));
    // The fleet's lots and the power nodes are listed under the assumptions.
    for (const FleetLot &lot : loaded.project->fleet)
        QVERIFY2(text.contains(lot.name), qPrintable(lot.name));
    QVERIFY(text.count(QStringLiteral("\f")) >= 4); // at least five pages
    // Issue 16 item 16: the marginal-value and stranded tables name nodes and units as the file
    // does; no id of the chain or the cooling stands in them as a word.
    const qsizetype from = text.indexOf(QStringLiteral("Marginal value of capacity"));
    const qsizetype to = text.indexOf(QStringLiteral("Assumptions"), from);
    QVERIFY(from >= 0 && to > from);
    const QString tables = text.mid(from, to - from);
    QVERIFY(!plan.marginalValues.empty() && !plan.stranded.empty());
    const PowerNode *first = loaded.project->site.power.node(PowerNodeId(plan.marginalValues.front().object));
    QVERIFY(first);
    QVERIFY2(tables.contains(first->name), qPrintable(first->name));
    QStringList ids;
    for (const PowerNode &node : loaded.project->site.power.nodes())
        ids << node.id.toString();
    for (const CoolingUnit &unit : loaded.project->site.coolingUnits)
        ids << unit.id.toString();
    for (const QString &id : ids) {
        const QRegularExpression word(QStringLiteral("(^|[^\\w-])%1($|[^\\w-])").arg(QRegularExpression::escape(id)));
        QVERIFY2(!word.match(tables).hasMatch(), qPrintable(id));
    }
}

void TestReport::cliReport()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("campus plan.pdf"));
    QByteArray out, err;
    const int code = runProcess(QStringLiteral(WARMSHELL_CLI),
        { QStringLiteral("report"), example(QStringLiteral("campus")), QStringLiteral("--out"), pdf }, &out, &err);
    QVERIFY2(code == 0, err.constData());
    QVERIFY(out.contains("wrote"));
    const QString text = pdfText(pdf);
    compareWithJson(text, solverJson(example(QStringLiteral("campus"))));
    // The app computes the timeline for the report: the horizon figure is there.
    QVERIFY(text.contains(QStringLiteral("Idle depreciation over the horizon (timeline, 12 quarters)")));
}

// The campus report with its timeline and generation comparison: every period's row, the
// summary's horizon figure and every comparison row equal what warmshell-cli computes in its
// own process; chart titles and axis labels are text.
void TestReport::timelineAndComparison()
{
    const QString file = example(QStringLiteral("campus"));
    const LoadResult loaded = loadProject(file);
    QVERIFY(loaded.ok());
    const CapacityPlan plan = solve(*loaded.project, Catalog::builtIn(), SolveOptions{});
    const ReportAnalyses analyses = CapacityReport::analyse(*loaded.project, Catalog::builtIn(), plan);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    QCOMPARE(CapacityReport::write(*loaded.project, Catalog::builtIn(), plan, pdf, analyses), QString());
    if (!qEnvironmentVariableIsEmpty("WARMSHELL_REPORT_PDF")) // to look at the pages (pdftoppm)
        QFile::copy(pdf, qEnvironmentVariable("WARMSHELL_REPORT_PDF"));
    const QString text = pdfText(pdf);
    compareAnalysesWithCli(text, file, plan.date);
    for (const QString &label : { QStringLiteral("IT power per period: used against available"),
             QStringLiteral("Idle GPUs and cumulative idle depreciation"), QStringLiteral("PFLOPS per MW (BF16)"),
             QStringLiteral("Generation comparison: compute per MW and cost of compute"),
             QStringLiteral("never within horizon") })
        QVERIFY2(text.contains(label), qPrintable(label));
}

// The summary names the worst single failure of the plan as `warmshell-cli contingencies FILE
// --date D` computes it in its own process: its description and the GPUs it loses.
void TestReport::worstFailureInSummary()
{
    const QString file = example(QStringLiteral("campus"));
    const LoadResult loaded = loadProject(file);
    QVERIFY(loaded.ok());
    const CapacityPlan plan = solve(*loaded.project, Catalog::builtIn(), SolveOptions{});
    ReportAnalyses analyses;
    analyses.contingencies = CapacityReport::analyse(*loaded.project, Catalog::builtIn(), plan).contingencies;
    QVERIFY(analyses.contingencies);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    QCOMPARE(CapacityReport::write(*loaded.project, Catalog::builtIn(), plan, pdf, analyses), QString());
    const QString text = pdfText(pdf);
    const QJsonObject cli
        = cliJson({ QStringLiteral("contingencies"), file, QStringLiteral("--date"), plan.date.toString(Qt::ISODate) });
    const QJsonObject worst = cli.value(QStringLiteral("worst")).toObject();
    QVERIFY2(!worst.isEmpty(), "the campus example has a failure that loses something");
    QString words = QRegularExpression::escape(worst.value(QStringLiteral("description")).toString());
    words.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
    const QRegularExpression row(
        QStringLiteral("Worst single failure \\(N−1\\)\\s+") + words + QStringLiteral(":\\s+([\\d,]+)\\s+GPUs"));
    const QRegularExpressionMatch m = row.match(text);
    QVERIFY2(m.hasMatch(), qPrintable(text.left(3000)));
    QCOMPARE(parseNumber(m.captured(1)), worst.value(QStringLiteral("lost_gpus")).toDouble());
}

// The report's N−1 analysis reads the request's cancel flag between failures: set as the step
// starts (the Cancel of the export's progress dialog pressed then), the analysis stops and
// the report has no failure section rather than a partial one; not set, it has the CLI's
// every failure.
void TestReport::cancelStopsTheFailureAnalysis()
{
    const LoadResult loaded = loadProject(example(QStringLiteral("campus")));
    QVERIFY(loaded.ok());
    const CapacityPlan plan = solve(*loaded.project, Catalog::builtIn(), SolveOptions{});
    std::atomic<bool> cancel{ false };
    ReportRequest request;
    request.timeline = false;
    request.scenarios = false;
    request.cancel = &cancel;
    QStringList steps;
    request.progress = [&](int, int, const QString &what) {
        steps << what;
        if (what == QStringLiteral("Single failures (N−1)"))
            cancel = true;
    };
    const ReportAnalyses cancelled = CapacityReport::analyse(*loaded.project, Catalog::builtIn(), plan, request);
    QCOMPARE(steps, QStringList{ QStringLiteral("Single failures (N−1)") });
    QVERIFY(!cancelled.contingencies);
    cancel = false;
    request.progress = {};
    const ReportAnalyses whole = CapacityReport::analyse(*loaded.project, Catalog::builtIn(), plan, request);
    QVERIFY(whole.contingencies);
    QCOMPARE(whole.contingencies->results.size(), singleFailures(*loaded.project, plan.date).size());
}

// A 1 MW facility budget site (catalog figures: 96 % UPS, air heat 0.31 kW per kW) with a
// 10 kW house load on its feed and 60 DGX B200 (14.3 kW, air) to place. Each system costs
// 14.3 × (1/0.96 + 0.31) = 19.328833 kW at the meter; with the house load 51 fit (995.8 kW),
// 52 would need 1,015.1. By hand for 51: IT 729.3 kW; cooling 0.31 × 729.3 = 226.083; losses
// 729.3 / 0.96 − 729.3 = 30.3875; house 10; facility 995.7705; PUE 995.7705 / 729.3 = 1.365.
// The feed is the one source: its bar and row carry the same figures against 1,000 usable.
// tests/data/timeline/scenario-compare.warmshell.json (worked in tests/model/tst_scenariocompare):
// the report's "Scenarios side by side" page has a row per scenario, quarter and generation.
// late-grid, 2026 Q2, SYS-A: 3 systems of 8 GPUs on, 9 idle at 3,000 = 27,000; util-1 at 30 kW.
// outage (util-1 out in Q2), 2026 Q2, SYS-A: nothing on, 96 idle, 12 × 3,000 = 36,000. Totals:
// base 27,000 + 3,000 + 18,000 + 3,000 = 51,000. A project without scenarios has no such page.
void TestReport::scenariosSideBySide()
{
    const LoadResult loaded
        = loadProject(QStringLiteral(WARMSHELL_TEST_DATA "/timeline/scenario-compare.warmshell.json"));
    QVERIFY(loaded.ok());
    const CapacityPlan plan = solve(*loaded.project, Catalog::builtIn(), SolveOptions{});
    const ReportAnalyses analyses = CapacityReport::analyse(*loaded.project, Catalog::builtIn(), plan);
    QVERIFY(analyses.scenarios);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    QCOMPARE(CapacityReport::write(*loaded.project, Catalog::builtIn(), plan, pdf, analyses), QString());
    if (!qEnvironmentVariableIsEmpty("WARMSHELL_REPORT_PDF"))
        QFile::copy(pdf, qEnvironmentVariable("WARMSHELL_REPORT_PDF"));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Scenarios side by side")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Energized GPUs per period, by scenario")));
    const QRegularExpression lateGrid(
        QStringLiteral("late-grid\\s+2026 Q2\\s+SYS-A\\s+24\\s+72\\s+27,000\\s+0\\.030\\s+0\\.030"));
    QVERIFY2(lateGrid.match(text).hasMatch(), qPrintable(text));
    const QRegularExpression outage(
        QStringLiteral("outage\\s+2026 Q2\\s+SYS-A\\s+0\\s+96\\s+36,000\\s+0\\.000\\s+0\\.000"));
    QVERIFY2(outage.match(text).hasMatch(), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("base: idle depreciation over the horizon USD 51,000")));

    Project without = *loaded.project;
    without.scenarios.clear();
    QVERIFY(!CapacityReport::analyse(without, Catalog::builtIn(), plan).scenarios);
}

void TestReport::facilityPowerPage()
{
    const SystemModel *b200 = Catalog::builtIn().find(SystemModelId(QStringLiteral("dgx-b200")));
    QVERIFY(b200);
    QStringList assumptions;
    Project p = makeBudgetSite(1.0, { b200 }, QDate(2026, 1, 1), Catalog::builtIn(), assumptions);
    p.site.power.node(PowerNodeId(QStringLiteral("budget-feed")))->houseLoads
        = { { QStringLiteral("offices"), Kilowatts(10), {} } };
    FleetLot lot;
    lot.id = LotId(QStringLiteral("b200"));
    lot.name = QStringLiteral("B200 lot");
    lot.model = b200->id;
    lot.count = 60;
    lot.unitCost = b200->price;
    lot.delivered = QDate(2025, 1, 1);
    p.fleet = { lot };
    SolveOptions options;
    options.date = QDate(2026, 1, 1);
    const CapacityPlan plan = solve(p, Catalog::builtIn(), options);
    QCOMPARE(plan.energizedGpus(), 51 * 8);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("facility.pdf"));
    QCOMPARE(CapacityReport::write(p, Catalog::builtIn(), plan, pdf), QString());
    const QString text = pdfText(pdf);
    const qsizetype from = text.indexOf(QStringLiteral("Facility power"));
    QVERIFY2(from >= 0, qPrintable(text.left(300)));
    const QString page = text.mid(from, text.indexOf(QLatin1Char('\f'), from) - from);
    const QString sentence = QString(page).simplified();
    QVERIFY2(sentence.contains(QStringLiteral("At the meter the plan draws 996 kW: IT 729 kW, cooling draw 226 kW, "
                                              "house load 10 kW, losses 30.4 kW. PUE (facility ÷ IT): 1.365.")),
        qPrintable(sentence.left(600)));
    // The source's row: name, IT, cooling, losses, house, total, usable, use.
    const QRegularExpression row(
        QStringLiteral("Facility budget\\s+729\\s+226\\s+30\\s+10\\s+996\\s+1,000\\s+99\\.6 %"));
    QVERIFY2(row.match(page).hasMatch(), qPrintable(page));
    // The chart's legend and axis are text in the PDF.
    for (const QString &label : { QStringLiteral("Cooling draw (kW)"), QStringLiteral("Losses (kW)"),
             QStringLiteral("House load (kW)"), QStringLiteral("Usable capacity (kW)") })
        QVERIFY2(page.contains(label), qPrintable(label));
}

// The campus example with bench/campusdelays.h's three uncertain dates.
static Project campusWithDelays()
{
    std::optional<Project> campus = bench::loadCampusWithDelays(example(QStringLiteral("campus")));
    if (!campus)
        qFatal("the campus example does not load with its three uncertain dates");
    return std::move(*campus);
}

// The report asked for the risk run (40 samples, seed 5, 2 threads, in this process) and a
// procurement plan (200 M USD over 12 quarters, B300 / GB300 / MI355X, lead 2) has a Risk page
// whose fan chart is titled and whose every period row holds the P10 / P50 / P90 that
// `warmshell-cli risk FILE --samples 40 --seed 5 --threads 1 --format json` computes in its own
// process, and a Procurement page whose order rows are `warmshell-cli procure`'s orders.
void TestReport::riskAndProcurementSections()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("campus-delays.warmshell.json"));
    const Project project = campusWithDelays();
    QCOMPARE(saveProject(project, file), QString());
    const CapacityPlan plan = solve(project, Catalog::builtIn(), SolveOptions{});
    ReportAnalyses analyses;
    RiskOptions risk;
    risk.samples = 40;
    risk.seed = 5;
    risk.threads = 2;
    analyses.risk = computeRisk(project, Catalog::builtIn(), risk);
    ProcurementInput buy;
    buy.totalBudget = 200e6;
    for (const char *id : { "dgx-b300", "gb300-nvl72", "mi355x-platform" }) {
        ProcurementCandidate c;
        c.model = SystemModelId(QLatin1String(id));
        c.unitPrice = project.model(c.model, Catalog::builtIn())->price.value();
        c.leadQuarters = 2;
        buy.candidates.push_back(c);
    }
    analyses.procurement = planProcurement(project, Catalog::builtIn(), buy);
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    QCOMPARE(CapacityReport::write(project, Catalog::builtIn(), plan, pdf, analyses), QString());
    if (!qEnvironmentVariableIsEmpty("WARMSHELL_REPORT_PDF")) // to look at the pages (pdftoppm)
        QFile::copy(pdf, qEnvironmentVariable("WARMSHELL_REPORT_PDF"));
    const QString text = pdfText(pdf);
    for (const QString &label :
        { QStringLiteral("Risk: delays with odds"), QStringLiteral("Energized GPUs per period: P10–P90 band and P50"),
            QStringLiteral("Procurement: what to buy when") })
        QVERIFY2(text.contains(label), qPrintable(label));

    compareRiskWithCli(text, file, 40, 5);
    if (QTest::currentTestFailed())
        return;
    const int orders
        = compareOrdersWithCli(text, file, QStringLiteral("200000000"), QStringLiteral("B300,GB300,MI355X"));
    QCOMPARE(analyses.procurement->plan.orders.size(), size_t(orders));
}

// Without a risk run or a procurement plan the report has neither page (the caller did not ask).
void TestReport::futureSectionsOnlyWhenAsked()
{
    const Project project = campusWithDelays();
    const CapacityPlan plan = solve(project, Catalog::builtIn(), SolveOptions{});
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    QCOMPARE(CapacityReport::write(project, Catalog::builtIn(), plan, pdf, ReportAnalyses{}), QString());
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Capacity plan")), qPrintable(text.left(500)));
    QVERIFY(!text.contains(QStringLiteral("Risk: delays with odds")));
    QVERIFY(!text.contains(QStringLiteral("Procurement: what to buy when")));
}

// `warmshell-cli report --sections risk,procurement` with the Monte Carlo options and procure's
// question: the Risk page's rows are the P10 / P50 / P90 `warmshell-cli risk` computes for the
// same samples and seed (the report on 2 threads, risk on 1), the Procurement page's orders are
// `warmshell-cli procure`'s for the same question, and the sections left out are absent and
// named as not computed.
void TestReport::cliReportRiskAndProcurement()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("campus-delays.warmshell.json"));
    QCOMPARE(saveProject(campusWithDelays(), file), QString());
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    QByteArray err;
    const int code = runProcess(QStringLiteral(WARMSHELL_CLI),
        { QStringLiteral("report"), file, QStringLiteral("--out"), pdf, QStringLiteral("--sections"),
            QStringLiteral("risk,procurement"), QStringLiteral("--risk-samples"), QStringLiteral("40"),
            QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--threads"), QStringLiteral("2"),
            QStringLiteral("--budget"), QStringLiteral("200000000"), QStringLiteral("--candidates"),
            QStringLiteral("B300,GB300,MI355X") },
        nullptr, &err);
    QVERIFY2(code == 0, err.constData());
    const QString text = pdfText(pdf);
    for (const QString &label : { QStringLiteral("Risk: delays with odds"),
             QStringLiteral("40 samples of 12 quarters, seed 5"), QStringLiteral("Procurement: what to buy when") })
        QVERIFY2(text.contains(label), qPrintable(label));
    compareRiskWithCli(text, file, 40, 5);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(compareOrdersWithCli(text, file, QStringLiteral("200000000"), QStringLiteral("B300,GB300,MI355X")) > 0);
    QVERIFY2(
        text.simplified().contains(QStringLiteral(
            "Not computed for this report: the timeline and the generation comparison; the single failures (N−1)")),
        qPrintable(text.left(3000)));
    for (const QString &absent : { QStringLiteral("Worst single failure"), QStringLiteral("Lots over the timeline"),
             QStringLiteral("Scenarios side by side") })
        QVERIFY2(!text.contains(absent), qPrintable(absent));
}

// `--sections none`: the plan's own pages only — no timeline, comparison, failure, scenario, Risk
// or Procurement section — and the report says which analyses it was written without.
void TestReport::cliReportWithoutAnalyses()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    QByteArray err;
    const QString campus = example(QStringLiteral("campus"));
    const int code = runProcess(QStringLiteral(WARMSHELL_CLI),
        { QStringLiteral("report"), campus, QStringLiteral("--out"), pdf, QStringLiteral("--sections"),
            QStringLiteral("none") },
        nullptr, &err);
    QVERIFY2(code == 0, err.constData());
    const QString text = pdfText(pdf);
    compareWithJson(text, solverJson(campus)); // the plan's pages are all there
    for (const QString &absent :
        { QStringLiteral("Risk: delays with odds"), QStringLiteral("Procurement: what to buy when"),
            QStringLiteral("Scenarios side by side"), QStringLiteral("Worst single failure"),
            QStringLiteral("Lots over the timeline"), QStringLiteral("Idle depreciation over the horizon (timeline") })
        QVERIFY2(!text.contains(absent), qPrintable(absent));
    const QString flat = text.simplified();
    for (const QString &said : { QStringLiteral("Not computed for this report: the timeline and the generation "
                                                "comparison; the single failures (N−1); the scenarios side by side; "
                                                "the Monte Carlo risk run (a Risk page); the procurement plan (a "
                                                "Procurement page)."),
             QStringLiteral("The timeline was not computed for this report."),
             QStringLiteral("The generation comparison was not computed for this report.") })
        QVERIFY2(flat.contains(said), qPrintable(said));
}

void TestReport::cliReportRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString campus = example(QStringLiteral("campus"));
    QTest::newRow("no --out") << QStringList{ QStringLiteral("report"), campus } << 2 << QStringLiteral("--out");
    QTest::newRow("unknown option") << QStringList{ QStringLiteral("report"), campus, QStringLiteral("--colour"),
        QStringLiteral("red"), QStringLiteral("--out") }
                                    << 2 << QStringLiteral("--colour");
    QTest::newRow("bad precision") << QStringList{ QStringLiteral("report"), campus, QStringLiteral("--precision"),
        QStringLiteral("fp2"), QStringLiteral("--out") }
                                   << 2 << QStringLiteral("--precision");
    QTest::newRow("risk without seed") << QStringList{ QStringLiteral("report"), campus,
        QStringLiteral("--risk-samples"), QStringLiteral("10"), QStringLiteral("--out") }
                                       << 2 << QStringLiteral("--seed is needed");
    QTest::newRow("risk section without samples") << QStringList{ QStringLiteral("report"), campus,
        QStringLiteral("--sections"), QStringLiteral("timeline,risk"), QStringLiteral("--out") }
                                                  << 2 << QStringLiteral("--risk-samples is needed");
    QTest::newRow("risk option, section left out") << QStringList{ QStringLiteral("report"), campus,
        QStringLiteral("--sections"), QStringLiteral("timeline"), QStringLiteral("--seed"), QStringLiteral("3"),
        QStringLiteral("--out") } << 2 << QStringLiteral("--seed is for the Risk page: add risk to --sections");
    QTest::newRow("unknown section") << QStringList{ QStringLiteral("report"), campus, QStringLiteral("--sections"),
        QStringLiteral("timeline,weather"), QStringLiteral("--out") }
                                     << 2 << QStringLiteral("got 'weather'");
    QTest::newRow("procurement without candidates") << QStringList{ QStringLiteral("report"), campus,
        QStringLiteral("--budget"), QStringLiteral("1e8"), QStringLiteral("--out") }
                                                    << 2 << QStringLiteral("--candidates is needed");
    QTest::newRow("unknown candidate") << QStringList{ QStringLiteral("report"), campus, QStringLiteral("--budget"),
        QStringLiteral("1e8"), QStringLiteral("--candidates"), QStringLiteral("Z9000"), QStringLiteral("--out") }
                                       << 2 << QStringLiteral("'Z9000' is neither a model id");
    QTest::newRow("damaged file") << QStringList{ QStringLiteral("report"),
        QStringLiteral(WARMSHELL_TEST_DATA "/bad/negative-capacity.json"), QStringLiteral("--out") }
                                  << 1 << QStringLiteral("negative-capacity.json");
}

void TestReport::cliReportRefusesBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    if (args.last() == QLatin1String("--out"))
        args << pdf;
    QByteArray err;
    QCOMPARE(runProcess(QStringLiteral(WARMSHELL_CLI), args, nullptr, &err), code);
    QVERIFY2(QString::fromLocal8Bit(err).contains(message), err.constData());
    QVERIFY(!QFile::exists(pdf));
}

// The per-tenant table of tests/data/good/tenants.warmshell.json (four 20 kW racks on one 60 kW
// PDU; 10 kW boxes of 8 GPUs at 120,000 USD over 6 years = 1,666.67 USD a month each). By hand:
// Acme (priority 10, hall 2 = room for 4 boxes) runs its 3: 24 GPUs, 30 kW. Beta (priority 5,
// rack 1, at most 16 GPUs) runs 2 of 4: 16 GPUs and 16 idle, 20 kW, 3,333 USD a month, its
// maxGpus reached. The operator's own lots get the last 10 kW: 1 of 4 boxes, 8 GPUs and 24 idle,
// 5,000 USD. All: 48 and 40 GPUs, 60 kW, 8,333 USD. The same figures as solve()'s; the lab (no
// tenants) has no such table.
void TestReport::tenantsSection()
{
    const LoadResult loaded = loadProject(QStringLiteral(WARMSHELL_TEST_DATA "/good/tenants.warmshell.json"));
    QVERIFY(loaded.ok());
    const CapacityPlan plan = solve(*loaded.project, Catalog::builtIn(), SolveOptions{});
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("tenants.pdf"));
    QCOMPARE(CapacityReport::write(*loaded.project, Catalog::builtIn(), plan, pdf, ReportAnalyses{}), QString());
    const QString text = pdfText(pdf);
    const qsizetype from = text.indexOf(QStringLiteral("GPUs per tenant"));
    QVERIFY2(from > text.indexOf(QStringLiteral("GPUs per generation")), qPrintable(text.left(3000)));
    const QString section = text.mid(from, text.indexOf(QStringLiteral("What limits the plan")) - from);
    struct Hand
    {
        const char *name, *priority;
        int energized, idle, kw, idleCost;
        const char *quota;
    };
    const Hand hand[]
        = { { "Acme Research", "10", 24, 0, 30, 0, "—" }, { "Beta Labs", "5", 16, 16, 20, 3333, "maximum GPUs" },
              { "operator's own", "last", 8, 24, 10, 5000, "—" }, { "All", "", 48, 40, 60, 8333, "" } };
    QCOMPARE(plan.tenants.size(), size_t(3));
    for (size_t i = 0; i < std::size(hand); ++i) {
        const Hand &h = hand[i];
        const QRegularExpression row(QRegularExpression::escape(QString::fromUtf8(h.name))
            + QStringLiteral("\\s+%1\\s*%2\\s+%3\\s+%4 kW\\s+USD %5\\s*%6")
                  .arg(QString::fromUtf8(h.priority), QLocale().toString(h.energized), QLocale().toString(h.idle),
                      QLocale().toString(h.kw), QLocale().toString(h.idleCost),
                      QRegularExpression::escape(QString::fromUtf8(h.quota))));
        QVERIFY2(
            row.match(section).hasMatch(), qPrintable(QString::fromUtf8(h.name) + QStringLiteral(" in:\n") + section));
        if (i < plan.tenants.size()) { // the plan's own figures are the hand's
            const TenantResult &r = plan.tenants[i];
            QCOMPARE(r.energizedGpus, h.energized);
            QCOMPARE(r.idleGpus, h.idle);
            QCOMPARE(r.energizedPower.value(), double(h.kw));
            QCOMPARE(qRound(r.idleDepreciationPerMonth.value()), h.idleCost);
        }
    }
    QCOMPARE(plan.energizedGpus(), 48);

    const LoadResult lab = loadProject(example(QStringLiteral("lab")));
    const QString labPdf = dir.filePath(QStringLiteral("lab.pdf"));
    const CapacityPlan labPlan = solve(*lab.project, Catalog::builtIn(), SolveOptions{});
    QCOMPARE(CapacityReport::write(*lab.project, Catalog::builtIn(), labPlan, labPdf, ReportAnalyses{}), QString());
    const QString labText = pdfText(labPdf);
    QVERIFY(labText.contains(QStringLiteral("GPUs per generation")));
    QVERIFY(!labText.contains(QStringLiteral("GPUs per tenant")));
    QVERIFY(!labText.contains(QStringLiteral("operator's own")));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
