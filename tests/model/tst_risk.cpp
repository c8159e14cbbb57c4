// SPDX-License-Identifier: GPL-3.0-or-later
// The Monte Carlo run over the timeline (analysis/risk.h): hand cases, an exact enumeration of
// a small discrete case, a certain delay against the deterministic timeline, and the same
// answer on one thread and on several.
#include "analysis/risk.h"
#include "catalog.h"
#include "testsupport.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace warmshell;

namespace {

// tests/data/timeline/two-period: rack-1 on util-1, rack-2 on util-2 (commissioned
// 2026-04-01), one lot of 2 × sys-a (10 kW, 8 GPUs, 72,000: 1,000 a month each).
Project twoPeriod()
{
    return test::loadFixture(QStringLiteral("timeline/two-period.warmshell.json"));
}

DelayDistribution outcomes(std::vector<DelayOutcome> list)
{
    DelayDistribution d;
    d.outcomes = std::move(list);
    return d;
}

DelayDistribution certain(double months)
{
    return DelayDistribution{ months, months, months, {} };
}

RiskOptions options(int samples, int threads, std::uint64_t seed = 7)
{
    RiskOptions o;
    o.samples = samples;
    o.threads = threads;
    o.seed = seed;
    o.timeline.solve.timeLimitSeconds = 20;
    return o;
}

// Both racks powered from the start (util-2 has no date); the lot of 2 systems is on order,
// delivered 2026-02-15 or a year later, each with probability 1/2; 8 quarters from 2026-01-01.
Project twoOutcomeDelivery()
{
    Project p = twoPeriod();
    p.site.horizonPeriods = 8;
    p.site.power.node(PowerNodeId(QStringLiteral("util-2")))->commissioned = QDate();
    p.fleet[0].delivered = QDate(2026, 2, 15);
    p.fleet[0].deliveryDelay = outcomes({ { 0, 0.5 }, { 12, 0.5 } });
    return p;
}

// Racks of 20 kW; util-1 carries one system (10 kW), util-2 two (20 kW) from 2026-04-01, or
// 3 months later (probability 1/4); lot-a (2 systems, delivered 2025) and lot-b (1 system,
// 2026-05-01, or 6 months later with probability 0.8); 6 quarters.
Project smallDiscrete()
{
    Project p = twoPeriod();
    p.site.horizonPeriods = 6;
    for (Rack &r : p.site.racks)
        r.powerLimit = Kilowatts(20);
    p.site.power.node(PowerNodeId(QStringLiteral("util-1")))->rating = PowerRating::kilowatts(Kilowatts(10));
    PowerNode *util2 = p.site.power.node(PowerNodeId(QStringLiteral("util-2")));
    util2->rating = PowerRating::kilowatts(Kilowatts(20));
    util2->commissioningDelay = outcomes({ { 0, 0.75 }, { 3, 0.25 } });
    FleetLot b = p.fleet[0];
    b.id = LotId(QStringLiteral("lot-b"));
    b.name = QStringLiteral("lot-b");
    b.count = 1;
    b.delivered = QDate(2026, 5, 1);
    b.deliveryDelay = outcomes({ { 0, 0.2 }, { 6, 0.8 } });
    p.fleet.push_back(b);
    return p;
}

// The value at sorted position ceil(q × n) − 1 of `values`, written out for the tests.
double nearestRank(std::vector<double> values, double q)
{
    std::sort(values.begin(), values.end());
    const auto rank = size_t(std::ceil(q * double(values.size()) - 1e-9));
    return values[std::max<size_t>(rank, 1) - 1];
}

// One outcome of an exact enumeration: its probability and its deterministic timeline.
struct Outcome
{
    double probability;
    Timeline timeline;
};

// The smallest value whose cumulative probability reaches q; also the distance from q of
// the nearest cumulative probability, so a test can say the Monte Carlo cannot land on the
// other side by chance.
std::pair<double, double> exactQuantile(const std::vector<std::pair<double, double>> &valueProbability, double q)
{
    std::map<double, double> mass;
    for (const auto &[v, p] : valueProbability)
        mass[v] += p;
    double cumulative = 0, margin = 1;
    std::optional<double> answer;
    for (const auto &[v, p] : mass) {
        cumulative += p;
        margin = std::min(margin, std::abs(cumulative - q));
        if (!answer && cumulative >= q - 1e-12)
            answer = v;
    }
    return { *answer, margin };
}

void compareTimeline(const RiskResult &r, const Timeline &t)
{
    QCOMPARE(r.periods.size(), t.periods.size());
    for (size_t k = 0; k < t.periods.size(); ++k) {
        const RiskPeriod &p = r.periods[k];
        for (double v : { p.energizedGpus.p10, p.energizedGpus.p50, p.energizedGpus.p90 })
            QCOMPARE(v, double(t.periods[k].energizedGpus));
        for (double v : { p.idleGpus.p10, p.idleGpus.p50, p.idleGpus.p90 })
            QCOMPARE(v, double(t.periods[k].idleGpus));
        for (double v : { p.idleDepreciation.p10, p.idleDepreciation.p50, p.idleDepreciation.p90 })
            QCOMPARE(v, t.periods[k].idleDepreciation.value());
        QCOMPARE(p.cumulativeIdleDepreciation.p50, t.periods[k].cumulativeIdleDepreciation.value());
        for (size_t l = 0; l < t.lots.size(); ++l) {
            const QDate full = t.lots[l].fullyEnergized;
            QCOMPARE(r.lots[l].fullyEnergizedBy[k], full.isValid() && full <= t.periods[k].start ? 1.0 : 0.0);
        }
    }
}

} // namespace

class TestRisk : public QObject
{
    Q_OBJECT

private slots:
    // Inverse distribution functions by hand. Triangular (0, 3, 12): F(3) = 3/12 = 0.25, so
    // u = 0.25 gives the mode; u = 0.0625 gives 0 + sqrt(0.0625 × 12 × 3) = 1.5; u = 0.75 gives
    // 12 − sqrt(0.25 × 12 × 9) = 12 − sqrt(27). Discrete (0: 0.3, 6: 0.7): u < 0.3 gives 0.
    void inverseDistribution()
    {
        const DelayDistribution tri{ 0, 3, 12, {} };
        QCOMPARE(tri.monthsAt(0.0), 0.0);
        QCOMPARE(tri.monthsAt(0.25), 3.0);
        QVERIFY(std::abs(tri.monthsAt(0.0625) - 1.5) < 1e-12);
        QVERIFY(std::abs(tri.monthsAt(0.75) - (12 - std::sqrt(27.0))) < 1e-12);
        QCOMPARE(certain(4).monthsAt(0.9), 4.0);
        const DelayDistribution two = outcomes({ { 0, 0.3 }, { 6, 0.7 } });
        QCOMPARE(two.monthsAt(0.29), 0.0);
        QCOMPARE(two.monthsAt(0.3), 6.0);
        QCOMPARE(two.monthsAt(0.999), 6.0);
        // Whole months on the calendar, the rest in days: 2027-01-31 + 1 = 2027-02-28;
        // 2026-04-01 + 2.5 = 2026-06-01 + round(15.22) = 2026-06-16.
        QCOMPARE(delayedDate(QDate(2027, 1, 31), 1), QDate(2027, 2, 28));
        QCOMPARE(delayedDate(QDate(2026, 4, 1), 2.5), QDate(2026, 6, 16));
        QCOMPARE(delayedDate(QDate(2026, 4, 1), 0), QDate(2026, 4, 1));
    }

    // Many draws of a triangular (0, 3, 12) delay: the share at or below the mode is F(3) =
    // 0.25 and the mean (0 + 3 + 12) / 3 = 5, within four standard errors.
    void drawsFollowTheDistribution()
    {
        std::vector<UncertainDate> dates(1);
        dates[0].delay = DelayDistribution{ 0, 3, 12, {} };
        const int n = 20000;
        double below = 0, sum = 0;
        for (int i = 0; i < n; ++i) {
            const double m = drawDelays(dates, 99, i)[0];
            QVERIFY(m >= 0 && m <= 12);
            below += m <= 3 ? 1 : 0;
            sum += m;
        }
        QVERIFY(std::abs(below / n - 0.25) < 4 * std::sqrt(0.25 * 0.75 / n));
        // Variance of the triangular: (a² + b² + c² − ab − ac − bc) / 18 = (144 + 9 − 36) / 18 = 6.5.
        QVERIFY(std::abs(sum / n - 5.0) < 4 * std::sqrt(6.5 / n));
        // The stream of a sample depends on (seed, sample) alone.
        QCOMPARE(drawDelays(dates, 99, 123), drawDelays(dates, 99, 123));
        QVERIFY(drawDelays(dates, 99, 123) != drawDelays(dates, 100, 123));
    }

    // The lot is delivered on time (2026-02-15: available from the 2026-04-01 period) or a
    // year late (2027-02-15: from 2027-04-01), half and half. By hand: fully energized by
    // period 0 never; by periods 1–4 exactly in the samples that drew 0 months; from period
    // 5 in every sample. Energized GPUs: 16 in the on-time samples from period 1, in all from
    // period 5, else 0; no GPU is ever idle (both racks have power).
    void twoOutcomeDeliveryByHand()
    {
        const int n = 400;
        const RiskResult r = computeRisk(twoOutcomeDelivery(), Catalog::builtIn(), options(n, 1));
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        QCOMPARE(int(r.uncertainDates.size()), 1);
        QCOMPARE(r.uncertainDates[0].path, QStringLiteral("$.fleet[0].deliveryDelayMonths"));
        int onTime = 0;
        for (const RiskSample &s : r.samples) {
            QVERIFY(s.delayMonths[0] == 0 || s.delayMonths[0] == 12);
            onTime += s.delayMonths[0] == 0 ? 1 : 0;
        }
        const double share = double(onTime) / n;
        QVERIFY(std::abs(share - 0.5) < 4 * std::sqrt(0.25 / n));
        const std::vector<double> expected{ 0, share, share, share, share, 1, 1, 1 };
        QCOMPARE(r.lots[0].fullyEnergizedBy, expected);
        for (size_t k = 0; k < 8; ++k) {
            std::vector<double> on;
            for (const RiskSample &s : r.samples)
                on.push_back(k >= 5 || (k >= 1 && s.delayMonths[0] == 0) ? 16 : 0);
            QCOMPARE(r.periods[k].energizedGpus.p10, nearestRank(on, 0.1));
            QCOMPARE(r.periods[k].energizedGpus.p50, nearestRank(on, 0.5));
            QCOMPARE(r.periods[k].energizedGpus.p90, nearestRank(on, 0.9));
            QCOMPARE(r.periods[k].idleGpus.p90, 0.0);
        }
        // Each sample is one of the two deterministic timelines.
        Project late = twoOutcomeDelivery();
        late.fleet[0].delivered = QDate(2027, 2, 15);
        const Timeline lateTimeline = computeTimeline(late, Catalog::builtIn(), options(1, 1).timeline);
        for (const RiskSample &s : r.samples)
            if (s.delayMonths[0] == 12)
                for (size_t k = 0; k < 8; ++k)
                    QCOMPARE(s.idleDepreciation[k], lateTimeline.periods[k].idleDepreciation.value());
        // Every period problem of a sample is that of one of the two timelines: at most 2 × 8
        // solves on one thread (on several, two workers may miss the same problem at once and
        // both solve it); the rest came from the cache.
        QVERIFY2(r.solves <= 16, qPrintable(QString::number(r.solves)));
        QCOMPARE(r.periodProblems, n * 8);
        QCOMPARE(r.solves + r.cacheHits, n * 8);
    }

    // A distribution with min = mode = max is a certain delay: every percentile equals the
    // deterministic timeline of the project with the dates moved by hand (delivery 2026-02-15
    // + 3 months = 2026-05-15, util-2's commissioning 2026-04-01 + 2 months = 2026-06-01), and
    // a delay of 0 the timeline of the project as written.
    void certainDelayIsTheDeterministicTimeline()
    {
        Project p = twoPeriod();
        p.site.horizonPeriods = 5;
        p.fleet[0].delivered = QDate(2026, 2, 15);
        p.fleet[0].deliveryDelay = certain(3);
        p.site.power.node(PowerNodeId(QStringLiteral("util-2")))->commissioningDelay = certain(2);
        Project moved = p;
        moved.fleet[0].delivered = QDate(2026, 5, 15);
        moved.site.power.node(PowerNodeId(QStringLiteral("util-2")))->commissioned = QDate(2026, 6, 1);
        const RiskResult r = computeRisk(p, Catalog::builtIn(), options(20, 2));
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        const Timeline t = computeTimeline(moved, Catalog::builtIn(), options(1, 1).timeline);
        compareTimeline(r, t);
        QCOMPARE(r.periods[2].energizedGpus.p50, 16.0); // 2026-07-01: both delivered and powered

        p.fleet[0].deliveryDelay = certain(0);
        p.site.power.node(PowerNodeId(QStringLiteral("util-2")))->commissioningDelay = certain(0);
        compareTimeline(computeRisk(p, Catalog::builtIn(), options(5, 1)),
            computeTimeline(p, Catalog::builtIn(), options(1, 1).timeline));
    }

    // Brute force: the four outcomes of smallDiscrete() (util-2 on time or 3 months late, lot-b
    // on time or 6 months late), each a deterministic timeline of a project whose dates are
    // set by hand, with its probability. The run's P10/P50/P90 equal the exact quantiles of that
    // distribution (every cumulative probability is at least 0.04 from 0.1, 0.5 and 0.9, 4
    // standard errors of 2,000 samples), and each lot's share fully energized is within 4
    // standard errors of its exact probability.
    void percentilesMatchExactEnumeration()
    {
        const Project base = smallDiscrete();
        std::vector<Outcome> all;
        for (const auto &[utilMonths, utilP] : { std::pair{ 0, 0.75 }, std::pair{ 3, 0.25 } })
            for (const auto &[lotMonths, lotP] : { std::pair{ 0, 0.2 }, std::pair{ 6, 0.8 } }) {
                Project p = base;
                p.site.power.node(PowerNodeId(QStringLiteral("util-2")))->commissioned
                    = QDate(2026, 4, 1).addMonths(utilMonths);
                p.fleet[1].delivered = QDate(2026, 5, 1).addMonths(lotMonths);
                all.push_back({ utilP * lotP, computeTimeline(p, Catalog::builtIn(), options(1, 1).timeline) });
                QVERIFY(all.back().timeline.problems.isEmpty());
            }
        const int n = 2000;
        const RiskResult r = computeRisk(base, Catalog::builtIn(), options(n, 2, 2026));
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        for (size_t k = 0; k < 6; ++k) {
            const auto check = [&](const Percentiles &got, auto value) {
                std::vector<std::pair<double, double>> dist;
                for (const Outcome &o : all)
                    dist.emplace_back(value(o.timeline.periods[k]), o.probability);
                const double qs[] = { 0.1, 0.5, 0.9 };
                const double gotValues[] = { got.p10, got.p50, got.p90 };
                for (int i = 0; i < 3; ++i) {
                    const auto [exact, margin] = exactQuantile(dist, qs[i]);
                    QVERIFY(margin >= 0.04);
                    QCOMPARE(gotValues[i], exact);
                }
            };
            check(r.periods[k].energizedGpus, [](const TimelinePeriod &p) { return double(p.energizedGpus); });
            check(r.periods[k].idleGpus, [](const TimelinePeriod &p) { return double(p.idleGpus); });
            check(r.periods[k].idleDepreciation, [](const TimelinePeriod &p) { return p.idleDepreciation.value(); });
            for (size_t l = 0; l < 2; ++l) {
                double exact = 0;
                for (const Outcome &o : all) {
                    const QDate full = o.timeline.lots[l].fullyEnergized;
                    exact += full.isValid() && full <= o.timeline.periods[k].start ? o.probability : 0;
                }
                QVERIFY2(std::abs(r.lots[l].fullyEnergizedBy[k] - exact) <= 4 * std::sqrt(0.25 / n) + 1e-12,
                    qPrintable(QStringLiteral("lot %1 period %2: %3 vs %4")
                                   .arg(l)
                                   .arg(k)
                                   .arg(r.lots[l].fullyEnergizedBy[k])
                                   .arg(exact)));
            }
        }
        // By hand, period 1 (2026-04-01): 16 GPUs with util-2 on time (0.75), else 8.
        QCOMPARE(r.periods[1].energizedGpus.p10, 8.0);
        QCOMPARE(r.periods[1].energizedGpus.p50, 16.0);
        // Period 2 (2026-07-01): 24 with lot-b on time (0.2), else 16.
        QCOMPARE(r.periods[2].energizedGpus.p50, 16.0);
        QCOMPARE(r.periods[2].energizedGpus.p90, 24.0);
    }

    // The same seed gives the same samples and percentiles on 1 and on 3 threads (triangular
    // delays on three dates, so nearly every sample draws different dates).
    void sameAnswerOnAnyThreadCount()
    {
        Project p = smallDiscrete();
        p.site.power.node(PowerNodeId(QStringLiteral("util-2")))->commissioningDelay = DelayDistribution{ 0, 2, 8, {} };
        p.fleet[1].deliveryDelay = DelayDistribution{ 1, 1, 9, {} };
        p.fleet[0].delivered = QDate(2026, 1, 20);
        p.fleet[0].deliveryDelay = DelayDistribution{ 0, 4, 5, {} };
        const RiskResult one = computeRisk(p, Catalog::builtIn(), options(120, 1, 5));
        const RiskResult three = computeRisk(p, Catalog::builtIn(), options(120, 3, 5));
        QVERIFY2(one.problems.isEmpty(), qPrintable(one.problems.join(QLatin1Char('\n'))));
        QCOMPARE(one.threads, 1);
        QCOMPARE(three.threads, 3);
        QCOMPARE(one.samples.size(), three.samples.size());
        for (size_t i = 0; i < one.samples.size(); ++i) {
            QCOMPARE(one.samples[i].delayMonths, three.samples[i].delayMonths);
            QCOMPARE(one.samples[i].energizedGpus, three.samples[i].energizedGpus);
            QCOMPARE(one.samples[i].idleDepreciation, three.samples[i].idleDepreciation);
            QCOMPARE(one.samples[i].fullyEnergized, three.samples[i].fullyEnergized);
        }
        for (size_t k = 0; k < one.periods.size(); ++k) {
            QCOMPARE(one.periods[k].energizedGpus.p10, three.periods[k].energizedGpus.p10);
            QCOMPARE(one.periods[k].idleDepreciation.p90, three.periods[k].idleDepreciation.p90);
            QCOMPARE(one.periods[k].cumulativeIdleDepreciation.p50, three.periods[k].cumulativeIdleDepreciation.p50);
        }
        for (size_t l = 0; l < one.lots.size(); ++l)
            QCOMPARE(one.lots[l].fullyEnergizedBy, three.lots[l].fullyEnergizedBy);
        // Another seed draws other dates.
        QVERIFY(
            computeRisk(p, Catalog::builtIn(), options(5, 1, 6)).samples[0].delayMonths != one.samples[0].delayMonths);
    }

    // Progress rises from 1 to n, one call per sample; a cancel before the start gives no
    // figures and says so.
    void progressAndCancel()
    {
        RiskOptions o = options(30, 2);
        std::vector<int> seen;
        o.progress = [&](int done, int total) {
            QCOMPARE(total, 30);
            seen.push_back(done);
        };
        const RiskResult r = computeRisk(twoOutcomeDelivery(), Catalog::builtIn(), o);
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(int(seen.size()), 30);
        for (int i = 0; i < 30; ++i)
            QCOMPARE(seen[size_t(i)], i + 1);
        std::atomic<bool> cancel{ true };
        o.progress = {};
        o.timeline.solve.cancel = &cancel;
        const RiskResult stopped = computeRisk(twoOutcomeDelivery(), Catalog::builtIn(), o);
        QCOMPARE(stopped.problems, QStringList{ QStringLiteral("cancelled after 0 of 30 samples") });
        QVERIFY(stopped.periods.empty());
    }

    // Systems carried from the previous period tell problems apart (the cache key holds every
    // rack's pinned systems). One live rack of 10 kW holds one system. sys-b (16 GPUs, twice
    // sys-a's TFLOPS) arrives 2026-02-15 (from period 1) or 6 months late (2026-08-15: from
    // period 3); sys-a arrives 2026-05-01 (from period 2). On time, sys-b takes the rack in
    // period 1 and keeps it: 0, 16, 16, 16 GPUs. Late, sys-a takes it in period 2 and keeps it
    // in period 3 (no moves), though both lots are then there as in the on-time samples:
    // 0, 0, 8, 8.
    void carriedSystemsTellProblemsApart()
    {
        Project p = twoPeriod();
        p.site.horizonPeriods = 4;
        p.site.power.node(PowerNodeId(QStringLiteral("util-2")))->commissioned = QDate(2030, 1, 1);
        SystemModel b = p.customModels[0];
        b.id = SystemModelId(QStringLiteral("sys-b"));
        b.gpusPerSystem = 16;
        p.customModels.push_back(b);
        p.fleet[0].count = 1;
        p.fleet[0].delivered = QDate(2026, 5, 1);
        FleetLot lotB = p.fleet[0];
        lotB.id = LotId(QStringLiteral("lot-b"));
        lotB.model = b.id;
        lotB.delivered = QDate(2026, 2, 15);
        lotB.deliveryDelay = outcomes({ { 0, 0.5 }, { 6, 0.5 } });
        p.fleet.push_back(lotB);
        const RiskResult r = computeRisk(p, Catalog::builtIn(), options(60, 1));
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        const std::vector<int> onTime{ 0, 16, 16, 16 }, late{ 0, 0, 8, 8 };
        for (const RiskSample &s : r.samples)
            QCOMPARE(s.energizedGpus, s.delayMonths[0] == 0 ? onTime : late);
    }

    // The cache keys problems by the site's state, not by the date, so a dated change that
    // solve() reads must be in the key. Racks of 20 kW on util-1 and util-2 (20 kW each), 4
    // systems of 10 kW and 8 GPUs delivered 2026-02-15 or 3 months later (1/2 each); from
    // 2026-10-01 (period 3) util-1 also carries a 10 kW house load, so it holds one system;
    // from 2027-04-01 (period 5) util-2 is rated 10 kW, so it holds one. Energized GPUs:
    // on time 0, 32, 32, 24, 24, 16, 16, 16; late the same with 0 in period 1. The same run
    // with the cache off gives the same samples, and the cache saved solves across dates.
    void cacheKeyHoldsEveryDatedChange()
    {
        Project p = twoPeriod();
        p.site.horizonPeriods = 8;
        for (Rack &r : p.site.racks)
            r.powerLimit = Kilowatts(20);
        PowerNode *util1 = p.site.power.node(PowerNodeId(QStringLiteral("util-1")));
        util1->rating = PowerRating::kilowatts(Kilowatts(20));
        util1->houseLoads.push_back({ QStringLiteral("offices"), Kilowatts(10), QDate(2026, 10, 1) });
        PowerNode *util2 = p.site.power.node(PowerNodeId(QStringLiteral("util-2")));
        util2->commissioned = QDate();
        util2->rating = PowerRating::kilowatts(Kilowatts(20));
        util2->capacityChanges.push_back({ QDate(2027, 4, 1), 10.0, std::nullopt });
        p.fleet[0].count = 4;
        p.fleet[0].delivered = QDate(2026, 2, 15);
        p.fleet[0].deliveryDelay = outcomes({ { 0, 0.5 }, { 3, 0.5 } });
        const RiskResult cached = computeRisk(p, Catalog::builtIn(), options(40, 1));
        RiskOptions uncachedOptions = options(40, 1);
        uncachedOptions.cacheCapacity = 0;
        const RiskResult uncached = computeRisk(p, Catalog::builtIn(), uncachedOptions);
        QVERIFY2(cached.problems.isEmpty(), qPrintable(cached.problems.join(QLatin1Char('\n'))));
        QVERIFY2(uncached.problems.isEmpty(), qPrintable(uncached.problems.join(QLatin1Char('\n'))));
        const std::vector<int> onTime{ 0, 32, 32, 24, 24, 16, 16, 16 }, late{ 0, 0, 32, 24, 24, 16, 16, 16 };
        for (size_t i = 0; i < cached.samples.size(); ++i) {
            QCOMPARE(cached.samples[i].energizedGpus, cached.samples[i].delayMonths[0] == 0 ? onTime : late);
            QCOMPARE(cached.samples[i].energizedGpus, uncached.samples[i].energizedGpus);
            QCOMPARE(cached.samples[i].idleDepreciation, uncached.samples[i].idleDepreciation);
        }
        QCOMPARE(uncached.cacheHits, 0);
        // Keyed by state, not date: the late timeline's periods 0–2 are the problems of the
        // on-time timeline's periods 0, 0 and 1, and in each timeline period 7 repeats period
        // 6 (nothing dated changes and the systems carried are the same). Of the 16 period
        // problems and the re-plans of periods 3 and 5 (their carried systems no longer fit),
        // at most 12 are solved (10 when written).
        QVERIFY2(cached.solves <= 12, qPrintable(QString::number(cached.solves)));
    }

    // Capacity changes keep their order: a change drawn later than the next one lands with
    // it, and the next (listed later) wins from then on.
    void capacityChangesKeepTheirOrder()
    {
        Project p = twoPeriod();
        PowerNode *util1 = p.site.power.node(PowerNodeId(QStringLiteral("util-1")));
        util1->capacityChanges = { { QDate(2026, 4, 1), 50, certain(6) }, { QDate(2026, 7, 1), 80, std::nullopt } };
        const std::vector<UncertainDate> dates = uncertainDates(p);
        QCOMPARE(int(dates.size()), 1);
        QCOMPARE(dates[0].path, QStringLiteral("$.site.powerNodes[0].capacityChanges[0].delayMonths"));
        const Project moved = projectWithDelays(p, dates, { 6.0 });
        const PowerNode *m = moved.site.power.node(PowerNodeId(QStringLiteral("util-1")));
        // 2026-04-01 + 6 months = 2026-10-01, after the next change: it lands on 2026-07-01 too.
        QCOMPARE(m->capacityChanges[0].from, QDate(2026, 10, 1));
        QCOMPARE(m->capacityChanges[1].from, QDate(2026, 10, 1));
        QCOMPARE(m->moduleCapacity(QDate(2026, 8, 1)).value(), 100.0);
        QCOMPARE(m->moduleCapacity(QDate(2026, 10, 1)).value(), 80.0);
    }

    // Nearest rank on ten values 1..10: P10 = 1st, P50 = 5th, P90 = 9th; on one value, itself.
    void percentilesByNearestRank()
    {
        const Percentiles p = percentilesOf({ 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 });
        QCOMPARE(p.p10, 1.0);
        QCOMPARE(p.p50, 5.0);
        QCOMPARE(p.p90, 9.0);
        QCOMPARE(percentilesOf({ 4 }).p90, 4.0);
    }

    // Bad options are refused with a reason, nothing run.
    void refusesBadSampleCounts()
    {
        for (int samples : { 0, -3, 100001 }) {
            const RiskResult r = computeRisk(twoOutcomeDelivery(), Catalog::builtIn(), options(samples, 1));
            QCOMPARE(r.problems.size(), 1);
            QVERIFY(r.problems[0].contains(QStringLiteral("from 1 to 100000 samples")));
        }
    }
};

QTEST_GUILESS_MAIN(TestRisk)
#include "tst_risk.moc"
