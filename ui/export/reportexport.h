// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/capacityreport.h"
#include "report/sessionanalyses.h"

#include <QString>

class QWidget;

namespace warmshell::ui {

// How an interactive report export ended.
struct ReportExportResult
{
    enum class Outcome { Written, Cancelled, Failed };
    Outcome outcome = Outcome::Failed;
    QString error; // Failed: the reason ("cannot write FILE: ...")
};

// Runs the analyses of `request` (CapacityReport::analyse) on the thread pool while a window-
// modal progress dialog over `parent` (object name "reportProgress") shows each step, with
// Cancel; the GUI thread keeps serving events meanwhile. Then draws the report of `plan`
// (solved for `project`; both copied, so a plan published meanwhile changes nothing) to
// `fileName` on the GUI thread. Cancel stops the analyses and returns
// Cancelled once they have stopped: nothing is written and a file already at `fileName` stays
// as it was. Blocks the caller (a local event loop) until then.
ReportExportResult exportReportInBackground(
    QWidget *parent, Project project, CapacityPlan plan, const QString &fileName, ReportRequest request);

// Asks what to include (ReportOptionsDialog, offering `offer`), then exportReportInBackground.
// Cancelled when the planner closes either dialog.
ReportExportResult askAndExportReport(
    QWidget *parent, Project project, CapacityPlan plan, const QString &fileName, const ReportOffer &offer);

} // namespace warmshell::ui
