// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <variant>
#include <vector>

namespace warmshell {

// One cell: text, a whole number, a decimal number (written with `decimals` digits in CSV,
// -1 for the shortest exact text) or a yes/no flag.
struct TableNumber
{
    double value = 0;
    int decimals = -1;
};
using TableCell = std::variant<QString, qint64, TableNumber, bool>;

// A table of plain values, the common form of every export (placements, generations, nodes,
// timeline): written as CSV (RFC 4180, header row with units in the column names, '.'
// decimals) or as JSON (an array of objects keyed by column name, numbers as numbers).
// Every row has exactly one cell per column.
struct Table
{
    QString name; // "placements"
    QStringList columns; // snake_case, unit suffix: "power_kw"
    std::vector<std::vector<TableCell>> rows;
};

QString tableToCsv(const Table &table);
// {"table": name, "columns": [...], "rows": [{column: value, ...}, ...]} plus `extra` members.
QJsonObject tableToJson(const Table &table, const QJsonObject &extra = {});

} // namespace warmshell
