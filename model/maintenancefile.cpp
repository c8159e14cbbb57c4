// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintenancefile.h"

#include "fieldlimits.h"

namespace warmshell {

using Need = JsonReader::Need;

namespace {

QDateTime readDateTime(JsonReader &r, const QJsonObject &o, const QString &path, const char *key)
{
    const QString p = JsonReader::member(path, QLatin1String(key));
    if (!o.contains(QLatin1String(key))) {
        r.fail(p, QStringLiteral("is missing; expected an ISO 8601 date-time such as 2026-05-02T08:00:00Z"));
        return {};
    }
    const QJsonValue v = o.value(QLatin1String(key));
    const QString text = r.text(v, p);
    if (!v.isString())
        return {};
    const QDateTime at = parseDateTime(text);
    if (!at.isValid() || at.date().year() < 1970 || at.date().year() > 2200) {
        r.fail(p,
            QStringLiteral("\"%1\" is not an ISO 8601 date-time (such as 2026-05-02T08:00:00Z) between 1970 and 2200")
                .arg(text.left(40)));
        return {};
    }
    return at;
}

} // namespace

MaintenanceWindow readMaintenanceWindowFields(JsonReader &r, const QJsonObject &o, const QString &path)
{
    MaintenanceWindow w;
    w.id = r.text(o, path, "id", Need::Required);
    w.name = r.text(o, path, "name", Need::Optional);
    w.object = r.text(o, path, "object", Need::Required);
    if (o.contains(QStringLiteral("module")))
        w.module = r.integer(o, path, "module", limits::maintenanceModule);
    w.start = readDateTime(r, o, path, "start");
    w.end = readDateTime(r, o, path, "end");
    if (w.start.isValid() && w.end.isValid() && w.start.secsTo(w.end) > qint64(limits::maxMaintenanceDays) * 86400)
        r.fail(JsonReader::member(path, QStringLiteral("end")),
            QStringLiteral("the window lasts more than %1 days; a longer outage is a capacity change "
                           "(capacityChanges), not maintenance")
                .arg(limits::maxMaintenanceDays));
    return w;
}

void readMaintenanceWindows(JsonReader &r, const QJsonObject &root, Project &out)
{
    const QString base = QStringLiteral("$.maintenanceWindows");
    const QJsonArray list = r.array(root, QStringLiteral("$"), "maintenanceWindows", Need::Optional);
    if (list.size() > limits::maxMaintenanceWindows) {
        r.fail(base,
            QStringLiteral("has %1 windows; at most %2 are analysed")
                .arg(list.size())
                .arg(limits::maxMaintenanceWindows));
        return;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString p = JsonReader::item(base, i);
        const auto o = r.object(list[i], p);
        if (!o)
            continue;
        r.rejectUnknownKeys(*o, p, { "id", "name", "object", "module", "start", "end" });
        out.maintenanceWindows.push_back(readMaintenanceWindowFields(r, *o, p));
    }
}

void checkMaintenanceWindows(JsonReader &r, const Project &project)
{
    const QString base = QStringLiteral("$.maintenanceWindows");
    for (const Problem &p : maintenanceProblems(project, project.maintenanceWindows, base))
        r.fail(p.path, p.message);
    const qsizetype own = qsizetype(project.maintenanceWindows.size());
    for (qsizetype s = 0; s < qsizetype(project.scenarios.size()); ++s) {
        std::vector<MaintenanceWindow> combined = project.maintenanceWindows;
        std::vector<qsizetype> overrideOf; // per added window: its override's index
        const std::vector<ScenarioOverride> &overrides = project.scenarios[size_t(s)].overrides;
        for (qsizetype k = 0; k < qsizetype(overrides.size()); ++k)
            if (overrides[size_t(k)].kind == OverrideKind::Maintenance) {
                combined.push_back(overrides[size_t(k)].window);
                overrideOf.push_back(k);
            }
        if (overrideOf.empty())
            continue;
        if (qsizetype(combined.size()) > limits::maxMaintenanceWindows) {
            r.fail(QStringLiteral("$.scenarios[%1].overrides").arg(s),
                QStringLiteral("adds windows to make %1; at most %2 are analysed")
                    .arg(combined.size())
                    .arg(limits::maxMaintenanceWindows));
            continue;
        }
        for (const Problem &p : maintenanceProblems(project, combined, base)) {
            // Problems of the project's own windows are reported above; map the scenario's.
            const int open = int(base.size()) + 1;
            const int close = int(p.path.indexOf(QLatin1Char(']'), open));
            const qsizetype index = p.omitted > 0 || close < 0 ? -1 : p.path.mid(open, close - open).toLongLong();
            if (index < own)
                continue;
            r.fail(QStringLiteral("$.scenarios[%1].overrides[%2]").arg(s).arg(overrideOf[size_t(index - own)])
                    + p.path.mid(close + 1),
                p.message);
        }
    }
}

QJsonObject maintenanceWindowToJson(const MaintenanceWindow &w)
{
    QJsonObject o{ { QStringLiteral("id"), w.id }, { QStringLiteral("object"), w.object },
        { QStringLiteral("start"), dateTimeText(w.start) }, { QStringLiteral("end"), dateTimeText(w.end) } };
    if (!w.name.isEmpty())
        o.insert(QStringLiteral("name"), w.name);
    if (w.module > 0)
        o.insert(QStringLiteral("module"), w.module);
    return o;
}

QJsonArray maintenanceWindowsToJson(const std::vector<MaintenanceWindow> &windows)
{
    QJsonArray list;
    for (const MaintenanceWindow &w : windows)
        list.append(maintenanceWindowToJson(w));
    return list;
}

} // namespace warmshell
