// SPDX-License-Identifier: GPL-3.0-or-later
#include "riskjson.h"

#include <QJsonArray>

namespace warmshell {

namespace {

QJsonObject percentilesToJson(const Percentiles &p)
{
    return { { QStringLiteral("p10"), p.p10 }, { QStringLiteral("p50"), p.p50 }, { QStringLiteral("p90"), p.p90 } };
}

QString kindKey(UncertainDate::Kind kind)
{
    switch (kind) {
    case UncertainDate::Kind::NodeCommissioning:
        return QStringLiteral("power-node-commissioning");
    case UncertainDate::Kind::CapacityChange:
        return QStringLiteral("capacity-change");
    case UncertainDate::Kind::CoolingCommissioning:
        return QStringLiteral("cooling-unit-commissioning");
    case UncertainDate::Kind::LotDelivery:
        return QStringLiteral("lot-delivery");
    }
    return {};
}

QJsonObject delayToJson(const DelayDistribution &d)
{
    if (!d.isDiscrete())
        return { { QStringLiteral("min"), d.minMonths }, { QStringLiteral("mode"), d.modeMonths },
            { QStringLiteral("max"), d.maxMonths } };
    QJsonArray outcomes;
    for (const DelayOutcome &o : d.outcomes)
        outcomes.append(
            QJsonObject{ { QStringLiteral("months"), o.months }, { QStringLiteral("probability"), o.probability } });
    return { { QStringLiteral("outcomes"), outcomes } };
}

QJsonArray datesToJson(const RiskResult &risk)
{
    QJsonArray dates;
    for (const UncertainDate &d : risk.uncertainDates)
        dates.append(QJsonObject{ { QStringLiteral("kind"), kindKey(d.kind) }, { QStringLiteral("object"), d.object },
            { QStringLiteral("path"), d.path }, { QStringLiteral("date"), d.date.toString(Qt::ISODate) },
            { QStringLiteral("delayMonths"), delayToJson(d.delay) } });
    return dates;
}

QJsonArray periodsToJson(const RiskResult &risk)
{
    QJsonArray periods;
    for (const RiskPeriod &p : risk.periods)
        periods.append(QJsonObject{ { QStringLiteral("start"), p.start.toString(Qt::ISODate) },
            { QStringLiteral("end"), p.end.toString(Qt::ISODate) },
            { QStringLiteral("energizedGpus"), percentilesToJson(p.energizedGpus) },
            { QStringLiteral("idleGpus"), percentilesToJson(p.idleGpus) },
            { QStringLiteral("idleDepreciation"), percentilesToJson(p.idleDepreciation) },
            { QStringLiteral("cumulativeIdleDepreciation"), percentilesToJson(p.cumulativeIdleDepreciation) } });
    return periods;
}

QJsonArray lotsToJson(const RiskResult &risk)
{
    QJsonArray lots;
    for (const RiskLot &l : risk.lots) {
        QJsonArray shares;
        for (double s : l.fullyEnergizedBy)
            shares.append(s);
        lots.append(QJsonObject{ { QStringLiteral("lot"), l.lot.toString() }, { QStringLiteral("name"), l.name },
            { QStringLiteral("count"), l.count }, { QStringLiteral("fullyEnergizedBy"), shares } });
    }
    return lots;
}

} // namespace

QJsonObject riskToJson(const RiskResult &risk)
{
    QJsonObject o{ { QStringLiteral("seed"), QString::number(risk.seed) },
        { QStringLiteral("samples"), qint64(risk.samples.size()) }, { QStringLiteral("threads"), risk.threads },
        { QStringLiteral("seconds"), risk.seconds }, { QStringLiteral("periodProblems"), risk.periodProblems },
        { QStringLiteral("solves"), risk.solves }, { QStringLiteral("cacheHits"), risk.cacheHits },
        { QStringLiteral("uncertainDates"), datesToJson(risk) } };
    if (!risk.problems.isEmpty()) {
        o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(risk.problems));
        return o;
    }
    o.insert(QStringLiteral("currency"), risk.currency);
    o.insert(QStringLiteral("samplesTimedOut"), risk.samplesTimedOut);
    o.insert(QStringLiteral("worstGap"), risk.worstGap);
    o.insert(QStringLiteral("periods"), periodsToJson(risk));
    o.insert(QStringLiteral("lots"), lotsToJson(risk));
    return o;
}

} // namespace warmshell
