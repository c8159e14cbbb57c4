// SPDX-License-Identifier: GPL-3.0-or-later
// The per-rack model (writePerRackModel) is built by its own code, rack by rack, with no
// grouping and no patterns. Read back into GLPK and solved to optimality, its optimum must
// equal solve()'s objective: a second-method check of the aggregated solver, and a check
// that the written file is a complete model.
#include "catalog.h"
#include "enumkeys.h"
#include "solver/perrackmodel.h"
#include "solver/solver.h"
#include "testsupport.h"
#include "validation.h"

#include <glpk.h>

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace warmshell;

Q_DECLARE_METATYPE(warmshell::Objective)
Q_DECLARE_METATYPE(warmshell::Precision)
Q_DECLARE_METATYPE(std::function<warmshell::Project()>)

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

SystemModel customModel(const char *id, double kw, int heightU, int gpus, double tflops, CoolingType cooling,
    double liquidFraction, double kg)
{
    SystemModel m;
    m.id = SystemModelId(s(id));
    m.name = s(id).toUpper();
    m.vendor = s("test");
    m.generation = s(id).toUpper();
    m.gpu = m.generation;
    m.gpusPerSystem = gpus;
    m.power = Kilowatts(kw);
    m.height = RackUnits(heightU);
    m.wholeRack = heightU == 0;
    m.cooling = cooling;
    m.liquidFraction = liquidFraction;
    m.weight = Kilograms(kg);
    m.bf16 = Teraflops(tflops);
    m.fp8 = Teraflops(2 * tflops);
    m.fp4 = Teraflops(4 * tflops);
    m.released = QDate(2024, 1, 1);
    return m;
}

PowerNode node(const char *id, PowerNodeKind kind, double kw, Redundancy r = Redundancy::n(), QDate commissioned = {})
{
    PowerNode n;
    n.id = PowerNodeId(s(id));
    n.name = s(id).toUpper();
    n.kind = kind;
    n.rating = PowerRating::kilowatts(Kilowatts(kw));
    n.redundancy = r;
    n.commissioned = commissioned;
    return n;
}

CoolingUnit unit(const char *id, CoolingUnitKind kind, double kw, Redundancy r, const std::vector<const char *> &racks)
{
    CoolingUnit u;
    u.id = CoolingUnitId(s(id));
    u.name = s(id).toUpper();
    u.kind = kind;
    u.capacity = Kilowatts(kw);
    u.redundancy = r;
    for (const char *rack : racks)
        u.serves.push_back(RackId(s(rack)));
    return u;
}

Rack rack(const char *id, int k, double kw, CoolingType cooling, const char *feedA, const char *feedB = nullptr)
{
    Rack r;
    r.id = RackId(s(id));
    r.name = s(id);
    r.row = RowId(s("row-1"));
    r.position = { Metres(1 + 0.6 * k), Metres(2) };
    r.powerLimit = Kilowatts(kw);
    r.cooling = cooling;
    r.weightLimit = Kilograms(1400);
    r.feedA = PowerNodeId(s(feedA));
    if (feedB)
        r.feedB = PowerNodeId(s(feedB));
    return r;
}

FleetLot lot(const char *id, const char *model, int count, double cost, QDate delivered, QDate retire = {})
{
    FleetLot l;
    l.id = LotId(s(id));
    l.name = s(id);
    l.model = SystemModelId(s(model));
    l.count = count;
    l.unitCost = Money(cost);
    l.delivered = delivered;
    l.retire = retire;
    return l;
}

Project emptySite()
{
    Project p;
    p.site.name = s("per-rack test site");
    p.site.planStart = QDate(2026, 6, 1);
    p.site.halls.push_back({ HallId(s("hall-1")), s("Hall 1"), { Metres(0), Metres(0) }, { Metres(20), Metres(10) } });
    p.site.rows.push_back({ RowId(s("row-1")), HallId(s("hall-1")), s("Row 1") });
    return p;
}

// 2N air racks: A and B sides, each with generator + UPS + PDU; two CRAHs share every rack's
// heat; a custom model with two power-capped operating points competes with catalog models.
Project dualFedAir()
{
    Project p = emptySite();
    PowerChain &c = p.site.power;
    c.addNode(node("util", PowerNodeKind::Utility, 2000));
    for (const char *side : { "a", "b" }) {
        const QString gen = s("gen-") + s(side), ups = s("ups-") + s(side), pdu = s("pdu-") + s(side);
        c.addNode(node(gen.toLatin1().constData(), PowerNodeKind::Generator, 300));
        c.addNode(node(ups.toLatin1().constData(), PowerNodeKind::Ups, 40, Redundancy::nPlusOne(3)));
        c.addNode(node(pdu.toLatin1().constData(), PowerNodeKind::Pdu, 150));
        c.connect(PowerNodeId(s("util")), PowerNodeId(ups));
        c.connect(PowerNodeId(gen), PowerNodeId(ups));
        c.connect(PowerNodeId(ups), PowerNodeId(pdu));
    }
    for (int k = 0; k < 4; ++k) {
        const QByteArray id = "rack-" + QByteArray::number(k + 1);
        p.site.racks.push_back(rack(id.constData(), k, k < 2 ? 30 : 35, CoolingType::Air, "pdu-a", "pdu-b"));
    }
    p.site.racks[0].pinned.push_back({ SystemModelId(s("dgx-h100")), 1 });
    p.site.coolingUnits.push_back(
        unit("crah-1", CoolingUnitKind::Crah, 25, Redundancy::n(), { "rack-1", "rack-2", "rack-3", "rack-4" }));
    p.site.coolingUnits.push_back(
        unit("crah-2", CoolingUnitKind::Crah, 30, Redundancy::n(), { "rack-1", "rack-2", "rack-3", "rack-4" }));
    SystemModel capped = customModel("capped-x", 9, 6, 8, 800, CoolingType::Air, 0, 110);
    capped.operatingPoints = { { s("70pct"), 0.7, 0.85 }, { s("50pct"), 0.5, 0.62 } };
    p.customModels.push_back(capped);
    p.fleet.push_back(lot("lot-a100", "dgx-a100", 10, 199000, QDate(2022, 3, 1)));
    p.fleet.push_back(lot("lot-h100", "dgx-h100", 4, 270000, QDate(2024, 4, 1)));
    p.fleet.push_back(lot("lot-capped", "capped-x", 6, 220000, QDate(2025, 1, 1)));
    p.fleet.push_back(lot("lot-old", "dgx-a100", 5, 150000, QDate(2019, 1, 1), QDate(2026, 1, 1))); // retired
    return p;
}

// Liquid and air racks behind one UPS; whole-rack GB200 (pinned in one rack), liquid
// MI355X and air H100 compete; one CDU per liquid rack pair, a later PDU leaves a rack dead,
// a lot still on order does not count.
Project mixedLiquid()
{
    Project p = emptySite();
    PowerChain &c = p.site.power;
    c.addNode(node("util", PowerNodeKind::Utility, 5000));
    c.addNode(node("ups", PowerNodeKind::Ups, 200, Redundancy::nPlusOne(3)));
    c.addNode(node("pdu-1", PowerNodeKind::Pdu, 250));
    c.addNode(node("pdu-2", PowerNodeKind::Pdu, 250, Redundancy::n(), QDate(2027, 1, 1)));
    c.connect(PowerNodeId(s("util")), PowerNodeId(s("ups")));
    c.connect(PowerNodeId(s("ups")), PowerNodeId(s("pdu-1")));
    c.connect(PowerNodeId(s("ups")), PowerNodeId(s("pdu-2")));
    p.site.racks.push_back(rack("liq-1", 0, 140, CoolingType::Liquid, "pdu-1"));
    p.site.racks.push_back(rack("liq-2", 1, 140, CoolingType::Liquid, "pdu-1"));
    p.site.racks.push_back(rack("air-1", 2, 40, CoolingType::Air, "pdu-1"));
    p.site.racks.push_back(rack("air-2", 3, 40, CoolingType::Air, "pdu-2"));
    for (Rack &r : p.site.racks)
        r.weightLimit = Kilograms(1500);
    p.site.racks[0].pinned.push_back({ SystemModelId(s("gb200-nvl72")), 1 });
    p.site.coolingUnits.push_back(unit("cdu-1", CoolingUnitKind::Cdu, 200, Redundancy::n(), { "liq-1", "liq-2" }));
    p.site.coolingUnits.push_back(
        unit("crah-1", CoolingUnitKind::Crah, 60, Redundancy::n(), { "liq-1", "liq-2", "air-1", "air-2" }));
    p.fleet.push_back(lot("lot-gb200", "gb200-nvl72", 2, 3.0e6, QDate(2025, 10, 1)));
    p.fleet.push_back(lot("lot-mi355x", "mi355x-platform", 12, 250000, QDate(2025, 9, 1)));
    p.fleet.push_back(lot("lot-h100", "dgx-h100", 6, 270000, QDate(2024, 4, 1)));
    p.fleet.push_back(lot("lot-b300-order", "dgx-b300", 6, 370000, QDate(2026, 9, 1)));
    return p;
}

// Single-fed racks under PDUs of different sizes; two CDUs share the liquid racks' heat.
Project sharedCdus()
{
    Project p = emptySite();
    PowerChain &c = p.site.power;
    c.addNode(node("util", PowerNodeKind::Utility, 5000));
    c.addNode(node("pdu-1", PowerNodeKind::Pdu, 120));
    c.addNode(node("pdu-2", PowerNodeKind::Pdu, 180));
    c.connect(PowerNodeId(s("util")), PowerNodeId(s("pdu-1")));
    c.connect(PowerNodeId(s("util")), PowerNodeId(s("pdu-2")));
    p.site.racks.push_back(rack("r-1", 0, 60, CoolingType::Liquid, "pdu-1"));
    p.site.racks.push_back(rack("r-2", 1, 60, CoolingType::Liquid, "pdu-2"));
    p.site.racks.push_back(rack("r-3", 2, 45, CoolingType::Liquid, "pdu-2"));
    p.site.coolingUnits.push_back(unit("cdu-1", CoolingUnitKind::Cdu, 50, Redundancy::n(), { "r-1", "r-2", "r-3" }));
    p.site.coolingUnits.push_back(unit("cdu-2", CoolingUnitKind::Cdu, 45, Redundancy::n(), { "r-2", "r-3" }));
    p.site.coolingUnits.push_back(unit("crah-1", CoolingUnitKind::Crah, 40, Redundancy::n(), { "r-1", "r-2", "r-3" }));
    p.fleet.push_back(lot("lot-mi355x", "mi355x-platform", 14, 250000, QDate(2025, 9, 1)));
    p.fleet.push_back(lot("lot-b200", "dgx-b200", 5, 330000, QDate(2025, 1, 1)));
    p.fleet.push_back(lot("lot-a100", "dgx-a100", 8, 199000, QDate(2022, 3, 1)));
    return p;
}

// Sets node efficiencies, house loads and cooling feeds and draws on `p` (ids must exist).
struct FacilityEdits
{
    std::vector<std::pair<const char *, double>> efficiency; // node, efficiency
    std::vector<std::pair<const char *, double>> house; // node, kW
    struct Draw
    {
        const char *unit, *feed;
        double kw, perKw;
    };
    std::vector<Draw> draws;
};
Project withFacility(Project p, const FacilityEdits &e)
{
    for (const auto &[id, eff] : e.efficiency)
        p.site.power.node(PowerNodeId(s(id)))->efficiency = eff;
    for (const auto &[id, kw] : e.house)
        p.site.power.node(PowerNodeId(s(id)))->houseLoads.push_back({ s("house"), Kilowatts(kw), {} });
    for (const FacilityEdits::Draw &d : e.draws)
        for (CoolingUnit &u : p.site.coolingUnits)
            if (u.id == CoolingUnitId(s(d.unit))) {
                u.feed = PowerNodeId(s(d.feed));
                u.drawKw = d.kw;
                u.drawKwPerKw = d.perKw;
            }
    return p;
}

// The three sites with losses, house load and cooling draw: UPSs at 95–96 %, PDUs at 97–99 %,
// CRAHs at 0.2–0.3 kW/kW, CDUs at 0.02–0.03 kW/kW, fed from the UPS, a PDU or the utility.
Project dualFedAirFacility()
{
    return withFacility(dualFedAir(),
        { { { "ups-a", 0.95 }, { "ups-b", 0.96 }, { "pdu-a", 0.99 } }, { { "pdu-b", 3 } },
            { { "crah-1", "pdu-a", 0, 0.25 }, { "crah-2", "ups-b", 1, 0.2 } } });
}
Project mixedLiquidFacility()
{
    return withFacility(mixedLiquid(),
        { { { "ups", 0.95 }, { "pdu-1", 0.98 } }, { { "ups", 100 } },
            { { "cdu-1", "ups", 2, 0.03 }, { "crah-1", "util", 0, 0.3 } } });
}
Project sharedCdusFacility()
{
    return withFacility(sharedCdus(),
        { { { "pdu-1", 0.97 } }, { { "pdu-2", 20 } },
            { { "cdu-1", "pdu-1", 0, 0.03 }, { "cdu-2", "pdu-2", 1, 0.02 }, { "crah-1", "util", 0, 0.3 } } });
}

// `p` with a heat rejection plant: chiller ch-1 (`chillerKw`, 0.2 kW/kW and 2 kW fixed, on
// the utility "util") takes the heat of every air-side unit, dry cooler dc-1 (`dryKw`, 0.03
// kW/kW) that of every CDU; the chiller's August factors (draw ×1.4, capacity ×0.8) apply when
// the solve covers August.
Project withPlant(Project p, double chillerKw, double dryKw)
{
    auto plant = [&](const char *id, CoolingUnitKind kind, double kw, double perKw, double fixedKw) {
        CoolingUnit u = unit(id, kind, kw, Redundancy::n(), {});
        u.feed = PowerNodeId(s("util"));
        u.drawKwPerKw = perKw;
        u.drawKw = fixedKw;
        return u;
    };
    for (CoolingUnit &u : p.site.coolingUnits)
        u.rejectsTo = CoolingUnitId(heatMedium(u.kind) == HeatMedium::Liquid ? s("dc-1") : s("ch-1"));
    CoolingUnit chiller = plant("ch-1", CoolingUnitKind::Chiller, chillerKw, 0.2, 2);
    chiller.monthlyDrawFactor.assign(12, 1.0);
    chiller.monthlyCapacityFactor.assign(12, 1.0);
    chiller.monthlyDrawFactor[7] = 1.4;
    chiller.monthlyCapacityFactor[7] = 0.8;
    p.site.coolingUnits.push_back(chiller);
    p.site.coolingUnits.push_back(plant("dc-1", CoolingUnitKind::DryCooler, dryKw, 0.03, 0));
    return p;
}
// The chillers hold less heat than the room units: they bind.
Project dualFedAirPlant()
{
    return withPlant(dualFedAirFacility(), 40, 100);
}
Project mixedLiquidPlant()
{
    return withPlant(mixedLiquidFacility(), 45, 120);
}
Project sharedCdusPlant()
{
    return withPlant(sharedCdusFacility(), 35, 60);
}

struct Optimum
{
    bool ok = false;
    double value = 0;
    QString error;
};

// Reads a CPLEX LP file into GLPK and solves it to proven optimality.
Optimum solveLpFile(const QString &fileName)
{
    Optimum o;
    glp_term_out(GLP_OFF);
    glp_prob *p = glp_create_prob();
    if (glp_read_lp(p, nullptr, fileName.toLocal8Bit().constData()) != 0) {
        o.error = s("glp_read_lp failed");
    } else {
        glp_iocp parm;
        glp_init_iocp(&parm);
        parm.presolve = GLP_ON;
        parm.mip_gap = 0;
        parm.tm_lim = 60000;
        const int rc = glp_intopt(p, &parm);
        if (rc != 0 || glp_mip_status(p) != GLP_OPT)
            o.error = QStringLiteral("glp_intopt: rc %1, status %2").arg(rc).arg(glp_mip_status(p));
        else {
            o.ok = true;
            o.value = glp_mip_obj_val(p);
        }
    }
    glp_delete_prob(p);
    return o;
}

} // namespace

class TestPerRackModel : public QObject
{
    Q_OBJECT

private slots:
    void optimumMatchesSolver_data();
    void optimumMatchesSolver();
    void writesMps();
    void plantSitesBind();
};

void TestPerRackModel::optimumMatchesSolver_data()
{
    QTest::addColumn<std::function<Project()>>("site");
    QTest::addColumn<Objective>("objective");
    QTest::addColumn<Precision>("precision");
    const std::pair<const char *, std::function<Project()>> sites[] = {
        { "minimal", [] { return test::loadFixture(s("good/minimal.warmshell.json")); } },
        { "dual-fed-air", dualFedAir },
        { "mixed-liquid", mixedLiquid },
        { "shared-cdus", sharedCdus },
        { "facility fixture", [] { return test::loadFixture(s("good/facility.warmshell.json")); } },
        { "dual-fed-air facility", dualFedAirFacility },
        { "mixed-liquid facility", mixedLiquidFacility },
        { "shared-cdus facility", sharedCdusFacility },
        { "dual-fed-air plant", dualFedAirPlant },
        { "mixed-liquid plant", mixedLiquidPlant },
        { "shared-cdus plant", sharedCdusPlant },
    };
    for (const auto &[name, make] : sites) {
        if (QByteArray(name).endsWith("plant")) // the same in August (the chiller's hot month)
            QTest::addRow("%s gpus August", name) << make << Objective::Gpus << Precision::Fp4;
        QTest::addRow("%s compute bf16", name) << make << Objective::Compute << Precision::Bf16;
        QTest::addRow("%s compute fp8", name) << make << Objective::Compute << Precision::Fp8;
        QTest::addRow("%s gpus", name) << make << Objective::Gpus << Precision::Bf16;
        QTest::addRow("%s idle-cost", name) << make << Objective::IdleCost << Precision::Bf16;
    }
}

void TestPerRackModel::optimumMatchesSolver()
{
    QFETCH(std::function<Project()>, site);
    QFETCH(Objective, objective);
    QFETCH(Precision, precision);
    const Project project = site();
    QCOMPARE(test::describe(validateProject(project, Catalog::builtIn())), s("(no problems)"));

    SolveOptions options;
    options.objectives = { objective };
    options.precision = precision;
    options.marginalValues = false;
    options.timeLimitSeconds = 60;
    options.relativeGap = 0; // the proven optimum, not the default gap: the two must agree exactly
    if (precision == Precision::Fp4) { // marks the August rows (gpus ignores the precision)
        options.date = QDate(2026, 8, 1);
        options.climateThrough = QDate(2026, 8, 31);
    }
    const CapacityPlan plan = solve(project, Catalog::builtIn(), options);
    QVERIFY2(plan.status == PlanStatus::Optimal,
        qPrintable(QStringLiteral("%1 gap %2 method %3 bound %4 value %5: %6")
                       .arg(keyOf(plan.status))
                       .arg(plan.gap)
                       .arg(plan.method)
                       .arg(plan.bound, 0, 'g', 12)
                       .arg(plan.objectiveValue, 0, 'g', 12)
                       .arg(plan.explanations.join(QLatin1Char(' ')))));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(s("per-rack.lp"));
    PerRackModelSummary summary;
    const QString error = writePerRackModel(project, Catalog::builtIn(), options, file, ModelFormat::Lp, &summary);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(summary.racks > 0);
    QVERIFY(summary.columns >= summary.racks);

    const Optimum optimum = solveLpFile(file);
    QVERIFY2(optimum.ok, qPrintable(optimum.error));
    const double reported = summary.reportedOffset + summary.reportedScale * optimum.value;
    QVERIFY2(std::abs(reported - plan.objectiveValue) <= 1e-6 * std::max(1.0, std::abs(plan.objectiveValue)),
        qPrintable(QStringLiteral("per-rack optimum %1, solver %2")
                       .arg(reported, 0, 'g', 12)
                       .arg(plan.objectiveValue, 0, 'g', 12)));
    QVERIFY(plan.energizedGpus() > 0);
}

// The plant rows are not idle: each plant site energizes fewer GPUs than the same site without
// its plant, and a plant unit (the chiller or the dry cooler) is among the binding limits.
void TestPerRackModel::plantSitesBind()
{
    const std::pair<std::function<Project()>, std::function<Project()>> pairs[]
        = { { dualFedAirPlant, dualFedAirFacility }, { mixedLiquidPlant, mixedLiquidFacility },
              { sharedCdusPlant, sharedCdusFacility } };
    SolveOptions options;
    options.objectives = { Objective::Gpus };
    options.marginalValues = false;
    options.relativeGap = 0;
    for (const auto &[withPlant, without] : pairs) {
        const CapacityPlan a = solve(withPlant(), Catalog::builtIn(), options);
        const CapacityPlan b = solve(without(), Catalog::builtIn(), options);
        QVERIFY2(a.energizedGpus() < b.energizedGpus(),
            qPrintable(QStringLiteral("%1 with the plant, %2 without").arg(a.energizedGpus()).arg(b.energizedGpus())));
        QVERIFY(std::any_of(a.binding.begin(), a.binding.end(), [](const BindingConstraint &c) {
            return c.object == QStringLiteral("ch-1") || c.object == QStringLiteral("dc-1");
        }));
    }
}

void TestPerRackModel::writesMps()
{
    const Project project = mixedLiquid();
    QTemporaryDir dir;
    const QString file = dir.filePath(s("per-rack.mps"));
    QVERIFY(writePerRackModel(project, Catalog::builtIn(), SolveOptions{}, file, ModelFormat::Mps).isEmpty());
    glp_term_out(GLP_OFF);
    glp_prob *p = glp_create_prob();
    QCOMPARE(glp_read_mps(p, GLP_MPS_FILE, nullptr, file.toLocal8Bit().constData()), 0);
    QVERIFY(glp_get_num_int(p) > 0);
    glp_delete_prob(p);

    // A project with validation problems is refused with the reason.
    Project broken = project;
    broken.site.racks[0].feedA = PowerNodeId(s("no-such-node"));
    QVERIFY(!writePerRackModel(broken, Catalog::builtIn(), SolveOptions{}, file, ModelFormat::Mps).isEmpty());
}

QTEST_GUILESS_MAIN(TestPerRackModel)
#include "tst_perrackmodel.moc"
