// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemtext.h"

#include "catalog.h"
#include "project.h"

#include <QRegularExpression>

namespace warmshell {

namespace {

using Named = ProblemWording::Named;

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

// True when `text` holds `words` as whole words: not "UPS 1" in "UPS 10".
bool containsWords(const QString &text, const QString &words, Qt::CaseSensitivity cs)
{
    for (qsizetype at = text.indexOf(words, 0, cs); at >= 0; at = text.indexOf(words, at + 1, cs)) {
        const qsizetype end = at + words.size();
        if ((at == 0 || !text[at - 1].isLetterOrNumber()) && (end == text.size() || !text[end].isLetterOrNumber()))
            return true;
    }
    return false;
}

// True when `name` says its kind: "Hall 2" and "Lab hall" are halls by name.
bool namesKind(const QString &name, const QString &kind)
{
    return containsWords(name, kind, Qt::CaseInsensitive);
}

// `kind` ("rack") leads the name unless the name says it ("Hall 2", "Lab hall"); no name: the
// quoted id.
QString kindAndName(const QString &kind, const QString &name, const QString &id)
{
    const QString trimmed = name.trimmed();
    if (!trimmed.isEmpty() && namesKind(trimmed, kind))
        return trimmed;
    return capitalised(kind + QLatin1Char(' ') + (trimmed.isEmpty() ? quoted(id) : trimmed));
}

QString nameOrId(const QString &name, const QString &id)
{
    return name.trimmed().isEmpty() ? quoted(id) : name.trimmed();
}

// `named` in the middle of a sentence, after the word `kind` the message put before its id
// ("rack B01", "Hall 2", "power node UPS 1"); an object without a name: `kind "id"`.
QString inSentence(const Named &named, const QString &kind)
{
    const QString name = named.name.trimmed();
    if (name.isEmpty())
        return kind + QLatin1Char(' ') + quoted(named.id);
    if (namesKind(name, kind))
        return name;
    return kind + QLatin1Char(' ') + name;
}

// `named` where the message gave its id alone ("but \"ups-1\" has 3 modules"): its name.
QString bare(const Named &named)
{
    return nameOrId(named.name, named.id);
}

// `named` leading a sentence, as objectName() names it: "Rack A01", "UPS 1", "Tenant Acme".
QString leading(const Named &named)
{
    if (named.nameCarriesKind)
        return nameOrId(named.name, named.id);
    return kindAndName(named.kind, named.name, named.id);
}

// The element `index` of `array`, or null past its end.
template <typename T> const T *itemAt(const std::vector<T> &array, qsizetype index)
{
    return index >= 0 && size_t(index) < array.size() ? &array[size_t(index)] : nullptr;
}

template <typename T> std::optional<Named> namedAt(const std::vector<T> &array, qsizetype index, const char *kind)
{
    if (const T *item = itemAt(array, index))
        return Named{ QLatin1String(kind), item->name, item->id.toString() };
    return std::nullopt;
}

std::optional<Named> siteObject(const Site &site, const QString &array, qsizetype index)
{
    if (array == QLatin1String("racks"))
        return namedAt(site.racks, index, "rack");
    if (array == QLatin1String("halls"))
        return namedAt(site.halls, index, "hall");
    if (array == QLatin1String("rows"))
        return namedAt(site.rows, index, "row");
    if (array == QLatin1String("coolingUnits")) {
        auto named = namedAt(site.coolingUnits, index, "cooling unit");
        if (named)
            named->nameCarriesKind = true;
        return named;
    }
    if (array == QLatin1String("powerNodes")) {
        const auto nodes = site.power.nodes(); // file order, as the paths count them
        auto named = namedAt(nodes, index, "power node");
        if (named)
            named->nameCarriesKind = true;
        return named;
    }
    return std::nullopt;
}

// The object of a root list of the project ("fleet", "tenants", …) at `index`.
std::optional<Named> rootObject(const Project &project, const QString &array, qsizetype index)
{
    if (array == QLatin1String("fleet"))
        return namedAt(project.fleet, index, "fleet lot");
    if (array == QLatin1String("catalog"))
        return namedAt(project.customModels, index, "system model");
    if (array == QLatin1String("tenants"))
        return namedAt(project.tenants, index, "tenant");
    if (array == QLatin1String("fabricDomains"))
        return namedAt(project.fabricDomains, index, "fabric domain");
    if (array == QLatin1String("clusters"))
        return namedAt(project.clusters, index, "cluster");
    if (array == QLatin1String("maintenanceWindows"))
        if (const MaintenanceWindow *w = itemAt(project.maintenanceWindows, index))
            return Named{ QStringLiteral("maintenance window"), w->name, w->id };
    if (array == QLatin1String("scenarios"))
        if (const Scenario *s = itemAt(project.scenarios, index))
            return Named{ QStringLiteral("scenario"), s->name, QString::number(index + 1) };
    return std::nullopt;
}

struct PathSubject
{
    std::optional<Named> object; // none: the site itself (when `site`) or nothing known
    bool site = false;
    QString field;
};

// "$.site.<array>[i]…", "$.<list>[i]…" or "$.site.<field>"; the rest of the path as the field.
PathSubject pathSubject(const Project &project, const QString &path)
{
    static const QRegularExpression objectPath(QStringLiteral(
        R"(^\$\.(?:site\.(racks|halls|rows|powerNodes|coolingUnits)|(fleet|catalog|tenants|fabricDomains|clusters|maintenanceWindows|scenarios))\[(\d+)\](.*)$)"));
    static const QRegularExpression sitePath(QStringLiteral(R"(^\$\.site(?:\.(.*))?$)"));
    PathSubject out;
    QString rest;
    if (const QRegularExpressionMatch m = objectPath.match(path); m.hasMatch()) {
        const qsizetype index = m.captured(3).toLongLong();
        out.object = m.captured(1).isEmpty() ? rootObject(project, m.captured(2), index)
                                             : siteObject(project.site, m.captured(1), index);
        if (!out.object)
            return {};
        rest = m.captured(4);
    } else if (const QRegularExpressionMatch s = sitePath.match(path); s.hasMatch()) {
        out.site = true;
        rest = s.captured(1);
    } else {
        return {};
    }
    out.field = rest.startsWith(QLatin1Char('.')) ? rest.mid(1) : rest;
    return out;
}

// Messages whose verb tells what their object does: "reserves rack B01, …", "overlaps
// window …". They follow the object's name with no field between.
bool tellsWhatObjectDoes(const QString &message)
{
    return message.startsWith(QLatin1String("reserves ")) || message.startsWith(QLatin1String("overlaps "));
}

} // namespace

QString objectName(const Rack &rack)
{
    return kindAndName(QStringLiteral("rack"), rack.name, rack.id.toString());
}

QString objectName(const Hall &hall)
{
    return kindAndName(QStringLiteral("hall"), hall.name, hall.id.toString());
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
    return kindAndName(QStringLiteral("fleet lot"), lot.name, lot.id.toString());
}

ProblemSubject problemSubject(const Project &project, const QString &path)
{
    const PathSubject subject = pathSubject(project, path);
    if (subject.object)
        return { leading(*subject.object), subject.field };
    if (subject.site)
        return { QStringLiteral("Site"), subject.field };
    return {};
}

ProblemWording::ProblemWording(const Project &project) : m_project(project)
{
    auto add = [this](const char *kind, const QString &name, const QString &id, bool carriesKind = false) {
        m_byId[id].append(Named{ QLatin1String(kind), name, id, carriesKind });
    };
    const Site &site = project.site;
    for (const Hall &hall : site.halls)
        add("hall", hall.name, hall.id.toString());
    for (const Row &row : site.rows)
        add("row", row.name, row.id.toString());
    for (const Rack &rack : site.racks)
        add("rack", rack.name, rack.id.toString());
    for (const PowerNode &node : site.power.nodes())
        add("power node", node.name, node.id.toString(), true);
    for (const CoolingUnit &unit : site.coolingUnits)
        add("cooling unit", unit.name, unit.id.toString(), true);
    for (const FleetLot &lot : project.fleet)
        add("lot", lot.name, lot.id.toString());
    for (const SystemModel &model : project.customModels)
        add("model", model.name, model.id.toString());
    for (const Tenant &tenant : project.tenants)
        add("tenant", tenant.name, tenant.id.toString());
    for (const FabricDomain &domain : project.fabricDomains)
        add("fabric domain", domain.name, domain.id.toString());
    for (const Cluster &cluster : project.clusters)
        add("cluster", cluster.name, cluster.id.toString());
    for (const MaintenanceWindow &window : project.maintenanceWindows)
        add("window", window.name, window.id);
}

// The one object with id `id` (of `kind`, one of the index's kinds, when not empty); null when
// none or more than one has it. A model not in the project is looked up in the built-in catalog.
std::optional<Named> ProblemWording::find(const QString &id, const QString &kind) const
{
    std::optional<Named> found;
    for (const Named &named : m_byId.value(id)) {
        if (!kind.isEmpty() && named.kind != kind)
            continue;
        if (found)
            return std::nullopt; // ambiguous: a duplicate id keeps its quotes
        found = named;
    }
    if (found || (!kind.isEmpty() && kind != QLatin1String("model")) || m_byId.contains(id))
        return found;
    if (const SystemModel *model = Catalog::builtIn().find(SystemModelId(id)))
        return Named{ QStringLiteral("model"), model->name, id };
    return std::nullopt;
}

QString ProblemWording::withNames(const QString &message) const
{
    // A quoted id, with the kind the message gives it ("rack \"rack-3\""), or a JSON path.
    static const QRegularExpression reference(QStringLiteral(
        R"re((?:\b(maintenance window|fabric domain|system model|cooling unit|power node|fleet lot|window|tenant|cluster|model|rack|hall|row|lot) )?"([^"\n]{1,200})"|\$(?:\.[A-Za-z_]\w*|\[\d+\])+)re"));
    static const QHash<QString, QString> kindOf{ { QStringLiteral("maintenance window"), QStringLiteral("window") },
        { QStringLiteral("system model"), QStringLiteral("model") },
        { QStringLiteral("fleet lot"), QStringLiteral("lot") } };
    QString out;
    qsizetype done = 0;
    for (QRegularExpressionMatchIterator it = reference.globalMatch(message); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() < done)
            continue; // inside the " (Name)" already taken
        QString replacement;
        qsizetype end = m.capturedEnd();
        if (m.captured(0).startsWith(QLatin1Char('$'))) {
            const PathSubject subject = pathSubject(m_project, m.captured(0));
            if (subject.object)
                replacement = inSentence(*subject.object, subject.object->kind)
                    + (subject.field.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(subject.field));
        } else {
            const QString word = m.captured(1);
            const std::optional<Named> named = find(m.captured(2), kindOf.value(word, word));
            if (named && !named->name.trimmed().isEmpty()) {
                replacement = word.isEmpty() ? bare(*named) : inSentence(*named, word);
                // "hall \"h1\" (Hall 1)" (ClusterDomain::label) says the name once.
                const QString echo = QStringLiteral(" (%1)").arg(named->name);
                if (message.mid(end).startsWith(echo))
                    end += echo.size();
            }
        }
        if (replacement.isEmpty())
            continue;
        out += message.mid(done, m.capturedStart() - done) + replacement;
        done = end;
    }
    return out + message.mid(done);
}

QString ProblemWording::readable(const Problem &problem) const
{
    if (problem.omitted > 0)
        return problem.toString();
    const PathSubject subject = pathSubject(m_project, problem.path);
    if (!subject.object && !subject.site)
        return problem.toString();
    const QString object = subject.object ? leading(*subject.object) : QStringLiteral("Site");
    const QString message = withNames(problem.message);
    if (subject.object && containsWords(message, object, Qt::CaseSensitive))
        return capitalised(message);
    if (tellsWhatObjectDoes(message))
        return QStringLiteral("%1 %2").arg(object, message);
    if (subject.field.isEmpty())
        return QStringLiteral("%1: %2").arg(object, message);
    return QStringLiteral("%1 (%2): %3").arg(object, subject.field, message);
}

QString readableProblem(const Project &project, const Problem &problem)
{
    return ProblemWording(project).readable(problem);
}

QStringList readableProblems(const Project &project, const std::vector<Problem> &problems)
{
    const ProblemWording wording(project);
    QStringList out;
    out.reserve(qsizetype(problems.size()));
    for (const Problem &problem : problems)
        out << wording.readable(problem);
    return out;
}

} // namespace warmshell
