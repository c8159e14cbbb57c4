// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"
#include "theme.h"

#include "analysis/timeline.h"
#include "catalog.h"
#include "enumkeys.h"
#include "export/planexport.h"
#include "export/reportexport.h"
#include "export/table.h"
#include "floorplan/floorplanpicture.h"
#include "outputfile.h"
#include "plan/planjson.h"
#include "report/capacityreport.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QVBoxLayout>

namespace warmshell::ui {

namespace {

// The floor plan coloured by rack utilisation with its title, dates and legend
// (FloorPlanPicture), at 2 pixels per scene unit (PNG) or as vector drawing (SVG).
QString writeFloorPlan(
    const Project &project, const Catalog &builtIn, const CapacityPlan &plan, const QString &fileName, bool svg)
{
    const FloorPlanPicture picture(project, builtIn, plan);
    if (picture.isEmpty())
        return ExportDialog::tr("the floor plan is empty: the site has no halls or racks");
    if (svg) {
        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            QSvgGenerator generator;
            generator.setOutputDevice(&buffer);
            generator.setSize(picture.size().toSize());
            generator.setViewBox(QRectF(QPointF(0, 0), picture.size()));
            generator.setTitle(picture.title());
            generator.setDescription(picture.subtitle());
            QPainter painter;
            if (!painter.begin(&generator))
                return ExportDialog::tr("cannot draw the floor plan as SVG");
            picture.paint(&painter, 1.0);
            painter.end();
        }
        return writeOutputFile(fileName, bytes);
    }
    const QSize size = (picture.size() * 2).toSize();
    if (size.width() > 16000 || size.height() > 16000)
        return ExportDialog::tr("the floor plan is too large for a PNG (%1 × %2 pixels); export SVG instead")
            .arg(size.width())
            .arg(size.height());
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        picture.paint(&painter, 2.0);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
        return ExportDialog::tr("cannot encode the floor plan as PNG");
    return writeOutputFile(fileName, bytes);
}

} // namespace

ExportDialog::ExportDialog(const Project &project, const CapacityPlan &plan, const QString &directory, QWidget *parent)
    : QDialog(parent), m_project(project), m_plan(plan), m_kind(new QComboBox(this)), m_path(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Export"));
    m_kind->setObjectName(QStringLiteral("exportKind"));
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_error->setObjectName(QStringLiteral("exportError"));
    const std::pair<ExportKind, QString> names[] = {
        { ExportKind::Report, tr("Capacity plan report (PDF)") },
        { ExportKind::Placements, tr("Placements table (CSV)") },
        { ExportKind::Generations, tr("Generations table (CSV)") },
        { ExportKind::Nodes, tr("Power nodes and cooling units table (CSV)") },
        { ExportKind::Tenants, tr("Tenants table (CSV)") },
        { ExportKind::Timeline, tr("Timeline table, period by period (CSV)") },
        { ExportKind::PlanJson, tr("Full result (JSON)") },
        { ExportKind::FloorPlanPng, tr("Floor plan by utilisation (PNG)") },
        { ExportKind::FloorPlanSvg, tr("Floor plan by utilisation (SVG)") },
    };
    for (const auto &[kind, name] : names)
        if (kind != ExportKind::Tenants || !m_plan.tenants.empty()) // only a plan with tenants has one
            m_kind->addItem(name, keyOf(kind));

    auto *browseButton = new QPushButton(tr("Browse…"), this);
    browseButton->setObjectName(QStringLiteral("exportBrowse"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto *form = new QFormLayout;
    form->addRow(tr("&Export:"), m_kind);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path); // a row holding a layout gets no buddy by itself
    form->addRow(fileLabel, pathRow);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1").arg(theme::css(theme::Role::ErrorText)));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    const QString base = m_project.site.name.isEmpty() ? tr("site") : m_project.site.name;
    QString safe = base;
    safe.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    m_path->setText(
        QDir(directory.isEmpty() ? QDir::homePath() : directory).filePath(safe + QStringLiteral(" capacity plan.pdf")));

    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExportDialog::kindChanged);
    resize(560, sizeHint().height());
}

ExportKind ExportDialog::kind() const
{
    return enumFromKey<ExportKind>(m_kind->currentData().toString()).value_or(ExportKind::Report);
}

void ExportDialog::setKind(ExportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(keyOf(kind)));
}

QString ExportDialog::fileName() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setFileName(const QString &fileName)
{
    m_path->setText(fileName);
}

QString ExportDialog::suffix(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Report:
        return QStringLiteral("pdf");
    case ExportKind::Placements:
    case ExportKind::Generations:
    case ExportKind::Nodes:
    case ExportKind::Tenants:
    case ExportKind::Timeline:
        return QStringLiteral("csv");
    case ExportKind::PlanJson:
        return QStringLiteral("json");
    case ExportKind::FloorPlanPng:
        return QStringLiteral("png");
    case ExportKind::FloorPlanSvg:
        return QStringLiteral("svg");
    }
    return {};
}

// A name that follows the kind: "campus capacity plan.pdf" → "campus placements.csv".
void ExportDialog::kindChanged()
{
    const QFileInfo info(fileName());
    QString stem = info.completeBaseName();
    for (const char *word : { " capacity plan", " placements", " generations", " nodes", " tenants", " timeline",
             " floor plan", " plan" }) {
        if (stem.endsWith(QLatin1String(word))) {
            stem.chop(qsizetype(qstrlen(word)));
            break;
        }
    }
    QString word;
    switch (kind()) {
    case ExportKind::Report:
        word = QStringLiteral(" capacity plan");
        break;
    case ExportKind::PlanJson:
        word = QStringLiteral(" plan");
        break;
    case ExportKind::FloorPlanPng:
    case ExportKind::FloorPlanSvg:
        word = QStringLiteral(" floor plan");
        break;
    default:
        word = QLatin1Char(' ') + keyOf(kind());
    }
    m_path->setText(info.dir().filePath(stem + word + QLatin1Char('.') + suffix(kind())));
    m_error->hide();
}

void ExportDialog::browse()
{
    const QString ext = suffix(kind());
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export to"), fileName(), tr("%1 files (*.%2)").arg(ext.toUpper(), ext));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::accept()
{
    const QString target = fileName();
    if (target.isEmpty()) {
        m_lastError = tr("Choose a file to export to.");
    } else if (kind() == ExportKind::Report && m_plan.status != PlanStatus::Failed) {
        const ReportExportResult result = askAndExportReport(this, m_project, m_plan, target, m_offer);
        if (result.outcome == ReportExportResult::Outcome::Cancelled) {
            m_error->setText(tr("Cancelled: nothing was written."));
            m_error->show();
            return;
        }
        m_lastError = result.error;
    } else {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_lastError = write(kind(), m_project, Catalog::builtIn(), m_plan, target);
        QApplication::restoreOverrideCursor();
    }
    if (!m_lastError.isEmpty()) {
        m_error->setText(m_lastError);
        m_error->show();
        return;
    }
    emit exported(target);
    QDialog::accept();
}

QString ExportDialog::write(
    ExportKind kind, const Project &project, const Catalog &builtIn, const CapacityPlan &plan, const QString &fileName)
{
    if (plan.status == PlanStatus::Failed)
        return tr("there is no plan to export: the solve failed");
    switch (kind) {
    case ExportKind::Report:
        return CapacityReport::write(project, builtIn, plan, fileName, CapacityReport::analyse(project, builtIn, plan));
    case ExportKind::Placements:
    case ExportKind::Generations:
    case ExportKind::Nodes:
    case ExportKind::Tenants: {
        const PlanTableKind table = kind == ExportKind::Placements ? PlanTableKind::Placements
            : kind == ExportKind::Generations                      ? PlanTableKind::Generations
            : kind == ExportKind::Tenants                          ? PlanTableKind::Tenants
                                                                   : PlanTableKind::Nodes;
        const PlanTableResult result = planTable(table, plan, project, builtIn);
        if (!result.table)
            return result.unavailable;
        return writeOutputFile(fileName, tableToCsv(*result.table).toUtf8());
    }
    case ExportKind::Timeline: {
        // The plan's objectives and precision, the site's period and horizon: as
        // `warmshell-cli export FILE --what timeline` with those options.
        TimelineOptions options;
        options.solve.objectives = plan.options.objectives;
        options.solve.precision = plan.options.precision;
        const Timeline timeline = computeTimeline(project, builtIn, options);
        if (!timeline.problems.isEmpty())
            return tr("no timeline: %1").arg(timeline.problems.join(QStringLiteral("; ")));
        return writeOutputFile(fileName, tableToCsv(timelineTable(timeline)).toUtf8());
    }
    case ExportKind::PlanJson:
        return writeOutputFile(fileName, QJsonDocument(planToJson(plan)).toJson(QJsonDocument::Indented));
    case ExportKind::FloorPlanPng:
    case ExportKind::FloorPlanSvg:
        return writeFloorPlan(project, builtIn, plan, fileName, kind == ExportKind::FloorPlanSvg);
    }
    return tr("unknown export");
}

} // namespace warmshell::ui
