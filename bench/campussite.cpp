// SPDX-License-Identifier: GPL-3.0-or-later
#include "campussite.h"

#include "catalog.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <random>

namespace warmshell::bench {

namespace {

constexpr int kRacksPerRun = 10; // racks on one busway pair
constexpr int kBuswaysPerUps = 4;
constexpr int kUpsPerTransformer = 3;
constexpr int kMaxHallsPerBuilding = 8;
constexpr int kRowsPerAirZone = 4;
constexpr double kLiquidRackAirShare = 0.2; // air heat of a liquid rack, for sizing its CRAHs
constexpr double kLiquidHallChance = 0.6;
constexpr double kHallPitchM = 40, kBuildingPitchM = 60, kRackPitchM = 0.6, kRowPairPitchM = 4.2, kHotAisleM = 2.4;

// std::mt19937's output is fixed by the standard; the standard distributions are not, so
// they are written out here.
class Random
{
public:
    explicit Random(quint32 seed) : m_engine(seed) { }
    // Uniform in [lo, hi).
    double uniform(double lo, double hi) { return lo + (hi - lo) * (double(m_engine()) / 4294967296.0); }
    // Uniform in [lo, hi]; the modulo bias is below 1e-8 for the small ranges used here.
    int integer(int lo, int hi) { return lo + int(m_engine() % quint32(hi - lo + 1)); }
    bool chance(double p) { return uniform(0, 1) < p; }

private:
    std::mt19937 m_engine;
};

double roundTo(double value, double step)
{
    return std::round(value / step) * step;
}

// `total` split into `parts` sizes differing by at most one, the larger first.
std::vector<int> splitEvenly(int total, int parts)
{
    std::vector<int> sizes(size_t(std::max(parts, 1)), total / std::max(parts, 1));
    for (int i = 0; i < total % std::max(parts, 1); ++i)
        ++sizes[size_t(i)];
    return sizes;
}

int ceilDiv(int a, int b)
{
    return (a + b - 1) / b;
}

// Item indices 0..count-1 in groups of `size`, starting at `offset` and wrapping around (the
// last group may be smaller).
std::vector<std::vector<int>> groupsOf(int count, int size, int offset)
{
    std::vector<std::vector<int>> groups;
    for (int i = 0; i < count; ++i) {
        if (i % size == 0)
            groups.emplace_back();
        groups.back().push_back((i + offset) % count);
    }
    return groups;
}

struct RowPlan
{
    int hall = 0; // index in CampusPlan::halls
    int number = 0; // 1-based within the hall
    int racks = 0;
    double rackKw = 0;
    size_t firstRack = 0; // the row's racks are site.racks[firstRack, firstRack + racks)
};

struct HallPlan
{
    int building = 0;
    bool liquid = false;
    int firstRow = 0; // its rows are CampusPlan::rows[firstRow, firstRow + rows)
    int rows = 0;
};

struct CampusPlan
{
    std::vector<HallPlan> halls;
    std::vector<RowPlan> rows;
    int buildings = 0;
};

struct Layout
{
    int racksPerRow;
    int rowsPerHall;
};

Layout layoutFor(int racks)
{
    if (racks <= 120)
        return { 6, 4 };
    if (racks <= 3000)
        return { 10, 8 };
    return { 20, 12 };
}

// Halls, rows and rack power limits; racks spread evenly over rows, rows over halls, halls
// over buildings of up to eight (at least two buildings when there are two halls).
CampusPlan planCampus(int racks, Random &random)
{
    const Layout layout = layoutFor(racks);
    const std::vector<int> rowSizes = splitEvenly(racks, ceilDiv(racks, layout.racksPerRow));
    const std::vector<int> hallRows
        = splitEvenly(int(rowSizes.size()), ceilDiv(int(rowSizes.size()), layout.rowsPerHall));
    const int hallsPerBuilding = std::clamp(ceilDiv(int(hallRows.size()), 2), 1, kMaxHallsPerBuilding);
    const std::vector<int> buildingHalls
        = splitEvenly(int(hallRows.size()), ceilDiv(int(hallRows.size()), hallsPerBuilding));

    CampusPlan plan;
    plan.buildings = int(buildingHalls.size());
    for (int b = 0; b < plan.buildings; ++b)
        for (int k = 0; k < buildingHalls[size_t(b)]; ++k) {
            const int h = int(plan.halls.size());
            const bool liquid = h == 1 || (h > 1 && random.chance(kLiquidHallChance));
            plan.halls.push_back({ b, liquid, 0, hallRows[size_t(h)] });
        }
    size_t rack = 0;
    for (size_t h = 0; h < plan.halls.size(); ++h) {
        HallPlan &hall = plan.halls[h];
        hall.firstRow = int(plan.rows.size());
        for (int r = 0; r < hall.rows; ++r) {
            const int count = rowSizes[plan.rows.size()];
            const bool high = random.chance(0.5);
            const double kw = hall.liquid ? (high ? 140 : 80) : (high ? 40 : 20);
            plan.rows.push_back({ int(h), r + 1, count, kw, rack });
            rack += size_t(count);
        }
    }
    return plan;
}

QString hallTag(int hall)
{
    return QString::number(hall + 1);
}

// Halls in a line per building; in a hall, row pairs back to back across a hot aisle.
void buildFloor(Site &site, const CampusPlan &plan)
{
    std::vector<int> indexInBuilding(size_t(plan.buildings), 0);
    for (size_t h = 0; h < plan.halls.size(); ++h) {
        const HallPlan &hall = plan.halls[h];
        int widest = 0;
        for (int r = hall.firstRow; r < hall.firstRow + hall.rows; ++r)
            widest = std::max(widest, plan.rows[size_t(r)].racks);
        const int n = indexInBuilding[size_t(hall.building)]++;
        site.halls.push_back({ HallId(QStringLiteral("hall-") + hallTag(int(h))),
            QStringLiteral("Hall %1 (building %2, %3)")
                .arg(hallTag(int(h)))
                .arg(hall.building + 1)
                .arg(QLatin1String(hall.liquid ? "liquid" : "air")),
            { Metres(kHallPitchM * n), Metres(kBuildingPitchM * hall.building) },
            { Metres(4 + kRackPitchM * widest), Metres(4 + kRowPairPitchM * ceilDiv(hall.rows, 2)) } });
    }
    for (const RowPlan &row : plan.rows) {
        const bool liquid = plan.halls[size_t(row.hall)].liquid;
        const QString tag = QStringLiteral("%1-%2").arg(hallTag(row.hall)).arg(row.number);
        site.rows.push_back({ RowId(QStringLiteral("row-") + tag), site.halls[size_t(row.hall)].id,
            QStringLiteral("Row %1").arg(row.number), Containment::HotAisle });
        const int pair = (row.number - 1) / 2, side = (row.number - 1) % 2;
        for (int k = 0; k < row.racks; ++k) {
            Rack rack;
            rack.id = RackId(QStringLiteral("rack-%1-%2").arg(tag).arg(k + 1));
            rack.name = QStringLiteral("%1-%2").arg(tag).arg(k + 1);
            rack.row = site.rows.back().id;
            rack.position = { Metres(2 + kRackPitchM * k), Metres(2 + kRowPairPitchM * pair + kHotAisleM * side) };
            rack.height = RackUnits(liquid ? 48 : 42);
            rack.powerLimit = Kilowatts(row.rackKw);
            rack.cooling = liquid ? CoolingType::Liquid : CoolingType::Air;
            rack.weightLimit = Kilograms(liquid ? 1500 : 1360);
            site.racks.push_back(std::move(rack));
        }
    }
}

// A node of the chain and the power it may carry (kW after redundancy and derating).
struct NodeUse
{
    PowerNodeId id;
    double usableKw = 0;
};

PowerNode powerNode(const QString &id, PowerNodeKind kind)
{
    PowerNode n;
    n.id = PowerNodeId(id);
    n.name = id.toUpper();
    n.kind = kind;
    return n;
}

PowerNode busway(const QString &id, double usableKw)
{
    PowerNode n = powerNode(id, PowerNodeKind::Busway);
    n.rating = PowerRating::kilowatts(Kilowatts(roundTo(usableKw / n.derating, 0.1)));
    return n;
}

// N+1 modules of 250 kW (under 2 MW) or 1,250 kW; the derating (at most 0.95) makes the
// usable power what was asked.
PowerNode ups(const QString &id, double usableKw)
{
    PowerNode n = powerNode(id, PowerNodeKind::Ups);
    const double module = usableKw < 2000 ? 250 : 1250;
    const int carrying = std::max(1, int(std::ceil(usableKw / (module * 0.95))));
    n.rating = PowerRating::kilowatts(Kilowatts(module));
    n.redundancy = Redundancy::nPlusOne(carrying + 1);
    n.derating = roundTo(usableKw / (carrying * module), 1e-4);
    return n;
}

PowerNode transformer(const QString &id, double usableKw)
{
    PowerNode n = powerNode(id, PowerNodeKind::Transformer);
    constexpr double powerFactor = 0.95;
    n.rating = PowerRating::kva(KiloVoltAmperes(roundTo(usableKw / n.derating / powerFactor, 0.1)), powerFactor);
    return n;
}

// Building feeds and the grid interconnect: 2N (two independent lines, each carrying it all).
PowerNode twoNFeed(const QString &id, PowerNodeKind kind, double usableKw)
{
    PowerNode n = powerNode(id, kind);
    n.rating = PowerRating::kilowatts(Kilowatts(roundTo(usableKw / n.derating, 0.1)));
    n.redundancy = Redundancy::twoN();
    return n;
}

struct Tier
{
    const char *prefix; // ids are "<prefix>-<building>-<side>-<n>"
    int groupSize;
    double minShare, maxShare; // of the usable power of the children
    std::function<PowerNode(const QString &, double)> make;
};

// One node of `tier` over each group of `children` (rotated by half a group on the B side),
// sized at a random share of its children's usable power; returns the new nodes in order.
std::vector<NodeUse> addTier(PowerChain &power, const std::vector<NodeUse> &children, const Tier &tier,
    const QString &tag, bool sideB, Random &random)
{
    std::vector<NodeUse> parents;
    const int offset = sideB ? tier.groupSize / 2 : 0;
    for (const std::vector<int> &group : groupsOf(int(children.size()), tier.groupSize, offset)) {
        double below = 0;
        for (int c : group)
            below += children[size_t(c)].usableKw;
        const QString id = QStringLiteral("%1-%2-%3").arg(QLatin1String(tier.prefix), tag).arg(parents.size() + 1);
        const PowerNode node = tier.make(id, below * random.uniform(tier.minShare, tier.maxShare));
        power.addNode(node);
        for (int c : group)
            power.connect(node.id, children[size_t(c)].id);
        parents.push_back({ node.id, node.usableCapacity().value() });
    }
    return parents;
}

double usableSum(const std::vector<NodeUse> &nodes)
{
    double sum = 0;
    for (const NodeUse &n : nodes)
        sum += n.usableKw;
    return sum;
}

// The A and B busways of every run of a building's rows, in floor order; feeds the racks.
std::array<std::vector<NodeUse>, 2> addBusways(Site &site, const CampusPlan &plan, int building, Random &random)
{
    std::array<std::vector<NodeUse>, 2> busways;
    for (const RowPlan &row : plan.rows) {
        if (plan.halls[size_t(row.hall)].building != building)
            continue;
        const std::vector<int> runs = splitEvenly(row.racks, ceilDiv(row.racks, kRacksPerRun));
        size_t rack = row.firstRack;
        for (size_t run = 0; run < runs.size(); ++run) {
            const double runKw = row.rackKw * runs[run];
            for (int side = 0; side < 2; ++side) {
                const QString id = QStringLiteral("bus-%1-%2-%3-%4")
                                       .arg(hallTag(row.hall))
                                       .arg(row.number)
                                       .arg(run + 1)
                                       .arg(QLatin1Char(side == 0 ? 'a' : 'b'));
                const PowerNode node = busway(id, runKw * random.uniform(0.75, 0.95));
                site.power.addNode(node);
                busways[size_t(side)].push_back({ node.id, node.usableCapacity().value() });
            }
            for (int k = 0; k < runs[run]; ++k, ++rack) {
                site.racks[rack].feedA = busways[0].back().id;
                site.racks[rack].feedB = busways[1].back().id;
            }
        }
    }
    return busways;
}

// Busways, UPSs and transformers of both sides of a building under its 2N feed.
NodeUse addBuilding(Site &site, const CampusPlan &plan, int building, Random &random)
{
    const Tier upsTier{ "ups", kBuswaysPerUps, 0.75, 0.92, ups };
    const Tier transformerTier{ "xfmr", kUpsPerTransformer, 0.80, 0.95, transformer };
    const auto busways = addBusways(site, plan, building, random);
    std::array<std::vector<NodeUse>, 2> transformers;
    for (int side = 0; side < 2; ++side) {
        const QString tag = QStringLiteral("%1-%2").arg(building + 1).arg(QLatin1Char(side == 0 ? 'a' : 'b'));
        const auto upses = addTier(site.power, busways[size_t(side)], upsTier, tag, side == 1, random);
        transformers[size_t(side)] = addTier(site.power, upses, transformerTier, tag, side == 1, random);
    }
    const double smaller = std::min(usableSum(transformers[0]), usableSum(transformers[1]));
    const PowerNode feed = twoNFeed(
        QStringLiteral("bldg-%1").arg(building + 1), PowerNodeKind::Substation, smaller * random.uniform(0.85, 0.95));
    site.power.addNode(feed);
    for (const auto &side : transformers)
        for (const NodeUse &t : side)
            site.power.connect(feed.id, t.id);
    return { feed.id, feed.usableCapacity().value() };
}

void buildPower(Site &site, const CampusPlan &plan, Random &random)
{
    std::vector<NodeUse> buildings;
    for (int b = 0; b < plan.buildings; ++b)
        buildings.push_back(addBuilding(site, plan, b, random));
    const PowerNode grid
        = twoNFeed(QStringLiteral("grid"), PowerNodeKind::Utility, usableSum(buildings) * random.uniform(0.85, 0.95));
    site.power.addNode(grid);
    for (const NodeUse &b : buildings)
        site.power.connect(grid.id, b.id);
}

CoolingUnit coolingUnit(const QString &id, CoolingUnitKind kind, double usableKw, int modules)
{
    CoolingUnit u;
    u.id = CoolingUnitId(id);
    u.name = id.toUpper();
    u.kind = kind;
    u.redundancy = Redundancy::nPlusOne(modules);
    u.capacity = Kilowatts(roundTo(usableKw / (modules - 1), 0.1));
    return u;
}

// A cooling unit over rows [first, first + count) of the plan, serving all their racks.
CoolingUnit unitOverRows(const Site &site, const CampusPlan &plan, int first, int count, CoolingUnit unit)
{
    for (int r = first; r < first + count; ++r) {
        const RowPlan &row = plan.rows[size_t(r)];
        for (int k = 0; k < row.racks; ++k)
            unit.serves.push_back(site.racks[row.firstRack + size_t(k)].id);
    }
    return unit;
}

double rackKwOfRows(const CampusPlan &plan, int first, int count)
{
    double kw = 0;
    for (int r = first; r < first + count; ++r)
        kw += plan.rows[size_t(r)].rackKw * plan.rows[size_t(r)].racks;
    return kw;
}

// Per hall: a CRAH unit per zone of four rows, a CDU per pair of rows in liquid halls.
void buildCooling(Site &site, const CampusPlan &plan, Random &random)
{
    for (size_t h = 0; h < plan.halls.size(); ++h) {
        const HallPlan &hall = plan.halls[h];
        for (int z = 0; z < hall.rows; z += kRowsPerAirZone) {
            const int count = std::min(kRowsPerAirZone, hall.rows - z);
            const double airHeat
                = rackKwOfRows(plan, hall.firstRow + z, count) * (hall.liquid ? kLiquidRackAirShare : 1.0);
            const QString id = QStringLiteral("crah-%1-%2").arg(hallTag(int(h))).arg(z / kRowsPerAirZone + 1);
            const CoolingUnit crah
                = coolingUnit(id, CoolingUnitKind::Crah, airHeat * random.uniform(0.80, 0.95), random.integer(3, 6));
            site.coolingUnits.push_back(unitOverRows(site, plan, hall.firstRow + z, count, crah));
        }
        if (!hall.liquid)
            continue;
        for (int r = 0; r < hall.rows; r += 2) {
            const int count = std::min(2, hall.rows - r);
            const QString id = QStringLiteral("cdu-%1-%2").arg(hallTag(int(h))).arg(r / 2 + 1);
            const CoolingUnit cdu = coolingUnit(id, CoolingUnitKind::Cdu,
                rackKwOfRows(plan, hall.firstRow + r, count) * random.uniform(0.60, 0.80), random.integer(2, 4));
            site.coolingUnits.push_back(unitOverRows(site, plan, hall.firstRow + r, count, cdu));
        }
    }
}

// Recirculation into every rack of `row` from its neighbours within two places in the row and
// within one place in `facing` (the row across the shared hot aisle; null: none).
void addRecirculation(
    ThermalModel &thermal, const Site &site, const RowPlan &row, const RowPlan *facing, Random &random)
{
    auto rackOf = [&](const RowPlan &r, int k) { return site.racks[r.firstRack + size_t(k)].id; };
    for (int to = 0; to < row.racks; ++to) {
        const double endOfRow = to == 0 || to == row.racks - 1 ? 1.5 : 1.0;
        auto add = [&](const RowPlan &from, int k) {
            thermal.recirculation.push_back(
                { rackOf(row, to), rackOf(from, k), roundTo(random.uniform(0.03, 0.1) * endOfRow, 0.001) });
        };
        for (int k = std::max(0, to - 2); k <= std::min(row.racks - 1, to + 2); ++k)
            if (k != to)
                add(row, k);
        if (facing)
            for (int k = std::max(0, to - 1); k <= std::min(facing->racks - 1, to + 1); ++k)
                add(*facing, k);
    }
}

// The thermal model, from its own stream (seeded from `seed`) so that turning it on or off
// leaves the rest of the site as it is.
void buildThermal(Site &site, const CampusPlan &plan, quint32 seed)
{
    Random random(seed ^ 0x5bd1e995u);
    site.thermal.enabled = true;
    site.thermal.supply = Celsius(roundTo(random.uniform(18, 24), 0.5));
    site.thermal.inletLimit = Celsius(27);
    for (size_t r = 0; r < plan.rows.size(); ++r) {
        const RowPlan &row = plan.rows[r];
        const bool first = row.number % 2 == 1; // rows 1 and 2, 3 and 4... share a hot aisle
        const size_t other = first ? r + 1 : r - 1;
        const bool paired = other < plan.rows.size() && plan.rows[other].hall == row.hall;
        addRecirculation(site.thermal, site, row, paired ? &plan.rows[other] : nullptr, random);
    }
}

SystemModel customModel(const char *id, const char *name, const char *generation, int gpus, double kw, int heightU,
    double liquidFraction, double kg, double bf16, double price, QDate released)
{
    SystemModel m;
    m.id = SystemModelId(QString::fromLatin1(id));
    m.name = QString::fromUtf8(name); // the names are UTF-8 ("4× L40S")
    m.vendor = QStringLiteral("Generic (bench)");
    m.generation = QString::fromLatin1(generation);
    m.gpu = m.generation;
    m.gpusPerSystem = gpus;
    m.power = Kilowatts(kw);
    m.height = RackUnits(heightU);
    m.wholeRack = heightU == 0;
    m.cooling = liquidFraction > 0 ? CoolingType::Liquid : CoolingType::Air;
    m.liquidFraction = liquidFraction;
    m.weight = Kilograms(kg);
    m.bf16 = Teraflops(bf16);
    m.fp8 = Teraflops(bf16 * 2);
    m.price = Money(price);
    m.released = released;
    return m;
}

// Project models that the built-in catalog lacks: the smallest and largest kinds and an
// NVL36 that fills an 80 kW liquid rack.
const std::vector<SystemModel> &customModels()
{
    static const std::vector<SystemModel> models{
        customModel("bench-l40s-2u", "4× L40S server (2 U)", "L40S", 4, 3.5, 2, 0, 38, 362, 70000, QDate(2023, 10, 1)),
        customModel(
            "bench-gb200-nvl36", "GB200 NVL36 rack", "GB200", 36, 66, 0, 0.85, 700, 2500, 1.6e6, QDate(2025, 1, 1)),
        customModel(
            "bench-nvl72-138", "NVL72 rack (138 kW)", "GB300", 72, 138, 0, 0.9, 1360, 2500, 3.4e6, QDate(2025, 9, 1)),
    };
    return models;
}

// Always the smallest and the largest kind, then 4–7 of these drawn without repetition.
constexpr const char *kFirstKinds[] = { "bench-l40s-2u", "bench-nvl72-138" };
constexpr const char *kOtherKinds[] = { "dgx-a100", "dgx-h100", "hgx-h200", "dgx-b200", "dgx-b300", "mi300x-platform",
    "mi325x-platform", "mi355x-platform", "gb200-nvl72", "bench-gb200-nvl36" };

std::vector<const SystemModel *> chooseKinds(Random &random)
{
    std::vector<const char *> ids(std::begin(kOtherKinds), std::end(kOtherKinds));
    const int others = random.integer(4, 7);
    for (int i = 0; i < others; ++i) // the first `others` of a Fisher–Yates shuffle
        std::swap(ids[size_t(i)], ids[size_t(random.integer(i, int(ids.size()) - 1))]);
    ids.resize(size_t(others));
    ids.insert(ids.begin(), std::begin(kFirstKinds), std::end(kFirstKinds));
    std::vector<const SystemModel *> kinds;
    for (const char *id : ids) {
        const SystemModelId model{ QString::fromLatin1(id) };
        const auto custom = std::find_if(
            customModels().begin(), customModels().end(), [&](const SystemModel &m) { return m.id == model; });
        kinds.push_back(custom != customModels().end() ? &*custom : Catalog::builtIn().find(model));
    }
    return kinds;
}

// One lot of `kw` worth of `model`, delivered between its release and the plan start.
FleetLot lotOf(const SystemModel &model, int number, double kw, QDate planStart, Random &random)
{
    FleetLot lot;
    lot.id = LotId(QStringLiteral("lot-%1-%2").arg(model.id.toString()).arg(number));
    lot.name = QStringLiteral("%1 lot %2").arg(model.name).arg(number);
    lot.model = model.id;
    lot.count = std::max(1, int(std::ceil(kw / model.power.value())));
    lot.unitCost = Money(roundTo(model.price.value() * random.uniform(0.85, 1.15), 1000));
    const qint64 window = std::max<qint64>(0, model.released.daysTo(planStart));
    lot.delivered = model.released.addDays(qint64(random.uniform(0, 1) * double(window)));
    return lot;
}

// 6–9 kinds; per cooling type, lots asking for 1.3–1.7× the rack limits of that type.
void buildFleet(Project &project, const CampusPlan &plan, Random &random)
{
    double rackKw[2] = { 0, 0 }; // air, liquid halls
    for (const RowPlan &row : plan.rows)
        rackKw[plan.halls[size_t(row.hall)].liquid ? 1 : 0] += row.rackKw * row.racks;
    const std::vector<const SystemModel *> kinds = chooseKinds(random);
    std::vector<double> weight;
    double weightSum[2] = { 0, 0 };
    for (const SystemModel *m : kinds) {
        weight.push_back(random.uniform(0.5, 1.5));
        weightSum[m->cooling == CoolingType::Liquid ? 1 : 0] += weight.back();
    }
    const double demand[2] = { rackKw[0] * random.uniform(1.3, 1.7), rackKw[1] * random.uniform(1.3, 1.7) };
    for (size_t i = 0; i < kinds.size(); ++i) {
        const SystemModel &m = *kinds[i];
        const int type = m.cooling == CoolingType::Liquid ? 1 : 0;
        const double kw = demand[type] * weight[i] / weightSum[type];
        const int lots = random.chance(0.4) ? 2 : 1;
        for (int n = 1; n <= lots; ++n)
            project.fleet.push_back(lotOf(m, n, kw / lots, project.site.planStart, random));
        if (!Catalog::builtIn().find(m.id))
            project.customModels.push_back(m);
    }
}

} // namespace

Project makeCampusSite(const CampusSiteOptions &options)
{
    const int racks = std::max(options.racks, 1);
    Random random(options.seed);
    Project project;
    Site &site = project.site;
    site.name = QStringLiteral("Campus site (%1 racks, seed %2%3)")
                    .arg(racks)
                    .arg(options.seed)
                    .arg(QLatin1String(options.recirculation ? ", recirculation" : ""));
    site.planStart = QDate(2026, 1, 1);
    site.horizonPeriods = 20;
    const CampusPlan plan = planCampus(racks, random);
    buildFloor(site, plan);
    buildPower(site, plan, random);
    buildCooling(site, plan, random);
    if (options.recirculation)
        buildThermal(site, plan, options.seed);
    buildFleet(project, plan, random);
    return project;
}

} // namespace warmshell::bench
