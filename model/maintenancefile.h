// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonreader.h"
#include "project.h"

#include <QJsonArray>
#include <QJsonObject>

namespace warmshell {

// The file form of maintenance windows (file format 5, docs/file-format.md): the root list
// "maintenanceWindows" and the fields of a scenario's "maintenance" override.

// The fields of one window in `o` at `path`: "id", "name" (optional), "object", "module"
// (optional, 1–64), "start" and "end" (ISO 8601 date-times, years 1970–2200). Checks the
// syntax and ranges; the references and the overlaps are checked by checkMaintenanceWindows.
MaintenanceWindow readMaintenanceWindowFields(JsonReader &r, const QJsonObject &o, const QString &path);
// The root list (absent: none), at most limits::maxMaintenanceWindows windows.
void readMaintenanceWindows(JsonReader &r, const QJsonObject &root, Project &out);
// After the whole project is read: maintenanceProblems of the project's windows, then of each
// scenario's maintenance overrides joined to them (paths of the overrides), as reader failures.
void checkMaintenanceWindows(JsonReader &r, const Project &project);

// The window's fields (module and name only when set) and the root list.
QJsonObject maintenanceWindowToJson(const MaintenanceWindow &window);
QJsonArray maintenanceWindowsToJson(const std::vector<MaintenanceWindow> &windows);

} // namespace warmshell
