// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

#include <qcustomplot.h>

#include <utility>

class QGraphicsScene;
class QPdfWriter;

namespace warmshell::ui::report {

// Lays text, tables and pictures down the pages of a PDF, breaking pages as needed, with a
// footer (its text left, "page N" right) on every page. Lengths are pixels at kDpi.
class PageWriter
{
public:
    static constexpr int kDpi = 96; // the resolution the writer is set to

    // `writer` must outlive this object.
    PageWriter(QPdfWriter &writer, QString footer) : m_writer(writer), m_footer(std::move(footer)) { }

    // Starts painting on the writer; false when the file cannot be written.
    bool begin();
    // Draws the last footer and finishes the file; false when it could not be written.
    bool end();

    QCPPainter &painter() { return m_painter; }
    int width() const { return m_width; }
    int remaining() const { return m_height - m_y; }

    void newPage();
    // A new page unless `height` fits below (or the page is still empty).
    void ensure(int height)
    {
        if (m_y > 0 && height > remaining())
            newPage();
    }
    void skip(int height) { m_y += height; }

    // DejaVu Sans 9 pt, without shaping.
    static QFont bodyFont();

    void title(const QString &text);
    // Never left alone at the bottom of a page.
    void heading(const QString &text);
    void paragraph(const QString &text, bool italic = false);

    // A table over the full width; `weights` share it; `right` marks right-aligned columns.
    // The header row repeats after a page break.
    void table(const QStringList &headers, const QList<QStringList> &rows, const QList<double> &weights,
        const QList<bool> &right, bool boldLastRow = false);

    // Draws a chart, vector, `height` pixels tall over the full width.
    void chart(QCustomPlot *plot, int height);

    // Draws `scene` into the next `height` pixels, keeping its aspect ratio.
    void scene(QGraphicsScene *scene, int height);

    // One line of coloured squares with their meaning.
    void legend(const QList<std::pair<QColor, QString>> &entries);

private:
    int footerHeight() const { return 24; }
    void block(const QString &text, const QFont &font, int after);
    void drawFooter();

    QPdfWriter &m_writer;
    QCPPainter m_painter;
    QString m_footer;
    int m_width = 0;
    int m_height = 0; // of the text area, above the footer
    int m_y = 0; // of the next line on the page
    int m_page = 1;
};

} // namespace warmshell::ui::report
