// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticsite.h"

#include <algorithm>
#include <cmath>

namespace warmshell::bench {

namespace {

constexpr int kRowsPerHall = 10;
constexpr int kRacksPerRow = 20;
constexpr int kHallsPerUtility = 8;
constexpr double kAirShare = 0.06; // of the IT power
constexpr double kAirRowKw[] = { 40, 30, 35, 45 };
constexpr double kLiquidRowKw[] = { 140, 150, 130 };
constexpr double kAverageAirKw = 37.5, kAverageLiquidKw = 140;

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

CoolingUnit coolingUnit(const QString &id, CoolingUnitKind kind, double usableKw, Redundancy redundancy)
{
    CoolingUnit u;
    u.id = CoolingUnitId(id);
    u.name = id.toUpper();
    u.kind = kind;
    u.redundancy = redundancy;
    u.capacity = Kilowatts(usableKw / redundancy.usableModules());
    return u;
}

// Rack power limits of the rows of one cooling type, filled until `targetKw` is reached.
std::vector<std::vector<double>> rowsFor(double targetKw, const double *rowKw, int kinds)
{
    std::vector<std::vector<double>> rows;
    double kw = 0;
    for (int i = 0; kw < targetKw - 1e-6 || rows.empty(); ++i) {
        const double rack = rowKw[i % kinds];
        std::vector<double> row;
        while (int(row.size()) < kRacksPerRow && (kw < targetKw - 1e-6 || row.empty())) {
            row.push_back(rack);
            kw += rack;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

Project makeSyntheticSiteByPower(double itMegawatts)
{
    Project p;
    Site &s = p.site;
    s.name = QStringLiteral("Synthetic campus (%1 MW IT)").arg(itMegawatts);
    s.planStart = QDate(2026, 1, 1);
    s.horizonPeriods = 20;

    const double targetKw = std::max(itMegawatts, 0.05) * 1000;
    const auto airRows = rowsFor(targetKw * kAirShare, kAirRowKw, 4);
    const auto liquidRows = rowsFor(targetKw * (1 - kAirShare), kLiquidRowKw, 3);

    // Halls: the air rows first, then the liquid rows, kRowsPerHall rows each.
    struct HallPlan
    {
        bool liquid = false;
        std::vector<std::vector<double>> rows;
    };
    std::vector<HallPlan> halls;
    for (const auto *rows : { &airRows, &liquidRows })
        for (size_t i = 0; i < rows->size(); ++i) {
            if (i % kRowsPerHall == 0)
                halls.push_back({ rows == &liquidRows, {} });
            halls.back().rows.push_back((*rows)[i]);
        }

    double airKw = 0, liquidKw = 0;
    bool pinnedAir = false;
    int pinnedLiquid = 0;
    for (size_t h = 0; h < halls.size(); ++h) {
        const HallPlan &plan = halls[h];
        const int hn = int(h) + 1;
        double hallKw = 0;
        for (const auto &row : plan.rows)
            for (double kw : row)
                hallKw += kw;
        (plan.liquid ? liquidKw : airKw) += hallKw;

        const QString hall = QStringLiteral("hall-%1").arg(hn);
        s.halls.push_back(
            { HallId(hall), QStringLiteral("Hall %1 (%2)").arg(hn).arg(QLatin1String(plan.liquid ? "liquid" : "air")),
                { Metres(40.0 * (int(h) % 50)), Metres(60.0 * (int(h) / 50)) }, { Metres(30), Metres(50) } });

        // One utility feed per block of halls; it carries every rack of the block once.
        const int block = int(h) / kHallsPerUtility;
        const QString util = QStringLiteral("util-%1").arg(block + 1);
        if (int(h) % kHallsPerUtility == 0) {
            double blockKw = 0;
            for (size_t k = h; k < std::min(halls.size(), h + kHallsPerUtility); ++k)
                for (const auto &row : halls[k].rows)
                    for (double kw : row)
                        blockKw += kw;
            s.power.addNode(powerNode(util, PowerNodeKind::Utility, blockKw / 0.8 * 1.05));
        }

        // 2N: an A and a B side, each able to carry the hall alone (less what its UPS lacks).
        const double upsShare = 0.88 + 0.02 * (int(h) % 4); // usable UPS power / hall rack power
        for (const char *side : { "a", "b" }) {
            const QString tag = QStringLiteral("%1-%2").arg(hn).arg(QLatin1String(side));
            const QString xfmr = QStringLiteral("xfmr-") + tag, gen = QStringLiteral("gen-") + tag,
                          ups = QStringLiteral("ups-") + tag, swbd = QStringLiteral("swbd-") + tag;
            s.power.addNode(powerNode(xfmr, PowerNodeKind::Transformer, hallKw / 0.8 * 1.05));
            s.power.addNode(powerNode(gen, PowerNodeKind::Generator, hallKw / 0.8 * 1.05));
            s.power.addNode(powerNode(ups, PowerNodeKind::Ups, hallKw * upsShare / 0.8 / 4, Redundancy::nPlusOne(5)));
            s.power.addNode(powerNode(swbd, PowerNodeKind::Switchboard, hallKw / 0.8 * 1.02));
            s.power.connect(PowerNodeId(util), PowerNodeId(xfmr));
            s.power.connect(PowerNodeId(xfmr), PowerNodeId(ups));
            s.power.connect(PowerNodeId(gen), PowerNodeId(ups));
            s.power.connect(PowerNodeId(ups), PowerNodeId(swbd));
        }

        for (size_t r = 0; r < plan.rows.size(); ++r) {
            const auto &rackKw = plan.rows[r];
            const int rn = int(r) + 1;
            const QString row = QStringLiteral("row-%1-%2").arg(hn).arg(rn);
            s.rows.push_back({ RowId(row), HallId(hall), QStringLiteral("Row %1").arg(rn) });
            double rowKw = 0;
            for (double kw : rackKw)
                rowKw += kw;
            for (const char *side : { "a", "b" }) {
                const QString bus = QStringLiteral("bus-%1-%2-%3").arg(hn).arg(rn).arg(QLatin1String(side));
                s.power.addNode(powerNode(bus, PowerNodeKind::Busway, rowKw / 0.8));
                s.power.connect(
                    PowerNodeId(QStringLiteral("swbd-%1-%2").arg(hn).arg(QLatin1String(side))), PowerNodeId(bus));
            }
            // Air rows: CRAHs for 95% of the rack power; liquid rows: CDUs for 88% and CRAHs
            // for 20% of it (the air share of the heat).
            CoolingUnit crah = coolingUnit(QStringLiteral("crah-%1-%2").arg(hn).arg(rn), CoolingUnitKind::Crah,
                rowKw * (plan.liquid ? 0.2 : 0.95), Redundancy::nPlusOne(4));
            CoolingUnit cdu = coolingUnit(QStringLiteral("cdu-%1-%2").arg(hn).arg(rn), CoolingUnitKind::Cdu,
                rowKw * 0.88, Redundancy::nPlusOne(3));
            for (size_t k = 0; k < rackKw.size(); ++k) {
                Rack rack;
                rack.id = RackId(QStringLiteral("rack-%1-%2-%3").arg(hn).arg(rn).arg(k + 1));
                rack.name = QStringLiteral("%1.%2.%3").arg(hn).arg(rn).arg(k + 1);
                rack.row = RowId(row);
                rack.position = { Metres(4 + 1.0 * double(k)), Metres(4 + 4.0 * double(r)) };
                rack.height = RackUnits(plan.liquid ? 48 : 42);
                rack.powerLimit = Kilowatts(rackKw[k]);
                rack.cooling = plan.liquid ? CoolingType::Liquid : CoolingType::Air;
                rack.weightLimit = Kilograms(plan.liquid ? 1500 : 1360);
                rack.feedA = PowerNodeId(QStringLiteral("bus-%1-%2-a").arg(hn).arg(rn));
                rack.feedB = PowerNodeId(QStringLiteral("bus-%1-%2-b").arg(hn).arg(rn));
                if (!plan.liquid && !pinnedAir) {
                    rack.pinned.push_back({ SystemModelId(QStringLiteral("dgx-a100")), 2 });
                    pinnedAir = true;
                } else if (plan.liquid && pinnedLiquid < 2 && rackKw[k] >= 135) {
                    rack.pinned.push_back({ SystemModelId(QStringLiteral("gb200-nvl72")), 1 });
                    ++pinnedLiquid;
                }
                crah.serves.push_back(rack.id);
                if (plan.liquid)
                    cdu.serves.push_back(rack.id);
                s.racks.push_back(std::move(rack));
            }
            s.coolingUnits.push_back(std::move(crah));
            if (plan.liquid)
                s.coolingUnits.push_back(std::move(cdu));
        }
    }

    // Fleet: about 1.35× the power of each cooling type, over 8 generations available at
    // planStart and one lot on order.
    auto lot = [&](const char *id, const char *model, double kw, double systemKw, double cost, QDate delivered) {
        const int count = std::max(1, int(std::ceil(kw / systemKw)));
        FleetLot l;
        l.id = LotId(QString::fromLatin1(id));
        l.name = QString::fromLatin1(id);
        l.model = SystemModelId(QString::fromLatin1(model));
        l.count = count;
        l.unitCost = Money(cost);
        l.delivered = delivered;
        p.fleet.push_back(l);
    };
    const double air = airKw * 1.35, liquid = liquidKw * 1.35;
    lot("lot-a100-2021", "dgx-a100", air * 0.10, 6.5, 199000, QDate(2021, 6, 1));
    lot("lot-a100-2022", "dgx-a100", air * 0.10, 6.5, 189000, QDate(2022, 3, 1));
    lot("lot-h100", "dgx-h100", air * 0.25, 10.2, 270000, QDate(2024, 4, 1));
    lot("lot-h200", "hgx-h200", air * 0.15, 10.2, 300000, QDate(2025, 5, 1));
    lot("lot-b200", "dgx-b200", air * 0.15, 14.3, 330000, QDate(2025, 3, 1));
    lot("lot-mi300x", "mi300x-platform", air * 0.15, 11, 140000, QDate(2024, 6, 1));
    lot("lot-mi325x", "mi325x-platform", air * 0.10, 13.5, 165000, QDate(2025, 2, 1));
    lot("lot-gb200", "gb200-nvl72", liquid * 0.45, 135, 3.0e6, QDate(2025, 6, 1));
    lot("lot-gb300", "gb300-nvl72", liquid * 0.35, 140, 3.5e6, QDate(2025, 11, 1));
    lot("lot-mi355x", "mi355x-platform", liquid * 0.20, 15, 250000, QDate(2025, 10, 1));
    lot("lot-b300-order", "dgx-b300", air * 0.2, 14.5, 370000, QDate(2026, 9, 1));
    return p;
}

Project makeSyntheticSite(int rackCount)
{
    const double racksPerMw = kAirShare * 1000 / kAverageAirKw + (1 - kAirShare) * 1000 / kAverageLiquidKw;
    return makeSyntheticSiteByPower(std::max(rackCount, 1) / racksPerMw);
}

} // namespace warmshell::bench
