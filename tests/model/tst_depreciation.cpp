// SPDX-License-Identifier: GPL-3.0-or-later
#include "finance/depreciation.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

Q_DECLARE_METATYPE(warmshell::DepreciationPolicy)
Q_DECLARE_METATYPE(warmshell::FleetLot)

using namespace warmshell;

namespace {

DepreciationPolicy straightLine(double lifeYears, double salvageFraction = 0.0)
{
    DepreciationPolicy p;
    p.method = DepreciationMethod::StraightLine;
    p.lifeYears = lifeYears;
    p.salvageFraction = salvageFraction;
    return p;
}

DepreciationPolicy decliningBalance(double rate, double lifeYears, double salvageFraction = 0.0)
{
    DepreciationPolicy p = straightLine(lifeYears, salvageFraction);
    p.method = DepreciationMethod::DecliningBalance;
    p.rate = rate;
    return p;
}

DepreciationPolicy custom(std::vector<double> schedule)
{
    DepreciationPolicy p;
    p.method = DepreciationMethod::Custom;
    p.schedule = std::move(schedule);
    return p;
}

FleetLot lot(
    int count, double unitCost, const QDate &delivered, const DepreciationPolicy &policy, const QDate &retire = {})
{
    FleetLot l;
    l.count = count;
    l.unitCost = Money(unitCost);
    l.delivered = delivered;
    l.retire = retire;
    l.depreciation = policy;
    return l;
}

// Values are in site currency; hand-computed values rounded to the cent compare within half a cent.
constexpr double kCent = 0.005;

QByteArray describeMismatch(double actual, double expected)
{
    return QByteArray("actual ") + QByteArray::number(actual, 'f', 6) + " expected "
        + QByteArray::number(expected, 'f', 6);
}

#define COMPARE_NEAR(actual, expected, tolerance)                                                                      \
    do {                                                                                                               \
        const double a_ = (actual);                                                                                    \
        const double e_ = (expected);                                                                                  \
        QVERIFY2(std::abs(a_ - e_) <= (tolerance), describeMismatch(a_, e_).constData());                              \
    } while (false)

const Money kCost(300000);
const QDate kAcquired(2024, 1, 15);

} // namespace

class TestDepreciation : public QObject
{
    Q_OBJECT

private slots:
    void elapsedYears_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<double>("months");
        // Whole calendar months, then the fraction of the next month by days.
        QTest::newRow("same day") << QDate(2024, 3, 10) << QDate(2024, 3, 10) << 0.0;
        QTest::newRow("3 whole months") << QDate(2024, 1, 15) << QDate(2024, 4, 15) << 3.0;
        QTest::newRow("6 years") << QDate(2024, 1, 1) << QDate(2030, 1, 1) << 72.0;
        QTest::newRow("15 days of January") << QDate(2024, 1, 1) << QDate(2024, 1, 16) << 15.0 / 31.0;
        QTest::newRow("14 days of leap February") << QDate(2024, 2, 1) << QDate(2024, 2, 15) << 14.0 / 29.0;
        QTest::newRow("14 days of common February") << QDate(2023, 2, 1) << QDate(2023, 2, 15) << 0.5;
        // 2024-01-15 + 1 month = 2024-02-15; the next month to 2024-03-15 has 29 days (leap).
        QTest::newRow("1 month and 5 leap days") << QDate(2024, 1, 15) << QDate(2024, 2, 20) << 1.0 + 5.0 / 29.0;
        // 2023-11-20 + 1 month = 2023-12-20; 16 of the 31 days to 2024-01-20.
        QTest::newRow("across year end") << QDate(2023, 11, 20) << QDate(2024, 1, 5) << 1.0 + 16.0 / 31.0;
        // QDate::addMonths clamps to the month end: 2024-01-31 + 1 month = 2024-02-29.
        QTest::newRow("Jan 31 to leap Feb 29") << QDate(2024, 1, 31) << QDate(2024, 2, 29) << 1.0;
        QTest::newRow("leap day to Feb 28") << QDate(2024, 2, 29) << QDate(2025, 2, 28) << 12.0;
        QTest::newRow("reversed") << QDate(2024, 4, 15) << QDate(2024, 1, 15) << -3.0;
        QTest::newRow("invalid") << QDate() << QDate(2024, 1, 15) << 0.0;
    }
    void elapsedYears()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(double, months);
        COMPARE_NEAR(warmshell::elapsedYears(from, to), months / 12.0, 1e-12);
    }

    void elapsedYearsIsMonotone()
    {
        // Day by day over three years from a month end, the age never decreases and never jumps by
        // more than one day's share of a month (1/28 month).
        const QDate from(2024, 1, 31);
        double previous = 0.0;
        for (QDate d = from; d < QDate(2027, 2, 1); d = d.addDays(1)) {
            const double y = warmshell::elapsedYears(from, d);
            QVERIFY2(y >= previous, qPrintable(d.toString(Qt::ISODate)));
            QVERIFY2(y - previous <= 1.0 / 28.0 / 12.0 + 1e-12, qPrintable(d.toString(Qt::ISODate)));
            previous = y;
        }
    }

    void bookValue_data()
    {
        QTest::addColumn<DepreciationPolicy>("policy");
        QTest::addColumn<QDate>("at");
        QTest::addColumn<double>("book");
        // Cost 300,000 acquired 2024-01-15.
        QTest::newRow("before acquisition") << straightLine(6) << QDate(2023, 6, 1) << 300000.0;
        QTest::newRow("at acquisition") << straightLine(6) << kAcquired << 300000.0;
        // 300,000 − 300,000 · 18/72 = 225,000.
        QTest::newRow("SL 6y at 18 months") << straightLine(6) << QDate(2025, 7, 15) << 225000.0;
        // 300,000 − 270,000 · 36/72 = 165,000.
        QTest::newRow("SL 6y 10% at 3 y") << straightLine(6, 0.1) << QDate(2027, 1, 15) << 165000.0;
        // Salvage 10 %: 30,000 at the end of life, and it stays.
        QTest::newRow("SL 6y 10% at 6 y") << straightLine(6, 0.1) << QDate(2030, 1, 15) << 30000.0;
        QTest::newRow("SL 6y 10% at 9 y") << straightLine(6, 0.1) << QDate(2033, 1, 15) << 30000.0;
        // 300,000 · 0.6^2 = 300,000 · 0.36 = 108,000.
        QTest::newRow("DB 40% at 2 y") << decliningBalance(0.4, 6) << QDate(2026, 1, 15) << 108000.0;
        // 0.6^1.5 = 0.6 · √0.6 = 0.6 · 0.77459667 = 0.46475800; · 300,000 = 139,427.40.
        QTest::newRow("DB 40% at 1.5 y") << decliningBalance(0.4, 6) << QDate(2025, 7, 15) << 139427.40;
        // 300,000 · 0.6^5 = 300,000 · 0.07776 = 23,328 > salvage 15,000.
        QTest::newRow("DB 40% 5% at 5 y") << decliningBalance(0.4, 6, 0.05) << QDate(2029, 1, 15) << 23328.0;
        // 23,328 < salvage 30,000: the floor holds.
        QTest::newRow("DB 40% 10% at 5 y") << decliningBalance(0.4, 6, 0.1) << QDate(2029, 1, 15) << 30000.0;
        // End of life: the rest above salvage 15,000 is written off at once.
        QTest::newRow("DB 40% 5% at 6 y") << decliningBalance(0.4, 6, 0.05) << QDate(2030, 1, 15) << 15000.0;
        QTest::newRow("DB 40% 5% at 8 y") << decliningBalance(0.4, 6, 0.05) << QDate(2032, 1, 15) << 15000.0;
        // 300,000 · (1 − 0.5 · 0.5) = 225,000.
        QTest::newRow("custom at 0.5 y") << custom({ 0.5, 0.3, 0.2 }) << QDate(2024, 7, 15) << 225000.0;
        // 300,000 · (1 − 0.5 − 0.15) = 105,000.
        QTest::newRow("custom at 1.5 y") << custom({ 0.5, 0.3, 0.2 }) << QDate(2025, 7, 15) << 105000.0;
        QTest::newRow("custom at 3 y") << custom({ 0.5, 0.3, 0.2 }) << QDate(2027, 1, 15) << 0.0;
        // After the schedule ends the book value stays: 300,000 · (1 − 0.8) = 60,000.
        QTest::newRow("custom short at 4 y") << custom({ 0.5, 0.3 }) << QDate(2028, 1, 15) << 60000.0;
        // Shares summing to more than 1 stop at 0.
        QTest::newRow("custom over 100%") << custom({ 0.6, 0.6 }) << QDate(2026, 1, 15) << 0.0;
    }
    void bookValue()
    {
        QFETCH(DepreciationPolicy, policy);
        QFETCH(QDate, at);
        QFETCH(double, book);
        COMPARE_NEAR(warmshell::bookValue(policy, kCost, kAcquired, at).value(), book, kCent);
    }

    void bookValueDayFraction()
    {
        // 2024-01-01 → 2024-01-16 is 15/31 month: 300,000 − 300,000 · (15/31)/72
        // = 300,000 − 2,016.13 = 297,983.87.
        COMPARE_NEAR(warmshell::bookValue(straightLine(6), kCost, QDate(2024, 1, 1), QDate(2024, 1, 16)).value(),
            297983.87, kCent);
    }

    void depreciationBetween_data()
    {
        QTest::addColumn<DepreciationPolicy>("policy");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<double>("depreciation");
        // Cost 300,000 acquired 2024-01-15.
        // Months 6 to 18 of 72: 300,000 · 12/72 = 50,000.
        QTest::newRow("SL one year") << straightLine(6) << QDate(2024, 7, 15) << QDate(2025, 7, 15) << 50000.0;
        // Clamped to acquisition: months 0 to 6, 300,000 · 6/72 = 25,000.
        QTest::newRow("from before acquisition")
            << straightLine(6) << QDate(2023, 1, 15) << QDate(2024, 7, 15) << 25000.0;
        QTest::newRow("all before acquisition") << straightLine(6) << QDate(2022, 1, 1) << QDate(2024, 1, 15) << 0.0;
        QTest::newRow("after end of life") << straightLine(6) << QDate(2031, 1, 1) << QDate(2032, 1, 1) << 0.0;
        QTest::newRow("reversed") << straightLine(6) << QDate(2025, 7, 15) << QDate(2024, 7, 15) << 0.0;
        QTest::newRow("empty") << straightLine(6) << QDate(2025, 7, 15) << QDate(2025, 7, 15) << 0.0;
        // 300,000 · (1 − 0.6^2) = 192,000 over the first two years.
        QTest::newRow("DB first two years") << decliningBalance(0.4, 6) << kAcquired << QDate(2026, 1, 15) << 192000.0;
        // Year 6 of DB 40 %, salvage 5 %: from 300,000 · 0.6^5 = 23,328 to 15,000 = 8,328.
        QTest::newRow("DB last year") << decliningBalance(0.4, 6, 0.05) << QDate(2029, 1, 15) << QDate(2030, 1, 15)
                                      << 8328.0;
        // Year 1 of [0.5, 0.3, 0.2]: 0.3 · 300,000 = 90,000.
        QTest::newRow("custom second year")
            << custom({ 0.5, 0.3, 0.2 }) << QDate(2025, 1, 15) << QDate(2026, 1, 15) << 90000.0;
    }
    void depreciationBetween()
    {
        QFETCH(DepreciationPolicy, policy);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(double, depreciation);
        COMPARE_NEAR(warmshell::depreciationBetween(policy, kCost, kAcquired, from, to).value(), depreciation, kCent);
    }

    void monthlyDepreciation_data()
    {
        QTest::addColumn<DepreciationPolicy>("policy");
        QTest::addColumn<QDate>("at");
        QTest::addColumn<double>("monthly");
        // Cost 300,000 acquired 2024-01-15; 300,000 / 72 = 4,166.67.
        QTest::newRow("SL first month") << straightLine(6) << kAcquired << 4166.67;
        QTest::newRow("SL fifth month") << straightLine(6) << QDate(2024, 5, 15) << 4166.67;
        // 2024-01-01 → 2024-02-01 straddles acquisition: 17/31 of a month accrues,
        // 300,000 · (17/31)/72 = 2,284.95.
        QTest::newRow("SL straddles acquisition") << straightLine(6) << QDate(2024, 1, 1) << 2284.95;
        QTest::newRow("before acquisition") << straightLine(6) << QDate(2023, 12, 15) << 0.0;
        QTest::newRow("SL last month") << straightLine(6) << QDate(2029, 12, 15) << 4166.67;
        QTest::newRow("SL after life") << straightLine(6) << QDate(2030, 1, 15) << 0.0;
        // Custom year 2 share 0.2 over 12 months: 300,000 · 0.2/12 = 5,000.
        QTest::newRow("custom third year") << custom({ 0.5, 0.3, 0.2 }) << QDate(2026, 6, 15) << 5000.0;
    }
    void monthlyDepreciation()
    {
        QFETCH(DepreciationPolicy, policy);
        QFETCH(QDate, at);
        QFETCH(double, monthly);
        COMPARE_NEAR(warmshell::monthlyDepreciation(policy, kCost, kAcquired, at).value(), monthly, kCent);
    }

    void lotDepreciationBetween_data()
    {
        QTest::addColumn<FleetLot>("lot");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<double>("depreciation");
        // 10 systems of 270,000 on straight line 6 y.
        const FleetLot kept = lot(10, 270000, QDate(2025, 1, 1), straightLine(6));
        const FleetLot retired = lot(10, 270000, QDate(2025, 1, 1), straightLine(6), QDate(2027, 1, 1));
        // Idle for 3 quarters (9 months): 10 · 270,000 · 9/72 = 337,500.
        QTest::newRow("idle three quarters") << kept << QDate(2025, 4, 1) << QDate(2026, 1, 1) << 337500.0;
        QTest::newRow("on order") << lot(10, 270000, QDate(2026, 1, 1), straightLine(6)) << QDate(2025, 1, 1)
                                  << QDate(2026, 1, 1) << 0.0;
        // Cut at retirement: 6 months, 2,700,000 · 6/72 = 225,000.
        QTest::newRow("retires mid-interval") << retired << QDate(2026, 7, 1) << QDate(2027, 7, 1) << 225000.0;
        QTest::newRow("from retirement") << retired << QDate(2027, 1, 1) << QDate(2028, 1, 1) << 0.0;
        QTest::newRow("after retirement") << retired << QDate(2028, 1, 1) << QDate(2029, 1, 1) << 0.0;
        // Delivery to retirement: 2,700,000 · 24/72 = 900,000.
        QTest::newRow("whole service") << retired << QDate(2025, 1, 1) << QDate(2030, 1, 1) << 900000.0;
        QTest::newRow("empty lot") << lot(0, 270000, QDate(2025, 1, 1), straightLine(6)) << QDate(2025, 1, 1)
                                   << QDate(2026, 1, 1) << 0.0;
        QTest::newRow("no delivery date")
            << lot(10, 270000, QDate(), straightLine(6)) << QDate(2025, 1, 1) << QDate(2026, 1, 1) << 0.0;
    }
    void lotDepreciationBetween()
    {
        QFETCH(FleetLot, lot);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(double, depreciation);
        COMPARE_NEAR(warmshell::lotDepreciationBetween(lot, from, to).value(), depreciation, kCent);
    }

    void retirement()
    {
        const FleetLot retired = lot(10, 270000, QDate(2025, 1, 1), straightLine(6), QDate(2027, 1, 1));
        // Book at retirement: 2,700,000 · (1 − 24/72) = 1,800,000, written off at once.
        COMPARE_NEAR(retirementWriteOff(retired).value(), 1800000.0, kCent);
        // Depreciation to retirement plus the write-off is the whole cost, 2,700,000.
        COMPARE_NEAR((warmshell::lotDepreciationBetween(retired, retired.delivered, retired.retire)
                         + retirementWriteOff(retired))
                         .value(),
            2700000.0, kCent);
        // 2,700,000 · (1 − 12/72) = 2,250,000 a year in; nothing on the books from retirement on.
        COMPARE_NEAR(lotBookValue(retired, QDate(2026, 1, 1)).value(), 2250000.0, kCent);
        COMPARE_NEAR(lotBookValue(retired, QDate(2027, 1, 1)).value(), 0.0, kCent);
        FleetLot kept = retired;
        kept.retire = QDate();
        COMPARE_NEAR(retirementWriteOff(kept).value(), 0.0, kCent);
        // Kept: 2,700,000 · (1 − 36/72) = 1,350,000 at three years.
        COMPARE_NEAR(lotBookValue(kept, QDate(2028, 1, 1)).value(), 1350000.0, kCent);
    }

    void scheduleMatchesLoop()
    {
        const std::vector<FleetLot> lots = {
            lot(10, 270000, QDate(2025, 1, 1), straightLine(6)),
            lot(4, 300000, QDate(2024, 3, 10), decliningBalance(0.4, 5, 0.05)),
            lot(2, 150000, QDate(2025, 6, 20), custom({ 0.5, 0.3, 0.2 }), QDate(2026, 9, 30)),
            lot(8, 320000, QDate(2027, 2, 1), straightLine(4, 0.1)), // on order for most of the span
            lot(0, 270000, QDate(2025, 1, 1), straightLine(6)), // empty
        };
        // Quarters from 2024-01-01 to 2028-01-01, with one boundary repeated (an empty period).
        std::vector<QDate> boundaries;
        for (QDate d(2024, 1, 1); d <= QDate(2028, 1, 1); d = d.addMonths(3)) {
            boundaries.push_back(d);
            if (d == QDate(2026, 1, 1))
                boundaries.push_back(d);
        }
        const Eigen::MatrixXd s = depreciationSchedule(lots, boundaries);
        QCOMPARE(s.rows(), Eigen::Index(lots.size()));
        QCOMPARE(s.cols(), Eigen::Index(boundaries.size() - 1));
        for (std::size_t i = 0; i < lots.size(); ++i) {
            for (std::size_t k = 0; k + 1 < boundaries.size(); ++k)
                COMPARE_NEAR(s(Eigen::Index(i), Eigen::Index(k)),
                    warmshell::lotDepreciationBetween(lots[i], boundaries[k], boundaries[k + 1]).value(), 1e-6);
            COMPARE_NEAR(s.row(Eigen::Index(i)).sum(),
                warmshell::lotDepreciationBetween(lots[i], boundaries.front(), boundaries.back()).value(), 1e-6);
        }
        // By hand: the straight-line lot in Q2 2025 accrues 2,700,000 · 3/72 = 112,500.
        const auto q2of2025
            = Eigen::Index(std::find(boundaries.begin(), boundaries.end(), QDate(2025, 4, 1)) - boundaries.begin());
        COMPARE_NEAR(s(0, q2of2025), 112500.0, kCent);
        // The retired custom lot: depreciation over the span plus its write-off is its cost, 300,000.
        COMPARE_NEAR(s.row(2).sum() + retirementWriteOff(lots[2]).value(), 300000.0, kCent);
        QVERIFY((s.array() >= -1e-9).all());
    }

    void scheduleShapes()
    {
        const std::vector<FleetLot> lots = { lot(10, 270000, QDate(2025, 1, 1), straightLine(6)) };
        QCOMPARE(depreciationSchedule(lots, {}).cols(), Eigen::Index(0));
        QCOMPARE(depreciationSchedule(lots, { QDate(2025, 1, 1) }).cols(), Eigen::Index(0));
        QCOMPARE(depreciationSchedule(lots, { QDate(2025, 1, 1) }).rows(), Eigen::Index(1));
        const Eigen::MatrixXd none = depreciationSchedule({}, { QDate(2025, 1, 1), QDate(2026, 1, 1) });
        QCOMPARE(none.rows(), Eigen::Index(0));
        QCOMPARE(none.cols(), Eigen::Index(1));
    }
};

QTEST_GUILESS_MAIN(TestDepreciation)
#include "tst_depreciation.moc"
