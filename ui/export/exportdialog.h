// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/capacityplan.h"
#include "project.h"
#include "report/sessionanalyses.h"

#include <QDialog>
#include <QString>

#include <span>
#include <utility>

class QComboBox;
class QLabel;
class QLineEdit;

namespace warmshell {
class Catalog;
}

namespace warmshell::ui {

// What File → Export… writes. Tables go through planTable/timelineTable and tableToCsv, the
// full result through planToJson, the report through CapacityReport: the functions
// `warmshell-cli export`, `solve --format json` and `report` use.
enum class ExportKind {
    Report, // capacity plan report, PDF
    Placements, // CSV
    Generations, // CSV
    Nodes, // CSV
    Tenants, // CSV, per tenant; offered only for a plan with tenants
    Timeline, // CSV, the site's horizon solved period by period
    PlanJson, // the full result as documented in docs/solver.md
    FloorPlanPng, // floor plan coloured by rack utilisation, raster
    FloorPlanSvg, // the same, vector
};
constexpr std::pair<ExportKind, const char *> kExportKinds[] = { { ExportKind::Report, "report" },
    { ExportKind::Placements, "placements" }, { ExportKind::Generations, "generations" },
    { ExportKind::Nodes, "nodes" }, { ExportKind::Tenants, "tenants" }, { ExportKind::Timeline, "timeline" },
    { ExportKind::PlanJson, "plan-json" }, { ExportKind::FloorPlanPng, "floor-plan-png" },
    { ExportKind::FloorPlanSvg, "floor-plan-svg" } };
inline std::span<const std::pair<ExportKind, const char *>> enumKeys(ExportKind)
{
    return kExportKinds;
}

// Asks what to export and where, then writes it. The dialog keeps its own copies of the
// project and plan, so it exports what was solved even if the document changes while it is
// open. Accepting writes the file; on failure the dialog stays open and shows the reason
// (lastError()), and the file that was there before is left untouched.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `directory`: where the suggested file name points (empty: the home directory).
    ExportDialog(
        const Project &project, const CapacityPlan &plan, const QString &directory = {}, QWidget *parent = nullptr);

    ExportKind kind() const;
    void setKind(ExportKind kind);
    QString fileName() const;
    void setFileName(const QString &fileName);
    QString lastError() const { return m_lastError; }
    // What the report may reuse from this session (the Risk and Procurement dialogs' results).
    void setReportOffer(ReportOffer offer) { m_offer = std::move(offer); }

    // "pdf", "csv", "json", "png" or "svg".
    static QString suffix(ExportKind kind);
    // Writes `kind` of `plan`, solved for `project`, to `fileName` (replacing it atomically for
    // text; CapacityReport's own rules for the PDF, with the analyses' default request). Blocks
    // while the timeline or the report's analyses are solved (seconds on the campus example):
    // accept() instead asks what the report includes and computes it in the background
    // (askAndExportReport). Empty on success, else the reason.
    static QString write(ExportKind kind, const Project &project, const Catalog &builtIn, const CapacityPlan &plan,
        const QString &fileName);

    void accept() override;

signals:
    void exported(const QString &fileName);

private:
    void browse();
    void kindChanged();

    Project m_project;
    CapacityPlan m_plan;
    ReportOffer m_offer;
    QComboBox *m_kind;
    QLineEdit *m_path;
    QLabel *m_error;
    QString m_lastError;
};

} // namespace warmshell::ui
