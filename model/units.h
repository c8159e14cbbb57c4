// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <compare>

namespace warmshell {

// A number tagged with its unit. Quantities of different units do not convert into each
// other, so passing Celsius where Kilowatts are expected does not compile. Only the
// operations that keep the unit are defined: sum and difference of equal units, scaling by
// a plain number, and the dimensionless ratio of two equal units.
template <typename Tag, typename Rep = double> class Quantity
{
public:
    using Representation = Rep;

    constexpr Quantity() = default;
    constexpr explicit Quantity(Rep value) : m_value(value) { }

    constexpr Rep value() const { return m_value; }
    bool isFinite() const { return std::isfinite(static_cast<double>(m_value)); }

    constexpr auto operator<=>(const Quantity &) const = default;

    constexpr Quantity operator+(Quantity other) const { return Quantity(m_value + other.m_value); }
    constexpr Quantity operator-(Quantity other) const { return Quantity(m_value - other.m_value); }
    constexpr Quantity operator-() const { return Quantity(-m_value); }
    constexpr Quantity &operator+=(Quantity other)
    {
        m_value += other.m_value;
        return *this;
    }
    constexpr Quantity &operator-=(Quantity other)
    {
        m_value -= other.m_value;
        return *this;
    }
    constexpr Quantity operator*(Rep factor) const { return Quantity(m_value * factor); }
    constexpr Quantity operator/(Rep divisor) const { return Quantity(m_value / divisor); }
    friend constexpr Quantity operator*(Rep factor, Quantity q) { return q * factor; }
    // Dimensionless ratio of two quantities of the same unit (for example a utilisation).
    constexpr double operator/(Quantity other) const
    {
        return static_cast<double>(m_value) / static_cast<double>(other.m_value);
    }

private:
    Rep m_value{};
};

using Kilowatts = Quantity<struct KilowattsTag>; // real power, kW
using KiloVoltAmperes = Quantity<struct KiloVoltAmperesTag>; // apparent power, kVA
using Celsius = Quantity<struct CelsiusTag>; // temperature, °C
using Kilograms = Quantity<struct KilogramsTag>; // mass, kg
using Metres = Quantity<struct MetresTag>; // floor distance, m
using RackUnits = Quantity<struct RackUnitsTag, int>; // rack height, U (44.45 mm)
using Money = Quantity<struct MoneyTag>; // amount in the site's currency
using Teraflops = Quantity<struct TeraflopsTag>; // dense tensor throughput, TFLOPS

// Real power drawn through an apparent-power rating: kW = kVA × power factor.
// powerFactor is in (0, 1]; the caller validates it.
constexpr Kilowatts toKilowatts(KiloVoltAmperes apparent, double powerFactor)
{
    return Kilowatts(apparent.value() * powerFactor);
}

namespace literals {
constexpr Kilowatts operator""_kW(long double v)
{
    return Kilowatts(static_cast<double>(v));
}
constexpr Kilowatts operator""_kW(unsigned long long v)
{
    return Kilowatts(static_cast<double>(v));
}
constexpr Kilowatts operator""_MW(long double v)
{
    return Kilowatts(static_cast<double>(v) * 1000.0);
}
constexpr Kilowatts operator""_MW(unsigned long long v)
{
    return Kilowatts(static_cast<double>(v) * 1000.0);
}
constexpr RackUnits operator""_U(unsigned long long v)
{
    return RackUnits(static_cast<int>(v));
}
} // namespace literals

} // namespace warmshell
