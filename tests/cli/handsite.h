// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The hand-worked N−1 site that the contingencies and maintenance CLI tests share.

#include "project.h"

namespace warmshell::test {

using namespace warmshell;

inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}

inline void addNode(Project &p, const char *id, PowerNodeKind kind, const char *input, QDate commissioned = {})
{
    PowerNode n;
    n.id = PowerNodeId(s(id));
    n.name = s(id);
    n.kind = kind;
    n.rating = PowerRating::kilowatts(Kilowatts(1000));
    n.derating = 1;
    n.commissioned = commissioned;
    p.site.power.addNode(n);
    if (input)
        p.site.power.connect(PowerNodeId(s(input)), n.id);
}

// util-1 feeds sub-1 and sub-2; pdu-1 under sub-1 feeds r1, pdu-2 under sub-2 feeds r2 (40 kW
// racks); pdu-3 under sub-2 comes online on 2027-01-01 and feeds nothing. crah-1 cools both.
// Fleet: 8 systems "new" of 10 kW, 8 GPUs × 1,000 TFLOPS (8 PFLOPS), 100 a month each (7,200
// over 72 months): the solver energizes 4 in each rack (40 kW fills it).
// By hand: util-1 fails → r1 and r2 dark: 8 systems, 64 GPUs, 64 PFLOPS, 80 kW, 800 a month;
// crah-1 fails → both racks uncooled, the same figures (sorted after util-1: a node before a
// cooling unit on a tie); pdu-1, pdu-2, sub-1, sub-2 → one rack: 32 GPUs, 32 PFLOPS, 400.
inline Project handSite()
{
    Project p;
    p.site.name = s("N-1 test");
    p.site.planStart = QDate(2026, 6, 1);
    p.site.halls.push_back({ HallId(s("hall-1")), s("Hall 1"), {}, { Metres(20), Metres(10) } });
    Row row;
    row.id = RowId(s("row-1"));
    row.hall = HallId(s("hall-1"));
    row.name = s("Row 1");
    p.site.rows.push_back(row);
    addNode(p, "util-1", PowerNodeKind::Utility, nullptr);
    addNode(p, "sub-1", PowerNodeKind::Substation, "util-1");
    addNode(p, "sub-2", PowerNodeKind::Substation, "util-1");
    addNode(p, "pdu-1", PowerNodeKind::Pdu, "sub-1");
    addNode(p, "pdu-2", PowerNodeKind::Pdu, "sub-2");
    addNode(p, "pdu-3", PowerNodeKind::Pdu, "sub-2", QDate(2027, 1, 1));
    for (const char *id : { "r1", "r2" }) {
        Rack r;
        r.id = RackId(s(id));
        r.name = s(id);
        r.row = row.id;
        r.position = { Metres(p.site.racks.empty() ? 1 : 2), Metres(2) };
        r.powerLimit = Kilowatts(40);
        r.feedA = PowerNodeId(s(id) == s("r1") ? s("pdu-1") : s("pdu-2"));
        p.site.racks.push_back(r);
    }
    CoolingUnit crah;
    crah.id = CoolingUnitId(s("crah-1"));
    crah.name = s("CRAH 1");
    crah.capacity = Kilowatts(1000);
    crah.serves = { RackId(s("r1")), RackId(s("r2")) };
    p.site.coolingUnits.push_back(crah);
    SystemModel m;
    m.id = SystemModelId(s("new"));
    m.name = s("New");
    m.vendor = s("test");
    m.generation = s("NEW");
    m.gpu = s("NEW");
    m.gpusPerSystem = 8;
    m.power = Kilowatts(10);
    m.height = RackUnits(1);
    m.weight = Kilograms(20);
    m.bf16 = Teraflops(1000);
    m.released = QDate(2024, 1, 1);
    p.customModels.push_back(m);
    FleetLot lot;
    lot.id = LotId(s("lot-new"));
    lot.name = s("New lot");
    lot.model = m.id;
    lot.count = 8;
    lot.unitCost = Money(7200);
    lot.delivered = QDate(2025, 1, 1);
    p.fleet.push_back(lot);
    return p;
}

} // namespace warmshell::test
