// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintenance.h"

#include "problemlist.h"
#include "project.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace warmshell {

double MaintenanceWindow::hours() const
{
    if (!start.isValid() || !end.isValid() || end <= start)
        return 0;
    return double(start.secsTo(end)) / 3600.0;
}

bool MaintenanceWindow::overlaps(const MaintenanceWindow &other) const
{
    return start.isValid() && end.isValid() && other.start.isValid() && other.end.isValid() && start < other.end
        && other.start < end;
}

QString dateTimeText(const QDateTime &at)
{
    return at.isValid() ? at.toString(Qt::ISODate) : QString();
}

QDateTime parseDateTime(const QString &text)
{
    // A bare date is not a date-time: the window's hours would be a guess.
    if (!text.contains(QLatin1Char('T')))
        return {};
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid())
        return {};
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC); // the same wall-clock time, read as UTC
    return at;
}

namespace {

QString quoted(const QString &id)
{
    return QLatin1Char('"') + id.left(64) + QLatin1Char('"');
}

// Installed modules of the object a window names; 0 when it names nothing (a problem is added).
int objectModules(const Project &project, const MaintenanceWindow &w, const QString &path, ProblemList &problems)
{
    const PowerNode *node = project.site.power.node(PowerNodeId(w.object));
    const auto unit = std::find_if(project.site.coolingUnits.begin(), project.site.coolingUnits.end(),
        [&](const CoolingUnit &u) { return u.id.toString() == w.object; });
    const bool isUnit = unit != project.site.coolingUnits.end();
    if (w.object.isEmpty() || (!node && !isUnit)) {
        problems.push_back({ path + QStringLiteral(".object"),
            QStringLiteral("names %1, which is neither a power node nor a cooling unit").arg(quoted(w.object)) });
        return 0;
    }
    if (node && isUnit) {
        problems.push_back({ path + QStringLiteral(".object"),
            QStringLiteral("names %1, which is both a power node and a cooling unit; rename one")
                .arg(quoted(w.object)) });
        return 0;
    }
    return node ? node->redundancy.installedModules() : unit->redundancy.installedModules();
}

} // namespace

std::vector<Problem> maintenanceProblems(
    const Project &project, const std::vector<MaintenanceWindow> &windows, const QString &base)
{
    ProblemList problems;
    QSet<QString> ids;
    std::map<QString, std::vector<qsizetype>> byObject; // object → its windows, in list order
    for (qsizetype i = 0; i < qsizetype(windows.size()); ++i) {
        const MaintenanceWindow &w = windows[size_t(i)];
        const QString p = QStringLiteral("%1[%2]").arg(base).arg(i);
        if (w.id.isEmpty())
            problems.push_back({ p + QStringLiteral(".id"), QStringLiteral("is empty; a window needs an id") });
        else if (ids.contains(w.id))
            problems.push_back({ p + QStringLiteral(".id"),
                QStringLiteral("%1 is already the id of another window").arg(quoted(w.id)) });
        else
            ids.insert(w.id);
        const int modules = objectModules(project, w, p, problems);
        if (modules > 0 && w.module != 0 && (w.module < 1 || w.module > modules))
            problems.push_back({ p + QStringLiteral(".module"),
                modules == 1 ? QStringLiteral("is %1, but %2 has one module; leave module out to take it out whole")
                                   .arg(w.module)
                                   .arg(quoted(w.object))
                             : QStringLiteral("is %1, but %2 has %3 modules (1 to %3)")
                                   .arg(w.module)
                                   .arg(quoted(w.object))
                                   .arg(modules) });
        if (!w.start.isValid() || !w.end.isValid() || w.end <= w.start) {
            if (w.start.isValid() && w.end.isValid())
                problems.push_back({ p + QStringLiteral(".end"),
                    QStringLiteral("%1 is not after the start %2").arg(dateTimeText(w.end), dateTimeText(w.start)) });
            continue;
        }
        std::vector<qsizetype> &same = byObject[w.object];
        for (qsizetype j : same)
            if (windows[size_t(j)].overlaps(w)) {
                problems.push_back({ p + QStringLiteral(".start"),
                    QStringLiteral("overlaps window %1 on the same object %2 (%3 to %4); one outage of an object "
                                   "at a time: merge them or move one")
                        .arg(quoted(windows[size_t(j)].id), quoted(w.object), dateTimeText(windows[size_t(j)].start),
                            dateTimeText(windows[size_t(j)].end)) });
                break;
            }
        same.push_back(i);
    }
    return problems.take();
}

} // namespace warmshell
