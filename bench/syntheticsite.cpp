// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticsite.h"

#include <cmath>

namespace warmshell::bench {

namespace {

constexpr int kRowsPerHall = 20;
constexpr int kRacksPerRow = 50;

PowerNode powerNode(const QString &id, PowerNodeKind kind, double kw, Redundancy redundancy = Redundancy::n())
{
    PowerNode n;
    n.id = PowerNodeId(id);
    n.name = id.toUpper();
    n.kind = kind;
    n.rating = PowerRating::kilowatts(Kilowatts(kw));
    n.redundancy = redundancy;
    return n;
}

} // namespace

Project makeSyntheticSite(int rackCount)
{
    Project p;
    Site &s = p.site;
    s.name = QStringLiteral("Synthetic campus (%1 racks)").arg(rackCount);
    s.planStart = QDate(2026, 1, 1);
    s.horizonPeriods = 20;

    const int racksPerHall = kRowsPerHall * kRacksPerRow;
    const int halls = (rackCount + racksPerHall - 1) / racksPerHall;
    s.power.addNode(powerNode(QStringLiteral("util"), PowerNodeKind::Utility, 1e7));
    double airKw = 0, liquidKw = 0;
    int made = 0;
    for (int h = 0; h < halls; ++h) {
        const bool liquid = h % 2 == 1;
        const double rackKw = liquid ? 140 : 40;
        const QString hall = QStringLiteral("hall-%1").arg(h + 1);
        s.halls.push_back({HallId(hall), QStringLiteral("Hall %1").arg(h + 1),
                           {Metres(120.0 * (h % 8)), Metres(100.0 * (h / 8))}, {Metres(100), Metres(80)}});
        const int racksHere = std::min(racksPerHall, rackCount - made);
        const double hallKw = racksHere * rackKw;
        const QString sub = QStringLiteral("sub-%1").arg(h + 1);
        s.power.addNode(powerNode(sub, PowerNodeKind::Substation, hallKw / 0.8 / 2 * 1.05, Redundancy::nPlusOne(3)));
        s.power.connect(PowerNodeId(QStringLiteral("util")), PowerNodeId(sub));
        for (const char *side : {"a", "b"}) {
            const QString tag = QStringLiteral("%1-%2").arg(h + 1).arg(QLatin1String(side));
            s.power.addNode(powerNode(QStringLiteral("gen-") + tag, PowerNodeKind::Generator, hallKw));
            s.power.addNode(powerNode(QStringLiteral("ups-") + tag, PowerNodeKind::Ups, hallKw / 0.8 / 4, Redundancy::nPlusOne(5)));
            s.power.connect(PowerNodeId(sub), PowerNodeId(QStringLiteral("ups-") + tag));
            s.power.connect(PowerNodeId(QStringLiteral("gen-") + tag), PowerNodeId(QStringLiteral("ups-") + tag));
        }
        for (int r = 0; r < kRowsPerHall && made < rackCount; ++r) {
            const QString row = QStringLiteral("row-%1-%2").arg(h + 1).arg(r + 1);
            s.rows.push_back({RowId(row), HallId(hall), QStringLiteral("Row %1").arg(r + 1)});
            const int inRow = std::min(kRacksPerRow, rackCount - made);
            for (const char *side : {"a", "b"}) {
                const QString bus = QStringLiteral("bus-%1-%2-%3").arg(h + 1).arg(r + 1).arg(QLatin1String(side));
                s.power.addNode(powerNode(bus, PowerNodeKind::Busway, inRow * rackKw / 0.8));
                s.power.connect(PowerNodeId(QStringLiteral("ups-%1-%2").arg(h + 1).arg(QLatin1String(side))), PowerNodeId(bus));
            }
            CoolingUnit crah;
            crah.id = CoolingUnitId(QStringLiteral("crah-%1-%2").arg(h + 1).arg(r + 1));
            crah.name = crah.id.toString().toUpper();
            crah.kind = CoolingUnitKind::Crah;
            crah.capacity = Kilowatts(inRow * rackKw * (liquid ? 0.2 : 1.0) / 3);
            crah.redundancy = Redundancy::nPlusOne(4);
            CoolingUnit cdu = crah;
            cdu.id = CoolingUnitId(QStringLiteral("cdu-%1-%2").arg(h + 1).arg(r + 1));
            cdu.kind = CoolingUnitKind::Cdu;
            cdu.capacity = Kilowatts(inRow * rackKw * 0.9 / 3);
            for (int k = 0; k < inRow; ++k, ++made) {
                Rack rack;
                rack.id = RackId(QStringLiteral("rack-%1-%2-%3").arg(h + 1).arg(r + 1).arg(k + 1));
                rack.name = QStringLiteral("%1.%2.%3").arg(h + 1).arg(r + 1).arg(k + 1);
                rack.row = RowId(row);
                rack.position = {Metres(5 + 0.6 * k), Metres(4 + 3.6 * r)};
                rack.height = RackUnits(liquid ? 48 : 42);
                rack.powerLimit = Kilowatts(rackKw);
                rack.cooling = liquid ? CoolingType::Liquid : CoolingType::Air;
                rack.weightLimit = Kilograms(liquid ? 1500 : 1360);
                rack.feedA = PowerNodeId(QStringLiteral("bus-%1-%2-a").arg(h + 1).arg(r + 1));
                rack.feedB = PowerNodeId(QStringLiteral("bus-%1-%2-b").arg(h + 1).arg(r + 1));
                crah.serves.push_back(rack.id);
                if (liquid)
                    cdu.serves.push_back(rack.id);
                s.racks.push_back(std::move(rack));
            }
            s.coolingUnits.push_back(std::move(crah));
            if (liquid)
                s.coolingUnits.push_back(std::move(cdu));
        }
        (liquid ? liquidKw : airKw) += hallKw;
    }

    // Fleet: about 1.3× the rack power, split over generations.
    auto lot = [&](const char *id, const char *model, double kw, double systemKw, double cost, QDate delivered) {
        const int count = int(std::ceil(kw / systemKw));
        if (count <= 0)
            return;
        FleetLot l;
        l.id = LotId(QString::fromLatin1(id));
        l.name = QString::fromLatin1(id);
        l.model = SystemModelId(QString::fromLatin1(model));
        l.count = count;
        l.unitCost = Money(cost);
        l.delivered = delivered;
        p.fleet.push_back(l);
    };
    lot("lot-a100", "dgx-a100", airKw * 0.4, 6.5, 199000, QDate(2022, 3, 1));
    lot("lot-h100", "dgx-h100", airKw * 0.5, 10.2, 270000, QDate(2024, 4, 1));
    lot("lot-h200", "hgx-h200", airKw * 0.4, 10.2, 300000, QDate(2025, 5, 1));
    lot("lot-gb200", "gb200-nvl72", liquidKw * 0.8, 135, 3.0e6, QDate(2025, 10, 1));
    lot("lot-gb200-order", "gb200-nvl72", liquidKw * 0.5, 135, 3.1e6, QDate(2026, 9, 1));
    return p;
}

} // namespace warmshell::bench
