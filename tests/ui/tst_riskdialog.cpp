// SPDX-License-Identifier: GPL-3.0-or-later
// Plan → Risk…: the dialog driven by clicks and keys on the campus example with delays, its fan
// chart and lot table against computeRisk() called directly with the same seed (on another
// number of threads: the answer must not depend on it), Export CSV against riskTable(), the
// figure selector, and Cancel stopping a long run.
#include "campusdelays.h"
#include "catalog.h"
#include "charts/chartstyle.h"
#include "charts/fanchart.h"
#include "export/riskexport.h"
#include "export/table.h"
#include "mainwindow.h"
#include "projectfile.h"
#include "risk/riskdialog.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <qcustomplot.h>

using namespace warmshell;
using namespace warmshell::ui;

namespace {

// The campus example with bench/campusdelays.h's three uncertain dates.
Project campusWithDelays()
{
    std::optional<Project> campus
        = bench::loadCampusWithDelays(QStringLiteral(WARMSHELL_SOURCE_DIR "/resources/examples/campus.warmshell.json"));
    if (!campus)
        qFatal("the campus example does not load with its three uncertain dates");
    return std::move(*campus);
}

void typeInto(QSpinBox *box, const QString &text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Tab);
}

// The graph named `name` of the fan chart, as (key, value) pairs.
QList<QPointF> graphPoints(QCustomPlot *chart, const char *name)
{
    QList<QPointF> out;
    auto *graph = charts::plottableNamed<QCPGraph>(chart, QLatin1String(name));
    if (!graph)
        return out;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        out << QPointF(it->key, it->value);
    return out;
}

// What the chart must show for `figure` of `risk`, from the direct run.
QList<QPointF> expectedPoints(const RiskResult &risk, charts::RiskFigure figure, double Percentiles::*q)
{
    QList<QPointF> out;
    for (size_t k = 0; k < risk.periods.size(); ++k)
        out << QPointF(double(k + 1), charts::riskPercentiles(risk.periods[k], figure).*q);
    return out;
}

} // namespace

class TestRiskDialog : public QObject
{
    Q_OBJECT

private slots:
    // The planner types 60 samples, seed 11 and 2 threads, presses Run, and reads the fan chart
    // and the table: they equal computeRisk() on one thread with seed 11 (a second path).
    void runShowsTheDirectFigures()
    {
        RiskDialog dialog(campusWithDelays());
        dialog.resize(1366, 768);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(dialog.findChild<QSpinBox *>(QStringLiteral("samplesSpin")), QStringLiteral("60"));
        typeInto(dialog.findChild<QSpinBox *>(QStringLiteral("seedSpin")), QStringLiteral("11"));
        typeInto(dialog.findChild<QSpinBox *>(QStringLiteral("threadsSpin")), QStringLiteral("2"));
        QCOMPARE(dialog.options().samples, 60);
        QCOMPARE(dialog.options().seed, std::uint64_t(11));
        QCOMPARE(dialog.options().threads, 2);

        QSignalSpy finished(&dialog, &RiskDialog::finished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("runButton")), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QVERIFY2(dialog.result().problems.isEmpty(), qPrintable(dialog.result().problems.join(u';')));
        auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("riskProgress"));
        QCOMPARE(progress->maximum(), 60);
        QCOMPARE(progress->value(), 60);

        RiskOptions direct;
        direct.samples = 60;
        direct.seed = 11;
        direct.threads = 1;
        const RiskResult expected = computeRisk(campusWithDelays(), Catalog::builtIn(), direct);
        QVERIFY(expected.problems.isEmpty());
        QCOMPARE(expected.periods.size(), size_t(12)); // the campus's 12 quarters
        // The delays spread the figures: a fan, not a line, in some period.
        bool spread = false;
        for (const RiskPeriod &p : expected.periods)
            spread = spread || p.energizedGpus.p90 > p.energizedGpus.p10;
        QVERIFY(spread);

        auto *chart = dialog.findChild<QCustomPlot *>(QStringLiteral("fanChart"));
        auto *figure = dialog.findChild<QComboBox *>(QStringLiteral("figureCombo"));
        const std::pair<int, charts::RiskFigure> figures[] = { { 0, charts::RiskFigure::EnergizedGpus },
            { 1, charts::RiskFigure::IdleGpus }, { 2, charts::RiskFigure::IdleDepreciation } };
        for (const auto &[row, f] : figures) {
            // Chosen by keys in the selector, as a person would.
            figure->setFocus();
            while (figure->currentIndex() != row)
                QTest::keyClick(figure, figure->currentIndex() < row ? Qt::Key_Down : Qt::Key_Up);
            QCOMPARE(graphPoints(chart, charts::kFanP10Name), expectedPoints(expected, f, &Percentiles::p10));
            QCOMPARE(graphPoints(chart, charts::kFanP50Name), expectedPoints(expected, f, &Percentiles::p50));
            QCOMPARE(graphPoints(chart, charts::kFanP90Name), expectedPoints(expected, f, &Percentiles::p90));
        }

        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("lotProbabilityTable"));
        QCOMPARE(table->rowCount(), int(expected.lots.size()));
        QCOMPARE(table->columnCount(), int(expected.periods.size()));
        QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("2026 Q1"));
        for (int l = 0; l < table->rowCount(); ++l)
            for (int k = 0; k < table->columnCount(); ++k) {
                const double share = expected.lots[size_t(l)].fullyEnergizedBy[size_t(k)];
                QCOMPARE(table->item(l, k)->text(), QStringLiteral("%1 %").arg(100 * share, 0, 'f', 1));
            }

        // Export CSV writes riskTable() of the same figures.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("risk.csv"));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("exportCsvButton"))->isEnabled());
        QVERIFY(dialog.exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), tableToCsv(riskTable(expected)));

        figure->setCurrentIndex(0);
        const QString shots = QStringLiteral(WARMSHELL_BINARY_DIR "/screenshots");
        QDir().mkpath(shots);
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/risk-dialog.png")));

        // An input changed: the run shown is marked as not current.
        typeInto(dialog.findChild<QSpinBox *>(QStringLiteral("seedSpin")), QStringLiteral("12"));
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("riskSummary"));
        QVERIFY2(summary->text().startsWith(QStringLiteral("Not current")), qPrintable(summary->text()));
    }

    // A long run (100,000 samples on one thread) stops soon after Cancel is clicked: the
    // progress had started and stays below the total, the dialog says it was cancelled, and
    // there is nothing to export.
    void cancelStopsALongRun()
    {
        RiskDialog dialog(campusWithDelays());
        dialog.resize(1366, 768);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(dialog.findChild<QSpinBox *>(QStringLiteral("samplesSpin")), QStringLiteral("100000"));
        typeInto(dialog.findChild<QSpinBox *>(QStringLiteral("threadsSpin")), QStringLiteral("1"));
        QSignalSpy finished(&dialog, &RiskDialog::finished);
        auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelRunButton"));
        QVERIFY(!cancel->isEnabled());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("runButton")), Qt::LeftButton);
        auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("riskProgress"));
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 2, 60000);
        QVERIFY(cancel->isEnabled());
        QElapsedTimer sinceCancel;
        sinceCancel.start();
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        // One sample of the campus takes well under a second: the run did not go on.
        QVERIFY2(sinceCancel.elapsed() < 10000, qPrintable(QString::number(sinceCancel.elapsed())));
        QVERIFY(progress->value() < 100000);
        QVERIFY(dialog.result().samples.empty());
        QVERIFY2(dialog.result().problems.join(u';').contains(QStringLiteral("cancelled")),
            qPrintable(dialog.result().problems.join(u';')));
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("riskSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("cancelled")), qPrintable(summary->text()));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("exportCsvButton"))->isEnabled());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled());
        QVERIFY(!dialog.exportCsv(QDir::temp().filePath(QStringLiteral("never-written.csv"))));
    }

    // The main window offers it in the Plan menu; triggering it opens the dialog on the
    // document's project.
    void planMenuOpensIt()
    {
        MainWindow window;
        auto *action = window.findChild<QAction *>(QStringLiteral("riskAction"));
        QVERIFY(action);
        QVERIFY(window.planMenu()->actions().contains(action));
        QVERIFY(!action->icon().isNull());
        bool opened = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<RiskDialog *>(QApplication::activeModalWidget());
            opened = dialog != nullptr;
            if (dialog)
                dialog->reject();
        });
        action->trigger();
        QVERIFY(opened);
    }
};

QTEST_MAIN(TestRiskDialog)
#include "tst_riskdialog.moc"
