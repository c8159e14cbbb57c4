// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario.h"

#include "catalog.h"
#include "fieldlimits.h"
#include "problemlist.h"
#include "project.h"

#include <QSet>

#include <algorithm>

namespace warmshell {

namespace {

QString shortId(const QString &id)
{
    return id.left(64);
}

// Adds `window` to the project's windows unless it names nothing or clashes with one of them
// (maintenanceProblems on the combined list; the new window's problems are reported at `path`).
void addWindow(Project &out, const MaintenanceWindow &window, const QString &path, ProblemList &problems)
{
    std::vector<MaintenanceWindow> combined = out.maintenanceWindows;
    combined.push_back(window);
    const QString last = QStringLiteral("$.maintenanceWindows[%1]").arg(combined.size() - 1);
    bool clash = false;
    for (Problem problem : maintenanceProblems(out, combined, QStringLiteral("$.maintenanceWindows")))
        if (problem.path.startsWith(last)) {
            problem.path = path + problem.path.mid(last.size());
            problems.push_back(problem);
            clash = true;
        }
    if (!clash)
        out.maintenanceWindows.push_back(window);
}

void sortChanges(PowerNode &node)
{
    std::stable_sort(node.capacityChanges.begin(), node.capacityChanges.end(),
        [](const CapacityChange &a, const CapacityChange &b) { return a.from < b.from; });
}

// The module rating at `date` in the node's rating unit (kW, or kVA before its power factor).
double ratingAt(const PowerNode &node, const QDate &date)
{
    return node.moduleCapacity(date).value() / node.rating.powerFactor();
}

CoolingUnit *coolingUnit(Project &out, const QString &id)
{
    for (CoolingUnit &u : out.site.coolingUnits)
        if (u.id.toString() == id)
            return &u;
    return nullptr;
}

// Applies one override to `out`; `p` is its path for the problems it reports.
class OverrideApplier
{
public:
    OverrideApplier(Project &out, const ScenarioOverride &o, const QString &p, ProblemList &problems)
        : m_out(out), m_o(o), m_p(p), m_problems(problems)
    {
    }

    void apply()
    {
        switch (m_o.kind) {
        case OverrideKind::ExtraCapacity:
            return extraCapacity();
        case OverrideKind::DelayDelivery:
            for (FleetLot *lot : lotsNamed()) {
                lot->delivered = lot->delivered.addMonths(m_o.months);
                if (lot->retire.isValid())
                    lot->retire = lot->retire.addMonths(m_o.months);
            }
            return;
        case OverrideKind::DepreciationLife:
            for (FleetLot *lot : lotsNamed())
                if (lot->depreciation.method != DepreciationMethod::Custom)
                    lot->depreciation.lifeYears = m_o.amount;
            return;
        case OverrideKind::RetireLot:
            for (FleetLot *lot : lotsNamed())
                lot->retire = m_o.from;
            return;
        case OverrideKind::Maintenance:
            return addWindow(m_out, m_o.window, m_p, m_problems);
        case OverrideKind::DelayCommissioning:
            return delayCommissioning();
        case OverrideKind::AddLot:
            return addLot();
        case OverrideKind::RemoveNode:
            return removeNode();
        case OverrideKind::ChangeRating:
            return changeRating();
        case OverrideKind::ChangeCoolingCapacity:
            return changeCoolingCapacity();
        }
    }

private:
    void problem(const char *field, const QString &message)
    {
        m_problems.push_back({ m_p + QLatin1Char('.') + QLatin1String(field), message });
    }

    std::vector<FleetLot *> lotsNamed()
    {
        std::vector<FleetLot *> lots;
        for (FleetLot &lot : m_out.fleet)
            if (m_o.lot.isNull() || lot.id == m_o.lot)
                lots.push_back(&lot);
        if (!m_o.lot.isNull() && lots.empty())
            problem("lot", QStringLiteral("names lot \"%1\", which does not exist").arg(shortId(m_o.lot.toString())));
        return lots;
    }

    PowerNode *namedNode()
    {
        PowerNode *node = m_out.site.power.node(m_o.node);
        if (!node)
            problem("node",
                QStringLiteral("names power node \"%1\", which does not exist").arg(shortId(m_o.node.toString())));
        return node;
    }

    // The power node or cooling unit `object` names; reports it when it names neither.
    std::pair<PowerNode *, CoolingUnit *> namedObject()
    {
        PowerNode *node = m_out.site.power.node(PowerNodeId(m_o.object));
        CoolingUnit *unit = node ? nullptr : coolingUnit(m_out, m_o.object);
        if (!node && !unit)
            problem("object",
                QStringLiteral("names \"%1\", which is neither a power node nor a cooling unit")
                    .arg(shortId(m_o.object)));
        return { node, unit };
    }

    // The module rating from `from` on rises by `amount`, and so does every later change.
    void extraCapacity()
    {
        PowerNode *node = namedNode();
        if (!node)
            return;
        const double at = ratingAt(*node, m_o.from);
        for (CapacityChange &c : node->capacityChanges)
            if (c.from > m_o.from)
                c.rating += m_o.amount;
        node->capacityChanges.push_back({ m_o.from, at + m_o.amount });
        sortChanges(*node);
    }

    void delayCommissioning()
    {
        const auto [node, unit] = namedObject();
        if (unit) {
            if (unit->commissioned.isNull())
                problem("object",
                    QStringLiteral("cooling unit \"%1\" has no commissioning date to delay").arg(shortId(m_o.object)));
            else
                unit->commissioned = unit->commissioned.addMonths(m_o.months);
        }
        if (!node)
            return;
        bool moved = false;
        if (m_o.from.isNull() && node->commissioned.isValid()) {
            node->commissioned = node->commissioned.addMonths(m_o.months);
            moved = true;
        }
        for (CapacityChange &c : node->capacityChanges)
            if (m_o.from.isNull() || c.from == m_o.from) {
                c.from = c.from.addMonths(m_o.months);
                moved = true;
            }
        sortChanges(*node);
        if (moved)
            return;
        if (m_o.from.isNull())
            problem("object",
                QStringLiteral("power node \"%1\" has no commissioning date or capacity change to delay")
                    .arg(shortId(m_o.object)));
        else
            problem("from",
                QStringLiteral("power node \"%1\" has no capacity change dated %2")
                    .arg(shortId(m_o.object), m_o.from.toString(Qt::ISODate)));
    }

    void addLot()
    {
        if (std::any_of(
                m_out.fleet.begin(), m_out.fleet.end(), [&](const FleetLot &l) { return l.id == m_o.newLot.id; }))
            problem("id", QStringLiteral("\"%1\" is the id of a lot already").arg(shortId(m_o.newLot.id.toString())));
        else
            m_out.fleet.push_back(m_o.newLot);
    }

    // A power node: rating 0 from `from`, and on `to` the rating it had then; the changes it
    // had dated inside the window are dropped (the node is out throughout).
    void removeNode()
    {
        const auto [node, unit] = namedObject();
        if (unit)
            unit->outages.push_back({ m_o.from, m_o.to });
        if (!node)
            return;
        const double back = m_o.to.isValid() ? ratingAt(*node, m_o.to) : 0.0;
        std::erase_if(node->capacityChanges,
            [&](const CapacityChange &c) { return c.from >= m_o.from && (m_o.to.isNull() || c.from < m_o.to); });
        node->capacityChanges.push_back({ m_o.from, 0.0 });
        const bool changesOnReturn = std::any_of(node->capacityChanges.begin(), node->capacityChanges.end(),
            [&](const CapacityChange &c) { return c.from == m_o.to; });
        if (m_o.to.isValid() && !changesOnReturn)
            node->capacityChanges.push_back({ m_o.to, back });
        sortChanges(*node);
    }

    void changeRating()
    {
        PowerNode *node = namedNode();
        if (!node)
            return;
        std::erase_if(node->capacityChanges, [&](const CapacityChange &c) { return c.from >= m_o.from; });
        node->capacityChanges.push_back({ m_o.from, m_o.amount });
        sortChanges(*node);
    }

    void changeCoolingCapacity()
    {
        if (CoolingUnit *unit = coolingUnit(m_out, m_o.object))
            unit->capacity = Kilowatts(m_o.amount);
        else
            problem("unit", QStringLiteral("names cooling unit \"%1\", which does not exist").arg(shortId(m_o.object)));
    }

    Project &m_out;
    const ScenarioOverride &m_o;
    const QString m_p;
    ProblemList &m_problems;
};

} // namespace

const OverrideKindSpec &overrideKindSpec(OverrideKind kind)
{
    for (const OverrideKindSpec &spec : kOverrideKinds)
        if (spec.kind == kind)
            return spec;
    return kOverrideKinds[0]; // unreachable: every kind has a row
}

Project applyScenario(const Project &project, const Scenario &scenario, int index, std::vector<Problem> &found)
{
    ProblemList problems; // capped: a scenario may have a million overrides naming nothing
    Project out = project;
    out.scenarios.clear();
    const QString base = QStringLiteral("$.scenarios[%1].overrides").arg(index);
    for (size_t k = 0; k < scenario.overrides.size(); ++k)
        OverrideApplier(out, scenario.overrides[k], QStringLiteral("%1[%2]").arg(base).arg(k), problems).apply();
    const std::vector<Problem> kept = problems.take();
    found.insert(found.end(), kept.begin(), kept.end());
    return out;
}

namespace {

// Checks one override's fields by the kind's spec; `addedLots` holds the ids earlier add-lot
// overrides of the same scenario add (a later override may name them).
class OverrideChecker
{
public:
    OverrideChecker(const Project &project, const Catalog *builtIn, bool referencesOnly, ProblemList &problems)
        : m_project(project), m_builtIn(builtIn), m_referencesOnly(referencesOnly), m_problems(problems)
    {
    }

    void check(const ScenarioOverride &o, const QString &path, QSet<QString> &addedLots)
    {
        for (const OverrideFieldSpec &f : overrideKindSpec(o.kind).fields)
            checkField(o, f, path + QLatin1Char('.') + QLatin1String(f.key), addedLots);
        if (o.kind == OverrideKind::AddLot && !o.newLot.id.isNull())
            addedLots.insert(o.newLot.id.toString());
    }

private:
    void add(const QString &path, const QString &message) { m_problems.push_back({ path, message }); }
    void range(const QString &path, double value, const FieldRange &r)
    {
        if (!m_referencesOnly && !r.contains(value))
            add(path, r.violation(value));
    }
    void present(const QString &path, bool isSet, bool required, const char *expected)
    {
        if (!m_referencesOnly && required && !isSet)
            add(path, QStringLiteral("is missing; expected %1").arg(QLatin1String(expected)));
    }
    bool lotExists(const QString &id, const QSet<QString> &addedLots) const
    {
        return addedLots.contains(id)
            || std::any_of(m_project.fleet.begin(), m_project.fleet.end(),
                [&](const FleetLot &l) { return l.id.toString() == id; });
    }

    void checkField(const ScenarioOverride &o, const OverrideFieldSpec &f, const QString &p, QSet<QString> &added)
    {
        switch (f.field) {
        case OverrideField::Node:
            present(p, !o.node.isNull(), f.required, "a power node id");
            if (!o.node.isNull() && !m_project.site.power.contains(o.node))
                add(p, QStringLiteral("names power node \"%1\", which does not exist").arg(shortId(o.node.toString())));
            return;
        case OverrideField::Object:
            present(p, !o.object.isEmpty(), f.required, "a power node or cooling unit id");
            if (!o.object.isEmpty() && !m_project.site.power.contains(PowerNodeId(o.object))
                && !m_project.site.coolingUnit(CoolingUnitId(o.object)))
                add(p,
                    QStringLiteral("names \"%1\", which is neither a power node nor a cooling unit")
                        .arg(shortId(o.object)));
            return;
        case OverrideField::Lot:
            present(p, !o.lot.isNull(), f.required, "a lot id");
            if (!o.lot.isNull() && !lotExists(o.lot.toString(), added))
                add(p, QStringLiteral("names lot \"%1\", which does not exist").arg(shortId(o.lot.toString())));
            return;
        case OverrideField::From:
            return present(p, o.from.isValid(), f.required, "a date YYYY-MM-DD");
        case OverrideField::To:
            if (o.to.isValid() && o.from.isValid() && o.to <= o.from)
                add(p,
                    QStringLiteral("%1 is not after \"from\" %2")
                        .arg(o.to.toString(Qt::ISODate), o.from.toString(Qt::ISODate)));
            return;
        case OverrideField::Months:
            return range(p, o.months, limits::delayMonths);
        case OverrideField::Unit:
            present(p, !o.object.isEmpty(), f.required, "a cooling unit id");
            if (!o.object.isEmpty() && !m_project.site.coolingUnit(CoolingUnitId(o.object)))
                add(p, QStringLiteral("names cooling unit \"%1\", which does not exist").arg(shortId(o.object)));
            return;
        case OverrideField::Rating:
            return range(p, o.amount, limits::nodeRating);
        case OverrideField::CoolingCapacity:
            return range(p, o.amount, limits::coolingCapacity);
        case OverrideField::LifeYears:
            return range(p, o.amount, limits::lifeYears);
        default:
            return checkNewLotField(o.newLot, f, p, added);
        }
    }

    void checkNewLotField(const FleetLot &lot, const OverrideFieldSpec &f, const QString &p, const QSet<QString> &added)
    {
        switch (f.field) {
        case OverrideField::NewLotId:
            present(p, !lot.id.isNull(), f.required, "a new lot id");
            if (!lot.id.isNull() && lotExists(lot.id.toString(), added))
                add(p, QStringLiteral("\"%1\" is the id of a lot already").arg(shortId(lot.id.toString())));
            return;
        case OverrideField::Model:
            present(p, !lot.model.isNull(), f.required, "a system model id");
            if (m_builtIn && !lot.model.isNull() && !m_project.model(lot.model, *m_builtIn))
                add(p,
                    QStringLiteral("names system model \"%1\", which is neither built in nor in the project's catalog")
                        .arg(shortId(lot.model.toString())));
            return;
        case OverrideField::Count:
            return range(p, lot.count, limits::lotCount);
        case OverrideField::UnitCost:
            return range(p, lot.unitCost.value(), limits::money);
        case OverrideField::Delivered:
            return present(p, lot.delivered.isValid(), f.required, "a date YYYY-MM-DD");
        default: // NewLotName: any text; Window: maintenanceProblems
            return;
        }
    }

    const Project &m_project;
    const Catalog *m_builtIn;
    const bool m_referencesOnly; // the reader has checked presence and ranges
    ProblemList &m_problems;
};

} // namespace

std::vector<Problem> scenarioProblems(const Project &project, const Catalog *builtIn, bool referencesOnly)
{
    ProblemList problems;
    OverrideChecker checker(project, builtIn, referencesOnly, problems);
    for (size_t i = 0; i < project.scenarios.size(); ++i) {
        QSet<QString> addedLots;
        const std::vector<ScenarioOverride> &overrides = project.scenarios[i].overrides;
        for (size_t k = 0; k < overrides.size(); ++k)
            checker.check(overrides[k], QStringLiteral("$.scenarios[%1].overrides[%2]").arg(i).arg(k), addedLots);
    }
    return problems.take();
}

} // namespace warmshell
