// SPDX-License-Identifier: GPL-3.0-or-later
#include "coolingunit.h"
#include "powernode.h"
#include "rack.h"
#include "units.h"

#include <QTest>

#include <type_traits>

Q_DECLARE_METATYPE(warmshell::PowerRating)
Q_DECLARE_METATYPE(warmshell::Redundancy)

using namespace warmshell;
using namespace warmshell::literals;

class TestUnits : public QObject
{
    Q_OBJECT

private slots:
    void unitsDoNotMix()
    {
        // Quantities of different units neither convert nor assign into each other, and a
        // plain double needs an explicit unit.
        QVERIFY((!std::is_convertible_v<Celsius, Kilowatts>));
        QVERIFY((!std::is_assignable_v<Kilowatts &, Celsius>));
        QVERIFY((!std::is_assignable_v<Kilowatts &, KiloVoltAmperes>));
        QVERIFY((!std::is_convertible_v<double, Kilowatts>));
        QVERIFY((!std::is_invocable_v<decltype(&Rack::setPowerLimit), Rack &, Celsius>));
        QVERIFY((std::is_invocable_v<decltype(&Rack::setPowerLimit), Rack &, Kilowatts>));
        QVERIFY((!std::is_convertible_v<RackId, PowerNodeId>));
    }

    void arithmetic()
    {
        QCOMPARE((Kilowatts(3) + Kilowatts(4)).value(), 7.0);
        QCOMPARE((Kilowatts(10) - Kilowatts(2.5)).value(), 7.5);
        QCOMPARE((Kilowatts(10) * 0.8).value(), 8.0);
        QCOMPARE((0.5 * Kilowatts(10)).value(), 5.0);
        QCOMPARE(Kilowatts(30) / Kilowatts(120), 0.25); // a dimensionless ratio
        QCOMPARE((1.5_MW).value(), 1500.0);
        QCOMPARE((42_U).value(), 42);
        QVERIFY(Kilowatts(1) < Kilowatts(2));
        QVERIFY(!Kilowatts(std::nan("")).isFinite());
    }

    void kvaToKw_data()
    {
        QTest::addColumn<double>("kva");
        QTest::addColumn<double>("pf");
        QTest::addColumn<double>("kw");
        // 415 V × 60 A × √3 = 43.13 kVA; at PF 0.95 that is 40.97 kW (by hand).
        QTest::newRow("415V 60A 3-phase") << 415.0 * 60 * std::sqrt(3.0) / 1000 << 0.95 << 40.974;
        QTest::newRow("unity") << 750.0 << 1.0 << 750.0;
        QTest::newRow("generator 0.8") << 2500.0 << 0.8 << 2000.0;
    }
    void kvaToKw()
    {
        QFETCH(double, kva);
        QFETCH(double, pf);
        QFETCH(double, kw);
        QVERIFY(std::abs(toKilowatts(KiloVoltAmperes(kva), pf).value() - kw) < 0.01);
    }

    void usableCapacity_data()
    {
        QTest::addColumn<PowerRating>("rating");
        QTest::addColumn<Redundancy>("redundancy");
        QTest::addColumn<double>("derating");
        QTest::addColumn<double>("installedKw");
        QTest::addColumn<double>("usableKw");
        // Hand-computed: usable = rating × usable modules × derating.
        QTest::newRow("N 1000 kW") << PowerRating::kilowatts(Kilowatts(1000)) << Redundancy::n() << 0.8 << 1000.0
                                   << 800.0;
        QTest::newRow("N+1 4x500 kW") << PowerRating::kilowatts(Kilowatts(500)) << Redundancy::nPlusOne(4) << 0.8
                                      << 2000.0 << 1200.0;
        QTest::newRow("N+1 2x100 kW (50%)")
            << PowerRating::kilowatts(Kilowatts(100)) << Redundancy::nPlusOne(2) << 1.0 << 200.0 << 100.0;
        QTest::newRow("2N 1000 kW/side") << PowerRating::kilowatts(Kilowatts(1000)) << Redundancy::twoN() << 0.8
                                         << 2000.0 << 800.0;
        QTest::newRow("4N/3 blocks of 1 MW")
            << PowerRating::kilowatts(Kilowatts(1000)) << Redundancy::block(4, 3) << 1.0 << 4000.0 << 3000.0;
        QTest::newRow("3N/2 kVA") << PowerRating::kva(KiloVoltAmperes(1000), 0.9) << Redundancy::block(3, 2) << 0.8
                                  << 2700.0 << 1440.0;
        QTest::newRow("N kVA 2500 pf 0.9")
            << PowerRating::kva(KiloVoltAmperes(2500), 0.9) << Redundancy::n() << 0.8 << 2250.0 << 1800.0;
    }
    void usableCapacity()
    {
        QFETCH(PowerRating, rating);
        QFETCH(Redundancy, redundancy);
        QFETCH(double, derating);
        QFETCH(double, installedKw);
        QFETCH(double, usableKw);
        PowerNode node;
        node.rating = rating;
        node.redundancy = redundancy;
        node.derating = derating;
        QVERIFY(std::abs(node.installedCapacity().value() - installedKw) < 1e-9);
        QVERIFY(std::abs(node.usableCapacity().value() - usableKw) < 1e-9);
    }

    void commissioning()
    {
        PowerNode node;
        node.rating = PowerRating::kilowatts(Kilowatts(1000));
        node.commissioned = QDate(2027, 1, 1);
        QCOMPARE(node.usableCapacity(QDate(2026, 12, 31)).value(), 0.0);
        QCOMPARE(node.usableCapacity(QDate(2027, 1, 1)).value(), 800.0);
        CoolingUnit unit;
        unit.capacity = Kilowatts(300);
        unit.redundancy = Redundancy::nPlusOne(5);
        unit.commissioned = QDate(2027, 1, 1);
        QCOMPARE(unit.usableCapacity(QDate(2026, 6, 1)).value(), 0.0);
        QCOMPARE(unit.usableCapacity(QDate(2027, 6, 1)).value(), 1200.0);
    }

    void redundancyLabelsAndProblems()
    {
        QCOMPARE(Redundancy::block(4, 3).label(), QStringLiteral("4N/3"));
        QCOMPARE(Redundancy::nPlusOne(5).label(), QStringLiteral("N+1 (5 modules)"));
        QVERIFY(Redundancy::nPlusOne(1).problem().contains(QStringLiteral("2 to 64")));
        QVERIFY(Redundancy::block(3, 3).problem().contains(QStringLiteral("y < x")));
        QVERIFY(Redundancy::twoN().problem().isEmpty());
    }

    void setterReportsChange()
    {
        Rack rack;
        QVERIFY(rack.setPowerLimit(Kilowatts(40)));
        QVERIFY(!rack.setPowerLimit(Kilowatts(40))); // no-op edits make no undo entry
        QCOMPARE(rack.powerLimit.value(), 40.0);
    }
};

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
