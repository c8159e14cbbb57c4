// SPDX-License-Identifier: GPL-3.0-or-later
#include "measuredpresenter.h"

#include "document/document.h"
#include "icons.h"
#include "import/measuredpowerdialog.h"
#include "solve/solvecontroller.h"

#include <QAction>

namespace warmshell::ui {

MeasuredPresenter::MeasuredPresenter(Document *document, SolveController *solve, QWidget *window)
    : QObject(window), m_document(document), m_solve(solve), m_window(window),
      m_importAction(new QAction(themeIcon(QStringLiteral("document-import")), tr("M&easured Power…"), this))
{
    m_importAction->setObjectName(QStringLiteral("measuredPowerAction"));
    m_importAction->setToolTip(tr("Import measured power (CSV or JSON Lines) and compare each node's plan with its "
                                  "meters"));
    connect(m_importAction, &QAction::triggered, this, &MeasuredPresenter::openDialog);
    connect(m_solve, &SolveController::planReady, this, &MeasuredPresenter::publish);
    connect(m_solve, &SolveController::staleChanged, this, &MeasuredPresenter::publish);
    connect(m_document, &Document::replaced, this, &MeasuredPresenter::clearMeasurements);
}

void MeasuredPresenter::openDialog()
{
    if (!m_dialog)
        m_dialog = new MeasuredPowerDialog(
            [this](const QString &fileName, const MeasurementWindow &window) {
                return importMeasurements(fileName, window);
            },
            m_window);
    m_dialog->open();
}

std::vector<Problem> MeasuredPresenter::importMeasurements(const QString &fileName, const MeasurementWindow &window)
{
    if (fileName.trimmed().isEmpty())
        return { { QStringLiteral("$"), tr("choose a measured power file") } };
    MeasuredPowerResult result = importMeasuredPowerFile(fileName, m_document->project().site, window);
    if (!result.ok())
        return result.errors;
    m_measured = std::move(result.power);
    SolveOptions options = m_solve->options();
    options.measuredRackPeakKw = m_measured->rackPeaks();
    m_solve->setOptions(options); // re-solves
    publish();
    return {};
}

void MeasuredPresenter::clearMeasurements()
{
    if (!m_measured && m_solve->options().measuredRackPeakKw.empty())
        return;
    m_measured.reset();
    SolveOptions options = m_solve->options();
    options.measuredRackPeakKw.clear();
    m_solve->setOptions(options);
    emit comparisonChanged({}, true);
}

void MeasuredPresenter::publish()
{
    if (!m_measured || !m_solve->plan()) {
        emit comparisonChanged({}, true);
        return;
    }
    emit comparisonChanged(compareMeasured(m_solve->planProject(), *m_solve->plan(), *m_measured), !m_solve->isStale());
}

} // namespace warmshell::ui
