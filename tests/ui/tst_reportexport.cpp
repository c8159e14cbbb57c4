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
#include "procurement/procurementdialog.h"
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
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
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

// Runs `step` once on the first visible top-level widget of type T, as whenShown() does.
template <typename T> void whenShownOf(std::function<void(T *)> step)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, step = std::move(step)] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *shown = qobject_cast<T *>(w); shown && shown->isVisible()) {
                poll->stop();
                poll->deleteLater();
                step(shown);
                return;
            }
    });
    poll->start();
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

// Tools → Procurement… on `window`: Plan with the dialog's defaults, then Close; the plan shown
// (no orders if it did not plan within a minute).
ProcurementPlan planInProcurementDialog(MainWindow &window)
{
    ProcurementPlan plan;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<ProcurementDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QSignalSpy planned(dialog, &ProcurementDialog::planned);
        click(dialog->findChild<QPushButton *>(QStringLiteral("planButton")));
        QVERIFY(planned.wait(kSolveTimeoutMs));
        plan = dialog->plan();
        dialog->reject();
    });
    window.findChild<QAction *>(QStringLiteral("procurementAction"))->trigger();
    return plan;
}

// Whether `text` has every row of `rows`, each on a line of its own, cells apart by spaces.
bool hasRows(const QString &text, const QList<QStringList> &rows)
{
    for (const QStringList &row : rows) {
        QStringList cells = row;
        for (QString &cell : cells)
            cell = QRegularExpression::escape(cell);
        const QRegularExpression line(
            QStringLiteral("(?m)^\\s*") + cells.join(QStringLiteral("\\s+")) + QStringLiteral("\\s*$"));
        if (!line.match(text).hasMatch()) {
            qWarning("no row %s", qPrintable(row.join(u' ')));
            return false;
        }
    }
    return true;
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

// In the report options dialog: leaves out the timeline, the failures and the scenarios (to
// keep the test short), then Compute and Export.
void computeOnlyTheFuture(QWidget *options)
{
    for (const char *name : { "timelineCheck", "contingenciesCheck", "scenariosCheck" })
        clickBox(box(options, name));
    click(options->findChild<QPushButton *>(QStringLiteral("computeButton")));
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
            QVERIFY(QTest::qWaitFor(
                [&] { return progress->labelText() != QStringLiteral("Starting the analyses…"); }, 20000));
            stepSeen = progress->labelText();
            const int start = ticks;
            QTest::qWait(300);
            ticksWhileAnalysing = progress->value() < progress->maximum() - 1 ? ticks - start : 0;
            click(progress->findChild<QPushButton *>());
        });
        clickExport(dialog); // returns once the export has ended
        QVERIFY(offered);
        const QStringList steps{ QStringLiteral("Timeline…"), QStringLiteral("Generation comparison…"),
            QStringLiteral("Single failures (N−1)…"), QStringLiteral("Scenarios side by side…") };
        QVERIFY2(steps.contains(stepSeen), qPrintable(stepSeen)); // an analysis the options asked for
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
            computeOnlyTheFuture(options);
        });
        clickExport(dialog);
        QVERIFY(offered);
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isVisible(); }, 1000)); // accepted: written
        const QString text = testing::pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("6 samples of 12 quarters, seed 4")), qPrintable(text.left(2000)));
        QVERIFY(hasRows(text, report::riskPercentileRows(run)));
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

    // Plan → Export Capacity Report after Tools → Procurement…: the dialog's plan is offered and
    // its order schedule is the Procurement page's; after an edit its question is planned again
    // for the edited project (a scenario renamed: the base, and so the schedule, is the same).
    void procurementFromTheSession()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(showCampusWithDelays(window, dir));
        const ProcurementPlan plan = planInProcurementDialog(window);
        QVERIFY(!plan.plan.orders.empty());
        const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
        whenShownOf<QFileDialog>([&](QFileDialog *files) {
            // Once the dialog has settled on its suggested name, the path goes over it and Save.
            auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            QVERIFY(QTest::qWaitFor([&] { return name->text() == QLatin1String("capacity-plan.pdf"); }, 5000));
            QTest::qWait(500); // the folder's listing, once loaded, selects the suggested name again
            name->setText(pdf);
            static_cast<QDialog *>(files)->accept(); // QFileDialog::accept, as Save does
        });
        bool offered = false;
        whenShown(QStringLiteral("reportOptionsDialog"), [&](QWidget *options) {
            offered = box(options, "procurementCheck")->isChecked() && box(options, "reuseProcurementCheck")
                && box(options, "reuseProcurementCheck")->isChecked();
            saveShot(options, QStringLiteral("report-options-procurement.png"));
            computeOnlyTheFuture(options);
        });
        QAction *exportReport = nullptr;
        for (QAction *a : window.planMenu()->actions())
            if (a->text().contains(QStringLiteral("Capacity &Report")))
                exportReport = a;
        QVERIFY(exportReport);
        exportReport->trigger(); // returns once the report is written
        QVERIFY(offered);
        QVERIFY2(QFile::exists(pdf), qPrintable(window.statusBar()->currentMessage()));
        QString text = testing::pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Procurement: what to buy when")), qPrintable(text.left(2000)));
        QVERIFY(hasRows(text, report::procurementOrderRows(plan)));

        window.document()->undoStack()->push(
            new RenameScenarioCommand(window.document(), 0, QStringLiteral("Renamed for the test")));
        QVERIFY(waitForPlan(window));
        QVERIFY(QFile::remove(pdf));
        ExportDialog *dialog = openReportExport(window, pdf);
        QVERIFY(dialog);
        bool askedAgain = false;
        QString step;
        whenShown(QStringLiteral("reportOptionsDialog"), [&](QWidget *options) {
            askedAgain = box(options, "procurementCheck")->isChecked() && !box(options, "reuseProcurementCheck");
            computeOnlyTheFuture(options);
        });
        whenShown(QStringLiteral("reportProgress"), [&](QWidget *w) {
            auto *progress = qobject_cast<QProgressDialog *>(w);
            if (QTest::qWaitFor([&] { return progress->labelText().startsWith(QStringLiteral("Procurement")); }, 5000))
                step = progress->labelText();
        });
        clickExport(dialog);
        QVERIFY(askedAgain);
        QCOMPARE(step, QStringLiteral("Procurement plan…")); // planned, not reused
        text = testing::pdfText(pdf);
        QVERIFY(hasRows(text, report::procurementOrderRows(plan)));
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
