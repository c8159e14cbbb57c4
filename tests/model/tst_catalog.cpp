// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"
#include "testsupport.h"

#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
