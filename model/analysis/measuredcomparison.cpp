// SPDX-License-Identifier: GPL-3.0-or-later
#include "measuredcomparison.h"

#include <QJsonArray>

namespace warmshell {

namespace {

void addMeasurement(MeasuredComparisonRow &row, const MeasuredPower &measured)
{
    const MeasuredObject *o = measured.find(row.id);
    if (!o)
        return;
    row.peakKw = o->peakKw;
    row.p99Kw = o->p99Kw;
    row.p99Exact = o->p99Exact;
    row.samples = o->samples;
    row.exceedsPlan = o->peakKw > row.plannedKw * (1 + 1e-9) + 1e-9;
}

} // namespace

std::vector<MeasuredComparisonRow> compareMeasured(
    const Project &project, const CapacityPlan &plan, const MeasuredPower &measured)
{
    std::vector<MeasuredComparisonRow> rows;
    for (const CapacityUse &use : plan.powerNodes) {
        MeasuredComparisonRow row{ use.object, use.name, false, use.installed.value(), use.usable.value(),
            use.measuredCredit.value(), use.load.value() };
        addMeasurement(row, measured);
        rows.push_back(row);
    }
    for (const Rack &rack : project.site.racks) {
        if (!measured.find(rack.id.toString()))
            continue;
        MeasuredComparisonRow row{ rack.id.toString(), rack.name, true };
        for (const RackPlacement &placement : plan.placements)
            if (placement.rack == rack.id)
                row.plannedKw = placement.load.value();
        addMeasurement(row, measured);
        rows.push_back(row);
    }
    return rows;
}

QJsonObject measuredComparisonToJson(const MeasuredPower &measured, const std::vector<MeasuredComparisonRow> &rows)
{
    QJsonArray list;
    for (const MeasuredComparisonRow &r : rows) {
        QJsonObject o{ { QStringLiteral("id"), r.id }, { QStringLiteral("name"), r.name },
            { QStringLiteral("kind"), r.isRack ? QStringLiteral("rack") : QStringLiteral("power-node") },
            { QStringLiteral("plannedKw"), r.plannedKw }, { QStringLiteral("exceedsPlan"), r.exceedsPlan } };
        if (!r.isRack) {
            o.insert(QStringLiteral("installedKw"), r.installedKw);
            o.insert(QStringLiteral("usableKw"), r.usableKw);
            o.insert(QStringLiteral("measuredCreditKw"), r.creditKw);
        }
        if (r.peakKw) {
            o.insert(QStringLiteral("measuredPeakKw"), *r.peakKw);
            o.insert(QStringLiteral("measuredP99Kw"), *r.p99Kw);
            o.insert(QStringLiteral("p99Exact"), r.p99Exact);
            o.insert(QStringLiteral("samples"), r.samples);
        }
        list.append(o);
    }
    return { { QStringLiteral("window"),
                 QJsonObject{ { QStringLiteral("from"), measured.window.from.toUTC().toString(Qt::ISODate) },
                     { QStringLiteral("to"), measured.window.to.toUTC().toString(Qt::ISODate) } } },
        { QStringLiteral("rows"), list } };
}

} // namespace warmshell
