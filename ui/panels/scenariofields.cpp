// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariofields.h"

#include "fieldlimits.h"
#include "project.h"
#include "propertyfield.h"

#include <variant>

namespace warmshell::ui::scenariofields {

namespace {

using propertyfield::number;
using propertyfield::tr;
using Made = OverrideMapping::Made;
using Subject = PropertyEditor::Subject;

const FleetLot *lotOf(const Project &p, const QString &id)
{
    for (const FleetLot &lot : p.fleet)
        if (lot.id.toString() == id)
            return &lot;
    return nullptr;
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

Made refused(const QString &reason)
{
    return { std::nullopt, reason };
}

// The day a power node's page rating is stored from in a scenario: its commissioning date,
// else the site's plan start (null when the site has none).
QDate ratingDate(const Project &p, const QString &id)
{
    const PowerNode *node = p.site.power.node(PowerNodeId(id));
    return node && node->commissioned.isValid() ? node->commissioned : p.site.planStart;
}

// The node's module rating in force on its ratingDate(), in its rating unit (kW or kVA).
QString readRating(const Project &p, const QString &id)
{
    const PowerNode *node = p.site.power.node(PowerNodeId(id));
    if (!node)
        return {};
    return number(node->moduleCapacity(ratingDate(p, id)).value() / node->rating.powerFactor());
}

bool ownsRating(const ScenarioOverride &o, const QString &id, const Project &base)
{
    return o.node.toString() == id && o.from == ratingDate(base, id);
}

Made makeRating(const Project &base, const Project &prior, const QString &id, const QVariant &value)
{
    const QDate from = ratingDate(base, id);
    if (!from.isValid())
        return refused(tr("the site has no plan start, from which change-rating would apply; nothing was changed"));
    if (number(value.toDouble()) == readRating(prior, id))
        return {};
    ScenarioOverride o;
    o.kind = OverrideKind::ChangeRating;
    o.node = PowerNodeId(id);
    o.from = from;
    o.amount = value.toDouble();
    return { o, {} };
}

QString describeRating(const Project &base, const QString &id)
{
    return tr("change-rating from %1 (capacity changes the base dates after it are replaced)")
        .arg(isoDate(ratingDate(base, id)));
}

// A cooling unit's capacity per module (kW) → change-cooling-capacity, one per unit (undated:
// the unit's capacity has no dates).
QString readCoolingCapacity(const Project &p, const QString &id)
{
    const CoolingUnit *unit = p.site.coolingUnit(CoolingUnitId(id));
    return unit ? number(unit->capacity.value()) : QString();
}

bool ownsCoolingCapacity(const ScenarioOverride &o, const QString &id, const Project &)
{
    return o.object == id;
}

Made makeCoolingCapacity(const Project &, const Project &prior, const QString &id, const QVariant &value)
{
    bool ok = false;
    const double kw = value.toDouble(&ok);
    if (!ok || !limits::coolingCapacity.contains(kw))
        return refused(tr("capacity per module %1; nothing was changed")
                           .arg(ok ? limits::coolingCapacity.violation(kw) : tr("is not a number")));
    if (number(kw) == readCoolingCapacity(prior, id))
        return {};
    ScenarioOverride o;
    o.kind = OverrideKind::ChangeCoolingCapacity;
    o.object = id;
    o.amount = kw;
    return { o, {} };
}

QString describeCoolingCapacity(const Project &, const QString &)
{
    return tr("change-cooling-capacity (per module, throughout the horizon)");
}

// The whole calendar months from `prior` to `wanted` (negative: earlier), as QDate::addMonths
// counts them; a refusal naming `kindKey` when no whole number of months (within
// limits::delayMonths) leads there.
std::variant<int, QString> wholeMonths(const QDate &prior, const QDate &wanted, const char *kindKey)
{
    const int months = (wanted.year() - prior.year()) * 12 + (wanted.month() - prior.month());
    if (prior.addMonths(months) != wanted) {
        const int before = wanted < prior.addMonths(months) ? months - 1 : months;
        return tr("%1 moves a date by whole months: %2 is not a whole number of months from %3 (nearest: %4 or %5); "
                  "nothing was changed")
            .arg(QLatin1String(kindKey), isoDate(wanted), isoDate(prior), isoDate(prior.addMonths(before)),
                isoDate(prior.addMonths(before + 1)));
    }
    if (!limits::delayMonths.contains(months))
        return tr("%1 moves a date by at most %2 months, this is %3; nothing was changed")
            .arg(QLatin1String(kindKey))
            .arg(limits::delayMonths.max)
            .arg(months);
    return months;
}

// Power node or cooling unit commissioning → delay-commissioning (the whole object).
QString readCommissioned(const Project &p, const QString &id)
{
    if (const PowerNode *node = p.site.power.node(PowerNodeId(id)))
        return isoDate(node->commissioned);
    const CoolingUnit *unit = p.site.coolingUnit(CoolingUnitId(id));
    return unit ? isoDate(unit->commissioned) : QString();
}

bool ownsCommissioned(const ScenarioOverride &o, const QString &id, const Project &)
{
    return o.object == id && o.from.isNull();
}

Made makeCommissioned(const Project &, const Project &prior, const QString &id, const QVariant &value)
{
    const QDate was = QDate::fromString(readCommissioned(prior, id), Qt::ISODate);
    const QDate wanted = value.toDate();
    if (!was.isValid())
        return refused(tr("%1 has no commissioning date in the base site, and delay-commissioning only moves a "
                          "date; set one on the base site first; nothing was changed")
                           .arg(id));
    if (!wanted.isValid())
        return refused(tr("a scenario cannot remove a commissioning date (delay-commissioning only moves it); "
                          "nothing was changed"));
    const auto months = wholeMonths(was, wanted, "delay-commissioning");
    if (const QString *refusal = std::get_if<QString>(&months))
        return refused(*refusal);
    if (std::get<int>(months) == 0)
        return {};
    ScenarioOverride o;
    o.kind = OverrideKind::DelayCommissioning;
    o.object = id;
    o.months = std::get<int>(months);
    return { o, {} };
}

QString describeCommissioned(const Project &base, const QString &id)
{
    return base.site.power.node(PowerNodeId(id))
        ? tr("delay-commissioning in whole months (the node's dated capacity changes move with it)")
        : tr("delay-commissioning in whole months");
}

bool ownsLot(const ScenarioOverride &o, const QString &id, const Project &)
{
    return o.lot.toString() == id;
}

// A lot's delivery → delay-delivery of that lot.
QString readDelivered(const Project &p, const QString &id)
{
    const FleetLot *lot = lotOf(p, id);
    return lot ? isoDate(lot->delivered) : QString();
}

Made makeDelivered(const Project &, const Project &prior, const QString &id, const QVariant &value)
{
    const QDate was = QDate::fromString(readDelivered(prior, id), Qt::ISODate);
    const auto months = wholeMonths(was, value.toDate(), "delay-delivery");
    if (const QString *refusal = std::get_if<QString>(&months))
        return refused(*refusal);
    if (std::get<int>(months) == 0)
        return {};
    ScenarioOverride o;
    o.kind = OverrideKind::DelayDelivery;
    o.lot = LotId(id);
    o.months = std::get<int>(months);
    return { o, {} };
}

QString describeDelivered(const Project &, const QString &)
{
    return tr("delay-delivery in whole months (a retire date moves with it)");
}

// A lot's retire date → retire-lot.
QString readRetire(const Project &p, const QString &id)
{
    const FleetLot *lot = lotOf(p, id);
    return lot ? isoDate(lot->retire) : QString();
}

Made makeRetire(const Project &, const Project &prior, const QString &id, const QVariant &value)
{
    const QDate wanted = value.toDate();
    if (isoDate(wanted) == readRetire(prior, id))
        return {};
    if (!wanted.isValid())
        return refused(tr("a scenario cannot clear a retire date (retire-lot sets one); nothing was changed"));
    ScenarioOverride o;
    o.kind = OverrideKind::RetireLot;
    o.lot = LotId(id);
    o.from = wanted;
    return { o, {} };
}

QString describeRetire(const Project &, const QString &)
{
    return tr("retire-lot");
}

// A lot's depreciation life → depreciation-life of that lot.
QString readLife(const Project &p, const QString &id)
{
    const FleetLot *lot = lotOf(p, id);
    return lot ? number(lot->depreciation.lifeYears) : QString();
}

Made makeLife(const Project &, const Project &prior, const QString &id, const QVariant &value)
{
    const FleetLot *lot = lotOf(prior, id);
    if (lot && lot->depreciation.method == DepreciationMethod::Custom)
        return refused(tr("depreciation-life leaves a custom schedule as it is; nothing was changed"));
    if (number(value.toDouble()) == readLife(prior, id))
        return {};
    ScenarioOverride o;
    o.kind = OverrideKind::DepreciationLife;
    o.lot = LotId(id);
    o.amount = value.toDouble();
    return { o, {} };
}

QString describeLife(const Project &, const QString &)
{
    return tr("depreciation-life");
}

constexpr OverrideMapping kRating{ OverrideKind::ChangeRating, readRating, ownsRating, makeRating, describeRating };
constexpr OverrideMapping kCoolingCapacity{ OverrideKind::ChangeCoolingCapacity, readCoolingCapacity,
    ownsCoolingCapacity, makeCoolingCapacity, describeCoolingCapacity };
constexpr OverrideMapping kCommissioned{ OverrideKind::DelayCommissioning, readCommissioned, ownsCommissioned,
    makeCommissioned, describeCommissioned };
constexpr OverrideMapping kDelivered{ OverrideKind::DelayDelivery, readDelivered, ownsLot, makeDelivered,
    describeDelivered };
constexpr OverrideMapping kRetire{ OverrideKind::RetireLot, readRetire, ownsLot, makeRetire, describeRetire };
constexpr OverrideMapping kLife{ OverrideKind::DepreciationLife, readLife, ownsLot, makeLife, describeLife };

struct MappedField
{
    Subject subject;
    const char *key; // the field's key on the page (propertyeditor.cpp)
    const OverrideMapping *mapping;
};

// Every field a scenario can change, once.
constexpr MappedField kMappedFields[] = {
    { Subject::PowerNode, "rating.value", &kRating },
    { Subject::PowerNode, "commissioned", &kCommissioned },
    { Subject::CoolingUnit, "commissioned", &kCommissioned },
    { Subject::CoolingUnit, "capacityKw", &kCoolingCapacity },
    { Subject::Lot, "delivered", &kDelivered },
    { Subject::Lot, "retire", &kRetire },
    { Subject::Lot, "depreciation.lifeYears", &kLife },
};

// The index of the last override of `overrides` that `mapping`'s field of `id` owns; -1: none.
qsizetype ownedIndex(const std::vector<ScenarioOverride> &overrides, const OverrideMapping &mapping, const QString &id,
    const Project &base)
{
    for (qsizetype k = qsizetype(overrides.size()) - 1; k >= 0; --k)
        if (overrides[size_t(k)].kind == mapping.kind && mapping.owns(overrides[size_t(k)], id, base))
            return k;
    return -1;
}

// `overrides` after field `mapping` of subject `id` is set to `value` (nullopt: reverted);
// a refusal when the field's kind cannot express it.
QString editOne(const Project &base, size_t index, const OverrideMapping &mapping, const QString &id,
    const std::optional<QVariant> &value, std::vector<ScenarioOverride> &overrides)
{
    const qsizetype owned = ownedIndex(overrides, mapping, id, base);
    std::vector<ScenarioOverride> without = overrides;
    if (owned >= 0)
        without.erase(without.begin() + owned);
    if (!value) {
        overrides = std::move(without);
        return {};
    }
    Scenario less = base.scenarios[index];
    less.overrides = without;
    std::vector<Problem> ignored; // the Scenarios dock lists what a scenario names that is missing
    const Project prior = applyScenario(base, less, int(index), ignored);
    const Made made = mapping.make(base, prior, id, *value);
    if (!made.refusal.isEmpty())
        return made.refusal;
    if (!made.value)
        overrides = std::move(without);
    else if (owned >= 0)
        overrides[size_t(owned)] = *made.value;
    else
        overrides.push_back(*made.value);
    return {};
}

// "Power limit (kW)" → "power limit": what the field is, inside a sentence.
QString inSentence(const QString &label)
{
    QString text = label.section(QStringLiteral(" ("), 0, 0);
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

} // namespace

const OverrideMapping *mappingFor(Subject subject, const QString &key)
{
    for (const MappedField &f : kMappedFields)
        if (f.subject == subject && key == QLatin1String(f.key))
            return f.mapping;
    return nullptr;
}

QString readOnlyReason(Subject subject, const QString &key, const QString &label)
{
    static const char *const owners[] = { "", "a rack's", "a power node's", "a cooling unit's", "a fleet lot's",
        "the site's", "a hall's", "a row's" };
    // "Reserved for" reads as no noun in a sentence: the rack's or hall's tenant reservation.
    const QString what = key == QLatin1String("reservedFor") ? tr("tenant reservation") : inSentence(label);
    return tr("a scenario cannot change %1 %2; edit the base site").arg(tr(owners[int(subject)]), what);
}

OverridesEdit editOverrides(const Project &base, size_t index, const OverrideMapping &mapping, const QStringList &ids,
    const std::optional<QVariant> &value)
{
    const std::vector<ScenarioOverride> &before = base.scenarios[index].overrides;
    OverridesEdit edit{ before, {} };
    for (const QString &id : ids) {
        const QString refusal = editOne(base, index, mapping, id, value, edit.overrides);
        if (!refusal.isEmpty())
            return { before, ids.size() > 1 ? QStringLiteral("%1: %2").arg(id, refusal) : refusal };
    }
    return edit;
}

bool showObjectOf(PropertyEditor *editor, const Project &project, const ScenarioOverride &change)
{
    const QString object = change.node.isNull() ? change.object : change.node.toString();
    if (project.site.power.node(PowerNodeId(object)))
        editor->showPowerNode(PowerNodeId(object));
    else if (project.site.coolingUnit(CoolingUnitId(object)))
        editor->showCoolingUnit(CoolingUnitId(object));
    else if (lotOf(project, change.lot.toString()))
        editor->showLot(change.lot);
    else
        return false;
    return true;
}

bool isOverridden(const Project &base, size_t index, const OverrideMapping &mapping, const QString &id)
{
    return ownedIndex(base.scenarios[index].overrides, mapping, id, base) >= 0;
}

} // namespace warmshell::ui::scenariofields
