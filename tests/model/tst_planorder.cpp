// SPDX-License-Identifier: GPL-3.0-or-later
// model/plan/planorder.h: which of two plans is better (the one comparison every path uses) and
// what a plan's gap means to a planner, on plans whose figures are set by hand.
#include "plan/planorder.h"

#include <QTest>

using namespace warmshell;

namespace {

CapacityPlan planOf(Objective objective, PlanStatus status, double value, double gap, double target)
{
    CapacityPlan plan;
    plan.objective = objective;
    plan.options.objectives = { objective };
    plan.options.relativeGap = target;
    plan.status = status;
    plan.objectiveValue = value;
    plan.gap = gap;
    plan.bound = value * (1 + gap);
    return plan;
}

} // namespace

class TestPlanOrder : public QObject
{
    Q_OBJECT

private slots:
    void betterPlan_data()
    {
        QTest::addColumn<int>("objective");
        QTest::addColumn<int>("candidateStatus");
        QTest::addColumn<double>("candidate");
        QTest::addColumn<int>("keptStatus");
        QTest::addColumn<double>("kept");
        QTest::addColumn<bool>("better");
        const int c = int(Objective::Compute), i = int(Objective::IdleCost), g = int(Objective::Gpus);
        const int f = int(PlanStatus::Feasible), o = int(PlanStatus::Optimal), x = int(PlanStatus::Failed),
                  n = int(PlanStatus::Infeasible);
        QTest::newRow("more PFLOPS") << c << f << 101.0 << o << 100.0 << true;
        QTest::newRow("fewer PFLOPS") << c << o << 99.0 << f << 100.0 << false;
        QTest::newRow("a tie is not better") << g << o << 100.0 << f << 100.0 << false;
        QTest::newRow("within 1e-9 is a tie") << g << o << 100.0 + 1e-10 << f << 100.0 << false;
        QTest::newRow("less idle cost (minimised)") << i << f << 900.0 << f << 1000.0 << true;
        QTest::newRow("more idle cost") << i << f << 1100.0 << f << 1000.0 << false;
        QTest::newRow("a plan beats a failure") << c << f << 1.0 << x << 100.0 << true;
        QTest::newRow("a failure beats nothing") << c << x << 200.0 << f << 100.0 << false;
        QTest::newRow("infeasible beats nothing") << c << n << 200.0 << f << 100.0 << false;
    }

    void betterPlan()
    {
        QFETCH(int, objective);
        QFETCH(int, candidateStatus);
        QFETCH(double, candidate);
        QFETCH(int, keptStatus);
        QFETCH(double, kept);
        QFETCH(bool, better);
        const Objective o = Objective(objective);
        const CapacityPlan a = planOf(o, PlanStatus(candidateStatus), candidate, 0, 0);
        const CapacityPlan b = planOf(o, PlanStatus(keptStatus), kept, 0, 0);
        QCOMPARE(isBetterPlan(a, b), better);
    }

    // Plans of different objectives or precisions are not compared.
    void differentQuestionsAreNotCompared()
    {
        const CapacityPlan gpus = planOf(Objective::Gpus, PlanStatus::Optimal, 500, 0, 0);
        const CapacityPlan compute = planOf(Objective::Compute, PlanStatus::Optimal, 100, 0, 0);
        QVERIFY(!isBetterPlan(gpus, compute));
        CapacityPlan fp8 = compute;
        fp8.options.precision = Precision::Fp8;
        fp8.objectiveValue = 200;
        QVERIFY(!isBetterPlan(fp8, compute));
    }

    void certification_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<double>("gap");
        QTest::addColumn<double>("target");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<QString>("text");
        const int f = int(PlanStatus::Feasible), o = int(PlanStatus::Optimal);
        QTest::newRow("optimal") << o << 0.0 << kDefaultRelativeGap << false << QStringLiteral("proven optimal");
        QTest::newRow("default gap reached")
            << f << 0.0004 << kDefaultRelativeGap << false << QStringLiteral("certified within 0.1 % (default gap)");
        QTest::newRow("gap equal to the target")
            << f << 0.001 << kDefaultRelativeGap << false << QStringLiteral("certified within 0.1 % (default gap)");
        QTest::newRow("requested gap reached")
            << f << 0.003 << 0.005 << false << QStringLiteral("certified within 0.5 % (requested gap)");
        QTest::newRow("default gap missed")
            << f << 0.032 << kDefaultRelativeGap << true
            << QStringLiteral("within 3.20 % of the best possible, not the 0.1 % target (time limit reached)");
        QTest::newRow("exact search cut short")
            << f << 0.475 << 0.0 << true
            << QStringLiteral("within 47.50 % of the best possible, not proven optimal (time limit reached)");
        QTest::newRow("a failure says nothing") << int(PlanStatus::Failed) << 0.0 << 0.0 << false << QString();
    }

    void certification()
    {
        QFETCH(int, status);
        QFETCH(double, gap);
        QFETCH(double, target);
        QFETCH(bool, timedOut);
        QFETCH(QString, text);
        CapacityPlan plan = planOf(Objective::Compute, PlanStatus(status), 100, gap, target);
        plan.timedOut = timedOut;
        QCOMPARE(certificationText(plan), text);
    }

    // The default every front end starts from is the stated 0.1 %.
    void defaultGap()
    {
        QCOMPARE(SolveOptions{}.relativeGap, 0.001);
        QCOMPARE(kDefaultRelativeGap, 0.001);
    }
};

QTEST_GUILESS_MAIN(TestPlanOrder)
#include "tst_planorder.moc"
