// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportjson.h"

#include <QJsonArray>

namespace warmshell {

namespace {

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject source(const FigureSource &s)
{
    return { { QStringLiteral("source"), s.source }, { QStringLiteral("confidence"), s.confidence },
        { QStringLiteral("note"), s.note } };
}

// A period's maintenance windows (present only when some window has hours in it).
QJsonObject maintenanceToJson(const TimelinePeriod &p)
{
    QJsonArray windows;
    for (const TimelineWindow &w : p.windows)
        windows.append(QJsonObject{ { QStringLiteral("id"), w.id }, { QStringLiteral("object"), w.object },
            { QStringLiteral("hours"), w.hours }, { QStringLiteral("lostGpus"), w.lostGpus },
            { QStringLiteral("lostGpuHours"), w.lostGpuHours },
            { QStringLiteral("idleDepreciation"), w.idleDepreciation.value() } });
    return { { QStringLiteral("windows"), windows }, { QStringLiteral("lostGpuHours"), p.maintenanceGpuHours },
        { QStringLiteral("idleDepreciation"), p.maintenanceIdleDepreciation.value() } };
}

} // namespace

QJsonObject timelineToJson(const Timeline &t)
{
    QJsonArray periods, lots;
    for (const TimelinePeriod &p : t.periods) {
        QJsonArray gens;
        for (const TimelineGeneration &g : p.generations)
            gens.append(QJsonObject{ { QStringLiteral("generation"), g.generation },
                { QStringLiteral("energizedGpus"), g.energizedGpus }, { QStringLiteral("idleGpus"), g.idleGpus },
                { QStringLiteral("energizedSystems"), g.energizedSystems },
                { QStringLiteral("idleSystems"), g.idleSystems },
                { QStringLiteral("energizedPflops"), g.energizedPflops } });
        QJsonObject period{ { QStringLiteral("index"), p.index }, { QStringLiteral("start"), date(p.start) },
            { QStringLiteral("end"), date(p.end) }, { QStringLiteral("status"), keyOf(p.status) },
            { QStringLiteral("method"), p.method }, { QStringLiteral("gap"), p.gap },
            { QStringLiteral("seconds"), p.seconds }, { QStringLiteral("generations"), gens },
            { QStringLiteral("energizedGpus"), p.energizedGpus }, { QStringLiteral("idleGpus"), p.idleGpus },
            { QStringLiteral("energizedPflops"), p.energizedPflops },
            { QStringLiteral("powerUsedKw"), p.powerUsed.value() },
            { QStringLiteral("powerAvailableKw"), p.powerAvailable.value() },
            { QStringLiteral("facilityPowerUsedKw"), p.facilityPowerUsed.value() }, { QStringLiteral("pue"), p.pue },
            { QStringLiteral("idleDepreciation"), p.idleDepreciation.value() },
            { QStringLiteral("cumulativeIdleDepreciation"), p.cumulativeIdleDepreciation.value() },
            { QStringLiteral("idleGpuHours"), p.idleGpuHours },
            { QStringLiteral("opportunityCost"), p.opportunityCost.value() },
            { QStringLiteral("cumulativeOpportunityCost"), p.cumulativeOpportunityCost.value() },
            { QStringLiteral("systemsCarried"), p.systemsCarried }, { QStringLiteral("systemsMoved"), p.systemsMoved },
            { QStringLiteral("systemsRemovedAtRetirement"), p.systemsRemovedAtRetirement },
            { QStringLiteral("carryOverInfeasible"), p.carryOverInfeasible },
            { QStringLiteral("notes"), strings(p.notes) } };
        if (!p.windows.empty())
            period.insert(QStringLiteral("maintenance"), maintenanceToJson(p));
        periods.append(period);
    }
    for (const TimelineLot &l : t.lots) {
        QJsonArray energized, idle;
        for (int e : l.energized)
            energized.append(e);
        for (double v : l.idleDepreciation)
            idle.append(v);
        lots.append(QJsonObject{ { QStringLiteral("lot"), l.lot.toString() }, { QStringLiteral("name"), l.name },
            { QStringLiteral("generation"), l.generation }, { QStringLiteral("count"), l.count },
            { QStringLiteral("delivered"), date(l.delivered) }, { QStringLiteral("retire"), date(l.retire) },
            { QStringLiteral("energizedPerPeriod"), energized }, { QStringLiteral("idleDepreciationPerPeriod"), idle },
            { QStringLiteral("totalIdleDepreciation"), l.totalIdleDepreciation },
            { QStringLiteral("fullyEnergized"), date(l.fullyEnergized) } });
    }
    return { { QStringLiteral("currency"), t.currency }, { QStringLiteral("period"), keyOf(t.period) },
        { QStringLiteral("allowMoves"), t.allowMoves }, { QStringLiteral("periods"), periods },
        { QStringLiteral("lots"), lots }, { QStringLiteral("totalIdleDepreciation"), t.totalIdleDepreciation.value() },
        { QStringLiteral("totalOpportunityCost"), t.totalOpportunityCost.value() },
        { QStringLiteral("worstGap"), t.worstGap }, { QStringLiteral("periodsTimedOut"), t.periodsTimedOut },
        { QStringLiteral("seconds"), t.seconds }, { QStringLiteral("problems"), strings(t.problems) } };
}

QJsonObject comparisonToJson(const Comparison &c)
{
    QJsonArray rows;
    for (const GenerationFigures &g : c.rows)
        rows.append(QJsonObject{ { QStringLiteral("generation"), g.generation },
            { QStringLiteral("model"), g.model.toString() }, { QStringLiteral("modelName"), g.modelName },
            { QStringLiteral("status"), keyOf(g.status) }, { QStringLiteral("gap"), g.gap },
            { QStringLiteral("systems"), g.systems }, { QStringLiteral("gpus"), g.gpus },
            { QStringLiteral("pflops"), g.pflops }, { QStringLiteral("powerKw"), g.power.value() },
            { QStringLiteral("pflopsPerMw"), g.pflopsPerMw }, { QStringLiteral("racksUsed"), g.racksUsed },
            { QStringLiteral("facilityPowerKw"), g.facilityPower.value() }, { QStringLiteral("pue"), g.pue },
            { QStringLiteral("pueAssumed"), g.pueAssumed },
            { QStringLiteral("pflopsPerFacilityMw"), g.pflopsPerFacilityMw },
            { QStringLiteral("capital"), g.capital.value() },
            { QStringLiteral("depreciationPerYear"), g.depreciationPerYear.value() },
            { QStringLiteral("costPerPflopYear"), g.costPerPflopYear }, { QStringLiteral("binding"), g.binding },
            { QStringLiteral("bindingDetail"), strings(g.bindingDetail) },
            { QStringLiteral("tflopsPerGpu"), g.tflopsPerGpu },
            { QStringLiteral("systemPowerKw"), g.systemPower.value() },
            { QStringLiteral("sources"),
                QJsonObject{ { QStringLiteral("powerKw"), source(g.powerSource) },
                    { QStringLiteral("tflops"), source(g.perfSource) },
                    { QStringLiteral("priceUsd"), source(g.priceSource) } } } });
    return { { QStringLiteral("basis"), c.basis }, { QStringLiteral("date"), date(c.date) },
        { QStringLiteral("precision"), keyOf(c.precision) }, { QStringLiteral("currency"), c.currency },
        { QStringLiteral("rows"), rows }, { QStringLiteral("pueBasis"), c.pueBasis },
        { QStringLiteral("assumedPue"), c.assumedPue }, { QStringLiteral("pueSource"), source(c.pueSource) },
        { QStringLiteral("assumptions"), strings(c.assumptions) },
        { QStringLiteral("problems"), strings(c.problems) } };
}

QJsonObject swapToJson(const SwapResult &s)
{
    return { { QStringLiteral("from"), s.from }, { QStringLiteral("to"), s.to },
        { QStringLiteral("date"), date(s.date) }, { QStringLiteral("retiredSystems"), s.retiredSystems },
        { QStringLiteral("retiredGpus"), s.retiredGpus }, { QStringLiteral("freedPowerKw"), s.freedPower.value() },
        { QStringLiteral("bookValueWrittenOff"), s.bookValueWrittenOff.value() },
        { QStringLiteral("addedSystems"), s.addedSystems }, { QStringLiteral("addedGpus"), s.addedGpus },
        { QStringLiteral("addedCapital"), s.addedCapital.value() },
        { QStringLiteral("addedEnergizedSystems"), s.addedEnergizedSystems },
        { QStringLiteral("pflopsBefore"), s.pflopsBefore }, { QStringLiteral("pflopsAfter"), s.pflopsAfter },
        { QStringLiteral("netPflops"), s.netPflops() },
        { QStringLiteral("idleDepreciationPerMonthBefore"), s.idlePerMonthBefore.value() },
        { QStringLiteral("idleDepreciationPerMonthAfter"), s.idlePerMonthAfter.value() },
        { QStringLiteral("netIdleDepreciationPerMonth"), s.netIdlePerMonth().value() },
        { QStringLiteral("notes"), strings(s.notes) }, { QStringLiteral("problems"), strings(s.problems) } };
}

QJsonObject scenarioComparisonToJson(const ScenarioComparison &c)
{
    QJsonArray results;
    for (const ScenarioResult &r : c.results)
        results.append(
            QJsonObject{ { QStringLiteral("name"), r.name }, { QStringLiteral("description"), r.description },
                { QStringLiteral("finalEnergizedGpus"), r.finalEnergizedGpus },
                { QStringLiteral("finalIdleGpus"), r.finalIdleGpus }, { QStringLiteral("finalPflops"), r.finalPflops },
                { QStringLiteral("totalIdleDepreciation"), r.totalIdleDepreciation.value() },
                { QStringLiteral("periodsWithIdleGpus"), r.periodsWithIdleGpus },
                { QStringLiteral("problems"), strings(r.problems) },
                { QStringLiteral("timeline"), timelineToJson(r.timeline) } });
    return { { QStringLiteral("currency"), c.currency }, { QStringLiteral("results"), results },
        { QStringLiteral("differences"), strings(c.differences) } };
}

} // namespace warmshell
