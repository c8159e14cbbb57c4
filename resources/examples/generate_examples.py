# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the two example WarmShell projects next to this script (format version 6).

  lab.warmshell.json     "Lab hall": one air hall, 20 racks, single feed, two GPU lots.
  campus.warmshell.json  "Power-limited campus": an air hall and a liquid hall; the liquid
                         hall has no power until substation 2 comes online on 2027-01-01.

Deterministic, standard library only. Run: python3 generate_examples.py
"""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

RACK_PITCH = 0.6   # m between rack centres along a row
ROW_PITCH = 3.6    # m between row centre lines (rack depth 1.2 m + hot and cold aisles)

STRAIGHT_6 = {"method": "straight-line", "lifeYears": 6, "salvageFraction": 0.0}


def kw(value):
    return {"value": value, "unit": "kW"}


def kva(value, power_factor):
    return {"value": value, "unit": "kVA", "powerFactor": power_factor}


def n():
    return {"scheme": "N"}


def n_plus_one(modules):
    return {"scheme": "N+1", "modules": modules}


def node(id_, name, kind, rating, redundancy, inputs, derating=0.8, commissioned=None,
         efficiency=None, house_loads=None):
    out = {
        "id": id_,
        "name": name,
        "kind": kind,
        "rating": rating,
        "derating": derating,
        "redundancy": redundancy,
    }
    if commissioned:
        out["commissioned"] = commissioned
    out["inputs"] = list(inputs)
    if efficiency is not None:
        out["efficiency"] = efficiency
    if house_loads:
        out["houseLoads"] = house_loads
    return out


def cooling(id_, name, kind, capacity_kw, redundancy, serves, commissioned=None, draw=None):
    """`draw`: a dict of the facility fields (feed, drawKw, drawKwPerKw, rejectsTo, monthly
    factors), written after `serves` in the order of docs/file-format.md."""
    out = {
        "id": id_,
        "name": name,
        "kind": kind,
        "capacityKw": capacity_kw,
        "redundancy": redundancy,
    }
    if commissioned:
        out["commissioned"] = commissioned
    out["serves"] = list(serves)
    out.update(draw or {})
    return out


def rack(id_, name, row, x, y, height_u, limit_kw, cooling_kind, weight_kg, feed_a, feed_b=None,
         pinned=None):
    return {
        "id": id_,
        "name": name,
        "row": row,
        "position": [round(x, 2), round(y, 2)],
        "heightU": height_u,
        "powerLimitKw": limit_kw,
        "cooling": cooling_kind,
        "weightLimitKg": weight_kg,
        "feedA": feed_a,
        "feedB": feed_b,
        "pinned": pinned or [],
    }


def lot(id_, name, model, count, unit_cost, delivered, depreciation, retire=None):
    out = {
        "id": id_,
        "name": name,
        "model": model,
        "count": count,
        "unitCost": unit_cost,
        "delivered": delivered,
    }
    if retire:
        out["retire"] = retire
    out["depreciation"] = depreciation
    return out


def project(site, fleet, scenarios=None):
    out = {
        "format": "warmshell-project",
        "formatVersion": 10,
        "site": site,
        "catalog": [],
        "fleet": fleet,
    }
    if scenarios:
        out["scenarios"] = scenarios
    return out


# --------------------------------------------------------------------------------------------
# Lab hall: one air hall, 2 rows x 10 racks, single-fed, utility + generator, one N+1 UPS.
# --------------------------------------------------------------------------------------------
def lab():
    halls = [{"id": "hall-1", "name": "Lab hall", "origin": [0.0, 0.0], "size": [12.0, 10.0]}]
    rows, racks = [], []
    row_specs = [("A", 3.0, "pdu-A"), ("B", 3.0 + ROW_PITCH, "pdu-B")]
    for letter, y, pdu in row_specs:
        row_id = "row-" + letter
        rows.append({"id": row_id, "hall": "hall-1", "name": "Row " + letter})
        for i in range(10):
            number = i + 1
            if letter == "A":
                limit = 40.0
            else:
                limit = 25.0 if number >= 9 else 30.0
            pinned = []
            if letter == "B" and number == 1:
                pinned = [{"model": "dgx-a100", "count": 4}]
            racks.append(rack("rack-%s-%02d" % (letter, number), "Rack %s-%02d" % (letter, number),
                              row_id, 3.0 + i * RACK_PITCH, y, 42, limit, "air", 1200.0, pdu,
                              None, pinned))

    power = [
        node("util-1", "Utility feed", "utility", kva(500, 0.95), n(), []),
        node("gen-1", "Standby generator", "generator", kva(500, 0.8), n(), []),
        node("swb-1", "Main switchboard", "switchboard", kva(600, 0.95), n(),
             ["util-1", "gen-1"]),
        node("ups-1", "UPS 1", "ups", kw(125), n_plus_one(4), ["swb-1"]),
        node("pdu-A", "PDU row A", "pdu", kva(200, 0.95), n(), ["ups-1"]),
        node("pdu-B", "PDU row B", "pdu", kva(200, 0.95), n(), ["ups-1"]),
    ]
    row_a = [r["id"] for r in racks if r["row"] == "row-A"]
    row_b = [r["id"] for r in racks if r["row"] == "row-B"]
    units = [
        cooling("crah-1", "CRAH row A", "crah", 90.0, n_plus_one(3), row_a),
        cooling("crah-2", "CRAH row B", "crah", 90.0, n_plus_one(3), row_b),
    ]
    site = {
        "name": "Lab hall",
        "currency": "USD",
        "planStart": "2026-01-01",
        "period": "quarter",
        "horizonPeriods": 8,
        "halls": halls,
        "rows": rows,
        "racks": racks,
        "powerNodes": power,
        "coolingUnits": units,
    }
    fleet = [
        lot("lot-h100-2024", "DGX H100 (2024)", "dgx-h100", 16, 270000, "2024-09-01", STRAIGHT_6),
        lot("lot-a100-2022", "DGX A100 (2022)", "dgx-a100", 24, 199000, "2022-02-01",
            {"method": "declining-balance", "lifeYears": 5, "rate": 0.4, "salvageFraction": 0.0}),
    ]
    return project(site, fleet)


# --------------------------------------------------------------------------------------------
# Power-limited campus: hall 1 (air) on substation 1; hall 2 (liquid, GB200 NVL72) on
# substation 2, which with utility feed 2 and the hall 2 generators comes online 2027-01-01.
# Every rack is dual-fed (A/B); each side has its own switchboard, generator, UPS and busway,
# so no single node cuts both feeds of a rack.
# --------------------------------------------------------------------------------------------
SUB2_DATE = "2027-01-01"

# Facility figures of the campus: the catalog's typical figures (resources/catalog.json,
# "facilityFigures", with their sources there), so the feeds carry the whole facility load.
UPS_EFFICIENCY = 0.96          # ups-double-conversion (R): 94-97 %, 96 % typical
TRANSFORMER_EFFICIENCY = 0.99  # transformer (DS): DOE 10 CFR 431.196 minimums 98-99.5 %
CRAH_FANS_KW_PER_KW = 0.06     # crah-fans (E): 58 W per kW of heat at dT 12 K, 500 Pa
CDU_PUMPS_KW_PER_KW = 0.01     # cdu-pumps (E): 10 W per kW at 1.5 L/min/kW, 2.5 bar
DRY_COOLER_KW_PER_KW = 0.025   # dry-cooler-fans (E)
AIR_CHILLER_COP = 3.2          # chiller-air-cooled (DS): ASHRAE 90.1-2016 min COP 2.96
# An air-cooled chiller's COP is given at the design (hottest) month; cooler months need less
# compressor work (economiser hours). Draw factor per month, January first: an estimate for a
# temperate inland climate (E), 1.0 in July and August.
CHILLER_MONTHLY_DRAW = [0.55, 0.55, 0.65, 0.75, 0.85, 0.95, 1.0, 1.0, 0.9, 0.75, 0.65, 0.55]
# Its capacity falls on the hottest days (condensing at higher ambient): 8 % below the rated
# capacity in July and August, 4 % in June and September (E, vendor performance tables
# typically lose 1-1.5 % per K above the rating point).
CHILLER_MONTHLY_CAPACITY = [1, 1, 1, 1, 1, 0.96, 0.92, 0.92, 0.96, 1, 1, 1]


def chiller_draw(feed):
    return {"feed": feed, "drawKw": 0.0, "drawKwPerKw": round(1.0 / AIR_CHILLER_COP, 4),
            "monthlyDrawFactor": CHILLER_MONTHLY_DRAW,
            "monthlyCapacityFactor": CHILLER_MONTHLY_CAPACITY}


def campus():
    halls = [
        {"id": "hall-1", "name": "Hall 1 — air", "origin": [0.0, 0.0], "size": [20.0, 34.0]},
        {"id": "hall-2", "name": "Hall 2 — liquid", "origin": [24.0, 0.0], "size": [16.0, 20.0]},
    ]
    rows, racks, power, units = [], [], [], []

    # Sources and substations.
    power += [
        node("util-1", "Utility feed 1", "utility", kw(6000), n(), [], derating=1.0),
        node("util-2", "Utility feed 2", "utility", kw(7000), n(), [], derating=1.0,
             commissioned=SUB2_DATE),
        node("sub-1", "Substation 1", "substation", kva(3000, 0.95), n_plus_one(3), ["util-1"],
             commissioned="2015-06-01", efficiency=TRANSFORMER_EFFICIENCY),
        node("sub-2", "Substation 2", "substation", kva(3500, 0.95), n_plus_one(3), ["util-2"],
             commissioned=SUB2_DATE, efficiency=TRANSFORMER_EFFICIENCY),
    ]

    # Hall 1 — air: 8 rows (1A..1H) x 20 racks of 40 kW, one busway per row and side.
    hall1_rows = "ABCDEFGH"
    for side in ("A", "B"):
        power += [
            # Six modules (five usable, 6,400 kW): side A also backs the mechanical switchboard.
            node("gen-1-" + side, "Generators hall 1, side " + side, "generator",
                 kva(2000, 0.8), n_plus_one(6), []),
            node("swb-1-" + side, "Switchboard hall 1, side " + side, "switchboard",
                 kva(7000, 0.95), n(), ["sub-1", "gen-1-" + side]),
            node("ups-1-" + side, "UPS hall 1, side " + side, "ups", kw(750), n_plus_one(9),
                 ["swb-1-" + side], efficiency=UPS_EFFICIENCY),
        ]
    # Mechanical switchboards: the cooling plant and the house load, on the substation and
    # the side A generators (cooling must ride through a utility outage) but not behind the
    # IT UPSs. One board per hall: its own failure stops the hall's cooling (the contingency
    # analysis shows it as the hall's single point of failure).
    power.append(node("mech-1", "Mechanical switchboard hall 1", "switchboard", kva(2500, 0.95), n(),
                      ["sub-1", "gen-1-A"],
                      house_loads=[{"name": "Offices, lighting, security", "kw": 120.0}]))
    # Pinned: systems already installed in hall 1.
    pinned = {}
    for k in range(1, 7):
        pinned["rack-1A-%02d" % k] = [{"model": "dgx-a100", "count": 6}]
    for k in range(1, 5):
        pinned["rack-1C-%02d" % k] = [{"model": "dgx-h100", "count": 3}]
    for r, letter in enumerate(hall1_rows):
        row_id = "row-1" + letter
        rows.append({"id": row_id, "hall": "hall-1", "name": "Row 1" + letter})
        y = 3.0 + r * ROW_PITCH
        for side in ("A", "B"):
            power.append(node("bus-1%s-%s" % (letter, side),
                              "Busway row 1%s, side %s" % (letter, side), "busway",
                              kva(900, 0.95), n(), ["ups-1-" + side]))
        for i in range(20):
            rid = "rack-1%s-%02d" % (letter, i + 1)
            racks.append(rack(rid, "Rack 1%s-%02d" % (letter, i + 1), row_id,
                              4.0 + i * RACK_PITCH, y, 42, 40.0, "air", 1200.0,
                              "bus-1%s-A" % letter, "bus-1%s-B" % letter, pinned.get(rid)))
    # Hall 1 CRAH: one N+1 group per pair of rows.
    for p in range(4):
        pair = hall1_rows[2 * p:2 * p + 2]
        served = [r["id"] for r in racks if r["row"] in ("row-1" + pair[0], "row-1" + pair[1])]
        units.append(cooling("crah-1-%02d" % (p + 1), "CRAH rows 1%s–1%s" % (pair[0], pair[1]),
                             "crah", 320.0, n_plus_one(5), served,
                             draw={"feed": "mech-1", "drawKwPerKw": CRAH_FANS_KW_PER_KW,
                                   "rejectsTo": "chiller-1"}))
    # Hall 1 chiller plant: air-cooled, N+1 of 4 modules of 1,700 kW of heat.
    units.append(cooling("chiller-1", "Chiller plant hall 1", "chiller", 1700.0, n_plus_one(4), [],
                         draw=chiller_draw("mech-1")))

    # Hall 2 — liquid: 4 rows (2A..2D) x 12 racks of 140 kW for GB200 NVL72.
    hall2_rows = "ABCD"
    for side in ("A", "B"):
        power += [
            node("gen-2-" + side, "Generators hall 2, side " + side, "generator",
                 kva(2000, 0.8), n_plus_one(6), [], commissioned=SUB2_DATE),
            node("swb-2-" + side, "Switchboard hall 2, side " + side, "switchboard",
                 kva(8000, 0.95), n(), ["sub-2", "gen-2-" + side]),
            node("ups-2-" + side, "UPS hall 2, side " + side, "ups", kw(1750), n_plus_one(5),
                 ["swb-2-" + side], efficiency=UPS_EFFICIENCY),
        ]
    power.append(node("mech-2", "Mechanical switchboard hall 2", "switchboard", kva(1500, 0.95), n(),
                      ["sub-2", "gen-2-A"], commissioned=SUB2_DATE,
                      house_loads=[{"name": "Hall 2 lighting and network", "kw": 40.0}]))
    hall2_racks = []
    for r, letter in enumerate(hall2_rows):
        row_id = "row-2" + letter
        rows.append({"id": row_id, "hall": "hall-2", "name": "Row 2" + letter})
        y = 3.0 + r * ROW_PITCH
        for side in ("A", "B"):
            power.append(node("bus-2%s-%s" % (letter, side),
                              "Busway row 2%s, side %s" % (letter, side), "busway",
                              kva(1800, 0.95), n(), ["ups-2-" + side]))
        for i in range(12):
            rid = "rack-2%s-%02d" % (letter, i + 1)
            hall2_racks.append(rack(rid, "Rack 2%s-%02d" % (letter, i + 1), row_id,
                                    4.0 + i * RACK_PITCH, y, 48, 140.0, "liquid", 1500.0,
                                    "bus-2%s-A" % letter, "bus-2%s-B" % letter))
    racks += hall2_racks
    for r, letter in enumerate(hall2_rows):
        served = [x["id"] for x in hall2_racks if x["row"] == "row-2" + letter]
        units.append(cooling("cdu-2-%02d" % (r + 1), "CDU row 2" + letter, "cdu", 800.0,
                             n_plus_one(3), served,
                             draw={"feed": "mech-2", "drawKwPerKw": CDU_PUMPS_KW_PER_KW,
                                   "rejectsTo": "drycooler-2"}))
    for p in range(2):
        pair = hall2_rows[2 * p:2 * p + 2]
        served = [x["id"] for x in hall2_racks if x["row"] in ("row-2" + pair[0], "row-2" + pair[1])]
        units.append(cooling("crah-2-%02d" % (p + 1),
                             "CRAH rows 2%s–2%s (residual heat)" % (pair[0], pair[1]),
                             "crah", 200.0, n_plus_one(4), served,
                             draw={"feed": "mech-2", "drawKwPerKw": CRAH_FANS_KW_PER_KW,
                                   "rejectsTo": "chiller-2"}))
    # Hall 2 plant: dry coolers for the liquid loop (warm water, no compressor) and a small
    # air-cooled chiller for the residual air heat.
    units.append(cooling("drycooler-2", "Dry coolers hall 2", "dry-cooler", 1600.0, n_plus_one(5),
                         [], commissioned=SUB2_DATE,
                         draw={"feed": "mech-2", "drawKwPerKw": DRY_COOLER_KW_PER_KW}))
    units.append(cooling("chiller-2", "Chiller hall 2 (residual air)", "chiller", 400.0,
                         n_plus_one(3), [], commissioned=SUB2_DATE, draw=chiller_draw("mech-2")))

    site = {
        "name": "Power-limited campus",
        "currency": "USD",
        "planStart": "2026-01-01",
        "period": "quarter",
        "horizonPeriods": 12,
        "halls": halls,
        "rows": rows,
        "racks": racks,
        "powerNodes": power,
        "coolingUnits": units,
    }
    fleet = [
        lot("lot-a100-2021", "DGX A100 (2021)", "dgx-a100", 120, 199000, "2021-06-15", STRAIGHT_6,
            retire="2027-12-31"),
        lot("lot-a100-2022", "DGX A100 (2022)", "dgx-a100", 96, 189000, "2022-03-01",
            {"method": "declining-balance", "lifeYears": 5, "rate": 0.4, "salvageFraction": 0.0}),
        lot("lot-h100-2024", "DGX H100 (2024)", "dgx-h100", 192, 270000, "2024-04-01", STRAIGHT_6),
        lot("lot-h200-2025", "HGX H200 (2025)", "hgx-h200", 128, 300000, "2025-05-01",
            {"method": "straight-line", "lifeYears": 5, "salvageFraction": 0.1}),
        lot("lot-gb200-2025", "GB200 NVL72 (Oct 2025)", "gb200-nvl72", 16, 3000000, "2025-10-01",
            STRAIGHT_6),
        lot("lot-gb200-2026", "GB200 NVL72 (on order)", "gb200-nvl72", 24, 3100000, "2026-09-01",
            STRAIGHT_6),
    ]
    scenarios = [
        {"name": "sub-1 upgrade Q3 2026",
         "description": "each Substation 1 module +1000 kVA from 2026-07-01",
         "overrides": [{"kind": "extra-capacity", "node": "sub-1", "from": "2026-07-01", "rating": 1000}]},
        {"name": "GB200 order 2 quarters late",
         "overrides": [{"kind": "delay-delivery", "lot": "lot-gb200-2026", "months": 6}]},
        {"name": "4-year depreciation",
         "overrides": [{"kind": "depreciation-life", "lifeYears": 4}]},
    ]
    return project(site, fleet, scenarios)


def write(name, data):
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
        f.write("\n")


def main():
    write("lab.warmshell.json", lab())
    write("campus.warmshell.json", campus())


if __name__ == "__main__":
    main()
