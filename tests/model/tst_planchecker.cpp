// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"
#include "plan/planchecker.h"
#include "projectfile.h"
#include "solver/solver.h"
#include "testsupport.h"

#include <QTest>

#include <functional>

using namespace warmshell;

namespace {

PowerNodeId pid(const char *id)
{
    return PowerNodeId(QString::fromLatin1(id));
}
RackId rid(const char *id)
{
    return RackId(QString::fromLatin1(id));
}
SystemModelId mid(const char *id)
{
    return SystemModelId(QString::fromLatin1(id));
}
CoolingUnitId cid(const char *id)
{
    return CoolingUnitId(QString::fromLatin1(id));
}

Project loadExample(const QString &name)
{
    const LoadResult r = loadProject(QStringLiteral(WARMSHELL_SOURCE_DIR "/resources/examples/") + name);
    if (!r.ok())
        qFatal("example %s does not load", qPrintable(name));
    return *r.project;
}

CapacityPlan solved(const Project &project, Objective objective, const QDate &date = {})
{
    SolveOptions options;
    options.objectives = { objective };
    options.date = date;
    options.marginalValues = false;
    return solve(project, Catalog::builtIn(), options);
}

// tests/data/good/minimal: util-1 → ups-1 (160 kW usable) → pdu-1 (80 kW) → rack-1 (30 kW,
// 2 × DGX A100 pinned), rack-2 (30 kW); crah-1 (60 kW usable) serves both; 6 DGX A100.
Project minimal()
{
    return test::loadFixture(QStringLiteral("good/minimal.warmshell.json"));
}

// The minimal site with facility power (tests/data/good/facility.warmshell.json): ups-1 at
// 95 %, mech-1 (lossless 99 %, 12 kW of house load) under util-1 feeding crah-1, which draws
// 1.5 kW + 0.05 kW per kW of heat. The solver places all six A100 (39 kW): mech-1 carries
// 12 + 1.5 + 0.05 × 39 = 15.45 kW (printed 15.4); util-1 39 / 0.95 + 15.45 / 0.99 = 56.66 kW.
Project facility()
{
    return test::loadFixture(QStringLiteral("good/facility.warmshell.json"));
}

PowerNode pdu(const char *id, double kw, const QDate &commissioned = {})
{
    PowerNode n;
    n.id = pid(id);
    n.name = QString::fromLatin1(id);
    n.kind = PowerNodeKind::Pdu;
    n.rating = PowerRating::kilowatts(Kilowatts(kw));
    n.derating = 0.8;
    n.commissioned = commissioned;
    return n;
}

CoolingUnit crah(const char *id, double kw, std::vector<RackId> serves, CoolingUnitKind kind = CoolingUnitKind::Crah)
{
    CoolingUnit u;
    u.id = cid(id);
    u.name = QString::fromLatin1(id);
    u.kind = kind;
    u.capacity = Kilowatts(kw);
    u.serves = std::move(serves);
    return u;
}

CoolingUnit *unit(Project &p, const char *id)
{
    for (CoolingUnit &u : p.site.coolingUnits)
        if (u.id == cid(id))
            return &u;
    qFatal("no cooling unit %s", id);
}

// A custom air-cooled box of `kw` kW, 1 U, 10 kg, 8 GPUs of 100 TFLOPS BF16.
SystemModel box(const char *id, double kw)
{
    SystemModel m;
    m.id = mid(id);
    m.name = QString::fromLatin1(id);
    m.vendor = QStringLiteral("Test");
    m.generation = QStringLiteral("Box");
    m.gpu = QStringLiteral("Box GPU");
    m.gpusPerSystem = 8;
    m.power = Kilowatts(kw);
    m.height = RackUnits(1);
    m.weight = Kilograms(10);
    m.bf16 = Teraflops(100);
    m.price = Money(100000);
    m.released = QDate(2024, 1, 1);
    return m;
}

FleetLot lot(const char *id, const char *model, int count, const QDate &delivered = QDate(2024, 1, 1))
{
    FleetLot l;
    l.id = LotId(QString::fromLatin1(id));
    l.name = QString::fromLatin1(id);
    l.model = mid(model);
    l.count = count;
    l.unitCost = Money(100000);
    l.delivered = delivered;
    return l;
}

// Minimal with rack-2 turned into a 150 kW liquid rack under a CDU and one GB200 NVL72 added:
// the GB200 fills rack-2, four A100 go to rack-1, two stay idle.
Project liquid()
{
    Project p = minimal();
    Rack &r2 = *p.site.rack(rid("rack-2"));
    r2.cooling = CoolingType::Liquid;
    r2.powerLimit = Kilowatts(150);
    r2.weightLimit = Kilograms(1500);
    p.site.power.node(pid("pdu-1"))->rating = PowerRating::kilowatts(Kilowatts(300));
    p.site.power.node(pid("ups-1"))->rating = PowerRating::kilowatts(Kilowatts(200));
    p.site.coolingUnits.push_back(crah("cdu-1", 200, { rid("rack-2") }, CoolingUnitKind::Cdu));
    p.fleet.push_back(lot("lot-gb200", "gb200-nvl72", 1, QDate(2025, 1, 1)));
    return p;
}

// Two racks of 3 × 10 kW boxes (30 kW each) under pdu-1, with room to spare everywhere.
Project twoRacksOfThirty()
{
    Project p = minimal();
    p.customModels.push_back(box("box-10", 10));
    p.fleet = { lot("lot-box", "box-10", 6) };
    for (Rack &r : p.site.racks)
        r.pinned.clear();
    unit(p, "crah-1")->capacity = Kilowatts(100);
    return p;
}

// Two racks of thirty whose CRAH rejects to chiller ch-1 (100 kW of heat, 0.2 kW/kW on
// util-1): the solver places all six boxes, 60 kW of heat, within the chiller.
Project twoRacksWithChiller()
{
    Project p = twoRacksOfThirty();
    CoolingUnit chiller = crah("ch-1", 100, {}, CoolingUnitKind::Chiller);
    chiller.feed = pid("util-1");
    chiller.drawKwPerKw = 0.2;
    p.site.coolingUnits.push_back(chiller);
    unit(p, "crah-1")->rejectsTo = CoolingUnitId(QStringLiteral("ch-1"));
    return p;
}

// Same, with rack-1 2N-fed: util-1 and gen-1 both feed ups-1 → pdu-1 (A side) and ups-2 →
// pdu-2 (B side). Both sources are upstream of both feeds, so rack-1's 30 kW must count once
// on each of them: util-1 carries 60 kW, not 90.
Project dualFed()
{
    Project p = twoRacksOfThirty();
    PowerChain &c = p.site.power;
    PowerNode gen = pdu("gen-1", 1000);
    gen.kind = PowerNodeKind::Generator;
    c.addNode(gen);
    PowerNode ups = *c.node(pid("ups-1"));
    ups.id = pid("ups-2");
    c.addNode(ups);
    c.addNode(pdu("pdu-2", 100));
    c.connect(pid("gen-1"), pid("ups-1"));
    c.connect(pid("util-1"), pid("ups-2"));
    c.connect(pid("gen-1"), pid("ups-2"));
    c.connect(pid("ups-2"), pid("pdu-2"));
    p.site.rack(rid("rack-1"))->feedB = pid("pdu-2");
    return p;
}

// Two racks of 30 kW with a thermal model on rack-1's inlet: 0.1 °C/kW of its own air heat
// and 0.05 of rack-2's; supply 20 °C, limit 27 °C → rack-1 at 20 + 3 + 1.5 = 24.5 °C,
// rack-2 at 20 °C (nothing reaches it).
Project recirculating()
{
    Project p = twoRacksOfThirty();
    p.site.thermal.enabled = true;
    p.site.thermal.recirculation = { { rid("rack-1"), rid("rack-1"), 0.1 }, { rid("rack-1"), rid("rack-2"), 0.05 } };
    return p;
}

// Rack X (rack-1) served by u1 and u2, rack Y (rack-2) by u2 only; 5 kW boxes fill each rack
// to its power limit. The units are large for the solve; cases shrink them.
Project zone(double xKw, double yKw)
{
    Project p = minimal();
    p.customModels.push_back(box("box-5", 5));
    p.fleet = { lot("lot-box", "box-5", 40) };
    for (Rack &r : p.site.racks)
        r.pinned.clear();
    p.site.rack(rid("rack-1"))->powerLimit = Kilowatts(xKw);
    p.site.rack(rid("rack-2"))->powerLimit = Kilowatts(yKw);
    p.site.coolingUnits = { crah("u1", 1000, { rid("rack-1") }), crah("u2", 1000, { rid("rack-1"), rid("rack-2") }) };
    return p;
}

// Minimal with a twin of the DGX A100 under another id (same generation and figures): four
// systems of lot-a100, two of the twin.
Project twins()
{
    Project p = minimal();
    SystemModel twin = *Catalog::builtIn().find(mid("dgx-a100"));
    twin.id = mid("dgx-a100-lease");
    twin.sources.clear();
    p.customModels.push_back(twin);
    p.fleet[0].count = 4;
    FleetLot leased = p.fleet[0];
    leased.id = LotId(QStringLiteral("lot-lease"));
    leased.model = twin.id;
    leased.count = 2;
    p.fleet.push_back(leased);
    return p;
}

RackPlacement *placementOf(CapacityPlan &plan, const RackId &rack)
{
    for (RackPlacement &rp : plan.placements)
        if (rp.rack == rack)
            return &rp;
    return nullptr;
}

// The first group of `model` with pinned == `pinned`, outside `notIn`; null if none.
PlacedSystems *group(CapacityPlan &plan, const SystemModelId &model, bool pinned, RackPlacement **where = nullptr,
    const RackId &notIn = {})
{
    for (RackPlacement &rp : plan.placements) {
        if (rp.rack == notIn)
            continue;
        for (PlacedSystems &s : rp.systems)
            if (s.model == model && s.pinned == pinned && s.count > 0) {
                if (where)
                    *where = &rp;
                return &s;
            }
    }
    return nullptr;
}

// Moves one unpinned system of `model` from wherever it is (not `to`) into rack `to`.
void moveOne(CapacityPlan &plan, const SystemModelId &model, const RackId &to)
{
    RackPlacement *from = nullptr;
    PlacedSystems *s = group(plan, model, false, &from, to);
    if (!s)
        qFatal("nothing to move");
    PlacedSystems one = *s;
    one.count = 1;
    one.power = s->power / s->count;
    one.gpus = s->gpus / s->count;
    s->power -= one.power;
    s->gpus -= one.gpus;
    --s->count;
    placementOf(plan, to)->systems.push_back(one);
}

// Kilowatts of all systems the plan places in `rack`.
double rackPowerKw(const CapacityPlan &plan, const char *rack)
{
    double kw = 0;
    for (const RackPlacement &rp : plan.placements)
        if (rp.rack == rid(rack))
            for (const PlacedSystems &s : rp.systems)
                kw += s.power.value();
    return kw;
}

GenerationResult *generation(CapacityPlan &plan, const char *name)
{
    for (GenerationResult &g : plan.generations)
        if (g.generation == QLatin1String(name))
            return &g;
    qFatal("no generation %s", name);
}

struct Case
{
    const char *name;
    std::function<Project()> base;
    Objective objective;
    std::function<void(Project &, CapacityPlan &)> breakIt;
    const char *constraint; // "": the broken plan is still valid
    const char *object;
    const char *fragment; // part of the message
};

const std::vector<Case> &cases()
{
    using P = Project &;
    using C = CapacityPlan &;
    static const std::vector<Case> all{
        { "inlet over its limit", recirculating, Objective::Compute,
            [](P p, C) { p.site.thermal.inletLimit = Celsius(24); }, "inlet-temperature", "rack-1",
            "takes in air at 24.5 °C, limit 24.0 °C" },
        { "inlet reported wrong", recirculating, Objective::Compute,
            [](P, C plan) { plan.inlets[1].temperature = Celsius(21); }, "totals", "rack-2",
            "reports an inlet of 21.0000 °C for rack rack-2, the placements give 20.0000 °C" },
        { "cooling draw and house load over a mechanical switchboard", facility, Objective::Compute,
            [](P p, C) { p.site.power.node(pid("mech-1"))->rating = PowerRating::kilowatts(Kilowatts(18)); },
            "power-node", "mech-1", "carries 15.4 kW, usable 14.4 kW (IT, cooling draw, house load and losses)" },
        { "losses and cooling over the utility", facility, Objective::Compute,
            [](P p, C) { p.site.power.node(pid("util-1"))->rating = PowerRating::kilowatts(Kilowatts(70)); },
            "power-node", "util-1", "carries 56.7 kW, usable 56.0 kW (IT, cooling draw, house load and losses)" },
        { "rack over its power limit", minimal, Objective::Compute,
            [](P p, C) { p.site.rack(rid("rack-1"))->powerLimit = Kilowatts(10); }, "rack-power", "rack-1",
            "limit 10.0 kW" },
        { "rack over its height", minimal, Objective::Compute,
            [](P p, C) { p.site.rack(rid("rack-1"))->height = RackUnits(6); }, "rack-space", "rack-1", "height 6 U" },
        { "rack over its weight", minimal, Objective::Compute,
            [](P p, C) { p.site.rack(rid("rack-1"))->weightLimit = Kilograms(100); }, "rack-weight", "rack-1",
            "limit 100.0 kg" },
        { "GB200 in an air rack", liquid, Objective::Compute,
            [](P p, C) { p.site.rack(rid("rack-2"))->cooling = CoolingType::Air; }, "rack-cooling-type", "rack-2",
            "liquid-cooled gb200-nvl72" },
        { "a second system beside a whole-rack one", liquid, Objective::Compute,
            [](P, C c) { moveOne(c, mid("dgx-a100"), rid("rack-2")); }, "whole-rack", "rack-2", "must be alone" },
        { "liquid heat without a live CDU", liquid, Objective::Compute,
            [](P p, C) { unit(p, "cdu-1")->commissioned = QDate(2027, 1, 1); }, "cooling", "rack-2", "no live CDU" },
        { "pinned system missing", minimal, Objective::Compute,
            [](P, C c) {
                for (RackPlacement &rp : c.placements)
                    for (PlacedSystems &s : rp.systems)
                        s.pinned = false;
            },
            "pinned", "rack-1", "pins 2 × dgx-a100" },
        { "feed not commissioned at the date", minimal, Objective::Compute,
            [](P p, C) {
                p.site.power.addNode(pdu("pdu-2", 100, QDate(2027, 1, 1)));
                p.site.power.connect(pid("ups-1"), pid("pdu-2"));
                p.site.rack(rid("rack-2"))->feedA = pid("pdu-2");
            },
            "dead-rack", "rack-2", "commissioned on 2027-01-01" },
        { "no live air cooling", minimal, Objective::Compute,
            [](P p, C) {
                unit(p, "crah-1")->serves = { rid("rack-1") };
                CoolingUnit later = crah("crah-2", 60, { rid("rack-2") });
                later.commissioned = QDate(2027, 1, 1);
                p.site.coolingUnits.push_back(later);
            },
            "dead-rack", "rack-2", "no live air-side cooling unit" },
        { "PDU overloaded by two 30 kW racks", twoRacksOfThirty, Objective::Compute,
            [](P p, C) { p.site.power.node(pid("pdu-1"))->rating = PowerRating::kilowatts(Kilowatts(62.5)); },
            "power-node", "pdu-1", "power node pdu-1 carries 60.0 kW, usable 50.0 kW" },
        { "dual-fed rack counts once upstream", dualFed, Objective::Compute,
            [](P p, C) { p.site.power.node(pid("util-1"))->rating = PowerRating::kilowatts(Kilowatts(87.5)); }, "", "",
            "" },
        { "dual-fed rack overloads upstream", dualFed, Objective::Compute,
            [](P p, C) { p.site.power.node(pid("util-1"))->rating = PowerRating::kilowatts(Kilowatts(68.75)); },
            "power-node", "util-1", "carries 60.0 kW, usable 55.0 kW" },
        { "cooling unit overloaded", minimal, Objective::Compute,
            [](P p, C) { unit(p, "crah-1")->capacity = Kilowatts(20); }, "cooling", "crah-1", "may remove 20.0 kW" },
        { "zone split infeasible though the sum fits", [] { return zone(10, 30); }, Objective::Compute,
            [](P p, C c) {
                QCOMPARE(rackPowerKw(c, "rack-1"), 10.0); // the solve filled both racks
                QCOMPARE(rackPowerKw(c, "rack-2"), 30.0);
                unit(p, "u1")->capacity = Kilowatts(40);
                unit(p, "u2")->capacity = Kilowatts(20);
            },
            "cooling", "u2", "racks rack-2 shed 30.0 kW to air and are served only by u2, which may remove 20.0 kW" },
        { "zone split feasible", [] { return zone(35, 10); }, Objective::Compute,
            [](P p, C c) {
                QCOMPARE(rackPowerKw(c, "rack-1"), 35.0); // the solve filled both racks
                QCOMPARE(rackPowerKw(c, "rack-2"), 10.0);
                unit(p, "u1")->capacity = Kilowatts(20);
                unit(p, "u2")->capacity = Kilowatts(30);
            },
            "", "", "" },
        { "zone split exactly tight", [] { return zone(35, 10); }, Objective::Compute,
            [](P p, C c) {
                QCOMPARE(rackPowerKw(c, "rack-1"), 35.0); // the solve filled both racks
                QCOMPARE(rackPowerKw(c, "rack-2"), 10.0);
                unit(p, "u1")->capacity = Kilowatts(20);
                unit(p, "u2")->capacity = Kilowatts(25);
            },
            "", "", "" },
        { "fleet exceeded", twins, Objective::Compute,
            [](P, C c) { group(c, mid("dgx-a100-lease"), false)->model = mid("dgx-a100"); }, "fleet", "dgx-a100",
            "places 6 × dgx-a100, only 4" },
        { "wrong operating-point power", minimal, Objective::Compute,
            [](P, C c) {
                PlacedSystems &s = placementOf(c, rid("rack-2"))->systems.front();
                s.power = s.power * 1.5;
            },
            "operating-point", "rack-2", "expected" },
        { "unknown operating point", minimal, Objective::Compute,
            [](P, C c) { placementOf(c, rid("rack-2"))->systems.front().operatingPoint = QStringLiteral("turbo"); },
            "operating-point", "rack-2", "\"turbo\"" },
        { "wrong compute objective", minimal, Objective::Compute, [](P, C c) { c.objectiveValue += 1; }, "objective",
            "compute", "PFLOPS" },
        { "wrong GPU objective", minimal, Objective::Gpus, [](P, C c) { c.objectiveValue -= 8; }, "objective", "gpus",
            "40.0 GPUs" },
        { "wrong idle-cost objective", liquid, Objective::IdleCost, [](P, C c) { c.objectiveValue *= 1.01; },
            "objective", "idle-cost", "per month" },
        { "generation energized off", minimal, Objective::Compute,
            [](P, C c) {
                --generation(c, "A100")->energizedSystems;
                ++generation(c, "A100")->idleSystems;
            },
            "totals", "A100", "the placements hold 6" },
        { "generation idle off", liquid, Objective::Compute, [](P, C c) { ++generation(c, "A100")->idleSystems; },
            "totals", "A100", "6 are available" },
        // 60 kW of heat through crah-1 to a chiller that now holds 50 kW: 10 kW cannot be placed.
        { "chiller overloaded", twoRacksWithChiller, Objective::Compute,
            [](P p, C) { unit(p, "ch-1")->capacity = Kilowatts(50); }, "cooling", "ch-1",
            "may reject 50.0 kW at its worst month, and the heat of the racks its room units serve cannot be placed by "
            "10.0 kW" },
        // A hot month: every month at ×0.55 leaves 55 kW for the 60 kW of heat.
        { "chiller overloaded in its hot month", twoRacksWithChiller, Objective::Compute,
            [](P p, C) { unit(p, "ch-1")->monthlyCapacityFactor.assign(12, 0.55); }, "cooling", "ch-1",
            "may reject 55.0 kW at its worst month" },
        // ×0.6 leaves exactly 60 kW: still valid.
        { "chiller exactly full in its hot month", twoRacksWithChiller, Objective::Compute,
            [](P p, C) { unit(p, "ch-1")->monthlyCapacityFactor.assign(12, 0.6); }, "", "", "" },
        { "placement in a rack that does not exist", minimal, Objective::Compute,
            [](P, C c) { placementOf(c, rid("rack-2"))->rack = rid("rack-ghost"); }, "unknown-reference", "rack-ghost",
            "does not exist" },
    };
    return all;
}

} // namespace

class TestPlanChecker : public QObject
{
    Q_OBJECT

private slots:
    void solverPlansAreValid_data();
    void solverPlansAreValid();
    void brokenPlans_data();
    void brokenPlans();
    void describeListsOnePerLine();
};

void TestPlanChecker::solverPlansAreValid_data()
{
    QTest::addColumn<QString>("file"); // "minimal" or an example name
    QTest::addColumn<QDate>("date"); // null: planStart
    QTest::addColumn<int>("objective"); // Objective
    const struct
    {
        const char *file;
        QDate date;
    } inputs[] = { { "minimal", {} }, { "lab.warmshell.json", {} }, { "campus.warmshell.json", {} },
        { "campus.warmshell.json", QDate(2027, 3, 1) } };
    for (const auto &in : inputs)
        for (Objective o : { Objective::Compute, Objective::Gpus, Objective::IdleCost })
            QTest::addRow("%s %s %s", in.file,
                in.date.isValid() ? qPrintable(in.date.toString(Qt::ISODate)) : "planStart", qPrintable(keyOf(o)))
                << QString::fromLatin1(in.file) << in.date << int(o);
}

void TestPlanChecker::solverPlansAreValid()
{
    QFETCH(QString, file);
    QFETCH(QDate, date);
    QFETCH(int, objective);
    const Project project = file == QLatin1String("minimal") ? minimal() : loadExample(file);
    const CapacityPlan plan = solved(project, Objective(objective), date);
    QVERIFY2(plan.status == PlanStatus::Optimal || plan.status == PlanStatus::Feasible,
        qPrintable(plan.explanations.join(QLatin1Char('\n'))));
    QVERIFY(!plan.placements.empty());
    const auto violations = checkPlan(project, Catalog::builtIn(), plan);
    QVERIFY2(violations.empty(), qPrintable(describe(violations)));
}

void TestPlanChecker::brokenPlans_data()
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < cases().size(); ++i)
        QTest::newRow(cases()[i].name) << int(i);
}

void TestPlanChecker::brokenPlans()
{
    QFETCH(int, index);
    const Case &c = cases()[std::size_t(index)];
    Project project = c.base();
    CapacityPlan plan = solved(project, c.objective);
    QVERIFY2(plan.status == PlanStatus::Optimal || plan.status == PlanStatus::Feasible,
        qPrintable(plan.explanations.join(QLatin1Char('\n'))));
    const auto before = checkPlan(project, Catalog::builtIn(), plan);
    QVERIFY2(before.empty(), qPrintable(QStringLiteral("the unbroken plan: ") + describe(before)));

    c.breakIt(project, plan);
    const auto violations = checkPlan(project, Catalog::builtIn(), plan);
    if (*c.constraint == '\0') {
        QVERIFY2(violations.empty(), qPrintable(describe(violations)));
        return;
    }
    QVERIFY2(violations.size() == 1, qPrintable(describe(violations)));
    QCOMPARE(violations[0].constraint, QString::fromLatin1(c.constraint));
    QCOMPARE(violations[0].object, QString::fromLatin1(c.object));
    QVERIFY2(violations[0].message.contains(QString::fromUtf8(c.fragment)), qPrintable(violations[0].message));
}

void TestPlanChecker::describeListsOnePerLine()
{
    QCOMPARE(describe({}), QStringLiteral("(no violations)"));
    const std::vector<PlanViolation> two{ { QStringLiteral("rack-1"), QStringLiteral("rack-power"),
                                              QStringLiteral("a") },
        { QStringLiteral("pdu-1"), QStringLiteral("power-node"), QStringLiteral("b") } };
    QCOMPARE(describe(two), QStringLiteral("rack-power rack-1: a\npower-node pdu-1: b"));
}

QTEST_GUILESS_MAIN(TestPlanChecker)
#include "tst_planchecker.moc"
