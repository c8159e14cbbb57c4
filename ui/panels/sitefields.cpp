// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitefields.h"

#include "document/document.h"
#include "edit/properties.h"
#include "edit/tenantcommands.h"
#include "enumkeys.h"
#include "fieldlimits.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <memory>
#include <type_traits>

namespace warmshell::ui {

using Field = PropertyEditor::Field;
using propertyfield::enumChoices;
using propertyfield::nameField;
using propertyfield::number;
using propertyfield::tr;

namespace {

QList<std::pair<QString, QString>> yesNo(const QString &no, const QString &yes)
{
    return { { QStringLiteral("false"), no }, { QStringLiteral("true"), yes } };
}

QString boolKey(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// A field of the site's thermal model, shown as text (a number, or a choice's key).
template <typename Value>
Field thermalField(const QString &key, const QString &label, Field::Type type, const FieldRange *range,
    const Property<Site, Value> &property, QList<std::pair<QString, QString>> choices = {})
{
    Field field{ key, label, type, range,
        [property](const Project &p) {
            if constexpr (std::is_same_v<Value, bool>)
                return boolKey(property.get(p.site));
            else
                return number(property.get(p.site).value());
        },
        [property](Document *d, const QVariant &v) {
            Value value;
            if constexpr (std::is_same_v<Value, bool>)
                value = v.toString() == QStringLiteral("true");
            else
                value = Value(v.toDouble());
            return new SetSitePropertyCommand<Value>(d, SiteKey(), property, value);
        } };
    if (!choices.isEmpty())
        field.choices = [choices](const Project &) { return choices; };
    return field;
}

std::vector<Field> thermalFields()
{
    using namespace properties;
    return {
        thermalField(QStringLiteral("thermal.enabled"), tr("Thermal model"), Field::Choice, nullptr, siteThermalEnabled,
            yesNo(tr("Off (no inlet limit)"), tr("On (inlet temperature limit)"))),
        thermalField(QStringLiteral("thermal.supplyTemperatureC"), tr("Supply temperature (°C)"), Field::Number,
            &limits::supplyTemperature, siteSupplyTemperature),
        thermalField(QStringLiteral("thermal.inletLimitC"), tr("Inlet limit (°C)"), Field::Number, &limits::inletLimit,
            siteInletLimit),
        thermalField(QStringLiteral("thermal.deriveFromLayout"), tr("Recirculation"), Field::Choice, nullptr,
            siteDeriveFromLayout, yesNo(tr("Explicit coefficients only"), tr("Derived from the layout too"))),
    };
}

// A length of a hall, metres: its origin's x or y, its width or depth.
Field hallLength(const HallId &id, const QString &key, const QString &label, const FieldRange *range,
    const Property<Hall, Metres> &property)
{
    return { key, label, Field::Number, range,
        [id, property](const Project &p) { return number(property.get(*p.site.hall(id)).value()); },
        [id, property](Document *d, const QVariant &v) {
            return new SetHallPropertyCommand<Metres>(d, id, property, Metres(v.toDouble()));
        } };
}

} // namespace

std::vector<Field> siteFields()
{
    using namespace properties;
    const SiteKey key;
    std::vector<Field> fields{
        nameField<SiteTraits>(key, siteName),
        { QStringLiteral("currency"), tr("Currency (ISO 4217)"), Field::Currency, nullptr,
            [](const Project &p) { return p.site.currency; },
            [key](Document *d, const QVariant &v) {
                return new SetSitePropertyCommand<QString>(d, key, siteCurrency, v.toString());
            } },
        { QStringLiteral("planStart"), tr("Plan start"), Field::Date, nullptr,
            [](const Project &p) { return p.site.planStart.toString(Qt::ISODate); },
            [key](Document *d, const QVariant &v) {
                return new SetSitePropertyCommand<QDate>(d, key, sitePlanStart, v.toDate());
            } },
        { QStringLiteral("period"), tr("Period"), Field::Choice, nullptr,
            [](const Project &p) { return keyOf(p.site.period); },
            [key](Document *d, const QVariant &v) -> QUndoCommand * {
                const auto period = enumFromKey<PlanningPeriod>(v.toString());
                return period ? new SetSitePropertyCommand<PlanningPeriod>(d, key, sitePeriod, *period) : nullptr;
            },
            [](const Project &) { return enumChoices<PlanningPeriod>(); } },
        { QStringLiteral("horizonPeriods"), tr("Horizon (periods)"), Field::Integer, &limits::horizonPeriods,
            [](const Project &p) { return QString::number(p.site.horizonPeriods); },
            [key](Document *d, const QVariant &v) {
                return new SetSitePropertyCommand<int>(d, key, siteHorizon, v.toInt());
            } },
    };
    for (Field &f : thermalFields())
        fields.push_back(std::move(f));
    fields.push_back({ QStringLiteral("allowInterruptibleOnReserve"), tr("Redundancy reserve"), Field::Choice, nullptr,
        [](const Project &p) { return boolKey(p.site.allowInterruptibleOnReserve); },
        [key](Document *d, const QVariant &v) {
            return new SetSitePropertyCommand<bool>(
                d, key, siteAllowInterruptibleOnReserve, v.toString() == QStringLiteral("true"));
        },
        [](const Project &) {
            return yesNo(tr("Held in reserve (usable modules only)"), tr("Interruptible load may use it"));
        } });
    return fields;
}

namespace {

QString tenantName(const Tenant &t)
{
    return t.name.isEmpty() ? t.id.toString() : t.name;
}

// "(not reserved)" and every tenant of the project: the choices of a "Reserved for" field.
QList<std::pair<QString, QString>> reservationChoices(const Project &p)
{
    QList<std::pair<QString, QString>> out{ { QString(), tr("(not reserved)") } };
    for (const Tenant &t : p.tenants)
        out.append({ t.id.toString(), tenantName(t) });
    return out;
}

// The index in p.tenants of the first tenant whose own list names `id` (reservedRacks for a
// rack, reservedHalls for a hall); -1 when none does.
template <typename Id> int reservingTenant(const Project &p, const Id &id, std::vector<Id> Tenant::*list)
{
    for (size_t i = 0; i < p.tenants.size(); ++i) {
        const std::vector<Id> &ids = p.tenants[i].*list;
        if (std::find(ids.begin(), ids.end(), id) != ids.end())
            return int(i);
    }
    return -1;
}

// The tenant the hall is reserved for (Tenant::reservedHalls), one ReserveForTenantCommand.
Field hallReservationField(const HallId &id)
{
    return { QStringLiteral("reservedFor"), tr("Reserved for"), Field::Choice, nullptr,
        [id](const Project &p) {
            const int t = reservingTenant(p, id, &Tenant::reservedHalls);
            return t < 0 ? QString() : p.tenants[size_t(t)].id.toString();
        },
        [id](Document *d, const QVariant &v) {
            return new ReserveForTenantCommand(d, {}, { id }, TenantId(v.toString()));
        },
        reservationChoices };
}

} // namespace

std::vector<Field> rackReservationFields(const RackId &id)
{
    Field own{ QStringLiteral("reservedFor"), tr("Reserved for"), Field::Choice, nullptr,
        [id](const Project &p) {
            const int t = reservingTenant(p, id, &Tenant::reservedRacks);
            return t < 0 ? QString() : p.tenants[size_t(t)].id.toString();
        },
        [id](Document *d, const QVariant &v) {
            return new ReserveForTenantCommand(d, { id }, {}, TenantId(v.toString()));
        },
        reservationChoices };
    own.readAll = [](const Project &p, const QStringList &ids) {
        QHash<QString, QString> owner; // rack id → the first tenant whose list names it
        for (const Tenant &t : p.tenants)
            for (const RackId &rack : t.reservedRacks)
                if (!owner.contains(rack.toString()))
                    owner.insert(rack.toString(), t.id.toString());
        QStringList out;
        out.reserve(ids.size());
        for (const QString &rack : ids)
            out << owner.value(rack);
        return out;
    };
    own.writeAll = [](Document *d, const QStringList &ids, const QVariant &v) {
        std::vector<RackId> racks;
        racks.reserve(size_t(ids.size()));
        for (const QString &rack : ids)
            racks.push_back(RackId(rack));
        return new ReserveForTenantCommand(d, racks, {}, TenantId(v.toString()));
    };
    // The rack found at the index it stood at last time (as rackFields does), and no search
    // at all while no tenant reserves a hall: thousands of selected racks read in one pass.
    const auto throughHall = [id, hint = std::make_shared<size_t>(0)](const Project &p) {
        if (std::none_of(p.tenants.begin(), p.tenants.end(), [](const Tenant &t) { return !t.reservedHalls.empty(); }))
            return QString();
        const std::vector<Rack> &racks = p.site.racks;
        const Rack *rack = *hint < racks.size() && racks[*hint].id == id ? &racks[*hint] : p.site.rack(id);
        if (rack)
            *hint = size_t(rack - racks.data());
        const Hall *hall = rack ? p.site.hallOf(*rack) : nullptr;
        const int t = hall ? reservingTenant(p, hall->id, &Tenant::reservedHalls) : -1;
        if (t < 0)
            return QString();
        return tr("%1 (hall %2)")
            .arg(tenantName(p.tenants[size_t(t)]), hall->name.isEmpty() ? hall->id.toString() : hall->name);
    };
    Field inherited{ QStringLiteral("reservedThroughHall"), tr("Reserved through its hall"), Field::ReadOnly, nullptr,
        throughHall, {} };
    inherited.applies = [throughHall](const Project &p) { return !throughHall(p).isEmpty(); };
    return { std::move(own), std::move(inherited) };
}

std::vector<Field> hallFields(const HallId &id)
{
    using namespace properties;
    return {
        nameField<HallTraits>(id, hallName),
        hallLength(id, QStringLiteral("origin[0]"), tr("Origin x (m)"), &limits::campusOrigin, hallOriginX),
        hallLength(id, QStringLiteral("origin[1]"), tr("Origin y (m)"), &limits::campusOrigin, hallOriginY),
        hallLength(id, QStringLiteral("size[0]"), tr("Width (m)"), &limits::hallSize, hallWidth),
        hallLength(id, QStringLiteral("size[1]"), tr("Depth (m)"), &limits::hallSize, hallDepth),
        { QStringLiteral("contents"), tr("Holds"), Field::ReadOnly, nullptr,
            [id](const Project &p) {
                QSet<RowId> rows;
                for (const Row &row : p.site.rows)
                    if (row.hall == id)
                        rows.insert(row.id);
                const auto racks = std::count_if(
                    p.site.racks.begin(), p.site.racks.end(), [&](const Rack &r) { return rows.contains(r.row); });
                return tr("%n rows, ", nullptr, int(rows.size())) + tr("%n racks", nullptr, int(racks));
            },
            {} },
        hallReservationField(id),
    };
}

std::vector<Field> rowFields(const RowId &id)
{
    using namespace properties;
    return {
        nameField<RowTraits>(id, rowName),
        { QStringLiteral("containment"), tr("Containment"), Field::Choice, nullptr,
            [id](const Project &p) { return keyOf(p.site.row(id)->containment); },
            [id](Document *d, const QVariant &v) -> QUndoCommand * {
                const auto c = enumFromKey<Containment>(v.toString());
                return c ? new SetRowPropertyCommand<Containment>(d, id, rowContainment, *c) : nullptr;
            },
            [](const Project &) { return enumChoices<Containment>(); } },
        { QStringLiteral("racks"), tr("Racks"), Field::ReadOnly, nullptr,
            [id](const Project &p) {
                const auto n = std::count_if(
                    p.site.racks.begin(), p.site.racks.end(), [&](const Rack &r) { return r.row == id; });
                return tr("%n racks", nullptr, int(n));
            },
            {} },
    };
}

} // namespace warmshell::ui
