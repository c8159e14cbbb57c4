// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enumkeys.h"
#include "ids.h"
#include "rack.h"
#include "units.h"

#include <QDate>
#include <QMap>

#include <vector>

namespace warmshell {

enum class Precision { Bf16, Fp8, Fp4 };
constexpr std::pair<Precision, const char *> kPrecisions[]
    = { { Precision::Bf16, "bf16" }, { Precision::Fp8, "fp8" }, { Precision::Fp4, "fp4" } };
inline std::span<const std::pair<Precision, const char *>> enumKeys(Precision)
{
    return kPrecisions;
}

// Where a catalog figure comes from: a public source and how far to trust it.
struct FigureSource
{
    QString source; // site/path of the public document, or "estimate (...)"
    QString confidence; // "DS" datasheet, "R" reported, "E" estimate
    QString note; // arithmetic or caveat
    friend bool operator==(const FigureSource &, const FigureSource &) = default;
};

// A power-capped way to run a system: it draws powerFraction of its maximum power and
// delivers performanceFraction of its full throughput. Both in (0, 1].
struct OperatingPoint
{
    QString name;
    double powerFraction = 1.0;
    double performanceFraction = 1.0;
    friend bool operator==(const OperatingPoint &, const OperatingPoint &) = default;
};

// A GPU system as it is bought and racked (DGX H100, GB200 NVL72 rack...).
struct SystemModel
{
    SystemModelId id;
    QString name;
    QString vendor;
    QString generation; // groups results: "A100", "H100", "GB200"...
    QString gpu;
    int gpusPerSystem = 8;
    Kilowatts power{ 0 }; // maximum power of one system
    RackUnits height{ 0 }; // 0 with wholeRack
    bool wholeRack = false; // the system is a whole rack and fills one alone
    CoolingType cooling = CoolingType::Air; // Liquid: only in liquid racks
    double liquidFraction = 0.0; // share of the heat removed by liquid, 0..1
    Kilograms weight{ 0 };
    Teraflops bf16{ 0 }, fp8{ 0 }, fp4{ 0 }; // dense, per GPU; 0 where unsupported
    Money price{ 0 }; // estimated price of one system, USD
    QDate released;
    std::vector<OperatingPoint> operatingPoints;
    // Share of `power` one system draws under a typical training load, in (0, 1]. 1.0 where no
    // public measurement exists (the conservative default: plan at nameplate). Informational:
    // the solver plans at nameplate; measured draw enters a plan only through imported
    // measurements and the site's measured-diversity policy (docs/measured-power.md).
    double typicalDrawFraction = 1.0;
    QMap<QString, FigureSource> sources; // figure key ("powerKw", "tflops"...) -> source

    Teraflops tflopsPerGpu(Precision precision) const
    {
        switch (precision) {
        case Precision::Bf16:
            return bf16;
        case Precision::Fp8:
            return fp8;
        case Precision::Fp4:
            return fp4;
        }
        return Teraflops(0);
    }

    friend bool operator==(const SystemModel &, const SystemModel &) = default;
};

// The figure keys every built-in model must source.
inline const QStringList &sourcedFigureKeys()
{
    static const QStringList keys{ QStringLiteral("gpusPerSystem"), QStringLiteral("powerKw"),
        QStringLiteral("heightU"), QStringLiteral("cooling"), QStringLiteral("liquidFraction"),
        QStringLiteral("weightKg"), QStringLiteral("tflops"), QStringLiteral("priceUsd"), QStringLiteral("released"),
        QStringLiteral("typicalDrawFraction") };
    return keys;
}

} // namespace warmshell
