// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"

#include <qcustomplot.h>

namespace warmshell::ui::charts {

void resetChart(QCustomPlot *plot, const QString &title)
{
    plot->clearPlottables();
    plot->clearItems();
    // Back to the bare axis rect: the legend into its inset, title rows dropped.
    QCPLayoutGrid *layout = plot->plotLayout();
    if (plot->legend->layout() == layout) {
        layout->take(plot->legend);
        plot->axisRect()->insetLayout()->addElement(plot->legend, Qt::AlignRight | Qt::AlignTop);
    }
    for (int i = layout->elementCount() - 1; i >= 0; --i) {
        if (qobject_cast<QCPTextElement *>(layout->elementAt(i)))
            layout->removeAt(i);
    }
    layout->simplify();
    plot->setBackground(Qt::white);
    QFont font = plot->font();
    font.setPointSize(9);
    // No ligatures, so text in exported PDF/SVG charts stays searchable letter by letter.
    font.setStyleStrategy(QFont::PreferNoShaping);
    for (QCPAxis *axis : { plot->xAxis, plot->yAxis }) {
        axis->setTickLabelFont(font);
        axis->setLabelFont(font);
        axis->setLabel(QString());
        axis->setTickLabelRotation(0);
        axis->grid()->setVisible(axis == plot->yAxis);
    }
    plot->xAxis2->setVisible(false);
    plot->yAxis2->setVisible(false);
    plot->legend->setVisible(false);
    plot->legend->setFont(font);
    if (!title.isEmpty()) {
        plot->plotLayout()->insertRow(0);
        QFont titleFont = font;
        titleFont.setPointSize(10);
        titleFont.setBold(true);
        plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, title, titleFont));
    }
}

void showLegendAbove(QCustomPlot *plot)
{
    QCPLayoutGrid *layout = plot->plotLayout();
    QCPLegend *legend = plot->legend;
    legend->setVisible(true);
    if (legend->layout() != layout) {
        if (legend->layout())
            legend->layout()->take(legend);
        // Below the title (if any), above the axis rect.
        const int row = layout->rowCount() > 1 ? 1 : 0;
        layout->insertRow(row);
        layout->addElement(row, 0, legend);
        layout->setRowStretchFactor(row, 0.001);
    }
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setMargins(QMargins(4, 0, 4, 0));
    legend->setWrap(0);
}

void setCategoryTicks(QCPAxis *axis, const QStringList &labels)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    int longest = 0;
    for (int i = 0; i < labels.size(); ++i) {
        ticker->addTick(i + 1, labels.at(i));
        longest = std::max(longest, int(labels.at(i).size()));
    }
    axis->setTicker(ticker);
    axis->setSubTicks(false);
    axis->setTickLength(0, 4);
    axis->setRange(0.4, labels.size() + 0.6);
    // Long names on many bars would overlap: turn them.
    const int crowding = int(labels.size()) * longest;
    axis->setTickLabelRotation(crowding > 300 ? -55 : (crowding > 60 ? -35 : 0));
}

void finishChart(QCustomPlot *plot, double maximumValue, double minimumTop)
{
    plot->yAxis->setRange(0, std::max(maximumValue, minimumTop) * 1.1);
    plot->replot();
}

QColor energizedColor()
{
    return QColor(0x2e, 0x9e, 0x5b);
}
QColor idleColor()
{
    return QColor(0xc9, 0x6a, 0x5a);
}
QColor utilisationColor()
{
    return QColor(0x3b, 0x75, 0xaf);
}
QColor overLimitColor()
{
    return QColor(0xd6, 0x27, 0x28);
}

} // namespace warmshell::ui::charts
