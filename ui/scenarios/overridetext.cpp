// SPDX-License-Identifier: GPL-3.0-or-later
#include "overridetext.h"

#include "maintenance.h"
#include "project.h"

#include <QCoreApplication>
#include <QLocale>

namespace warmshell::ui {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("—");
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

QString overrideFieldText(const ScenarioOverride &o, const OverrideFieldSpec &field)
{
    const QLocale locale;
    switch (field.field) {
    case OverrideField::Node:
        return orDash(o.node.toString());
    case OverrideField::Object:
    case OverrideField::Unit:
        return orDash(o.object);
    case OverrideField::Lot:
        return o.lot.isNull() ? QCoreApplication::translate("ScenariosDock", "every lot") : o.lot.toString();
    case OverrideField::From:
        return dateText(o.from);
    case OverrideField::To:
        return dateText(o.to);
    case OverrideField::Months:
        return locale.toString(o.months);
    case OverrideField::Rating:
    case OverrideField::LifeYears:
    case OverrideField::CoolingCapacity:
        return locale.toString(o.amount, 'g', 12);
    case OverrideField::NewLotId:
        return orDash(o.newLot.id.toString());
    case OverrideField::NewLotName:
        return orDash(o.newLot.name);
    case OverrideField::Model:
        return orDash(o.newLot.model.toString());
    case OverrideField::Count:
        return locale.toString(o.newLot.count);
    case OverrideField::UnitCost:
        return locale.toString(o.newLot.unitCost.value(), 'f', 0);
    case OverrideField::Delivered:
        return dateText(o.newLot.delivered);
    case OverrideField::Window:
        return QStringLiteral("%1 on %2, %3 – %4")
            .arg(o.window.id, o.window.object, dateTimeText(o.window.start), dateTimeText(o.window.end));
    }
    return {};
}

QString overrideSummary(const ScenarioOverride &o)
{
    const OverrideKindSpec &spec = overrideKindSpec(o.kind);
    QStringList parts;
    for (const OverrideFieldSpec &f : spec.fields)
        parts << QStringLiteral("%1 %2").arg(QLatin1String(f.label), overrideFieldText(o, f));
    return parts.join(QStringLiteral(" · "));
}

ScenarioOverride defaultOverride(OverrideKind kind, const Project &project)
{
    ScenarioOverride o;
    o.kind = kind;
    const std::vector<PowerNode> nodes = project.site.power.nodes();
    if (!nodes.empty())
        o.node = nodes.front().id;
    o.object = o.node.toString();
    if (kind == OverrideKind::ChangeCoolingCapacity && !project.site.coolingUnits.empty()) {
        o.object = project.site.coolingUnits.front().id.toString();
        o.amount = project.site.coolingUnits.front().capacity.value();
        return o;
    }
    if (!project.fleet.empty() && kind == OverrideKind::RetireLot)
        o.lot = project.fleet.front().id;
    o.from = project.site.planStart;
    o.months = 3;
    o.amount = kind == OverrideKind::DepreciationLife ? 4.0 : 1000.0;
    if (kind == OverrideKind::AddLot) {
        int n = int(project.fleet.size()) + 1;
        auto taken = [&](const QString &id) {
            return std::any_of(
                project.fleet.begin(), project.fleet.end(), [&](const FleetLot &l) { return l.id.toString() == id; });
        };
        while (taken(QStringLiteral("purchase-%1").arg(n)))
            ++n;
        o.newLot.id = LotId(QStringLiteral("purchase-%1").arg(n));
        o.newLot.model = project.fleet.empty() ? SystemModelId() : project.fleet.front().model;
        o.newLot.count = 1;
        o.newLot.unitCost = project.fleet.empty() ? Money(0) : project.fleet.front().unitCost;
        o.newLot.delivered = project.site.planStart;
    }
    if (kind == OverrideKind::Maintenance) {
        o.window.id = QStringLiteral("scenario-window");
        o.window.object = o.object;
        o.window.start = QDateTime(project.site.planStart, QTime(8, 0), Qt::UTC);
        o.window.end = o.window.start.addSecs(8 * 3600);
    }
    return o;
}

} // namespace warmshell::ui
