// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/capacityplan.h"
#include "plan/solveoptions.h"
#include "plan/solveprogress.h"
#include "project.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace warmshell {

class Catalog;

struct ComparisonOptions
{
    // Precision, method and time limit of each solve; the objective is always Compute at
    // `precision` and the date is `date` (null: the site's planStart). solve.deadline, when
    // set, is shared by the whole comparison (or swap): each solve gets an equal share of what
    // is left of it.
    SolveOptions solve = [] {
        SolveOptions o;
        o.marginalValues = false;
        return o;
    }();
    QDate date;
    QStringList generations; // empty: every model of the catalog and the project
    // Set: compare on a simple site of this much facility power, MW at the meter (IT load,
    // losses and cooling together), instead of the project's site (see makeBudgetSite).
    std::optional<double> budgetMw;
    SolveProgress progress; // told after each model's solve (total: the models compared)
};

// What one system model delivers when the whole site is given to it.
struct GenerationFigures
{
    QString generation;
    SystemModelId model;
    QString modelName;
    PlanStatus status = PlanStatus::Failed;
    double gap = 0;
    int systems = 0;
    int gpus = 0;
    double pflops = 0; // dense, at the precision, as energized
    Kilowatts power{ 0 }; // energized IT power
    double pflopsPerMw = 0; // pflops / (power in MW); 0 when nothing is energized
    // The facility power of the plan, kW at the meter: IT + cooling draw + house + losses as
    // the plan computes them, or, with pueAssumed, power × the assumed PUE
    // (Comparison::pueSource). pue = facilityPower / power; 0 when nothing is energized.
    Kilowatts facilityPower{ 0 };
    double pue = 0;
    bool pueAssumed = false;
    double pflopsPerFacilityMw = 0; // pflops / (facilityPower in MW); the ranking; 0 when none
    int racksUsed = 0;
    Money capital{ 0 }; // systems × catalog price
    Money depreciationPerYear{ 0 }; // first year, straight line over 6 years, no salvage
    double costPerPflopYear = 0; // depreciationPerYear / pflops; 0 when pflops is 0
    QString binding; // "power", "cooling", "space", "weight", "rack power" or "none"
    QStringList bindingDetail; // the solver's sentences
    double tflopsPerGpu = 0; // catalog figure at the precision
    Kilowatts systemPower{ 0 }; // catalog figure
    FigureSource powerSource; // catalog source of powerKw
    FigureSource perfSource; // catalog source of tflops
    FigureSource priceSource; // catalog source of priceUsd
};

struct Comparison
{
    QString basis; // "site NAME" or "100 MW facility budget"
    QDate date;
    Precision precision = Precision::Bf16;
    QString currency;
    std::vector<GenerationFigures> rows; // best PFLOPS per facility MW first
    // How facility power is known: "computed" (each plan's own facility load) or "assumed"
    // (the site states no losses, cooling draw or house load: IT × assumedPue, the catalog's
    // industry-average figure, whose source is pueSource).
    QString pueBasis;
    double assumedPue = 0; // 0 when computed
    FigureSource pueSource;
    QStringList assumptions; // how the budget site is built, how figures are computed
    // Why nothing could be compared (unknown generation, failed site), or "cancelled after k of
    // n models" when solve.cancel stopped it (no later model is solved).
    QStringList problems;
};

// A site of `megawatts` of facility power at the meter for the given models: one utility feed
// rated `megawatts` (derating 1, N redundancy) feeding one UPS at the catalog's typical
// double-conversion efficiency (facility figure "ups-double-conversion"), which feeds the
// racks; identical liquid racks of 48 U, each with the power limit of the densest full rack
// among `models` and a weight limit that holds any of them, enough racks that space never
// binds for the least dense model; one CDU and one CRAH serving every rack, each able to
// remove the whole budget, so neither cooling medium binds, both fed from the utility (not
// behind the UPS). The CRAH draws per kW of air heat its fans ("crah-fans") plus the chiller
// ("chiller-default", 1 / COP); the CDU per kW of liquid heat its pumps ("cdu-pumps") plus
// dry coolers ("dry-cooler-fans": warm water needs no compressor). So each plan's PUE follows
// from its systems' liquid fraction. A figure missing from `catalog` counts as no loss or no
// draw, and is named. The fleet is empty. `assumptions` receives one sentence per assumption.
Project makeBudgetSite(double megawatts, const std::vector<const SystemModel *> &models, const QDate &date,
    const Catalog &catalog, QStringList &assumptions);

// Whether the site states any facility figure: a node efficiency below 1, a house load, or a
// cooling unit with a feed and a draw. Without one, its plans' PUE is 1 and meaningless.
bool hasFacilityFigures(const Site &site);

// For each model (filtered by generation) a fleet of that model alone, larger than the site
// can hold, is solved for the most compute at the precision; rows sorted by PFLOPS per
// facility MW, best first. Facility power is each plan's own (the budget site, or a site with
// facility figures), else IT × the catalog's industry-average PUE ("pue-industry-average"),
// marked assumed. Never throws.
Comparison compareGenerations(const Project &project, const Catalog &catalog, const ComparisonOptions &options);

// "Retire every lot of generation `from` at `date` and use its power for `to`": the project
// as it is, against the project with those lots retired on `date` and a new lot of the
// `to` model (catalog price, delivered on `date`, 6-year straight line) of
// floor(power the retired systems drew / to-system power) systems.
struct SwapResult
{
    QString from, to;
    QDate date;
    int retiredSystems = 0;
    int retiredGpus = 0;
    Kilowatts freedPower{ 0 }; // energized power of the retired systems in the base plan
    Money bookValueWrittenOff{ 0 }; // book value of the retired lots on `date`
    int addedSystems = 0;
    int addedGpus = 0;
    Money addedCapital{ 0 };
    int addedEnergizedSystems = 0;
    double pflopsBefore = 0, pflopsAfter = 0;
    Money idlePerMonthBefore{ 0 }, idlePerMonthAfter{ 0 };
    double netPflops() const { return pflopsAfter - pflopsBefore; }
    Money netIdlePerMonth() const { return idlePerMonthAfter - idlePerMonthBefore; }
    QStringList notes;
    QStringList problems;
};
SwapResult swapGenerations(const Project &project, const Catalog &catalog, const QString &from, const QString &to,
    const ComparisonOptions &options);

} // namespace warmshell
