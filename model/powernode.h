// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delay.h"
#include "enumkeys.h"
#include "ids.h"
#include "redundancy.h"
#include "units.h"

#include <QDate>

#include <optional>
#include <vector>

namespace warmshell {

enum class PowerNodeKind { Utility, Substation, Transformer, Generator, Ups, Switchboard, Pdu, Busway };

constexpr std::pair<PowerNodeKind, const char *> kPowerNodeKinds[] = {
    { PowerNodeKind::Utility, "utility" },
    { PowerNodeKind::Substation, "substation" },
    { PowerNodeKind::Transformer, "transformer" },
    { PowerNodeKind::Generator, "generator" },
    { PowerNodeKind::Ups, "ups" },
    { PowerNodeKind::Switchboard, "switchboard" },
    { PowerNodeKind::Pdu, "pdu" },
    { PowerNodeKind::Busway, "busway" },
};
inline std::span<const std::pair<PowerNodeKind, const char *>> enumKeys(PowerNodeKind)
{
    return kPowerNodeKinds;
}

// Utility feeds and generators bring power into the site; every other node takes it from
// its inputs.
// Whether a node of `kind` is above the rack level for the measured-diversity policy
// (Site::measuredDiversity): not a PDU or busway, whose breakers trip on the racks' nameplate.
inline bool countsMeasuredDiversity(PowerNodeKind kind)
{
    return kind != PowerNodeKind::Pdu && kind != PowerNodeKind::Busway;
}

inline bool isSource(PowerNodeKind kind)
{
    return kind == PowerNodeKind::Utility || kind == PowerNodeKind::Generator;
}

// A rating as the nameplate gives it: real power (kW) or apparent power (kVA) with the power
// factor of the load it feeds.
class PowerRating
{
public:
    PowerRating() = default;
    static PowerRating kilowatts(Kilowatts kw)
    {
        PowerRating r;
        r.m_value = kw.value();
        return r;
    }
    static PowerRating kva(KiloVoltAmperes kva, double powerFactor)
    {
        PowerRating r;
        r.m_value = kva.value();
        r.m_isKva = true;
        r.m_powerFactor = powerFactor;
        return r;
    }

    bool isKva() const { return m_isKva; }
    // The number as written, in kW or kVA.
    double nameplateValue() const { return m_value; }
    double powerFactor() const { return m_isKva ? m_powerFactor : 1.0; }
    // Real power of the rating: kW as given, or kVA × power factor.
    Kilowatts realPower() const { return Kilowatts(m_value * powerFactor()); }

    friend bool operator==(const PowerRating &, const PowerRating &) = default;

private:
    double m_value = 0.0;
    bool m_isKva = false;
    double m_powerFactor = 1.0;
};

// From `from` on, one module of the node is rated `rating` (kW or kVA, the unit and power
// factor of the node's own rating): a substation upgrade, a feed reduced for maintenance.
struct CapacityChange
{
    QDate from;
    double rating = 0.0; // >= 0
    // How late the change may land after `from` (the Monte Carlo run, analysis/risk.h); null:
    // on `from`.
    std::optional<DelayDistribution> delay;
    friend bool operator==(const CapacityChange &, const CapacityChange &) = default;
};

// Fixed load a node carries from `from` on (a null date: from the start): lighting, offices,
// network, security. Counted on the node and, through the efficiencies, on every node above it,
// like rack load.
struct HouseLoad
{
    QString name;
    Kilowatts kw{ 0 }; // >= 0, electrical
    QDate from;
    friend bool operator==(const HouseLoad &, const HouseLoad &) = default;
};

// One node of the power chain (utility feed, substation, UPS, PDU...). Edges (which node
// feeds which) live in PowerChain, not here.
struct PowerNode
{
    PowerNodeId id;
    QString name;
    PowerNodeKind kind = PowerNodeKind::Pdu;
    PowerRating rating; // of one module; of one side for 2N
    double derating = 0.8; // continuous-load factor in (0, 1]
    Redundancy redundancy;
    QDate commissioned; // null: in service from the start
    // How late commissioning may come after `commissioned` (analysis/risk.h); only with a date.
    std::optional<DelayDistribution> commissioningDelay;
    std::vector<CapacityChange> capacityChanges; // by date, ascending; empty: the rating throughout
    // Fraction of the power drawn from the node's inputs that reaches its output, in (0, 1]. The
    // rating applies to the load the node carries (its output); it draws carried / efficiency
    // from the nodes that feed it (UPS 0.94–0.97, transformer 0.98–0.99; 1: lossless).
    double efficiency = 1.0;
    std::vector<HouseLoad> houseLoads; // fixed loads on this node

    // Kilowatts of house load the node carries at `date` (every load whose `from` is null or on
    // or before `date`; a null `date` counts them all).
    Kilowatts houseLoad(const QDate &date = {}) const;

    // Real power of one module at `date`: the rating, or the last capacity change dated on or
    // before `date` (a null date means the rating itself).
    Kilowatts moduleCapacity(const QDate &date = {}) const;
    // Installed real power at `date`: moduleCapacity(date) × installed modules.
    Kilowatts installedCapacity(const QDate &date = {}) const;
    // Real power the node may carry after redundancy and derating at `date`; 0 before
    // commissioning. Does not look at what feeds the node.
    Kilowatts usableCapacity(const QDate &date = {}) const;
    bool isCommissionedBy(const QDate &date) const;

    friend bool operator==(const PowerNode &, const PowerNode &) = default;
};

} // namespace warmshell
