// SPDX-License-Identifier: GPL-3.0-or-later
// The solver on recirculation sites (issue 14): racks in the thermal model counted rather than
// patterned (rackslots.h kThermalRackPatterns), the windows of the compact model
// (compactwindows.h) and branch-and-cut on the compact model (compactbranchandcut.h), on the
// bench's second generator (bench/campussite.h), whose hot aisles couple each rack to its
// neighbours.
#include "campussite.h"
#include "catalog.h"
#include "lpoptimum.h"
#include "plan/planchecker.h"
#include "solver/compactwindows.h"
#include "solver/formulation.h"
#include "solver/greedyfill.h"
#include "solver/perrackmodel.h"
#include "solver/primaryobjective.h"
#include "solver/rackslots.h"
#include "solver/solver.h"
#include "solver/solverun.h"
#include "testsupport.h"
#include "validation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace warmshell;
using namespace warmshell::solver;
using warmshell::test::describe;

namespace {

Project campus(int racks, quint32 seed)
{
    bench::CampusSiteOptions o;
    o.racks = racks;
    o.seed = seed;
    o.recirculation = true;
    return bench::makeCampusSite(o);
}

bool sameContents(const RackContent &a, const RackContent &b)
{
    auto sorted = [](std::vector<std::pair<int, int>> v) {
        std::sort(v.begin(), v.end());
        return v;
    };
    return sorted(a.systems) == sorted(b.systems) && a.pinned == b.pinned;
}

} // namespace

class TestCompactSearch : public QObject
{
    Q_OBJECT

private slots:
    void thermalRacksAreCounted();
    void optimumMatchesPerRackModel_data();
    void optimumMatchesPerRackModel();
    void plansMoveBetweenFormulationsRackByRack();
    void windowsImproveTheGreedyPlan();
    void solvedPlanPassesTheChecker();
};

// On a recirculation campus every rack whose inlet can bind is a group of its own. On 1,000
// racks those with more than kThermalRackPatterns patterns hold far more than
// kThermalPatternColumns of them, so they are counted; on 50 racks (seed 23) they keep their
// patterns; with no pattern budget at all every group is counted.
void TestCompactSearch::thermalRacksAreCounted()
{
    const Project large = campus(1000, 12);
    const Formulation f = buildFormulation(large, Catalog::builtIn(), SolveOptions{});
    int countedGroups = 0;
    for (const RackGroup &g : f.groups)
        if (!g.thermal.empty()) {
            QCOMPARE(g.racks.size(), size_t(1));
            QVERIFY2(g.counted() || g.patterns.size() <= kThermalRackPatterns, qPrintable(g.label));
            countedGroups += g.counted() ? 1 : 0;
        }
    QVERIFY(countedGroups > 100);
    SolveOptions counted;
    counted.patternBudget = 0;
    const Formulation compact = buildFormulation(large, Catalog::builtIn(), counted);
    QVERIFY(!hasPatternColumns(compact));
    QCOMPARE(compact.groups.size(), f.groups.size());

    const Formulation small = buildFormulation(campus(50, 23), Catalog::builtIn(), SolveOptions{});
    size_t thermalPatterns = 0;
    for (const RackGroup &g : small.groups)
        if (!g.thermal.empty()) {
            QVERIFY(!g.counted());
            thermalPatterns += g.patterns.size();
        }
    QVERIFY(thermalPatterns > 0 && thermalPatterns <= kThermalPatternColumns);
}

void TestCompactSearch::optimumMatchesPerRackModel_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : { 32u, 33u, 34u, 35u })
        QTest::addRow("seed %u", seed) << seed;
}

// Small recirculation campuses (8 racks) solved to proven optimality equal GLPK's optimum of
// the per-rack model, which is built by its own code.
void TestCompactSearch::optimumMatchesPerRackModel()
{
    QFETCH(quint32, seed);
    const Project project = campus(8, seed);
    QCOMPARE(describe(validateProject(project, Catalog::builtIn())), QStringLiteral("(no problems)"));
    SolveOptions options;
    options.relativeGap = 0;
    options.timeLimitSeconds = 120;
    options.marginalValues = false;
    const CapacityPlan plan = solve(project, Catalog::builtIn(), options);
    QVERIFY2(plan.status == PlanStatus::Optimal, qPrintable(plan.method + QStringLiteral(" gap %1").arg(plan.gap)));
    QVERIFY(checkPlan(project, Catalog::builtIn(), plan).empty());

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("per-rack.lp"));
    PerRackModelSummary summary;
    QCOMPARE(writePerRackModel(project, Catalog::builtIn(), options, file, ModelFormat::Lp, &summary), QString());
    const double optimum = summary.reportedOffset + summary.reportedScale * test::glpkOptimum(file);
    QVERIFY2(std::abs(optimum - plan.objectiveValue) <= 1e-6 * std::max(1.0, std::abs(optimum)),
        qPrintable(
            QStringLiteral("per-rack %1, solver %2").arg(optimum, 0, 'g', 12).arg(plan.objectiveValue, 0, 'g', 12)));
}

// A plan moved to the compact formulation and back holds the same systems in every rack.
void TestCompactSearch::plansMoveBetweenFormulationsRackByRack()
{
    const Project project = campus(200, 21);
    SolveOptions options;
    const Formulation f = buildFormulation(project, Catalog::builtIn(), options);
    options.patternBudget = 0;
    const Formulation compact = buildFormulation(project, Catalog::builtIn(), options);
    const Assignment plan = greedyFill(f, Objective::Compute, Precision::Bf16);
    const Assignment there = movePlan(f, plan, compact);
    const Assignment back = movePlan(compact, there, f);
    int systems = 0;
    for (size_t g = 0; g < f.groups.size(); ++g)
        for (size_t r = 0; r < f.groups[g].racks.size(); ++r) {
            QVERIFY(sameContents(plan[g][r], back[g][r]));
            for (const auto &[v, n] : plan[g][r].systems)
                systems += n;
        }
    QVERIFY(systems > 0);
    const PrimaryObjective primary(f, Objective::Compute, Precision::Bf16);
    const PrimaryObjective compactPrimary(compact, Objective::Compute, Precision::Bf16);
    QCOMPARE(compactPrimary.valueOf(there), primary.valueOf(plan));
}

// The windows take the greedy plan of the 50-rack campus whose greedy plan is furthest from
// its bound (seed 12: 2,285 PFLOPS against an LP bound of 3,037) to a better plan, never a
// worse one, and that plan keeps every limit (greedyFill on f re-checks each placement; here
// the per-rack recount of the plan's value agrees).
void TestCompactSearch::windowsImproveTheGreedyPlan()
{
    const Project project = campus(50, 12);
    SolveOptions options;
    options.timeLimitSeconds = 60;
    const Formulation f = buildFormulation(project, Catalog::builtIn(), options);
    SolveOptions counted = options;
    counted.patternBudget = 0;
    const Formulation compact = buildFormulation(project, Catalog::builtIn(), counted);
    const PrimaryObjective primary(f, Objective::Compute, Precision::Bf16);
    BestPlan found(primary);
    Headroom room(f);
    found.consider(greedyFill(f, Objective::Compute, Precision::Bf16, nullptr, &room), std::move(room));
    const double greedy = found.value();
    SolveRun run(options);
    const int improved = improveByCompactWindows(run, f, compact, primary, found, 30);
    QVERIFY(improved > 0);
    QVERIFY2(found.value() > greedy, qPrintable(QStringLiteral("%1 against %2").arg(found.value()).arg(greedy)));
    QCOMPARE(primary.valueOf(found.plan()), found.value());
}

// solve() on that campus (it takes branch-and-cut on the compact model) gives a plan the
// independent plan checker accepts, at least as good as the greedy plan, and a bound no lower.
void TestCompactSearch::solvedPlanPassesTheChecker()
{
    const Project project = campus(50, 12);
    SolveOptions options;
    options.timeLimitSeconds = 10;
    options.marginalValues = false;
    const CapacityPlan plan = solve(project, Catalog::builtIn(), options);
    QVERIFY2(plan.status == PlanStatus::Feasible || plan.status == PlanStatus::Optimal, qPrintable(plan.method));
    QVERIFY2(checkPlan(project, Catalog::builtIn(), plan).empty(), qPrintable(plan.method));
    const Formulation f = buildFormulation(project, Catalog::builtIn(), options);
    const double greedy
        = objectiveOf(f, greedyFill(f, Objective::Compute, Precision::Bf16), Objective::Compute, Precision::Bf16);
    QVERIFY(plan.objectiveValue >= greedy - 1e-9);
    QVERIFY(plan.bound >= plan.objectiveValue - 1e-9);
}

QTEST_GUILESS_MAIN(TestCompactSearch)
#include "tst_compactsearch.moc"
