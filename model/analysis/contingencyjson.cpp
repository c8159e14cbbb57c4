// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/contingencyjson.h"

#include <QJsonArray>

namespace warmshell {

namespace {

QJsonArray racksToJson(const std::vector<RackId> &racks)
{
    QJsonArray out;
    for (const RackId &r : racks)
        out.append(r.toString());
    return out;
}

QJsonArray runbookToJson(const std::vector<ContingencyAction> &actions)
{
    QJsonArray out;
    for (const ContingencyAction &a : actions)
        out.append(
            QJsonObject{ { QStringLiteral("rack"), a.rack.toString() }, { QStringLiteral("model"), a.model.toString() },
                { QStringLiteral("operating_point"), a.operatingPoint }, { QStringLiteral("count"), a.count },
                { QStringLiteral("action"), a.cappedTo.isEmpty() ? QStringLiteral("shed") : QStringLiteral("cap") },
                { QStringLiteral("capped_to"), a.cappedTo.isEmpty() ? QJsonValue() : QJsonValue(a.cappedTo) },
                { QStringLiteral("power_saved_kw"), a.powerSaved.value() } });
    return out;
}

QJsonArray generationsToJson(const std::vector<GenerationLoss> &generations)
{
    QJsonArray out;
    for (const GenerationLoss &g : generations)
        out.append(
            QJsonObject{ { QStringLiteral("generation"), g.generation }, { QStringLiteral("systems"), g.systems },
                { QStringLiteral("gpus"), g.gpus }, { QStringLiteral("pflops"), g.pflops },
                { QStringLiteral("idle_depreciation_per_month"), g.idleDepreciationPerMonth.value() } });
    return out;
}

} // namespace

QJsonObject contingencyToJson(const ContingencyResult &r)
{
    return QJsonObject{ { QStringLiteral("kind"), failureKindKey(r.failure.kind) },
        { QStringLiteral("object"), r.failure.object }, { QStringLiteral("name"), r.name },
        { QStringLiteral("description"), r.description },
        { QStringLiteral("overloaded"), r.overloaded.isEmpty() ? QJsonValue() : QJsonValue(r.overloaded) },
        { QStringLiteral("excess_kw"), r.excess.value() }, { QStringLiteral("dark_racks"), racksToJson(r.darkRacks) },
        { QStringLiteral("uncooled_racks"), racksToJson(r.uncooledRacks) },
        { QStringLiteral("capped_racks"), racksToJson(r.cappedRacks) },
        { QStringLiteral("shed_racks"), racksToJson(r.shedRacks) }, { QStringLiteral("lost_gpus"), r.lostGpus() },
        { QStringLiteral("lost_pflops"), r.lostPflops() }, { QStringLiteral("lost_kw"), r.lostPower.value() },
        { QStringLiteral("idle_depreciation_per_month"), r.lostIdleDepreciationPerMonth().value() },
        { QStringLiteral("generations"), generationsToJson(r.generations) },
        { QStringLiteral("runbook"), runbookToJson(r.actions) } };
}

QJsonObject contingenciesToJson(const ContingencyAnalysis &analysis)
{
    QJsonArray results;
    int withImpact = 0;
    for (const ContingencyResult &r : analysis.results) {
        results.append(contingencyToJson(r));
        withImpact += r.hasImpact();
    }
    const bool anyLoss = !analysis.results.empty() && analysis.results.front().hasImpact();
    return QJsonObject{ { QStringLiteral("date"), analysis.date.toString(Qt::ISODate) },
        { QStringLiteral("failures"), int(analysis.results.size()) }, { QStringLiteral("with_impact"), withImpact },
        { QStringLiteral("worst"), anyLoss ? QJsonValue(contingencyToJson(analysis.results.front())) : QJsonValue() },
        { QStringLiteral("seconds"), analysis.seconds }, { QStringLiteral("results"), results } };
}

} // namespace warmshell
