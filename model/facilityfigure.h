// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "systemmodel.h"

#include <QStringList>

namespace warmshell {

// A typical facility figure of the catalog (UPS or transformer efficiency, fan or pump draw,
// chiller COP, an industry PUE) with its public source. A default a planner may choose, never
// applied to a site by itself.
struct FacilityFigure
{
    enum class Quantity {
        Efficiency, // fraction in (0, 1]: output / input of a power node
        DrawKwPerKw, // kW electrical per kW of heat removed
        Cop, // kW of heat per kW electrical (a chiller); its draw per kW of heat is 1 / COP
        Pue, // facility kW / IT kW, >= 1
    };

    QString id; // "ups-double-conversion", "crah-fans"...
    QString name; // "UPS, double conversion"
    Quantity quantity = Quantity::Efficiency;
    // Kinds it is typical for: power node kinds ("ups", "transformer"), cooling unit kinds
    // ("crah", "cdu"), "chiller", "dry-cooler", "tower" or "site".
    QStringList appliesTo;
    double typical = 0; // in the unit of `quantity`
    double low = 0, high = 0; // the usual range, low <= typical <= high
    FigureSource source;

    // kW electrical per kW of heat: the figure itself, or 1 / COP. 0 for other quantities.
    double drawKwPerKw() const
    {
        if (quantity == Quantity::DrawKwPerKw)
            return typical;
        return quantity == Quantity::Cop && typical > 0 ? 1.0 / typical : 0.0;
    }
};

constexpr std::pair<FacilityFigure::Quantity, const char *> kFacilityQuantities[]
    = { { FacilityFigure::Quantity::Efficiency, "efficiency" },
          { FacilityFigure::Quantity::DrawKwPerKw, "drawKwPerKw" }, { FacilityFigure::Quantity::Cop, "cop" },
          { FacilityFigure::Quantity::Pue, "pue" } };
inline std::span<const std::pair<FacilityFigure::Quantity, const char *>> enumKeys(FacilityFigure::Quantity)
{
    return kFacilityQuantities;
}

// "96 % (94–97 %)", "0.06 kW/kW (0.03–0.08)", "COP 4 (2.9–7)", "PUE 1.56 (1.54–1.59)": the
// figure as the app and the CLI print it, without its source.
QString facilityFigureValueText(const FacilityFigure &figure);

// "UPS, double conversion: 96 % (94–97 %) [R] Schneider Electric White Paper 157 ...":
// one line with the source and its confidence mark.
QString facilityFigureText(const FacilityFigure &figure);

} // namespace warmshell
