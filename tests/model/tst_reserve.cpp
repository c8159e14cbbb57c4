// SPDX-License-Identifier: GPL-3.0-or-later
// The reserve policy (issue 18, "Using the reserve"): interruptible lots on redundancy reserve.
// Each rule is implemented three times — the solver's formulation, the per-rack model and the
// plan checker — and here checked by hand cases, by a brute force of its own on generated
// small sites, and by GLPK on the written per-rack model.
#include "analysis/contingency.h"
#include "catalog.h"
#include "lpoptimum.h"
#include "plan/planchecker.h"
#include "solver/perrackmodel.h"
#include "solver/solver.h"
#include "testsupport.h"
#include "validation.h"

#include <glpk.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <map>
#include <random>

using namespace warmshell;

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

// A 2U air-cooled system of `kw`, 8 GPUs of 1,000 TFLOPS; with `halfPoint`, an operating point
// "half" (50 % power, 30 % performance: less compute per kW than full power, so a compute
// objective never prefers it).
SystemModel boxModel(const char *id, double kw, bool halfPoint)
{
    SystemModel m;
    m.id = SystemModelId(s(id));
    m.name = s(id).toUpper();
    m.vendor = s("test");
    m.generation = s(id).toUpper();
    m.gpu = m.generation;
    m.gpusPerSystem = 8;
    m.power = Kilowatts(kw);
    m.height = RackUnits(2);
    m.cooling = CoolingType::Air;
    m.weight = Kilograms(50);
    m.bf16 = Teraflops(1000);
    m.released = QDate(2024, 1, 1);
    if (halfPoint)
        m.operatingPoints.push_back({ s("half"), 0.5, 0.3 });
    return m;
}

FleetLot lotOf(
    const char *id, const char *model, int count, LoadClass loadClass = LoadClass::Critical, const char *cappedTo = "")
{
    FleetLot l;
    l.id = LotId(s(id));
    l.name = s(id);
    l.model = SystemModelId(s(model));
    l.count = count;
    l.unitCost = Money(100000);
    l.delivered = QDate(2025, 1, 1);
    l.loadClass = loadClass;
    l.cappedTo = s(cappedTo);
    return l;
}

PowerNode nodeOf(const char *id, PowerNodeKind kind, double kw, Redundancy r, double derating)
{
    PowerNode n;
    n.id = PowerNodeId(s(id));
    n.name = s(id).toUpper();
    n.kind = kind;
    n.rating = PowerRating::kilowatts(Kilowatts(kw));
    n.redundancy = r;
    n.derating = derating;
    return n;
}

Rack rackOf(const QString &id, int k, double kw, const QString &feedA, const QString &feedB = {})
{
    Rack r;
    r.id = RackId(id);
    r.name = id;
    r.row = RowId(s("row-1"));
    r.position = { Metres(1 + 0.6 * k), Metres(2) };
    r.powerLimit = Kilowatts(kw);
    r.cooling = CoolingType::Air;
    r.weightLimit = Kilograms(5000);
    r.feedA = PowerNodeId(feedA);
    if (!feedB.isEmpty())
        r.feedB = PowerNodeId(feedB);
    return r;
}

// One hall, a 10 MW utility (N, derating 1) and one CRAH that cools every rack added later.
Project emptySite(bool policy)
{
    Project p;
    p.site.name = s("reserve test site");
    p.site.planStart = QDate(2026, 1, 1);
    p.site.allowInterruptibleOnReserve = policy;
    p.site.halls.push_back({ HallId(s("hall-1")), s("Hall 1"), { Metres(0), Metres(0) }, { Metres(20), Metres(10) } });
    p.site.rows.push_back({ RowId(s("row-1")), HallId(s("hall-1")), s("Row 1") });
    p.site.power.addNode(nodeOf("util", PowerNodeKind::Utility, 10000, Redundancy::n(), 1.0));
    CoolingUnit crah;
    crah.id = CoolingUnitId(s("crah"));
    crah.name = s("CRAH");
    crah.kind = CoolingUnitKind::Crah;
    crah.capacity = Kilowatts(10000);
    p.site.coolingUnits.push_back(crah);
    return p;
}

void addRack(Project &p, Rack rack)
{
    p.site.coolingUnits.front().serves.push_back(rack.id);
    p.site.racks.push_back(std::move(rack));
}

SolveOptions exactOptions(Objective objective)
{
    SolveOptions o;
    o.objectives = { objective };
    o.marginalValues = false;
    o.relativeGap = 0;
    o.timeLimitSeconds = 60;
    return o;
}

SolveOptions exactGpus()
{
    return exactOptions(Objective::Gpus);
}

// Most compute (the hand cases: with the GPU objective, running "train" at "half" would fit
// more systems in normal operation and hide the reserve's effect).
SolveOptions exactCompute()
{
    return exactOptions(Objective::Compute);
}

// Systems of `model` energized by `plan`.
int placed(const CapacityPlan &plan, const char *model)
{
    int n = 0;
    for (const RackPlacement &r : plan.placements)
        for (const PlacedSystems &x : r.systems)
            if (x.model.toString() == s(model))
                n += x.count;
    return n;
}

// The hand case: a 2N UPS of 100 kW a side (derating 1) feeding one rack; "crit" 10 kW
// systems are critical, "train" 10 kW systems interruptible, capped to "half" (5 kW). Solved
// for most compute: 8 PFLOPS per system at full power, 2.4 at half (10 or 5 kW), so full power
// is worth more per kW (0.8 against 0.48 PFLOPS) and no system runs at half.
Project twoNSite(bool policy, int critical, int interruptible)
{
    Project p = emptySite(policy);
    p.customModels = { boxModel("crit", 10, false), boxModel("train", 10, true) };
    p.site.power.addNode(nodeOf("ups", PowerNodeKind::Ups, 100, Redundancy::twoN(), 1.0));
    p.site.power.connect(PowerNodeId(s("util")), PowerNodeId(s("ups")));
    addRack(p, rackOf(s("r1"), 0, 400, s("ups")));
    p.fleet = { lotOf("lot-crit", "crit", critical),
        lotOf("lot-train", "train", interruptible, LoadClass::Interruptible, "half") };
    return p;
}

// An N+1 UPS of 3 modules × 50 kW at derating 0.8 feeding one rack; "crit" critical, "train"
// interruptible and shed on a failure.
Project nPlusOneSite(bool policy)
{
    Project p = emptySite(policy);
    p.customModels = { boxModel("crit", 10, false), boxModel("train", 10, false) };
    p.site.power.addNode(nodeOf("ups", PowerNodeKind::Ups, 50, Redundancy::nPlusOne(3), 0.8));
    p.site.power.connect(PowerNodeId(s("util")), PowerNodeId(s("ups")));
    addRack(p, rackOf(s("r1"), 0, 400, s("ups")));
    p.fleet = { lotOf("lot-crit", "crit", 10), lotOf("lot-train", "train", 10, LoadClass::Interruptible) };
    return p;
}

// ---- brute force ------------------------------------------------------------------------

// A generated small site: two utilities, a UPS on each of random redundancy and derating, one to three
// racks fed from one UPS or both (dual-fed), a critical and an interruptible model (capped
// to "half" or shed), small lots. Everything the brute force reads is in here.
struct SmallSite
{
    Project project;
    int criticalLot = 0, interruptibleLot = 0;
    bool shed = false;
};

Redundancy randomRedundancy(std::mt19937 &rng)
{
    switch (std::uniform_int_distribution<int>(0, 4)(rng)) {
    case 0:
        return Redundancy::n();
    case 1:
        return Redundancy::nPlusOne(2);
    case 2:
        return Redundancy::nPlusOne(3);
    case 3:
        return Redundancy::twoN();
    default:
        return Redundancy::block(3, 2);
    }
}

SmallSite smallSite(unsigned seed, bool policy)
{
    std::mt19937 rng(seed);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    SmallSite out;
    out.shed = pick(0, 2) == 0;
    Project p = emptySite(policy);
    p.customModels = { boxModel("crit", 5 * pick(1, 3), false), boxModel("train", 5 * pick(1, 3), true) };
    // Each UPS on its own 10 MW utility, so dual-fed racks have no single point of failure.
    p.site.power.addNode(nodeOf("util-b", PowerNodeKind::Utility, 10000, Redundancy::n(), 1.0));
    const char *upsIds[] = { "ups-a", "ups-b" };
    for (const char *id : upsIds) {
        p.site.power.addNode(
            nodeOf(id, PowerNodeKind::Ups, 5 * pick(1, 5), randomRedundancy(rng), pick(0, 1) ? 1.0 : 0.8));
        p.site.power.connect(PowerNodeId(s(id == upsIds[0] ? "util" : "util-b")), PowerNodeId(s(id)));
    }
    const int racks = pick(1, 3);
    for (int k = 0; k < racks; ++k) {
        const int feed = pick(0, 2); // 0: A only, 1: B only, 2: dual-fed
        addRack(p,
            rackOf(QStringLiteral("r%1").arg(k), k, 10 * pick(2, 6), s(upsIds[feed == 1 ? 1 : 0]),
                feed == 2 ? s(upsIds[1]) : QString()));
    }
    out.criticalLot = pick(0, 3);
    out.interruptibleLot = pick(1, 4);
    p.fleet = { lotOf("lot-crit", "crit", std::max(1, out.criticalLot)),
        lotOf("lot-train", "train", out.interruptibleLot, LoadClass::Interruptible, out.shed ? "" : "half") };
    out.criticalLot = std::max(1, out.criticalLot);
    out.project = std::move(p);
    return out;
}

// The most GPUs any placement energizes, by enumeration: every rack holds c critical systems,
// f interruptible ones at full power and h at "half". Feasible when every rack's power and
// height hold, the lots hold, and every UPS (each rack's whole load on each UPS it is fed
// from; the utility has 10 MW) carries its load within its capacity — usable modules with the
// policy off; with the policy on, installed × derating, and with one module failed (installed −
// 1) × derating × rating the load with interruptible systems cut to their cap (0 when shed).
int bruteForceGpus(const SmallSite &site)
{
    const Project &p = site.project;
    const bool policy = p.site.allowInterruptibleOnReserve;
    const double critKw = p.customModels[0].power.value(), trainKw = p.customModels[1].power.value();
    const double capKw = site.shed ? 0.0 : trainKw * 0.5;
    const QString ups[] = { s("ups-a"), s("ups-b") };
    // Per rack, every (critical, interruptible full, interruptible half) its power and height hold.
    std::vector<std::vector<std::array<int, 3>>> options(p.site.racks.size());
    for (size_t r = 0; r < options.size(); ++r)
        for (int c = 0; c <= site.criticalLot; ++c)
            for (int f = 0; f <= site.interruptibleLot; ++f)
                for (int h = 0; f + h <= site.interruptibleLot; ++h)
                    if (c * critKw + f * trainKw + h * trainKw * 0.5 <= p.site.racks[r].powerLimit.value() + 1e-9
                        && 2 * (c + f + h) <= p.site.racks[r].height.value())
                        options[r].push_back({ c, f, h });
    auto fits = [&](const double normal[2], const double failure[2]) {
        for (int k = 0; k < 2; ++k) {
            const PowerNode &n = *p.site.power.node(PowerNodeId(ups[k]));
            const double module = n.rating.realPower().value() * n.derating;
            const int installed = n.redundancy.installedModules();
            const bool reserve = policy && installed > 1;
            if (normal[k] > module * (reserve ? installed : n.redundancy.usableModules()) + 1e-9
                || (reserve && failure[k] > module * (installed - 1) + 1e-9))
                return false;
        }
        return true;
    };
    int best = 0;
    std::function<void(size_t, int, int, const double *, const double *)> visit
        = [&](size_t r, int crit, int train, const double *normal, const double *failure) {
              if (crit > site.criticalLot || train > site.interruptibleLot)
                  return;
              if (r == options.size()) {
                  if (fits(normal, failure))
                      best = std::max(best, 8 * (crit + train));
                  return;
              }
              const Rack &rack = p.site.racks[r];
              for (const auto &[c, f, h] : options[r]) {
                  const double kw = c * critKw + f * trainKw + h * trainKw * 0.5;
                  const double fail = c * critKw + f * std::min(capKw, trainKw) + h * std::min(capKw, trainKw * 0.5);
                  double n2[2] = { normal[0], normal[1] }, f2[2] = { failure[0], failure[1] };
                  for (int k = 0; k < 2; ++k)
                      if (rack.feedA.toString() == ups[k] || rack.feedB.toString() == ups[k]) {
                          n2[k] += kw; // a dual-fed rack's whole load on each side
                          f2[k] += fail;
                      }
                  visit(r + 1, crit + c, train + f + h, n2, f2);
              }
          };
    const double zero[2] = { 0, 0 };
    visit(0, 0, 0, zero, zero);
    return best;
}

// ---- GLPK on the per-rack model ---------------------------------------------------------

// The per-rack model's optimum in solve()'s terms.
double perRackOptimum(const Project &project, const SolveOptions &options, QString *lpText = nullptr)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(s("per-rack.lp"));
    PerRackModelSummary summary;
    if (!writePerRackModel(project, Catalog::builtIn(), options, file, ModelFormat::Lp, &summary).isEmpty())
        return std::nan("");
    if (lpText) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            *lpText = QString::fromLatin1(f.readAll());
    }
    return summary.reportedOffset + summary.reportedScale * test::glpkOptimum(file);
}

// The aggregated model as writeModel writes it (LP), as text.
QString aggregatedLp(const Project &project, const SolveOptions &options)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(s("model.lp"));
    if (!writeModel(project, Catalog::builtIn(), options, file, ModelFormat::Lp).isEmpty())
        return {};
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()) : QString();
}

// Violations of `constraint` in `violations`.
int countOf(const std::vector<PlanViolation> &violations, const char *constraint)
{
    return int(std::count_if(violations.begin(), violations.end(),
        [&](const PlanViolation &v) { return v.constraint == QLatin1String(constraint); }));
}

} // namespace

class TestReserve : public QObject
{
    Q_OBJECT

private slots:
    // 2N UPS, 100 kW a side, derating 1; 6 critical + 6 interruptible 10 kW systems (capped to
    // 5 kW). Policy on: normal 60 + 60 = 120 kW ≤ 2 × 100; one side failed: 60 + 6 × 5 = 90 kW
    // ≤ 100 — all 12 systems at full power, 96 GPUs, 96 PFLOPS. Policy off: one side, 100 kW —
    // 10 systems at full power, 80 GPUs, 80 PFLOPS (6 crit + 4 train; 6 + 2 full + 4 at half
    // would be 48 + 16 + 9.6 = 73.6 PFLOPS).
    void twoNHandCaseFits()
    {
        const CapacityPlan on = solve(twoNSite(true, 6, 6), Catalog::builtIn(), exactCompute());
        QCOMPARE(on.status, PlanStatus::Optimal);
        QCOMPARE(placed(on, "crit"), 6);
        QCOMPARE(placed(on, "train"), 6);
        QCOMPARE(on.energizedGpus(), 96);
        QCOMPARE(on.objectiveValue, 96.0);
        const CapacityPlan off = solve(twoNSite(false, 6, 6), Catalog::builtIn(), exactCompute());
        QCOMPARE(off.energizedGpus(), 80);
        QCOMPARE(off.objectiveValue, 80.0);
        QVERIFY2(checkPlan(twoNSite(true, 6, 6), Catalog::builtIn(), on).empty(),
            qPrintable(describe(checkPlan(twoNSite(true, 6, 6), Catalog::builtIn(), on))));
    }

    // The same pair with 8 critical systems offered next to the 6 interruptible ones. On one
    // side, critical C kW + 6 × 5 kW capped must fit in 100 kW: C ≤ 70 kW fits exactly (7
    // systems: 70 + 30 = 100), while 80 kW critical does not (80 + 30 = 110 > 100) even though
    // normal operation would hold it (80 + 60 = 140 ≤ 200). Most systems: 7 critical + 6
    // interruptible = 13 (8 critical leave room for 4 interruptible only: 80 + 4 × 5 = 100,
    // 12 systems, 96 PFLOPS against 104). So the 8th critical system stays dark: 104 GPUs.
    void twoNHandCaseCriticalThatDoesNotFit()
    {
        const CapacityPlan plan = solve(twoNSite(true, 8, 6), Catalog::builtIn(), exactCompute());
        QCOMPARE(plan.status, PlanStatus::Optimal);
        QCOMPARE(placed(plan, "crit"), 7);
        QCOMPARE(placed(plan, "train"), 6);
        QCOMPARE(plan.energizedGpus(), 104);
    }

    // N+1 UPS, 3 modules × 50 kW, derating 0.8; 10 critical and 10 interruptible (shed) 10 kW
    // systems. Policy on: normal ≤ 3 × 50 × 0.8 = 120 kW; one module failed, critical alone ≤
    // 2 × 50 × 0.8 = 80 kW: 8 critical + 4 interruptible = 12 systems (96 GPUs), at most 8
    // critical. Policy off: usable 2 modules = 80 kW: 8 systems (64 GPUs).
    void nPlusOneHandCase()
    {
        const CapacityPlan on = solve(nPlusOneSite(true), Catalog::builtIn(), exactGpus());
        QCOMPARE(on.status, PlanStatus::Optimal);
        QCOMPARE(on.energizedGpus(), 96);
        QVERIFY(placed(on, "crit") <= 8);
        const CapacityPlan off = solve(nPlusOneSite(false), Catalog::builtIn(), exactGpus());
        QCOMPARE(off.energizedGpus(), 64);
    }

    // The plan checker, by its own walk: the hand 2N plan with one more critical system (8
    // critical + 6 interruptible: normal 140 kW ≤ 200 kW, one side failed 80 + 30 = 110 kW >
    // 100 kW) breaks the failure rule and only it; the solver's plan breaks nothing.
    void checkerRejectsFailureRowOnly()
    {
        const Project project = twoNSite(true, 8, 6);
        CapacityPlan plan = solve(project, Catalog::builtIn(), exactCompute());
        QCOMPARE(countOf(checkPlan(project, Catalog::builtIn(), plan), "power-node-failure"), 0);
        for (RackPlacement &r : plan.placements)
            for (PlacedSystems &x : r.systems)
                if (x.model.toString() == s("crit")) {
                    x.count += 1;
                    x.gpus += 8;
                    x.power = Kilowatts(x.power.value() + 10);
                }
        const std::vector<PlanViolation> v = checkPlan(project, Catalog::builtIn(), plan);
        QCOMPARE(countOf(v, "power-node-failure"), 1);
        QCOMPARE(countOf(v, "power-node"), 0);
        const auto it = std::find_if(
            v.begin(), v.end(), [](const PlanViolation &x) { return x.constraint == s("power-node-failure"); });
        QCOMPARE(it->object, s("ups"));
        QVERIFY2(it->message.contains(s("carries 110.0 kW with one of its 2 modules failed")), qPrintable(it->message));
    }

    // Brute force on generated small sites (1–3 racks, two UPSs of N, N+1, 2N or block
    // redundancy, derating 0.8 or 1, dual-fed racks, a critical and an interruptible model
    // capped or shed), each with the policy on and off: solve()'s GPUs equal the enumeration's,
    // and the plan checker passes solve()'s plan.
    void bruteForceSmallSites()
    {
        int sites = 0, reserveHelps = 0;
        for (unsigned seed = 1; seed <= 40; ++seed) {
            int gpus[2] = { 0, 0 };
            for (const bool policy : { false, true }) {
                const SmallSite site = smallSite(seed, policy);
                QCOMPARE(test::describe(validateProject(site.project, Catalog::builtIn())), s("(no problems)"));
                const CapacityPlan plan = solve(site.project, Catalog::builtIn(), exactGpus());
                const int expected = bruteForceGpus(site);
                QVERIFY2(plan.energizedGpus() == expected,
                    qPrintable(QStringLiteral("seed %1 policy %2: solve %3 GPUs, brute force %4")
                                   .arg(seed)
                                   .arg(policy)
                                   .arg(plan.energizedGpus())
                                   .arg(expected)));
                const auto violations = checkPlan(site.project, Catalog::builtIn(), plan);
                QVERIFY2(
                    violations.empty(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(describe(violations))));
                gpus[policy] = expected;
                ++sites;
            }
            if (gpus[1] > gpus[0])
                ++reserveHelps;
            QVERIFY2(gpus[1] >= gpus[0], qPrintable(QStringLiteral("seed %1: the policy lost GPUs").arg(seed)));
        }
        QCOMPARE(sites, 80);
        qInfo("the reserve energized more GPUs on %d of 40 generated sites", reserveHelps);
        QVERIFY2(
            reserveHelps >= 5, qPrintable(QStringLiteral("the reserve helped on %1 sites only").arg(reserveHelps)));
    }

    // GLPK on the per-rack model (its own rows) reaches solve()'s optimum with the policy on,
    // on the hand cases and on generated sites, for GPUs and for compute.
    void perRackModelAgrees()
    {
        std::vector<std::pair<QString, Project>> sites{ { s("2N 6+6"), twoNSite(true, 6, 6) },
            { s("2N 8+6"), twoNSite(true, 8, 6) }, { s("N+1"), nPlusOneSite(true) } };
        for (unsigned seed = 1; seed <= 12; ++seed)
            sites.emplace_back(QStringLiteral("seed %1").arg(seed), smallSite(seed, true).project);
        for (const Objective objective : { Objective::Gpus, Objective::Compute }) {
            SolveOptions options = exactGpus();
            options.objectives = { objective };
            for (const auto &[name, project] : sites) {
                const CapacityPlan plan = solve(project, Catalog::builtIn(), options);
                const double perRack = perRackOptimum(project, options);
                QVERIFY2(std::abs(perRack - plan.objectiveValue) <= 1e-6 * std::max(1.0, plan.objectiveValue),
                    qPrintable(
                        QStringLiteral("%1: per-rack %2, solve %3").arg(name).arg(perRack).arg(plan.objectiveValue)));
            }
        }
        QString lp;
        perRackOptimum(twoNSite(true, 6, 6), exactGpus(), &lp);
        QVERIFY(lp.contains(s("reserve_ups")));
    }

    // The runbook of a policy plan: on one side of the 2N pair failing, the plan's 120 kW meet
    // 100 kW: 20 kW over, and each interruptible system capped from 10 to 5 kW frees 5 kW, so 4
    // "train" systems are capped to "half" and nothing else happens (no critical system capped
    // or shed, none lost).
    void runbookCapsInterruptibleFirst()
    {
        const Project project = twoNSite(true, 6, 6);
        const CapacityPlan plan = solve(project, Catalog::builtIn(), exactCompute());
        const ContingencyResult side
            = analyseFailure(project, Catalog::builtIn(), plan, { FailureKind::PowerModule, s("ups") });
        QCOMPARE(side.excess.value(), 20.0);
        QCOMPARE(int(side.actions.size()), 1);
        QCOMPARE(side.actions[0].model.toString(), s("train"));
        QCOMPARE(side.actions[0].count, 4);
        QCOMPARE(side.actions[0].cappedTo, s("half"));
        QCOMPARE(side.actions[0].powerSaved.value(), 20.0);
        QCOMPARE(side.lostGpus(), 0);
    }

    // On every single failure of every policy plan here (hand cases and 40 generated sites),
    // the runbook caps or sheds no critical system, and a module failure (what the reserve
    // rows cover) loses no critical system at all. Whole-node failures that leave racks with no
    // live feed lose what is below them, critical or not, with or without the policy.
    void runbookNeverTouchesCritical()
    {
        std::vector<Project> projects{ twoNSite(true, 6, 6), twoNSite(true, 8, 6), nPlusOneSite(true) };
        for (unsigned seed = 1; seed <= 40; ++seed)
            projects.push_back(smallSite(seed, true).project);
        int failures = 0, withRunbook = 0;
        for (const Project &project : projects) {
            const CapacityPlan plan = solve(project, Catalog::builtIn(), exactCompute());
            for (const ContingencyResult &r : analyseContingencies(project, Catalog::builtIn(), plan).results) {
                ++failures;
                withRunbook += r.actions.empty() ? 0 : 1;
                for (const ContingencyAction &step : r.actions)
                    QVERIFY2(step.model.toString() == s("train"),
                        qPrintable(QStringLiteral("%1: %2 × %3")
                                       .arg(r.description)
                                       .arg(step.count)
                                       .arg(step.model.toString())));
                if (r.failure.kind != FailureKind::PowerModule)
                    continue;
                for (const GenerationLoss &loss : r.generations)
                    QVERIFY2(loss.generation != s("CRIT") || loss.systems == 0,
                        qPrintable(
                            QStringLiteral("%1 loses %2 critical systems").arg(r.description).arg(loss.systems)));
            }
        }
        qInfo("%d failures analysed, %d with a runbook", failures, withRunbook);
        QVERIFY(withRunbook >= 5);
    }

    // Policy off, the load classes change nothing: the written model of a site whose lots are
    // interruptible is byte for byte that of the same site with every lot critical, and has no
    // reserve row; with the policy on, the reserve row appears.
    void policyOffModelIsUnchanged()
    {
        Project interruptible = twoNSite(false, 6, 6);
        Project critical = interruptible;
        critical.fleet[1].loadClass = LoadClass::Critical;
        critical.fleet[1].cappedTo.clear();
        const QString a = aggregatedLp(interruptible, exactGpus()), b = aggregatedLp(critical, exactGpus());
        QVERIFY(!a.isEmpty());
        QCOMPARE(a, b);
        QVERIFY(!a.contains(s("reserve_")));
        QVERIFY(aggregatedLp(twoNSite(true, 6, 6), exactGpus()).contains(s("reserve_ups")));
        const Project fixture = test::loadFixture(s("good/minimal.warmshell.json"));
        QVERIFY(!aggregatedLp(fixture, exactGpus()).contains(s("reserve_")));
    }
};

QTEST_GUILESS_MAIN(TestReserve)
#include "tst_reserve.moc"
