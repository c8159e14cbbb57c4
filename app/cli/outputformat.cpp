// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputformat.h"

#include "arguments.h"
#include "enumkeys.h"

namespace warmshell::cli {

namespace {

QStringList keys(const OutputFormats &formats)
{
    QStringList list;
    for (const OutputFormat f : formats)
        list << keyOf(f);
    return list;
}

// "table, json or csv".
QString oneOf(const QStringList &words)
{
    return words.size() < 2
        ? words.join(QString())
        : words.mid(0, words.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") + words.last();
}

} // namespace

CommandOption formatOption(const OutputFormats &accepted)
{
    return choiceOption("format", "F", keys(accepted));
}

std::optional<OutputFormat> readOutputFormat(const Arguments &arguments, const OutputFormats &accepted, QString &error)
{
    if (!arguments.isSet(QStringLiteral("format")))
        return accepted.front();
    const QString value = arguments.value(QStringLiteral("format"));
    const auto format = enumFromKey<OutputFormat>(value);
    if (!format || !accepted.contains(*format)) {
        error = QStringLiteral("--format must be %1, got '%2'").arg(oneOf(keys(accepted)), value);
        return std::nullopt;
    }
    return format;
}

} // namespace warmshell::cli
