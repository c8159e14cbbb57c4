// SPDX-License-Identifier: GPL-3.0-or-later
#include "planexport.h"

#include "catalog.h"
#include "enumkeys.h"
#include "export/csv.h"

#include <QHash>

#include <cmath>

namespace warmshell {

namespace {

TableNumber num(double value, int decimals = -1)
{
    return { value, decimals };
}
// kW rounded to the milliwatt, then written in the shortest exact form: 10.2 × 3 reads
// "30.6", not "30.599999999999998".
TableNumber kw(double value)
{
    return { std::round(value * 1e6) / 1e6, -1 };
}

Table placements(const CapacityPlan &plan, const Project &project, const Catalog &builtIn)
{
    const Site &site = project.site;
    Table t{ QStringLiteral("placements"),
        { QStringLiteral("site"), QStringLiteral("hall"), QStringLiteral("row"), QStringLiteral("rack_id"),
            QStringLiteral("rack"), QStringLiteral("system_model_id"), QStringLiteral("system_model"),
            QStringLiteral("generation"), QStringLiteral("operating_point"), QStringLiteral("count"),
            QStringLiteral("gpus"), QStringLiteral("power_kw"), QStringLiteral("pinned") },
        {} };
    const bool tenants = !project.tenants.empty();
    if (tenants)
        t.columns << QStringLiteral("tenant_id");
    for (const RackPlacement &p : plan.placements) {
        const Rack *rack = site.rack(p.rack);
        const Row *row = rack ? site.row(rack->row) : nullptr;
        const Hall *hall = rack ? site.hallOf(*rack) : nullptr;
        for (const PlacedSystems &s : p.systems) {
            const SystemModel *m = project.model(s.model, builtIn);
            t.rows.push_back({ site.name, hall ? hall->name : QString(), row ? row->name : QString(), p.rack.toString(),
                rack ? rack->name : QString(), s.model.toString(), m ? m->name : QString(),
                m ? m->generation : QString(), s.operatingPoint, qint64(s.count), qint64(s.gpus), kw(s.power.value()),
                s.pinned });
            if (tenants)
                t.rows.back().push_back(s.tenant.toString());
        }
    }
    return t;
}

// One row per owner as the plan reports it (CapacityPlan::tenants: each tenant, then the
// operator's own lots); none when the project has no tenants.
PlanTableResult tenants(const CapacityPlan &plan, const Project &project)
{
    if (project.tenants.empty() || plan.tenants.empty())
        return { std::nullopt,
            QStringLiteral(
                "the project has no tenants, so the plan has no results per tenant (see docs/file-format.md, "
                "\"tenants\")") };
    Table t{ QStringLiteral("tenants"),
        { QStringLiteral("tenant_id"), QStringLiteral("tenant"), QStringLiteral("priority"),
            QStringLiteral("energized_gpus"), QStringLiteral("idle_gpus"), QStringLiteral("energized_kw"),
            QStringLiteral("idle_depreciation_per_month_") + project.site.currency.toLower(),
            QStringLiteral("binding_quota") },
        {} };
    for (const TenantResult &r : plan.tenants) {
        const bool own = r.tenant.isNull();
        t.rows.push_back({ r.tenant.toString(), r.name, own ? TableCell(QStringLiteral("last")) : qint64(r.priority),
            qint64(r.energizedGpus), qint64(r.idleGpus), num(r.energizedPower.value(), 3),
            num(r.idleDepreciationPerMonth.value(), 2), r.bindingQuota });
    }
    return { std::move(t), {} };
}

Table generations(const CapacityPlan &plan, const Project &project)
{
    Table t{ QStringLiteral("generations"),
        { QStringLiteral("generation"), QStringLiteral("energized_gpus"), QStringLiteral("idle_gpus"),
            QStringLiteral("energized_systems"), QStringLiteral("idle_systems"), QStringLiteral("energized_kw"),
            QStringLiteral("energized_pflops"),
            QStringLiteral("idle_depreciation_per_month_") + project.site.currency.toLower() },
        {} };
    for (const GenerationResult &g : plan.generations)
        t.rows.push_back({ g.generation, qint64(g.energizedGpus), qint64(g.idleGpus), qint64(g.energizedSystems),
            qint64(g.idleSystems), num(g.energizedPower.value(), 3), num(g.energizedPflops, 3),
            num(g.idleDepreciationPerMonth.value(), 2) });
    return t;
}

Table nodes(const CapacityPlan &plan)
{
    Table t{ QStringLiteral("nodes"),
        { QStringLiteral("type"), QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
            QStringLiteral("installed_kw"), QStringLiteral("usable_kw"), QStringLiteral("load_kw"),
            QStringLiteral("utilisation_pct"), QStringLiteral("live"), QStringLiteral("binding") },
        {} };
    auto add = [&](const QString &type, const std::vector<CapacityUse> &uses) {
        for (const CapacityUse &u : uses)
            t.rows.push_back({ type, u.object, u.name, u.kind, num(u.installed.value(), 3), num(u.usable.value(), 3),
                num(u.load.value(), 3), num(100 * u.utilisation(), 2), u.live, u.binding });
    };
    add(QStringLiteral("power"), plan.powerNodes);
    add(QStringLiteral("cooling"), plan.coolingUnits);
    return t;
}

} // namespace

PlanTableResult planTable(PlanTableKind kind, const CapacityPlan &plan, const Project &project, const Catalog &builtIn)
{
    switch (kind) {
    case PlanTableKind::Placements:
        return { placements(plan, project, builtIn), {} };
    case PlanTableKind::Generations:
        return { generations(plan, project), {} };
    case PlanTableKind::Nodes:
        return { nodes(plan), {} };
    case PlanTableKind::Tenants:
        return tenants(plan, project);
    case PlanTableKind::Timeline:
        break;
    }
    return { std::nullopt,
        QStringLiteral("the timeline table is built from a period-by-period timeline, not from one plan "
                       "(timelineTable)") };
}

Table timelineTable(const Timeline &timeline)
{
    const QString cur = timeline.currency.toLower();
    Table t{ QStringLiteral("timeline"),
        { QStringLiteral("period_start"), QStringLiteral("period_end"), QStringLiteral("status"),
            QStringLiteral("generation"), QStringLiteral("energized_gpus"), QStringLiteral("idle_gpus"),
            QStringLiteral("energized_pflops"), QStringLiteral("power_used_kw"), QStringLiteral("power_available_kw"),
            QStringLiteral("idle_depreciation_") + cur, QStringLiteral("cumulative_idle_depreciation_") + cur,
            QStringLiteral("systems_moved"), QStringLiteral("facility_power_used_kw"), QStringLiteral("pue") },
        {} };
    for (const TimelinePeriod &p : timeline.periods) {
        auto row = [&](const QString &generation, int energized, int idle, double pflops) {
            t.rows.push_back({ p.start.toString(Qt::ISODate), p.end.toString(Qt::ISODate), keyOf(p.status), generation,
                qint64(energized), qint64(idle), num(pflops, 3), num(p.powerUsed.value(), 3),
                num(p.powerAvailable.value(), 3), num(p.idleDepreciation.value(), 2),
                num(p.cumulativeIdleDepreciation.value(), 2), qint64(p.systemsMoved),
                num(p.facilityPowerUsed.value(), 3), num(p.pue, 4) });
        };
        for (const TimelineGeneration &g : p.generations)
            row(g.generation, g.energizedGpus, g.idleGpus, g.energizedPflops);
        row(QStringLiteral("total"), p.energizedGpus, p.idleGpus, p.energizedPflops);
    }
    return t;
}

namespace {

// The columns readPlacementsCsv needs, by name; the other columns of the written table are
// ignored.
const char *const kPlacementColumns[]
    = { "rack_id", "system_model_id", "operating_point", "count", "gpus", "power_kw", "pinned" };

// Column name -> its index in `header`; a column missing from the header is an error.
QHash<QString, qsizetype> placementColumns(const QStringList &header, std::vector<Problem> &errors)
{
    QHash<QString, qsizetype> column;
    for (const char *name : kPlacementColumns) {
        const qsizetype c = header.indexOf(QLatin1String(name));
        if (c < 0)
            errors.push_back(
                { QStringLiteral("line 1"), QStringLiteral("the header has no column '%1'").arg(QLatin1String(name)) });
        column.insert(QLatin1String(name), c);
    }
    if (const qsizetype c = header.indexOf(QStringLiteral("tenant_id")); c >= 0) // optional: projects with tenants
        column.insert(QStringLiteral("tenant_id"), c);
    return column;
}

// One record of the placements table; each bad cell is an error at `where` ("record N").
// Returns the rack id and the systems as far as they could be read.
std::pair<RackId, PlacedSystems> readPlacementRecord(
    const QStringList &rec, const QHash<QString, qsizetype> &column, const QString &where, std::vector<Problem> &errors)
{
    auto cell = [&](const char *name) { return rec[column.value(QLatin1String(name))]; };
    auto integer = [&](const char *name, int min) -> int {
        bool ok = false;
        const int v = cell(name).toInt(&ok);
        if (!ok || v < min)
            errors.push_back({ where + QStringLiteral(", column ") + QLatin1String(name),
                QStringLiteral("'%1' is not a whole number of at least %2").arg(cell(name)).arg(min) });
        return v;
    };
    PlacedSystems s;
    const QString rackId = cell("rack_id");
    if (rackId.isEmpty())
        errors.push_back({ where + QStringLiteral(", column rack_id"), QStringLiteral("must not be empty") });
    s.model = SystemModelId(cell("system_model_id"));
    if (s.model.isNull())
        errors.push_back({ where + QStringLiteral(", column system_model_id"), QStringLiteral("must not be empty") });
    s.operatingPoint = cell("operating_point");
    s.count = integer("count", 1);
    s.gpus = integer("gpus", 0);
    bool ok = false;
    const double kw = cell("power_kw").toDouble(&ok); // C locale: '.' decimals
    if (!ok || !(kw >= 0))
        errors.push_back({ where + QStringLiteral(", column power_kw"),
            QStringLiteral("'%1' is not a number of kW at least 0 ('.' decimals)").arg(cell("power_kw")) });
    s.power = Kilowatts(kw);
    const QString pinned = cell("pinned");
    if (pinned != QLatin1String("yes") && pinned != QLatin1String("no"))
        errors.push_back(
            { where + QStringLiteral(", column pinned"), QStringLiteral("must be yes or no, got '%1'").arg(pinned) });
    s.pinned = pinned == QLatin1String("yes");
    if (const qsizetype c = column.value(QStringLiteral("tenant_id"), -1); c >= 0)
        s.tenant = TenantId(rec[c]);
    return { RackId(rackId), std::move(s) };
}

} // namespace

PlacementsReadResult readPlacementsCsv(const QString &text)
{
    PlacementsReadResult result;
    const CsvParseResult csv = parseCsv(text);
    if (!csv.ok()) {
        result.errors = csv.errors;
        return result;
    }
    if (csv.records.empty()) {
        result.errors.push_back(
            { QStringLiteral("line 1"), QStringLiteral("the file is empty; expected a header row") });
        return result;
    }
    const QStringList &header = csv.records.front();
    const QHash<QString, qsizetype> column = placementColumns(header, result.errors);
    if (!result.errors.empty())
        return result;

    QHash<RackId, size_t> rackIndex;
    for (size_t r = 1; r < csv.records.size(); ++r) {
        const QStringList &rec = csv.records[r];
        const QString where = QStringLiteral("record %1").arg(r + 1); // the header is record 1
        if (rec.size() == 1 && rec.front().isEmpty())
            continue; // an empty line
        if (rec.size() != header.size()) {
            result.errors.push_back(
                { where, QStringLiteral("has %1 fields, the header %2").arg(rec.size()).arg(header.size()) });
            continue;
        }
        auto [id, s] = readPlacementRecord(rec, column, where, result.errors);
        auto it = rackIndex.find(id);
        if (it == rackIndex.end()) {
            it = rackIndex.insert(id, result.placements.size());
            result.placements.push_back(RackPlacement{ id, {}, Kilowatts(0), RackUnits(0) });
        }
        RackPlacement &p = result.placements[*it];
        p.load += s.power;
        p.systems.push_back(std::move(s));
    }
    if (!result.errors.empty())
        result.placements.clear();
    return result;
}

} // namespace warmshell
