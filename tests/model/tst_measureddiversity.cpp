// SPDX-License-Identifier: GPL-3.0-or-later
// The measured-diversity policy (issue 18 §4): power nodes above the rack level count the
// installed systems of measured racks at measured peak × (1 + margin) instead of nameplate — a
// constant credit on the node's capacity. Implemented three times (the formulation's
// measuredcredit.cpp, the per-rack model, the plan checker) and checked here by hand cases, by
// a brute force of its own on generated small sites, and by GLPK on the per-rack model.
#include "catalog.h"
#include "lpoptimum.h"
#include "plan/planchecker.h"
#include "solver/perrackmodel.h"
#include "solver/solver.h"
#include "testsupport.h"
#include "validation.h"

#include <glpk.h>

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <random>

using namespace warmshell;

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

// A 2U air-cooled system of `kw`, 8 GPUs.
SystemModel boxModel(double kw)
{
    SystemModel m;
    m.id = SystemModelId(s("box"));
    m.name = s("BOX");
    m.vendor = s("test");
    m.generation = s("BOX");
    m.gpu = s("BOX");
    m.gpusPerSystem = 8;
    m.power = Kilowatts(kw);
    m.height = RackUnits(2);
    m.cooling = CoolingType::Air;
    m.weight = Kilograms(50);
    m.bf16 = Teraflops(1000);
    m.released = QDate(2024, 1, 1);
    return m;
}

PowerNode nodeOf(const QString &id, PowerNodeKind kind, double kw, double efficiency = 1.0)
{
    PowerNode n;
    n.id = PowerNodeId(id);
    n.name = id.toUpper();
    n.kind = kind;
    n.rating = PowerRating::kilowatts(Kilowatts(kw));
    n.derating = 1;
    n.efficiency = efficiency;
    return n;
}

void connect(Project &p, const QString &from, const QString &to)
{
    p.site.power.connect(PowerNodeId(from), PowerNodeId(to));
}

// A rack of 42 U and `kw`, on `feedA` (and `feedB`), with `pinned` box systems installed.
void addRack(Project &p, const QString &id, double kw, int pinned, const QString &feedA, const QString &feedB = {})
{
    Rack r;
    r.id = RackId(id);
    r.name = id;
    r.row = RowId(s("row-1"));
    r.position = { Metres(1 + 0.6 * double(p.site.racks.size())), Metres(2) };
    r.powerLimit = Kilowatts(kw);
    r.cooling = CoolingType::Air;
    r.weightLimit = Kilograms(5000);
    r.feedA = PowerNodeId(feedA);
    if (!feedB.isEmpty())
        r.feedB = PowerNodeId(feedB);
    if (pinned > 0)
        r.pinned.push_back({ SystemModelId(s("box")), pinned });
    p.site.coolingUnits.front().serves.push_back(r.id);
    p.site.racks.push_back(std::move(r));
}

// One hall and row, a 10 MW utility, one CRAH for every rack, the box model of `kw` and a lot of
// `count` boxes (the pinned ones included).
Project emptySite(double kw, int count, bool policy, double margin)
{
    Project p;
    p.site.name = s("measured diversity test site");
    p.site.planStart = QDate(2026, 1, 1);
    p.site.measuredDiversity = { policy, margin };
    p.site.halls.push_back({ HallId(s("hall-1")), s("Hall 1"), { Metres(0), Metres(0) }, { Metres(20), Metres(10) } });
    p.site.rows.push_back({ RowId(s("row-1")), HallId(s("hall-1")), s("Row 1") });
    p.site.power.addNode(nodeOf(s("util"), PowerNodeKind::Utility, 10000));
    CoolingUnit crah;
    crah.id = CoolingUnitId(s("crah"));
    crah.name = s("CRAH");
    crah.kind = CoolingUnitKind::Crah;
    crah.capacity = Kilowatts(10000);
    p.site.coolingUnits.push_back(crah);
    p.customModels = { boxModel(kw) };
    FleetLot lot;
    lot.id = LotId(s("lot-box"));
    lot.name = s("boxes");
    lot.model = SystemModelId(s("box"));
    lot.count = count;
    lot.unitCost = Money(100000);
    lot.delivered = QDate(2025, 1, 1);
    p.fleet = { lot };
    return p;
}

SolveOptions exactGpus(std::map<RackId, double> peaks = {})
{
    SolveOptions o;
    o.objectives = { Objective::Gpus };
    o.marginalValues = false;
    o.relativeGap = 0;
    o.timeLimitSeconds = 60;
    o.measuredRackPeakKw = std::move(peaks);
    return o;
}

// The hand site: util → ups (100 kW) → pdu (`pduKw`, efficiency `pduEfficiency`) → r0 (4 ×
// 10 kW boxes pinned) and r1 (empty), 400 kW racks; 14 boxes in the fleet.
Project handSite(bool policy, double pduKw = 400, double pduEfficiency = 1.0)
{
    Project p = emptySite(10, 14, policy, 0.10);
    p.site.power.addNode(nodeOf(s("ups"), PowerNodeKind::Ups, 100));
    p.site.power.addNode(nodeOf(s("pdu"), PowerNodeKind::Pdu, pduKw, pduEfficiency));
    connect(p, s("util"), s("ups"));
    connect(p, s("ups"), s("pdu"));
    addRack(p, s("r0"), 400, 4, s("pdu"));
    addRack(p, s("r1"), 400, 0, s("pdu"));
    return p;
}

std::map<RackId, double> peaks(std::initializer_list<std::pair<const char *, double>> list)
{
    std::map<RackId, double> out;
    for (const auto &[id, kw] : list)
        out.emplace(RackId(s(id)), kw);
    return out;
}

int countOf(const std::vector<PlanViolation> &violations, const char *constraint, const char *object)
{
    return int(std::count_if(violations.begin(), violations.end(), [&](const PlanViolation &v) {
        return v.constraint == QLatin1String(constraint) && v.object == QLatin1String(object);
    }));
}

// ---- brute force ------------------------------------------------------------------------

// A generated small site: util (and util-b) → ups-k (UPS or switchboard, 10–40 kW, raised to
// carry its pinned boxes) → pdu-k (PDU or busway, efficiency 1 or 0.9) for one or two branches
// k; one to three racks on pdu-a, pdu-b or both (dual-fed); 2–10 boxes beyond the pinned ones;
// each rack with 0–6 boxes pinned, most with a measured peak from 20 % to 110 % of its pinned
// nameplate (or a small draw when empty); margin 0, 0.1 or 0.25; the policy on for 3 in 4.
struct SmallSite
{
    Project project;
    std::map<RackId, double> measured;
};

SmallSite smallSite(unsigned seed)
{
    std::mt19937 rng(seed);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    const double kw = 5.0 * pick(1, 3);
    const double margins[] = { 0.0, 0.1, 0.25 };
    SmallSite out;
    Project p = emptySite(kw, 0, pick(0, 3) != 0, margins[pick(0, 2)]);
    const int branches = pick(1, 2);
    for (int k = 0; k < branches; ++k) {
        const QString b = k == 0 ? s("a") : s("b");
        p.site.power.addNode(
            nodeOf(s("ups-") + b, pick(0, 1) ? PowerNodeKind::Ups : PowerNodeKind::Switchboard, 5.0 * pick(2, 8)));
        p.site.power.addNode(nodeOf(s("pdu-") + b, pick(0, 1) ? PowerNodeKind::Pdu : PowerNodeKind::Busway,
            5.0 * pick(8, 18), pick(0, 1) ? 1.0 : 0.9));
        if (k == 1) // its own utility, so that dual-fed racks have no single point of failure
            p.site.power.addNode(nodeOf(s("util-b"), PowerNodeKind::Utility, 10000));
        connect(p, k == 0 ? s("util") : s("util-b"), s("ups-") + b);
        connect(p, s("ups-") + b, s("pdu-") + b);
    }
    const int racks = pick(1, 3);
    int pinnedTotal = 0;
    for (int r = 0; r < racks; ++r) {
        const int feed = branches == 1 ? 0 : pick(0, 2); // 0: a, 1: b, 2: both
        const int pinned = pick(0, 6);
        pinnedTotal += pinned;
        const QString id = QStringLiteral("r%1").arg(r);
        addRack(p, id, std::max(10.0 * pick(3, 8), pinned * kw), pinned, feed == 1 ? s("pdu-b") : s("pdu-a"),
            feed == 2 ? s("pdu-b") : QString());
        if (pick(0, 3) != 0)
            out.measured.emplace(
                RackId(id), pinned > 0 ? 0.5 * std::round(2 * pinned * kw * pick(20, 110) / 100.0) : 0.5 * pick(0, 10));
    }
    p.fleet[0].count = std::max(1, pinnedTotal + pick(2, 10));
    // Every node carries the pinned boxes below it at nameplate (so the pinned contents fit
    // whatever the policy): a rating below that is raised to it and some more (a PDU 10–40 kW,
    // a UPS 0–10 kW, so that UPSs bind often and the credit matters).
    for (int k = 0; k < branches; ++k) {
        const QString b = k == 0 ? s("a") : s("b");
        double pinnedKw = 0;
        for (const Rack &r : p.site.racks)
            if ((r.feedA.toString() == s("pdu-") + b || r.feedB.toString() == s("pdu-") + b) && !r.pinned.empty())
                pinnedKw += r.pinned[0].count * kw;
        PowerNode *pdu = p.site.power.node(PowerNodeId(s("pdu-") + b));
        PowerNode *ups = p.site.power.node(PowerNodeId(s("ups-") + b));
        pdu->rating
            = PowerRating::kilowatts(Kilowatts(std::max(pdu->rating.realPower().value(), pinnedKw + 5 * pick(2, 8))));
        ups->rating = PowerRating::kilowatts(Kilowatts(
            std::max(ups->rating.realPower().value(), std::ceil(pinnedKw / pdu->efficiency) + 5 * pick(0, 2))));
    }
    out.project = std::move(p);
    return out;
}

// The most GPUs any placement energizes, by enumeration of the systems each rack holds (at
// least its pinned ones, within its kW and 42 U). Feasible when every node carries its racks'
// load: a PDU or busway its racks' kW at nameplate (no credit), a UPS or switchboard the kW of
// the racks below it ÷ the PDU's efficiency within its rating plus, with the policy on, the
// credit max(0, Σ over measured racks below of (pinned kW − (1 + margin) × peak) ÷ the PDU's
// efficiency). A dual-fed rack's whole load counts on both branches.
int bruteForceGpus(const SmallSite &site)
{
    const Project &p = site.project;
    const double kw = p.customModels[0].power.value();
    const int lot = p.fleet[0].count;
    const double margin = p.site.measuredDiversity.margin;
    struct Branch
    {
        QString ups, pdu;
        double upsKw = 0, pduKw = 0, efficiency = 1, credit = 0;
    };
    std::vector<Branch> branches;
    for (const QString &b : { s("a"), s("b") })
        if (const PowerNode *pdu = p.site.power.node(PowerNodeId(s("pdu-") + b))) {
            const PowerNode *ups = p.site.power.node(PowerNodeId(s("ups-") + b));
            branches.push_back({ ups->id.toString(), pdu->id.toString(), ups->rating.realPower().value(),
                pdu->rating.realPower().value(), pdu->efficiency, 0 });
        }
    auto below
        = [](const Rack &r, const Branch &b) { return r.feedA.toString() == b.pdu || r.feedB.toString() == b.pdu; };
    for (Branch &b : branches) {
        double freed = 0;
        for (const Rack &r : p.site.racks)
            if (below(r, b) && site.measured.count(r.id))
                freed += (r.pinned.empty() ? 0 : r.pinned[0].count * kw) - (1 + margin) * site.measured.at(r.id);
        b.credit = p.site.measuredDiversity.enabled ? std::max(0.0, freed / b.efficiency) : 0.0;
    }
    int best = -1;
    std::vector<int> count(p.site.racks.size(), 0);
    std::function<void(size_t, int)> visit = [&](size_t r, int total) {
        if (total > lot)
            return;
        if (r == p.site.racks.size()) {
            for (const Branch &b : branches) {
                double load = 0;
                for (size_t k = 0; k < p.site.racks.size(); ++k)
                    if (below(p.site.racks[k], b))
                        load += count[k] * kw;
                if (load > b.pduKw + 1e-9 || load / b.efficiency > b.upsKw + b.credit + 1e-9)
                    return;
            }
            best = std::max(best, 8 * total);
            return;
        }
        const Rack &rack = p.site.racks[r];
        const int pinned = rack.pinned.empty() ? 0 : rack.pinned[0].count;
        for (int c = pinned; c * kw <= rack.powerLimit.value() + 1e-9 && 2 * c <= 42; ++c) {
            count[r] = c;
            visit(r + 1, total + c);
        }
    };
    visit(0, 0);
    return best;
}

// ---- GLPK on the per-rack model ---------------------------------------------------------

double perRackOptimum(const Project &project, const SolveOptions &options)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(s("per-rack.lp"));
    PerRackModelSummary summary;
    if (!writePerRackModel(project, Catalog::builtIn(), options, file, ModelFormat::Lp, &summary).isEmpty())
        return std::nan("");
    return summary.reportedOffset + summary.reportedScale * test::glpkOptimum(file);
}

} // namespace

class TestMeasuredDiversity : public QObject
{
    Q_OBJECT

private slots:
    // UPS 100 kW, PDU 400 kW; r0 holds 4 × 10 kW = 40 kW pinned, measured peak 20 kW, margin
    // 10 %. Off: the UPS carries 10 boxes (100 kW), 80 GPUs. On: credit 40 − 20 × 1.1 = 18 kW,
    // the UPS may carry 118 kW: 11 boxes (110 kW; 12 would be 120), 88 GPUs; the plan reports
    // the credit in the UPS's usable capacity, and the PDU gets none.
    void handCaseCreditAtTheUps()
    {
        const auto measured = peaks({ { "r0", 20 } });
        const CapacityPlan off = solve(handSite(false), Catalog::builtIn(), exactGpus(measured));
        QCOMPARE(off.status, PlanStatus::Optimal);
        QCOMPARE(off.energizedGpus(), 80);
        const CapacityPlan on = solve(handSite(true), Catalog::builtIn(), exactGpus(measured));
        QCOMPARE(on.status, PlanStatus::Optimal);
        QCOMPARE(on.energizedGpus(), 88);
        for (const CapacityUse &use : on.powerNodes) {
            if (use.object == s("ups")) {
                QCOMPARE(use.measuredCredit.value(), 18.0);
                QCOMPARE(use.usable.value(), 118.0);
            } else if (use.object == s("pdu")) {
                QCOMPARE(use.measuredCredit.value(), 0.0);
            }
        }
        QVERIFY2(checkPlan(handSite(true), Catalog::builtIn(), on).empty(),
            qPrintable(describe(checkPlan(handSite(true), Catalog::builtIn(), on))));
        // Without measurements the policy changes nothing.
        QCOMPARE(solve(handSite(true), Catalog::builtIn(), exactGpus()).energizedGpus(), 80);
    }

    // The same with the PDU at 100 kW: the PDU's breakers see nameplate, so it binds at 10
    // boxes whatever the UPS's credit.
    void noCreditAtThePdu()
    {
        const CapacityPlan on = solve(handSite(true, 100), Catalog::builtIn(), exactGpus(peaks({ { "r0", 20 } })));
        QCOMPARE(on.energizedGpus(), 80);
    }

    // A peak at or above nameplate ÷ (1 + margin) frees nothing: r0 measured at 40 kW, 40 − 44
    // < 0, credit 0, 10 boxes.
    void peakAboveNameplateGivesNoCredit()
    {
        QCOMPARE(solve(handSite(true), Catalog::builtIn(), exactGpus(peaks({ { "r0", 40 } }))).energizedGpus(), 80);
    }

    // The credit is summed over the racks before it is clamped: r1 with 2 boxes pinned (20 kW)
    // measured at 30 kW takes 20 − 33 = −13 kW from r0's 18: credit 5 kW, the UPS 105 kW, 10
    // boxes (clamping each rack alone would give 18 kW and 11).
    void creditIsSummedBeforeTheClamp()
    {
        Project p = handSite(true);
        p.site.racks[1].pinned.push_back({ SystemModelId(s("box")), 2 });
        const auto measured = peaks({ { "r0", 20 }, { "r1", 30 } });
        const CapacityPlan plan = solve(p, Catalog::builtIn(), exactGpus(measured));
        QCOMPARE(plan.energizedGpus(), 80);
        for (const CapacityUse &use : plan.powerNodes)
            if (use.object == s("ups"))
                QCOMPARE(use.measuredCredit.value(), 5.0);
    }

    // With the PDU 80 % efficient each rack kW weighs 1.25 kW on the UPS, and so does the
    // credit. r0 measured at 16 kW: 40 − 16 × 1.1 = 22.4 kW at the PDU, 28 kW at the UPS. Off:
    // 12.5 kW per box, 8 boxes (100 kW). On: 128 kW, 10 boxes (125 kW; 11 would be 137.5) —
    // a credit left at 22.4 kW (without the losses) would give 122.4 kW and 9 boxes.
    void creditCarriesTheLosses()
    {
        const auto measured = peaks({ { "r0", 16 } });
        QCOMPARE(solve(handSite(false, 400, 0.8), Catalog::builtIn(), exactGpus(measured)).energizedGpus(), 64);
        QCOMPARE(solve(handSite(true, 400, 0.8), Catalog::builtIn(), exactGpus(measured)).energizedGpus(), 80);
    }

    // The plan checker by its own walk: the 11-box plan of the policy passes with it, and breaks
    // the UPS without it (110 kW > 100) or under a 100 kW PDU (110 kW > 100, no credit there).
    void checkerCountsTheCredit()
    {
        const auto measured = peaks({ { "r0", 20 } });
        const CapacityPlan on = solve(handSite(true), Catalog::builtIn(), exactGpus(measured));
        QCOMPARE(on.energizedGpus(), 88);
        QVERIFY(checkPlan(handSite(true), Catalog::builtIn(), on).empty());
        const auto without = checkPlan(handSite(false), Catalog::builtIn(), on);
        QCOMPARE(countOf(without, "power-node", "ups"), 1);
        const auto pdu = checkPlan(handSite(true, 100), Catalog::builtIn(), on);
        QCOMPARE(countOf(pdu, "power-node", "pdu"), 1);
        QCOMPARE(countOf(pdu, "power-node", "ups"), 0);
        CapacityPlan noPeaks = on;
        noPeaks.options.measuredRackPeakKw.clear();
        QCOMPARE(countOf(checkPlan(handSite(true), Catalog::builtIn(), noPeaks), "power-node", "ups"), 1);
    }

    // Brute force on 40 generated small sites: solve()'s GPUs equal the enumeration's, the plan
    // checker passes solve()'s plan, and the per-rack model solved by GLPK reaches the same
    // optimum.
    void bruteForceSmallSites()
    {
        int creditHelps = 0;
        for (unsigned seed = 1; seed <= 40; ++seed) {
            const SmallSite site = smallSite(seed);
            QCOMPARE(test::describe(validateProject(site.project, Catalog::builtIn())), s("(no problems)"));
            const SolveOptions options = exactGpus(site.measured);
            const CapacityPlan plan = solve(site.project, Catalog::builtIn(), options);
            const int expected = bruteForceGpus(site);
            QVERIFY2(expected >= 0, qPrintable(QStringLiteral("seed %1: the pinned boxes do not fit").arg(seed)));
            QVERIFY2(plan.energizedGpus() == expected,
                qPrintable(QStringLiteral("seed %1: solve %2 GPUs, brute force %3")
                               .arg(seed)
                               .arg(plan.energizedGpus())
                               .arg(expected)));
            const auto violations = checkPlan(site.project, Catalog::builtIn(), plan);
            QVERIFY2(violations.empty(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(describe(violations))));
            const double perRack = perRackOptimum(site.project, options);
            QVERIFY2(std::abs(perRack - plan.objectiveValue) <= 1e-6 * std::max(1.0, plan.objectiveValue),
                qPrintable(
                    QStringLiteral("seed %1: per-rack %2, solve %3").arg(seed).arg(perRack).arg(plan.objectiveValue)));
            Project off = site.project;
            off.site.measuredDiversity.enabled = false;
            if (expected > solve(off, Catalog::builtIn(), options).energizedGpus())
                ++creditHelps;
        }
        qInfo("the measured credit energized more GPUs on %d of 40 generated sites", creditHelps);
        QVERIFY2(creditHelps >= 5, qPrintable(QStringLiteral("the credit helped on %1 sites only").arg(creditHelps)));
    }
};

QTEST_GUILESS_MAIN(TestMeasuredDiversity)
#include "tst_measureddiversity.moc"
