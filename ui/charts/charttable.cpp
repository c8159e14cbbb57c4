// SPDX-License-Identifier: GPL-3.0-or-later
#include "charttable.h"

#include <QHeaderView>
#include <QLocale>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>

#include <qcustomplot.h>

#include <algorithm>
#include <map>

namespace warmshell::ui::charts {

namespace {

// The category labels of `axis` by key; empty when it has no text ticker.
QMap<double, QString> categories(QCPAxis *axis)
{
    const auto ticker = axis->ticker().dynamicCast<QCPAxisTickerText>();
    return ticker ? ticker->ticks() : QMap<double, QString>();
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

void showChartValues(QTableWidget *table, QCustomPlot *plot)
{
    std::map<double, QString> rows; // key -> category label
    std::vector<std::pair<QString, std::map<double, double>>> columns; // series -> key -> value
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable *plottable = plot->plottable(i);
        auto *data = dynamic_cast<QCPPlottableInterface1D *>(plottable);
        if (!data || plottable->name().isEmpty())
            continue;
        const QMap<double, QString> labels = categories(plottable->keyAxis());
        std::map<double, double> values;
        for (int k = 0; k < data->dataCount(); ++k) {
            const double key = data->dataMainKey(k);
            if (!labels.isEmpty() && !labels.contains(key))
                continue; // a reference line's end, not a category
            values[key] = data->dataMainValue(k);
            rows.emplace(key, labels.value(key, QLocale().toString(key, 'g', 6)));
        }
        if (!values.empty())
            columns.push_back({ plottable->name(), std::move(values) });
    }
    table->clear();
    table->setColumnCount(int(columns.size()) + 1);
    table->setRowCount(int(rows.size()));
    QStringList headers{ QString() };
    for (const auto &column : columns)
        headers << column.first;
    table->setHorizontalHeaderLabels(headers);
    int row = 0;
    for (const auto &[key, label] : rows) {
        table->setItem(row, 0, cell(label));
        for (size_t c = 0; c < columns.size(); ++c) {
            const auto found = columns[c].second.find(key);
            if (found == columns[c].second.end())
                continue;
            QTableWidgetItem *item = cell(QLocale().toString(found->second, 'f', 2));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setData(kChartValueRole, found->second);
            table->setItem(row, int(c) + 1, item);
        }
        ++row;
    }
    table->resizeColumnsToContents();
    // A long series name ("Facility power available (MW)") would make its column wider than the
    // table beside a chart shows, its right-aligned numbers out of view: a value column is as
    // wide as its numbers (or the header's longest word), and its header wraps onto as many
    // lines as it needs, the header row as tall as the tallest; the name is in its tooltip too.
    QHeaderView *header = table->horizontalHeader();
    header->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    const QFontMetrics metrics = table->fontMetrics();
    const QFontMetrics headerMetrics = header->fontMetrics();
    const int headerMargin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int margin = 2 * metrics.horizontalAdvance(QLatin1Char('0'));
    int headerHeight = headerMetrics.height();
    for (int c = 1; c < table->columnCount(); ++c) {
        QTableWidgetItem *headerItem = table->horizontalHeaderItem(c);
        if (!headerItem)
            continue;
        const QString name = headerItem->text();
        headerItem->setToolTip(name);
        int width = metrics.horizontalAdvance(QStringLiteral("00,000.00"));
        for (int r = 0; r < table->rowCount(); ++r)
            if (const QTableWidgetItem *item = table->item(r, c))
                width = std::max(width, metrics.horizontalAdvance(item->text()));
        for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            width = std::max(width, headerMetrics.horizontalAdvance(word) + headerMargin);
        table->setColumnWidth(c, std::min(table->columnWidth(c), width + margin));
        const QRect wrapped = headerMetrics.boundingRect(
            QRect(0, 0, table->columnWidth(c) - headerMargin, 1 << 16), int(Qt::AlignCenter | Qt::TextWordWrap), name);
        headerHeight = std::max(headerHeight, wrapped.height());
    }
    header->setMinimumHeight(headerHeight + headerMargin);
}

QWidget *besideTable(QCustomPlot *plot, QTableWidget *table, QWidget *parent)
{
    auto *splitter = new QSplitter(Qt::Horizontal, parent);
    splitter->addWidget(plot);
    splitter->addWidget(table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    table->setMinimumWidth(120);
    return splitter;
}

} // namespace warmshell::ui::charts
