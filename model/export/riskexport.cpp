// SPDX-License-Identifier: GPL-3.0-or-later
#include "riskexport.h"

namespace warmshell {

Table riskTable(const RiskResult &risk)
{
    const QString cur = risk.currency.toLower();
    Table t{ QStringLiteral("risk"), { QStringLiteral("period_start"), QStringLiteral("period_end") }, {} };
    const QStringList figures{ QStringLiteral("energized_gpus"), QStringLiteral("idle_gpus"),
        QStringLiteral("idle_depreciation_") + cur, QStringLiteral("cumulative_idle_depreciation_") + cur };
    for (const QString &f : figures)
        for (const char *q : { "p10", "p50", "p90" })
            t.columns << f + QLatin1Char('_') + QLatin1String(q);
    for (const RiskLot &l : risk.lots)
        t.columns << QStringLiteral("fully_energized_share_") + l.lot.toString();
    for (size_t k = 0; k < risk.periods.size(); ++k) {
        const RiskPeriod &p = risk.periods[k];
        std::vector<TableCell> row{ p.start.toString(Qt::ISODate), p.end.toString(Qt::ISODate) };
        for (const Percentiles *v : { &p.energizedGpus, &p.idleGpus })
            for (double x : { v->p10, v->p50, v->p90 })
                row.push_back(qint64(x));
        for (const Percentiles *v : { &p.idleDepreciation, &p.cumulativeIdleDepreciation })
            for (double x : { v->p10, v->p50, v->p90 })
                row.push_back(TableNumber{ x, 2 });
        for (const RiskLot &l : risk.lots)
            row.push_back(TableNumber{ l.fullyEnergizedBy[k], 4 });
        t.rows.push_back(std::move(row));
    }
    return t;
}

} // namespace warmshell
