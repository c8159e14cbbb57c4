// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexport.h"

#include "chartstyle.h"
#include "theme.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>

#include <qcustomplot.h>

namespace warmshell::ui::charts {

QString exportChart(QCustomPlot *plot, const QString &fileName, int width, int height)
{
    if (width <= 0 || height <= 0) {
        width = plot->width() > 50 ? plot->width() : 800;
        height = plot->height() > 50 ? plot->height() : 500;
    }
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool existed = QFileInfo::exists(fileName);
    bool ok = false;
    showFullAxisTitles(plot); // drawn at width × height, not at the size on screen
    const theme::LightScope printedOnWhite; // an exported chart is drawn light in any theme
    applyChartColours(plot);
    if (suffix == QStringLiteral("png")) {
        ok = plot->savePng(fileName, width, height, 2.0);
    } else if (suffix == QStringLiteral("pdf")) {
        ok = plot->savePdf(fileName, width, height, QCP::epNoCosmetic, QStringLiteral("WarmShell"));
    } else if (suffix == QStringLiteral("svg")) {
        QSvgGenerator generator;
        generator.setFileName(fileName);
        generator.setSize(QSize(width, height));
        generator.setViewBox(QRect(0, 0, width, height));
        generator.setTitle(QStringLiteral("WarmShell chart"));
        QCPPainter painter;
        ok = painter.begin(&generator);
        if (ok) {
            plot->toPainter(&painter, width, height);
            ok = painter.end();
        }
    } else {
        return tr("%1: unknown chart format \"%2\"; use .png, .svg or .pdf").arg(fileName, suffix);
    }
    plot->replot(QCustomPlot::rpQueuedReplot); // titles that fit the screen again, its theme's colours
    if (!ok || QFileInfo(fileName).size() == 0) {
        if (!existed)
            QFile::remove(fileName);
        return tr("cannot write %1").arg(fileName);
    }
    return {};
}

QString exportFilter()
{
    return tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)");
}

void addExportMenu(QCustomPlot *plot, QWidget *dialogParent, const QString &baseName)
{
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(
        plot, &QWidget::customContextMenuRequested, dialogParent, [plot, dialogParent, baseName](const QPoint &pos) {
            QMenu menu(plot);
            menu.addAction(tr("Export Chart…"), dialogParent, [plot, dialogParent, baseName] {
                const QString fileName = QFileDialog::getSaveFileName(
                    dialogParent, tr("Export Chart"), baseName + QStringLiteral(".png"), exportFilter());
                if (fileName.isEmpty())
                    return;
                const QString error = exportChart(plot, fileName);
                if (!error.isEmpty())
                    QMessageBox::warning(dialogParent, tr("Cannot export chart"), error);
            });
            menu.exec(plot->mapToGlobal(pos));
        });
}

} // namespace warmshell::ui::charts
