// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/measuredcomparison.h"

#include <QObject>

#include <optional>
#include <vector>

class QAction;
class QWidget;

namespace warmshell::ui {

class Document;
class MeasuredPowerDialog;
class SolveController;

// Plan → Measured Power… (issue 18 §4 in the app): imports measured power for the document's
// site over a window (MeasuredPowerDialog, importMeasuredPowerFile), gives every later solve its
// measured rack peaks (SolveOptions::measuredRackPeakKw, read under the site's
// measuredDiversity policy) and, after each plan, publishes every node installed / planned /
// measured (compareMeasured) through comparisonChanged() — with current false once an edit
// makes the plan stale. Another project (Document::replaced) drops the measurements. Owned by
// PlanPresenter; the dialog is a child of `window`.
class MeasuredPresenter : public QObject
{
    Q_OBJECT

public:
    MeasuredPresenter(Document *document, SolveController *solve, QWidget *window);

    QAction *importAction() const { return m_importAction; }
    // The dialog the action opened last (window-modal, not blocking); null before.
    MeasuredPowerDialog *dialog() const { return m_dialog; }

    // Imports `fileName` over `window` for the document's site. On success keeps the summary,
    // re-solves with its rack peaks and returns no problem; else returns the problems and keeps
    // what was imported before.
    std::vector<Problem> importMeasurements(const QString &fileName, const MeasurementWindow &window);
    // Drops the measurements: solves go back to nameplate, the columns are hidden.
    void clearMeasurements();
    const MeasuredPower *measured() const { return m_measured ? &*m_measured : nullptr; }

signals:
    // Every node and measured rack against the last plan (empty: no measurements); `current`
    // false when the project changed since that plan was solved.
    void comparisonChanged(const std::vector<warmshell::MeasuredComparisonRow> &rows, bool current);

private:
    void openDialog();
    void publish();

    Document *m_document;
    SolveController *m_solve;
    QWidget *m_window;
    QAction *m_importAction;
    MeasuredPowerDialog *m_dialog = nullptr;
    std::optional<MeasuredPower> m_measured;
};

} // namespace warmshell::ui
