// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace warmshell {

struct Project;

// A planned outage: power node or cooling unit `object` out of service from `start` to `end`
// (file format 5). `module` 0 takes the whole object out; k ≥ 1 takes out module k of an
// N+1 or block object, or side k of a 2N pair (1 = side A, 2 = side B). Modules of an object
// are identical, so which one is out changes nothing but the text; its range is checked.
// Date-times are ISO 8601; one without an offset is read as UTC (the file's site time, no
// daylight-saving shifts); an offset, when written, is kept.
struct MaintenanceWindow
{
    QString id; // unique among the project's windows
    QString name;
    QString object; // power node id, or cooling unit id
    int module = 0;
    QDateTime start;
    QDateTime end; // after start

    // Hours from start to end (0 when end is not after start or either is invalid).
    double hours() const;
    // Whether [start, end) and [other.start, other.end) share some time.
    bool overlaps(const MaintenanceWindow &other) const;
    friend bool operator==(const MaintenanceWindow &, const MaintenanceWindow &) = default;
};

// Every problem of `windows` against `project`'s site, with paths "BASE[i].field": a missing
// or duplicate id, an object that names neither a power node nor a cooling unit (or, when
// both carry that id, both), a module index beyond the object's installed modules (or a
// module of an object that has only one), an end not after its start, and two windows on
// the same object (whole or any module) that overlap in time — refused: the analysis takes
// one element out at a time and two overlapping outages of one object would need a rule for
// what is left of it. Windows on different objects may overlap; each is analysed alone and
// the results say so (analysis/maintenanceanalysis.h). A scenario's windows are checked with
// the project's (the caller passes both lists in one, and maps the paths back).
std::vector<Problem> maintenanceProblems(
    const Project &project, const std::vector<MaintenanceWindow> &windows, const QString &base);

// A date-time as the file writes it: ISO 8601 with seconds, "Z" for UTC, else its offset.
QString dateTimeText(const QDateTime &at);
// Parses an ISO 8601 date-time ("2026-05-02T08:00", "...:00Z", "...+02:00"); a date-time
// without an offset is UTC. Invalid (null) when the text is not one.
QDateTime parseDateTime(const QString &text);

} // namespace warmshell
