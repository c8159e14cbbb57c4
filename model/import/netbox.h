// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"
#include "project.h"

#include <QByteArray>
#include <QDate>
#include <QStringList>

#include <optional>
#include <vector>

namespace warmshell {

// One saved NetBox REST API answer: the body of GET /api/dcim/racks/ (or power-panels,
// power-feeds), either the paginated object {"count", "next", "previous", "results": [...]}
// or a bare list of objects. `label` (usually the file name) starts every report path.
struct NetBoxInput
{
    QString label;
    QByteArray json;
};

// The NetBox 4.7 cooling answers: GET /api/dcim/cooling-sources/ and /api/dcim/cooling-feeds/, in
// NetBoxInput's shapes. An input with an empty `label` was not given (NetBox before 4.7); a given
// one is read like the others (an empty one is unreadable). Giving either turns the synthetic
// air units into what NetBox says (see docs/netbox.md).
struct NetBoxCoolingInputs
{
    NetBoxInput sources;
    NetBoxInput feeds;
    bool given() const { return !sources.label.isEmpty() || !feeds.label.isEmpty(); }
};

struct NetBoxImportOptions
{
    QStringList sites; // site slugs to import; empty: every site
    QDate planStart; // the project's planStart; must be valid
    double powerFactor = 0.95; // of the load on AC feeds: kW = kVA × powerFactor
};

// The import: a project (site only, empty fleet) that passes validateProject, or none when
// an input is unreadable. `report` lists every object or field that was not mapped or was
// mapped with an assumption, as {"label: $.results[i].field", reason}; nothing is dropped
// without a line here. See docs/netbox.md for the mapping.
struct NetBoxImportResult
{
    std::optional<Project> project;
    std::vector<Problem> errors; // why there is no project (unreadable input, nothing to import)
    std::vector<Problem> report; // what was not mapped, or mapped with an assumption
    bool ok() const { return project.has_value(); }
};

// kW an AC feed may carry at full nameplate: V × A × (√3 for three-phase, V line-to-line)
// × powerFactor / 1000; DC: |V| × A / 1000. Before derating by max_utilization.
double netBoxFeedKw(double volts, double amps, bool threePhase, bool dc, double powerFactor);

// Pure function of its inputs; never throws on hostile input.
NetBoxImportResult importNetBox(const NetBoxInput &racks, const NetBoxInput &panels, const NetBoxInput &feeds,
    const NetBoxImportOptions &options, const NetBoxCoolingInputs &cooling = {});

} // namespace warmshell
