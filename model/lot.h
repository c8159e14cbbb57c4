// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delay.h"
#include "enumkeys.h"
#include "ids.h"
#include "systemmodel.h"
#include "units.h"

#include <QDate>

#include <optional>
#include <vector>

namespace warmshell {

enum class DepreciationMethod { StraightLine, DecliningBalance, Custom };
constexpr std::pair<DepreciationMethod, const char *> kDepreciationMethods[]
    = { { DepreciationMethod::StraightLine, "straight-line" },
          { DepreciationMethod::DecliningBalance, "declining-balance" }, { DepreciationMethod::Custom, "custom" } };
inline std::span<const std::pair<DepreciationMethod, const char *>> enumKeys(DepreciationMethod)
{
    return kDepreciationMethods;
}

// What a lot's systems may lose on a failure (issue 18, "Using the reserve"). Critical systems
// keep running on every single failure; interruptible systems are capped to a declared
// operating point of their model, or shed, before any critical system is touched. Only
// matters when the site allows interruptible load on the redundancy reserve
// (Site::allowInterruptibleOnReserve).
enum class LoadClass { Critical, Interruptible };
constexpr std::pair<LoadClass, const char *> kLoadClasses[]
    = { { LoadClass::Critical, "critical" }, { LoadClass::Interruptible, "interruptible" } };
inline std::span<const std::pair<LoadClass, const char *>> enumKeys(LoadClass)
{
    return kLoadClasses;
}

struct DepreciationPolicy
{
    DepreciationMethod method = DepreciationMethod::StraightLine;
    double lifeYears = 6.0; // (0, 30]
    double salvageFraction = 0.0; // [0, 1): share of cost left at end of life
    double rate = 0.0; // declining balance: share of book value written off per year
    std::vector<double> schedule; // custom: share of cost written off in each year

    friend bool operator==(const DepreciationPolicy &, const DepreciationPolicy &) = default;
};

// A lot of identical GPU systems, owned or on order.
struct FleetLot
{
    LotId id;
    QString name;
    SystemModelId model;
    int count = 0; // systems
    Money unitCost{ 0 }; // per system, site currency
    QDate delivered; // delivery or acquisition date
    // How late delivery may come after `delivered` (analysis/risk.h); null: on `delivered`.
    std::optional<DelayDistribution> deliveryDelay;
    QDate retire; // null: kept
    DepreciationPolicy depreciation;
    LoadClass loadClass = LoadClass::Critical; // critical: also what files before v6 mean
    // Interruptible only: the operating point of the model its systems are capped to when a
    // failure needs their power; empty: shed (0 kW). Lots of one model share class and cap
    // (validation), because the plan places systems by model and charges lots afterwards.
    QString cappedTo;
    // The lot's own typical draw fraction (share of its model's nameplate power drawn under a
    // typical training load, in (0, 1]), when the owner measured it; empty: the model's
    // SystemModel::typicalDrawFraction.
    std::optional<double> typicalDrawFraction;
    // The tenant who owns the systems (Project::tenants, file format 8); null: the operator's
    // own, placed after every tenant and never in a reserved rack (model/tenant.h).
    TenantId tenant;

    bool isInterruptible() const { return loadClass == LoadClass::Interruptible; }

    // On order at `date` when it is delivered after it.
    bool isOnOrderAt(const QDate &date) const { return delivered.isValid() && delivered > date; }

    friend bool operator==(const FleetLot &, const FleetLot &) = default;
};

// The typical draw fraction that holds for `lot`'s systems: the lot's override, else the model's.
inline double typicalDrawFraction(const FleetLot &lot, const SystemModel &model)
{
    return lot.typicalDrawFraction.value_or(model.typicalDrawFraction);
}

} // namespace warmshell
