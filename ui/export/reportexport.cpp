// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexport.h"

#include "catalog.h"
#include "export/reportoptionsdialog.h"
#include "solve/poolwork.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace warmshell::ui {

namespace {

// The progress dialog of one export: a step per analysis, then the drawing.
QProgressDialog *makeProgressDialog(QWidget *parent)
{
    auto *progress = new QProgressDialog(parent);
    progress->setObjectName(QStringLiteral("reportProgress"));
    progress->setWindowTitle(QProgressDialog::tr("Capacity Report"));
    progress->setLabelText(QProgressDialog::tr("Starting the analyses…"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(0);
    progress->setMinimumWidth(420);
    progress->setRange(0, 1);
    progress->setValue(0);
    // Cancel only asks the analyses to stop; the dialog stays up, saying so, until they have.
    QObject::disconnect(progress, &QProgressDialog::canceled, progress, &QProgressDialog::cancel);
    return progress;
}

} // namespace

ReportExportResult exportReportInBackground(
    QWidget *parent, Project project, CapacityPlan plan, const QString &fileName, ReportRequest request)
{
    std::atomic<bool> cancel{ false };
    std::unique_ptr<QProgressDialog> progress(makeProgressDialog(parent));
    QProgressDialog *shown = progress.get();
    request.cancel = &cancel;
    // From the analysing thread: handed to the GUI thread (queued; dropped with the dialog).
    request.progress = [shown, &cancel](int step, int steps, const QString &what) {
        QMetaObject::invokeMethod(
            shown,
            [shown, &cancel, step, steps, what] {
                if (cancel)
                    return;
                shown->setRange(0, steps + 1); // the last step draws the PDF
                shown->setValue(step);
                shown->setLabelText(what + QStringLiteral("…"));
            },
            Qt::QueuedConnection);
    };
    QObject::connect(shown, &QProgressDialog::canceled, shown, [shown, &cancel] {
        cancel = true;
        shown->setLabelText(QProgressDialog::tr("Cancelling: waiting for the running solve to stop…"));
    });
    QFutureWatcher<ReportAnalyses> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<ReportAnalyses>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([project, plan, request] {
        return solveOnPoolThread([&] { return CapacityReport::analyse(project, Catalog::builtIn(), plan, request); });
    }));
    shown->show();
    loop.exec();
    if (!watcher.isFinished()) { // the application quits: stop the job before its inputs go
        cancel = true;
        watcher.waitForFinished();
    }
    if (cancel)
        return { ReportExportResult::Outcome::Cancelled, {} };
    shown->setValue(shown->maximum() - 1);
    shown->setLabelText(QProgressDialog::tr("Drawing the report…"));
    const QString error = CapacityReport::write(project, Catalog::builtIn(), plan, fileName, watcher.result());
    if (!error.isEmpty())
        return { ReportExportResult::Outcome::Failed, error };
    return { ReportExportResult::Outcome::Written, {} };
}

ReportExportResult askAndExportReport(
    QWidget *parent, Project project, CapacityPlan plan, const QString &fileName, const ReportOffer &offer)
{
    ReportOptionsDialog options(project, offer, parent);
    if (options.exec() != QDialog::Accepted)
        return { ReportExportResult::Outcome::Cancelled, {} };
    return exportReportInBackground(parent, std::move(project), std::move(plan), fileName, options.request());
}

} // namespace warmshell::ui
