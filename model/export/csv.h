// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace warmshell {

// RFC 4180 CSV, the one writer and reader every table export uses.
//
// Writing: a field holding a comma, a double quote, CR or LF (or starting/ending with a space)
// is enclosed in double quotes with inner quotes doubled; records end with CRLF. Text is
// UTF-8 when the caller encodes it (toUtf8()); no byte order mark.
QString csvField(const QString &text);
// One record: the fields quoted as needed, joined by commas, followed by CRLF.
QString csvRecord(const QStringList &fields);
// A number with '.' as the decimal separator whatever the locale, in fixed notation with
// `decimals` digits; decimals < 0 gives the shortest text that reads back as exactly `value`.
QString csvNumber(double value, int decimals = -1);

// Reading: the records of `text`. Records end with CRLF, LF or CR; quoted fields may hold
// commas, doubled quotes and line breaks; a final line break is optional. On malformed input
// (an unterminated quoted field, text after a closing quote) returns no records and sets
// `error` to {"line L, field F", reason}.
struct CsvParseResult
{
    std::vector<QStringList> records;
    std::vector<Problem> errors;
    bool ok() const { return errors.empty(); }
};
CsvParseResult parseCsv(const QString &text);

} // namespace warmshell
