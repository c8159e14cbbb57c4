// SPDX-License-Identifier: GPL-3.0-or-later
#include "table.h"

#include "csv.h"

#include <QJsonArray>

namespace warmshell {

namespace {
QString cellText(const TableCell &cell)
{
    if (const auto *s = std::get_if<QString>(&cell))
        return *s;
    if (const auto *i = std::get_if<qint64>(&cell))
        return QString::number(*i);
    if (const auto *d = std::get_if<TableNumber>(&cell))
        return csvNumber(d->value, d->decimals);
    return std::get<bool>(cell) ? QStringLiteral("yes") : QStringLiteral("no");
}

QJsonValue cellJson(const TableCell &cell)
{
    if (const auto *s = std::get_if<QString>(&cell))
        return *s;
    if (const auto *i = std::get_if<qint64>(&cell))
        return *i;
    if (const auto *d = std::get_if<TableNumber>(&cell))
        return d->value;
    return std::get<bool>(cell);
}
} // namespace

QString tableToCsv(const Table &table)
{
    QString text = csvRecord(table.columns);
    QStringList fields;
    for (const auto &row : table.rows) {
        fields.clear();
        for (const TableCell &cell : row)
            fields << cellText(cell);
        text += csvRecord(fields);
    }
    return text;
}

QJsonObject tableToJson(const Table &table, const QJsonObject &extra)
{
    QJsonObject doc = extra;
    doc.insert(QStringLiteral("table"), table.name);
    doc.insert(QStringLiteral("columns"), QJsonArray::fromStringList(table.columns));
    QJsonArray rows;
    for (const auto &row : table.rows) {
        QJsonObject o;
        for (qsizetype c = 0; c < table.columns.size() && c < qsizetype(row.size()); ++c)
            o.insert(table.columns[c], cellJson(row[size_t(c)]));
        rows.append(o);
    }
    doc.insert(QStringLiteral("rows"), rows);
    return doc;
}

} // namespace warmshell
