// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemtext.h"

#include "project.h"

#include <QRegularExpression>

namespace warmshell {

namespace {

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// `kind` ("rack") leads the name unless the name starts with it; no name: the quoted id.
QString kindAndName(QLatin1String kind, const QString &name, const QString &id)
{
    const QString trimmed = name.trimmed();
    if (!trimmed.isEmpty() && trimmed.startsWith(kind, Qt::CaseInsensitive))
        return trimmed;
    return capitalised(kind + QLatin1Char(' ') + (trimmed.isEmpty() ? quoted(id) : trimmed));
}

QString nameOrId(const QString &name, const QString &id)
{
    return name.trimmed().isEmpty() ? quoted(id) : name.trimmed();
}

// The element `index` of `array`, or null past its end.
template <typename T> const T *itemAt(const std::vector<T> &array, qsizetype index)
{
    return index >= 0 && size_t(index) < array.size() ? &array[size_t(index)] : nullptr;
}

QString siteObjectName(const Site &site, const QString &array, qsizetype index)
{
    if (array == QLatin1String("racks"))
        if (const Rack *rack = itemAt(site.racks, index))
            return objectName(*rack);
    if (array == QLatin1String("halls"))
        if (const Hall *hall = itemAt(site.halls, index))
            return objectName(*hall);
    if (array == QLatin1String("rows"))
        if (const Row *row = itemAt(site.rows, index))
            return kindAndName(QLatin1String("row"), row->name, row->id.toString());
    if (array == QLatin1String("coolingUnits"))
        if (const CoolingUnit *unit = itemAt(site.coolingUnits, index))
            return objectName(*unit);
    if (array == QLatin1String("powerNodes")) {
        const auto nodes = site.power.nodes(); // file order, as the paths count them
        if (const PowerNode *node = itemAt(nodes, index))
            return objectName(*node);
    }
    return {};
}

} // namespace

QString objectName(const Rack &rack)
{
    return kindAndName(QLatin1String("rack"), rack.name, rack.id.toString());
}

QString objectName(const Hall &hall)
{
    return kindAndName(QLatin1String("hall"), hall.name, hall.id.toString());
}

QString objectName(const PowerNode &node)
{
    return nameOrId(node.name, node.id.toString());
}

QString objectName(const CoolingUnit &unit)
{
    return nameOrId(unit.name, unit.id.toString());
}

QString objectName(const FleetLot &lot)
{
    return kindAndName(QLatin1String("fleet lot"), lot.name, lot.id.toString());
}

ProblemSubject problemSubject(const Project &project, const QString &path)
{
    // "$.site.<array>[i]", "$.fleet[i]" or "$.catalog[i]", then the field: ".heightU", "[0]".
    static const QRegularExpression objectPath(
        QStringLiteral(R"(^\$\.(?:site\.(racks|halls|rows|powerNodes|coolingUnits)|(fleet)|(catalog))\[(\d+)\](.*)$)"));
    const QRegularExpressionMatch m = objectPath.match(path);
    if (!m.hasMatch())
        return {};
    const qsizetype index = m.captured(4).toLongLong();
    QString object;
    if (!m.captured(1).isEmpty())
        object = siteObjectName(project.site, m.captured(1), index);
    else if (!m.captured(2).isEmpty()) {
        if (const FleetLot *lot = itemAt(project.fleet, index))
            object = objectName(*lot);
    } else if (const SystemModel *model = itemAt(project.customModels, index)) {
        object = kindAndName(QLatin1String("system model"), model->name, model->id.toString());
    }
    if (object.isEmpty())
        return {};
    QString field = m.captured(5);
    if (field.startsWith(QLatin1Char('.')))
        field.remove(0, 1);
    return { object, field };
}

QString readableProblem(const Project &project, const Problem &problem)
{
    const ProblemSubject subject = problem.omitted > 0 ? ProblemSubject{} : problemSubject(project, problem.path);
    if (subject.object.isEmpty())
        return problem.toString();
    if (problem.message.contains(subject.object))
        return capitalised(problem.message);
    if (subject.field.isEmpty())
        return QStringLiteral("%1: %2").arg(subject.object, problem.message);
    return QStringLiteral("%1 (%2): %3").arg(subject.object, subject.field, problem.message);
}

} // namespace warmshell
