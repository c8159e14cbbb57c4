// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pagewriter.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPdfWriter>

namespace warmshell::ui::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("warmshell::ui::report::PageWriter", text);
}

} // namespace

bool PageWriter::begin()
{
    if (!m_painter.begin(&m_writer))
        return false;
    m_painter.setMode(QCPPainter::pmVectorized);
    m_painter.setMode(QCPPainter::pmNoCaching);
    const QRect paint = m_writer.pageLayout().paintRectPixels(kDpi);
    m_width = paint.width();
    m_height = paint.height() - footerHeight();
    m_painter.setFont(bodyFont());
    return true;
}

bool PageWriter::end()
{
    drawFooter();
    return m_painter.end();
}

void PageWriter::newPage()
{
    drawFooter();
    m_writer.newPage();
    ++m_page;
    m_y = 0;
}

QFont PageWriter::bodyFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    // No shaping, so no ligatures: "fi" stays two letters that a search finds.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

void PageWriter::title(const QString &text)
{
    QFont font = bodyFont();
    font.setPointSizeF(18);
    font.setBold(true);
    block(text, font, 6);
}

void PageWriter::heading(const QString &text)
{
    QFont font = bodyFont();
    font.setPointSizeF(13);
    font.setBold(true);
    ensure(120); // never a heading alone at the bottom of a page
    skip(8);
    block(text, font, 4);
}

void PageWriter::paragraph(const QString &text, bool italic)
{
    QFont font = bodyFont();
    font.setItalic(italic);
    block(text, font, 4);
}

void PageWriter::table(const QStringList &headers, const QList<QStringList> &rows, const QList<double> &weights,
    const QList<bool> &right, bool boldLastRow)
{
    double sum = 0;
    for (double w : weights)
        sum += w;
    QList<int> widths;
    for (double w : weights)
        widths << int(m_width * w / sum);
    const int pad = 3;
    QFont font = bodyFont();
    font.setPointSizeF(8);
    QFont bold = font;
    bold.setBold(true);

    const auto rowHeight = [&](const QStringList &cells, const QFont &f) {
        m_painter.setFont(f);
        int h = 0;
        for (int c = 0; c < cells.size(); ++c) {
            const QRect r = m_painter.boundingRect(QRect(0, 0, widths[c] - 2 * pad, 10000), Qt::TextWordWrap, cells[c]);
            h = std::max(h, r.height());
        }
        return h + 2 * pad;
    };
    const auto drawRow = [&](const QStringList &cells, const QFont &f, int h, const QColor &fill) {
        m_painter.setFont(f);
        int x = 0;
        if (fill.isValid())
            m_painter.fillRect(QRect(0, m_y, m_width, h), fill);
        m_painter.setPen(QColor(0xb0, 0xb0, 0xb0));
        m_painter.drawLine(QLineF(0, m_y + h, m_width, m_y + h));
        m_painter.setPen(Qt::black);
        for (int c = 0; c < cells.size(); ++c) {
            const QRect r(x + pad, m_y + pad, widths[c] - 2 * pad, h - 2 * pad);
            m_painter.drawText(
                r, Qt::TextWordWrap | (right.value(c) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop, cells[c]);
            x += widths[c];
        }
        m_y += h;
    };
    const int headerHeight = rowHeight(headers, bold);
    ensure(headerHeight + (rows.isEmpty() ? 0 : rowHeight(rows.first(), font)));
    drawRow(headers, bold, headerHeight, QColor(0xe4, 0xea, 0xf1));
    for (int i = 0; i < rows.size(); ++i) {
        const QFont &f = boldLastRow && i == rows.size() - 1 ? bold : font;
        const int h = rowHeight(rows[i], f);
        if (h > remaining()) {
            newPage();
            drawRow(headers, bold, headerHeight, QColor(0xe4, 0xea, 0xf1));
        }
        drawRow(rows[i], f, h, QColor());
    }
    m_painter.setFont(bodyFont());
    skip(8);
}

void PageWriter::chart(QCustomPlot *plot, int height)
{
    ensure(height);
    m_painter.save();
    m_painter.translate(0, m_y);
    plot->toPainter(&m_painter, m_width, height);
    m_painter.restore();
    m_y += height + 8;
}

void PageWriter::scene(QGraphicsScene *scene, int height)
{
    ensure(height);
    const QRectF source = scene->itemsBoundingRect().adjusted(-10, -10, 10, 10);
    scene->render(&m_painter, QRectF(0, m_y, m_width, height), source, Qt::KeepAspectRatio);
    m_y += height + 6;
}

void PageWriter::legend(const QList<std::pair<QColor, QString>> &entries)
{
    QFont font = bodyFont();
    font.setPointSizeF(8);
    m_painter.setFont(font);
    const int h = m_painter.fontMetrics().height();
    ensure(h + 6);
    int x = 0;
    for (const auto &[colour, text] : entries) {
        m_painter.fillRect(QRect(x, m_y + 2, h - 4, h - 4), colour);
        m_painter.setPen(Qt::black);
        x += h;
        const int w = m_painter.fontMetrics().horizontalAdvance(text);
        m_painter.drawText(QRect(x, m_y, w + 2, h), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += w + 14;
    }
    m_painter.setFont(bodyFont());
    m_y += h + 6;
}

void PageWriter::block(const QString &text, const QFont &font, int after)
{
    m_painter.setFont(font);
    const QRect bounds = m_painter.boundingRect(QRect(0, 0, m_width, 100000), Qt::TextWordWrap, text);
    ensure(bounds.height());
    m_painter.setPen(Qt::black);
    m_painter.drawText(QRect(0, m_y, m_width, bounds.height()), Qt::TextWordWrap | Qt::AlignLeft, text);
    m_y += bounds.height() + after;
    m_painter.setFont(bodyFont());
}

void PageWriter::drawFooter()
{
    QFont font = bodyFont();
    font.setPointSizeF(7);
    m_painter.setFont(font);
    m_painter.setPen(QColor(0x70, 0x70, 0x70));
    m_painter.drawText(QRect(0, m_height + 6, m_width, footerHeight() - 6), Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    m_painter.drawText(QRect(0, m_height + 6, m_width, footerHeight() - 6), Qt::AlignRight | Qt::AlignVCenter,
        tr("page %1").arg(m_page));
    m_painter.setFont(bodyFont());
    m_painter.setPen(Qt::black);
}

} // namespace warmshell::ui::report
