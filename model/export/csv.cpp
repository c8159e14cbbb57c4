// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

#include <QLocale>

namespace warmshell {

QString csvField(const QString &text)
{
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) || text.startsWith(QLatin1Char(' '))
        || text.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvRecord(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += csvField(fields[i]);
    }
    return line + QStringLiteral("\r\n");
}

QString csvNumber(double value, int decimals)
{
    // QString::number never uses the locale: '.' decimals, no group separators.
    if (decimals < 0)
        return QString::number(value, 'f', QLocale::FloatingPointShortest);
    return QString::number(value, 'f', decimals);
}

CsvParseResult parseCsv(const QString &text)
{
    CsvParseResult result;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool wasQuoted = false; // the current field was quoted and its closing quote seen
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 1;
    auto fail = [&](int atLine, const QString &reason) {
        result.records.clear();
        result.errors.push_back({ QStringLiteral("line %1, field %2").arg(atLine).arg(record.size() + 1), reason });
        return result;
    };
    auto endField = [&]() {
        record << field;
        field.clear();
        wasQuoted = false;
        fieldStarted = false;
    };
    auto endRecord = [&]() {
        endField();
        result.records.push_back(record);
        record.clear();
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                    wasQuoted = true;
                }
            } else {
                if (c == QLatin1Char('\n')
                    || (c == QLatin1Char('\r') && !(i + 1 < n && text[i + 1] == QLatin1Char('\n'))))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
        } else if (c == QLatin1Char('"')) {
            if (fieldStarted || wasQuoted)
                return fail(line,
                    QStringLiteral("a double quote inside an unquoted field, or text right after a "
                                   "closing quote (RFC 4180: quote the whole field and double inner quotes)"));
            inQuotes = true;
            fieldStarted = true;
            quoteLine = line;
        } else {
            if (wasQuoted)
                return fail(line, QStringLiteral("text after the closing quote of a quoted field"));
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes)
        return fail(quoteLine, QStringLiteral("the quoted field opened here is never closed"));
    if (fieldStarted || wasQuoted || !record.isEmpty())
        endRecord();
    return result;
}

} // namespace warmshell
