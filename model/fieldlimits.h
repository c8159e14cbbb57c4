// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cmath>

namespace warmshell {

// The accepted range of one numeric field, shared by the file reader (which refuses a file
// outside it) and the validator (which reports an in-memory value outside it).
struct FieldRange
{
    double min;
    double max;
    const char *unit; // appended to messages; "" for plain numbers
    bool minExclusive = false; // (min, max] instead of [min, max]

    bool contains(double v) const { return std::isfinite(v) && (minExclusive ? v > min : v >= min) && v <= max; }
    // "must be between 0 and 2000 kW, got -5" (or "got NaN").
    QString violation(double v) const
    {
        const QString got = std::isnan(v) ? QStringLiteral("NaN")
            : std::isinf(v)               ? QStringLiteral("an infinite value")
                                          : QString::number(v, 'g', 12);
        const QString u = *unit ? QStringLiteral(" ") + QString::fromUtf8(unit) : QString();
        return QStringLiteral("must be %1 %2 and at most %3%4, got %5")
            .arg(minExclusive ? QStringLiteral("above") : QStringLiteral("at least"))
            .arg(QString::number(min, 'g', 12), QString::number(max, 'g', 12), u, got);
    }
};

namespace limits {
inline constexpr FieldRange hallSize{ 0, 2000, "m", true };
inline constexpr FieldRange position{ 0, 2000, "m" };
inline constexpr FieldRange campusOrigin{ -100000, 100000, "m" };
inline constexpr FieldRange rackHeight{ 1, 60, "U" };
inline constexpr FieldRange rackPower{ 0, 2000, "kW" };
inline constexpr FieldRange rackWeight{ 0, 10000, "kg" };
inline constexpr FieldRange pinnedCount{ 1, 1000, "" };
inline constexpr FieldRange nodeRating{ 0, 10'000'000, "kW or kVA" };
inline constexpr FieldRange powerFactor{ 0, 1, "", true };
inline constexpr FieldRange derating{ 0, 1, "", true };
inline constexpr FieldRange efficiency{ 0, 1, "", true };
inline constexpr FieldRange houseLoad{ 0, 10'000'000, "kW" };
inline constexpr FieldRange coolingDraw{ 0, 1'000'000, "kW" };
inline constexpr FieldRange coolingDrawPerKw{ 0, 2, "kW per kW" };
inline constexpr FieldRange monthlyFactor{ 0.1, 5, "" }; // a plant unit's monthly draw or capacity factor
inline constexpr FieldRange redundancyModules{ 2, 64, "" };
inline constexpr FieldRange coolingCapacity{ 0, 1'000'000, "kW" };
inline constexpr FieldRange gpusPerSystem{ 1, 1000, "" };
inline constexpr FieldRange systemPower{ 0, 2000, "kW" };
inline constexpr FieldRange systemHeight{ 0, 60, "U" };
inline constexpr FieldRange fraction{ 0, 1, "" };
inline constexpr FieldRange positiveFraction{ 0, 1, "", true };
inline constexpr FieldRange systemWeight{ 0, 10000, "kg" };
inline constexpr FieldRange tflops{ 0, 1'000'000, "TFLOPS" };
inline constexpr FieldRange money{ 0, 1e9, "" };
inline constexpr FieldRange lotCount{ 1, 1'000'000, "systems" };
inline constexpr FieldRange lifeYears{ 0, 30, "years", true };
// A dated event's delay (model/delay.h): months late, and an outcome's probability.
inline constexpr FieldRange eventDelayMonths{ 0, 240, "months" };
inline constexpr FieldRange delayProbability{ 0, 1, "", true };
inline constexpr int maxDelayOutcomes = 100;
inline constexpr FieldRange salvage{ 0, 0.999999, "" };
inline constexpr FieldRange supplyTemperature{ 5, 45, "°C" };
inline constexpr FieldRange inletLimit{ 10, 60, "°C" };
inline constexpr FieldRange recirculation{ 0, 10, "°C per kW" };
inline constexpr FieldRange horizonPeriods{ 1, 400, "periods" };
inline constexpr FieldRange diversityMargin{ 0, 1, "" }; // measured-diversity headroom, 0.10 = 10 %
inline constexpr FieldRange delayMonths{ -120, 120, "months" };
// Tenants (file format 8): a priority (higher first), a quota of energized GPUs and of MW.
inline constexpr FieldRange tenantPriority{ -1'000'000, 1'000'000, "" };
inline constexpr FieldRange quotaGpus{ 0, 100'000'000, "GPUs" };
inline constexpr FieldRange quotaMegawatts{ 0, 100'000, "MW" };
inline constexpr int maxTenants = 1000;
// Clusters (file format 10): systems per cluster; how many declared fabric domains and clusters
// a project may hold.
inline constexpr FieldRange clusterSystems{ 1, 1'000'000, "systems" };
inline constexpr int maxFabricDomains = 100'000;
inline constexpr int maxClusters = 100'000;

// Maintenance windows (file format 5): a module index of a window, the windows a project (and
// each scenario) may hold — the CLI solves the site once per distinct start date — and the
// longest window in days (a longer outage is a capacity change, not maintenance).
inline constexpr FieldRange maintenanceModule{ 1, 64, "" };
inline constexpr int maxMaintenanceWindows = 1000;
inline constexpr int maxMaintenanceDays = 366;

// Bytes of an input file (a project, a NetBox answer). Covers the largest site planned in
// practice with room to spare: the 6.6 GW bench campus saves as 34 MB. saveProject refuses a
// project that would serialise to more, so what WarmShell writes always loads.
inline constexpr qint64 maxFileBytes = 256 * 1024 * 1024;
inline constexpr int maxNesting = 64;
inline constexpr int maxStringLength = 4096;
inline constexpr int maxArrayItems = 1'000'000;
// Problems kept in one list (loader, validation, NetBox import, a scenario's overrides); the
// rest are counted and summed up in a closing "… and N more" line (ProblemList).
inline constexpr int maxProblems = 1000;
// Most periods solved by `scenarios` (and the app's scenario view): the base and every scenario
// each solve every period of the horizon, so (1 + scenarios) × horizonPeriods may not pass this.
// About 20 s per 1,000 periods of a small site; 400 monthly periods admit 24 scenarios.
inline constexpr int maxScenarioPeriods = 10'000;
// The Monte Carlo run (analysis/risk.h): most samples and threads one run may ask for.
inline constexpr int maxRiskSamples = 100'000;
inline constexpr int maxRiskThreads = 256;
// Why `scenarios` scenarios over `horizonPeriods` periods pass maxScenarioPeriods.
inline QString scenarioPeriodsViolation(qsizetype scenarios, int horizonPeriods)
{
    return QStringLiteral("%1 scenarios and the base over %2 periods make %3 periods to solve, more than the %4 "
                          "WarmShell solves at once; keep fewer scenarios or a shorter horizon")
        .arg(scenarios)
        .arg(horizonPeriods)
        .arg((scenarios + 1) * qint64(horizonPeriods))
        .arg(maxScenarioPeriods);
}
} // namespace limits

} // namespace warmshell
