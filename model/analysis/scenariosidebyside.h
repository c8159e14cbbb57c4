// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/scenarioresults.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace warmshell {

// The side-by-side view of compared scenarios (issue 19 §1): per variant, per period, per GPU
// generation, read from each variant's Timeline and nothing else.

// One generation in one period of one variant.
struct SideBySideGeneration
{
    QString generation;
    int energizedGpus = 0; // on at the period's start
    int idleGpus = 0; // delivered, not retired, not energized at the period's start
    // Accrued in the period by the generation's systems that are not energized (the sum of
    // TimelineLot::idleDepreciation over the generation's lots), site currency.
    Money idleDepreciation{ 0 };
};

struct SideBySidePeriod
{
    int index = 0;
    QDate start;
    QDate end;
    std::vector<SideBySideGeneration> generations; // in generation-name order
    int energizedGpus = 0;
    int idleGpus = 0;
    Money idleDepreciation{ 0 }; // TimelinePeriod::idleDepreciation (maintenance windows included)
    // Facility power at the meter (IT + cooling + house + losses; TimelinePeriod::facilityPowerUsed)
    // and the usable capacity of the live utility feeds (TimelinePeriod::powerAvailable), MW.
    double facilityMwUsed = 0;
    double utilityMwAvailable = 0;
};

struct SideBySideVariant
{
    QString name; // "base" or the scenario's name
    std::vector<SideBySidePeriod> periods;
    Money totalIdleDepreciation{ 0 };
    QStringList problems; // ScenarioResult::problems; a variant with problems has no periods
};

struct ScenarioSideBySide
{
    QString currency;
    std::vector<SideBySideVariant> variants; // base first, then the compared scenarios
    QStringList generations; // every generation of any variant, sorted
};

ScenarioSideBySide sideBySide(const ScenarioComparison &comparison);

} // namespace warmshell
