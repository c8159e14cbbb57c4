// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hall.h"
#include "ids.h"
#include "units.h"

#include <Eigen/SparseCore>

#include <vector>

namespace warmshell {

struct Site;

// One coefficient of the recirculation matrix: every kW of air heat exhausted by rack `from`
// raises the inlet temperature of rack `to` by `coefficient` °C (`from` == `to`: the rack's
// own exhaust coming back).
struct Recirculation
{
    RackId to;
    RackId from;
    double coefficient = 0; // °C per kW, ≥ 0
    friend bool operator==(const Recirculation &, const Recirculation &) = default;
};

// The optional thermal model: inlet temperature of every rack
//     T = supply + D · p,
// where p is the air-side heat of each rack in kW (the part of its systems' power not taken by
// liquid cooling) and D the recirculation matrix in °C per kW. Each T must stay at or below
// the inlet limit. D is the sum of the explicit entries and, when deriveFromLayout is set, of
// the layout coefficients (layoutCoefficient()). Disabled: no inlet limit at all.
struct ThermalModel
{
    bool enabled = false;
    Celsius supply{ 20 }; // air supply temperature at the rack inlets with no recirculation
    Celsius inletLimit{ 27 }; // ASHRAE's recommended maximum inlet temperature
    bool deriveFromLayout = false;
    std::vector<Recirculation> recirculation;
    friend bool operator==(const ThermalModel &, const ThermalModel &) = default;
};

// Derived coefficient (°C per kW) between two racks of the same row `distance` metres apart
// (0: the rack itself): base(containment) · exp(-distance / 1.2 m), zero beyond 3 m.
// Bases: no containment 0.03, cold aisle 0.01, hot aisle 0.005 °C/kW — planning defaults
// (a 30 kW air rack in an open row then sits about 3.5 °C above supply), not measurements;
// give explicit coefficients from a CFD study or sensors to override them.
double layoutCoefficient(Containment containment, double distanceM);
inline constexpr double kLayoutReachM = 3.0;

// The recirculation matrix D (site.racks.size() square, row = inlet rack, column = exhaust
// rack, in site.racks order), °C per kW. Entries naming unknown racks are skipped (validation
// reports them). Empty (0 × 0) when the thermal model is disabled.
Eigen::SparseMatrix<double> recirculationMatrix(const Site &site);

// Inlet temperature of every rack (site.racks order, °C) for air heat `airHeatKw` per rack
// (same order). Empty when the thermal model is disabled.
std::vector<double> inletTemperatures(const Site &site, const std::vector<double> &airHeatKw);

} // namespace warmshell
