// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19 §1 in the app: Scenarios dock → Compare Side by Side…, ticking 2 to 6 scenarios by
// clicks, the table, the chart and the CSV against figures counted by hand.
#include "charts/scenariocomparechart.h"
#include "mainwindow.h"
#include "scenarios/scenariocomparedialog.h"
#include "scenarios/scenariosdock.h"
#include "uitestsupport.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

#include <qcustomplot.h>

using namespace warmshell;
using namespace warmshell::ui;

namespace {

constexpr int kCompareTimeoutMs = 120000;

// tests/data/timeline/scenario-compare.warmshell.json (worked in tests/model/tst_scenariocompare):
// two quarters from 2026-01-01; racks of 3 sys-a (8 GPUs, 10 kW) on util-1 (30 kW, 60 kW from
// 2026-04-01); 12 sys-a idle at 3,000 per system-quarter, 2 sys-b (never energizable) at 1,500.
// Energized systems: base 3 then 6; late-grid 3, 3; uprate 6, 6; outage 3, 0.
QString fixture()
{
    return QStringLiteral(WARMSHELL_TEST_DATA "/timeline/scenario-compare.warmshell.json");
}

// Clicks the check box of row `row` of `list`, as a person ticks it.
void clickCheckBox(QListWidget *list, int row)
{
    const QRect r = list->visualItemRect(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(r.left() + 10, r.center().y()));
}

} // namespace

class TestScenarioCompareUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_settings = uitest::useFreshSettings(); }

    void compareTwoOfThreeByClicks()
    {
        MainWindow window;
        window.resize(uitest::screenshotSize());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(fixture()).isEmpty());
        ScenariosDock *dock = window.scenariosDock();
        dock->raise();
        auto *open = dock->findChild<QPushButton *>(QStringLiteral("compareScenariosButton"));
        QVERIFY(open && open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        auto *dialog = dock->findChild<ScenarioCompareDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *choices = dialog->findChild<QListWidget *>(QStringLiteral("compareChoices"));
        auto *compare = dialog->findChild<QPushButton *>(QStringLiteral("compareButton"));
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("compareStatus"));
        QCOMPARE(choices->count(), 3); // late-grid, uprate, outage: all ticked at first
        QCOMPARE(dialog->checkedScenarios(), QString::fromLatin1("late-grid,uprate,outage").split(QLatin1Char(',')));

        clickCheckBox(choices, 2); // outage off
        clickCheckBox(choices, 1); // uprate off: one left, refused
        QCOMPARE(dialog->checkedScenarios(), QStringList{ QStringLiteral("late-grid") });
        QVERIFY(!compare->isEnabled());
        QVERIFY2(status->text().contains(QStringLiteral("choose 2 to 6 scenarios")), qPrintable(status->text()));
        clickCheckBox(choices, 1); // uprate back on
        QVERIFY(compare->isEnabled());

        QSignalSpy compared(dialog, &ScenarioCompareDialog::compared);
        QTest::mouseClick(compare, Qt::LeftButton);
        QVERIFY(compared.wait(kCompareTimeoutMs));

        // 3 variants × 2 quarters × 2 generations.
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("compareTable"));
        QCOMPARE(table->rowCount(), 12);
        // Row 6: late-grid, 2026 Q2, SYS-A: 3 systems on (24 GPUs), 9 idle (72), 27,000; 30 kW.
        QCOMPARE(table->item(6, 0)->text(), QStringLiteral("late-grid"));
        QCOMPARE(table->item(6, 1)->text(), QStringLiteral("2026 Q2"));
        QCOMPARE(table->item(6, 2)->text(), QStringLiteral("SYS-A"));
        QCOMPARE(table->item(6, 3)->text(), QStringLiteral("24"));
        QCOMPARE(table->item(6, 4)->text(), QStringLiteral("72"));
        QVERIFY2(table->item(6, 5)->text().contains(QStringLiteral("27,000")), qPrintable(table->item(6, 5)->text()));
        QCOMPARE(table->item(6, 6)->text(), QStringLiteral("0.030"));

        // The chart: energized GPUs per quarter, base 24 → 48, late-grid 24 → 24, uprate 48 → 48.
        auto *chart = dialog->findChild<QCustomPlot *>(QStringLiteral("compareChart"));
        const std::vector<std::pair<double, double>> expected{ { 24, 48 }, { 24, 24 }, { 48, 48 } };
        for (int i = 0; i < 3; ++i) {
            QCPGraph *g = charts::scenarioEnergizedGraph(chart, i);
            QVERIFY(g);
            QCOMPARE(g->dataCount(), 2);
            QCOMPARE(g->data()->at(0)->value, expected[size_t(i)].first);
            QCOMPARE(g->data()->at(1)->value, expected[size_t(i)].second);
        }
        QCOMPARE(charts::scenarioEnergizedGraph(chart, 1)->name(), QStringLiteral("late-grid"));

        // The CSV (what Export CSV… writes): uprate Q1 SYS-A, 6 systems on, 6 idle at 3,000.
        const QString path = m_settings->filePath(QStringLiteral("side-by-side.csv"));
        QVERIFY(dialog->exportCsv(path).isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 13);
        QCOMPARE(
            lines[9], QStringLiteral("uprate,2026-01-01,2026-04-01,SYS-A,48,48,18000.00,48,64,21000.00,0.0600,0.0600"));

        // A tick changed: the shown comparison is marked not current.
        clickCheckBox(choices, 2);
        QVERIFY2(status->text().contains(QStringLiteral("Not current")), qPrintable(status->text()));
        clickCheckBox(choices, 2);
        QVERIFY2(status->text().contains(QStringLiteral("2 scenario(s) against the base")), qPrintable(status->text()));

        dialog->resize(uitest::screenshotSize());
        QTest::qWait(50);
        const QString dir
            = qEnvironmentVariable("WARMSHELL_SCREENSHOT_DIR", QStringLiteral(WARMSHELL_BINARY_DIR "/screenshots"));
        QDir().mkpath(dir);
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/scenarios-side-by-side.png")));
        dialog->close();
    }

private:
    std::unique_ptr<QTemporaryDir> m_settings;
};

QTEST_MAIN(TestScenarioCompareUi)
#include "tst_scenariocompareui.moc"
