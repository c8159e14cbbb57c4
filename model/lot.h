// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enumkeys.h"
#include "ids.h"
#include "units.h"

#include <QDate>

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
    QDate retire; // null: kept
    DepreciationPolicy depreciation;

    // On order at `date` when it is delivered after it.
    bool isOnOrderAt(const QDate &date) const { return delivered.isValid() && delivered > date; }

    friend bool operator==(const FleetLot &, const FleetLot &) = default;
};

} // namespace warmshell
