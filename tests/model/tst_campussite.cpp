// SPDX-License-Identifier: GPL-3.0-or-later
#include "campussite.h"
#include "catalog.h"
#include "plan/planchecker.h"
#include "solver/solver.h"
#include "testsupport.h"
#include "validation.h"

#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>

using namespace warmshell;
using warmshell::test::describe;

namespace {

bench::CampusSiteOptions options(int racks, quint32 seed, bool recirculation)
{
    bench::CampusSiteOptions o;
    o.racks = racks;
    o.seed = seed;
    o.recirculation = recirculation;
    return o;
}

// Every node a rack draws power through (either feed, the feeds included), rack by rack, from
// the chain's own graph walk.
std::vector<std::vector<PowerNodeId>> nodesAbove(const Site &site)
{
    std::map<PowerNodeId, std::vector<PowerNodeId>> upstream;
    auto above = [&](const PowerNodeId &feed) -> const std::vector<PowerNodeId> & {
        auto it = upstream.find(feed);
        if (it == upstream.end()) {
            std::vector<PowerNodeId> nodes = site.power.upstreamOf(feed);
            nodes.push_back(feed);
            it = upstream.emplace(feed, std::move(nodes)).first;
        }
        return it->second;
    };
    std::vector<std::vector<PowerNodeId>> out;
    for (const Rack &rack : site.racks) {
        std::vector<PowerNodeId> nodes = above(rack.feedA);
        if (rack.isDualFed())
            nodes.insert(nodes.end(), above(rack.feedB).begin(), above(rack.feedB).end());
        std::sort(nodes.begin(), nodes.end());
        nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
        out.push_back(std::move(nodes));
    }
    return out;
}

// The node of `kind` that `feed` draws through (the first one found), or a null id.
PowerNodeId nodeOfKindAbove(const Site &site, const PowerNodeId &feed, PowerNodeKind kind)
{
    for (const PowerNodeId &id : site.power.upstreamOf(feed))
        if (site.power.node(id)->kind == kind)
            return id;
    return {};
}

void addSizesAndSeeds()
{
    QTest::addColumn<int>("racks");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("recirculation");
    for (int racks : { 50, 1000 })
        for (quint32 seed : { 1u, 2u, 3u, 11u })
            for (bool recirculation : { false, true })
                QTest::addRow("%d racks, seed %u%s", racks, seed, recirculation ? ", recirculation" : "")
                    << racks << seed << recirculation;
}

// The options of the current data row (from addSizesAndSeeds).
bench::CampusSiteOptions rowOptions()
{
    QFETCH(int, racks);
    QFETCH(quint32, seed);
    QFETCH(bool, recirculation);
    return options(racks, seed, recirculation);
}

} // namespace

class TestCampusSite : public QObject
{
    Q_OBJECT

private slots:
    // The 6.6 GW campus (bench_load 51000 --generator campus) saves as 34.0 MB, which the
    // 32 MiB loader refused: a file saveProject writes must open, equal.
    void largestBenchCampusRoundTrips()
    {
        const Project campus = bench::makeCampusSite(options(51000, 1, false));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("campus.warmshell.json"));
        QCOMPARE(saveProject(campus, file), QString());
        QVERIFY2(QFileInfo(file).size() > 32 * 1024 * 1024, qPrintable(QString::number(QFileInfo(file).size())));
        const LoadResult loaded = loadProject(file);
        QVERIFY2(loaded.ok(), qPrintable(describe(loaded.errors)));
        QVERIFY(*loaded.project == campus);
    }

    void validatesWithNoProblem_data() { addSizesAndSeeds(); }
    void validatesWithNoProblem()
    {
        const Project p = bench::makeCampusSite(rowOptions());
        const auto problems = validateProject(p, Catalog::builtIn());
        QVERIFY2(problems.empty(), qPrintable(describe(problems)));
        QCOMPARE(int(p.site.racks.size()), rowOptions().racks);
        QCOMPARE(p.site.thermal.enabled, rowOptions().recirculation);
        QCOMPARE(p.site.thermal.recirculation.empty(), !rowOptions().recirculation);
    }

    void sameSeedGivesAnEqualProject_data() { addSizesAndSeeds(); }
    void sameSeedGivesAnEqualProject()
    {
        const Project p = bench::makeCampusSite(rowOptions());
        bench::CampusSiteOptions o = rowOptions();
        QVERIFY(p == bench::makeCampusSite(o));
        o.seed += 100;
        QVERIFY(!(p == bench::makeCampusSite(o)));
        // Recirculation changes the thermal model only.
        o = rowOptions();
        o.recirculation = !o.recirculation;
        Project other = bench::makeCampusSite(o);
        other.site.thermal = p.site.thermal;
        other.site.name = p.site.name;
        QVERIFY(p == other);
    }

    // The shapes the generator promises: mixed halls of 20/40 kW air and 80/140 kW liquid racks,
    // 6–9 system kinds from 3.5 kW to 138 kW, more inventory than rack limits.
    void mixedHallsAndFleet_data() { addSizesAndSeeds(); }
    void mixedHallsAndFleet()
    {
        const Project p = bench::makeCampusSite(rowOptions());
        QSet<double> limits[2];
        double rackKw[2] = { 0, 0 }, fleetKw[2] = { 0, 0 };
        for (const Rack &r : p.site.racks) {
            limits[r.cooling == CoolingType::Liquid ? 1 : 0].insert(r.powerLimit.value());
            rackKw[r.cooling == CoolingType::Liquid ? 1 : 0] += r.powerLimit.value();
        }
        QVERIFY(!limits[0].isEmpty() && !limits[1].isEmpty());
        QVERIFY((limits[0] - QSet<double>{ 20, 40 }).isEmpty());
        QVERIFY((limits[1] - QSet<double>{ 80, 140 }).isEmpty());
        QSet<SystemModelId> kinds;
        double smallest = 1e9, largest = 0;
        for (const FleetLot &lot : p.fleet) {
            const SystemModel *m = p.model(lot.model, Catalog::builtIn());
            QVERIFY(m);
            kinds.insert(m->id);
            smallest = std::min(smallest, m->power.value());
            largest = std::max(largest, m->power.value());
            fleetKw[m->cooling == CoolingType::Liquid ? 1 : 0] += m->power.value() * lot.count;
        }
        QVERIFY2(kinds.size() >= 6 && kinds.size() <= 9, qPrintable(QString::number(kinds.size())));
        QCOMPARE(smallest, 3.5);
        QCOMPARE(largest, 138.0);
        QVERIFY(fleetKw[0] > rackKw[0] && fleetKw[1] > rackKw[1]);
    }

    // Building feeds (substations) and the grid interconnect (the utility feed) carry less
    // than the rack limits under them, each is shared by several halls, and the grid by all.
    void sharedFeedsBelowTheirRacks_data() { addSizesAndSeeds(); }
    void sharedFeedsBelowTheirRacks()
    {
        const Project p = bench::makeCampusSite(rowOptions());
        const Site &s = p.site;
        const auto above = nodesAbove(s);
        std::map<PowerNodeId, double> rackKwUnder;
        std::map<PowerNodeId, QSet<HallId>> hallsUnder;
        for (size_t i = 0; i < s.racks.size(); ++i)
            for (const PowerNodeId &id : above[i]) {
                rackKwUnder[id] += s.racks[i].powerLimit.value();
                hallsUnder[id].insert(s.hallOf(s.racks[i])->id);
            }
        int buildings = 0, grids = 0, sharedBuildings = 0;
        for (const PowerNode &n : s.power.nodes()) {
            if (n.kind != PowerNodeKind::Substation && n.kind != PowerNodeKind::Utility)
                continue;
            QVERIFY2(n.usableCapacity().value() < rackKwUnder[n.id],
                qPrintable(QStringLiteral("%1: usable %2 kW, racks under it %3 kW")
                               .arg(n.id.toString())
                               .arg(n.usableCapacity().value())
                               .arg(rackKwUnder[n.id])));
            if (n.kind == PowerNodeKind::Utility) {
                ++grids;
                QCOMPARE(hallsUnder[n.id].size(), qsizetype(s.halls.size()));
            } else {
                ++buildings;
                sharedBuildings += hallsUnder[n.id].size() >= 2 ? 1 : 0;
            }
        }
        QCOMPARE(grids, 1);
        QVERIFY(buildings >= 2);
        QVERIFY(sharedBuildings >= 1);
    }

    // The A and B trees are different nestings of the same racks: some racks share an A UPS
    // but not a B UPS (and the other way round), and some transformer spans two halls.
    void crossWiredTrees_data() { addSizesAndSeeds(); }
    void crossWiredTrees()
    {
        const Project p = bench::makeCampusSite(rowOptions());
        const Site &s = p.site;
        std::map<PowerNodeId, QSet<PowerNodeId>> bUpsesUnderAUps, aUpsesUnderBUps;
        std::map<PowerNodeId, QSet<HallId>> hallsUnderTransformer;
        for (const Rack &r : s.racks) {
            QVERIFY(r.isDualFed() && r.feedA != r.feedB);
            const PowerNodeId upsA = nodeOfKindAbove(s, r.feedA, PowerNodeKind::Ups);
            const PowerNodeId upsB = nodeOfKindAbove(s, r.feedB, PowerNodeKind::Ups);
            QVERIFY(!upsA.isNull() && !upsB.isNull() && upsA != upsB);
            bUpsesUnderAUps[upsA].insert(upsB);
            aUpsesUnderBUps[upsB].insert(upsA);
            for (const PowerNodeId &feed : { r.feedA, r.feedB })
                hallsUnderTransformer[nodeOfKindAbove(s, feed, PowerNodeKind::Transformer)].insert(s.hallOf(r)->id);
        }
        auto someSplit = [](const std::map<PowerNodeId, QSet<PowerNodeId>> &m) {
            return std::any_of(m.begin(), m.end(), [](const auto &entry) { return entry.second.size() >= 2; });
        };
        QVERIFY(someSplit(bUpsesUnderAUps));
        QVERIFY(someSplit(aUpsesUnderBUps));
        QVERIFY(std::any_of(hallsUnderTransformer.begin(), hallsUnderTransformer.end(),
            [](const auto &entry) { return entry.second.size() >= 2; }));
    }

    // The solver's plan on the 50-rack site passes the independent plan checker.
    void planPassesTheChecker_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<bool>("recirculation");
        QTest::addRow("seed 1") << 1u << false;
        QTest::addRow("seed 2, recirculation") << 2u << true;
    }
    void planPassesTheChecker()
    {
        QFETCH(quint32, seed);
        QFETCH(bool, recirculation);
        const Project p = bench::makeCampusSite(options(50, seed, recirculation));
        SolveOptions o;
        o.timeLimitSeconds = 4;
        o.relativeGap = 0.01;
        o.marginalValues = false;
        const CapacityPlan plan = solve(p, Catalog::builtIn(), o);
        QVERIFY2(plan.status == PlanStatus::Optimal || plan.status == PlanStatus::Feasible, qPrintable(plan.method));
        QVERIFY(plan.objectiveValue > 0);
        const auto violations = checkPlan(p, Catalog::builtIn(), plan);
        QStringList messages;
        for (const PlanViolation &v : violations)
            messages << v.object + QStringLiteral(": ") + v.message;
        QVERIFY2(violations.empty(), qPrintable(messages.join(QLatin1Char('\n'))));
    }

    // Recirculation campuses whose LP bound is far above the optimum (seed 23: 2,343.6 against
    // 2,183.4 PFLOPS, HiGHS's proven optimum on the per-rack model) are certified within the
    // default gap of 0.1 % (GLPK's preprocessor and cuts, fix-and-optimise): before, both seeds
    // ended at any time limit with 0.31 % and 7.8 %. The plan passes the independent checker
    // and is never worse than the instant heuristic plan.
    void recirculationCampusCertifiedAtTheDefaultGap_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addRow("seed 22") << 22u;
        QTest::addRow("seed 23") << 23u;
    }
    void recirculationCampusCertifiedAtTheDefaultGap()
    {
        QFETCH(quint32, seed);
        const Project p = bench::makeCampusSite(options(50, seed, true));
        SolveOptions o; // the default gap
        o.marginalValues = false;
#if !defined(__SANITIZE_ADDRESS__)
        o.timeLimitSeconds = 60; // needs 3-6 s on a quiet 2-core machine
        const CapacityPlan plan = solve(p, Catalog::builtIn(), o);
        QVERIFY2(plan.gap <= o.relativeGap + 1e-12,
            qPrintable(QStringLiteral("%1: gap %2 %, %3 s").arg(plan.method).arg(100 * plan.gap).arg(plan.seconds)));
#else
        // The sanitizers make the search 10-20 times slower: whether it certifies the default
        // gap within a time limit is the normal build's claim; here the plan and its bound are
        // still checked.
        o.timeLimitSeconds = 20;
        const CapacityPlan plan = solve(p, Catalog::builtIn(), o);
#endif
        QVERIFY(plan.bound >= plan.objectiveValue);
        QVERIFY(checkPlan(p, Catalog::builtIn(), plan).empty());
        SolveOptions instant;
        instant.method = SolveMethod::Heuristic;
        instant.marginalValues = false;
        QVERIFY(plan.objectiveValue >= solve(p, Catalog::builtIn(), instant).objectiveValue - 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestCampusSite)
#include "tst_campussite.moc"
