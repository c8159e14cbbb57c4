// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"
#include "testsupport.h"

#include <QTest>

#include <cmath>

using namespace warmshell;

class TestCatalog : public QObject
{
    Q_OBJECT

    static const SystemModel &model(const char *id)
    {
        const SystemModel *m = Catalog::builtIn().find(SystemModelId(QString::fromLatin1(id)));
        if (!m)
            qFatal("catalog has no %s", id);
        return *m;
    }

private slots:
    void loadsWithoutErrors()
    {
        QVERIFY2(Catalog::builtInErrors().empty(), qPrintable(test::describe(Catalog::builtInErrors())));
        QVERIFY(Catalog::builtIn().models().size() >= 10);
    }

    void requiredPlatformsArePresent_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("generation");
        QTest::addColumn<int>("gpus");
        for (auto [id, generation, gpus] : { std::tuple{ "dgx-a100", "A100", 8 }, { "dgx-h100", "H100", 8 },
                 { "hgx-h200", "H200", 8 }, { "dgx-b200", "B200", 8 }, { "dgx-b300", "B300", 8 },
                 { "gb200-nvl72", "GB200", 72 }, { "gb300-nvl72", "GB300", 72 }, { "mi300x-platform", "MI300X", 8 },
                 { "mi325x-platform", "MI325X", 8 }, { "mi355x-platform", "MI355X", 8 } })
            QTest::newRow(id) << QString::fromLatin1(id) << QString::fromLatin1(generation) << gpus;
    }
    void requiredPlatformsArePresent()
    {
        QFETCH(QString, id);
        QFETCH(QString, generation);
        QFETCH(int, gpus);
        const SystemModel &m = model(id.toLatin1().constData());
        QCOMPARE(m.generation, generation);
        QCOMPARE(m.gpusPerSystem, gpus);
        QVERIFY(m.power > Kilowatts(0));
        QVERIFY(m.weight > Kilograms(0));
        QVERIFY(m.bf16 > Teraflops(0));
        QVERIFY(m.price > Money(0));
        QVERIFY(m.released.isValid());
        // Whole-rack systems have no U height; the rest fit in a rack.
        QCOMPARE(m.wholeRack, m.height.value() == 0);
        QVERIFY(m.wholeRack || (m.height.value() >= 1 && m.height.value() <= 12));
        // Liquid systems send heat to liquid; air systems none.
        QCOMPARE(m.cooling == CoolingType::Liquid, m.liquidFraction > 0);
        // Every figure carries a public source and a confidence mark.
        for (const QString &key : sourcedFigureKeys()) {
            QVERIFY2(m.sources.contains(key), qPrintable(id + QStringLiteral(" has no source for ") + key));
            const FigureSource &s = m.sources.value(key);
            QVERIFY2(!s.source.trimmed().isEmpty(), qPrintable(id + QStringLiteral(": empty source for ") + key));
            QVERIFY2(
                (QStringList{ QStringLiteral("DS"), QStringLiteral("R"), QStringLiteral("E") }.contains(s.confidence)),
                qPrintable(id + QStringLiteral(": confidence of ") + key + QStringLiteral(" is ") + s.confidence));
        }
    }

    // Typical draw fractions (format 7): each in (0, 1] with its source. The one public
    // measurement of a catalog system is the DGX H100's: 8.4 kW peak while training of its
    // rated 10.2 kW (Latif et al., IEEE Access 2025), 8.4 / 10.2 = 0.8235, kept at two
    // digits rounded down: 0.82. Every other model has none and plans at nameplate, 1.0, with
    // a source that says so.
    void typicalDrawFractions()
    {
        for (const SystemModel &m : Catalog::builtIn().models()) {
            QVERIFY2(m.typicalDrawFraction > 0 && m.typicalDrawFraction <= 1, qPrintable(m.id.toString()));
            const FigureSource source = m.sources.value(QStringLiteral("typicalDrawFraction"));
            if (m.id.toString() == QLatin1String("dgx-h100")) {
                QCOMPARE(m.typicalDrawFraction, std::floor(100 * 8.4 / 10.2) / 100);
                QVERIFY(source.source.contains(QLatin1String("IEEE Access")));
            } else {
                QCOMPARE(m.typicalDrawFraction, 1.0);
                QVERIFY2(source.source.startsWith(QLatin1String("none public")), qPrintable(m.id.toString()));
                QCOMPARE(source.confidence, QStringLiteral("E"));
            }
        }
    }

    // Figures against the public reference (shared/reference/gpu-facility-facts.md): dense
    // per-GPU TFLOPS, where FP8 doubles BF16 and FP4 doubles FP8 on Blackwell.
    void figuresMatchTheReference()
    {
        QCOMPARE(model("dgx-a100").bf16.value(), 312.0);
        QCOMPARE(model("dgx-a100").fp8.value(), 0.0);
        QCOMPARE(model("dgx-h100").bf16.value(), 989.0);
        QCOMPARE(model("dgx-h100").power.value(), 10.2);
        QCOMPARE(model("dgx-h100").height.value(), 8);
        QCOMPARE(model("dgx-b200").power.value(), 14.3);
        QCOMPARE(model("dgx-b200").fp4.value(), 2 * model("dgx-b200").fp8.value());
        QCOMPARE(model("gb200-nvl72").bf16.value(), 2500.0);
        QVERIFY(model("gb200-nvl72").power.value() >= 120 && model("gb200-nvl72").power.value() <= 150);
        QCOMPARE(model("mi300x-platform").bf16.value(), 1307.0);
        // MI355X: AMD's 20.1 PF FP4 "peak" is sparse; the catalog keeps the dense half.
        QVERIFY(model("mi355x-platform").fp4.value() <= 10100);
        QVERIFY(model("gb200-nvl72").sources.value(QStringLiteral("powerKw")).note.contains(QStringLiteral("135")));
    }

    void malformedCatalogIsRefusedWithPaths()
    {
        std::vector<Problem> errors;
        const Catalog c = Catalog::parse(R"({"format": "warmshell-catalog", "formatVersion": 1,
            "models": [{"id": "x", "name": "X", "generation": "X", "gpusPerSystem": 0, "powerKw": 5,
                        "heightU": 4, "cooling": "air", "weightKg": 50, "tflops": {"bf16": 1}, "priceUsd": 1}]})",
            errors);
        QVERIFY(c.models().empty());
        QVERIFY2(test::hasProblem(errors, QStringLiteral("$.models[0].gpusPerSystem"), QStringLiteral("got 0")),
            qPrintable(test::describe(errors)));
    }

    // The typical facility figures against shared/reference/facility-efficiency-facts.md, each
    // recomputed here from the public figure it comes from.
    void facilityFiguresMatchTheReference()
    {
        const Catalog &c = Catalog::builtIn();
        const auto figure = [&](const char *id) {
            const FacilityFigure *f = c.facilityFigure(QString::fromLatin1(id));
            if (!f)
                qFatal("catalog has no facility figure %s", id);
            return *f;
        };
        // UPS double conversion 94-97 %, eco-mode 98-99 % (Schneider WP 157).
        QCOMPARE(figure("ups-double-conversion").typical, 0.96);
        QCOMPARE(figure("ups-double-conversion").low, 0.94);
        QCOMPARE(figure("ups-double-conversion").high, 0.97);
        QCOMPARE(figure("ups-eco-mode").low, 0.98);
        QCOMPARE(figure("ups-eco-mode").high, 0.99);
        QCOMPARE(figure("transformer").low, 0.98);
        QCOMPARE(figure("transformer").high, 0.995);
        // ASHRAE 90.1-2016: air-cooled chiller minimum 10.1 EER = COP 10.1 / 3.412 = 2.96, so
        // the low end is 2.9; water-cooled centrifugal 0.560 kW/ton = COP 3.517 / 0.560 = 6.28,
        // positive displacement 0.750 kW/ton = 4.69.
        QVERIFY(figure("chiller-air-cooled").low <= 10.1 / 3.412);
        QVERIFY(figure("chiller-water-cooled").low <= 3.517 / 0.750);
        QVERIFY(figure("chiller-water-cooled").high >= 3.517 / 0.560);
        QCOMPARE(figure("chiller-default").drawKwPerKw(), 0.25); // COP 4
        // CRAH fans: 1 / (1.2 × 1.006 × 12) m³/s × 500 Pa / 0.6 = 0.0575 kW/kW; CDU pumps:
        // 1.5 / 60000 m³/s × 250000 Pa / 0.6 = 0.0104; tower: 0.746 / (40.2 × 1.465) = 0.0127.
        QCOMPARE(qRound(figure("crah-fans").typical * 100), qRound(1 / (1.2 * 1.006 * 12) * 500 / 0.6 / 1000 * 100));
        QCOMPARE(qRound(figure("cdu-pumps").typical * 100), qRound(1.5 / 60000 * 250000 / 0.6 / 1000 * 100));
        QCOMPARE(qRound(figure("cooling-tower-fans").typical * 1000), qRound(0.746 / (40.2 * 1.465) * 1000));
        QCOMPARE(figure("pue-industry-average").typical, 1.56); // Uptime Institute 2024
        for (const FacilityFigure &f : c.facilityFigures()) {
            QVERIFY2(f.low <= f.typical && f.typical <= f.high, qPrintable(f.id));
            QVERIFY2(!f.source.source.isEmpty() && !f.source.note.isEmpty(), qPrintable(f.id));
            QVERIFY2((QStringList{ QStringLiteral("DS"), QStringLiteral("R"), QStringLiteral("E") }.contains(
                         f.source.confidence)),
                qPrintable(f.id));
        }
        // What the property editor offers a UPS and a CDU.
        QCOMPARE(c.facilityFiguresFor(FacilityFigure::Quantity::Efficiency, QStringLiteral("ups")).size(), size_t(2));
        QCOMPARE(c.facilityFiguresFor(FacilityFigure::Quantity::DrawKwPerKw, QStringLiteral("cdu")).front()->id,
            QStringLiteral("cdu-pumps"));
        QVERIFY(c.facilityFiguresFor(FacilityFigure::Quantity::Efficiency, QStringLiteral("pdu")).empty());
    }

    void malformedFacilityFiguresAreRefusedWithPaths()
    {
        std::vector<Problem> errors;
        const Catalog c = Catalog::parse(R"({"format": "warmshell-catalog", "formatVersion": 1, "models": [],
            "facilityFigures": [
              {"id": "a", "name": "A", "quantity": "efficiency", "appliesTo": ["ups"], "typical": 1.2, "low": 0.9,
               "high": 1, "source": {"source": "s", "confidence": "DS"}},
              {"id": "b", "name": "B", "quantity": "cop", "appliesTo": ["chiller"], "typical": 3, "low": 4,
               "high": 5, "source": {"source": "s", "confidence": "maybe"}}]})",
            errors);
        QVERIFY(c.facilityFigures().empty());
        QVERIFY2(test::hasProblem(errors, QStringLiteral("$.facilityFigures[0].typical"), QStringLiteral("got 1.2")),
            qPrintable(test::describe(errors)));
        QVERIFY2(test::hasProblem(
                     errors, QStringLiteral("$.facilityFigures[1].typical"), QStringLiteral("between low and high")),
            qPrintable(test::describe(errors)));
        QVERIFY2(test::hasProblem(
                     errors, QStringLiteral("$.facilityFigures[1].source.confidence"), QStringLiteral("DS, R or E")),
            qPrintable(test::describe(errors)));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
