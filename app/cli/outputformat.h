// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandoption.h"

#include <QList>

#include <optional>
#include <span>
#include <utility>

namespace warmshell::cli {

class Arguments;

// What a command writes with --format F.
enum class OutputFormat { Table, Json, Csv };
constexpr std::pair<OutputFormat, const char *> kOutputFormats[]
    = { { OutputFormat::Table, "table" }, { OutputFormat::Json, "json" }, { OutputFormat::Csv, "csv" } };
inline std::span<const std::pair<OutputFormat, const char *>> enumKeys(OutputFormat)
{
    return kOutputFormats;
}

// The formats one command writes; the first is its default and the error lists them in order.
using OutputFormats = QList<OutputFormat>;

// --format F, offering `accepted`.
CommandOption formatOption(const OutputFormats &accepted);

// The --format the command line asks for (the first of `accepted` when none), or the usage
// error "--format must be table, json or csv, got 'xml'" in `error`.
std::optional<OutputFormat> readOutputFormat(const Arguments &arguments, const OutputFormats &accepted, QString &error);

} // namespace warmshell::cli
