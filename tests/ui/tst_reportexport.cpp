// SPDX-License-Identifier: GPL-3.0-or-later
// The capacity report exported from the app (issues 19 and 16 §17), driven through the real
// dialogs: File → Export… asks what the report includes, computes it on the thread pool with a
// progress dialog while the GUI thread keeps serving events, and Cancel leaves a file already
// there byte for byte; the Risk dialog's last run is offered for reuse while the project is
// unchanged, its figures are the Risk page's, and after an edit it is no longer offered.

#include "campusdelays.h"
#include "document/document.h"
#include "edit/scenariocommands.h"
#include "export/exportdialog.h"
#include "export/reportoptionsdialog.h"
#include "mainwindow.h"
#include "pdftext.h"
#include "projectfile.h"
#include "report/plansections.h"
#include "report/sessionanalyses.h"
#include "risk/riskdialog.h"
#include "solve/solvecontroller.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace warmshell;
using namespace warmshell::ui;
using namespace warmshell::uitest;

namespace {

constexpr int kSolveTimeoutMs = 60000;

// The campus example with its three uncertain dates, saved as `dir`/campus.warmshell.json.
QString saveCampusWithDelays(const QTemporaryDir &dir)
{
    const std::optional<Project> campus
        = bench::loadCampusWithDelays(QStringLiteral(WARMSHELL_SOURCE_DIR "/resources/examples/campus.warmshell.json"));
    const QString file = dir.filePath(QStringLiteral("campus.warmshell.json"));
    if (!campus || !saveProject(*campus, file).isEmpty())
        return {};
    return file;
}

// Waits until `window` shows a current plan of its project.
bool waitForPlan(MainWindow &window)
{
    return QTest::qWaitFor(
        [&] { return window.solveController()->plan() && !window.solveController()->isStale(); }, kSolveTimeoutMs);
}

// The visible top-level widget named `name`, or null.
QWidget *visibleWindow(const QString &name)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->isVisible() && w->objectName() == name)
            return w;
    return nullptr;
}

// Runs `step` once on the window named `name` as soon as it is shown, from the event loop
// (so also while a dialog's exec() or another local loop runs). The poll stops after `step`.
void whenShown(const QString &name, std::function<void(QWidget *)> step)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, name, step = std::move(step)] {
        if (QWidget *w = visibleWindow(name)) {
            poll->stop();
            poll->deleteLater();
            step(w);
        }
    });
    poll->start();
}

// Shows `window` at 1366 × 768 with the campus and its uncertain dates (saved in `dir`) and
// waits for its plan; false when it does not open or solve.
bool showCampusWithDelays(MainWindow &window, const QTemporaryDir &dir)
{
    window.resize(1366, 768);
    window.show();
    return window.openFile(saveCampusWithDelays(dir)).isEmpty() && waitForPlan(window);
}

// File → Export… of `window`, set to the report and `pdf`.
ExportDialog *openReportExport(MainWindow &window, const QString &pdf)
{
    window.planPresenter()->exportAction()->trigger();
    ExportDialog *dialog = nullptr;
    for (ExportDialog *d : window.findChildren<ExportDialog *>())
        if (d->isVisible())
            dialog = d;
    if (dialog) {
        dialog->setKind(ExportKind::Report);
        dialog->setFileName(pdf);
    }
    return dialog;
}

void click(QWidget *widget)
{
    QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
}

void clickExport(ExportDialog *dialog)
{
    click(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
}

// Plan → Risk… on `window`: a run of `samples` samples with `seed`, then Close; the run shown.
RiskResult runRiskDialog(MainWindow &window, int samples, int seed)
{
    RiskResult result;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<RiskDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QSpinBox *>(QStringLiteral("samplesSpin"))->setValue(samples);
        dialog->findChild<QSpinBox *>(QStringLiteral("seedSpin"))->setValue(seed);
        click(dialog->findChild<QPushButton *>(QStringLiteral("runButton")));
        QVERIFY(QTest::qWaitFor([&] { return !dialog->result().periods.empty(); }, kSolveTimeoutMs));
        result = dialog->result();
        dialog->reject();
    });
    window.findChild<QAction *>(QStringLiteral("riskAction"))->trigger();
    return result;
}

QCheckBox *box(QWidget *dialog, const char *name)
{
    return dialog->findChild<QCheckBox *>(QLatin1String(name));
}

// A click on the box's indicator, where a person clicks (a box stretched across the dialog
// does not take clicks right of its text).
void clickBox(QCheckBox *box)
{
    QStyleOptionButton option;
    option.initFrom(box);
    const QRect indicator = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
    QTest::mouseClick(box, Qt::LeftButton, {}, indicator.center());
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_settings = useFreshSettings(); }

    // Export → options dialog → progress dialog: the analyses run while a timer on the GUI
    // thread keeps firing, and Cancel leaves the PDF that was there byte for byte.
    void cancelLeavesExistingFile()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(showCampusWithDelays(window, dir));
        const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
        const QByteArray before("%PDF-1.4 an earlier report that must survive a cancelled export\n");
        {
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(before);
        }
        ExportDialog *dialog = openReportExport(window, pdf);
        QVERIFY(dialog);

        bool offered = false;
        whenShown(QStringLiteral("reportOptionsDialog"), [&](QWidget *options) {
            // The campus has scenarios; no procurement was planned, no risk run made.
            offered = box(options, "scenariosCheck")->isVisible() && box(options, "scenariosCheck")->isChecked()
                && box(options, "timelineCheck")->isChecked() && box(options, "contingenciesCheck")->isChecked()
                && !box(options, "riskCheck")->isChecked() && !box(options, "procurementCheck")->isEnabled()
                && !box(options, "reuseRiskCheck");
            saveShot(options, QStringLiteral("report-options.png"));
            click(options->findChild<QPushButton *>(QStringLiteral("computeButton")));
        });
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
        ticker.start(10);
        QString stepSeen;
        int ticksWhileAnalysing = 0;
        whenShown(QStringLiteral("reportProgress"), [&](QWidget *w) {
            auto *progress = qobject_cast<QProgressDialog *>(w);
            // An analysis has started (its name is shown) and the GUI thread goes on meanwhile.
            const bool started = QTest::qWaitFor(
                [&] { return progress->labelText() != QLatin1String("Starting the analyses…"); }, 20000);
            Q_UNUSED(started); // stepSeen below says which
            stepSeen = progress->labelText();
            const int start = ticks;
            QTest::qWait(300);
            ticksWhileAnalysing = progress->value() < progress->maximum() - 1 ? ticks - start : 0;
            click(progress->findChild<QPushButton *>());
        });
        clickExport(dialog); // returns once the export has ended
        QVERIFY(offered);
        QCOMPARE(stepSeen, QStringLiteral("Timeline…"));
        QVERIFY2(ticksWhileAnalysing >= 5, qPrintable(QString::number(ticksWhileAnalysing)));
        QVERIFY(!visibleWindow(QStringLiteral("reportProgress")));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("exportError"))->text(),
            QStringLiteral("Cancelled: nothing was written."));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // the project and the PDF: no temporary left
    }

    // A Risk dialog run is offered (checked) and taken as it is: the Risk page prints its samples,
    // seed and every period's P10 / P50 / P90; the sections unticked are named as not computed.
    // After an edit the run is no longer offered.
    void reusesTheRiskDialogsRun()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(showCampusWithDelays(window, dir));
        const RiskResult run = runRiskDialog(window, 6, 4);
        QCOMPARE(run.samples.size(), size_t(6));
        const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
        ExportDialog *dialog = openReportExport(window, pdf);
        QVERIFY(dialog);
        bool offered = false;
        whenShown(QStringLiteral("reportOptionsDialog"), [&](QWidget *options) {
            auto *samples = options->findChild<QSpinBox *>(QStringLiteral("reportSamplesSpin"));
            offered = box(options, "riskCheck")->isChecked() && box(options, "reuseRiskCheck")
                && box(options, "reuseRiskCheck")->isChecked() && !samples->isEnabled() && samples->value() == 6;
            saveShot(options, QStringLiteral("report-options-reuse.png"));
            for (const char *name : { "timelineCheck", "contingenciesCheck", "scenariosCheck" })
                clickBox(box(options, name));
            click(options->findChild<QPushButton *>(QStringLiteral("computeButton")));
        });
        clickExport(dialog);
        QVERIFY(offered);
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isVisible(); }, 1000)); // accepted: written
        const QString text = testing::pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("6 samples of 12 quarters, seed 4")), qPrintable(text.left(2000)));
        for (const QStringList &row : report::riskPercentileRows(run)) {
            QStringList cells = row;
            for (QString &cell : cells)
                cell = QRegularExpression::escape(cell);
            QVERIFY2(QRegularExpression(
                         QStringLiteral("(?m)^\\s*") + cells.join(QStringLiteral("\\s+")) + QStringLiteral("\\s*$"))
                         .match(text)
                         .hasMatch(),
                qPrintable(row.join(u' ')));
        }
        const QString leftOut = QStringLiteral("Not computed for this report: the timeline and the generation "
                                               "comparison; the single failures (N−1); the scenarios side by side; "
                                               "the procurement plan (a Procurement page).");
        QVERIFY2(text.simplified().contains(leftOut), qPrintable(text.simplified().left(3000)));

        // An edit: the run is of the project before it, so it is not offered any more.
        window.document()->undoStack()->push(
            new RenameScenarioCommand(window.document(), 0, QStringLiteral("Renamed for the test")));
        QVERIFY(waitForPlan(window));
        dialog = openReportExport(window, pdf);
        QVERIFY(dialog);
        bool notOffered = false;
        whenShown(QStringLiteral("reportOptionsDialog"), [&](QWidget *options) {
            notOffered = !box(options, "reuseRiskCheck") && !box(options, "riskCheck")->isChecked();
            qobject_cast<QDialog *>(options)->reject();
        });
        clickExport(dialog);
        QVERIFY(notOffered);
        dialog->reject();
    }

    // The session's results are offered only for the edit generation they were computed at,
    // on the base project, and a risk run only for the report's own timeline options; a failed
    // run is not offered, a failed plan keeps its question.
    void offerFollowsTheProjectState()
    {
        SessionAnalyses session;
        QVERIFY(!session.offer(3, {}, TimelineOptions{}).risk);
        RiskResult run;
        run.seed = 9;
        run.periods.resize(2);
        TimelineOptions timeline;
        session.setRisk(run, timeline, 3);
        QCOMPARE(session.offer(3, {}, timeline).risk->seed, std::uint64_t(9));
        QVERIFY(!session.offer(4, {}, timeline).risk); // an edit since
        QVERIFY(!session.offer(3, QStringLiteral("Late substation"), timeline).risk); // a scenario's plan
        TimelineOptions gpus = timeline;
        gpus.solve.objectives = { Objective::Gpus };
        QVERIFY(!session.offer(3, {}, gpus).risk); // the report plans for another objective
        RiskResult cancelled = run;
        cancelled.problems << QStringLiteral("cancelled after 1 of 2 samples");
        session.setRisk(cancelled, timeline, 3);
        QVERIFY(!session.offer(3, {}, timeline).risk);

        ProcurementInput question;
        question.horizonQuarters = 7;
        ProcurementPlan plan;
        plan.currency = QStringLiteral("USD");
        session.setProcurement(question, plan, 5);
        ReportOffer offer = session.offer(5, {}, timeline);
        QCOMPARE(offer.procurementInput->horizonQuarters, 7);
        QCOMPARE(offer.procurement->currency, QStringLiteral("USD"));
        offer = session.offer(6, {}, timeline);
        QCOMPARE(offer.procurementInput->horizonQuarters, 7); // asked again for the edited project
        QVERIFY(!offer.procurement);
        plan.problems.push_back(Problem{ QStringLiteral("$.candidates"), QStringLiteral("no candidate"), 0 });
        session.setProcurement(question, plan, 5);
        offer = session.offer(5, {}, timeline);
        QVERIFY(offer.procurementInput && !offer.procurement);
    }

private:
    std::unique_ptr<QTemporaryDir> m_settings;
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
