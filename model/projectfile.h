// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonreader.h"
#include "outputfile.h"
#include "project.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>
#include <vector>

namespace warmshell {

// The project file format version this program writes; defined once. Older files are
// migrated step by step on load; newer ones are refused.
inline constexpr int kProjectFormatVersion = 10;

struct LoadResult
{
    std::optional<Project> project; // set only when errors is empty
    // Why the file was refused: the first limits::maxProblems reasons, then "… and N more".
    std::vector<Problem> errors;
    int migratedFrom = 0; // the file's version when it was older, else 0

    bool ok() const { return project.has_value(); }
};

// Parses a project from the bytes of a file. Never throws and never crashes on hostile
// input; a file with any problem is refused whole (no project) with every problem listed.
LoadResult parseProject(const QByteArray &bytes);
// Reads `fileName` with readInputFile (a regular file of at most limits::maxFileBytes, any
// bytes of its name kept) and parses it. Changes nothing on disk.
LoadResult loadProject(const QString &fileName);

// The file contents for `project` (current format version, indented UTF-8 JSON).
QByteArray serializeProject(const Project &project);
// Writes through an OutputFile (temporary file, every write checked, atomic rename; a device
// written directly; `guard`'s inputs refused): on failure the previous file is left as it was.
// Refuses, writing nothing, a project whose file would exceed limits::maxFileBytes (it could
// not be loaded again). Returns an empty string on success, else "cannot write FILE: REASON".
QString saveProject(const Project &project, const QString &fileName, const OutputGuard &guard = {});

// Reads one system model (a catalog entry) at `path`; used for the built-in catalog and a
// project's custom models alike.
std::optional<SystemModel> readSystemModel(JsonReader &reader, const QJsonValue &value, const QString &path);
QJsonObject systemModelToJson(const SystemModel &model);

} // namespace warmshell
